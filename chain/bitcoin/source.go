// Package bitcoin is a chain.Source over btcd's JSON-RPC (rpcclient): the
// transfers of an address come from searchrawtransactions, which needs a
// btcd run with --txindex and --addrindex, and with the previous outputs
// included so that every input names the address it spends from.
//
// A Bitcoin transaction spends its inputs together and does not say which
// input paid which output. Every input address is reported as a sender of
// each output, with the output's full value; chain.OneHop counts each
// output once in its totals. Outputs that return to the screened address
// while it is among the senders are change, not payments, and are left out.
//
// The shortest use:
//
//	src, err := bitcoin.Dial(&rpcclient.ConnConfig{Host: "127.0.0.1:8334", User: u, Pass: p},
//		&chaincfg.MainNetParams)
//	...
//	exp, err := chain.OneHop(ctx, src, watchlist, "bc1q...", chain.Span{})
package bitcoin

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"strings"
	"sync/atomic"
	"time"

	"github.com/btcsuite/btcd/btcjson"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/btcutil/base58"
	"github.com/btcsuite/btcd/chaincfg"
	"github.com/btcsuite/btcd/rpcclient"

	"github.com/sanctionscreen/ofac/chain"
)

// Source finds transfers through a btcd node. It is safe for concurrent
// use; rpcclient sends one request at a time.
type Source struct {
	client *rpcclient.Client
	params *chaincfg.Params
	own    bool
	o      options
	trips  atomic.Uint64
}

// Option configures a Source.
type Option func(*options)

type options struct {
	asset   chain.Asset
	page    int
	maxTx   int
	retries int
	backoff time.Duration
}

// WithAsset names the coin in the Transfers (default chain.XBT).
func WithAsset(a chain.Asset) Option { return func(o *options) { o.asset = a } }

// WithPageSize sets how many transactions one searchrawtransactions
// request returns (default 100, btcd's own default).
func WithPageSize(n int) Option {
	return func(o *options) {
		if n > 0 {
			o.page = n
		}
	}
}

// WithMaxTransactions bounds how many transactions one search reads
// (default 10,000); an address with more in the span gives a result marked
// chain.SpanCut.
func WithMaxTransactions(n int) Option {
	return func(o *options) {
		if n > 0 {
			o.maxTx = n
		}
	}
}

// WithRetries sets how many times a request that failed in a way that may
// pass (an error page, a dropped connection) is tried again, and the first
// wait, doubled at each retry (defaults 3 and 250 ms). rpcclient itself
// retries refused connections before it reports them.
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

// New returns a Source over a client of a node on the network params
// describes. The client stays the caller's.
func New(c *rpcclient.Client, params *chaincfg.Params, opts ...Option) *Source {
	o := options{asset: chain.XBT, page: 100, maxTx: 10_000, retries: 3, backoff: 250 * time.Millisecond}
	for _, opt := range opts {
		opt(&o)
	}
	return &Source{client: c, params: params, o: o}
}

// Dial makes a client in HTTP POST mode (the one that needs no websocket)
// and returns a Source that owns it.
func Dial(cfg *rpcclient.ConnConfig, params *chaincfg.Params, opts ...Option) (*Source, error) {
	c := *cfg
	c.HTTPPostMode = true
	client, err := rpcclient.New(&c, nil)
	if err != nil {
		return nil, fmt.Errorf("bitcoin: %s: %w", cfg.Host, err)
	}
	s := New(client, params, opts...)
	s.own = true
	return s, nil
}

// Close shuts the client down if Dial made it.
func (s *Source) Close() {
	if s.own {
		s.client.Shutdown()
	}
}

// RoundTrips returns how many requests the Source has sent, retries
// included (rpcclient's own reconnection attempts are not seen).
func (s *Source) RoundTrips() uint64 { return s.trips.Load() }

