//go:build trace

package main

// Run with: go test -tags trace ./examples/ofacscreen -run Trace
//
// A real go-ethereum node runs in the test, its JSON-RPC served over HTTP
// on 127.0.0.1 with the debug namespace (call tracing), as a user's
// archive node. The program reaches it by URL.

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"maps"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

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
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/sanctionscreen/ofac/chain"
	"github.com/sanctionscreen/ofac/sdn"
)

var chainID = params.AllDevChainProtocolChanges.ChainID

// devNode starts a dev chain that seals a block per commit and serves
// eth, net and debug over HTTP.
func devNode(t *testing.T, alloc types.GenesisAlloc) (url string, client *ethclient.Client, commit func()) {
	t.Helper()
	nc := node.DefaultConfig
	nc.DataDir, nc.IPCPath = "", ""
	nc.P2P = p2p.Config{NoDiscovery: true}
	nc.HTTPHost, nc.HTTPPort = "127.0.0.1", 0
	nc.HTTPModules = []string{"eth", "net", "web3", "debug"}
	stack, err := node.New(&nc)
	if err != nil {
		t.Fatal(err)
	}
	genesis := core.SystemContractAllocs()
	maps.Copy(genesis, alloc)
	ec := ethconfig.Defaults
	ec.Genesis = &core.Genesis{Config: params.AllDevChainProtocolChanges, GasLimit: ethconfig.Defaults.Miner.GasCeil, Alloc: genesis}
	ec.SyncMode = ethconfig.FullSync
	ec.TxPool.NoLocals = true
	// The miner's allowance to fill a block (two seconds by default) can
	// run out on a loaded machine, sealing the block without the payments.
	ec.Miner.Recommit = time.Minute
	backend, err := eth.New(stack, &ec)
	if err != nil {
		t.Fatal(err)
	}
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(filters.NewFilterSystem(backend.APIBackend, filters.Config{}))}})
	stack.RegisterAPIs(tracers.APIs(backend.APIBackend))
	if err := stack.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { stack.Close() })
	beacon, err := catalyst.NewSimulatedBeacon(0, common.Address{}, backend)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { beacon.Stop() })
	if err := beacon.Fork(backend.BlockChain().GetCanonicalHash(0)); err != nil {
		t.Fatal(err)
	}
	return stack.HTTPEndpoint(), ethclient.NewClient(stack.Attach()), func() { beacon.Commit() }
}

func pay(t *testing.T, c *ethclient.Client, key *ecdsa.PrivateKey, nonce uint64, to common.Address, wei *big.Int) {
	t.Helper()
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(100 * params.GWei),
		Gas: 21000, To: &to, Value: wei,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.SendTransaction(context.Background(), tx); err != nil {
		t.Fatal(err)
	}
}

