package chain

import (
	"slices"
	"testing"
)

// TestUnwrap: what text puts around an address is cut off, and nothing
// that could be part of one.
func TestUnwrap(t *testing.T) {
	const (
		evm = "0x098B716B8Aaf21512996dC57EB0615e2383E2f96" // Lazarus Group
		xrp = "rnXyVQzgxZe7TR1EPzTkGj2jxH4LMJYh66"         // CHATEX
	)
	tests := []struct{ in, want string }{
		{evm, evm},
		{`"` + evm + `"`, evm},
		{"“" + evm + "”", evm},
		{"«" + evm + "»", evm},
		{"(" + evm + ").", evm},
		{"((" + evm + "))", "(" + evm + ")"}, // one pair only
		{"(" + evm + "]", "(" + evm + "]"},   // not a pair
		{evm + "...", evm},
		{"ETH:" + evm, evm},
		{"usdt:" + evm, evm},
		{"arb1:" + evm, evm},
		{"eip155:42161:" + evm, evm},
		{"pol:" + evm, evm},
		{"Linea:" + evm, evm},
		{"zksync:" + evm, evm},
		{"scr:" + evm, evm},
		{"blast:" + evm, evm},
		{"op:" + evm, evm},
		{"AVALANCHE:" + evm, evm},
		{"ERC20:" + evm, evm},
		{"bep20:" + evm, evm},
		{"TRC20:TAYhjpL8pPs8T84FSM329nffQpc6jD8GBM", "TAYhjpL8pPs8T84FSM329nffQpc6jD8GBM"},
		{"op:bc1qa5wkgaew2dkv56kfvj49j0av5nml45x9ek9hz6", "op:bc1qa5wkgaew2dkv56kfvj49j0av5nml45x9ek9hz6"}, // an EVM chain's name before no EVM address
		{"avalanches:" + evm, "avalanches:" + evm},                                                         // longer than any label
		{"eip155:x:" + evm, "eip155:x:" + evm},
		{"arb1:bc1qa5wkgaew2dkv56kfvj49j0av5nml45x9ek9hz6", "arb1:bc1qa5wkgaew2dkv56kfvj49j0av5nml45x9ek9hz6"}, // a chain name before what is no EVM address
		{"XMR:4", "4"},
		{"doge:D8vFz4p1L37jdg47HXKtSHA5uYLYxbGgPD", "doge:D8vFz4p1L37jdg47HXKtSHA5uYLYxbGgPD"}, // no code the list uses
		{"bitcoin:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "bitcoin:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"},
		{xrp + "?dt=123", xrp},
		{xrp + "?DT=4294967295", xrp},
		{xrp + ":123", xrp},
		{"(" + xrp + ":123).", xrp},
		{xrp + "?dt=12a", xrp + "?dt=12a"},
		{xrp + "?dt=12345678901", xrp + "?dt=12345678901"},
		{xrp + "?amount=1", xrp + "?amount=1"},
		{"", ""},
		{`"`, `"`},
	}
	for _, tc := range tests {
		if got := unwrap(tc.in); got != tc.want {
			t.Errorf("unwrap(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestWrappedAddresses: Detect, Normalize and Lookup read an address in
// its wrapping; payment URIs stay URIs; an address cut short stays no
// address.
func TestWrappedAddresses(t *testing.T) {
	w := NewWatchlist(listedList(listedPairs(t)))
	const evm = "0x098B716B8Aaf21512996dC57EB0615e2383E2f96"
	for _, s := range []string{`"` + evm + `"`, "ETH: " + evm, "eth:" + evm, "(eip155:1:" + evm + ").", "TRX: TA3941uFAvmVibSkQ6fMJXxmaSNovX86mz",
		"pol:" + evm, "linea:" + evm, "zksync:" + evm, "scr:" + evm, "blast:" + evm, "op:" + evm, "polygon:" + evm, "ERC20: " + evm,
		"TRC20: TA3941uFAvmVibSkQ6fMJXxmaSNovX86mz"} {
		if len(Detect(s)) == 0 {
			t.Errorf("Detect(%q) = none", s)
		}
		if w.Lookup(s) == nil {
			t.Errorf("Lookup(%q) found nothing", s)
		}
	}
	if k, err := Normalize(ETH, "ETH: "+evm); err != nil || k != "0x098b716b8aaf21512996dc57eb0615e2383e2f96" {
		t.Errorf("Normalize(ETH, \"ETH: %s\") = %q, %v", evm, k, err)
	}
	if got := Detect("arb1:" + evm); !slices.Contains(got, ARB) {
		t.Errorf("Detect(arb1:…) = %v", got)
	}
	for _, s := range []string{"0x098B....", `"0x098B..."`, "XYZ:" + evm, "matic:" + evm[2:] + "x"} {
		if got := Detect(s); len(got) > 0 {
			t.Errorf("Detect(%q) = %v, want none", s, got)
		}
		if got := w.Lookup(s); got != nil {
			t.Errorf("Lookup(%q) = %v, want nothing", s, uids(got))
		}
	}
	for _, s := range []string{"bitcoin:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "ethereum:" + evm, "litecoin:LVg2kJoFNg45Nbpy53h7Fe1wKyeXVRhMH9", "<bitcoin:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa>"} {
		if !IsURI(s) {
			t.Errorf("IsURI(%q) = false", s)
		}
	}
	if got, err := URIAddresses("<bitcoin:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa>"); err != nil || !slices.Equal(got, []string{"1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"}) {
		t.Errorf("URIAddresses of a URI in angle brackets = %q, %v", got, err)
	}
	for _, s := range []string{"ETH:" + evm, "eip155:1:" + evm, `"` + evm + `"`} {
		if IsURI(s) {
			t.Errorf("IsURI(%q) = true", s)
		}
	}
	// A wrapped address without spaces costs no allocation either.
	for _, s := range []string{"ETH:" + evm, "(" + evm + ").", "eip155:1:" + evm} {
		if n := testing.AllocsPerRun(100, func() { w.Lookup(s) }); n > 0 {
			t.Errorf("Lookup(%q) allocates %.0f times", s, n)
		}
	}
}

// TestRippleTag: an XRP destination tag written after the classic address
// finds the listed account, as an X-address with that tag does.
func TestRippleTag(t *testing.T) {
	w := NewWatchlist(listedList(listedPairs(t)))
	const chatex = "rnXyVQzgxZe7TR1EPzTkGj2jxH4LMJYh66" // CHATEX, listed as XRP
	for _, s := range []string{chatex + "?dt=123", chatex + ":123", chatex + "?dt=123&amount=5", "XRP: " + chatex + ":42"} {
		ls := w.Lookup(s)
		if len(ls) == 0 || ls[0].Address != chatex {
			t.Errorf("Lookup(%q) = %v, want CHATEX's listing", s, uids(ls))
		}
		if got := Detect(s); !slices.Equal(got, []Asset{XRP}) {
			t.Errorf("Detect(%q) = %v, want [XRP]", s, got)
		}
		if k, err := Normalize(XRP, s); err != nil || k != chatex {
			t.Errorf("Normalize(XRP, %q) = %q, %v", s, k, err)
		}
	}
	if n := testing.AllocsPerRun(100, func() { w.Lookup(chatex + ":123") }); n > 0 {
		t.Errorf("Lookup of an address and tag allocates %.0f times", n)
	}
}
