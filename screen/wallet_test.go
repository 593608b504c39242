package screen

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/sanctionscreen/ofac/sdn"
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

// TestScreenWalletField: a wallet field that holds more than an address
// is screened by the addresses in it, whole words only, and the reason
// says how the address was read: a label in words, several addresses,
// an EVM chain's name, a block explorer's link.
func TestScreenWalletField(t *testing.T) {
	s := mustScreener(t)
	const (
		sim    = "0x4f47bc496083c727c5fbe3ce9cdf2b0f6496270c"   // SIM, Hyon Sop, 42498, listed as ETH, ARB and BSC
		p2pkh  = "123WBUDmSJv4GctdVEz6Qq6z8nXSKrJ4KX"           // 36216, XBT
		chatex = "rnXyVQzgxZe7TR1EPzTkGj2jxH4LMJYh66"           // CHATEX, 33854, XRP
		sol    = "42RLPACwZPx3vYYmxSueqsogfynBDqXK298EDsNoyoHi" // SOKOLOVSKI, Rolan, 56360, SOL
		txHash = "0x5be5543ff73456ab9f2d207887e2af87322c651ea1a873c5b25b7ffae456c320"
	)
	tests := []struct {
		wallet string
		uids   []int
		reason string // in the first hit's reasons
	}{
		// Labels in words, and EVM chains' names.
		{"ETH " + lazarusETH, []int{27307}, `wallet "ETH ` + lazarusETH + `" holds the address ` + lazarusETH},
		{"BTC " + wangXBT, []int{43421}, "holds the address " + wangXBT},
		{"USDT TRC20: " + grinexTRX, []int{55045}, "holds the address " + grinexTRX},
		{"USDT (TRC20) " + grinexTRX, []int{55045}, "holds the address"},
		{"ERC20: " + lazarusETH, []int{27307}, "is listed as ETH"},
		{"BEP20 " + lazarusETH, []int{27307}, "holds the address"},
		{"wallet: " + lazarusETH, []int{27307}, "holds the address"},
		{"Address: " + wangXBT, []int{43421}, "holds the address"},
		{"ARB " + sim, []int{42498}, "holds the address"},
		{"pol:" + lazarusETH, []int{27307}, "is listed as ETH"},
		{"linea:" + lazarusETH, []int{27307}, "is listed"},
		{"zksync:" + lazarusETH, []int{27307}, "is listed"},
		{"op:" + sim, []int{42498}, "is listed"},
		{"polygon:" + sim, []int{42498}, "is listed"},
		// Several addresses in one wallet.
		{lazarusETH + ", " + wangXBT, []int{27307, 43421}, "holds the address"},
		{lazarusETH + " " + p2pkh, []int{27307, 36216}, "holds the address"},
		{lazarusETH + ";" + grinexTRX, []int{27307, 55045}, "holds the address"},
		// Block explorers' links.
		{"https://etherscan.io/address/" + lazarusETH, []int{27307}, "link https://etherscan.io/address/" + lazarusETH + " shows wallet " + lazarusETH},
		{"https://bscscan.com/address/" + strings.ToLower(lazarusETH) + "#tokentxns", []int{27307}, "shows wallet"},
		{"https://tronscan.org/#/address/" + grinexTRX, []int{55045}, "shows wallet"},
		{"https://mempool.space/address/" + wangXBT, []int{43421}, "shows wallet"},
		{"https://www.blockchain.com/explorer/addresses/btc/" + wangXBT, []int{43421}, "shows wallet"},
		{"https://blockchair.com/bitcoin/address/" + p2pkh, []int{36216}, "shows wallet"},
		{"https://solscan.io/account/" + sol, []int{56360}, "shows wallet"},
		{"https://xrpscan.com/account/" + chatex, []int{33854}, "shows wallet"},
		{"etherscan.io/address/" + lazarusETH, []int{27307}, "shows wallet"},
		// A transaction's link names no address; an address inside a
		// word is none of the wallet's.
		{"https://etherscan.io/tx/" + txHash + "?from=" + lazarusETH, nil, ""},
		{"pay 0xabc" + lazarusETH[2:] + "def now", nil, ""},
		{"x" + grinexTRX + " y", nil, ""},
	}
	for _, tc := range tests {
		hits := s.Wallet(tc.wallet)
		got := hitUIDs(hits)
		slices.Sort(got)
		if !slices.Equal(got, tc.uids) {
			t.Errorf("Wallet(%q) = %v, want %v", tc.wallet, got, tc.uids)
			continue
		}
		if len(hits) > 0 && (hits[0].Score != 1 || !containsReason(hits[0].Reasons, tc.reason)) {
			t.Errorf("Wallet(%q): score %v, reasons %q, want one with %q", tc.wallet, hits[0].Score, hits[0].Reasons, tc.reason)
		}
	}
}

