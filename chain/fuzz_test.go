package chain

import (
	"errors"
	"strings"
	"testing"
)

// checkNormalize is the contract every decoder keeps, on any input: no
// panic; an error is an *AddressError wrapping ErrInvalidAddress that names
// the asset and address; a key normalises to itself and fits the asset per
// Detect.
func checkNormalize(t *testing.T, asset Asset, s string) {
	key, err := Normalize(asset, s)
	if err != nil {
		checkAddressError(t, err, asset, s)
		return
	}
	if key == "" {
		t.Fatalf("Normalize(%s, %q) = empty key, no error", asset, s)
	}
	again, err := Normalize(asset, key)
	if err != nil || again != key {
		t.Fatalf("Normalize(%s, %q) = %q, but Normalize of that = %q, %v", asset, s, key, again, err)
	}
	if !containsAsset(Detect(s), asset) {
		t.Fatalf("Normalize(%s, %q) succeeds, Detect says %v", asset, s, Detect(s))
	}
}

// fuzzNormalize runs checkNormalize for each of assets, seeded with the
// listed addresses of those assets, the extra seeds, and their case
// variants.
func fuzzNormalize(f *testing.F, assets []Asset, extra ...string) {
	seeds := extra
	for _, p := range listedPairs(f) {
		if containsAsset(assets, p.asset) {
			seeds = append(seeds, p.address)
		}
	}
	for _, s := range seeds {
		f.Add(s)
		f.Add(strings.ToUpper(s))
		f.Add(" " + s[:len(s)/2])
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, a := range assets {
			checkNormalize(t, a, s)
		}
	})
}

func FuzzNormalizeBitcoin(f *testing.F) {
	fuzzNormalize(f, []Asset{XBT, LTC, DASH, ZEC, BTG, XVG},
		"bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0", "BC1SW50QGDZ25J",
		"ltc1qx88q7zjd74lxwgkjmmwlqv5pd3vujuehexfttt", "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7",
		"0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798")
}

func FuzzNormalizeCashAddr(f *testing.F) {
	var seeds []string
	for _, tr := range cashTranslations {
		seeds = append(seeds, tr.cash, tr.legacy)
	}
	fuzzNormalize(f, []Asset{BCH, BSV}, append(seeds,
		"bitcoincash:qvch8mmxy0rtfrlarg7ucrxxfzds5pamg73h7370aa87d80gyhqxq5nlegake",
		"bitcoincash:qpzry9x8gf2tvdw0s3jn54khce6mua7lcw20ayyn", "prefix:x64nx6hz", ":")...)
}

func FuzzNormalizeEVM(f *testing.F) {
	fuzzNormalize(f, []Asset{ETH, ETC, BSC, ARB, USDT, USDC, BNB}, eip55...)
}

func FuzzNormalizeTron(f *testing.F) {
	fuzzNormalize(f, []Asset{TRX, USDT, USDC}, tronUSDT, tronUSDTHex)
}

func FuzzNormalizeRipple(f *testing.F) {
	fuzzNormalize(f, []Asset{XRP}, "rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh", "rrrrrrrrrrrrrrrrrrrrrhoLvTp",
		"XVLhHMPHU98es4dbozjVtdWzVrDjtV18pX8yuPT7y4xaEHi", "T7oKJ3q7s94kDH6tpkBowhetT1JKfcfdSCmAXbS75iATyLD")
}

func FuzzNormalizeMonero(f *testing.F) {
	fuzzNormalize(f, []Asset{XMR}, moneroFund, integrated(f, moneroFund, [8]byte{9}), moneroFund[:11]+"zzzzzzzzzzz"+moneroFund[22:])
}

func FuzzNormalizeSolana(f *testing.F) {
	fuzzNormalize(f, []Asset{SOL}, "11111111111111111111111111111111", "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v")
}

func FuzzNormalizeBNB(f *testing.F) {
	fuzzNormalize(f, []Asset{BNB, ZEC}, "bnb136ns6lfw4zs5hg4n85vdthaad7hq5m4gtkgf23")
}

// FuzzDetect: Detect returns exactly the codes Normalize accepts, and they
// all give one key.
func FuzzDetect(f *testing.F) {
	for _, p := range listedPairs(f) {
		f.Add(p.address)
	}
	f.Add(tronUSDTHex)
	f.Add("BITCOINCASH:QPM2QSZNHKS23Z7629MMS6S4CWEF74VCWVY22GDX6A")
	f.Fuzz(func(t *testing.T, s string) {
		got := Detect(s)
		if len(got) > 0 && len(s) < minAddress {
			// ReadField passes shorter words over undecoded.
			t.Fatalf("Detect(%q) = %v, and it is shorter than minAddress (%d)", s, got, minAddress)
		}
		key := ""
		for _, a := range knownAssets {
			k, err := Normalize(a, s)
			if (err == nil) != containsAsset(got, a) {
				t.Fatalf("Detect(%q) = %v, but Normalize(%s) error is %v", s, got, a, err)
			}
			if err != nil {
				continue
			}
			if key != "" && k != key {
				t.Fatalf("Detect(%q) = %v, but the codes give keys %q and %q", s, got, key, k)
			}
			key = k
		}
	})
}

