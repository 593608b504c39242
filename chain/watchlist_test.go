package chain

import (
	"encoding/hex"
	"errors"
	"math/rand"
	"sort"
	"strings"
	"testing"

	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/btcutil/base58"
	"github.com/btcsuite/btcd/btcutil/bech32"
	"github.com/btcsuite/btcd/chaincfg"
	"github.com/ethereum/go-ethereum/common"
	"github.com/google/go-cmp/cmp"

	"github.com/sanctionscreen/ofac/sdn"
)

// listedKey is the key a listed value is filed under: its Normalize key,
// else the key of the format it does fit, else its trimmed text.
func listedKey(p pair) string {
	if k, err := Normalize(p.asset, p.address); err == nil {
		return k
	}
	if fits := Detect(p.address); len(fits) > 0 {
		k, _ := Normalize(fits[0], p.address)
		return k
	}
	return strings.TrimSpace(p.address)
}

func uids(ls []Listing) []int {
	var out []int
	for _, l := range ls {
		out = append(out, l.Entry.UID)
	}
	sort.Ints(out)
	return out
}

// equivalentForms spells a listed address every other way it may be
// screened. Where it can, it derives them with btcutil and go-ethereum
// rather than with the code under test.
func equivalentForms(t *testing.T, p pair) []string {
	a := p.address
	forms := []string{a, " " + a, "\t" + a + "\r\n", "\u00a0" + a + "\u200b", "\ufeff" + a,
		// What right-to-left pages, chat applications and spreadsheets
		// leave in a pasted address, at the ends and inside.
		"\u200f" + a + "\u200e", "\u202b" + a + "\u202c", "\u2067" + a + "\u2069", "\u200c" + a,
		a[:4] + "\u200b" + a[4:], a[:10] + "\u00ad" + a[10:], a[:len(a)/2] + "\r\n" + a[len(a)/2:], a + "\x00",
		// What running text, chat messages and forms put around it.
		`"` + a + `"`, "'" + a + "'", "`" + a + "`", "\u201c" + a + "\u201d", "\u2018" + a + "\u2019", "\u00ab" + a + "\u00bb",
		"\u2039" + a + "\u203a", "<" + a + ">", "(" + a + ")", "[" + a + "]", "{" + a + "}", a + ".", a + ",", a + ";", a + "!",
		"(" + a + ").", `"` + a + `".`, string(p.asset) + ": " + a, strings.ToLower(string(p.asset)) + ":" + a,
		"(" + string(p.asset) + ": " + a + ")", string(p.asset) + `: "` + a + `"`}
	if p.asset == XBT {
		forms = append(forms, "BTC: "+a, "btc:"+a)
	}
	if strings.HasPrefix(a, "0x") {
		// EIP-3770 short names and CAIP-10.
		forms = append(forms, "eth:"+a, "arb1:"+a, "bnb:"+a, "matic:"+a, "base:"+a, "oeth:"+a, "ETH: "+a, "USDT: "+a,
			"eip155:1:"+a, "eip155:42161:"+a, "<eip155:1:"+a+">")
	}
	switch {
	case strings.HasPrefix(a, "0x"):
		h := a[2:]
		forms = append(forms, strings.ToLower(a), "0x"+strings.ToUpper(h), "0X"+strings.ToUpper(h),
			strings.ToLower(h), strings.ToUpper(h), common.HexToAddress(a).Hex())
	case strings.HasPrefix(a, "bc1"), strings.HasPrefix(a, "bnb1"), strings.HasPrefix(a, "ltc1"):
		forms = append(forms, strings.ToUpper(a), " "+strings.ToUpper(a)+" ")
	case (p.asset == BCH || p.asset == BSV) && (a[0] == 'q' || a[0] == 'p'):
		typ, hash, err := decodeCashAddr(a)
		if err != nil {
			t.Fatalf("%s: %v", a, err)
		}
		var legacy btcutil.Address
		if typ == cashP2PKH {
			legacy, err = btcutil.NewAddressPubKeyHash(hash, &chaincfg.MainNetParams)
		} else {
			legacy, err = btcutil.NewAddressScriptHashFromHash(hash, &chaincfg.MainNetParams)
		}
		if err != nil {
			t.Fatal(err)
		}
		token := encodeCashAddr(cashPrefix, typ+cashTokenShift, hash)
		forms = append(forms, "bitcoincash:"+a, "BITCOINCASH:"+strings.ToUpper(a), strings.ToUpper(a),
			legacy.EncodeAddress(), token, strings.ToUpper(token[len(cashPrefix)+1:]))
	case a[0] == '1' || a[0] == '3':
		payload, ver, err := base58.CheckDecode(a)
		if err != nil || len(payload) != 20 {
			t.Fatalf("%s: %v", a, err)
		}
		typ := byte(cashP2PKH)
		if ver == 0x05 {
			typ = cashP2SH
		}
		full := encodeCashAddr(cashPrefix, typ, payload)
		forms = append(forms, full, full[len(cashPrefix)+1:], strings.ToUpper(full),
			encodeCashAddr(cashPrefix, typ+cashTokenShift, payload))
	case a[0] == 'T':
		payload, ver, err := base58.CheckDecode(a)
		if err != nil || ver != 0x41 {
			t.Fatalf("%s: %v", a, err)
		}
		h := "41" + hex.EncodeToString(payload)
		forms = append(forms, h, strings.ToUpper(h), " "+h+"\n", "0x"+h, "0X"+strings.ToUpper(h))
	case p.asset == XMR && len(a) == 95 && a[0] == '4':
		forms = append(forms, integrated(t, a, [8]byte{0xde, 0xad, 0xbe, 0xef}), integrated(t, a, [8]byte{}))
	case p.asset == LTC && a[0] == 'M':
		payload, ver, err := base58.CheckDecode(a)
		if err != nil || ver != 0x32 {
			t.Fatalf("%s: %v", a, err)
		}
		forms = append(forms, base58.CheckEncode(payload, 0x05)) // the older spelling, 3...
	case p.asset == XRP:
		forms = append(forms, xAddress(t, 0x05, 0x44, a, 1, 4294967295), xAddress(t, 0x05, 0x44, a, 0, 0), " "+xAddress(t, 0x05, 0x44, a, 1, 0),
			// A destination tag written without a URI's scheme.
			a+"?dt=123", a+"?DT=4294967295", a+"?tag=7", a+":123", a+"?dt=123&amount=1", "XRP: "+a+":123")
	}
	return forms
}

