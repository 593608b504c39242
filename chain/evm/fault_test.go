package evm_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/google/go-cmp/cmp"

	"github.com/sanctionscreen/ofac/chain"
	"github.com/sanctionscreen/ofac/chain/evm"
)

// proxy stands between a Source and the node, passing requests on unless
// its fault says otherwise: what a load balancer, a provider's gateway or
// a dying node does to a client.
type proxy struct {
	srv    *httptest.Server
	target string
	n      atomic.Int64
	// fault may answer request number n (from 1) itself, returning true.
	fault func(n int64, body []byte, w http.ResponseWriter) bool
}

func newProxy(t testing.TB, target string, fault func(n int64, body []byte, w http.ResponseWriter) bool) *proxy {
	p := &proxy{target: target, fault: fault}
	p.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if p.fault != nil && p.fault(p.n.Add(1), body, w) {
			return
		}
		resp, err := http.Post(p.target, "application/json", bytes.NewReader(body))
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		defer resp.Body.Close()
		w.Header().Set("Content-Type", resp.Header.Get("Content-Type"))
		w.WriteHeader(resp.StatusCode)
		io.Copy(w, resp.Body)
	}))
	t.Cleanup(p.srv.Close)
	return p
}

// request is what the proxy reads of a JSON-RPC request or batch.
type request struct {
	ID     json.RawMessage   `json:"id"`
	Method string            `json:"method"`
	Params []json.RawMessage `json:"params"`
}

func parseRequests(body []byte) (reqs []request, batch bool) {
	if bytes.HasPrefix(bytes.TrimSpace(body), []byte("[")) {
		json.Unmarshal(body, &reqs)
		return reqs, true
	}
	var r request
	json.Unmarshal(body, &r)
	return []request{r}, false
}

func rpcError(w http.ResponseWriter, reqs []request, batch bool, code int, msg string) {
	out := make([]map[string]any, len(reqs))
	for i, r := range reqs {
		out[i] = map[string]any{"jsonrpc": "2.0", "id": r.ID, "error": map[string]any{"code": code, "message": msg}}
	}
	w.Header().Set("Content-Type", "application/json")
	if batch {
		json.NewEncoder(w).Encode(out)
	} else {
		json.NewEncoder(w).Encode(out[0])
	}
}

const errorPage = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>"

// checkPartial checks a partial result against everything the chain holds:
// what was found is all real, and what was not lies in a gap.
func checkPartial(t *testing.T, all, got []chain.Transfer, err error) *chain.IncompleteError {
	t.Helper()
	var ie *chain.IncompleteError
	if !errors.As(err, &ie) {
		t.Fatalf("err = %v, want an *IncompleteError", err)
	}
	found := map[string]bool{}
	for _, g := range got {
		k := g.TxHash + "/" + g.Kind.String()
		found[k] = true
		ok := false
		for _, a := range all {
			if cmp.Equal(a, g, cmpOpts...) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("found a transfer that is not on chain: %+v", g)
		}
	}
	for _, a := range all {
		if found[a.TxHash+"/"+a.Kind.String()] {
			continue
		}
		covered := false
		for _, g := range ie.Gaps {
			if g.From <= a.Block && a.Block <= g.To {
				covered = true
			}
		}
		if !covered {
			t.Errorf("the %s transfer %s of block %d is neither found nor in a gap %v", a.Kind, a.TxHash, a.Block, ie.Gaps)
		}
	}
	return ie
}

func (s *scenario) all() []chain.Transfer {
	return []chain.Transfer{s.inToken, s.inNative, s.inListedNative, s.outNative, s.outLazarus,
		s.outToken, s.outListedToken, s.inInternal, s.selfSend}
}

// stoppingTransport stops the node when the Source sends its stopAt-th
// request: the node is gone, its port refuses connections.
type stoppingTransport struct {
	n      atomic.Int64
	stopAt int64
	stop   func()
}

func (s *stoppingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	if s.n.Add(1) == s.stopAt {
		s.stop()
	}
	return http.DefaultTransport.RoundTrip(r)
}

