package bitcoin_test

import (
	"context"
	"errors"
	"math/big"
	"sort"
	"testing"
	"time"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/rpcclient"
	"github.com/btcsuite/btcd/txscript"
	"github.com/btcsuite/btcd/wire"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/sanctionscreen/ofac/chain"
	"github.com/sanctionscreen/ofac/chain/bitcoin"
	"github.com/sanctionscreen/ofac/sdn"
	"github.com/sanctionscreen/ofac/sdn/snapshot"
)

// key is a key with its simnet address: P2PKH, or P2WPKH when witness.
type key struct {
	priv    *btcec.PrivateKey
	addr    btcutil.Address
	script  []byte
	witness bool
}

func newKey(t testing.TB, witness bool) *key {
	t.Helper()
	priv, err := btcec.NewPrivateKey()
	if err != nil {
		t.Fatal(err)
	}
	h := btcutil.Hash160(priv.PubKey().SerializeCompressed())
	k := &key{priv: priv, witness: witness}
	if witness {
		k.addr, err = btcutil.NewAddressWitnessPubKeyHash(h, params)
	} else {
		k.addr, err = btcutil.NewAddressPubKeyHash(h, params)
	}
	if err != nil {
		t.Fatal(err)
	}
	if k.script, err = txscript.PayToAddrScript(k.addr); err != nil {
		t.Fatal(err)
	}
	return k
}

func (k *key) String() string { return k.addr.EncodeAddress() }

// utxo is an output a key can spend.
type utxo struct {
	op    wire.OutPoint
	value int64
	owner *key
}

func pay(k *key, sat int64) *wire.TxOut { return wire.NewTxOut(sat, k.script) }

