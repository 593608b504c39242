package evm

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/sanctionscreen/ofac/chain"
)

// Source finds transfers through an Ethereum JSON-RPC node. It is safe for
// concurrent use.
type Source struct {
	client *ethclient.Client
	rpc    *rpc.Client
	own    bool // Close closes the client
	o      options
	trips  atomic.Uint64
	// noTracer holds the node's answer to the first trace request when it
	// said it has no such method, so that later searches do not ask again.
	noTracer atomic.Pointer[error]
	// noBlockReceipts is set once the node said it has no
	// eth_getBlockReceipts.
	noBlockReceipts atomic.Bool
}

// Option configures a Source.
type Option func(*options)

type options struct {
	asset       chain.Asset
	maxBlocks   uint64
	logRange    uint64
	batch       int
	traceBatch  int
	concurrency int
	retries     int
	backoff     time.Duration
	timeout     time.Duration
	internal    bool
}

func defaults() options {
	return options{
		asset:       chain.ETH,
		maxBlocks:   10_000,
		logRange:    2_000,
		batch:       50,
		traceBatch:  10,
		concurrency: 4,
		retries:     3,
		backoff:     250 * time.Millisecond,
		timeout:     30 * time.Second,
		internal:    true,
	}
}

// WithAsset names the chain's own coin in the Transfers (default chain.ETH):
// chain.BSC for BNB Smart Chain, chain.ARB for Arbitrum, chain.ETC...
func WithAsset(a chain.Asset) Option { return func(o *options) { o.asset = a } }

// WithMaxBlocks bounds how many blocks one search reads (default 10,000,
// about 33 hours of Ethereum). Reading a block costs a node far more than a
// log query, so a longer span is cut to its most recent blocks and the rest
// reported as a chain.SpanCut gap.
func WithMaxBlocks(n uint64) Option {
	return func(o *options) {
		if n > 0 {
			o.maxBlocks = n
		}
	}
}

// WithLogRange sets how many blocks one eth_getLogs request covers (default
// 2,000, what most hosted providers accept). A request the node still finds
// too large is split in halves down to a single block.
func WithLogRange(n uint64) Option {
	return func(o *options) {
		if n > 0 {
			o.logRange = n
		}
	}
}

// WithBatchSize sets how many blocks are read per JSON-RPC batch, which is
// also the unit of work run concurrently (default 50). Traces are asked in
// smaller batches (WithTraceBatch) since each is heavier.
func WithBatchSize(n int) Option {
	return func(o *options) {
		if n > 0 {
			o.batch = n
		}
	}
}

// WithTraceBatch sets how many blocks' traces are asked per batch (default
// 10).
func WithTraceBatch(n int) Option {
	return func(o *options) {
		if n > 0 {
			o.traceBatch = n
		}
	}
}

// WithConcurrency bounds the requests in flight at once (default 4).
func WithConcurrency(n int) Option {
	return func(o *options) {
		if n > 0 {
			o.concurrency = n
		}
	}
}

// WithRetries sets how many times a request failing in a way that may pass
// (network error, HTTP 5xx or 429, a page that is not JSON-RPC, a request
// timeout) is tried again, and the first wait, doubled at each retry up to
// 5 s (defaults 3 and 250 ms).
func WithRetries(n int, backoff time.Duration) Option {
	return func(o *options) {
		if n >= 0 {
			o.retries = n
		}
		if backoff > 0 {
			o.backoff = backoff
		}
	}
}

// WithRequestTimeout bounds one request (default 30 s); a request that
// times out is retried.
func WithRequestTimeout(d time.Duration) Option {
	return func(o *options) {
		if d > 0 {
			o.timeout = d
		}
	}
}

// WithInternal turns the tracing of internal transfers on (the default) or
// off. Off, every result is marked chain.InternalNotCovered.
func WithInternal(on bool) Option { return func(o *options) { o.internal = on } }

// New returns a Source over a connected client. The client stays the
// caller's: Close does not close it.
func New(c *ethclient.Client, opts ...Option) *Source {
	o := defaults()
	for _, opt := range opts {
		opt(&o)
	}
	return &Source{client: c, rpc: c.Client(), o: o}
}

