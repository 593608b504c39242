package evm_test

import (
	"context"
	"errors"
	"math/big"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/sanctionscreen/ofac/chain"
	"github.com/sanctionscreen/ofac/chain/evm"
	"github.com/sanctionscreen/ofac/sdn"
	"github.com/sanctionscreen/ofac/sdn/snapshot"
)

// lazarus is an address the SDN list of 2025-11-19 gives for the Lazarus
// Group (the Ronin bridge theft): the screened wallet pays it, which needs
// no key of it.
const lazarus = "0x098B716B8Aaf21512996dC57EB0615e2383E2f96"

// testUID is the entry the tests add to the real list for a key they hold.
const testUID = 990001

// scenario is a chain on which the screened wallet w was paid by a listed
// key l and by others, and paid l, a listed address of the real list and
// others, in every kind of transfer.
type scenario struct {
	node    *chainNode
	w, l, a *wallet
	token   common.Address
	fwd     common.Address
	list    *sdn.List
	wl      *chain.Watchlist
	last    uint64          // the chain's head
	txIndex map[string]uint // position of each transaction in its block

	// The transfers the test made, as the chain recorded them.
	inToken, inNative, inListedNative, inInternal   chain.Transfer
	outNative, outLazarus, outToken, outListedToken chain.Transfer
	selfSend                                        chain.Transfer // OneHop leaves it out; the Source does not
}

func lower(a common.Address) string { return strings.ToLower(a.Hex()) }

// buildScenario makes the chain. start starts the node given the genesis
// balances.
func buildScenario(t *testing.T, start func(testing.TB, types.GenesisAlloc) *chainNode) *scenario {
	t.Helper()
	d, w, l, a, b, c := newWallet(t), newWallet(t), newWallet(t), newWallet(t), newWallet(t), newWallet(t)
	alloc := types.GenesisAlloc{}
	for _, x := range []*wallet{d, w, l, a} {
		alloc[x.addr] = types.Account{Balance: ether(100_000)}
	}
	n := start(t, alloc)
	s := &scenario{node: n, w: w, l: l, a: a}

	// The real list, plus an entry for the key l the test holds.
	real, err := snapshot.SDN()
	if err != nil {
		t.Fatal(err)
	}
	s.list = &sdn.List{Source: real.Source, Published: real.Published, Entries: append(append([]sdn.Entry(nil), real.Entries...),
		sdn.Entry{UID: testUID, Name: "TEST WALLET HOLDER", Kind: sdn.Entity, Programs: []string{"CYBER2"},
			Wallets: []sdn.Wallet{{Asset: "ETH", Address: l.addr.Hex()}}})}
	s.wl = chain.NewWatchlist(s.list)

	// Block 1: the token (all supply to d) and the forwarder paying w.
	tokenTx := n.send(t, d, nil, nil, contractCode(t, "token"), 500_000)
	fwdTx := n.send(t, d, nil, nil, append(contractCode(t, "forwarder"), common.LeftPadBytes(w.addr.Bytes(), 32)...), 500_000)
	s.token, s.fwd = crypto.CreateAddress(d.addr, tokenTx.Nonce()), crypto.CreateAddress(d.addr, fwdTx.Nonce())
	n.commit()
	// Block 2: d funds l and a with tokens.
	n.send(t, d, &s.token, nil, calldata(selTransfer, l.addr, tokens(1000)), 200_000)
	n.send(t, d, &s.token, nil, calldata(selTransfer, a.addr, tokens(500)), 200_000)
	n.commit()
	// Block 3: w is paid by l in tokens and coin and by a in coin, and
	// pays b and the Lazarus Group; d sends w a four-topic Transfer (an
	// NFT-shaped event), which is no token payment.
	inToken := n.send(t, l, &s.token, nil, calldata(selTransfer, w.addr, tokens(300)), 200_000)
	inNative := n.send(t, a, &w.addr, ether(2000), nil, 21_000)
	inListedNative := n.send(t, l, &w.addr, ether(1500), nil, 21_000)
	outNative := n.send(t, w, &b.addr, ether(250), nil, 21_000)
	laz := common.HexToAddress(lazarus)
	outLazarus := n.send(t, w, &laz, ether(100), nil, 21_000)
	nft := n.send(t, d, &s.token, nil, calldata(selTransferNFT, w.addr, big.NewInt(7)), 200_000)
	n.commit()
	// Block 4: w pays c and l in tokens; a pays the forwarder, which
	// passes the coin on to w (an internal transfer); w sends coin to the
	// token contract, which reverts it, and to itself.
	outToken := n.send(t, w, &s.token, nil, calldata(selTransfer, c.addr, tokens(100)), 200_000)
	outListedToken := n.send(t, w, &s.token, nil, calldata(selTransfer, l.addr, tokens(50)), 200_000)
	viaFwd := n.send(t, a, &s.fwd, ether(750), nil, 100_000)
	reverted := n.send(t, w, &s.token, big.NewInt(5), nil, 100_000)
	selfSend := n.send(t, w, &w.addr, ether(1000), nil, 21_000)
	n.commit()
	s.last = 4

	for _, tx := range []*types.Transaction{tokenTx, fwdTx, inToken, inNative, inListedNative, outNative, outLazarus, nft, outToken, outListedToken, viaFwd, selfSend} {
		if r, _ := n.receipt(t, tx); r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("transaction %x failed", tx.Hash())
		}
	}
	if r, _ := n.receipt(t, reverted); r.Status != types.ReceiptStatusFailed {
		t.Fatal("the payment to the token contract did not revert")
	}
	if r, _ := n.receipt(t, nft); len(r.Logs) != 1 || len(r.Logs[0].Topics) != 4 {
		t.Fatal("transferNFT did not log a four-topic Transfer")
	}

	s.txIndex = make(map[string]uint)
	native := func(tx *types.Transaction, from, to common.Address) chain.Transfer {
		r, at := n.receipt(t, tx)
		s.txIndex[tx.Hash().Hex()] = r.TransactionIndex
		return chain.Transfer{Asset: chain.ETH, Kind: chain.Native, TxHash: tx.Hash().Hex(), From: lower(from), To: lower(to),
			Amount: tx.Value(), Block: r.BlockNumber.Uint64(), Time: at}
	}
	token := func(tx *types.Transaction, from, to common.Address, v *big.Int) chain.Transfer {
		r, at := n.receipt(t, tx)
		s.txIndex[tx.Hash().Hex()] = r.TransactionIndex
		return chain.Transfer{Asset: chain.ETH, Token: lower(s.token), Kind: chain.Token, TxHash: tx.Hash().Hex(),
			Index: r.Logs[0].Index, From: lower(from), To: lower(to), Amount: v, Block: r.BlockNumber.Uint64(), Time: at}
	}
	s.inToken = token(inToken, l.addr, w.addr, tokens(300))
	s.inNative = native(inNative, a.addr, w.addr)
	s.inListedNative = native(inListedNative, l.addr, w.addr)
	s.inInternal = native(viaFwd, s.fwd, w.addr)
	s.inInternal.Kind, s.inInternal.Index = chain.Internal, 1 // the first call inside the transaction
	s.outNative = native(outNative, w.addr, b.addr)
	s.outLazarus = native(outLazarus, w.addr, laz)
	s.outToken = token(outToken, w.addr, c.addr, tokens(100))
	s.outListedToken = token(outListedToken, w.addr, l.addr, tokens(50))
	s.selfSend = native(selfSend, w.addr, w.addr)
	return s
}