// Transfers returns the transfers to and from address in span, in chain
// order (block, then transaction as the address index lists them, then
// output). Unconfirmed transactions are not in any block and not returned.
// See chain.Source.
func (s *Source) Transfers(ctx context.Context, address string, span chain.Span) ([]chain.Transfer, error) {
	addr, err := s.decode(address)
	if err != nil {
		return nil, err
	}
	key := addr.EncodeAddress()
	// An open span is read newest first, so that a cut keeps the most
	// recent transfers; a closed one oldest first, stopping past its end.
	newest := span.Open()
	var (
		out      []chain.Transfer
		seen     = make(map[string]bool)
		read     int
		last     uint64 // height of the last transaction read
		gaps     []chain.Gap
		haveLast bool
	)
	// remaining is the part of the span not yet read once the search
	// stops early.
	remaining := func() (uint64, uint64) {
		switch {
		case !haveLast && newest:
			return span.From, 0
		case !haveLast:
			return span.From, span.To
		case newest:
			return span.From, last
		}
		return last, span.To
	}
	tip, err := s.tip(ctx)
	if err != nil {
		from, to := remaining()
		return nil, s.incomplete(ctx, from, to, "chain height", err)
	}
	for skip := 0; ; {
		if read >= s.o.maxTx {
			from, to := remaining()
			gaps = append(gaps, chain.Gap{Reason: chain.SpanCut, From: from, To: to,
				Err: fmt.Errorf("bitcoin: a search reads at most %d transactions (WithMaxTransactions)", s.o.maxTx)})
			break
		}
		page, newTip, err := s.page(ctx, addr, skip, tip, newest)
		if err != nil {
			var fatal *fatalError
			if errors.As(err, &fatal) && !haveLast && len(out) == 0 {
				return nil, fatal.err
			}
			from, to := remaining()
			ie := s.incomplete(ctx, from, to, "searchrawtransactions", err)
			gaps = append(gaps, ie.Gaps...)
			break
		}
		tip = newTip
		skip += len(page)
		done := len(page) < s.o.page
		for _, tx := range page {
			read++
			if tx.BlockHash == "" || tx.Confirmations == 0 {
				continue // in the mempool: not in any block yet
			}
			height := uint64(tip) + 1 - tx.Confirmations
			bt := time.Unix(tx.Blocktime, 0).UTC()
			if seen[tx.Txid] {
				continue // new transactions shift the pages of a newest-first search
			}
			if past(span, height, bt, newest) {
				done = true
				break
			}
			last, haveLast = height, true
			if !span.Contains(height, bt) {
				continue
			}
			seen[tx.Txid] = true
			ts, err := s.transfers(key, tx, height, bt)
			if err != nil {
				return nil, err
			}
			out = append(out, ts...)
		}
		if done {
			break
		}
	}
	if newest {
		reverseTxOrder(out)
	}
	if len(gaps) > 0 {
		return out, &chain.IncompleteError{Gaps: gaps}
	}
	return out, nil
}

// past reports whether a transaction lies beyond the end of the span in
// the order of the search, so that none after it can be in the span.
func past(span chain.Span, height uint64, t time.Time, newest bool) bool {
	if newest {
		return height < span.From || (!span.Since.IsZero() && t.Before(span.Since))
	}
	return (span.To != 0 && height > span.To) || (!span.Until.IsZero() && !t.Before(span.Until))
}

// reverseTxOrder turns newest-first transactions into chain order while
// keeping each transaction's transfers in output order.
func reverseTxOrder(ts []chain.Transfer) {
	var groups [][]chain.Transfer
	for i := 0; i < len(ts); {
		j := i + 1
		for j < len(ts) && ts[j].TxHash == ts[i].TxHash {
			j++
		}
		groups = append(groups, append([]chain.Transfer(nil), ts[i:j]...))
		i = j
	}
	k := 0
	for g := len(groups) - 1; g >= 0; g-- {
		k += copy(ts[k:], groups[g])
	}
}

func (s *Source) decode(address string) (btcutil.Address, error) {
	a := strings.TrimSpace(address)
	addr, err := btcutil.DecodeAddress(a, s.params)
	if err == nil && !addr.IsForNet(s.params) {
		err = fmt.Errorf("%w: not an address of %s", chain.ErrPrefix, s.params.Name)
	}
	if err != nil {
		reason := chain.ErrPrefix
		if errors.Is(err, base58.ErrChecksum) || strings.Contains(err.Error(), "checksum") {
			reason = chain.ErrChecksum
		}
		if !errors.Is(err, reason) {
			err = fmt.Errorf("%w: %v", reason, err)
		}
		return nil, &chain.AddressError{Asset: s.o.asset, Address: address, Err: err}
	}
	return addr, nil
}

