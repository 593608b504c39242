package evm

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/sanctionscreen/ofac/chain"
)

// transferTopic is the ERC-20 (and ERC-721) Transfer event's signature.
var transferTopic = crypto.Keccak256Hash([]byte("Transfer(address,address,uint256)"))

type direction int

const (
	incoming direction = iota
	outgoing
)

func (d direction) String() string {
	if d == incoming {
		return "in"
	}
	return "out"
}

// tokenLogs asks for the Transfer events naming the address as recipient
// (incoming: second indexed topic) or sender (outgoing: first).
func (sc *scan) tokenLogs(ctx context.Context, dir direction, from, to uint64) error {
	topic := common.BytesToHash(sc.addr.Bytes())
	q := ethereum.FilterQuery{Topics: [][]common.Hash{{transferTopic}, nil, nil}}
	if dir == incoming {
		q.Topics[2] = []common.Hash{topic}
	} else {
		q.Topics[1] = []common.Hash{topic}
	}
	return sc.s.callOrSplit(ctx, from, to, func(ctx context.Context, from, to uint64) error {
		q := q
		q.FromBlock, q.ToBlock = new(big.Int).SetUint64(from), new(big.Int).SetUint64(to)
		logs, err := sc.s.client.FilterLogs(ctx, q)
		if err != nil {
			return err
		}
		sc.addLogs(logs)
		return nil
	})
}

func (sc *scan) addLogs(logs []types.Log) {
	var rs []record
	sc.mu.Lock()
	for i := range logs {
		l := &logs[i]
		// Exactly three topics: ERC-721 indexes the token id as a
		// fourth, and its "amount" is no amount.
		if l.Removed || len(l.Topics) != 3 || l.Topics[0] != transferTopic || len(l.Data) != 32 {
			continue
		}
		from, to := common.BytesToAddress(l.Topics[1].Bytes()), common.BytesToAddress(l.Topics[2].Bytes())
		if from != sc.addr && to != sc.addr {
			continue // not asked for: a node should not answer it
		}
		id := logID{l.BlockNumber, l.Index}
		if sc.logs[id] {
			continue // a self-transfer, found in both directions
		}
		sc.logs[id] = true
		amount := new(big.Int).SetBytes(l.Data)
		if amount.Sign() == 0 {
			continue
		}
		t := chain.Transfer{
			Asset:  sc.s.o.asset,
			Token:  hexKey(l.Address),
			Kind:   chain.Token,
			TxHash: l.TxHash.Hex(),
			Index:  l.Index,
			From:   hexKey(from),
			To:     hexKey(to),
			Amount: amount,
			Block:  l.BlockNumber,
		}
		if l.BlockTimestamp != 0 {
			t.Time = time.Unix(int64(l.BlockTimestamp), 0).UTC()
		}
		rs = append(rs, record{t: t, txIndex: l.TxIndex})
	}
	sc.records = append(sc.records, rs...)
	sc.mu.Unlock()
}

// hexKey is the canonical form of an EVM address: lower-case hex.
func hexKey(a common.Address) string { return strings.ToLower(a.Hex()) }

// The JSON of blocks, receipts and traces, reduced to what a transfer
// needs: decoding whole blocks into go-ethereum's types would cost more
// than reading them.
type rpcBlock struct {
	Number       hexutil.Uint64 `json:"number"`
	Timestamp    hexutil.Uint64 `json:"timestamp"`
	Transactions []rpcTx        `json:"transactions"`
}

type rpcTx struct {
	Hash  common.Hash     `json:"hash"`
	From  common.Address  `json:"from"`
	To    *common.Address `json:"to"`
	Value *hexutil.Big    `json:"value"`
	Index hexutil.Uint64  `json:"transactionIndex"`
}

// candidate is a transaction with value to or from the address, or
// creating a contract with value, whose receipt decides whether it counts.
type candidate struct {
	tx    *rpcTx
	block *rpcBlock
}

type rpcReceipt struct {
	TxHash common.Hash `json:"transactionHash"`
	// Status is absent before Byzantium (2017), when a failed
	// transaction could not be told from its receipt.
	Status          *hexutil.Uint64 `json:"status"`
	ContractAddress *common.Address `json:"contractAddress"`
}

type txTrace struct {
	TxHash common.Hash `json:"txHash"`
	Result *callFrame  `json:"result"`
	Error  string      `json:"error"`
}

