package chain_test

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/sanctionscreen/ofac/chain"
)

// counting answers every call with a fresh transfer numbered by the call,
// so that a cached answer can be told from a new one.
type counting struct {
	calls atomic.Int64
	err   error
}

func (c *counting) Transfers(_ context.Context, address string, span chain.Span) ([]chain.Transfer, error) {
	n := c.calls.Add(1)
	return []chain.Transfer{{Asset: chain.ETH, TxHash: address, From: address, To: "0xto", Amount: amount(n), Block: span.From}}, c.err
}

func TestCache(t *testing.T) {
	ctx := context.Background()
	src := &counting{}
	c, err := chain.NewCache(src, 2, 0)
	if err != nil {
		t.Fatal(err)
	}
	closed := chain.Span{From: 1, To: 10}
	steps := []struct {
		address string
		span    chain.Span
		amount  int64 // the call whose answer comes back
	}{
		{"0xa", closed, 1},
		{"0xa", closed, 1},                      // hit
		{" 0xa\n", closed, 1},                   // white space is not part of the key
		{"0xa", chain.Span{From: 1, To: 11}, 2}, // another span
		{"0xa", chain.Span{From: 1}, 3},         // open span, ttl 0: never kept
		{"0xa", chain.Span{From: 1}, 4},
		{"0xb", closed, 5}, // evicts the least recently used: 0xa 1-10
		{"0xa", closed, 6},
		{"0xb", closed, 5},
	}
	for i, s := range steps {
		ts, err := c.Transfers(ctx, s.address, s.span)
		if err != nil {
			t.Fatal(err)
		}
		if len(ts) != 1 || ts[0].Amount.Int64() != s.amount {
			t.Errorf("step %d: %s %v: got call %v, want %d", i, s.address, s.span, ts[0].Amount, s.amount)
		}
		ts[0].Amount.SetInt64(-1) // must not reach the cached copy
	}
	if hits, misses := c.Stats(); hits != 3 || misses != 6 {
		t.Errorf("Stats() = %d hits, %d misses; want 3, 6", hits, misses)
	}
	c.Purge()
	if ts, _ := c.Transfers(ctx, "0xb", closed); ts[0].Amount.Int64() != 7 {
		t.Errorf("after Purge: got call %v, want 7", ts[0].Amount)
	}
}

func TestCacheOpenSpanTTL(t *testing.T) {
	ctx := context.Background()
	src := &counting{}
	// The ttl is long enough that a loaded machine (the race detector,
	// every package's tests at once) does not pause that long between the
	// first two calls.
	c, err := chain.NewCache(src, 8, 500*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	open := chain.Span{Since: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}
	first, _ := c.Transfers(ctx, "0xa", open)
	again, _ := c.Transfers(ctx, "0xa", open)
	if diff := cmp.Diff(first, again, cmpOpts...); diff != "" {
		t.Errorf("within the ttl (-first +again):\n%s", diff)
	}
	time.Sleep(600 * time.Millisecond)
	if later, _ := c.Transfers(ctx, "0xa", open); later[0].Amount.Int64() != 2 {
		t.Errorf("after the ttl: got call %v, want 2", later[0].Amount)
	}
}

// TestCacheKeepsOnlyComplete: a failure or a partial result is asked for
// again, and reaches the caller as the Source gave it.
func TestCacheKeepsOnlyComplete(t *testing.T) {
	ctx := context.Background()
	for _, err := range []error{
		errors.New("node down"),
		&chain.IncompleteError{Gaps: []chain.Gap{{Reason: chain.NodeFailure, From: 3, To: 4}}},
	} {
		src := &counting{err: err}
		c, _ := chain.NewCache(src, 8, time.Hour)
		for i := int64(1); i <= 2; i++ {
			ts, got := c.Transfers(ctx, "0xa", chain.Span{To: 9})
			if got != err || len(ts) != 1 || ts[0].Amount.Int64() != i {
				t.Errorf("%v: call %d: %v, %v", err, i, ts, got)
			}
		}
	}
	if _, err := chain.NewCache(nil, 8, 0); err == nil {
		t.Error("NewCache(nil): no error")
	}
	if _, err := chain.NewCache(&counting{}, 0, 0); err == nil {
		t.Error("NewCache of size 0: no error")
	}
}

func TestCacheConcurrent(t *testing.T) {
	src := &counting{}
	c, _ := chain.NewCache(src, 4, 0)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 200 {
				addr := []string{"0xa", "0xb", "0xc", "0xd", "0xe"}[(g+i)%5]
				ts, err := c.Transfers(context.Background(), addr, chain.Span{To: 5})
				if err != nil || len(ts) != 1 || ts[0].From != addr {
					t.Errorf("%s: %v, %v", addr, ts, err)
					return
				}
			}
		}()
	}
	wg.Wait()
	hits, misses := c.Stats()
	if hits+misses != 1600 || int64(misses) != src.calls.Load() {
		t.Errorf("hits %d + misses %d, source calls %d", hits, misses, src.calls.Load())
	}
}
