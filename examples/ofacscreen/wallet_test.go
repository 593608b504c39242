package main

import (
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