// listingsOf reads the listings of an EVM address off the list itself.
func listingsOf(l *sdn.List, address string) []chain.Listing {
	var out []chain.Listing
	for i := range l.Entries {
		for _, w := range l.Entries[i].Wallets {
			if strings.EqualFold(w.Address, address) {
				out = append(out, chain.Listing{Entry: &l.Entries[i], Asset: chain.Asset(w.Asset), Address: w.Address, Key: strings.ToLower(w.Address)})
			}
		}
	}
	return out
}

var cmpOpts = []cmp.Option{
	cmp.Comparer(func(a, b *big.Int) bool { return a.Cmp(b) == 0 }),
	cmp.Comparer(func(a, b *sdn.Entry) bool { return a == b }),
	cmpopts.IgnoreFields(chain.Gap{}, "Err"),
}

func total(token string, n int, parts ...*big.Int) chain.Total {
	sum := new(big.Int)
	for _, p := range parts {
		sum.Add(sum, p)
	}
	return chain.Total{Asset: chain.ETH, Token: token, Amount: sum, Transfers: n}
}

// want is the Exposure of w over the whole chain, with the internal
// transfer when internal is set.
func (s *scenario) want(internal bool) *chain.Exposure {
	tok := lower(s.token)
	listedL := listingsOf(s.list, s.l.addr.Hex())
	listedLaz := listingsOf(s.list, lazarus)
	in := []chain.Counterparty{
		{Address: lower(s.l.addr), Listings: listedL, Transfers: []chain.Transfer{s.inToken, s.inListedNative},
			Totals: []chain.Total{total("", 1, s.inListedNative.Amount), total(tok, 1, s.inToken.Amount)}},
		{Address: lower(s.a.addr), Transfers: []chain.Transfer{s.inNative},
			Totals: []chain.Total{total("", 1, s.inNative.Amount)}},
	}
	inTotals := []chain.Total{total("", 2, s.inNative.Amount, s.inListedNative.Amount), total(tok, 1, s.inToken.Amount)}
	if internal {
		in = append(in, chain.Counterparty{Address: lower(s.fwd), Transfers: []chain.Transfer{s.inInternal},
			Totals: []chain.Total{total("", 1, s.inInternal.Amount)}})
		inTotals[0] = total("", 3, s.inNative.Amount, s.inListedNative.Amount, s.inInternal.Amount)
	}
	out := []chain.Counterparty{
		{Address: lower(common.HexToAddress(lazarus)), Listings: listedLaz, Transfers: []chain.Transfer{s.outLazarus},
			Totals: []chain.Total{total("", 1, s.outLazarus.Amount)}},
		{Address: lower(s.l.addr), Listings: listedL, Transfers: []chain.Transfer{s.outListedToken},
			Totals: []chain.Total{total(tok, 1, s.outListedToken.Amount)}},
		{Address: s.outNative.To, Transfers: []chain.Transfer{s.outNative},
			Totals: []chain.Total{total("", 1, s.outNative.Amount)}},
		{Address: s.outToken.To, Transfers: []chain.Transfer{s.outToken},
			Totals: []chain.Total{total(tok, 1, s.outToken.Amount)}},
	}
	sortParties(in)
	sortParties(out)
	return &chain.Exposure{
		Address: lower(s.w.addr),
		In:      chain.Side{Counterparties: in, Totals: inTotals},
		Out: chain.Side{Counterparties: out, Totals: []chain.Total{
			total("", 2, s.outNative.Amount, s.outLazarus.Amount),
			total(tok, 2, s.outToken.Amount, s.outListedToken.Amount),
		}},
		Complete: internal,
	}
}

