package chain_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/sanctionscreen/ofac/chain"
	"github.com/sanctionscreen/ofac/sdn"
	"github.com/sanctionscreen/ofac/sdn/snapshot"
)

// sourceFunc is a Source answering from memory, for the tests of OneHop
// and Cache; the Sources over real nodes are tested in chain/evm and
// chain/bitcoin.
type sourceFunc func(ctx context.Context, address string, span chain.Span) ([]chain.Transfer, error)

func (f sourceFunc) Transfers(ctx context.Context, address string, span chain.Span) ([]chain.Transfer, error) {
	return f(ctx, address, span)
}

func fixed(ts []chain.Transfer, err error) chain.Source {
	return sourceFunc(func(context.Context, string, chain.Span) ([]chain.Transfer, error) { return ts, err })
}

// realList is the embedded SDN list of 2025-11-19.
func realList(t testing.TB) *sdn.List {
	t.Helper()
	l, err := snapshot.SDN()
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// firstWallet returns the first address the list gives under asset.
func firstWallet(t testing.TB, l *sdn.List, asset string) string {
	t.Helper()
	for _, e := range l.Entries {
		for _, w := range e.Wallets {
			if w.Asset == asset {
				return w.Address
			}
		}
	}
	t.Fatalf("no %s wallet in the list", asset)
	return ""
}

// listingsOf finds the listings of address by reading the list itself, not
// through the Watchlist: hex addresses compared in any case, the others
// exactly.
func listingsOf(l *sdn.List, address string) []chain.Listing {
	var out []chain.Listing
	for i := range l.Entries {
		e := &l.Entries[i]
		for _, w := range e.Wallets {
			same := w.Address == address
			if strings.HasPrefix(address, "0x") {
				same = strings.EqualFold(w.Address, address)
			}
			if same {
				key := w.Address
				if strings.HasPrefix(key, "0x") {
					key = strings.ToLower(key)
				}
				out = append(out, chain.Listing{Entry: e, Asset: chain.Asset(w.Asset), Address: w.Address, Key: key})
			}
		}
	}
	return out
}

var cmpOpts = []cmp.Option{
	cmp.Comparer(func(a, b *big.Int) bool { return a.Cmp(b) == 0 }),
	// Entries are compared by identity: the listing must point into the
	// list the Watchlist was built from.
	cmp.Comparer(func(a, b *sdn.Entry) bool { return a == b }),
	cmp.Comparer(func(a, b error) bool { return a == b || a != nil && b != nil && a.Error() == b.Error() }),
}

func amount(n int64) *big.Int { return big.NewInt(n) }

func TestOneHopEVM(t *testing.T) {
	l := realList(t)
	wl := chain.NewWatchlist(l)
	listed := strings.ToLower(firstWallet(t, l, "ETH"))
	want := listingsOf(l, listed)
	if len(want) == 0 {
		t.Fatal("the listed address has no listing")
	}
	const (
		me    = "0x1111111111111111111111111111111111111111"
		alice = "0x2222222222222222222222222222222222222222"
		bob   = "0x3333333333333333333333333333333333333333"
		fwd   = "0x4444444444444444444444444444444444444444"
		usdt  = "0xdac17f958d2ee523a2206206994597c13d831ec7"
	)
	at := time.Date(2025, 11, 20, 12, 0, 0, 0, time.UTC)
	tr := func(kind chain.Kind, token, tx string, index uint, from, to string, n int64, block uint64) chain.Transfer {
		return chain.Transfer{Asset: chain.ETH, Token: token, Kind: kind, TxHash: tx, Index: index, From: from, To: to,
			Amount: amount(n), Block: block, Time: at.Add(time.Duration(block) * 12 * time.Second)}
	}
	inListed := tr(chain.Native, "", "0xa1", 0, listed, me, 1500, 10)
	inAlice := tr(chain.Token, usdt, "0xa2", 3, alice, me, 70, 11)
	self := tr(chain.Native, "", "0xa3", 0, me, me, 9, 11)
	outBob1 := tr(chain.Native, "", "0xa4", 0, me, bob, 25, 12)
	outBob2 := tr(chain.Native, "", "0xa5", 0, me, bob, 5, 13)
	outListed := tr(chain.Token, usdt, "0xa6", 7, me, listed, 30, 13)
	inFwd := tr(chain.Internal, "", "0xa7", 1, fwd, me, 75, 14)
	src := fixed([]chain.Transfer{inListed, inAlice, self, outBob1, outBob2, outListed, inFwd}, nil)

	got, err := chain.OneHop(context.Background(), src, wl, " "+me+"\n", chain.Span{From: 10})
	if err != nil {
		t.Fatal(err)
	}
	exp := &chain.Exposure{
		Address: me,
		Span:    chain.Span{From: 10},
		In: chain.Side{
			Counterparties: []chain.Counterparty{
				{Address: listed, Listings: want, Transfers: []chain.Transfer{inListed},
					Totals: []chain.Total{{Asset: chain.ETH, Amount: amount(1500), Transfers: 1}}},
				{Address: alice, Transfers: []chain.Transfer{inAlice},
					Totals: []chain.Total{{Asset: chain.ETH, Token: usdt, Amount: amount(70), Transfers: 1}}},
				{Address: fwd, Transfers: []chain.Transfer{inFwd},
					Totals: []chain.Total{{Asset: chain.ETH, Amount: amount(75), Transfers: 1}}},
			},
			Totals: []chain.Total{
				{Asset: chain.ETH, Amount: amount(1575), Transfers: 2},
				{Asset: chain.ETH, Token: usdt, Amount: amount(70), Transfers: 1},
			},
		},
		Out: chain.Side{
			Counterparties: []chain.Counterparty{
				{Address: listed, Listings: want, Transfers: []chain.Transfer{outListed},
					Totals: []chain.Total{{Asset: chain.ETH, Token: usdt, Amount: amount(30), Transfers: 1}}},
				{Address: bob, Transfers: []chain.Transfer{outBob1, outBob2},
					Totals: []chain.Total{{Asset: chain.ETH, Amount: amount(30), Transfers: 2}}},
			},
			Totals: []chain.Total{
				{Asset: chain.ETH, Amount: amount(30), Transfers: 2},
				{Asset: chain.ETH, Token: usdt, Amount: amount(30), Transfers: 1},
			},
		},
		Complete: true,
	}
	if diff := cmp.Diff(exp, got, cmpOpts...); diff != "" {
		t.Errorf("Exposure (-want +got):\n%s", diff)
	}
	if !got.Listed() {
		t.Error("Listed() = false with a listed counterparty on each side")
	}
	if n := len(got.In.Listed()); n != 1 {
		t.Errorf("In.Listed() has %d counterparties, want 1", n)
	}

	// The screened address itself listed, given in upper case.
	got, err = chain.OneHop(context.Background(), fixed(nil, nil), wl, "0x"+strings.ToUpper(listed[2:]), chain.Span{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(&chain.Exposure{Address: listed, Listings: want, Complete: true}, got, cmpOpts...); diff != "" {
		t.Errorf("listed address with no transfers (-want +got):\n%s", diff)
	}
}

// TestOneHopBitcoin checks the Bitcoin shape: several senders of one output
// each get the transfer, and the totals count the output once; minted coins
// and outputs to no address count in the totals only.
func TestOneHopBitcoin(t *testing.T) {
	l := realList(t)
	wl := chain.NewWatchlist(l)
	listed := firstWallet(t, l, "XBT")
	want := listingsOf(l, listed)
	const (
		me     = "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
		other  = "1BoatSLRHtKNngkdXEeobR76b53LETtpyT"
		payee  = "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"
		txPay  = "9f3c0000000000000000000000000000000000000000000000000000000000aa"
		txMint = "9f3c0000000000000000000000000000000000000000000000000000000000bb"
		txOut  = "9f3c0000000000000000000000000000000000000000000000000000000000cc"
	)
	at := time.Date(2025, 1, 3, 0, 0, 0, 0, time.UTC)
	btc := func(tx string, index uint, from, to string, sat int64, block uint64) chain.Transfer {
		return chain.Transfer{Asset: chain.XBT, Kind: chain.Native, TxHash: tx, Index: index, From: from, To: to,
			Amount: amount(sat), Block: block, Time: at}
	}
	mint := btc(txMint, 0, "", me, 312_500_000, 100)
	fromListed := btc(txPay, 1, listed, me, 40_000, 101)
	fromOther := btc(txPay, 1, other, me, 40_000, 101)
	toPayee := btc(txOut, 0, me, payee, 10_000, 102)
	toData := btc(txOut, 2, me, "", 1, 102)
	src := fixed([]chain.Transfer{mint, fromListed, fromOther, toPayee, toData}, nil)

	got, err := chain.OneHop(context.Background(), src, wl, me, chain.Span{})
	if err != nil {
		t.Fatal(err)
	}
	exp := &chain.Exposure{
		Address: me,
		In: chain.Side{
			Counterparties: []chain.Counterparty{
				{Address: listed, Listings: want, Transfers: []chain.Transfer{fromListed},
					Totals: []chain.Total{{Asset: chain.XBT, Amount: amount(40_000), Transfers: 1}}},
				{Address: other, Transfers: []chain.Transfer{fromOther},
					Totals: []chain.Total{{Asset: chain.XBT, Amount: amount(40_000), Transfers: 1}}},
			},
			Totals: []chain.Total{{Asset: chain.XBT, Amount: amount(312_540_000), Transfers: 2}},
		},
		Out: chain.Side{
			Counterparties: []chain.Counterparty{
				{Address: payee, Transfers: []chain.Transfer{toPayee},
					Totals: []chain.Total{{Asset: chain.XBT, Amount: amount(10_000), Transfers: 1}}},
			},
			Totals: []chain.Total{{Asset: chain.XBT, Amount: amount(10_001), Transfers: 2}},
		},
		Complete: true,
	}
	if diff := cmp.Diff(exp, got, cmpOpts...); diff != "" {
		t.Errorf("Exposure (-want +got):\n%s", diff)
	}
}

func TestOneHopIncomplete(t *testing.T) {
	const me = "0x1111111111111111111111111111111111111111"
	found := chain.Transfer{Asset: chain.ETH, Kind: chain.Native, TxHash: "0xb1", From: "0x5555555555555555555555555555555555555555",
		To: me, Amount: amount(3), Block: 7}
	cause := fmt.Errorf("blocks: %w", context.DeadlineExceeded)
	gaps := []chain.Gap{
		{Reason: chain.Canceled, From: 8, To: 20, Err: cause},
		{Reason: chain.InternalNotCovered, Err: errors.New("the method debug_traceBlockByNumber does not exist/is not available")},
	}
	got, err := chain.OneHop(context.Background(), fixed([]chain.Transfer{found}, &chain.IncompleteError{Gaps: gaps}), nil, me, chain.Span{To: 20})
	if !errors.Is(err, chain.ErrIncomplete) || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want ErrIncomplete and DeadlineExceeded", err)
	}
	if got == nil {
		t.Fatal("no Exposure with an incomplete result")
	}
	exp := &chain.Exposure{
		Address: me,
		Span:    chain.Span{To: 20},
		In: chain.Side{
			Counterparties: []chain.Counterparty{{Address: found.From, Transfers: []chain.Transfer{found},
				Totals: []chain.Total{{Asset: chain.ETH, Amount: amount(3), Transfers: 1}}}},
			Totals: []chain.Total{{Asset: chain.ETH, Amount: amount(3), Transfers: 1}},
		},
		Gaps: gaps,
	}
	if diff := cmp.Diff(exp, got, cmpOpts...); diff != "" {
		t.Errorf("Exposure (-want +got):\n%s", diff)
	}
	if want := "chain: search incomplete: canceled (blocks 8-20): blocks: context deadline exceeded; " +
		"internal transfers not covered: the method debug_traceBlockByNumber does not exist/is not available"; err.Error() != want {
		t.Errorf("Error() = %q\nwant      %q", err, want)
	}
}

func TestOneHopErrors(t *testing.T) {
	boom := errors.New("boom")
	for _, tc := range []struct {
		name    string
		src     chain.Source
		address string
		want    error
	}{
		{"source error", fixed([]chain.Transfer{{}}, boom), "0x1111111111111111111111111111111111111111", boom},
		{"empty address", fixed(nil, nil), " \t", chain.ErrInvalidAddress},
		{"address error from the source", fixed(nil, &chain.AddressError{Asset: chain.ETH, Address: "0x12", Err: chain.ErrLength}), "0x12", chain.ErrInvalidAddress},
	} {
		got, err := chain.OneHop(context.Background(), tc.src, nil, tc.address, chain.Span{})
		if !errors.Is(err, tc.want) || got != nil {
			t.Errorf("%s: OneHop = %v, %v; want nil, %v", tc.name, got, err, tc.want)
		}
	}
	if _, err := chain.OneHop(context.Background(), nil, nil, "x", chain.Span{}); err == nil {
		t.Error("nil Source: no error")
	}
}

func TestSpan(t *testing.T) {
	day := time.Date(2025, 11, 19, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		span  chain.Span
		block uint64
		at    time.Time
		in    bool
	}{
		{chain.Span{}, 0, day, true},
		{chain.Span{From: 5, To: 9}, 4, day, false},
		{chain.Span{From: 5, To: 9}, 5, day, true},
		{chain.Span{From: 5, To: 9}, 9, day, true},
		{chain.Span{From: 5, To: 9}, 10, day, false},
		{chain.Span{From: 5}, 1 << 40, day, true},
		{chain.Span{Since: day}, 1, day, true},
		{chain.Span{Since: day}, 1, day.Add(-time.Second), false},
		{chain.Span{Until: day}, 1, day, false},
		{chain.Span{Until: day}, 1, day.Add(-time.Second), true},
	} {
		if got := tc.span.Contains(tc.block, tc.at); got != tc.in {
			t.Errorf("%v.Contains(%d, %v) = %v", tc.span, tc.block, tc.at, got)
		}
	}
	if s := (chain.Span{From: 3, Since: day}).String(); s != "blocks 3-head since 2025-11-19T00:00:00Z" {
		t.Errorf("String() = %q", s)
	}
	if !(chain.Span{From: 3}).Open() || (chain.Span{To: 3}).Open() || (chain.Span{Until: day}).Open() {
		t.Error("Open() wrong")
	}
}