func TestWatchlistFindsListedAddresses(t *testing.T) {
	pairs := listedPairs(t)
	list := listedList(pairs)
	w := NewWatchlist(list)

	groups := make(map[string][]int) // key -> UIDs listing it
	for i, p := range pairs {
		k := listedKey(p)
		groups[k] = append(groups[k], i+1)
	}
	if w.Len() != len(groups) {
		t.Errorf("Len() = %d, want %d distinct keys", w.Len(), len(groups))
	}
	for i, p := range pairs {
		want := groups[listedKey(p)]
		for _, form := range equivalentForms(t, p) {
			got := w.Lookup(form)
			if diff := cmp.Diff(want, uids(got)); diff != "" {
				t.Errorf("Lookup(%q) (listed %s %s): UIDs differ (-want +got):\n%s", form, p.asset, p.address, diff)
				continue
			}
			for _, l := range got {
				if l.Entry != &list.Entries[l.Entry.UID-1] {
					t.Fatalf("Lookup(%q): Entry does not point into the list", form)
				}
				if l.Entry.UID == i+1 && (l.Asset != p.asset || l.Address != p.address) {
					t.Errorf("Lookup(%q): listing says %s %q, listed as %s %q", form, l.Asset, l.Address, p.asset, p.address)
				}
			}
		}
		// Base58 is case-sensitive: another letter case is another address.
		if !strings.HasPrefix(p.address, "0x") && strings.IndexAny(p.address[:1], "13LMXDGtTr48") >= 0 {
			for j := len(p.address) - 1; j > 0; j-- {
				c := p.address[j]
				if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
					swapped := p.address[:j] + string(c^0x20) + p.address[j+1:]
					if got := w.Lookup(swapped); got != nil {
						t.Errorf("Lookup(%q), %s with one letter's case swapped, found %v", swapped, p.address, uids(got))
					}
					break
				}
			}
		}
	}
}

