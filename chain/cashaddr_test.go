package chain

import (
	"encoding/hex"
	"strings"
	"testing"
)

// The cashaddr specification's translation table
// (bitcoincash.org/spec/cashaddr.md, "Examples of address translation").
var cashTranslations = []struct{ legacy, cash string }{
	{"1BpEi6DfDAUFd7GtittLSdBeYJvcoaVggu", "bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a"},
	{"1KXrWXciRDZUpQwQmuM1DbwsKDLYAYsVLR", "bitcoincash:qr95sy3j9xwd2ap32xkykttr4cvcu7as4y0qverfuy"},
	{"16w1D5WRVKJuZUsSRzdLp9w3YGcgoxDXb", "bitcoincash:qqq3728yw0y47sqn6l2na30mcw6zm78dzqre909m2r"},
	{"3CWFddi6m4ndiGyKqzYvsFYagqDLPVMTzC", "bitcoincash:ppm2qsznhks23z7629mms6s4cwef74vcwvn0h829pq"},
	{"3LDsS579y7sruadqu11beEJoTjdFiFCdX4", "bitcoincash:pr95sy3j9xwd2ap32xkykttr4cvcu7as4yc93ky28e"},
	{"31nwvkZwyPdgzjBJZXfDmSWsC4ZLKpYyUw", "bitcoincash:pqq3728yw0y47sqn6l2na30mcw6zm78dzq5ucqzc37"},
}

func TestCashAddrTranslations(t *testing.T) {
	var vs []vector
	for _, tr := range cashTranslations {
		payload := strings.TrimPrefix(tr.cash, "bitcoincash:")
		vs = append(vs,
			vector{BCH, tr.cash, tr.legacy, nil, "spec translation"},
			vector{BCH, payload, tr.legacy, nil, "prefix left out"},
			vector{BSV, strings.ToUpper(tr.cash), tr.legacy, nil, "upper case"},
			vector{BCH, tr.legacy, tr.legacy, nil, "legacy form"},
			vector{BCH, flip(tr.cash, 20, b32), "", ErrChecksum, "one character changed"},
			vector{BCH, tr.cash[:len(tr.cash)-1], "", ErrChecksum, "last character dropped"},
			vector{BCH, flip(tr.legacy, 12, b58), "", ErrChecksum, "legacy, one character changed"},
			vector{BCH, strings.ToUpper(tr.cash[:20]) + tr.cash[20:], "", ErrCharacter, "mixed case"},
			vector{BCH, "bchtest:" + payload, "", ErrPrefix, "testnet prefix"},
		)
		// Every spelling of one hash is one key, also for bitcoin itself.
		if k, err := Normalize(XBT, tr.legacy); err != nil || k != tr.legacy {
			t.Errorf("Normalize(XBT, %s) = %q, %v", tr.legacy, k, err)
		}
		// The encoder reproduces the spec.
		sp := cashSpellings(tr.legacy)
		if len(sp) != 4 || sp[0] != tr.cash || sp[1] != payload {
			t.Errorf("cashSpellings(%s) = %v, want %s first", tr.legacy, sp, tr.cash)
		}
	}
	vs = append(vs,
		vector{BCH, "bitcoincash:qpzry9x8gf2tvdw0s3jn54khce6mua7lcw20ayyn", "", ErrLength, "spec: valid checksum, no valid payload"},
		vector{BCH, "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", "", ErrCharacter, "bitcoin segwit: 'b' is not in the alphabet"},
		vector{BCH, "bitcoincash:qr6m7j9njldwwzlg9v7v53unlr4jkmx6eylep8ekg2", bitcoinAlphabet.encodeCheck([]byte{0}, mustHex("F5BF48B397DAE70BE82B3CCA4793F8EB2B6CDAC9")), nil, "spec: 20-byte type 0"},
		vector{BCH, "bitcoincash:qvch8mmxy0rtfrlarg7ucrxxfzds5pamg73h7370aa87d80gyhqxq5nlegake", "bitcoincash:qvch8mmxy0rtfrlarg7ucrxxfzds5pamg73h7370aa87d80gyhqxq5nlegake", nil, "spec: 32-byte hash has no legacy form"},
	)
	runVectors(t, vs)
}