func TestFaultNodeStops(t *testing.T) {
	s := buildScenario(t, startTracingNode)
	for _, stopAt := range []int64{2, 6, 12, 15} {
		t.Run(fmt.Sprint("request ", stopAt), func(t *testing.T) {
			if stopAt > 2 {
				s = buildScenario(t, startTracingNode)
			}
			tr := &stoppingTransport{stopAt: stopAt, stop: s.node.stop}
			c, err := rpc.DialOptions(context.Background(), s.node.url, rpc.WithHTTPClient(&http.Client{Transport: tr}))
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			// One request at a time, a block each, so that the stop
			// falls between pages.
			src := evm.New(ethclient.NewClient(c), evm.WithConcurrency(1), evm.WithBatchSize(1), evm.WithLogRange(1),
				evm.WithRetries(2, 10*time.Millisecond))
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			start := time.Now()
			got, err := src.Transfers(ctx, lower(s.w.addr), chain.Span{})
			// Bounds here say "did not wait for the deadline", with room
			// for a loaded machine and the race detector: not a speed test.
			if d := time.Since(start); d > 15*time.Second {
				t.Errorf("took %v after the node stopped: waited for the 20 s deadline?", d)
			}
			ie := checkPartial(t, s.all(), got, err)
			var refused bool
			for _, g := range ie.Gaps {
				if g.Reason != chain.NodeFailure {
					t.Errorf("gap %v: want %s", g, chain.NodeFailure)
				}
				refused = refused || errors.Is(g.Err, syscall.ECONNREFUSED)
			}
			if !refused {
				t.Errorf("no gap says the connection was refused: %v", ie)
			}
			if stopAt == 15 && len(got) == 0 {
				t.Error("nothing found before the node stopped")
			}
			t.Logf("stopped at request %d: %d transfers found, gaps %v", stopAt, len(got), ie.Gaps)
		})
	}
}

func TestFaultSlowNode(t *testing.T) {
	s := buildScenario(t, startTracingNode)
	slow := func(n int64, _ []byte, w http.ResponseWriter) bool {
		if n > 3 {
			time.Sleep(2 * time.Second)
		}
		return false
	}
	t.Run("context deadline", func(t *testing.T) {
		p := newProxy(t, s.node.url, slow)
		src := evm.New(dialClient(t, p.srv.URL), evm.WithConcurrency(1), evm.WithBatchSize(1), evm.WithLogRange(1))
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		start := time.Now()
		got, err := chain.OneHop(ctx, src, s.wl, lower(s.w.addr), chain.Span{})
		// A search that ignored its context would wait out the 2 s
		// answers.
		if d := time.Since(start); d > 2500*time.Millisecond {
			t.Errorf("OneHop returned %v after it was called with a 1 s deadline", d)
		}
		if !errors.Is(err, context.DeadlineExceeded) || !errors.Is(err, chain.ErrIncomplete) || got == nil || got.Complete {
			t.Fatalf("OneHop = %v, %v; want a partial Exposure and a deadline", got, err)
		}
		for _, g := range got.Gaps {
			if g.Reason != chain.Canceled {
				t.Errorf("gap %v: want %s", g, chain.Canceled)
			}
		}
	})
	t.Run("request timeout", func(t *testing.T) {
		p := newProxy(t, s.node.url, slow)
		src := evm.New(dialClient(t, p.srv.URL), evm.WithConcurrency(1), evm.WithRequestTimeout(100*time.Millisecond),
			evm.WithRetries(1, 10*time.Millisecond))
		start := time.Now()
		got, err := src.Transfers(context.Background(), lower(s.w.addr), chain.Span{})
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("took %v with 100 ms requests: the request timeout was not applied?", d)
		}
		ie := checkPartial(t, s.all(), got, err)
		if len(ie.Gaps) == 0 || ie.Gaps[0].Reason != chain.NodeFailure || !errors.Is(ie.Gaps[0].Err, context.DeadlineExceeded) {
			t.Errorf("gaps %v: want a node failure by request timeout", ie.Gaps)
		}
	})
}

func TestFaultErrorPage(t *testing.T) {
	s := buildScenario(t, startTracingNode)
	page := func(from, to int64, status int) func(int64, []byte, http.ResponseWriter) bool {
		return func(n int64, _ []byte, w http.ResponseWriter) bool {
			if n < from || n > to {
				return false
			}
			w.Header().Set("Content-Type", "text/html")
			w.WriteHeader(status)
			io.WriteString(w, errorPage)
			return true
		}
	}
	ctx := context.Background()
	for _, tc := range []struct {
		name  string
		fault func(int64, []byte, http.ResponseWriter) bool
	}{
		{"502 twice", page(2, 3, http.StatusBadGateway)},
		{"an error page served as 200", page(3, 3, http.StatusOK)},
		{"429 rate limit", page(1, 2, http.StatusTooManyRequests)},
	} {
		t.Run(tc.name+" then recovers", func(t *testing.T) {
			p := newProxy(t, s.node.url, tc.fault)
			src := evm.New(dialClient(t, p.srv.URL), evm.WithRetries(3, 10*time.Millisecond))
			got, err := chain.OneHop(ctx, src, s.wl, lower(s.w.addr), chain.Span{})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(s.want(true), got, cmpOpts...); diff != "" {
				t.Errorf("Exposure (-want +got):\n%s", diff)
			}
		})
	}
	t.Run("502 for good", func(t *testing.T) {
		p := newProxy(t, s.node.url, page(4, 1<<40, http.StatusBadGateway))
		src := evm.New(dialClient(t, p.srv.URL), evm.WithConcurrency(1), evm.WithRetries(2, 10*time.Millisecond))
		got, err := src.Transfers(ctx, lower(s.w.addr), chain.Span{})
		ie := checkPartial(t, s.all(), got, err)
		var he rpc.HTTPError
		if len(ie.Gaps) == 0 || ie.Gaps[0].Reason != chain.NodeFailure || !errors.As(ie.Gaps[0].Err, &he) || he.StatusCode != 502 {
			t.Errorf("gaps %v: want a node failure by HTTP 502", ie.Gaps)
		}
	})
}

