package evm_test

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/sanctionscreen/ofac/chain"
	"github.com/sanctionscreen/ofac/chain/evm"
	"github.com/sanctionscreen/ofac/sdn/snapshot"
)

// Screening a wallet one hop out through an Ethereum node over the last
// day or so of blocks. (Not run: it needs a node; the tests run the same
// calls against a local chain.)
func ExampleDial() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	src, err := evm.Dial(ctx, "http://127.0.0.1:8545", evm.WithMaxBlocks(7_200), evm.WithConcurrency(8))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer src.Close()
	list, err := snapshot.SDN()
	if err != nil {
		fmt.Println(err)
		return
	}
	cache, _ := chain.NewCache(src, 1024, 5*time.Minute)
	exp, err := chain.OneHop(ctx, cache, chain.NewWatchlist(list), "0x2000000000000000000000000000000000000002",
		chain.Span{Since: time.Now().Add(-24 * time.Hour)})
	if errors.Is(err, chain.ErrIncomplete) {
		fmt.Println("partial:", exp.Gaps)
	} else if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range append(exp.In.Listed(), exp.Out.Listed()...) {
		fmt.Println("listed counterparty:", c.Address, c.Listings[0].Entry.Name)
	}
	fmt.Println("requests sent:", src.RoundTrips())
}
