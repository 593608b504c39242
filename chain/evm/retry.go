package evm

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/rpc"

	"github.com/sanctionscreen/ofac/chain"
)

// failure sorts what a node answers when a request fails.
type failure int

const (
	// permanent: asking again gets the same answer.
	permanent failure = iota
	// transient: the network, a proxy in front of the node, or a request
	// timeout; worth asking again after a wait.
	transient
	// rateLimited: the provider wants fewer requests; worth asking again
	// after a wait, a provider limit if it persists.
	rateLimited
	// tooLarge: the provider refused the size of the request (block range,
	// result count, batch length); a smaller one may pass.
	tooLarge
	// noMethod: the node does not offer the method.
	noMethod
)

// callError is a request that failed for good.
type callError struct {
	kind failure
	// reason is the gap it leaves when nothing more can be done.
	reason chain.Reason
	// exhausted is set when it failed through every retry.
	exhausted bool
	attempts  int
	err       error
}

func (e *callError) Error() string {
	if e.attempts > 1 {
		return fmt.Sprintf("%v (after %d attempts)", e.err, e.attempts)
	}
	return e.err.Error()
}

func (e *callError) Unwrap() error { return e.err }

// maxBackoff caps the wait between retries.
const maxBackoff = 5 * time.Second

// call runs one request (a batch counts as one), each attempt bounded by
// the request timeout, retrying transient failures with exponential
// backoff and jitter. It returns the context's error when the context
// ended, else nil or a *callError.
func (s *Source) call(ctx context.Context, fn func(ctx context.Context) error) error {
	delay := s.o.backoff
	for attempt := 1; ; attempt++ {
		actx, cancel := context.WithTimeout(ctx, s.o.timeout)
		s.trips.Add(1)
		err := fn(actx)
		cancel()
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		kind := classify(err)
		ce := &callError{kind: kind, reason: chain.NodeFailure, attempts: attempt, err: err}
		switch kind {
		case tooLarge:
			ce.reason = chain.ProviderLimit
			return ce
		case noMethod:
			ce.reason = chain.InternalNotCovered
			return ce
		case permanent:
			return ce
		case rateLimited:
			ce.reason = chain.ProviderLimit
		}
		if attempt > s.o.retries {
			ce.exhausted = true
			return ce
		}
		wait := delay/2 + rand.N(delay/2+1)
		select {
		case <-time.After(wait):
		case <-ctx.Done():
			return ctx.Err()
		}
		delay = min(2*delay, maxBackoff)
	}
}

// classify reads a failed request's error. The texts matched are those of
// geth, Erigon, Nethermind and the large hosted providers (Infura, Alchemy,
// QuickNode): JSON-RPC error codes are not used consistently enough to go
// by alone.
func classify(err error) failure {
	var he rpc.HTTPError
	if errors.As(err, &he) {
		switch {
		case he.StatusCode == 429:
			return rateLimited
		case he.StatusCode == 413:
			return tooLarge
		case he.StatusCode >= 500, he.StatusCode == 408:
			return transient
		}
		return permanent
	}
	var re rpc.Error
	if errors.As(err, &re) {
		msg := strings.ToLower(re.Error())
		switch {
		case re.ErrorCode() == -32601 || strings.Contains(msg, "does not exist") || strings.Contains(msg, "not available") && strings.Contains(msg, "method"):
			return noMethod
		case strings.Contains(msg, "rate limit") || strings.Contains(msg, "rate exceeded") || strings.Contains(msg, "too many requests") || strings.Contains(msg, "capacity"):
			return rateLimited
		case strings.Contains(msg, "topics") || strings.Contains(msg, "addresses"):
			return permanent // a malformed filter: no smaller request helps
		case re.ErrorCode() == -32005,
			strings.Contains(msg, "more than"),
			strings.Contains(msg, "too large"),
			strings.Contains(msg, "too many"),
			strings.Contains(msg, "exceed"),
			strings.Contains(msg, "range"),
			strings.Contains(msg, "limit"),
			strings.Contains(msg, "size"):
			return tooLarge
		case strings.Contains(msg, "timeout") || strings.Contains(msg, "timed out"):
			return transient
		}
		return permanent
	}
	var se *json.SyntaxError
	var ne net.Error
	switch {
	case errors.Is(err, context.DeadlineExceeded), // the request's own timeout
		errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF),
		errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE),
		errors.As(err, &ne),
		errors.As(err, &se): // an error page served as 200
		return transient
	}
	msg := err.Error()
	if strings.Contains(msg, "invalid character") || strings.Contains(msg, "connection") {
		return transient
	}
	return permanent
}

// callOrSplit runs a request over blocks from..to and, when the provider
// finds it too large, runs it again over each half, down to one block; a
// single block still too large is a provider limit the caller records.
func (s *Source) callOrSplit(ctx context.Context, from, to uint64, fn func(ctx context.Context, from, to uint64) error) error {
	err := s.call(ctx, func(ctx context.Context) error { return fn(ctx, from, to) })
	var ce *callError
	if err == nil || from == to || !errors.As(err, &ce) || ce.kind != tooLarge {
		return err
	}
	mid := from + (to-from)/2
	if err := s.callOrSplit(ctx, from, mid, fn); err != nil {
		return err
	}
	return s.callOrSplit(ctx, mid+1, to, fn)
}

// batch sends elems as one JSON-RPC batch and returns the first element
// error, so that a failed element is retried or split like a failed call.
// A batch the provider finds too large is split in halves.
func (s *Source) batch(ctx context.Context, elems []rpc.BatchElem) error {
	if len(elems) == 0 {
		return nil
	}
	err := s.call(ctx, func(ctx context.Context) error {
		for i := range elems {
			elems[i].Error = nil
		}
		if err := s.rpc.BatchCallContext(ctx, elems); err != nil {
			return err
		}
		for _, e := range elems {
			if e.Error != nil {
				return fmt.Errorf("%s: %w", e.Method, e.Error)
			}
		}
		return nil
	})
	var ce *callError
	if err == nil || len(elems) == 1 || !errors.As(err, &ce) || ce.kind != tooLarge {
		return err
	}
	half := len(elems) / 2
	if err := s.batch(ctx, elems[:half]); err != nil {
		return err
	}
	return s.batch(ctx, elems[half:])
}
