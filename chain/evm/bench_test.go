package evm_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sanctionscreen/ofac/chain"
	"github.com/sanctionscreen/ofac/chain/evm"
	"github.com/sanctionscreen/ofac/sdn/snapshot"
)

// BenchmarkOneHop1000 is one hop over an address with 1,000 transfers on
// a local chain with tracing, through HTTP: 250 each of tokens out, coin
// out, coin in and tokens in, from and to 500 counterparties, in 9
// blocks. It reports the requests one search sends (rpc/op).
func BenchmarkOneHop1000(b *testing.B) {
	const each = 250
	w := newWallet(b)
	senders := make([]*wallet, each)
	alloc := types.GenesisAlloc{w.addr: {Balance: ether(10_000_000)}}
	for i := range senders {
		senders[i] = newWallet(b)
		alloc[senders[i].addr] = types.Account{Balance: ether(10_000)}
	}
	n := startTracingNode(b, alloc)
	tokenTx := n.send(b, w, nil, nil, contractCode(b, "token"), 500_000)
	token := crypto.CreateAddress(w.addr, tokenTx.Nonce())
	n.commit()
	sent := 0
	send := func(from *wallet, to *common.Address, value *big.Int, data []byte, gas uint64) {
		n.send(b, from, to, value, data, gas)
		if sent++; sent%125 == 0 {
			n.commit()
		}
	}
	for _, s := range senders {
		send(w, &token, nil, calldata(selTransfer, s.addr, tokens(10)), 200_000)
	}
	for i := range each {
		to := common.BigToAddress(big.NewInt(int64(0x10000 + i)))
		send(w, &to, ether(1), nil, 21_000)
	}
	for _, s := range senders {
		send(s, &w.addr, ether(2), nil, 21_000)
	}
	for _, s := range senders {
		send(s, &token, nil, calldata(selTransfer, w.addr, tokens(3)), 200_000)
	}
	n.commit()

	list, err := snapshot.SDN()
	if err != nil {
		b.Fatal(err)
	}
	wl := chain.NewWatchlist(list)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	src, err := evm.Dial(ctx, n.url)
	if err != nil {
		b.Fatal(err)
	}
	defer src.Close()

	exp, err := chain.OneHop(ctx, src, wl, w.addr.Hex(), chain.Span{})
	if err != nil {
		b.Fatal(err)
	}
	var in, out int
	for _, t := range exp.In.Totals {
		in += t.Transfers
	}
	for _, t := range exp.Out.Totals {
		out += t.Transfers
	}
	if in != 2*each || out != 2*each || len(exp.In.Counterparties) != each || len(exp.Out.Counterparties) != 2*each {
		b.Fatalf("found %d in, %d out, %d senders, %d recipients", in, out, len(exp.In.Counterparties), len(exp.Out.Counterparties))
	}

	b.ReportAllocs()
	before := src.RoundTrips()
	runs := 0
	for b.Loop() {
		if _, err := chain.OneHop(ctx, src, wl, w.addr.Hex(), chain.Span{}); err != nil {
			b.Fatal(err)
		}
		runs++
	}
	b.ReportMetric(float64(src.RoundTrips()-before)/float64(runs), "rpc/op")
}