// The list's cross-listings: one address under several codes, and EVM
// codes as one key space.
func TestWatchlistCrossListings(t *testing.T) {
	w := NewWatchlist(listedList(listedPairs(t)))
	tests := []struct {
		query  string
		assets []Asset
	}{
		// Listed as ARB, BSC and ETH; screened checksummed.
		{common.HexToAddress("0x4f47bc496083c727c5fbe3ce9cdf2b0f6496270c").Hex(), []Asset{ARB, BSC, ETH}},
		// Listed as ETH, USDC and USDT.
		{"0x983a81ca6fb1e441266d2fbcb7d8e530ac2e05a2", []Asset{ETH, USDC, USDT}},
		// A TRON address listed as XBT, screened in hex.
		{tronHexOf(t, "TUCsTq7TofTCJRRoHk6RvhMoS2mJLm5Yzq"), []Asset{XBT}},
	}
	for _, tt := range tests {
		var got []Asset
		for _, l := range w.Lookup(tt.query) {
			got = append(got, l.Asset)
		}
		sort.Slice(got, func(i, j int) bool { return got[i] < got[j] })
		if diff := cmp.Diff(tt.assets, got); diff != "" {
			t.Errorf("Lookup(%s) assets (-want +got):\n%s", tt.query, diff)
		}
	}
}

func tronHexOf(t *testing.T, s string) string {
	payload, ver, err := base58.CheckDecode(s)
	if err != nil || ver != 0x41 {
		t.Fatalf("%s: %v", s, err)
	}
	return "41" + hex.EncodeToString(payload)
}

func TestWatchlistIrregular(t *testing.T) {
	w := NewWatchlist(listedList(listedPairs(t)))
	irr := w.Irregular()
	if len(irr) != len(listErrors) {
		t.Fatalf("Irregular() has %d values, want the %d of listErrors: %+v", len(irr), len(listErrors), irr)
	}
	for _, ir := range irr {
		p := pair{ir.Asset, ir.Address}
		want, ok := listErrors[p]
		if !ok || !errors.Is(ir.Err, want) || !errors.Is(ir.Err, ErrInvalidAddress) {
			t.Errorf("Irregular %s %q: %v, want one of listErrors", ir.Asset, ir.Address, ir.Err)
		}
		switch p.asset {
		case XBT: // a TRON address: filed as one
			if ir.Raw || !cmp.Equal(ir.Fits, []Asset{USDT, TRX, USDC}) || ir.Key != p.address {
				t.Errorf("TRON address listed as XBT: %+v", ir)
			}
		case XMR: // nothing: raw text
			if !ir.Raw || ir.Fits != nil || ir.Key != p.address {
				t.Errorf("hex value listed as XMR: %+v", ir)
			}
			if got := w.Lookup(strings.ToUpper(p.address)); got != nil {
				t.Errorf("raw value found in another case: %v", uids(got))
			}
		}
		if got := w.Lookup(" " + p.address + "\n"); len(got) != 1 || got[0].Raw != ir.Raw {
			t.Errorf("Lookup of irregular %q = %+v", p.address, got)
		}
	}
}

func TestWatchlistEdgeCases(t *testing.T) {
	var zero Watchlist
	if got := zero.Lookup("0x4f47bc496083c727c5fbe3ce9cdf2b0f6496270c"); got != nil || zero.Len() != 0 {
		t.Errorf("zero Watchlist: Lookup = %v, Len = %d", got, zero.Len())
	}
	if w := NewWatchlist(nil); w.Len() != 0 || w.Lookup("x") != nil {
		t.Error("NewWatchlist(nil) is not empty")
	}
	const evm = "0x4f47bc496083c727c5fbe3ce9cdf2b0f6496270c"
	list := &sdn.List{Entries: []sdn.Entry{
		{UID: 1, Wallets: []sdn.Wallet{{Asset: "ETH", Address: evm}, {Asset: "ETH", Address: evm}, {Asset: "ETH", Address: "  "}}},
		{UID: 2, Wallets: []sdn.Wallet{{Asset: "USDT", Address: strings.ToUpper(evm[2:])}}},
		{UID: 3, Wallets: []sdn.Wallet{{Asset: "POL", Address: evm}}},            // a code without a codec
		{UID: 4, Wallets: []sdn.Wallet{{Asset: "DOGE", Address: "not-an-addr"}}}, // no codec, no format
	}}
	w := NewWatchlist(list)
	got := w.Lookup("0X" + strings.ToUpper(evm[2:]))
	if diff := cmp.Diff([]int{1, 2, 3}, uids(got)); diff != "" {
		t.Errorf("Lookup: repeated wallet not merged or code not unified (-want +got):\n%s", diff)
	}
	if w.Lookup("") != nil || w.Lookup("   ") != nil {
		t.Error("an empty query found something")
	}
	if got := w.Lookup("not-an-addr"); len(got) != 1 || !got[0].Raw {
		t.Errorf("raw value: %+v", got)
	}
	if got := w.Lookup("NOT-AN-ADDR"); got != nil {
		t.Errorf("raw value found in another case: %+v", got)
	}
	var reasons []string
	for _, ir := range w.Irregular() {
		reasons = append(reasons, ir.Asset.String()+":"+strings.TrimSpace(ir.Address))
		if ir.Asset == "POL" && (!errors.Is(ir.Err, ErrUnknownAsset) || len(ir.Fits) == 0) {
			t.Errorf("POL wallet: %+v", ir)
		}
	}
	if diff := cmp.Diff([]string{"ETH:", "POL:" + evm, "DOGE:not-an-addr"}, reasons); diff != "" {
		t.Errorf("Irregular() (-want +got):\n%s", diff)
	}
}

