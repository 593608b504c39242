package chain

import (
	"math/big"
	"strings"
	"testing"
)

const (
	// The Monero General Fund's donation address.
	moneroFund = "44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A"
	// Listed subaddress.
	moneroSub = "84AwzjeFWXNEuhj8LWinXo93AqYr6wS8ZcnaBCoGhrL7EtvBMBovdhiUSV9xLhjrPA8t64hYSaMc8bHtWXoV9129EHUjU62"
)

// integrated builds the integrated address of a standard one with the given
// payment ID, the way wallets do.
func integrated(t testing.TB, standard string, paymentID [8]byte) string {
	b, err := moneroDecode(nil, standard)
	if err != nil {
		t.Fatal(err)
	}
	body := append([]byte{moneroIntegrated}, b[1:65]...)
	body = append(body, paymentID[:]...)
	var sum [32]byte
	body = append(body, moneroChecksum(&sum, body)...)
	return string(moneroEncode(nil, body))
}

func TestMoneroVectors(t *testing.T) {
	integ := integrated(t, moneroFund, [8]byte{1, 2, 3, 4, 5, 6, 7, 8})
	if len(integ) != 106 || integ[0] != '4' {
		t.Fatalf("integrated address %s: want 106 characters starting with 4", integ)
	}
	runVectors(t, []vector{
		{XMR, moneroFund, moneroFund, nil, "standard"},
		{XMR, moneroSub, moneroSub, nil, "subaddress (listed)"},
		{XMR, integ, moneroFund, nil, "integrated: the standard address it embeds"},
		{XMR, flip(moneroFund, 50, b58), "", ErrChecksum, "one character changed"},
		{XMR, flip(integ, 100, b58), "", ErrChecksum, "integrated, one character changed"},
		{XMR, moneroFund[:94], "", ErrLength, "last character dropped"},
		{XMR, moneroFund[:90] + "0" + moneroFund[91:], "", ErrCharacter, "'0' is not base58"},
		{XMR, moneroFund[:11] + "zzzzzzzzzzz" + moneroFund[22:], "", ErrCharacter, "a block beyond 64 bits"},
		{XMR, "5be5543ff73456ab9f2d207887e2af87322c651ea1a873c5b25b7ffae456c320", "", ErrLength, "64 hex digits (listed as XMR)"},
		{XMR, testnetMonero(t), "", ErrPrefix, "testnet prefix"},
	})
}

func testnetMonero(t testing.TB) string {
	b, err := moneroDecode(nil, moneroFund)
	if err != nil {
		t.Fatal(err)
	}
	b[0] = 53
	var sum [32]byte
	copy(b[65:], moneroChecksum(&sum, b[:65]))
	return string(moneroEncode(nil, b))
}

// TestMoneroBase58Blocks checks the block codec against big.Int base58, one
// block at a time, including the short last blocks.
func TestMoneroBase58Blocks(t *testing.T) {
	for size := 1; size <= 8; size++ {
		for _, fill := range []byte{0x00, 0x01, 0x7f, 0xff} {
			b := make([]byte, size)
			for i := range b {
				b[i] = fill
			}
			got := string(moneroEncode(nil, b))
			n := new(big.Int).SetBytes(b)
			want := ""
			for n.Sign() > 0 {
				m := new(big.Int)
				n.DivMod(n, big.NewInt(58), m)
				want = string(b58[m.Int64()]) + want
			}
			want = strings.Repeat("1", moneroBlockDigits[size]-len(want)) + want
			if got != want {
				t.Errorf("moneroEncode(%x) = %s, want %s", b, got, want)
			}
			back, err := moneroDecode(nil, got)
			if err != nil || string(back) != string(b) {
				t.Errorf("moneroDecode(%s) = %x, %v; want %x", got, back, err, b)
			}
		}
	}
	if _, err := moneroDecode(nil, "1111"); err == nil {
		t.Error("a 4-character tail (no block size) decoded")
	}
}