// FuzzLookup: on a watchlist of the real list, Lookup of any valid spelling
// finds what Lookup of its key finds, and every result is one key's group.
func FuzzLookup(f *testing.F) {
	w := NewWatchlist(listedList(listedPairs(f)))
	for _, p := range listedPairs(f) {
		f.Add(p.address)
		f.Add(strings.ToUpper(p.address))
	}
	for _, q := range lookupQueries {
		f.Add(q)
	}
	f.Add(integrated(f, "49HqitRzdnhYjgTEAhgGpCfsjdTeMbUTU6cyR4JV1R7k2Eej9rGT8JpFiYDa4tZM6RZiFrHmMzgSrhHEqpDYKBe5B2ufNsL", [8]byte{7}))
	f.Add("\u202b0x098B716B8Aaf\u00ad21512996dC57EB0615e2383E2f96\u202c")
	f.Add("\xe2\x80\u200b\x8brnXyVQzgxZe7TR1EPzTkGj2jxH4LMJYh66")
	f.Add("\uff10\uff58098B716B8Aaf21512996dC57EB0615e2383E2f96") // fullwidth 0x
	f.Fuzz(func(t *testing.T, s string) {
		got := w.Lookup(s)
		for _, l := range got {
			if l.Key != got[0].Key {
				t.Fatalf("Lookup(%q) mixes keys %q and %q", s, got[0].Key, l.Key)
			}
		}
		for _, a := range Detect(s) {
			k, err := Normalize(a, s)
			if err != nil {
				t.Fatal(err)
			}
			if byKey := w.Lookup(k); !sameListings(got, byKey) {
				t.Fatalf("Lookup(%q) = %v, Lookup of its %s key %q = %v", s, uids(got), a, k, uids(byKey))
			}
			if len(got) > 0 && got[0].Key != k {
				t.Fatalf("Lookup(%q) found key %q, Normalize(%s) says %q", s, got[0].Key, a, k)
			}
		}
	})
}

func sameListings(a, b []Listing) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// FuzzURIAddresses: no panic; an error wraps ErrURI; a URI read names at
// least one address, none empty or with space around it, and IsURI says
// so; a scheme and an address with nothing else give back the address.
func FuzzURIAddresses(f *testing.F) {
	for _, s := range []string{
		"bitcoin:1ECeZBxCVJ8Wm2JSN3Cyc6rge2gnvD3W5K?amount=0.1&label=Payroll",
		"BITCOIN:BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ?AMOUNT=1",
		"ethereum:0xdAC17F958D2ee523a2206206994597C13D831ec7@1/transfer?address=0x8576acc5c05d6ce88f4e49bf65bdf0c62f91353c&uint256=1e6",
		"ethereum:pay-0x8576acc5c05d6ce88f4e49bf65bdf0c62f91353c@56?value=1",
		"solana:11111111111111111111111111111111?amount=1&spl-token=EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v",
		"monero:" + moneroFund + "?tx_amount=1",
		"bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a?amount=1",
		"ethereum:vitalik.eth", "bitcoin:", "bitcoin:%zz", "mailto:x@y", ":", "",
		"\u200fbitcoin:1ECeZBxCVJ8Wm2JSN3Cyc6rge2gnvD3W5K\u200e", "bitcoin:1ECeZBx\u200bCVJ8Wm2JSN3Cyc6rge2gnvD3W5K\x00",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := URIAddresses(s)
		if err != nil {
			if !errors.Is(err, ErrURI) {
				t.Fatalf("URIAddresses(%q): %v does not wrap ErrURI", s, err)
			}
			return
		}
		if len(got) == 0 || !IsURI(s) {
			t.Fatalf("URIAddresses(%q) = %q, IsURI %v", s, got, IsURI(s))
		}
		for _, a := range got {
			if a == "" || a != trim(a) {
				t.Fatalf("URIAddresses(%q) = %q", s, got)
			}
		}
		u, _ := cutPair(trim(s))
		if i := strings.IndexByte(u, ':'); i > 0 && !strings.ContainsAny(s, "?%@/# \t\n\r") && !hasPrefixFold(u, "ethereum:") {
			if want := trim(u[i+1:]); want != "" && got[0] != want {
				t.Fatalf("URIAddresses(%q) = %q, want [%q]", s, got, want)
			}
		}
	})
}