// randomAddress makes a valid address that is not on the list, of the
// format chosen by kind, from random bytes; btcutil, go-ethereum and the
// bech32 package do the encoding where they can.
func randomAddress(t testing.TB, rng *rand.Rand, kind int) (Asset, string) {
	h20 := make([]byte, 20)
	h32 := make([]byte, 32)
	rng.Read(h20)
	rng.Read(h32)
	must := func(a btcutil.Address, err error) string {
		if err != nil {
			t.Fatal(err)
		}
		return a.EncodeAddress()
	}
	bech := func(hrp string, data []byte) string {
		d, err := bech32.ConvertBits(data, 8, 5, true)
		if err != nil {
			t.Fatal(err)
		}
		s, err := bech32.Encode(hrp, d)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	mainnet := &chaincfg.MainNetParams
	switch kind {
	case 0:
		return XBT, must(btcutil.NewAddressPubKeyHash(h20, mainnet))
	case 1:
		return XBT, must(btcutil.NewAddressScriptHashFromHash(h20, mainnet))
	case 2:
		return XBT, must(btcutil.NewAddressWitnessPubKeyHash(h20, mainnet))
	case 3:
		return XBT, must(btcutil.NewAddressWitnessScriptHash(h32, mainnet))
	case 4:
		return XBT, must(btcutil.NewAddressTaproot(h32, mainnet))
	case 5:
		return ETH, common.BytesToAddress(h20).Hex()
	case 6:
		return USDT, strings.ToLower(common.BytesToAddress(h20).Hex())
	case 7:
		return TRX, base58.CheckEncode(h20, 0x41)
	case 8:
		return SOL, base58.Encode(h32)
	case 9:
		return XRP, rippleAlphabet.encodeCheck([]byte{0}, h20)
	case 10:
		return LTC, base58.CheckEncode(h20, 0x30)
	case 11:
		d, _ := bech32.ConvertBits(h20, 8, 5, true)
		s, _ := bech32.Encode("ltc", append([]byte{0}, d...))
		return LTC, s
	case 12:
		return BCH, encodeCashAddr(cashPrefix, cashP2PKH, h20)
	case 13:
		return BSV, encodeCashAddr(cashPrefix, cashP2SH, h20)[len(cashPrefix)+1:]
	case 14:
		return DASH, base58.CheckEncode(h20, 0x4c)
	case 15:
		return BTG, base58.CheckEncode(h20, 0x26)
	case 16:
		return XVG, base58.CheckEncode(h20, 0x1e)
	case 17:
		return ZEC, base58.CheckEncode(append([]byte{0xb8}, h20...), 0x1c)
	case 18:
		return BNB, bech("bnb", h20)
	default:
		b := append([]byte{moneroStandard}, h32...)
		b = append(b, h32...)
		var sum [32]byte
		return XMR, string(moneroEncode(nil, append(b, moneroChecksum(&sum, b)...)))
	}
}

const randomKinds = 20

func TestWatchlistRandomAddressesNotListed(t *testing.T) {
	w := NewWatchlist(listedList(listedPairs(t)))
	rng := rand.New(rand.NewSource(20251119))
	for i := 0; i < 10000; i++ {
		asset, addr := randomAddress(t, rng, i%randomKinds)
		key, err := Normalize(asset, addr)
		if err != nil {
			t.Fatalf("generated %s address %s does not normalise: %v", asset, addr, err)
		}
		for _, q := range []string{addr, key, strings.ToUpper(addr), strings.ToLower(addr)} {
			if got := w.Lookup(q); got != nil {
				t.Errorf("random %s address %q found: %v", asset, q, uids(got))
			}
		}
	}
}

// lookupQueries are screened by the benchmark and the allocation test: hits
// in each kind of spelling, and misses.
var lookupQueries = []string{
	"1Df883c96LVauVsx9FEgnsourD8DELwCUQ",                                // listed base58, exact
	"0x983a81ca6FB1e441266D2FbcB7D8E530AC2E05A2",                        // listed EVM, checksummed
	"0x4f47bc496083c727c5fbe3ce9cdf2b0f6496270c",                        // listed EVM, lower case
	"BITCOINCASH:QPF2CPHC5DKUCLKQUR7LHJ2YUQQ9PK3HMUKLE77VHQ",            // listed cashaddr, upper, prefixed
	" bc1q4rzdtlt0uslyw86cp29sctl6ct29g9a95cuup7pn5md9ddj7xgmqpp5m73\n", // listed bech32, padded
	"X75KjMo4pw9UQ9H7hbpCZUDfskq2PLNGsUMNLb58LzRZpGB",                   // listed XRP account, X-address with tag 12345
	"TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t",                                // not listed, TRON
	"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",                        // not listed, EVM
	"bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",                        // not listed, bech32
}

func TestLookupDoesNotAllocate(t *testing.T) {
	w := NewWatchlist(listedList(listedPairs(t)))
	for i, q := range lookupQueries {
		if found := w.Lookup(q) != nil; found != (i < 6) {
			t.Errorf("Lookup(%q) found = %v", q, found)
		}
		if n := testing.AllocsPerRun(100, func() { w.Lookup(q) }); n > 0 {
			t.Errorf("Lookup(%q) allocates %.0f times", q, n)
		}
	}
}

func BenchmarkLookup(b *testing.B) {
	w := NewWatchlist(listedList(listedPairs(b)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		w.Lookup(lookupQueries[i%len(lookupQueries)])
	}
}

// BenchmarkLookupEach times each kind of query alone.
func BenchmarkLookupEach(b *testing.B) {
	w := NewWatchlist(listedList(listedPairs(b)))
	for i, q := range lookupQueries {
		b.Run(lookupNames[i], func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				w.Lookup(q)
			}
		})
	}
}