// spend builds, signs (btcd's txscript) and sends a transaction.
func (n *btcdNode) spend(t testing.TB, ins []utxo, outs ...*wire.TxOut) *wire.MsgTx {
	t.Helper()
	tx := wire.NewMsgTx(2)
	prev := make(map[wire.OutPoint]*wire.TxOut)
	for _, in := range ins {
		tx.AddTxIn(wire.NewTxIn(&in.op, nil, nil))
		prev[in.op] = wire.NewTxOut(in.value, in.owner.script)
	}
	for _, o := range outs {
		tx.AddTxOut(o)
	}
	hashes := txscript.NewTxSigHashes(tx, txscript.NewMultiPrevOutFetcher(prev))
	for i, in := range ins {
		var err error
		if in.owner.witness {
			tx.TxIn[i].Witness, err = txscript.WitnessSignature(tx, hashes, i, in.value, in.owner.script, txscript.SigHashAll, in.owner.priv, true)
		} else {
			tx.TxIn[i].SignatureScript, err = txscript.SignatureScript(tx, i, in.owner.script, txscript.SigHashAll, in.owner.priv, true)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if _, err := n.client.SendRawTransaction(tx, true); err != nil {
		t.Fatalf("send %s: %v", tx.TxHash(), err)
	}
	return tx
}

func (n *btcdNode) mine(t testing.TB, blocks uint32) []*chainhash.Hash {
	t.Helper()
	hs, err := n.client.Generate(blocks)
	if err != nil {
		t.Fatalf("generate: %v", err)
	}
	return hs
}

func (n *btcdNode) coinbase(t testing.TB, block *chainhash.Hash, miner *key) utxo {
	t.Helper()
	b, err := n.client.GetBlock(block)
	if err != nil {
		t.Fatal(err)
	}
	cb := b.Transactions[0]
	return utxo{op: wire.OutPoint{Hash: cb.TxHash(), Index: 0}, value: cb.TxOut[0].Value, owner: miner}
}

const coin = btcutil.SatoshiPerBitcoin

// btcScenario is a simnet chain on which the screened wallet w (P2WPKH)
// was paid by a transaction that spent the listed key l's coins together
// with a's, and by the miner; then paid b and l, with change to itself.
type btcScenario struct {
	node          *btcdNode
	m, w, l, a, b *key
	list          *sdn.List
	wl            *chain.Watchlist
	head          uint64
	pos           map[string]int // position of each transaction in its block
	inL, inA, inM chain.Transfer
	outB, outL    chain.Transfer
}

func buildBitcoin(t *testing.T) *btcScenario {
	t.Helper()
	s := &btcScenario{m: newKey(t, false), w: newKey(t, true), l: newKey(t, false), a: newKey(t, false), b: newKey(t, true)}
	n := startBtcd(t, s.m.addr)
	s.node = n

	real, err := snapshot.SDN()
	if err != nil {
		t.Fatal(err)
	}
	s.list = &sdn.List{Source: real.Source, Published: real.Published, Entries: append(append([]sdn.Entry(nil), real.Entries...),
		sdn.Entry{UID: 990002, Name: "TEST WALLET HOLDER", Kind: sdn.Entity, Programs: []string{"CYBER2"},
			Wallets: []sdn.Wallet{{Asset: "XBT", Address: s.l.String()}}})}
	s.wl = chain.NewWatchlist(s.list)

	// Segwit activates at height 300 on simnet; coinbases mature after
	// 100 blocks.
	early := n.mine(t, 300)
	cb1, cb2 := n.coinbase(t, early[0], s.m), n.coinbase(t, early[1], s.m)
	const fee = 100_000
	tx1 := n.spend(t, []utxo{cb1}, pay(s.l, 10*coin), pay(s.a, 10*coin), pay(s.m, cb1.value-20*coin-fee))
	n.mine(t, 1) // 301
	h1 := tx1.TxHash()
	tx2 := n.spend(t, []utxo{{wire.OutPoint{Hash: h1, Index: 0}, 10 * coin, s.l}, {wire.OutPoint{Hash: h1, Index: 1}, 10 * coin, s.a}},
		pay(s.w, 15*coin), pay(s.a, 5*coin-fee))
	tx3 := n.spend(t, []utxo{cb2}, pay(s.m, cb2.value-2*coin-fee), pay(s.w, 2*coin))
	n.mine(t, 1) // 302
	data, _ := txscript.NullDataScript([]byte("ofac"))
	tx4 := n.spend(t, []utxo{{wire.OutPoint{Hash: tx2.TxHash(), Index: 0}, 15 * coin, s.w}},
		pay(s.b, 3*coin), pay(s.l, 1*coin), wire.NewTxOut(0, data), pay(s.w, 11*coin-fee))
	last := n.mine(t, 1) // 303
	// Left in the mempool: not in any block, not in any result.
	n.spend(t, []utxo{{wire.OutPoint{Hash: tx3.TxHash(), Index: 1}, 2 * coin, s.w}}, pay(s.b, coin/2), pay(s.w, 3*coin/2-fee))
	s.head = 303

	s.pos = make(map[string]int)
	times := make(map[uint64]time.Time)
	for height := uint64(301); height <= 303; height++ {
		h, err := n.client.GetBlockHash(int64(height))
		if err != nil {
			t.Fatal(err)
		}
		b, err := n.client.GetBlock(h)
		if err != nil {
			t.Fatal(err)
		}
		times[height] = b.Header.Timestamp.UTC()
		for i, tx := range b.Transactions {
			s.pos[tx.TxHash().String()] = i
		}
	}
	if *last[0] == (chainhash.Hash{}) {
		t.Fatal("no block 303")
	}
	tr := func(tx *wire.MsgTx, out uint, from, to *key, sat int64, height uint64) chain.Transfer {
		if _, ok := s.pos[tx.TxHash().String()]; !ok {
			t.Fatalf("transaction %s not mined", tx.TxHash())
		}
		return chain.Transfer{Asset: chain.XBT, Kind: chain.Native, TxHash: tx.TxHash().String(), Index: out,
			From: from.String(), To: to.String(), Amount: big.NewInt(sat), Block: height, Time: times[height]}
	}
	s.inL = tr(tx2, 0, s.l, s.w, 15*coin, 302)
	s.inA = tr(tx2, 0, s.a, s.w, 15*coin, 302)
	s.inM = tr(tx3, 1, s.m, s.w, 2*coin, 302)
	s.outB = tr(tx4, 0, s.w, s.b, 3*coin, 303)
	s.outL = tr(tx4, 1, s.w, s.l, 1*coin, 303)
	return s
}

var cmpOpts = []cmp.Option{
	cmp.Comparer(func(a, b *big.Int) bool { return a.Cmp(b) == 0 }),
	cmp.Comparer(func(a, b *sdn.Entry) bool { return a == b }),
	cmpopts.IgnoreFields(chain.Gap{}, "Err"),
}

// chainOrder sorts transfers as the chain holds them.
func (s *btcScenario) chainOrder(ts ...chain.Transfer) []chain.Transfer {
	ts = append([]chain.Transfer(nil), ts...)
	sort.SliceStable(ts, func(i, j int) bool {
		if ts[i].Block != ts[j].Block {
			return ts[i].Block < ts[j].Block
		}
		return s.pos[ts[i].TxHash] < s.pos[ts[j].TxHash]
	})
	return ts
}

func (s *btcScenario) want(span chain.Span) *chain.Exposure {
	listedL := s.wl.Lookup(s.l.String())
	xbt := func(n int, sat int64) []chain.Total {
		return []chain.Total{{Asset: chain.XBT, Amount: big.NewInt(sat), Transfers: n}}
	}
	in := []chain.Counterparty{
		{Address: s.l.String(), Listings: listedL, Transfers: []chain.Transfer{s.inL}, Totals: xbt(1, 15*coin)},
		{Address: s.a.String(), Transfers: []chain.Transfer{s.inA}, Totals: xbt(1, 15*coin)},
		{Address: s.m.String(), Transfers: []chain.Transfer{s.inM}, Totals: xbt(1, 2*coin)},
	}
	out := []chain.Counterparty{
		{Address: s.l.String(), Listings: listedL, Transfers: []chain.Transfer{s.outL}, Totals: xbt(1, coin)},
		{Address: s.b.String(), Transfers: []chain.Transfer{s.outB}, Totals: xbt(1, 3*coin)},
	}
	// Listed first, then by address.
	sort.SliceStable(in[1:], func(i, j int) bool { return in[1+i].Address < in[1+j].Address })
	return &chain.Exposure{
		Address:  s.w.String(),
		Span:     span,
		In:       chain.Side{Counterparties: in, Totals: xbt(2, 17*coin)}, // the co-spent output once
		Out:      chain.Side{Counterparties: out, Totals: xbt(2, 4*coin)},
		Complete: true,
	}
}

// TestBtcd runs every test of a live btcd on one chain: building it takes
// the mining of 303 blocks.
func TestBtcd(t *testing.T) {
	s := buildBitcoin(t)
	t.Run("OneHop", func(t *testing.T) { testOneHop(t, s) })
	t.Run("Transfers", func(t *testing.T) { testTransfers(t, s) })
	t.Run("Faults", func(t *testing.T) { testFaults(t, s) })
}

func testOneHop(t *testing.T, s *btcScenario) {
	if ls := s.wl.Lookup(s.l.String()); len(ls) != 1 || ls[0].Entry.UID != 990002 {
		t.Fatalf("the test key is not on the watchlist: %v", ls)
	}
	src, err := bitcoin.Dial(&rpcclient.ConnConfig{Host: s.node.host, User: rpcUser, Pass: rpcPass, DisableTLS: true}, params)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for _, span := range []chain.Span{{}, {From: 300}, {From: 1, To: 303}, {From: 302, To: 500}} {
		got, err := chain.OneHop(ctx, src, s.wl, s.w.String(), span)
		if err != nil {
			t.Fatalf("%v: %v", span, err)
		}
		if diff := cmp.Diff(s.want(span), got, cmpOpts...); diff != "" {
			t.Errorf("%v: Exposure (-want +got):\n%s", span, diff)
		}
	}
	t.Logf("%d round trips", src.RoundTrips())
}

func testTransfers(t *testing.T, s *btcScenario) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	src := bitcoin.New(newClient(t, s.node.host), params)
	paged := bitcoin.New(newClient(t, s.node.host), params, bitcoin.WithPageSize(1))
	all := s.chainOrder(s.inL, s.inA, s.inM, s.outB, s.outL)
	b302 := s.chainOrder(s.inL, s.inA, s.inM)
	t302 := s.inL.Time
	for _, tc := range []struct {
		name string
		span chain.Span
		want []chain.Transfer
	}{
		{"all", chain.Span{}, all},
		{"closed", chain.Span{From: 1, To: 1000}, all},
		{"block 302", chain.Span{From: 302, To: 302}, b302},
		{"from 303", chain.Span{From: 303}, s.chainOrder(s.outB, s.outL)},
		{"before 302", chain.Span{To: 301}, nil},
		{"since block 302's time", chain.Span{Since: t302}, all},
		{"until block 302's time", chain.Span{From: 302, Until: t302}, nil},
		{"after the head", chain.Span{From: 304}, nil},
	} {
		for name, src := range map[string]*bitcoin.Source{"page 100": src, "page 1": paged} {
			got, err := src.Transfers(ctx, s.w.String(), tc.span)
			if err != nil {
				t.Errorf("%s, %s: %v", tc.name, name, err)
				continue
			}
			if diff := cmp.Diff(tc.want, got, cmpOpts...); diff != "" {
				t.Errorf("%s, %s (-want +got):\n%s", tc.name, name, diff)
			}
		}
	}

	// An address never used: no transfers, no error.
	if got, err := src.Transfers(ctx, newKey(t, false).String(), chain.Span{}); err != nil || got != nil {
		t.Errorf("unused address: %v, %v", got, err)
	}
	for _, bad := range []string{"", "sb1qqqq", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT", s.w.String() + "x"} {
		if _, err := src.Transfers(ctx, bad, chain.Span{}); !errors.Is(err, chain.ErrInvalidAddress) {
			t.Errorf("Transfers(%q): err = %v, want ErrInvalidAddress", bad, err)
		}
	}

	// At most two transactions read (the one in the mempool, then the
	// newest mined): the rest of the span, down from the last block read,
	// is reported cut.
	cut := bitcoin.New(newClient(t, s.node.host), params, bitcoin.WithPageSize(1), bitcoin.WithMaxTransactions(2))
	got, err := cut.Transfers(ctx, s.w.String(), chain.Span{})
	var ie *chain.IncompleteError
	if !errors.As(err, &ie) {
		t.Fatalf("WithMaxTransactions(2): err = %v", err)
	}
	if diff := cmp.Diff([]chain.Gap{{Reason: chain.SpanCut, From: 0, To: 303}}, ie.Gaps, cmpOpts...); diff != "" {
		t.Errorf("WithMaxTransactions(2) gaps (-want +got):\n%s", diff)
	}
	for _, tr := range got {
		if tr.Block != 303 {
			t.Errorf("WithMaxTransactions(2): an old transfer %v", tr)
		}
	}
}