// FuzzOtherChain: OtherChain never panics, never claims what Detect
// claims, and reads an address the same with white space around it.
func FuzzOtherChain(f *testing.F) {
	for _, s := range []string{
		"GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ",
		"MA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJUAAAAAAAAAAAACJUQ",
		"7777777777777777777777777777777777777777777777777774MSJUVU",
		"EQAs9VlT6S776tq3unJcP5Ogsj-ELLunLXuOb1EKcOQi4wJB",
		"0:8a8627861a5dd96c9db3ce0807b122da5ed473934ce7568a5b4b1c361cbb28ae",
		"addr1vx2fxv2umyhttkxyxp8x0dlpdt3k6cwng5pxj3jhsydzers66hrl8",
		"15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5",
		"tz1eZwq8b5cvE2bPKokatLkVMzkxz24z3Don",
		"noble1mry47pkga5tdswtluy0m8teslpalkdq0kz9xym",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		o, ok := OtherChain(s)
		if !ok {
			if o != (OtherChainAddress{}) {
				t.Fatalf("OtherChain(%q) = %+v without recognising it", s, o)
			}
			return
		}
		if o.Chain == "" {
			t.Fatalf("OtherChain(%q) recognised no chain", s)
		}
		if d := Detect(s); len(d) > 0 {
			t.Fatalf("OtherChain(%q) = %s, and Detect = %v", s, o.Chain, d)
		}
		if again, ok := OtherChain(" " + s + "\n"); !ok || again != o {
			t.Fatalf("OtherChain(%q) = %+v, with white space %+v %v", s, o, again, ok)
		}
	})
}

// FuzzReadField: no panic; every piece is text of the field, with
// addresses or an error of its kind, never both; an address piece is
// an address, and reads as itself alone; a field that is an address is
// one piece.
func FuzzReadField(f *testing.F) {
	const lazarus = "0x098B716B8Aaf21512996dC57EB0615e2383E2f96"
	for _, s := range []string{
		lazarus, "ETH " + lazarus, "USDT TRC20: TAYhjpL8pPs8T84FSM329nffQpc6jD8GBM", lazarus + ", bc1q05aktddf9ce4p7hh3stgsf253m4vweu7nkhtmw",
		"https://tronscan.org/#/address/TAYhjpL8pPs8T84FSM329nffQpc6jD8GBM", "etherscan.io/tx/0x5be5543ff73456ab9f2d207887e2af87322c651ea1a873c5b25b7ffae456c320",
		"https://etherscan.io/token/0xdAC17F958D2ee523a2206206994597C13D831ec7?a=" + lazarus, "bitcoin:123WBUDmSJv4GctdVEz6Qq6z8nXSKrJ4KX?amount=1;label=Rent; " + lazarus,
		"(USDT T…)", "0x123; rnXyVQzgxZe7TR1EPzTkGj2jxH4LMJYh66 42", "x:y:z", "https://", "a.b/", "\uff10\uff58" + lazarus[2:] + "\uff0c" + lazarus,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		pieces := ReadField(s)
		if (len(pieces) == 0) != (strings.TrimFunc(s, invisible) == "") {
			t.Fatalf("ReadField(%q) = %d pieces", s, len(pieces))
		}
		for _, p := range pieces {
			if p.Text == "" || !strings.Contains(s, p.Text) {
				t.Fatalf("ReadField(%q): piece %q is not text of the field", s, p.Text)
			}
			if (p.Err == nil) == (len(p.Addresses) == 0) {
				t.Fatalf("ReadField(%q): piece %q has addresses %q and error %v", s, p.Text, p.Addresses, p.Err)
			}
			sentinel := map[PieceKind]error{PieceAddress: ErrInvalidAddress, PieceURI: ErrURI, PieceLink: ErrLink}[p.Kind]
			if sentinel == nil || p.Err != nil && !errors.Is(p.Err, sentinel) {
				t.Fatalf("ReadField(%q): piece %q of kind %d, error %v", s, p.Text, p.Kind, p.Err)
			}
			if p.Kind == PieceLink {
				for _, a := range p.Addresses {
					if !isAddress(a) {
						t.Fatalf("ReadField(%q): link %q names %q, no address", s, p.Text, a)
					}
				}
			}
			if p.Kind != PieceAddress || p.Err != nil {
				continue
			}
			if len(p.Addresses) != 1 || p.Addresses[0] != p.Text || !isAddress(p.Text) {
				t.Fatalf("ReadField(%q): address piece %q names %q", s, p.Text, p.Addresses)
			}
			if again := ReadField(p.Text); len(again) != 1 || again[0].Text != p.Text || again[0].Err != nil {
				t.Fatalf("ReadField(%q): piece %q, read alone: %+v", s, p.Text, again)
			}
		}
		if len(Detect(s)) > 0 && (len(pieces) != 1 || pieces[0].Err != nil) {
			t.Fatalf("ReadField(%q) of an address = %+v", s, pieces)
		}
	})
}