var lookupNames = []string{"base58-hit", "evm-checksummed-hit", "evm-lower-hit", "cashaddr-upper-hit", "bech32-padded-hit", "xaddress-hit", "tron-miss", "evm-miss", "bech32-miss"}

func BenchmarkLookupMoneroIntegrated(b *testing.B) {
	w := NewWatchlist(listedList(listedPairs(b)))
	q := integrated(b, "49HqitRzdnhYjgTEAhgGpCfsjdTeMbUTU6cyR4JV1R7k2Eej9rGT8JpFiYDa4tZM6RZiFrHmMzgSrhHEqpDYKBe5B2ufNsL", [8]byte{1})
	if w.Lookup(q) == nil {
		b.Fatal("integrated address of a listed one not found")
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		w.Lookup(q)
	}
}

func BenchmarkNewWatchlist(b *testing.B) {
	list := listedList(listedPairs(b))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		NewWatchlist(list)
	}
}

// A Litecoin script hash has two spellings, M... and the older 3...; a
// bitcoin 3... address has no Litecoin twin in the watchlist.
func TestWatchlistLitecoinP2SH(t *testing.T) {
	const (
		m     = "M8yFL6SFC6TreATegTyuSYkDfDRbisdpT3" // listed LTC
		three = "32m72D2HEycRqfBkaazZcuVpLWq9k3sYdt" // the same script hash, version 05
	)
	btc3 := "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy" // a bitcoin P2SH address
	payload, _, err := base58.CheckDecode(btc3)
	if err != nil {
		t.Fatal(err)
	}
	btcTwin := base58.CheckEncode(payload, 0x32)
	for _, c := range []struct {
		name        string
		asset       Asset
		listed      string
		query       string
		wantListing bool
	}{
		{"listed M, screened 3", LTC, m, three, true},
		{"listed 3 as LTC, screened M", LTC, three, m, true},
		{"listed 3 as ltc (code case), screened M", "ltc", three, m, true},
		{"listed 3 as XBT, screened M", XBT, btc3, btcTwin, false},
	} {
		l := &sdn.List{Entries: []sdn.Entry{{UID: 1, Name: "x", Wallets: []sdn.Wallet{{Asset: string(c.asset), Address: c.listed}}}}}
		got := NewWatchlist(l).Lookup(c.query)
		if (got != nil) != c.wantListing {
			t.Errorf("%s: Lookup(%s) = %v", c.name, c.query, got)
		}
	}
}

