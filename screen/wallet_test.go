package screen

import (
	"slices"
	"testing"
)

// Listed wallets of the snapshot the wallet tests screen.
const (
	lazarusETH = "0x098B716B8Aaf21512996dC57EB0615e2383E2f96" // Lazarus Group, 27307
	grinexTRX  = "TAYhjpL8pPs8T84FSM329nffQpc6jD8GBM"         // Grinex, 55045
	wangXBT    = "bc1q05aktddf9ce4p7hh3stgsf253m4vweu7nkhtmw" // WANG, Yunhe, 43421
)

// TestScreenWalletRepeated: a wallet given many times is one hit with one
// reason, not a reason for every copy.
func TestScreenWalletRepeated(t *testing.T) {
	s := mustScreener(t)
	ws := make([]string, 97)
	for i := range ws {
		ws[i] = lazarusETH
	}
	ws = append(ws, " "+lazarusETH+"\n", "ethereum:"+lazarusETH, "ethereum:"+lazarusETH)
	hits := s.Screen(Query{Wallets: ws})
	if !slices.Equal(hitUIDs(hits), []int{27307}) {
		t.Fatalf("hits %v, want Lazarus Group (27307) alone", hitUIDs(hits))
	}
	// The bare address, padded or not, and the URI: two reasons.
	if len(hits[0].Reasons) != 2 {
		t.Errorf("%d reasons, want 2: %q", len(hits[0].Reasons), hits[0].Reasons)
	}
}
