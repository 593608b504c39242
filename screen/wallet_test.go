package screen

import (
	"errors"
	"fmt"
	"slices"
	"strings"
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

// TestScreenEveryWallet: a listed wallet is found wherever it stands
// among a query's wallets, however many; Validate bounds their bytes,
// not their number, and says so.
func TestScreenEveryWallet(t *testing.T) {
	s := mustScreener(t)
	clean := func(n int) []string {
		ws := make([]string, n)
		for i := range ws {
			ws[i] = fmt.Sprintf("0x%040x", i+1)
		}
		return ws
	}
	for _, n := range []int{101, 151, 10000} {
		ws := clean(n)
		ws[n-1] = lazarusETH
		if hits := s.Screen(Query{Wallets: ws}); !slices.Equal(hitUIDs(hits), []int{27307}) {
			t.Errorf("listed wallet %d of %d: %v, want Lazarus Group (27307)", n, n, hitUIDs(hits))
		}
	}
	if err := (Query{Wallets: clean(1000)}).Validate(); err != nil {
		t.Errorf("1,000 wallets of 42 bytes: %v", err)
	}
	err := Query{Wallets: clean(MaxWalletBytes/42 + 1)}.Validate()
	if !errors.Is(err, ErrQuery) || !strings.Contains(err.Error(), fmt.Sprintf("bytes in all, more than %d", MaxWalletBytes)) {
		t.Errorf("wallets over MaxWalletBytes: %v", err)
	}
}
