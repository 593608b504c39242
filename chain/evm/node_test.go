package evm_test

import (
	"context"
	"crypto/ecdsa"
	"maps"
	"math/big"
	"net"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/eth/tracers"
	_ "github.com/ethereum/go-ethereum/eth/tracers/native" // the call tracer
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// setupClient is what the tests need to build a chain: both the in-process
// client of the tracing node and simulated.Client have it.
type setupClient interface {
	ethereum.TransactionSender
	ethereum.TransactionReader
	ethereum.ChainReader
	ethereum.PendingStateReader
}

// chainNode is a local chain whose JSON-RPC is served over HTTP on
// 127.0.0.1, as a user's node is: Sources reach it by URL.
type chainNode struct {
	url    string
	client setupClient // in-process, for building the chain
	commit func()
	stop   func()
	// unsealed are the transactions sent since the last commit, which
	// waits for the pool to hold each as pending (sealing).
	unsealed []sentTx
}

// sentTx is a transaction by its sender and nonce.
type sentTx struct {
	from  common.Address
	nonce uint64
}

var chainID = big.NewInt(1337) // the dev chain's, as simulated.NewBackend's

// startTracingNode starts the node simulated.NewBackend assembles (same
// genesis, same simulated beacon sealing a block per commit), plus what
// simulated.NewBackend leaves out: the debug namespace with the tracers,
// served on HTTP. It is what a user's archive node with tracing looks
// like.
func startTracingNode(t testing.TB, alloc types.GenesisAlloc) *chainNode {
	t.Helper()
	nodeConf := node.DefaultConfig
	nodeConf.DataDir = ""
	nodeConf.IPCPath = ""
	nodeConf.P2P = p2p.Config{NoDiscovery: true}
	nodeConf.HTTPHost = "127.0.0.1"
	nodeConf.HTTPPort = 0 // any free port; HTTPEndpoint says which
	nodeConf.HTTPModules = []string{"eth", "net", "web3", "debug"}
	stack, err := node.New(&nodeConf)
	if err != nil {
		t.Fatal(err)
	}
	genesis := core.SystemContractAllocs()
	maps.Copy(genesis, alloc)
	ethConf := ethconfig.Defaults
	ethConf.Genesis = &core.Genesis{Config: params.AllDevChainProtocolChanges, GasLimit: ethconfig.Defaults.Miner.GasCeil, Alloc: genesis}
	ethConf.SyncMode = ethconfig.FullSync
	ethConf.TxPool.NoLocals = true
	ethConf.Miner.Recommit = fillAllowance
	backend, err := eth.New(stack, &ethConf)
	if err != nil {
		t.Fatal(err)
	}
	fs := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(fs)}})
	stack.RegisterAPIs(tracers.APIs(backend.APIBackend))
	if err := stack.Start(); err != nil {
		t.Fatal(err)
	}
	beacon, err := catalyst.NewSimulatedBeacon(0, common.Address{}, backend)
	if err != nil {
		stack.Close()
		t.Fatal(err)
	}
	if err := beacon.Fork(backend.BlockChain().GetCanonicalHash(0)); err != nil {
		stack.Close()
		t.Fatal(err)
	}
	client := ethclient.NewClient(stack.Attach())
	n := &chainNode{
		url:    stack.HTTPEndpoint(),
		client: client,
	}
	n.commit = n.sealing(func() { beacon.Commit() })
	var stopped bool
	n.stop = func() {
		if !stopped {
			stopped = true
			beacon.Stop()
			stack.Close()
		}
	}
	t.Cleanup(n.stop)
	return n
}

// startSimulated starts go-ethereum's simulated backend as it comes, with
// its HTTP endpoint on 127.0.0.1: a node without the debug namespace.
func startSimulated(t testing.TB, alloc types.GenesisAlloc) *chainNode {
	t.Helper()
	// simulated.Backend does not expose its node, so the port is chosen
	// here rather than asked for with port 0.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	sim := simulated.NewBackend(alloc, func(nc *node.Config, ec *ethconfig.Config) {
		ec.Miner.Recommit = fillAllowance
		nc.IPCPath = ""
		nc.HTTPHost = "127.0.0.1"
		nc.HTTPPort = port
		nc.HTTPModules = []string{"eth", "net", "web3"}
	})
	n := &chainNode{
		url:    "http://127.0.0.1:" + itoa(port),
		client: sim.Client(),
		stop:   func() { sim.Close() },
	}
	n.commit = n.sealing(func() { sim.Commit() })
	t.Cleanup(func() { sim.Close() })
	return n
}

// fillAllowance is the time the miner is given to fill a block from the
// pool. Its default, two seconds, is also its allowance for filling a
// block, and a fill cut short seals the block with only part of the
// transactions sent for it: under a loaded machine (the whole module's
// tests at once) a block then went without one of the scenario's
// transactions, which stayed in the pool. The scenario's blocks are
// small; a minute is never reached unless something is wrong.
const fillAllowance = time.Minute

