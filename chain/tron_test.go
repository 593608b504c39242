package chain

import (
	"slices"
	"strings"
	"testing"
)

// TRON's USDT contract, as tronscan shows it in base58 and hex.
const (
	tronUSDT    = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"
	tronUSDTHex = "41a614f803b6fd780986a42c78ec9c7f77e6ded13c"
)

func TestTronVectors(t *testing.T) {
	runVectors(t, []vector{
		{TRX, tronUSDT, tronUSDT, nil, "base58"},
		{TRX, tronUSDTHex, tronUSDT, nil, "hex form"},
		{TRX, strings.ToUpper(tronUSDTHex), tronUSDT, nil, "hex form, upper case"},
		{USDT, tronUSDTHex, tronUSDT, nil, "USDT on TRON, hex"},
		{TRX, "0x" + tronUSDTHex, tronUSDT, nil, "hex form with 0x, as TronWeb writes it"},
		{TRX, "0X" + strings.ToUpper(tronUSDTHex), tronUSDT, nil, "hex form with 0x, upper case"},
		{USDT, "0x" + tronUSDTHex, tronUSDT, nil, "USDT on TRON, hex with 0x: not an EVM address, which has 40 digits"},
		{USDC, "0x" + tronUSDTHex, tronUSDT, nil, "USDC on TRON, hex with 0x"},
		{ETH, "0x" + tronUSDTHex, "", ErrLength, "42 hex digits are no EVM address"},
		{TRX, "0x42" + tronUSDTHex[2:], "", ErrPrefix, "hex form with 0x and another version"},
		{TRX, "TAYhjpL8pPs8T84FSM329nffQpc6jD8GBM", "TAYhjpL8pPs8T84FSM329nffQpc6jD8GBM", nil, "listed"},
		{TRX, flip(tronUSDT, 15, b58), "", ErrChecksum, "one character changed"},
		{TRX, strings.ToLower(tronUSDT), "", ErrCharacter, "lower-cased: 'l' is not base58"},
		{TRX, tronUSDT[:28], "", ErrLength, "six characters dropped"},
		{TRX, "42" + tronUSDTHex[2:], "", ErrPrefix, "hex form with another version"},
		{TRX, "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "", ErrPrefix, "a bitcoin address"},
	})
	if got := tronHex(tronUSDT); got != tronUSDTHex {
		t.Errorf("tronHex(%s) = %s, want %s", tronUSDT, got, tronUSDTHex)
	}
}

// TestTronHex0x: TRON's hex form with 0x, as TronWeb writes it, is the
// TRON address, for Detect and for the Watchlist.
func TestTronHex0x(t *testing.T) {
	if got := Detect("0x" + tronUSDTHex); !slices.Equal(got, []Asset{USDT, TRX, USDC}) {
		t.Errorf("Detect(0x%s) = %v, want [USDT TRX USDC]", tronUSDTHex, got)
	}
	w := NewWatchlist(listedList(listedPairs(t)))
	const listed = "TA3941uFAvmVibSkQ6fMJXxmaSNovX86mz"
	h := tronHex(listed)
	for _, s := range []string{"0x" + h, "0X" + strings.ToUpper(h), " 0x" + h + "\n"} {
		if ls := w.Lookup(s); len(ls) == 0 || ls[0].Address != listed {
			t.Errorf("Lookup(%q) = %v, want the listing of %s", s, uids(ls), listed)
		}
	}
	q := "0x" + h
	if n := testing.AllocsPerRun(100, func() { w.Lookup(q) }); n > 0 {
		t.Errorf("Lookup(%s) allocates %.0f times", q, n)
	}
}