// TestScreenWalletLookAlikes: a listed address written with letters of
// another script that look like Latin ones is found, in the case of the
// letters they imitate, and the reason says so.
func TestScreenWalletLookAlikes(t *testing.T) {
	s := mustScreener(t)
	tests := []struct {
		wallet string
		uid    int
	}{
		{"0x098\u0412716\u04128\u0410\u0430f21512996d\u042157\u0415\u04120615\u04352383\u04152f96", 27307}, // Cyrillic В, А, а, С, Е, е
		{"T\u0410YhjpL8pPs8T84FSM329nffQpc6jD8GB\u041c", 55045},                                            // Cyrillic А, М: base58 keeps the case
		{"b\u04411q05aktddf9\u0441e4p7hh3stgsf253m4vweu7nkhtmw", 43421},                                    // Cyrillic с in bech32
		{"USDT TRC20: T\u0410YhjpL8pPs8T84FSM329nffQpc6jD8GBM", 55045},                                     // in words
	}
	for _, tc := range tests {
		hits := s.Wallet(tc.wallet)
		if !slices.Equal(hitUIDs(hits), []int{tc.uid}) {
			t.Errorf("Wallet(%q) = %v, want %d", tc.wallet, hitUIDs(hits), tc.uid)
			continue
		}
		if !containsReason(hits[0].Reasons, "letters of another script that look like Latin ones") {
			t.Errorf("Wallet(%q): reasons %q", tc.wallet, hits[0].Reasons)
		}
	}
	// Letters that imitate another address, and words of another script,
	// find nothing.
	for _, w := range []string{"0x098\u0412716\u04128\u0410\u0430f21512996d\u042157\u0415\u04120615\u04352383\u04152f97", "\u041c\u043e\u0441\u043a\u0432\u0430", "\xff\u0430"} {
		if hits := s.Wallet(w); len(hits) > 0 {
			t.Errorf("Wallet(%q) = %v, want none", w, hitUIDs(hits))
		}
	}
	if got := lookAlikeFold("\xff\u0430"); got != "\xffa" {
		t.Errorf("lookAlikeFold kept %q, want the byte that is not UTF-8 as it is", got)
	}
}

// FuzzScreenWallet: a wallet of any text gives hits of score 1 whose
// matched address the entry lists, each with its reasons; lookAlikeFold
// is stable and changes only what is not ASCII.
func FuzzScreenWallet(f *testing.F) {
	for _, s := range []string{
		lazarusETH, "ETH " + lazarusETH, "USDT TRC20: " + grinexTRX, lazarusETH + ", " + wangXBT,
		"https://tronscan.org/#/address/" + grinexTRX, "0x098\u0412716\u04128\u0410\u0430f21512996d\u042157\u0415\u04120615\u04352383\u04152f96",
		"\uff10\uff58" + lazarusETH[2:], "\xff\u0430", "bitcoin:?bc=" + wangXBT,
	} {
		f.Add(s)
	}
	s := mustScreener(f)
	f.Fuzz(func(t *testing.T, w string) {
		for _, h := range s.Wallet(w) {
			if h.Score != 1 || h.Entry == nil || len(h.Reasons) == 0 ||
				!slices.ContainsFunc(h.Entry.Wallets, func(x sdn.Wallet) bool { return x.Address == h.Matched }) {
				t.Fatalf("Wallet(%q): bad hit %+v", w, h)
			}
		}
		f := lookAlikeFold(w)
		if lookAlikeFold(f) != f {
			t.Fatalf("lookAlikeFold(%q) = %q, and of that %q", w, f, lookAlikeFold(f))
		}
		if f != w && len(f) > len(w) {
			t.Fatalf("lookAlikeFold(%q) = %q, longer", w, f)
		}
	})
}

// BenchmarkScreenWallet screens one wallet: a clean address (the usual
// payee), a listed one, and a field with a label in words.
func BenchmarkScreenWallet(b *testing.B) {
	s := mustScreener(b)
	for _, w := range []struct{ name, wallet string }{
		{"clean", "0x0000000000000000000000000000000000000001"},
		{"listed", lazarusETH},
		{"label", "USDT TRC20: " + grinexTRX},
	} {
		b.Run(w.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				s.Wallet(w.wallet)
			}
		})
	}
}