// TestProviderLimits puts the Source behind a provider that takes log
// queries of one block and batches of two at most: the Source splits its
// requests until they pass, and the result is whole.
func TestProviderLimits(t *testing.T) {
	s := buildScenario(t, startTracingNode)
	var splits atomic.Int64
	limits := func(_ int64, body []byte, w http.ResponseWriter) bool {
		reqs, batch := parseRequests(body)
		if batch && len(reqs) > 2 {
			splits.Add(1)
			rpcError(w, reqs, batch, -32600, "batch too large")
			return true
		}
		if !batch && reqs[0].Method == "eth_getLogs" {
			var q struct{ FromBlock, ToBlock string }
			json.Unmarshal(reqs[0].Params[0], &q)
			from, _ := strconv.ParseUint(q.FromBlock[2:], 16, 64)
			to, _ := strconv.ParseUint(q.ToBlock[2:], 16, 64)
			if to > from {
				splits.Add(1)
				rpcError(w, reqs, batch, -32005, "query returned more than 10000 results")
				return true
			}
		}
		return false
	}
	p := newProxy(t, s.node.url, limits)
	src := evm.New(dialClient(t, p.srv.URL))
	got, err := chain.OneHop(context.Background(), src, s.wl, lower(s.w.addr), chain.Span{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(s.want(true), got, cmpOpts...); diff != "" {
		t.Errorf("Exposure (-want +got):\n%s", diff)
	}
	if splits.Load() == 0 {
		t.Error("the provider's limits were never hit")
	}

	// A provider that refuses every log query: the token transfers are
	// missing, and the result says it was the provider.
	refuse := func(_ int64, body []byte, w http.ResponseWriter) bool {
		reqs, batch := parseRequests(body)
		if !batch && reqs[0].Method == "eth_getLogs" {
			rpcError(w, reqs, batch, -32005, "query returned more than 10000 results")
			return true
		}
		return false
	}
	p = newProxy(t, s.node.url, refuse)
	src = evm.New(dialClient(t, p.srv.URL), evm.WithLogRange(2))
	transfers, err := src.Transfers(context.Background(), lower(s.w.addr), chain.Span{From: 3})
	ie := checkPartial(t, s.all(), transfers, err)
	if diff := cmp.Diff([]chain.Gap{{Reason: chain.ProviderLimit, From: 3, To: 4}}, ie.Gaps, cmpOpts...); diff != "" {
		t.Errorf("gaps (-want +got):\n%s", diff)
	}
	for _, tr := range transfers {
		if tr.Kind == chain.Token {
			t.Errorf("a token transfer found through a provider that answers no log query: %+v", tr)
		}
	}
}

// TestOldNode puts the Source behind a node that has neither
// eth_getBlockReceipts nor the debug namespace: receipts are asked by
// transaction, and the result is whole but for internal transfers.
func TestOldNode(t *testing.T) {
	s := buildScenario(t, startTracingNode)
	var asked atomic.Int64
	old := func(_ int64, body []byte, w http.ResponseWriter) bool {
		reqs, batch := parseRequests(body)
		for _, r := range reqs {
			if r.Method == "eth_getBlockReceipts" || r.Method == "debug_traceBlockByNumber" {
				asked.Add(1)
				rpcError(w, reqs, batch, -32601, "the method "+r.Method+" does not exist/is not available")
				return true
			}
		}
		return false
	}
	p := newProxy(t, s.node.url, old)
	src := evm.New(dialClient(t, p.srv.URL))
	for range 2 {
		got, err := chain.OneHop(context.Background(), src, s.wl, lower(s.w.addr), chain.Span{})
		if !errors.Is(err, chain.ErrIncomplete) {
			t.Fatalf("err = %v, want ErrIncomplete", err)
		}
		want := s.want(false)
		want.Gaps = []chain.Gap{{Reason: chain.InternalNotCovered, From: 1, To: s.last}}
		if diff := cmp.Diff(want, got, cmpOpts...); diff != "" {
			t.Errorf("Exposure (-want +got):\n%s", diff)
		}
	}
	if n := asked.Load(); n != 2 {
		t.Errorf("the missing methods were asked for %d times, want once each", n)
	}
}