// callFrame is one call of the call tracer's tree.
type callFrame struct {
	Type  string          `json:"type"`
	From  common.Address  `json:"from"`
	To    *common.Address `json:"to"`
	Value *hexutil.Big    `json:"value"`
	Error string          `json:"error"`
	Calls []callFrame     `json:"calls"`
}

// blocks reads blocks from..to with their transactions and keeps the ones
// that moved value to or from the address and succeeded; then, where
// tracing is on, it traces the same blocks for internal transfers.
func (sc *scan) blocks(ctx context.Context, from, to uint64) error {
	n := int(to - from + 1)
	blocks := make([]*rpcBlock, n)
	elems := make([]rpc.BatchElem, n)
	for i := range elems {
		elems[i] = rpc.BatchElem{Method: "eth_getBlockByNumber", Args: []any{hexutil.Uint64(from + uint64(i)), true}, Result: &blocks[i]}
	}
	if err := sc.s.batch(ctx, elems); err != nil {
		return err
	}
	var cands []candidate
	for i, b := range blocks {
		if b == nil {
			return &callError{reason: chain.NodeFailure, err: fmt.Errorf("block %d: the node has no such block", from+uint64(i))}
		}
		sc.setTime(uint64(b.Number), time.Unix(int64(b.Timestamp), 0).UTC())
		for j := range b.Transactions {
			tx := &b.Transactions[j]
			if tx.Value == nil || tx.Value.ToInt().Sign() == 0 {
				continue
			}
			// A creation with value pays the new contract, whose
			// address only the receipt gives.
			if tx.From == sc.addr || tx.To == nil || *tx.To == sc.addr {
				cands = append(cands, candidate{tx, b})
			}
		}
	}
	receipts, err := sc.receiptsOf(ctx, cands)
	if err != nil {
		return err
	}
	var rs []record
	for i, c := range cands {
		r := receipts[i]
		if r == nil {
			return &callError{reason: chain.NodeFailure, err: fmt.Errorf("transaction %s: the node has no receipt", c.tx.Hash.Hex())}
		}
		if r.Status != nil && *r.Status == 0 {
			continue // reverted: no value moved
		}
		to := c.tx.To
		if to == nil {
			to = r.ContractAddress
		}
		if to == nil || (c.tx.From != sc.addr && *to != sc.addr) {
			continue
		}
		rs = append(rs, record{
			t: chain.Transfer{
				Asset:  sc.s.o.asset,
				Kind:   chain.Native,
				TxHash: c.tx.Hash.Hex(),
				From:   hexKey(c.tx.From),
				To:     hexKey(*to),
				Amount: new(big.Int).Set(c.tx.Value.ToInt()),
				Block:  uint64(c.block.Number),
				Time:   time.Unix(int64(c.block.Timestamp), 0).UTC(),
			},
			txIndex: uint(c.tx.Index),
		})
	}
	sc.add(rs...)
	if sc.s.o.internal && sc.s.noTracer.Load() == nil {
		// Only blocks with transactions have calls to trace (and the
		// genesis block, which has none, cannot be traced).
		var busy []*rpcBlock
		for _, b := range blocks {
			if len(b.Transactions) > 0 {
				busy = append(busy, b)
			}
		}
		for a := 0; a < len(busy); a += sc.s.o.traceBatch {
			bs := busy[a:min(len(busy), a+sc.s.o.traceBatch)]
			lo, hi := uint64(bs[0].Number), uint64(bs[len(bs)-1].Number)
			if ctx.Err() != nil {
				sc.fail(ctx, "internal transfers", lo, to, ctx.Err())
				break
			}
			err := sc.traces(ctx, bs)
			var ce *callError
			switch {
			case err == nil:
			case errors.As(err, &ce) && ce.kind == noMethod:
				if sc.s.noTracer.CompareAndSwap(nil, &err) {
					sc.gap(chain.InternalNotCovered, sc.from, sc.to, fmt.Errorf("internal transfers: %w", err))
				}
				return nil
			case errors.As(err, &ce) && ce.kind == permanent:
				// The node traces, but not these blocks (pruned
				// state, a tracer error): the rest is still sound.
				sc.gap(chain.InternalNotCovered, lo, hi, fmt.Errorf("internal transfers: %w", err))
			default:
				sc.fail(ctx, "internal transfers", lo, hi, err)
			}
		}
	}
	return nil
}