// Dial connects to a node's HTTP or WebSocket URL (ethclient.DialContext)
// and returns a Source that owns the connection.
func Dial(ctx context.Context, url string, opts ...Option) (*Source, error) {
	c, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("evm: dial %s: %w", url, err)
	}
	s := New(c, opts...)
	s.own = true
	return s, nil
}

// Close closes the connection if Dial opened it.
func (s *Source) Close() {
	if s.own {
		s.client.Close()
	}
}

// RoundTrips returns how many requests (a batch counts as one) the Source
// has sent, retries included.
func (s *Source) RoundTrips() uint64 { return s.trips.Load() }

// Transfers returns the native, token and internal transfers to and from
// address in span, in chain order. See chain.Source.
func (s *Source) Transfers(ctx context.Context, address string, span chain.Span) ([]chain.Transfer, error) {
	key, err := chain.Normalize(chain.ETH, address)
	if err != nil {
		return nil, err
	}
	sc := &scan{
		s:     s,
		addr:  common.HexToAddress(key),
		key:   key,
		times: make(map[uint64]time.Time),
		logs:  make(map[logID]bool),
	}
	from, to, ok := sc.resolve(ctx, span)
	if ok && from <= to {
		if n := to - from + 1; n > s.o.maxBlocks {
			cut := to - s.o.maxBlocks + 1
			sc.gap(chain.SpanCut, from, cut-1,
				fmt.Errorf("evm: a search reads at most %d blocks (WithMaxBlocks); the span has %d", s.o.maxBlocks, n))
			from = cut
		}
		sc.from, sc.to = from, to
		sc.run(ctx, from, to)
	}
	out := sc.result(ctx)
	if len(sc.gaps) > 0 {
		return out, &chain.IncompleteError{Gaps: mergeGaps(sc.gaps)}
	}
	return out, nil
}

// scan is the state of one search.
type scan struct {
	s        *Source
	addr     common.Address
	key      string
	from, to uint64 // the blocks searched, once resolved

	mu      sync.Mutex
	records []record
	gaps    []chain.Gap
	times   map[uint64]time.Time
	logs    map[logID]bool // token logs seen, since a self-transfer is found twice
	// down is set when a request failed through all its retries: the
	// node is taken to be down, and work not yet started is not tried.
	down error
}

// record is a found transfer and where it sits in its block.
type record struct {
	t       chain.Transfer
	txIndex uint
}

type logID struct {
	block uint64
	index uint
}

func (sc *scan) add(rs ...record) {
	sc.mu.Lock()
	sc.records = append(sc.records, rs...)
	sc.mu.Unlock()
}

func (sc *scan) gap(r chain.Reason, from, to uint64, err error) {
	sc.mu.Lock()
	sc.gaps = append(sc.gaps, chain.Gap{Reason: r, From: from, To: to, Err: err})
	sc.mu.Unlock()
}

// fail records the blocks a piece of work could not cover, the reason taken
// from the error.
func (sc *scan) fail(ctx context.Context, what string, from, to uint64, err error) {
	reason := chain.NodeFailure
	var ce *callError
	switch {
	case ctx.Err() != nil:
		reason, err = chain.Canceled, ctx.Err()
	case errors.As(err, &ce):
		reason = ce.reason
		if ce.exhausted {
			sc.mu.Lock()
			if sc.down == nil {
				sc.down = err
			}
			sc.mu.Unlock()
		}
	}
	sc.gap(reason, from, to, fmt.Errorf("%s: %w", what, err))
}

func (sc *scan) nodeDown() error {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	return sc.down
}

func (sc *scan) setTime(block uint64, t time.Time) {
	sc.mu.Lock()
	sc.times[block] = t
	sc.mu.Unlock()
}

