//go:build trace

package main

// The node clients: go-ethereum's ethclient and btcd's rpcclient. They are
// compiled only with -tags trace, so that `go run ./examples/ofacscreen
// name ...` on a fresh machine does not wait for them (see README.md).

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/btcsuite/btcd/chaincfg"
	"github.com/btcsuite/btcd/rpcclient"

	"github.com/sanctionscreen/ofac/chain"
	"github.com/sanctionscreen/ofac/chain/bitcoin"
	"github.com/sanctionscreen/ofac/chain/evm"
)

func init() { dialSource = dialNode }

func dialNode(ctx context.Context, f *traceFlags) (chain.Source, func(), error) {
	if f.rpc != "" {
		opts := []evm.Option{evm.WithMaxBlocks(f.maxBlocks)}
		if f.asset != "" {
			opts = append(opts, evm.WithAsset(chain.Asset(strings.ToUpper(f.asset))))
		}
		src, err := evm.Dial(ctx, f.rpc, opts...)
		if err != nil {
			return nil, nil, err
		}
		return src, src.Close, nil
	}
	params, ok := map[string]*chaincfg.Params{
		"mainnet": &chaincfg.MainNetParams, "testnet3": &chaincfg.TestNet3Params, "testnet": &chaincfg.TestNet3Params,
		"regtest": &chaincfg.RegressionNetParams, "simnet": &chaincfg.SimNetParams, "signet": &chaincfg.SigNetParams,
	}[strings.ToLower(f.network)]
	if !ok {
		return nil, nil, fmt.Errorf("--network %q: use mainnet, testnet3, regtest, simnet or signet", f.network)
	}
	cfg := &rpcclient.ConnConfig{Host: f.btcd, User: f.user, Pass: f.pass, DisableTLS: f.noTLS}
	if f.cert != "" {
		pem, err := os.ReadFile(f.cert)
		if err != nil {
			return nil, nil, fmt.Errorf("--cert: %w", err)
		}
		cfg.Certificates = pem
	}
	var opts []bitcoin.Option
	if f.asset != "" {
		opts = append(opts, bitcoin.WithAsset(chain.Asset(strings.ToUpper(f.asset))))
	}
	src, err := bitcoin.Dial(cfg, params, opts...)
	if err != nil {
		return nil, nil, err
	}
	return src, src.Close, nil
}
