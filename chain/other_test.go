package chain

import (
	"testing"

	"github.com/btcsuite/btcd/btcutil/bech32"
)

// Vectors of other chains' addresses, from their specifications and SDKs
// and from Trust Wallet's wallet-core tests.
func TestOtherChain(t *testing.T) {
	for _, c := range []struct {
		in    string
		chain string // "" for not recognised
		code  Asset
		note  string
	}{
		// Stellar: SEP-23, js-stellar-base, wallet-core.
		{"GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ", "Stellar", "XLM", "SEP-23 account"},
		{"MA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJUAAAAAAAAAAAACJUQ", "Stellar", "XLM", "SEP-23 muxed, id 0"},
		{"MA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVAAAAAAAAAAAAAJLK", "Stellar", "XLM", "SEP-23 muxed, id 2^63"},
		{"MA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJUAAAAAAAAAABUTGI4", "Stellar", "XLM", "js-stellar-base muxed, id 420"},
		{"GAB6EDWGWSRZUYUYCWXAFQFBHE5ZEJPDXCIMVZC3LH2C7IU35FTI2NOQ", "Stellar", "XLM", "wallet-core"},
		{"GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWHF", "Stellar", "XLM", "all-zero key"},
		{"  GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ\n", "Stellar", "XLM", "white space around"},
		{"MA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJUAAAAAAAAAAAACJUO", "", "", "SEP-23: bad checksum"},
		{"GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZA", "", "", "SEP-23: bad length"},
		{"G47QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVP2I", "", "", "SEP-23: bad version bits"},
		{"MA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJUAAAAAAAAAAAACJUR", "", "", "SEP-23: unused trailing bit set"},
		{"ga7qynf7sowq3glr2bgmzehxavirza4kvwltjjfc7mgxua74p7ujvsgz", "", "", "lower case: not StrKey"},
		{"GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7U\nJVSGZ", "Stellar", "XLM", "a line break inside, where a cell wrapped: removed"},
		// Algorand: go-algorand-sdk, js-algorand-sdk, wallet-core.
		{"7777777777777777777777777777777777777777777777777774MSJUVU", "Algorand", "ALGO", "go-algorand-sdk golden value"},
		{"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAY5HFKQ", "Algorand", "ALGO", "zero address"},
		{"YK2CHL5IWAEV4WXBAVTIXENSCMW3JWW36OFM7RSJBDJUO2QADEP5QYVO5I", "Algorand", "ALGO", "wallet-core"},
		{"JBCQYJ2FREG667NAN7BFKH4RFIKPT7CYDQJNW3SNN5Z7F7ILFLKQ346TSU", "Algorand", "ALGO", "wallet-core"},
		{"JBCQYJ2FREG667NAN7BFKH4RFIKPT7CYDQJNW3SNN5Z7F7ILFLKQ346TS3", "", "", "wallet-core: bad checksum"},
		// TON: wallet-core, ton-core, the TON cookbook.
		{"EQCKhieGGl3ZbJ2zzggHsSLaXtRzk0znVopbSxw2HLsorkdl", "TON", "TON", "wallet-core, bounceable"},
		{"UQCKhieGGl3ZbJ2zzggHsSLaXtRzk0znVopbSxw2HLsorhqg", "TON", "TON", "wallet-core, non-bounceable"},
		{"0:8a8627861a5dd96c9db3ce0807b122da5ed473934ce7568a5b4b1c361cbb28ae", "", "", "raw form: no checksum"},
		{"EQAs9VlT6S776tq3unJcP5Ogsj-ELLunLXuOb1EKcOQi4wJB", "TON", "TON", "ton-core, base64url"},
		{"EQAs9VlT6S776tq3unJcP5Ogsj+ELLunLXuOb1EKcOQi4wJB", "TON", "TON", "ton-core, standard base64"},
		{"UQAs9VlT6S776tq3unJcP5Ogsj-ELLunLXuOb1EKcOQi41-E", "TON", "TON", "ton-core, non-bounceable"},
		{"EQDKbjIcfM6ezt8KjKJJLshZJJSqX7XOA4ff-W72r5gqPrHF", "TON", "TON", "TON cookbook"},
		{"Ef8JfFPRpHBV_tZpCurvxMJW69nt2js3SuGEWojGnOpCVPRe", "TON", "TON", "wallet-core, masterchain"},
		{"kQCKhieGGl3ZbJ2zzggHsSLaXtRzk0znVopbSxw2HLsorvzv", "", "", "test network only"},
		{"EQCKhieGGl3ZbJ2zzggHsSLaXtRzk0znVopbSxw2HLsormVH", "", "", "wallet-core: checksum bytes swapped"},
		{"EQCKhieGGl3ZbJ2zzggHsSLaXtRzk0znVopbSxw2HLsorpcF", "", "", "wallet-core: wrong checksum"},
		{"MwCKhieGGl3ZbJ2zzggHsSLaXtRzk0znVopbSxw2HLsorsn8", "", "", "wallet-core: bad tag"},
		// Cardano: CIP-19 and wallet-core.
		{"addr1qx2fxv2umyhttkxyxp8x0dlpdt3k6cwng5pxj3jhsydzer3n0d3vllmyqwsx5wktcd8cc3sq835lu7drv2xwl2wywfgse35a3x", "Cardano", "ADA", "CIP-19 base address"},
		{"addr1vx2fxv2umyhttkxyxp8x0dlpdt3k6cwng5pxj3jhsydzers66hrl8", "Cardano", "ADA", "CIP-19 enterprise address"},
		{"addr1w8phkx6acpnf78fuvxn0mkew3l0fd058hzquvz7w36x4gtcyjy7wx", "Cardano", "ADA", "CIP-19 script enterprise address"},
		{"addr1vyuca7esanpgs4ke0um3ft6f4yaeuz3ftpfqx9nxpct2uyqu7dvlp", "Cardano", "ADA", "wallet-core enterprise"},
		{"addr_test1vz2fxv2umyhttkxyxp8x0dlpdt3k6cwng5pxj3jhsydzerspjrlsz", "", "", "CIP-19 test network"},
		{"addr1q8043m5heeaydnvtmmkyuhe6qv5havvhsf0d26q3jygsspxlyfpyk6yqkw0yhtyvtr0flekj84u64az82cufmqn65zdsylzk2", "", "", "wallet-core: cut short"},
		// SS58: polkadot-js and wallet-core.
		{"5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY", "Substrate", "", "Alice, generic prefix 42"},
		{"15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5", "Polkadot", "DOT", "Alice, Polkadot"},
		{"HNZata7iMYWmk5RvZRTiAsSDhV8366zq2YGb3tLH5Upf74F", "Kusama", "KSM", "Alice, Kusama"},
		{"15KRsCq9LLNmCxNFhGk55s5bEyazKefunDxUH24GFZwsTxyu", "Polkadot", "DOT", "wallet-core"},
		{"Fu3r514w83euSVV7q1MyFGWErUR2xDzXS2goHzimUn4S12D", "Kusama", "KSM", "wallet-core"},
		{"5GoKvZWG5ZPYL1WUovuHW3zJBWBP5eT8CbqjdRY4Q6iMa9cj", "", "", "polkadot-js: bad checksum"},
		{"5GoKvZWG5ZPYL1WUovuHW3zJBWBP5eT8CbqjdRY4Q6iMaDwU", "", "", "polkadot-js: bad checksum"},
		// Tezos: wallet-core and taquito.
		{"tz1eZwq8b5cvE2bPKokatLkVMzkxz24z3Don", "Tezos", "XTZ", "wallet-core tz1"},
		{"tz2Rh3NYeLxrqTuvaZJmaMiVMqCajeXMWtYo", "Tezos", "XTZ", "wallet-core tz2"},
		{"tz3RDC3Jdn4j15J7bBHZd29EUee9gVB1CxD9", "Tezos", "XTZ", "wallet-core tz3"},
		{"KT1XnTn74bUtxHfDtBmm2bGZAQfhPbvKWR8o", "Tezos", "XTZ", "wallet-core KT1"},
		{"tz1QZ6KY7d3BuZDT1d19dUxoQrtFPN2QJ3hn", "Tezos", "XTZ", "taquito"},
		{"tz1QZ6KY7d3BuZDT1d19dUxoQrtFPN2QJ3hm", "", "", "taquito: bad checksum"},
		{"tz1eZwq8b5cvE2bPKokatLkVMzkxz24z3AAAA", "", "", "wallet-core: bad"},
		// Cosmos chains: wallet-core.
		{"cosmos1hsk6jryyqjfhp5dhc55tc9jtckygx0eph6dd02", "Cosmos Hub", "ATOM", "wallet-core"},
		{"osmo1mky69cn8ektwy0845vec9upsdphktxt0en97f5", "Osmosis", "OSMO", "wallet-core"},
		{"noble1mry47pkga5tdswtluy0m8teslpalkdq0kz9xym", "Noble", "", "wallet-core"},
		{"NOBLE1MRY47PKGA5TDSWTLUY0M8TESLPALKDQ0KZ9XYM", "Noble", "", "upper case, as bech32 allows"},
		{"cosmos1xsk6jryyqjfhp5dhc55tc9jtckygx0eph6dd02", "", "", "wallet-core: bad checksum"},
		{"osmo1mky69cn8ektwy0845vec9upsdphktxt0en97f6", "", "", "wallet-core: bad checksum"},
		// The list's own formats are Detect's, never OtherChain's.
		{"0x098B716B8Aaf21512996dC57EB0615e2383E2f96", "", "", "EVM"},
		{"bnb136ns6lfw4zs5hg4n85vdthaad7hq5m4gtkgf23", "", "", "BNB Beacon Chain bech32"},
		{"rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh", "", "", "XRP"},
		{"XVLhHMPHU98es4dbozjVtdWzVrDjtV18pX8yuPT7y4xaEHi", "", "", "XRP X-address"},
		{"42RLPACwZPx3vYYmxSueqsogfynBDqXK298EDsNoyoHi", "", "", "Solana"},
		{"", "", "", "empty"},
	} {
		got, ok := OtherChain(c.in)
		if ok != (c.chain != "") || got.Chain != c.chain || got.Code != c.code {
			t.Errorf("OtherChain(%q) = %+v, %v; want %q %q (%s)", c.in, got, ok, c.chain, c.code, c.note)
		}
		if ok && len(Detect(c.in)) > 0 {
			t.Errorf("%q (%s) is %s's and fits %v", c.in, c.note, c.chain, Detect(c.in))
		}
	}
}

