package chain

import (
	"context"
	"errors"
	"math/big"
	"sync/atomic"
	"time"

	lru "github.com/hashicorp/golang-lru/v2"
)

// Cache is a Source that remembers the most recently used results of
// another Source, keyed by address and span, so that screening a batch in
// which the same wallet recurs asks the node once.
//
// Only complete results are kept: an error, or a partial result, is asked
// again next time. A span with a fixed last block (Span.To set) covers
// blocks that no longer change and is kept until evicted; an open span
// grows with the chain and is kept for the ttl given to NewCache only.
// Results are copied in and out: callers may change what they get.
//
// A Cache is safe for concurrent use if its Source is.
type Cache struct {
	src     Source
	ttl     time.Duration
	entries *lru.Cache[cacheKey, cacheEntry]
	hits    atomic.Uint64
	misses  atomic.Uint64
	now     func() time.Time
}

type cacheKey struct {
	address      string
	from, to     uint64
	since, until int64 // Unix nanoseconds, 0 for none
}

type cacheEntry struct {
	transfers []Transfer
	expires   time.Time // zero: never
}

// NewCache wraps src in an LRU cache of at most size results. openTTL is
// how long a result for an open span (one that runs to the chain's head)
// stays fresh; 0 keeps no such results.
func NewCache(src Source, size int, openTTL time.Duration) (*Cache, error) {
	if src == nil {
		return nil, errors.New("chain: NewCache: nil Source")
	}
	entries, err := lru.New[cacheKey, cacheEntry](size)
	if err != nil {
		return nil, err
	}
	return &Cache{src: src, ttl: openTTL, entries: entries, now: time.Now}, nil
}

// Transfers returns the cached result for address and span when there is a
// fresh one, and otherwise asks the wrapped Source.
func (c *Cache) Transfers(ctx context.Context, address string, span Span) ([]Transfer, error) {
	k := keyOf(trim(address), span)
	if e, ok := c.entries.Get(k); ok {
		if e.expires.IsZero() || c.now().Before(e.expires) {
			c.hits.Add(1)
			return copyTransfers(e.transfers), nil
		}
		c.entries.Remove(k)
	}
	c.misses.Add(1)
	ts, err := c.src.Transfers(ctx, address, span)
	if err != nil {
		return ts, err
	}
	e := cacheEntry{transfers: copyTransfers(ts)}
	if span.Open() {
		if c.ttl <= 0 {
			return ts, nil
		}
		e.expires = c.now().Add(c.ttl)
	}
	c.entries.Add(k, e)
	return ts, nil
}

// Stats returns how many calls the cache answered itself and how many it
// passed to its Source.
func (c *Cache) Stats() (hits, misses uint64) { return c.hits.Load(), c.misses.Load() }

// Purge forgets every result, as after a reorganisation of the chain.
func (c *Cache) Purge() { c.entries.Purge() }

func keyOf(address string, s Span) cacheKey {
	k := cacheKey{address: address, from: s.From, to: s.To}
	if !s.Since.IsZero() {
		k.since = s.Since.UnixNano()
	}
	if !s.Until.IsZero() {
		k.until = s.Until.UnixNano()
	}
	return k
}

// copyTransfers copies the slice and the amounts, the only part of a
// Transfer a caller could change in place.
func copyTransfers(ts []Transfer) []Transfer {
	if ts == nil {
		return nil
	}
	out := make([]Transfer, len(ts))
	for i, t := range ts {
		if t.Amount != nil {
			t.Amount = new(big.Int).Set(t.Amount)
		}
		out[i] = t
	}
	return out
}