// A payer that paid a listed wallet and a clean one: tracing the payer
// flags the listed counterparty (exit 1); tracing the clean payee finds
// only the payer (exit 0); --json and --dot say the same.
func TestTraceEVM(t *testing.T) {
	l := snapshotList(t)
	var lazarus *sdn.Entry
	var listed common.Address
	for i := range l.Entries {
		for _, w := range l.Entries[i].Wallets {
			if w.Asset == "ETH" && lazarus == nil {
				lazarus, listed = &l.Entries[i], common.HexToAddress(w.Address)
			}
		}
	}
	key, _ := crypto.GenerateKey()
	payer := crypto.PubkeyToAddress(key.PublicKey)
	payee := common.HexToAddress("0x00000000000000000000000000000000000a11ce")
	url, client, commit := devNode(t, types.GenesisAlloc{payer: {Balance: new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))}})
	pay(t, client, key, 0, listed, big.NewInt(params.Ether))
	pay(t, client, key, 1, payee, new(big.Int).Mul(big.NewInt(2), big.NewInt(params.Ether)))
	// Seal once the pool holds both as pending, so that one block takes
	// them.
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if n, err := client.PendingNonceAt(context.Background(), payer); err == nil && n == 2 {
			break
		}
	}
	commit()
	// Both payments must be mined before the trace. On a loaded machine a
	// block was once sealed with the first payment alone, and the second
	// stayed in the pool: a seal that has not mined both within a few
	// seconds is made again (the trace reads every block).
	for deadline, again := time.Now().Add(time.Minute), time.Now().Add(3*time.Second); ; time.Sleep(20 * time.Millisecond) {
		n, err := client.NonceAt(context.Background(), payer, nil)
		if err == nil && n == 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the two payments were not mined: the payer's nonce is %d (%v)", n, err)
		}
		if time.Now().After(again) {
			commit()
			again = time.Now().Add(3 * time.Second)
		}
	}

	payerHex := strings.ToLower(payer.Hex())
	o := ofacscreen(t, "trace", "--rpc", url, payerHex)
	o.want(t, exitMatch)
	t.Logf("table:\n%s", o.stdout)
	for _, want := range []string{"LISTED", strings.ToLower(listed.Hex()), "UID " + strconv.Itoa(lazarus.UID), lazarus.Name, strings.ToLower(payee.Hex()), "1 ETH", "2 ETH", "search complete"} {
		if !strings.Contains(o.stdout, want) {
			t.Errorf("table lacks %q:\n%s", want, o.stdout)
		}
	}

	o = ofacscreen(t, "trace", "--rpc", url, payerHex, "--json")
	o.want(t, exitMatch)
	var x struct {
		Schema   string `json:"schema"`
		Address  string `json:"address"`
		Matched  bool   `json:"matched"`
		Complete bool   `json:"complete"`
		Out      struct {
			Counterparties []struct {
				Address string `json:"address"`
				Listed  []struct {
					UID int `json:"uid"`
				} `json:"listed"`
				Totals []struct {
					Asset  string `json:"asset"`
					Amount string `json:"amount"`
				} `json:"totals"`
			} `json:"counterparties"`
		} `json:"out"`
	}
	if err := json.Unmarshal([]byte(o.stdout), &x); err != nil {
		t.Fatal(err)
	}
	if x.Schema != schema || x.Address != payerHex || !x.Matched || !x.Complete || len(x.Out.Counterparties) != 2 {
		t.Fatalf("json: %+v", x)
	}
	first := x.Out.Counterparties[0] // listed first
	if first.Address != strings.ToLower(listed.Hex()) || len(first.Listed) != 1 || first.Listed[0].UID != lazarus.UID ||
		first.Totals[0].Amount != big.NewInt(params.Ether).String() || first.Totals[0].Asset != string(chain.ETH) {
		t.Errorf("listed counterparty: %+v", first)
	}

	o = ofacscreen(t, "trace", "--rpc", url, payerHex, "--dot")
	o.want(t, exitMatch)
	t.Logf("dot:\n%s", o.stdout)
	if !strings.HasPrefix(o.stdout, "digraph onehop {") || !strings.Contains(o.stdout, `"`+strings.ToLower(listed.Hex())+`" [label=`) ||
		!strings.Contains(o.stdout, "color=red") || strings.Count(o.stdout, " -> ") != 2 {
		t.Errorf("dot:\n%s", o.stdout)
	}

	o = ofacscreen(t, "trace", "--rpc", url, strings.ToLower(payee.Hex()))
	o.want(t, exitClean)
	if !strings.Contains(o.stdout, "paid by (in): 1 counterparty") || !strings.Contains(o.stdout, payerHex) || strings.Contains(o.stdout, "LISTED") {
		t.Errorf("clean payee:\n%s", o.stdout)
	}

	// A default build (no node clients) run inside the module builds the
	// one with them and hands over, exit status included.
	plain := filepath.Join(t.TempDir(), "ofacscreen-plain")
	if out, err := exec.Command(filepath.Join(runtime.GOROOT(), "bin", "go"), "build", "-o", plain, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command(plain, "trace", "--rpc", url, payerHex)
	cmd.Env = append(os.Environ(), "OFACSCREEN_CACHE="+t.TempDir())
	out, err := cmd.Output()
	if cmd.ProcessState.ExitCode() != exitMatch || !strings.Contains(string(out), "LISTED") {
		t.Errorf("default build handing over to -tags trace: %v\n%s", err, out)
	}

	// A node that is not there: nothing searched, nothing concluded.
	o = ofacscreen(t, "trace", "--rpc", "http://127.0.0.1:1", strings.ToLower(payee.Hex()), "--timeout", "5s")
	o.want(t, exitError)
	if !strings.Contains(o.stderr, "incomplete") {
		t.Errorf("stderr: %s", o.stderr)
	}
}
