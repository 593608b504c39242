package bitcoin_test

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/btcsuite/btcd/chaincfg"
	"github.com/btcsuite/btcd/rpcclient"

	"github.com/sanctionscreen/ofac/chain"
	"github.com/sanctionscreen/ofac/chain/bitcoin"
	"github.com/sanctionscreen/ofac/sdn/snapshot"
)

// Screening a wallet one hop out through a btcd run with --txindex and
// --addrindex. (Not run: it needs a node; TestBtcd runs the same calls
// against a btcd it starts.)
func ExampleDial() {
	src, err := bitcoin.Dial(&rpcclient.ConnConfig{Host: "127.0.0.1:8334", User: "user", Pass: "pass"}, &chaincfg.MainNetParams)
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
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	exp, err := chain.OneHop(ctx, src, chain.NewWatchlist(list), "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", chain.Span{})
	if errors.Is(err, chain.ErrIncomplete) {
		fmt.Println("partial:", exp.Gaps)
	} else if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("listed senders:", len(exp.In.Listed()), "listed recipients:", len(exp.Out.Listed()))
}