// The specification's "larger test vectors" (mainnet rows): type, hash.
func TestCashAddrLargerVectors(t *testing.T) {
	tests := []struct {
		addr string
		typ  byte
		hash string
	}{
		{"bitcoincash:qr6m7j9njldwwzlg9v7v53unlr4jkmx6eylep8ekg2", 0, "F5BF48B397DAE70BE82B3CCA4793F8EB2B6CDAC9"},
		{"bitcoincash:q9adhakpwzztepkpwp5z0dq62m6u5v5xtyj7j3h2ws4mr9g0", 0, "7ADBF6C17084BC86C1706827B41A56F5CA32865925E946EA"},
		{"bitcoincash:qgagf7w02x4wnz3mkwnchut2vxphjzccwxgjvvjmlsxqwkcw59jxxuz", 0, "3A84F9CF51AAE98A3BB3A78BF16A6183790B18719126325BFC0C075B"},
		{"bitcoincash:qvch8mmxy0rtfrlarg7ucrxxfzds5pamg73h7370aa87d80gyhqxq5nlegake", 0, "3173EF6623C6B48FFD1A3DCC0CC6489B0A07BB47A37F47CFEF4FE69DE825C060"},
		{"bitcoincash:qnq8zwpj8cq05n7pytfmskuk9r4gzzel8qtsvwz79zdskftrzxtar994cgutavfklv39gr3uvz", 0, "C07138323E00FA4FC122D3B85B9628EA810B3F381706385E289B0B25631197D194B5C238BEB136FB"},
		{"bitcoincash:qh3krj5607v3qlqh5c3wq3lrw3wnuxw0sp8dv0zugrrt5a3kj6ucysfz8kxwv2k53krr7n933jfsunqex2w82sl", 0, "E361CA9A7F99107C17A622E047E3745D3E19CF804ED63C5C40C6BA763696B98241223D8CE62AD48D863F4CB18C930E4C"},
	}
	for _, tt := range tests {
		typ, hash, err := decodeCashAddr(tt.addr)
		if err != nil || typ != tt.typ || !strings.EqualFold(hex.EncodeToString(hash), tt.hash) {
			t.Errorf("decodeCashAddr(%s) = %d, %x, %v; want %d, %s", tt.addr, typ, hash, err, tt.typ, tt.hash)
		}
		if got := encodeCashAddr(cashPrefix, tt.typ, mustHex(tt.hash)); got != tt.addr {
			t.Errorf("encodeCashAddr(%d, %s) = %s, want %s", tt.typ, tt.hash, got, tt.addr)
		}
	}
}

// The specification's checksum vectors: valid checksums over payloads that
// are not addresses, with prefixes other than bitcoincash.
func TestCashAddrChecksumVectors(t *testing.T) {
	for _, s := range []string{
		"prefix:x64nx6hz",
		"p:gpf8m4h7",
		"bitcoincash:qpzry9x8gf2tvdw0s3jn54khce6mua7lcw20ayyn",
		"bchtest:testnetaddress4d6njnut",
		"bchreg:555555555555555555555555555555555555555555555udxmlmrz",
	} {
		i := strings.IndexByte(s, ':')
		values := cashPrefixValues(s[:i])
		for _, c := range s[i+1:] {
			values = append(values, byte(strings.IndexRune(b32, c)))
		}
		if cashPolymod(values) != 0 {
			t.Errorf("checksum of %s does not verify", s)
		}
		values[len(values)-1] ^= 1
		if cashPolymod(values) == 0 {
			t.Errorf("checksum of %s still verifies with its last value changed", s)
		}
	}
}

// Token-aware (CashTokens) addresses pay the same script.
func TestCashAddrTokenAware(t *testing.T) {
	for _, tr := range cashTranslations {
		_, hash, err := decodeCashAddr(tr.cash)
		if err != nil {
			t.Fatal(err)
		}
		typ := byte(cashTokenPKH)
		if tr.legacy[0] == '3' {
			typ = cashTokenP2SH
		}
		token := encodeCashAddr(cashPrefix, typ, hash)
		if want := map[byte]byte{cashTokenPKH: 'z', cashTokenP2SH: 'r'}[typ]; token[len(cashPrefix)+1] != want {
			t.Errorf("token-aware form %s does not start with %c", token, want)
		}
		if k, err := Normalize(BCH, token); err != nil || k != tr.legacy {
			t.Errorf("Normalize(BCH, %s) = %q, %v; want %s", token, k, err, tr.legacy)
		}
	}
}

func mustHex(s string) []byte {
	b, err := hex.DecodeString(s)
	if err != nil {
		panic(err)
	}
	return b
}
