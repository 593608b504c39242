package main

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestWalletFormatsTronHex: TRON's hex form with "0x", as TronWeb writes
// it, is a TRON address, not an EVM address two digits too long.
func TestWalletFormatsTronHex(t *testing.T) {
	const listed = "0x4100be5e0c85be35948d97ad37f62d108243f89ae0" // TA3941uFAvmVibSkQ6fMJXxmaSNovX86mz, listed as USDT
	formats, why := walletFormats(listed)
	if !cmp.Equal(formats, []string{"USDT", "TRX", "USDC"}) || why != "" {
		t.Errorf("walletFormats(%s) = %v, %q; want [USDT TRX USDC]", listed, formats, why)
	}
	if hits := screener(t).Wallet(listed); len(hits) == 0 || hits[0].Matched != "TA3941uFAvmVibSkQ6fMJXxmaSNovX86mz" {
		t.Errorf("Wallet(%s) = %v, want the listed TRON address", listed, hits)
	}
	bad := listed[:43] + "g"
	if _, why := walletFormats(bad); !strings.Contains(why, "read as TRX") {
		t.Errorf("walletFormats(%s): %q, want a hint read as TRX", bad, why)
	}
}

// TestAddressHintForks: a listed address of a bitcoin fork with one
// character mistyped is refused with what is wrong, read as its asset.
func TestAddressHintForks(t *testing.T) {
	l := snapshotList(t)
	want := map[string]string{} // asset -> a listed address
	for _, e := range l.Entries {
		for _, w := range e.Wallets {
			switch {
			case w.Asset == "BCH" && (w.Address[0] == 'q' || w.Address[0] == 'p'),
				w.Asset == "DASH", w.Asset == "BTG", w.Asset == "XVG":
				if want[w.Asset] == "" {
					want[w.Asset] = w.Address
				}
			}
		}
	}
	for _, asset := range []string{"BCH", "DASH", "BTG", "XVG"} {
		a := want[asset]
		if a == "" {
			t.Errorf("no listed %s address in the snapshot", asset)
			continue
		}
		// Change the last character to another of the same alphabet.
		c := byte('2')
		if a[len(a)-1] == c {
			c = '3'
		}
		typo := a[:len(a)-1] + string(c)
		formats, why := walletFormats(typo)
		if len(formats) > 0 || !strings.Contains(why, "read as "+asset+":") || !strings.Contains(why, "checksum") {
			t.Errorf("walletFormats(%s), %s %s mistyped: %v, %q; want a bad checksum read as %s", typo, asset, a, formats, why, asset)
		}
	}
}

// TestWalletFields: a wallet argument that holds more than an address (a
// label in words, two addresses, a block explorer's link) is screened by
// the addresses in it; a transaction's link, or a piece of it that is no
// address, is an error that names it.
func TestWalletFields(t *testing.T) {
	const (
		lazarus = "0x098B716B8Aaf21512996dC57EB0615e2383E2f96" // Lazarus Group, 27307
		wang    = "bc1q05aktddf9ce4p7hh3stgsf253m4vweu7nkhtmw" // WANG, Yunhe, 43421
		grinex  = "TAYhjpL8pPs8T84FSM329nffQpc6jD8GBM"         // Grinex, 55045
	)
	for _, tc := range []struct {
		arg  string
		uids []int
	}{
		{"USDT TRC20: " + grinex, []int{55045}},
		{"ETH " + lazarus, []int{27307}},
		{lazarus + ", " + wang, []int{27307, 43421}},
		{"https://etherscan.io/address/" + lazarus, []int{27307}},
		{"https://tronscan.org/#/address/" + grinex, []int{55045}},
		{"\uff10\uff58" + lazarus[2:], []int{27307}}, // fullwidth 0x
	} {
		o := ofacscreen(t, "wallet", "--json", tc.arg)
		o.want(t, exitMatch)
		r := decode[jsonReport](t, o)
		var uids []int
		for _, h := range r.Results[0].Hits {
			uids = append(uids, h.UID)
		}
		slices.Sort(uids)
		if !slices.Equal(uids, tc.uids) || len(r.Results[0].Formats) == 0 || r.Results[0].Error != "" {
			t.Errorf("wallet %q: %+v, want hits %v with formats and no error", tc.arg, r.Results[0], tc.uids)
		}
	}
	ofacscreen(t, "wallet", "https://etherscan.io/tx/0x5be5543ff73456ab9f2d207887e2af87322c651ea1a873c5b25b7ffae456c320").
		oneLineError(t, "is a link to a transaction, not to an address")
	// One piece no address beside a clean one: not clean, and said.
	o := ofacscreen(t, "wallet", "0x0000000000000000000000000000000000000001, 0x123")
	o.want(t, exitError)
	if !strings.Contains(o.stderr, `"0x123" is not an address`) {
		t.Errorf("stderr: %s", o.stderr)
	}
}

// TestWalletWrittenWrong: a listed address that no format reads as
// written (its EIP-55 letter case wrong, look-alike Cyrillic letters) is
// a match that says how it is written, never "no known format"; an
// unreadable wallet's JSON carries the error; the EVM length hint counts
// characters, not hex digits, when they are more than digits.
func TestWalletWrittenWrong(t *testing.T) {
	const badCase = "0x4f47Bc496083C727c5fbe3CE9CDf2B0f6496270c" // SIM, Hyon Sop (42498), listed in lower case
	o := ofacscreen(t, "wallet", badCase)
	o.want(t, exitMatch)
	if !strings.Contains(o.stdout, "(ETH/ETC/USDT/BNB/USDC/ARB/BSC format, but its letter case fails the EIP-55 checksum)") || strings.Contains(o.stdout, "no known format") {
		t.Errorf("stdout: %s", o.stdout)
	}
	r := decode[jsonReport](t, ofacscreen(t, "wallet", "--json", badCase))
	if got := r.Results[0]; !got.Matched || len(got.Formats) == 0 || !strings.Contains(got.Error, "EIP-55") {
		t.Errorf("JSON: %+v", got)
	}
	const cyrillic = "0x098\u0412716\u04128\u0410\u0430f21512996d\u042157\u0415\u04120615\u04352383\u04152f96" // Lazarus Group's, with Cyrillic В, А, а, С, Е, е
	o = ofacscreen(t, "wallet", cyrillic)
	o.want(t, exitMatch)
	if !strings.Contains(o.stdout, "(written with letters of another script that look like Latin ones)") {
		t.Errorf("stdout: %s", o.stdout)
	}
	// An unreadable wallet: an error on stderr, and in the JSON.
	const typo = "0x098B716B8Aaf21512996dC57EB0615e2383E2f97"
	o = ofacscreen(t, "wallet", "--json", typo)
	o.want(t, exitError)
	if got := decode[jsonReport](t, o).Results[0]; got.Matched || !strings.Contains(got.Error, "check it for a typo") || !strings.Contains(got.Error, "EIP-55") {
		t.Errorf("JSON of an unreadable wallet: %+v", got)
	}
	ofacscreen(t, "wallet", "0x098B716B8Aaf21512996dC57EB0615e2383E2f96-2").
		oneLineError(t, "read as ETH: EVM hex: wrong length: 42 characters after 0x, want 40 hex digits")
}