// An address the list gives under a code without a codec (a TON, Stellar,
// SS58 or Cosmos address) is found in the other spellings of its
// account, and a Cosmos account whose bytes are a listed EVM address is
// that address.
func TestWatchlistOtherChains(t *testing.T) {
	const lazarus = "0x098B716B8Aaf21512996dC57EB0615e2383E2f96"
	l := &sdn.List{Entries: []sdn.Entry{
		{UID: 1, Name: "ton", Wallets: []sdn.Wallet{{Asset: "USDT", Address: "EQCKhieGGl3ZbJ2zzggHsSLaXtRzk0znVopbSxw2HLsorkdl"}}},
		{UID: 2, Name: "xlm", Wallets: []sdn.Wallet{{Asset: "XLM", Address: "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ"}}},
		{UID: 3, Name: "dot", Wallets: []sdn.Wallet{{Asset: "DOT", Address: "15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5"}}},
		{UID: 4, Name: "noble", Wallets: []sdn.Wallet{{Asset: "USDC", Address: "noble1mry47pkga5tdswtluy0m8teslpalkdq0kz9xym"}}},
		{UID: 5, Name: "evm", Wallets: []sdn.Wallet{{Asset: "ETH", Address: lazarus}}},
		{UID: 6, Name: "ton raw", Wallets: []sdn.Wallet{{Asset: "TON", Address: "0:2CF55953E92EFBEADAB7BA725C3F93A0B23F842CBBA72D7B8E6F510A70E422E3"}}},
		{UID: 7, Name: "inj", Wallets: []sdn.Wallet{{Asset: "INJ", Address: injOf(t, "0x00000000219ab540356cBB839Cbe05303d7705Fa")}}},
	}}
	w := NewWatchlist(l)
	inj := injOf(t, lazarus)
	for _, c := range []struct {
		query string
		uid   int
	}{
		{"EQCKhieGGl3ZbJ2zzggHsSLaXtRzk0znVopbSxw2HLsorkdl", 1},
		{"UQCKhieGGl3ZbJ2zzggHsSLaXtRzk0znVopbSxw2HLsorhqg", 1},                      // non-bounceable
		{"MA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJUAAAAAAAAAAAACJUQ", 2}, // muxed
		{"5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY", 3},                      // generic prefix
		{"HNZata7iMYWmk5RvZRTiAsSDhV8366zq2YGb3tLH5Upf74F", 3},                       // Kusama
		{"NOBLE1MRY47PKGA5TDSWTLUY0M8TESLPALKDQ0KZ9XYM", 4},
		{cosmosSpelling(t, "noble1mry47pkga5tdswtluy0m8teslpalkdq0kz9xym", "osmo"), 4},
		{inj, 5}, // Injective: an Ethereum key's address
		// A raw TON listing, found by its user-friendly forms (ton-core's
		// vectors of one account).
		{"EQAs9VlT6S776tq3unJcP5Ogsj-ELLunLXuOb1EKcOQi4wJB", 6},
		{"UQAs9VlT6S776tq3unJcP5Ogsj-ELLunLXuOb1EKcOQi41-E", 6},
		// A listed Cosmos account of an Ethereum key, by its 0x address.
		{"0x00000000219ab540356cBB839Cbe05303d7705Fa", 7},
		{"00000000219ab540356cbb839cbe05303d7705fa", 7},
		{"GAB6EDWGWSRZUYUYCWXAFQFBHE5ZEJPDXCIMVZC3LH2C7IU35FTI2NOQ", 0},
		{"cosmos1hsk6jryyqjfhp5dhc55tc9jtckygx0eph6dd02", 0},
	} {
		got := w.Lookup(c.query)
		if c.uid == 0 && got != nil || c.uid != 0 && (len(got) != 1 || got[0].Entry.UID != c.uid) {
			t.Errorf("Lookup(%s) = %v, want UID %d", c.query, uids(got), c.uid)
		}
	}
}

// injOf writes an EVM address's bytes as an Injective account.
func injOf(t *testing.T, evm string) string {
	t.Helper()
	raw, err := hex.DecodeString(evm[2:])
	if err != nil {
		t.Fatal(err)
	}
	conv, err := bech32.ConvertBits(raw, 8, 5, true)
	if err != nil {
		t.Fatal(err)
	}
	inj, err := bech32.Encode("inj", conv)
	if err != nil {
		t.Fatal(err)
	}
	return inj
}