// sortParties puts listed counterparties first, then orders by address:
// the order OneHop promises.
func sortParties(cs []chain.Counterparty) {
	for i := 1; i < len(cs); i++ {
		for j := i; j > 0; j-- {
			a, b := cs[j-1], cs[j]
			if a.Listed() == b.Listed() && a.Address < b.Address || a.Listed() && !b.Listed() {
				break
			}
			cs[j-1], cs[j] = b, a
		}
	}
}

func TestOneHopTracingNode(t *testing.T) {
	s := buildScenario(t, startTracingNode)
	if len(listingsOf(s.list, lazarus)) == 0 {
		t.Fatalf("%s is not in the embedded list", lazarus)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	src, err := evm.Dial(ctx, s.node.url)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	got, err := chain.OneHop(ctx, src, s.wl, s.w.addr.Hex(), chain.Span{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(s.want(true), got, cmpOpts...); diff != "" {
		t.Errorf("Exposure (-want +got):\n%s", diff)
	}
	t.Logf("%d round trips", src.RoundTrips())

	// The same through a Cache: the second search is not sent.
	cache, _ := chain.NewCache(src, 16, 0)
	span := chain.Span{From: 1, To: s.last}
	before := src.RoundTrips()
	for range 2 {
		got, err := chain.OneHop(ctx, cache, s.wl, s.w.addr.Hex(), span)
		if err != nil {
			t.Fatal(err)
		}
		want := s.want(true)
		want.Span = span
		if diff := cmp.Diff(want, got, cmpOpts...); diff != "" {
			t.Errorf("through the cache (-want +got):\n%s", diff)
		}
	}
	if hits, misses := cache.Stats(); hits != 1 || misses != 1 || src.RoundTrips() == before {
		t.Errorf("cache: %d hits, %d misses, %d round trips", hits, misses, src.RoundTrips()-before)
	}
}

// TestOneHopSimulatedBackend runs the scenario on go-ethereum's simulated
// backend as it comes, which serves no debug namespace: everything but the
// internal transfer is found, and the result says internal transfers were
// not covered.
func TestOneHopSimulatedBackend(t *testing.T) {
	s := buildScenario(t, startSimulated)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	src, err := evm.Dial(ctx, s.node.url)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	for range 2 { // the second search knows the node has no tracer
		got, err := chain.OneHop(ctx, src, s.wl, s.w.addr.Hex(), chain.Span{})
		if !errors.Is(err, chain.ErrIncomplete) {
			t.Fatalf("err = %v, want ErrIncomplete", err)
		}
		want := s.want(false)
		want.Gaps = []chain.Gap{{Reason: chain.InternalNotCovered, From: 1, To: s.last}}
		if diff := cmp.Diff(want, got, cmpOpts...); diff != "" {
			t.Errorf("Exposure (-want +got):\n%s", diff)
		}
		if len(got.Gaps) == 1 && !strings.Contains(got.Gaps[0].Err.Error(), "debug_traceBlockByNumber") {
			t.Errorf("gap cause %q does not name the method", got.Gaps[0].Err)
		}
	}
}

// TestTransfersSpans checks that a span selects exactly the transfers of
// its blocks, by number and by time, and the options that cut a search.
func TestTransfersSpans(t *testing.T) {
	s := buildScenario(t, startTracingNode)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	src, err := evm.Dial(ctx, s.node.url, evm.WithBatchSize(1), evm.WithLogRange(1), evm.WithTraceBatch(1))
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	sortChain := func(ts []chain.Transfer) []chain.Transfer {
		ts = append([]chain.Transfer(nil), ts...)
		sort.SliceStable(ts, func(i, j int) bool {
			if ts[i].Block != ts[j].Block {
				return ts[i].Block < ts[j].Block
			}
			return s.txIndex[ts[i].TxHash] < s.txIndex[ts[j].TxHash]
		})
		return ts
	}
	block3 := sortChain([]chain.Transfer{s.inToken, s.inNative, s.inListedNative, s.outNative, s.outLazarus})
	block4 := sortChain([]chain.Transfer{s.outToken, s.outListedToken, s.inInternal, s.selfSend})
	t3 := s.inToken.Time
	t4 := s.outToken.Time
	if !t4.After(t3) {
		t.Fatalf("blocks 3 and 4 have the same time %v", t3)
	}
	for _, tc := range []struct {
		name string
		span chain.Span
		want []chain.Transfer
	}{
		{"all", chain.Span{}, append(append([]chain.Transfer(nil), block3...), block4...)},
		{"block 3", chain.Span{From: 3, To: 3}, block3},
		{"from block 4", chain.Span{From: 4}, block4},
		{"beyond the head", chain.Span{From: 4, To: 1000}, block4},
		{"blocks 1-2", chain.Span{From: 1, To: 2}, nil},
		{"since block 4's time", chain.Span{Since: t4}, block4},
		{"until block 4's time", chain.Span{Until: t4}, block3},
		{"since and until", chain.Span{Since: t3, Until: t4.Add(time.Second)}, append(append([]chain.Transfer(nil), block3...), block4...)},
		{"until before block 0", chain.Span{Until: time.Unix(1, 0)}, nil},
		{"from after the head", chain.Span{From: 9}, nil},
	} {
		got, err := src.Transfers(ctx, lower(s.w.addr), tc.span)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if diff := cmp.Diff(sortChain(tc.want), got, cmpOpts...); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}

	// At most two blocks: the span is cut to its last two.
	cut := evm.New(dialClient(t, s.node.url), evm.WithMaxBlocks(2))
	got, err := cut.Transfers(ctx, lower(s.w.addr), chain.Span{From: 1})
	var ie *chain.IncompleteError
	if !errors.As(err, &ie) {
		t.Fatalf("WithMaxBlocks(2): err = %v", err)
	}
	if diff := cmp.Diff([]chain.Gap{{Reason: chain.SpanCut, From: 1, To: 2}}, ie.Gaps, cmpOpts...); diff != "" {
		t.Errorf("WithMaxBlocks(2) gaps (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(append(append([]chain.Transfer(nil), block3...), block4...), got, cmpOpts...); diff != "" {
		t.Errorf("WithMaxBlocks(2) transfers (-want +got):\n%s", diff)
	}

	// Tracing off: the internal transfer is missing and the result says
	// so.
	off := evm.New(dialClient(t, s.node.url), evm.WithInternal(false))
	got, err = off.Transfers(ctx, lower(s.w.addr), chain.Span{From: 4, To: 4})
	if !errors.As(err, &ie) || len(ie.Gaps) != 1 || ie.Gaps[0].Reason != chain.InternalNotCovered {
		t.Fatalf("WithInternal(false): err = %v", err)
	}
	if diff := cmp.Diff(sortChain([]chain.Transfer{s.outToken, s.outListedToken, s.selfSend}), got, cmpOpts...); diff != "" {
		t.Errorf("WithInternal(false) (-want +got):\n%s", diff)
	}

	for _, bad := range []string{"", "0x12", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT", "0x098b716b8aaf21512996dc57eb0615e2383e2F96"} {
		if _, err := src.Transfers(ctx, bad, chain.Span{}); !errors.Is(err, chain.ErrInvalidAddress) {
			t.Errorf("Transfers(%q): err = %v, want ErrInvalidAddress", bad, err)
		}
	}
}

func dialClient(t testing.TB, url string) *ethclient.Client {
	t.Helper()
	c, err := ethclient.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}