// resolve turns span into a range of blocks, asking the node for its head
// and, for time bounds, searching the blocks by timestamp. ok is false when
// that failed, the failure recorded as a gap over the whole span.
func (sc *scan) resolve(ctx context.Context, span chain.Span) (from, to uint64, ok bool) {
	from, to = span.From, span.To
	// The head is asked for also when the span names its last block:
	// blocks past it do not exist yet, and asking for them is an error.
	var head uint64
	err := sc.s.call(ctx, func(ctx context.Context) (err error) {
		head, err = sc.s.client.BlockNumber(ctx)
		return err
	})
	if err != nil {
		sc.fail(ctx, "chain head", span.From, span.To, err)
		return 0, 0, false
	}
	if to == 0 || to > head {
		to = head
	}
	if from == 0 {
		from = 1 // the genesis block holds no transactions and no logs
	}
	if from > to {
		return from, to, true
	}
	if !span.Since.IsZero() {
		if from, err = sc.firstAtOrAfter(ctx, span.Since, from, to); err != nil {
			sc.fail(ctx, "block at "+span.Since.String(), span.From, to, err)
			return 0, 0, false
		}
	}
	if !span.Until.IsZero() && from <= to {
		end, err := sc.firstAtOrAfter(ctx, span.Until, from, to)
		if err != nil {
			sc.fail(ctx, "block at "+span.Until.String(), from, to, err)
			return 0, 0, false
		}
		if end == 0 {
			return 1, 0, true // nothing before Until
		}
		to = end - 1
	}
	return from, to, true
}

// firstAtOrAfter returns the first block in lo..hi stamped at or after t,
// or hi+1 when there is none: block times never decrease.
func (sc *scan) firstAtOrAfter(ctx context.Context, t time.Time, lo, hi uint64) (uint64, error) {
	n := hi - lo + 1
	i, j := uint64(0), n
	for i < j {
		h := i + (j-i)/2
		bt, err := sc.blockTime(ctx, lo+h)
		if err != nil {
			return 0, err
		}
		if !bt.Before(t) {
			j = h
		} else {
			i = h + 1
		}
	}
	return lo + i, nil
}

func (sc *scan) blockTime(ctx context.Context, n uint64) (time.Time, error) {
	var ts uint64
	err := sc.s.call(ctx, func(ctx context.Context) error {
		h, err := sc.s.client.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		if err == nil {
			ts = h.Time
		}
		return err
	})
	if err != nil {
		return time.Time{}, err
	}
	t := time.Unix(int64(ts), 0).UTC()
	sc.setTime(n, t)
	return t, nil
}

// task is a piece of the search covering blocks from..to.
type task struct {
	what     string
	from, to uint64
	run      func(ctx context.Context) error
}

// run searches blocks from..to: token logs in both directions per log page,
// then blocks, receipts and traces per batch, concurrently within the
// limit. Work not started when the context ends, or once the node is taken
// to be down, is recorded as a gap without being tried.
func (sc *scan) run(ctx context.Context, from, to uint64) {
	var tasks []task
	for a := from; a <= to; {
		lo, hi := a, min(to, a+sc.s.o.logRange-1)
		for _, dir := range []direction{incoming, outgoing} {
			tasks = append(tasks, task{"token transfers " + dir.String(), lo, hi, func(ctx context.Context) error {
				return sc.tokenLogs(ctx, dir, lo, hi)
			}})
		}
		b := hi
		if b == to {
			break
		}
		a = b + 1
	}
	for a := from; a <= to; {
		lo, hi := a, min(to, a+uint64(sc.s.o.batch)-1)
		tasks = append(tasks, task{"blocks", lo, hi, func(ctx context.Context) error {
			return sc.blocks(ctx, lo, hi)
		}})
		b := hi
		if b == to {
			break
		}
		a = b + 1
	}
	if !sc.s.o.internal {
		sc.gap(chain.InternalNotCovered, from, to, errors.New("evm: tracing turned off (WithInternal(false))"))
	} else if p := sc.s.noTracer.Load(); p != nil {
		sc.gap(chain.InternalNotCovered, from, to, fmt.Errorf("internal transfers: %w", *p))
	}

	sem := make(chan struct{}, sc.s.o.concurrency)
	var wg sync.WaitGroup
	for _, t := range tasks {
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
		}
		if ctx.Err() != nil {
			sc.gap(chain.Canceled, t.from, t.to, fmt.Errorf("%s: not started: %w", t.what, ctx.Err()))
			continue
		}
		if err := sc.nodeDown(); err != nil {
			<-sem
			sc.gap(chain.NodeFailure, t.from, t.to, fmt.Errorf("%s: not tried after the node failed: %w", t.what, err))
			continue
		}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			if err := t.run(ctx); err != nil {
				sc.fail(ctx, t.what, t.from, t.to, err)
			}
		}()
	}
	wg.Wait()
}