// Cardano: the header byte's network and type are checked, not only the
// prefix.
func TestOtherChainCardanoHeader(t *testing.T) {
	_, data, err := bech32.DecodeNoLimit("addr1vx2fxv2umyhttkxyxp8x0dlpdt3k6cwng5pxj3jhsydzers66hrl8")
	if err != nil {
		t.Fatal(err)
	}
	b, err := bech32.ConvertBits(data, 5, 8, false)
	if err != nil || b[0] != 0x61 {
		t.Fatalf("CIP-19 enterprise address decodes to header %x, %v", b[0], err)
	}
	for _, c := range []struct {
		header byte
		ok     bool
	}{{0x61, true}, {0x71, true}, {0x60, false}, {0xe1, false}, {0x81, false}, {0x01, false}} {
		h := append([]byte{c.header}, b[1:]...)
		conv, err := bech32.ConvertBits(h, 8, 5, true)
		if err != nil {
			t.Fatal(err)
		}
		s, err := bech32.Encode("addr", conv)
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := OtherChain(s); ok != c.ok {
			t.Errorf("header %02x, 29 bytes (%s): recognised %v, want %v", c.header, s, ok, c.ok)
		}
	}
}

// The spellings of one account share a key, which the Watchlist files a
// listed address under; other accounts do not.
func TestOtherChainKeys(t *testing.T) {
	for _, group := range [][]string{
		{"GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ", "MA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJUAAAAAAAAAAAACJUQ",
			"MA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVAAAAAAAAAAAAAJLK"},
		{"EQCKhieGGl3ZbJ2zzggHsSLaXtRzk0znVopbSxw2HLsorkdl", "UQCKhieGGl3ZbJ2zzggHsSLaXtRzk0znVopbSxw2HLsorhqg"},
		{"EQAs9VlT6S776tq3unJcP5Ogsj-ELLunLXuOb1EKcOQi4wJB", "EQAs9VlT6S776tq3unJcP5Ogsj+ELLunLXuOb1EKcOQi4wJB", "UQAs9VlT6S776tq3unJcP5Ogsj-ELLunLXuOb1EKcOQi41-E"},
		// Alice under the generic, Polkadot and Kusama prefixes.
		{"5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY", "15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5", "HNZata7iMYWmk5RvZRTiAsSDhV8366zq2YGb3tLH5Upf74F"},
		{"15KRsCq9LLNmCxNFhGk55s5bEyazKefunDxUH24GFZwsTxyu"},
		{"noble1mry47pkga5tdswtluy0m8teslpalkdq0kz9xym", "NOBLE1MRY47PKGA5TDSWTLUY0M8TESLPALKDQ0KZ9XYM", cosmosSpelling(t, "noble1mry47pkga5tdswtluy0m8teslpalkdq0kz9xym", "osmo")},
		{"cosmos1hsk6jryyqjfhp5dhc55tc9jtckygx0eph6dd02"},
		{"addr1vx2fxv2umyhttkxyxp8x0dlpdt3k6cwng5pxj3jhsydzers66hrl8", "ADDR1VX2FXV2UMYHTTKXYXP8X0DLPDT3K6CWNG5PXJ3JHSYDZERS66HRL8"},
	} {
		first, _ := OtherChain(group[0])
		if first.Key == "" {
			t.Fatalf("%s: no key", group[0])
		}
		for _, a := range group[1:] {
			if o, ok := OtherChain(a); !ok || o.Key != first.Key {
				t.Errorf("%s: key %q, want %q as for %s", a, o.Key, first.Key, group[0])
			}
		}
	}
	// The keys themselves: the account, TON's raw form as wallet-core
	// writes it, SS58's public key as polkadot-js gives Alice's.
	for _, c := range []struct{ in, key string }{
		{"GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ", "xlm:GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ"},
		{"EQCKhieGGl3ZbJ2zzggHsSLaXtRzk0znVopbSxw2HLsorkdl", "ton:0:8a8627861a5dd96c9db3ce0807b122da5ed473934ce7568a5b4b1c361cbb28ae"},
		{"Ef8JfFPRpHBV_tZpCurvxMJW69nt2js3SuGEWojGnOpCVPRe", "ton:-1:097c53d1a47055fed6690aeaefc4c256ebd9edda3b374ae1845a88c69cea4254"},
		{"5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY", "ss58:d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d"},
	} {
		if o, _ := OtherChain(c.in); o.Key != c.key {
			t.Errorf("OtherChain(%s).Key = %q, want %q", c.in, o.Key, c.key)
		}
	}
	cosmos, _ := OtherChain("cosmos1hsk6jryyqjfhp5dhc55tc9jtckygx0eph6dd02")
	if cosmos.Key != "cosmos:bc2da90c84049370d1b7c528bc164bc588833f21" || cosmos.evm != "0xbc2da90c84049370d1b7c528bc164bc588833f21" {
		t.Errorf("Cosmos key %q, EVM %q", cosmos.Key, cosmos.evm)
	}
}

// cosmosSpelling writes the account of a Cosmos address under another
// chain's prefix.
func cosmosSpelling(t *testing.T, addr, hrp string) string {
	t.Helper()
	_, data, err := bech32.Decode(addr)
	if err != nil {
		t.Fatal(err)
	}
	s, err := bech32.Encode(hrp, data)
	if err != nil {
		t.Fatal(err)
	}
	return s
}
