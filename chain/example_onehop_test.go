package chain_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/sanctionscreen/ofac/chain"
	"github.com/sanctionscreen/ofac/sdn/snapshot"
)

// recorded is a Source answering from transfers recorded earlier. In
// production the Source is chain/evm or chain/bitcoin over a node:
//
//	src, err := evm.Dial(ctx, "https://node.example/rpc")
type recorded []chain.Transfer

func (r recorded) Transfers(_ context.Context, address string, span chain.Span) ([]chain.Transfer, error) {
	var out []chain.Transfer
	for _, t := range r {
		if (t.From == address || t.To == address) && span.Contains(t.Block, t.Time) {
			out = append(out, t)
		}
	}
	return out, nil
}

// A payroll platform is about to pay a contractor's wallet. The wallet is
// not on the list, but one hop on chain shows it forwarded its last payout
// to an address OFAC lists for the Lazarus Group.
func ExampleOneHop() {
	list, err := snapshot.SDN()
	if err != nil {
		fmt.Println(err)
		return
	}
	wl := chain.NewWatchlist(list)

	const (
		payroll    = "0x1000000000000000000000000000000000000001"
		contractor = "0x2000000000000000000000000000000000000002"
		lazarus    = "0x098b716b8aaf21512996dc57eb0615e2383e2f96"
	)
	at := time.Date(2025, 11, 3, 9, 0, 0, 0, time.UTC)
	src := recorded{
		{Asset: chain.ETH, Kind: chain.Native, TxHash: "0x01", From: payroll, To: contractor,
			Amount: big.NewInt(2_000_000_000_000_000_000), Block: 23_700_000, Time: at},
		{Asset: chain.ETH, Kind: chain.Native, TxHash: "0x02", From: contractor, To: lazarus,
			Amount: big.NewInt(1_990_000_000_000_000_000), Block: 23_700_120, Time: at.Add(24 * time.Minute)},
	}

	ctx := context.Background()
	exp, err := chain.OneHop(ctx, src, wl, contractor, chain.Span{From: 23_000_000})
	if errors.Is(err, chain.ErrIncomplete) {
		fmt.Println("search incomplete: a clean result proves nothing:", err)
	} else if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("contractor listed:", len(exp.Listings) > 0)
	for _, c := range exp.Out.Listed() {
		for _, l := range c.Listings {
			fmt.Printf("paid %s, listed for %s (%s, UID %d)\n", c.Address, l.Entry.Name, l.Asset, l.Entry.UID)
		}
		for _, t := range c.Transfers {
			fmt.Printf("  tx %s block %d: %s wei\n", t.TxHash, t.Block, t.Amount)
		}
	}
	fmt.Println("paid by:", exp.In.Counterparties[0].Address, "listed:", exp.In.Counterparties[0].Listed())
	// Output:
	// contractor listed: false
	// paid 0x098b716b8aaf21512996dc57eb0615e2383e2f96, listed for Lazarus Group (ETH, UID 27307)
	//   tx 0x02 block 23700120: 1990000000000000000 wei
	// paid by: 0x1000000000000000000000000000000000000001 listed: false
}
