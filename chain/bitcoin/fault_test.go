package bitcoin_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/sanctionscreen/ofac/chain"
	"github.com/sanctionscreen/ofac/chain/bitcoin"
)

// proxy passes requests on to btcd unless fault answers request n (from
// 1) itself.
func proxy(t *testing.T, target string, fault func(n int64, w http.ResponseWriter) bool) string {
	var n atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if fault(n.Add(1), w) {
			return
		}
		req, _ := http.NewRequest("POST", "http://"+target, bytes.NewReader(body))
		req.Header = r.Header.Clone()
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			// The node is gone: drop the connection, as a dead host
			// behind a TCP proxy does.
			if hj, ok := w.(http.Hijacker); ok {
				if c, _, err := hj.Hijack(); err == nil {
					c.Close()
					return
				}
			}
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		defer resp.Body.Close()
		w.WriteHeader(resp.StatusCode)
		io.Copy(w, resp.Body)
	}))
	t.Cleanup(srv.Close)
	return strings.TrimPrefix(srv.URL, "http://")
}

const errorPage = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"

func badGateway(from, to int64) func(int64, http.ResponseWriter) bool {
	return func(n int64, w http.ResponseWriter) bool {
		if n < from || n > to {
			return false
		}
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(http.StatusBadGateway)
		io.WriteString(w, errorPage)
		return true
	}
}

// checkPartial checks that what a cut search found is real.
func checkPartial(t *testing.T, all, got []chain.Transfer, err error) *chain.IncompleteError {
	t.Helper()
	var ie *chain.IncompleteError
	if !errors.As(err, &ie) {
		t.Fatalf("err = %v, want an *IncompleteError", err)
	}
	for _, g := range got {
		ok := false
		for _, a := range all {
			ok = ok || cmp.Equal(a, g, cmpOpts...)
		}
		if !ok {
			t.Errorf("found a transfer that is not on chain: %+v", g)
		}
	}
	return ie
}

// testFaults runs last: its final case stops the node.
func testFaults(t *testing.T, s *btcScenario) {
	all := s.chainOrder(s.inL, s.inA, s.inM, s.outB, s.outL)
	ctx := context.Background()

	t.Run("error page, then recovers", func(t *testing.T) {
		host := proxy(t, s.node.host, badGateway(2, 3))
		src := bitcoin.New(newClient(t, host), params, bitcoin.WithRetries(3, 10*time.Millisecond))
		got, err := src.Transfers(ctx, s.w.String(), chain.Span{})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(all, got, cmpOpts...); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})

	t.Run("error page for good", func(t *testing.T) {
		host := proxy(t, s.node.host, badGateway(6, 1<<40))
		src := bitcoin.New(newClient(t, host), params, bitcoin.WithPageSize(1), bitcoin.WithRetries(2, 10*time.Millisecond))
		got, err := chain.OneHop(ctx, src, s.wl, s.w.String(), chain.Span{})
		if !errors.Is(err, chain.ErrIncomplete) || got == nil || got.Complete {
			t.Fatalf("OneHop = %v, %v; want a partial Exposure", got, err)
		}
		if len(got.Gaps) != 1 || got.Gaps[0].Reason != chain.NodeFailure || !strings.Contains(got.Gaps[0].Err.Error(), "status code: 502") {
			t.Errorf("gaps %v: want one node failure with the 502", got.Gaps)
		}
		var found []chain.Transfer
		for _, side := range []chain.Side{got.In, got.Out} {
			for _, c := range side.Counterparties {
				found = append(found, c.Transfers...)
			}
		}
		// Request 1 read the height; 2 and 3 a page (the mempool
		// transaction) and the height again; 4 and 5 the newest mined
		// transaction, whose transfers were found.
		if len(found) != 2 {
			t.Errorf("found %d transfers before the node failed, want 2: %v", len(found), found)
		}
		checkPartial(t, all, found, err)
	})

	t.Run("slow node", func(t *testing.T) {
		host := proxy(t, s.node.host, func(n int64, _ http.ResponseWriter) bool {
			if n > 3 {
				time.Sleep(2 * time.Second)
			}
			return false
		})
		src := bitcoin.New(newClient(t, host), params, bitcoin.WithPageSize(1))
		ctx, cancel := context.WithTimeout(ctx, 700*time.Millisecond)
		defer cancel()
		start := time.Now()
		got, err := src.Transfers(ctx, s.w.String(), chain.Span{})
		// Ignoring the context would wait out a 2 s answer; the bound
		// leaves room for a loaded machine, it is not a speed test.
		if d := time.Since(start); d > 2200*time.Millisecond {
			t.Errorf("returned %v after it was called with a 700 ms deadline", d)
		}
		ie := checkPartial(t, all, got, err)
		if !errors.Is(err, context.DeadlineExceeded) || ie.Gaps[0].Reason != chain.Canceled {
			t.Errorf("err = %v, want a deadline", err)
		}
	})

	t.Run("node stops", func(t *testing.T) {
		host := proxy(t, s.node.host, func(n int64, _ http.ResponseWriter) bool {
			if n == 6 {
				s.node.cmd.Process.Kill()
			}
			return false
		})
		src := bitcoin.New(newClient(t, host), params, bitcoin.WithPageSize(1))
		// rpcclient retries a dropped connection for about 20 s
		// before it reports it: the deadline is what ends the search.
		// It must also leave the five requests before the node stops
		// time to be answered on a loaded machine (the race detector,
		// every package's tests at once), or fewer recipients are found.
		ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		defer cancel()
		start := time.Now()
		got, err := chain.OneHop(ctx, src, s.wl, s.w.String(), chain.Span{})
		if d := time.Since(start); d > 10*time.Second {
			t.Errorf("returned %v after it was called with a 5 s deadline: waited for rpcclient's retries?", d)
		}
		if !errors.Is(err, chain.ErrIncomplete) || !errors.Is(err, context.DeadlineExceeded) || got == nil || got.Complete {
			t.Fatalf("OneHop = %v, %v; want a partial Exposure", got, err)
		}
		if n := len(got.Out.Counterparties); n != 2 {
			t.Errorf("found %d recipients before the node stopped, want 2", n)
		}
	})
}