// transfers reads the transfers of one transaction to or from key.
func (s *Source) transfers(key string, tx *btcjson.SearchRawTransactionsResult, height uint64, bt time.Time) ([]chain.Transfer, error) {
	var senders []string
	self := false
	for _, in := range tx.Vin {
		if in.IsCoinBase() {
			continue
		}
		if in.PrevOut == nil {
			return nil, fmt.Errorf("bitcoin: transaction %s: input %s:%d without its previous output (is btcd run with --txindex?)", tx.Txid, in.Txid, in.Vout)
		}
		for _, a := range in.PrevOut.Addresses {
			if a == key {
				self = true
			} else if !contains(senders, a) {
				senders = append(senders, a)
			}
		}
	}
	base := chain.Transfer{Asset: s.o.asset, Kind: chain.Native, TxHash: tx.Txid, Block: height, Time: bt}
	var out []chain.Transfer
	for _, o := range tx.Vout {
		sat, err := btcutil.NewAmount(o.Value)
		if err != nil || sat < 0 {
			return nil, fmt.Errorf("bitcoin: transaction %s output %d: value %v: %v", tx.Txid, o.N, o.Value, err)
		}
		if sat == 0 {
			continue // data, or a dust-free marker: nothing paid
		}
		addrs := o.ScriptPubKey.Addresses
		if len(addrs) == 0 && o.ScriptPubKey.Address != "" {
			addrs = []string{o.ScriptPubKey.Address}
		}
		t := base
		t.Index = uint(o.N)
		switch {
		case self && contains(addrs, key):
			// change back to the screened address
		case self && len(addrs) == 0:
			t.From, t.Amount = key, big.NewInt(int64(sat))
			out = append(out, t)
		case self:
			for _, a := range addrs {
				t.From, t.To, t.Amount = key, a, big.NewInt(int64(sat))
				out = append(out, t)
			}
		case contains(addrs, key) && len(senders) == 0:
			t.To, t.Amount = key, big.NewInt(int64(sat)) // newly minted
			out = append(out, t)
		case contains(addrs, key):
			for _, a := range senders {
				t.From, t.To, t.Amount = a, key, big.NewInt(int64(sat))
				out = append(out, t)
			}
		}
	}
	return out, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// fatalError is a failure no retry and no partial result can mend: the
// node lacks the index, or refuses the credentials.
type fatalError struct{ err error }

func (e *fatalError) Error() string { return e.err.Error() }
func (e *fatalError) Unwrap() error { return e.err }

// page reads one page of the address's transactions and the chain height
// they were read at. The height is read before and after: when a block
// came in between, the confirmations the page carries may count from
// either, so the page is read again.
func (s *Source) page(ctx context.Context, addr btcutil.Address, skip int, tip int64, newest bool) ([]*btcjson.SearchRawTransactionsResult, int64, error) {
	for range 3 {
		var page []*btcjson.SearchRawTransactionsResult
		err := s.call(ctx, func() (err error) {
			page, err = s.client.SearchRawTransactionsVerbose(addr, skip, s.o.page, true, newest, nil)
			return err
		})
		var re *btcjson.RPCError
		if errors.As(err, &re) && strings.Contains(re.Message, "No information available") {
			// btcd's answer both for an unused address and for a
			// skip past the end.
			page, err = nil, nil
		}
		if err != nil {
			return nil, 0, err
		}
		after, err := s.tip(ctx)
		if err != nil {
			return nil, 0, err
		}
		if after == tip {
			return page, tip, nil
		}
		tip = after
	}
	return nil, 0, errors.New("bitcoin: blocks kept coming in while reading a page")
}

func (s *Source) tip(ctx context.Context) (int64, error) {
	var n int64
	err := s.call(ctx, func() (err error) {
		n, err = s.client.GetBlockCount()
		return err
	})
	return n, err
}

// call runs one request, bounded by ctx (rpcclient takes no context: a
// request abandoned on cancellation finishes in the background), retrying
// transient failures with backoff.
func (s *Source) call(ctx context.Context, fn func() error) error {
	delay := s.o.backoff
	for attempt := 1; ; attempt++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		s.trips.Add(1)
		done := make(chan error, 1)
		go func() { done <- fn() }()
		var err error
		select {
		case err = <-done:
		case <-ctx.Done():
			return ctx.Err()
		}
		if err == nil {
			return nil
		}
		if !transient(err) {
			var re *btcjson.RPCError
			if errors.As(err, &re) && (strings.Contains(re.Message, "index must be enabled") || re.Code == btcjson.ErrRPCMethodNotFound.Code) {
				return &fatalError{fmt.Errorf("bitcoin: %w", err)}
			}
			if strings.Contains(err.Error(), "status code: 401") || strings.Contains(err.Error(), "status code: 403") {
				return &fatalError{fmt.Errorf("bitcoin: the node refused the credentials: %w", err)}
			}
			return err
		}
		if attempt > s.o.retries {
			return fmt.Errorf("%w (after %d attempts)", err, attempt)
		}
		select {
		case <-time.After(delay):
		case <-ctx.Done():
			return ctx.Err()
		}
		delay = min(2*delay, 5*time.Second)
	}
}

// transient reports whether a failure may pass: rpcclient reports a reply
// that is not JSON-RPC (a proxy's error page) as "status code: N, response:
// ...", and network failures as they come.
func transient(err error) bool {
	var re *btcjson.RPCError
	if errors.As(err, &re) {
		return re.Code == btcjson.ErrRPCClientInInitialDownload || strings.Contains(strings.ToLower(re.Message), "timeout")
	}
	var ne net.Error
	msg := err.Error()
	return errors.As(err, &ne) ||
		strings.Contains(msg, "status code: 5") || strings.Contains(msg, "status code: 429") ||
		strings.Contains(msg, "connection") || strings.Contains(msg, "EOF") ||
		strings.Contains(msg, "error reading json reply") || strings.Contains(msg, "invalid http POST response")
}

// incomplete describes the part of a search a failure left out.
func (s *Source) incomplete(ctx context.Context, from, to uint64, what string, err error) *chain.IncompleteError {
	reason := chain.NodeFailure
	if ctx.Err() != nil {
		reason, err = chain.Canceled, ctx.Err()
	}
	return &chain.IncompleteError{Gaps: []chain.Gap{{Reason: reason, From: from, To: to, Err: fmt.Errorf("bitcoin: %s: %w", what, err)}}}
}