// receiptsOf returns the receipts of the candidates, in their order. It
// asks for whole blocks' receipts (eth_getBlockReceipts), which a node
// keeps as long as the blocks, rather than by transaction hash, which
// needs the transaction index geth keeps for recent blocks only (and which
// a node fills in after the block); a node without the method is asked by
// hash.
func (sc *scan) receiptsOf(ctx context.Context, cands []candidate) ([]*rpcReceipt, error) {
	out := make([]*rpcReceipt, len(cands))
	if len(cands) == 0 {
		return out, nil
	}
	if !sc.s.noBlockReceipts.Load() {
		var numbers []hexutil.Uint64
		for _, c := range cands {
			if len(numbers) == 0 || numbers[len(numbers)-1] != c.block.Number {
				numbers = append(numbers, c.block.Number)
			}
		}
		results := make([][]*rpcReceipt, len(numbers))
		elems := make([]rpc.BatchElem, len(numbers))
		for i, n := range numbers {
			elems[i] = rpc.BatchElem{Method: "eth_getBlockReceipts", Args: []any{n}, Result: &results[i]}
		}
		var err error
		for a := 0; a < len(elems) && err == nil; a += sc.s.o.traceBatch {
			err = sc.s.batch(ctx, elems[a:min(len(elems), a+sc.s.o.traceBatch)])
		}
		var ce *callError
		switch {
		case err == nil:
			byHash := make(map[common.Hash]*rpcReceipt)
			for _, rs := range results {
				for _, r := range rs {
					if r != nil {
						byHash[r.TxHash] = r
					}
				}
			}
			for i, c := range cands {
				out[i] = byHash[c.tx.Hash]
			}
			return out, nil
		case errors.As(err, &ce) && ce.kind == noMethod:
			sc.s.noBlockReceipts.Store(true)
		default:
			return nil, err
		}
	}
	elems := make([]rpc.BatchElem, len(cands))
	for i, c := range cands {
		elems[i] = rpc.BatchElem{Method: "eth_getTransactionReceipt", Args: []any{c.tx.Hash}, Result: &out[i]}
	}
	for a := 0; a < len(elems); a += sc.s.o.batch {
		if err := sc.s.batch(ctx, elems[a:min(len(elems), a+sc.s.o.batch)]); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// traceConfig asks for the call tracer's tree of every transaction.
var traceConfig = map[string]any{"tracer": "callTracer"}

// traces traces blocks and keeps the value moved by calls inside their
// transactions to or from the address.
func (sc *scan) traces(ctx context.Context, blocks []*rpcBlock) error {
	results := make([][]txTrace, len(blocks))
	elems := make([]rpc.BatchElem, len(blocks))
	for i, b := range blocks {
		elems[i] = rpc.BatchElem{Method: "debug_traceBlockByNumber", Args: []any{b.Number, traceConfig}, Result: &results[i]}
	}
	if err := sc.s.batch(ctx, elems); err != nil {
		return err
	}
	var rs []record
	for i, b := range blocks {
		r, err := internalTransfers(sc.addr, sc.s.o.asset, b, results[i])
		if err != nil {
			return err
		}
		rs = append(rs, r...)
	}
	sc.add(rs...)
	return nil
}

// internalTransfers reads a block's call traces for the value moved by
// calls inside its transactions to or from addr.
func internalTransfers(addr common.Address, asset chain.Asset, b *rpcBlock, traces []txTrace) ([]record, error) {
	if len(traces) != len(b.Transactions) {
		return nil, &callError{reason: chain.InternalNotCovered, err: fmt.Errorf("block %d: %d traces for %d transactions", uint64(b.Number), len(traces), len(b.Transactions))}
	}
	var rs []record
	for j, tr := range traces {
		if tr.Error != "" || tr.Result == nil {
			return nil, &callError{reason: chain.InternalNotCovered, err: fmt.Errorf("block %d transaction %d: trace failed: %s", uint64(b.Number), j, tr.Error)}
		}
		if tr.Result.Error != "" {
			continue // the transaction reverted: nothing inside it happened
		}
		tx := &b.Transactions[j]
		index := uint(0)
		var walk func(f *callFrame)
		walk = func(f *callFrame) {
			for k := range f.Calls {
				c := &f.Calls[k]
				index++
				if c.Error != "" {
					// Reverted with everything below it; the count
					// still advances so that Index names the call's
					// place in the trace.
					index += countCalls(c)
					continue
				}
				if moved(c) && c.To != nil && (c.From == addr || *c.To == addr) {
					rs = append(rs, record{
						t: chain.Transfer{
							Asset:  asset,
							Kind:   chain.Internal,
							TxHash: tx.Hash.Hex(),
							Index:  index,
							From:   hexKey(c.From),
							To:     hexKey(*c.To),
							Amount: new(big.Int).Set(c.Value.ToInt()),
							Block:  uint64(b.Number),
							Time:   time.Unix(int64(b.Timestamp), 0).UTC(),
						},
						txIndex: uint(tx.Index),
					})
				}
				walk(c)
			}
		}
		walk(tr.Result)
	}
	return rs, nil
}

// moved reports whether a call frame moved value: a call or creation with
// value, or a self-destruct sending its balance. DELEGATECALL shows its
// caller's value without moving it, and CALLCODE pays the caller itself.
func moved(c *callFrame) bool {
	switch c.Type {
	case "CALL", "CREATE", "CREATE2", "SELFDESTRUCT":
		return c.Value != nil && c.Value.ToInt().Sign() > 0
	}
	return false
}

func countCalls(f *callFrame) uint {
	n := uint(len(f.Calls))
	for i := range f.Calls {
		n += countCalls(&f.Calls[i])
	}
	return n
}

// result sorts the transfers found into chain order and fills in the times
// the logs lacked.
func (sc *scan) result(ctx context.Context) []chain.Transfer {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	var missing []uint64
	for i := range sc.records {
		t := &sc.records[i].t
		if t.Time.IsZero() {
			if bt, ok := sc.times[t.Block]; ok {
				t.Time = bt
			} else if !slices.Contains(missing, t.Block) {
				missing = append(missing, t.Block)
			}
		}
	}
	if len(missing) > 0 && ctx.Err() == nil {
		// Logs from a node that does not stamp them, in blocks whose
		// batch failed: ask for the headers alone.
		heads := make([]*rpcBlock, len(missing))
		elems := make([]rpc.BatchElem, len(missing))
		for i, n := range missing {
			elems[i] = rpc.BatchElem{Method: "eth_getBlockByNumber", Args: []any{hexutil.Uint64(n), false}, Result: &heads[i]}
		}
		if err := sc.s.batch(ctx, elems); err == nil {
			for _, h := range heads {
				if h != nil {
					sc.times[uint64(h.Number)] = time.Unix(int64(h.Timestamp), 0).UTC()
				}
			}
			for i := range sc.records {
				if t := &sc.records[i].t; t.Time.IsZero() {
					t.Time = sc.times[t.Block]
				}
			}
		}
	}
	slices.SortFunc(sc.records, func(a, b record) int {
		return cmp.Or(
			cmp.Compare(a.t.Block, b.t.Block),
			cmp.Compare(a.txIndex, b.txIndex),
			cmp.Compare(a.t.Kind, b.t.Kind),
			cmp.Compare(a.t.Index, b.t.Index),
		)
	})
	if len(sc.records) == 0 {
		return nil
	}
	out := make([]chain.Transfer, len(sc.records))
	for i, r := range sc.records {
		out[i] = r.t
	}
	return out
}

// mergeGaps sorts gaps and joins those of one reason whose blocks touch or
// overlap, keeping the first cause: a node that stops fails every page
// after, and one gap says it better than a hundred.
func mergeGaps(gaps []chain.Gap) []chain.Gap {
	gaps = slices.Clone(gaps)
	slices.SortStableFunc(gaps, func(a, b chain.Gap) int {
		return cmp.Or(strings.Compare(string(a.Reason), string(b.Reason)), cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To))
	})
	var out []chain.Gap
	for _, g := range gaps {
		if n := len(out); n > 0 {
			last := &out[n-1]
			ranged := g.From != 0 || g.To != 0
			lastRanged := last.From != 0 || last.To != 0
			if last.Reason == g.Reason && ranged == lastRanged && (!ranged || g.From <= last.To+1) {
				last.To = max(last.To, g.To)
				continue
			}
		}
		out = append(out, g)
	}
	return out
}
