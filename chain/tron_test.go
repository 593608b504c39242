package chain

import (
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
