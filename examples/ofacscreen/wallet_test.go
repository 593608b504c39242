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