func itoa(n int) string { return big.NewInt(int64(n)).String() }

// sealing wraps the simulated beacon's Commit, which seals one block from
// the pool: it returns once the head has moved on. Commit reports no
// failure to seal (the beacon logs it and returns), which would leave the
// transactions sent for this block to the next one and every block after
// it out of place; so a commit that did not move the head within a second
// is made again. And the pool takes a transaction in as queued and makes
// it pending in the background, while a block is built from the pending
// ones alone: a commit right after a send sealed a block without it, and
// the transaction waited in the pool for a block that never came (under
// the race detector, in CI). So a commit first waits, up to half a
// minute, until the pool's next nonce of each sender is past every
// transaction sent since the last.
func (n *chainNode) sealing(commit func()) func() {
	c := n.client
	head := func() uint64 {
		h, err := c.HeaderByNumber(context.Background(), nil)
		if err != nil {
			return 0
		}
		return h.Number.Uint64()
	}
	return func() {
		ctx := context.Background()
		for deadline := time.Now().Add(30 * time.Second); len(n.unsealed) > 0 && time.Now().Before(deadline); {
			tx := n.unsealed[0]
			if next, err := c.PendingNonceAt(ctx, tx.from); err == nil && next > tx.nonce {
				n.unsealed = n.unsealed[1:]
				continue
			}
			time.Sleep(5 * time.Millisecond)
		}
		n.unsealed = n.unsealed[:0]
		before := head()
		for range 10 {
			commit()
			for deadline := time.Now().Add(time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
				if head() > before {
					return
				}
			}
		}
	}
}

// wallet is a key with its next nonce.
type wallet struct {
	key   *ecdsa.PrivateKey
	addr  common.Address
	nonce uint64
}

func newWallet(t testing.TB) *wallet {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return &wallet{key: k, addr: crypto.PubkeyToAddress(k.PublicKey)}
}

var signer = types.LatestSignerForChainID(chainID)

// send signs and submits a transaction; to nil deploys data as code.
func (n *chainNode) send(t testing.TB, from *wallet, to *common.Address, value *big.Int, data []byte, gas uint64) *types.Transaction {
	t.Helper()
	if value == nil {
		value = new(big.Int)
	}
	tx, err := types.SignNewTx(from.key, signer, &types.DynamicFeeTx{
		ChainID:   chainID,
		Nonce:     from.nonce,
		GasTipCap: big.NewInt(params.GWei),
		GasFeeCap: big.NewInt(100 * params.GWei),
		Gas:       gas,
		To:        to,
		Value:     value,
		Data:      data,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := n.client.SendTransaction(context.Background(), tx); err != nil {
		t.Fatalf("send %x: %v", tx.Hash(), err)
	}
	n.unsealed = append(n.unsealed, sentTx{from.addr, from.nonce})
	from.nonce++
	return tx
}

// receipt returns the mined transaction's receipt and its block's time.
func (n *chainNode) receipt(t testing.TB, tx *types.Transaction) (*types.Receipt, time.Time) {
	t.Helper()
	ctx := context.Background()
	// The node indexes a block's transactions after it seals it.
	var r *types.Receipt
	var err error
	for deadline := time.Now().Add(time.Minute); ; time.Sleep(10 * time.Millisecond) {
		if r, err = n.client.TransactionReceipt(ctx, tx.Hash()); err == nil || time.Now().After(deadline) {
			break
		}
	}
	if err != nil {
		// Say where the transaction is: still in the pool (no block took
		// it) or nowhere, and how far the chain got.
		_, pending, terr := n.client.TransactionByHash(ctx, tx.Hash())
		head, herr := n.client.HeaderByNumber(ctx, nil)
		var at any = herr
		if herr == nil {
			at = head.Number
		}
		t.Fatalf("receipt of %x: %v (transaction pending: %v, lookup error: %v; head block %v)", tx.Hash(), err, pending, terr, at)
	}
	h, err := n.client.HeaderByNumber(ctx, r.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	return r, time.Unix(int64(h.Time), 0).UTC()
}

// calldata encodes a call of a (address, uint256) function.
func calldata(selector string, to common.Address, v *big.Int) []byte {
	data := common.FromHex(selector)
	data = append(data, common.LeftPadBytes(to.Bytes(), 32)...)
	return append(data, common.LeftPadBytes(v.Bytes(), 32)...)
}

const (
	selTransfer    = "0xa9059cbb" // transfer(address,uint256)
	selTransferNFT = "0x94ab67fe" // transferNFT(address,uint256): a four-topic Transfer
)

func ether(milli int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(milli), big.NewInt(params.Ether/1000))
}

func tokens(n int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.Ether)) // 18 decimals
}
