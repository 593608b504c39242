package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/sanctionscreen/ofac/screen"
	"github.com/sanctionscreen/ofac/sdn"
	"github.com/sanctionscreen/ofac/sdn/snapshot"
)

// The service tests drive the handler through a real loopback connection
// (httptest listens on 127.0.0.1 only) and compare its answers with the
// library's own on the same list.

func newTestService(t testing.TB, l *sdn.List, origin string) (*service, *generation) {
	t.Helper()
	g, err := newGeneration(l, newInfo(l, origin, ""))
	if err != nil {
		t.Fatal(err)
	}
	return newService(g, slog.New(slog.NewTextHandler(io.Discard, nil))), g
}

// post sends body to the service and decodes the answer into out (when
// not nil), returning the status.
func post(t testing.TB, c *http.Client, url, body string, out any) int {
	t.Helper()
	resp, err := c.Post(url+"/v1/screen", "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	return decodeAnswer(t, resp, out)
}

func decodeAnswer(t testing.TB, resp *http.Response, out any) int {
	t.Helper()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("%s answered Content-Type %q: %s", resp.Request.URL.Path, ct, b)
	}
	if out != nil {
		if err := json.Unmarshal(b, out); err != nil {
			t.Fatalf("answer is not JSON: %v: %.300s", err, b)
		}
	}
	return resp.StatusCode
}

func hitUIDs(hits []hitJSON) []int {
	uids := []int{}
	for _, h := range hits {
		uids = append(uids, h.UID)
	}
	return uids
}

func libUIDs(hits []screen.Hit) []int {
	uids := []int{}
	for _, h := range hits {
		uids = append(uids, h.Entry.UID)
	}
	return uids
}

func TestServeScreen(t *testing.T) {
	l := snapshotList(t)
	svc, _ := newTestService(t, l, originSnapshot)
	ts := httptest.NewServer(svc.handler())
	defer ts.Close()
	lib, err := screen.New(l)
	if err != nil {
		t.Fatal(err)
	}
	people := listedIndividuals(t, 3)
	clean := negatives(t, 2)
	var wallet string
	for _, e := range l.Entries {
		if len(e.Wallets) > 0 {
			wallet = e.Wallets[0].Address
			break
		}
	}

	// Each party is screened by the service and by the library; the hits
	// must be the same entries in the same order.
	parties := []screen.Query{
		{Name: people[0].Name, BirthDate: isoOf(people[0].BirthDates[0].From), Limit: defaultLimit},
		{Name: people[1].Name, Country: "VE", Limit: defaultLimit},
		{Name: clean[0], Limit: defaultLimit},
		{Wallets: []string{wallet}, Limit: defaultLimit},
		{Name: people[2].Name, Kind: sdn.Vessel, Limit: defaultLimit}, // a person is not a vessel
		{Name: clean[1], Wallets: []string{wallet}, Limit: 1},
	}
	var batch []map[string]any
	for i, q := range parties {
		p := map[string]any{"name": q.Name, "birth_date": q.BirthDate, "country": q.Country, "kind": string(q.Kind)}
		if q.Wallets != nil {
			p["wallets"] = q.Wallets
		}
		if q.Limit != defaultLimit {
			p["limit"] = q.Limit
		}
		batch = append(batch, p)
		body, _ := json.Marshal(p)
		var got screenResponse
		if code := post(t, ts.Client(), ts.URL, string(body), &got); code != http.StatusOK {
			t.Fatalf("party %d: status %d", i, code)
		}
		want := libUIDs(lib.Screen(q))
		if len(got.Results) != 1 {
			t.Fatalf("party %d: %d results", i, len(got.Results))
		}
		if diff := cmp.Diff(want, hitUIDs(got.Results[0].Hits)); diff != "" {
			t.Errorf("party %d %+v: hits differ from the library's (-lib +service):\n%s", i, q, diff)
		}
		if got.Matched != (len(want) > 0) || got.Results[0].Matched != (len(want) > 0) {
			t.Errorf("party %d: matched %v with %d hits", i, got.Matched, len(want))
		}
		if got.Schema != schema || got.List.Entries != len(l.Entries) || got.List.Published != day(l.Published) {
			t.Errorf("party %d: schema %q, list %+v", i, got.Schema, got.List)
		}
		for _, h := range got.Results[0].Hits {
			if h.Name == "" || h.Matched == "" || len(h.Reasons) == 0 || h.Score <= 0 || h.Score > 1 {
				t.Errorf("party %d: hit lacks what the API promises: %+v", i, h)
			}
		}
	}
	// The listed parties must have matched, or the comparison above proved
	// nothing about hits.
	if n := len(lib.Screen(parties[0])); n == 0 {
		t.Fatalf("%q not found by the library", parties[0].Name)
	}

	body, _ := json.Marshal(map[string]any{"parties": batch})
	var got screenResponse
	if code := post(t, ts.Client(), ts.URL, string(body), &got); code != http.StatusOK {
		t.Fatalf("batch: status %d", code)
	}
	if len(got.Results) != len(parties) {
		t.Fatalf("batch: %d results for %d parties", len(got.Results), len(parties))
	}
	for i, q := range parties {
		if diff := cmp.Diff(libUIDs(lib.Screen(q)), hitUIDs(got.Results[i].Hits)); diff != "" {
			t.Errorf("batch party %d: (-lib +service):\n%s", i, diff)
		}
		if got.Results[i].Query.Name != q.Name {
			t.Errorf("batch result %d answers %q, not %q", i, got.Results[i].Query.Name, q.Name)
		}
	}
	if !got.Matched {
		t.Error("batch with listed parties: matched false")
	}
}

// TestServeScreenUnreadWallet: a party's wallet in no format the list uses
// could be a listed one mistyped. As GET /v1/wallets does, POST /v1/screen
// refuses it rather than answer that the party matched nothing.
func TestServeScreenUnreadWallet(t *testing.T) {
	l := snapshotList(t)
	svc, _ := newTestService(t, l, originSnapshot)
	ts := httptest.NewServer(svc.handler())
	defer ts.Close()
	const (
		lazarus = "0x098B716B8Aaf21512996dC57EB0615e2383E2f96" // Lazarus Group, 27307
		short   = "0x098B716B8Aaf21512996dC57EB0615e2383E2f9"  // a digit left out
		typo    = "0x098B716B8Aaf21512996dC57EB0615e2383E2f97" // a digit mistyped
		stellar = "GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWHF"
	)
	refused := []struct {
		name, body, wallet string
		party              int // -1: none
	}{
		{"a digit left out", `{"wallets": ["` + short + `"]}`, short, -1},
		{"a digit mistyped", `{"wallets": ["` + typo + `"]}`, typo, -1},
		{"cut short, quoted", `{"name": "John Smith", "wallets": ["\"0x098B...\""]}`, `0x098B...`, -1},
		{"cut short in a batch", `{"parties": [{"name": "Jane Doe"}, {"wallets": ["0x098B...."]}]}`, "0x098B....", 1},
		{"the second wallet", `{"parties": [{"wallets": ["0x0000000000000000000000000000000000000001", "` + short + `"]}]}`, short, 0},
	}
	for _, c := range refused {
		var ae apiError
		code := post(t, ts.Client(), ts.URL, c.body, &ae)
		if code != http.StatusBadRequest || ae.Error.Code != "invalid_address" || !strings.Contains(ae.Error.Message, c.wallet) {
			t.Errorf("%s: status %d %+v, want 400 invalid_address naming %s", c.name, code, ae.Error, c.wallet)
		}
		switch {
		case c.party < 0 && ae.Error.Party != nil:
			t.Errorf("%s: error names party %d", c.name, *ae.Error.Party)
		case c.party >= 0 && (ae.Error.Party == nil || *ae.Error.Party != c.party || !strings.HasPrefix(ae.Error.Message, fmt.Sprintf("party %d: ", c.party))):
			t.Errorf("%s: error should name party %d: %+v", c.name, c.party, ae.Error)
		}
	}
	// A party with a hit is answered, the hit first; an address of
	// another chain, or a known format not listed, is clean.
	answered := []struct {
		name, body string
		matched    bool
	}{
		{"a hit beside the typo", `{"wallets": ["` + lazarus + `", "` + short + `"]}`, true},
		{"a person's kind beside a group's wallet", `{"name": "John Smith", "kind": "individual", "wallets": ["` + lazarus + `"]}`, true},
		{"a wallet written in text", `{"wallets": ["ETH: \u201c` + lazarus + `\u201d."]}`, true},
		{"another chain", `{"wallets": ["` + stellar + `"]}`, false},
		{"not listed", `{"wallets": ["0x0000000000000000000000000000000000000001"]}`, false},
	}
	for _, c := range answered {
		var got screenResponse
		if code := post(t, ts.Client(), ts.URL, c.body, &got); code != http.StatusOK || got.Matched != c.matched {
			t.Errorf("%s: status %d, matched %v, want 200 and %v", c.name, code, got.Matched, c.matched)
		}
	}
}

func TestServeWalletListHealth(t *testing.T) {
	l := snapshotList(t)
	svc, _ := newTestService(t, l, originSnapshot)
	ts := httptest.NewServer(svc.handler())
	defer ts.Close()
	var e *sdn.Entry
	for i := range l.Entries {
		if len(l.Entries[i].Wallets) > 0 {
			e = &l.Entries[i]
			break
		}
	}
	get := func(path string, out any) int {
		resp, err := ts.Client().Get(ts.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		return decodeAnswer(t, resp, out)
	}

	var rep report
	if code := get("/v1/wallets/"+e.Wallets[0].Address, &rep); code != http.StatusOK {
		t.Fatalf("listed wallet: status %d", code)
	}
	if !rep.Matched || len(rep.Results) != 1 || !cmp.Equal(hitUIDs(rep.Results[0].Hits), []int{e.UID}) {
		t.Errorf("listed wallet %s of UID %d: %+v", e.Wallets[0].Address, e.UID, rep)
	}
	// An address in a known format that is not listed is clean; one in no
	// format is a typo and an error, as with `wallet`.
	if code := get("/v1/wallets/0x0000000000000000000000000000000000000001", &rep); code != http.StatusOK || rep.Matched {
		t.Errorf("unlisted address: status %d, matched %v", code, rep.Matched)
	}
	var ae apiError
	if code := get("/v1/wallets/not-an-address", &ae); code != http.StatusBadRequest || ae.Error.Code != "invalid_address" {
		t.Errorf("typo: status %d, %+v", code, ae)
	}
	// An address of a chain outside the list's formats: not listed, and
	// which chain it is.
	rep = report{}
	if code := get("/v1/wallets/GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWHF", &rep); code != http.StatusOK || rep.Matched || len(rep.Results) != 1 || rep.Results[0].Chain != "Stellar" {
		t.Errorf("Stellar account: status %d, %+v", code, rep)
	}
	// A payment URI: a token transfer to the listed wallet, its "?" not
	// escaped, so that its parameters come as the request's query, and
	// its "/" escaped or not.
	evm := 0
	for i := range l.Entries {
		for _, w := range l.Entries[i].Wallets {
			if evm == 0 && strings.HasPrefix(w.Address, "0x") {
				evm = l.Entries[i].UID
				for _, slash := range []string{"%2F", "/"} {
					uri := "/v1/wallets/ethereum:0xdAC17F958D2ee523a2206206994597C13D831ec7" + slash + "transfer?address=" + w.Address + "&uint256=1"
					if code := get(uri, &rep); code != http.StatusOK || !rep.Matched || !cmp.Equal(hitUIDs(rep.Results[0].Hits), []int{evm}) {
						t.Errorf("%s: status %d, %+v", uri, code, rep)
					}
				}
			}
		}
	}
	if evm == 0 {
		t.Error("no EVM wallet on the list")
	}
	// The path reaches the handler as sent, "//", "." and ".." included:
	// never cleaned and redirected to another address.
	var btc, listedEVM string
	var btcUID, evmUID int
	for i := range l.Entries {
		for _, w := range l.Entries[i].Wallets {
			switch {
			case btc == "" && w.Asset == "XBT" && w.Address[0] == '1':
				btc, btcUID = w.Address, l.Entries[i].UID
			case listedEVM == "" && strings.HasPrefix(w.Address, "0x"):
				listedEVM, evmUID = w.Address, l.Entries[i].UID
			}
		}
	}
	noRedirect := *ts.Client()
	noRedirect.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	for _, c := range []struct {
		path   string
		status int
		uid    int
		code   string
	}{
		{"/v1/wallets/bitcoin://" + btc + "?amount=1", http.StatusOK, btcUID, ""},
		{"/v1/wallets/ethereum:0xdAC17F958D2ee523a2206206994597C13D831ec7//transfer?address=" + listedEVM, http.StatusOK, evmUID, ""},
		{"/v1/wallets/./" + btc, http.StatusBadRequest, 0, "invalid_address"},
		{"/v1/wallets/" + btc + "/.", http.StatusBadRequest, 0, "invalid_address"},
		// Cleaned, this was /v1/wallets/0x…01, unlisted: 200 and clean.
		{"/v1/wallets/0x0000000000000000000000000000000000000001/x%3Faddress=" + listedEVM + "/..", http.StatusBadRequest, 0, "invalid_address"},
		// So was this, through the mux; now refused.
		{"//v1/wallets/0x0000000000000000000000000000000000000001/x%3Faddress=" + listedEVM + "/..", http.StatusBadRequest, 0, "invalid_path"},
		{"/v1/./wallets/" + btc, http.StatusBadRequest, 0, "invalid_path"},
		{"/v1//wallets/bitcoin://" + btc, http.StatusBadRequest, 0, "invalid_path"},
	} {
		resp, err := noRedirect.Get(ts.URL + c.path)
		if err != nil {
			t.Fatal(err)
		}
		var rep report
		var ae apiError
		var code int
		if c.status == http.StatusOK {
			code = decodeAnswer(t, resp, &rep)
		} else {
			code = decodeAnswer(t, resp, &ae)
		}
		resp.Body.Close()
		switch {
		case code != c.status:
			t.Errorf("%s: status %d, want %d", c.path, code, c.status)
		case c.status == http.StatusOK && (!rep.Matched || !cmp.Equal(hitUIDs(rep.Results[0].Hits), []int{c.uid})):
			t.Errorf("%s: %+v, want UID %d", c.path, rep, c.uid)
		case c.status != http.StatusOK && ae.Error.Code != c.code:
			t.Errorf("%s: %+v, want %s", c.path, ae, c.code)
		}
	}

	var lj listJSON
	if code := get("/v1/list", &lj); code != http.StatusOK {
		t.Fatalf("/v1/list: status %d", code)
	}
	kinds, wallets := 0, 0
	for _, en := range l.Entries {
		wallets += len(en.Wallets)
	}
	for _, n := range lj.Kinds {
		kinds += n
	}
	if lj.List.Entries != len(l.Entries) || kinds != len(l.Entries) || lj.Wallets != wallets || lj.List.Published != day(l.Published) || lj.List.AgeDays == nil || lj.Refresh != nil {
		t.Errorf("/v1/list: %+v (want %d entries, %d wallets)", lj, len(l.Entries), wallets)
	}
	var hz map[string]any
	if code := get("/healthz", &hz); code != http.StatusOK || hz["status"] != "ok" {
		t.Errorf("/healthz: %d %v", code, hz)
	}

	// Wrong methods and paths get JSON errors too.
	for _, c := range []struct {
		method, path string
		status       int
		code         string
	}{
		{"GET", "/v1/screen", http.StatusMethodNotAllowed, "method_not_allowed"},
		{"DELETE", "/v1/list", http.StatusMethodNotAllowed, "method_not_allowed"},
		{"POST", "/v1/wallets/0xabc", http.StatusMethodNotAllowed, "method_not_allowed"},
		{"POST", "/v1/wallets/ethereum:0xabc/transfer", http.StatusMethodNotAllowed, "method_not_allowed"},
		{"GET", "/v1/wallets/", http.StatusBadRequest, "invalid_address"},
		{"GET", "/v1/wallets", http.StatusNotFound, "not_found"},
		{"POST", "/v1/wallets", http.StatusNotFound, "not_found"},
		{"GET", "/v1/wallets/0xabc/", http.StatusBadRequest, "invalid_address"},
		{"GET", "/v2/screen", http.StatusNotFound, "not_found"},
		{"GET", "/v1/wallets%2F0xabc", http.StatusNotFound, "not_found"},
		{"GET", "//v1/wallets/0xabc", http.StatusBadRequest, "invalid_path"},
	} {
		req, _ := http.NewRequest(c.method, ts.URL+c.path, nil)
		resp, err := ts.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var ae apiError
		code := decodeAnswer(t, resp, &ae)
		resp.Body.Close()
		if code != c.status || ae.Error.Code != c.code {
			t.Errorf("%s %s: %d %+v, want %d %s", c.method, c.path, code, ae, c.status, c.code)
		}
	}
}

// TestServeHostile sends what a broken or hostile client sends: each gets
// a clear error with a fitting status, in bounded time and memory, and the
// service still answers afterwards.
func TestServeHostile(t *testing.T) {
	l := snapshotList(t)
	svc, _ := newTestService(t, l, originSnapshot)
	ts := httptest.NewServer(svc.handler())
	defer ts.Close()

	rows := func(n int) string {
		var b strings.Builder
		b.WriteString(`{"parties": [`)
		for i := 0; i < n; i++ {
			if i > 0 {
				b.WriteByte(',')
			}
			fmt.Fprintf(&b, `{"name": "Payee %d Smith"}`, i)
		}
		b.WriteString(`]}`)
		return b.String()
	}
	mb := strings.Repeat("Maduro ", 1<<20/7)
	cases := []struct {
		name   string
		body   string
		status int
		code   string
		party  int // -1: none
	}{
		{"1 MB name", `{"name": "` + mb + `"}`, 400, "invalid_query", -1},
		{"1 MB name in a batch", `{"parties": [{"name": "ok"}, {"name": "` + mb + `"}]}`, 400, "invalid_query", 1},
		{"invalid UTF-8", "{\"name\": \"Nicol\xe1s Maduro\"}", 400, "invalid_utf8", -1},
		{"overlong UTF-8", "{\"name\": \"\xc0\xafetc\"}", 400, "invalid_utf8", -1},
		{"NUL", `{"name": "Nicolas\u0000Maduro"}`, 400, "invalid_query", -1},
		{"escape", `{"name": "Nicolas \u001b[31mMaduro"}`, 400, "invalid_query", -1},
		{"C1 control", `{"parties": [{"name": "a"}, {"name": "b"}, {"name": "x\u0085y"}]}`, 400, "invalid_query", 2},
		{"control in a wallet", `{"wallets": ["0xabc\u0007"]}`, 400, "invalid_query", -1},
		{"10,000-row batch", rows(10000), 422, "too_many_parties", -1},
		{"9 MiB body", `{"name": "` + strings.Repeat("a", 9<<20) + `"}`, 413, "body_too_large", -1},
		{"deep nesting", strings.Repeat("[", 200000) + strings.Repeat("]", 200000), 400, "invalid_json", -1},
		{"not JSON", "name=Maduro", 400, "invalid_json", -1},
		{"empty body", "", 400, "invalid_json", -1},
		{"two values", `{"name": "a"} {"name": "b"}`, 400, "invalid_json", -1},
		{"stray brace", `{"name": "a"} }`, 400, "invalid_json", -1},
		{"unknown field", `{"name": "Nicolas Maduro", "dob": "1962"}`, 400, "invalid_json", -1},
		{"wrong type", `{"name": 42}`, 400, "invalid_json", -1},
		{"empty query", `{}`, 400, "invalid_query", -1},
		{"empty batch", `{"parties": []}`, 400, "invalid_request", -1},
		{"batch and party", `{"name": "x", "parties": [{"name": "y"}]}`, 400, "invalid_request", -1},
		{"bad date", `{"name": "Nicolas Maduro", "birth_date": "23/11/1962"}`, 400, "invalid_query", -1},
		{"bad kind", `{"name": "Nicolas Maduro", "kind": "robot"}`, 400, "invalid_query", -1},
		{"bad score", `{"name": "Nicolas Maduro", "min_score": 2}`, 400, "invalid_query", -1},
		{"negative limit", `{"name": "Nicolas Maduro", "limit": -1}`, 400, "invalid_query", -1},
		{"wallets too long in all", `{"wallets": [` + strings.TrimSuffix(strings.Repeat(`"0xabc",`, screen.MaxWalletBytes/5+1), ",") + `]}`, 400, "invalid_query", -1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			start := time.Now()
			var ae apiError
			code := post(t, ts.Client(), ts.URL, c.body, &ae)
			took := time.Since(start)
			runtime.ReadMemStats(&after)
			if code != c.status || ae.Error.Code != c.code || ae.Error.Message == "" {
				t.Errorf("status %d %+v, want %d %s", code, ae.Error, c.status, c.code)
			}
			switch {
			case c.party < 0 && ae.Error.Party != nil:
				t.Errorf("error names party %d", *ae.Error.Party)
			case c.party >= 0 && (ae.Error.Party == nil || *ae.Error.Party != c.party):
				t.Errorf("error should name party %d: %+v", c.party, ae.Error)
			}
			if took > 5*time.Second {
				t.Errorf("took %v", took)
			}
			// Client and server share the process: the bound covers
			// both, and is a few times the largest body.
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 128<<20 {
				t.Errorf("allocated %d MB", alloc>>20)
			}
		})
	}
	// The service is unharmed.
	var got screenResponse
	if code := post(t, ts.Client(), ts.URL, `{"name": "Nicolas Maduro", "birth_date": "1962"}`, &got); code != 200 || !got.Matched {
		t.Fatalf("after the hostile requests: %d %+v", code, got)
	}
	// A batch of exactly the maximum is accepted.
	if code := post(t, ts.Client(), ts.URL, rows(maxParties), &got); code != 200 || len(got.Results) != maxParties {
		t.Fatalf("batch of %d: status %d, %d results", maxParties, code, len(got.Results))
	}
}

// TestServeLoad sends thousands of concurrent requests while the list in
// service is swapped again and again, between the SDN list and the SDN
// list combined with the consolidated list. Every answer is checked: a
// listed person must always be found, the entry only the consolidated list
// has must be found exactly when the answer says that list served it, and
// every hit must belong to the list the answer names. An empty or
// half-built index would fail one of these.
func TestServeLoad(t *testing.T) {
	sdnList := snapshotList(t)
	cons, err := sdn.Open("../../testdata/ofac/cons-csv-2025-12")
	if err != nil {
		t.Fatal(err)
	}
	both, err := sdn.Combine(sdnList, cons)
	if err != nil {
		t.Fatal(err)
	}
	lists := []*sdn.List{sdnList, both}
	gens := make([]*generation, 2)
	uids := make([]map[int]bool, 2)
	for i, l := range lists {
		if gens[i], err = newGeneration(l, newInfo(l, originFile, fmt.Sprintf("list-%d", i))); err != nil {
			t.Fatal(err)
		}
		uids[i] = map[int]bool{}
		for _, e := range l.Entries {
			uids[i][e.UID] = true
		}
	}
	if len(sdnList.Entries) == len(both.Entries) {
		t.Fatal("the two lists cannot be told apart by their size")
	}
	// A consolidated-list entry whose name finds it on the combined list
	// and nothing on the SDN list alone.
	var consOnly *sdn.Entry
	for i := range cons.Entries {
		e := &cons.Entries[i]
		if uids[0][e.UID] || len(gens[0].screener.Name(e.Name)) > 0 {
			continue
		}
		if hits := gens[1].screener.Name(e.Name); len(hits) > 0 && hits[0].Entry.UID == e.UID {
			consOnly = e
			break
		}
	}
	if consOnly == nil {
		t.Fatal("no entry of the consolidated list is found only on the combined list")
	}
	people := listedIndividuals(t, 20)

	svc := newService(gens[0], slog.New(slog.NewTextHandler(io.Discard, nil)))
	// The 32 clients still share the default slots, but queue for them
	// as long as it takes: this test checks answers during swaps, and
	// under -race on a busy machine a second's wait is sometimes not
	// enough, which TestServeBusy covers.
	svc.slotWait = time.Minute
	ts := httptest.NewServer(svc.handler())
	defer ts.Close()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}, Timeout: time.Minute}
	defer client.CloseIdleConnections()

	requests, workers := 4000, 32
	if testing.Short() {
		requests = 1200
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()

	// Swappers: one alternates the two prepared lists as fast as it can;
	// the other builds a new index from scratch each time, as a refresh
	// does, and swaps it in. Load runs until both have swapped.
	var swaps, builds atomic.Int64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		for i := 0; ; i++ {
			select {
			case <-done:
				return
			case <-time.After(time.Millisecond):
			}
			svc.swap(gens[i%2])
			swaps.Add(1)
		}
	}()
	go func() {
		defer wg.Done()
		for i := 1; ; i++ {
			g, err := newGeneration(lists[i%2], newInfo(lists[i%2], originFile, fmt.Sprintf("list-%d", i%2)))
			if err != nil {
				t.Error(err)
				return
			}
			select {
			case <-done:
				return
			default:
			}
			svc.swap(g)
			builds.Add(1)
		}
	}()

	var sent, failed atomic.Int64
	var served [2]atomic.Int64
	fail := func(format string, args ...any) {
		if failed.Add(1) <= 10 {
			t.Errorf(format, args...)
		}
	}
	var load sync.WaitGroup
	for w := 0; w < workers; w++ {
		load.Add(1)
		go func(w int) {
			defer load.Done()
			for {
				n := sent.Add(1)
				if ctx.Err() != nil || (n > int64(requests) && builds.Load() > 0) {
					return
				}
				p := people[int(n)%len(people)]
				body := fmt.Sprintf(`{"parties": [{"name": %q}, {"name": %q}]}`, p.Name, consOnly.Name)
				req, _ := http.NewRequestWithContext(ctx, "POST", ts.URL+"/v1/screen", strings.NewReader(body))
				resp, err := client.Do(req)
				if err != nil {
					fail("request %d: %v", n, err)
					continue
				}
				var got screenResponse
				b, err := io.ReadAll(resp.Body)
				resp.Body.Close()
				if err != nil || resp.StatusCode != 200 || json.Unmarshal(b, &got) != nil || len(got.Results) != 2 {
					fail("request %d: status %d, %v: %.200s", n, resp.StatusCode, err, b)
					continue
				}
				which := -1
				for i, l := range lists {
					if got.List.Entries == len(l.Entries) {
						which = i
					}
				}
				if which < 0 {
					fail("request %d served by a list of %d entries", n, got.List.Entries)
					continue
				}
				served[which].Add(1)
				if !slices.Contains(hitUIDs(got.Results[0].Hits), p.UID) {
					fail("request %d (list %d): %q did not find UID %d: %v", n, which, p.Name, p.UID, hitUIDs(got.Results[0].Hits))
				}
				if foundCons := len(got.Results[1].Hits) > 0 && got.Results[1].Hits[0].UID == consOnly.UID; foundCons != (which == 1) {
					fail("request %d: answer names list %d but the consolidated entry %d found: %v", n, which, consOnly.UID, foundCons)
				}
				for _, r := range got.Results {
					for _, h := range r.Hits {
						if !uids[which][h.UID] {
							fail("request %d: hit UID %d is not on list %d it names", n, h.UID, which)
						}
					}
				}
			}
		}(w)
	}
	load.Wait()
	close(done)
	wg.Wait()
	if ctx.Err() != nil {
		t.Fatalf("load did not finish in time: %d requests sent, %d builds", sent.Load(), builds.Load())
	}
	total := served[0].Load() + served[1].Load()
	t.Logf("%d requests answered (%d by the SDN list, %d by the combined list), %d swaps, %d fresh indexes, %d failures",
		total, served[0].Load(), served[1].Load(), swaps.Load(), builds.Load(), failed.Load())
	if failed.Load() > 0 {
		t.Fatalf("%d failed requests", failed.Load())
	}
	if total < int64(requests) || served[0].Load() == 0 || served[1].Load() == 0 || swaps.Load() < 10 {
		t.Fatalf("the load did not exercise the swaps: %d requests, %v/%v by list, %d swaps", total, served[0].Load(), served[1].Load(), swaps.Load())
	}
}

// TestServeRefresh refreshes from a local stand-in for Treasury: a newer
// list is swapped in; an outage keeps it and shows on /v1/list and in the
// log.
func TestServeRefresh(t *testing.T) {
	tr := newTreasury(t)
	snap := snapshotList(t)
	// The list in service: the same list a day older and a little
	// shorter, so that Treasury's is newer and passes the shrink check.
	old := *snap
	old.Published = snap.Published.AddDate(0, 0, -1)
	old.Entries = snap.Entries[:len(snap.Entries)-50]
	g, err := newGeneration(&old, newInfo(&old, originSnapshot, ""))
	if err != nil {
		t.Fatal(err)
	}
	var logs bytes.Buffer
	svc := newService(g, slog.New(slog.NewTextHandler(&logs, nil)))
	svc.every = 6 * time.Hour
	ts := httptest.NewServer(svc.handler())
	defer ts.Close()
	f := newRefresher(t.TempDir(), 0, tr.Client(), exportURL{sdn.SourceSDN, tr.url()})
	list := func() listJSON {
		resp, err := ts.Client().Get(ts.URL + "/v1/list")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var lj listJSON
		if code := decodeAnswer(t, resp, &lj); code != 200 {
			t.Fatalf("/v1/list: %d", code)
		}
		return lj
	}

	svc.refreshOnce(context.Background(), f)
	lj := list()
	if lj.List.Entries != len(snap.Entries) || lj.List.Published != day(snap.Published) || lj.List.Origin != originCache ||
		lj.Refresh == nil || lj.Refresh.LastStatus != string(sdn.FetchDownloaded) || lj.Refresh.LastRefreshError != "" || lj.Refresh.LastSuccess == nil {
		t.Fatalf("after a good refresh: %+v %+v\nlog: %s", lj.List, lj.Refresh, logs.String())
	}
	served := svc.gen.Load()

	tr.sdn.down.Store(true)
	svc.refreshOnce(context.Background(), f)
	lj = list()
	if svc.gen.Load() != served || lj.List.Entries != len(snap.Entries) {
		t.Errorf("a failed refresh changed the list in service: %+v", lj.List)
	}
	if lj.Refresh == nil || !strings.Contains(lj.Refresh.LastRefreshError, "503") || lj.Refresh.LastSuccess == nil || lj.Refresh.LastAttempt.Before(*lj.Refresh.LastSuccess) {
		t.Errorf("/v1/list does not show the failed refresh: %+v", lj.Refresh)
	}
	if !strings.Contains(logs.String(), "list refresh failed") || !strings.Contains(logs.String(), "503") {
		t.Errorf("the failure is not in the log:\n%s", logs.String())
	}
}

// TestServeRefreshBoth serves the SDN and the consolidated lists together,
// as the service does without --list, and refreshes each from its own
// export: new lists are swapped in together; when one export fails, the
// copy of that list in service stays, the other is refreshed all the
// same, and the error names the list that failed.
func TestServeRefreshBoth(t *testing.T) {
	tr := newTreasury(t)
	sdnSnap := snapshotList(t)
	consSnap, err := snapshot.Consolidated()
	if err != nil {
		t.Fatal(err)
	}
	l, info, err := combineParts([]*listInfo{newInfo(sdnSnap, originSnapshot, ""), newInfo(consSnap, originSnapshot, "")})
	if err != nil {
		t.Fatal(err)
	}
	g, err := newGeneration(l, info)
	if err != nil {
		t.Fatal(err)
	}
	var logs syncBuffer
	svc := newService(g, slog.New(slog.NewTextHandler(&logs, nil)))
	svc.every = 6 * time.Hour
	ts := httptest.NewServer(svc.handler())
	defer ts.Close()
	r := newRefresher(t.TempDir(), time.Minute, tr.Client(), exportURL{sdn.SourceSDN, tr.url()}, exportURL{sdn.SourceConsolidated, tr.consURL()})
	list := func() listJSON {
		t.Helper()
		resp, err := ts.Client().Get(ts.URL + "/v1/list")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var lj listJSON
		if code := decodeAnswer(t, resp, &lj); code != 200 {
			t.Fatalf("/v1/list: %d", code)
		}
		return lj
	}
	cons, err := sdn.Parse(bytes.NewReader(tr.cons.body()))
	if err != nil {
		t.Fatal(err)
	}
	var only *sdn.Entry // on the downloaded consolidated list, not the embedded one nor the SDN list
	for i, e := range cons.Entries {
		if consSnap.Entry(e.UID) == nil && sdnSnap.Entry(e.UID) == nil {
			only = &cons.Entries[i]
			break
		}
	}
	if only == nil {
		t.Fatal("no entry of the downloaded consolidated list alone")
	}
	screenOnly := func() []int {
		t.Helper()
		var got screenResponse
		if code := post(t, ts.Client(), ts.URL, fmt.Sprintf(`{"name": %q, "limit": 1}`, only.Name), &got); code != http.StatusOK {
			t.Fatalf("screen: status %d", code)
		}
		return hitUIDs(got.Results[0].Hits)
	}
	if uids := screenOnly(); slices.Contains(uids, only.UID) {
		t.Fatalf("%q found before the refresh", only.Name)
	}

	svc.refreshOnce(context.Background(), r)
	lj := list()
	if lj.List.Origin != originCache || lj.List.Source != "SDN+CONSOLIDATED" || len(lj.List.Parts) != 2 ||
		lj.List.Parts[0].URL != tr.url() || lj.List.Parts[1].URL != tr.consURL() || lj.List.Parts[1].Published != day(consDate) ||
		lj.Refresh.LastStatus != string(sdn.FetchDownloaded) || lj.Refresh.LastRefreshError != "" || lj.Refresh.LastSuccess == nil {
		t.Fatalf("after a good refresh: %+v %+v\nlog: %s", lj.List, lj.Refresh, logs.String())
	}
	if uids := screenOnly(); len(uids) != 1 || uids[0] != only.UID {
		t.Errorf("%q after the refresh: %v, want %d", only.Name, uids, only.UID)
	}
	served := svc.gen.Load()
	success := *lj.Refresh.LastSuccess

	// The consolidated export down, the SDN list not modified: nothing
	// new to serve, and the error says which list failed.
	tr.cons.down.Store(true)
	svc.refreshOnce(context.Background(), r)
	lj = list()
	if svc.gen.Load() != served {
		t.Error("a refresh with nothing new replaced the list in service")
	}
	if rf := lj.Refresh; rf.LastStatus != string(sdn.FetchFailed) || rf.LastRefreshReason != "http_status" ||
		!strings.HasPrefix(rf.LastRefreshError, "CONSOLIDATED list: Treasury answered HTTP 503") || strings.Contains(rf.LastRefreshError, "SDN list:") ||
		!rf.LastSuccess.Equal(success) {
		t.Errorf("/v1/list after the consolidated export failed: %+v", rf)
	}

	// A newer SDN list while the consolidated export is still down: the
	// new SDN list is swapped in beside the consolidated list in service.
	xml, err := realList()
	if err != nil {
		t.Fatal(err)
	}
	newer := sdnSnap.Published.AddDate(0, 0, 1)
	tr.sdn.set(bytes.Join(redated(t, xml, newer), nil), `"sdn-newer"`)
	svc.refreshOnce(context.Background(), r)
	lj = list()
	if svc.gen.Load() == served || lj.List.Parts[0].Published != day(newer) || lj.List.Parts[1].Published != day(consDate) ||
		lj.List.Parts[1].Origin != originCache || lj.List.Entries != served.info().Entries {
		t.Errorf("after a newer SDN list: %+v", lj.List)
	}
	if rf := lj.Refresh; rf.LastStatus != string(sdn.FetchFailed) || !strings.HasPrefix(rf.LastRefreshError, "CONSOLIDATED list: ") {
		t.Errorf("refresh: %+v", rf)
	}
	if uids := screenOnly(); len(uids) != 1 || uids[0] != only.UID {
		t.Errorf("%q after the partial refresh: %v, want %d", only.Name, uids, only.UID)
	}
	if log := logs.String(); !strings.Contains(log, "list refresh failed for some of the lists") || !strings.Contains(log, `msg="list refreshed" list=SDN status=downloaded published=`+day(newer)) {
		t.Errorf("the log does not say what happened:\n%s", log)
	}
}

// syncBuffer is a log destination the test reads while the service writes.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// serveParts answers 200 with the concatenation of parts, its length
// announced. The parts are slices of the real file where the fault allows,
// so that no case copies its 121 MB.
func serveParts(ctype string, parts ...[]byte) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		n := 0
		for _, p := range parts {
			n += len(p)
		}
		if ctype != "" {
			w.Header().Set("Content-Type", ctype)
		}
		w.Header().Set("Content-Length", strconv.Itoa(n))
		for _, p := range parts {
			if _, err := w.Write(p); err != nil {
				return
			}
		}
	}
}

// redated is the real file with its DateOfIssue replaced by d: the same
// list, published on another day.
func redated(t *testing.T, xml []byte, d time.Time) [][]byte {
	t.Helper()
	i := bytes.Index(xml, []byte("<DateOfIssue"))
	j := bytes.Index(xml, []byte("</DateOfIssue>"))
	if i < 0 || j < i || j > 4096 {
		t.Fatal("no DateOfIssue at the head of the real file")
	}
	date := fmt.Appendf(nil, `<DateOfIssue CalendarTypeID="1"><Year>%d</Year><Month>%d</Month><Day>%d</Day>`, d.Year(), d.Month(), d.Day())
	return [][]byte{xml[:i], date, xml[j:]}
}

// thinned is the real file with every tenth DistinctParty kept, and the
// SanctionsEntries of the kept ones: a well-formed list with a tenth of
// the entries, as a broken export would be.
func thinned(t *testing.T, xml []byte) (parts [][]byte, kept int) {
	t.Helper()
	const (
		partyOpen, partyClose = "<DistinctParty ", "</DistinctParty>"
		entryOpen, entryClose = "<SanctionsEntry ", "</SanctionsEntry>"
	)
	start := bytes.Index(xml, []byte("<DistinctParties>"))
	end := bytes.Index(xml, []byte("</DistinctParties>"))
	if start < 0 || end < start {
		t.Fatal("no DistinctParties in the real file")
	}
	keep := map[string]bool{}
	at, n := start, 0
	parts = append(parts, xml[:start+len("<DistinctParties>")])
	for {
		i := bytes.Index(xml[at:end], []byte(partyOpen))
		if i < 0 {
			break
		}
		i += at
		j := bytes.Index(xml[i:end], []byte(partyClose))
		if j < 0 {
			t.Fatalf("unclosed DistinctParty at byte %d", i)
		}
		j += i + len(partyClose)
		if n%10 == 0 {
			kept++
			party := xml[i:j]
			p := bytes.Index(party, []byte(`<Profile ID="`))
			if p < 0 {
				t.Fatalf("DistinctParty at byte %d has no Profile ID", i)
			}
			id, _, _ := bytes.Cut(party[p+len(`<Profile ID="`):], []byte(`"`))
			keep[string(id)] = true
			parts = append(parts, party)
		}
		n++
		at = j
	}
	// Up to the first SanctionsEntry as it is; then the kept ones.
	sstart := bytes.Index(xml[end:], []byte("<SanctionsEntries>"))
	if sstart < 0 {
		t.Fatal("no SanctionsEntries in the real file")
	}
	sstart += end + len("<SanctionsEntries>")
	send := bytes.Index(xml[sstart:], []byte("</SanctionsEntries>")) + sstart
	parts = append(parts, xml[end:sstart])
	at = sstart
	for {
		i := bytes.Index(xml[at:send], []byte(entryOpen))
		if i < 0 {
			break
		}
		i += at
		j := bytes.Index(xml[i:send], []byte(entryClose)) + i + len(entryClose)
		p := bytes.Index(xml[i:j], []byte(` ProfileID="`))
		id, _, _ := bytes.Cut(xml[i+p+len(` ProfileID="`):j], []byte(`"`))
		if keep[string(id)] {
			parts = append(parts, xml[i:j])
		}
		at = j
	}
	return append(parts, xml[send:]), kept
}

// TestServeRefreshFaults serves, from a stand-in for Treasury, each way a
// list update goes wrong: a download cut short, HTTP errors, a list older
// than the one in service, a list that lost most of its entries, a file of
// another kind, and a list whose index cannot be built. Each time the
// list in service must stay (the same index, still finding a listed
// person), and /v1/list and the log must say why in words an operator can
// act on.
func TestServeRefreshFaults(t *testing.T) {
	xml, err := realList()
	if err != nil {
		t.Fatal(err)
	}
	bz, err := os.ReadFile("../../testdata/ofac/sdn_advanced-2025-11-19.xml.bz2")
	if err != nil {
		t.Fatal(err)
	}
	cons, err := os.ReadFile("../../testdata/ofac/CONS_ENHANCED-2025-01-10.XML")
	if err != nil {
		t.Fatal(err)
	}
	csvFile, err := os.ReadFile("../../testdata/ofac/sdn-csv-2025-12/sdn.csv")
	if err != nil {
		t.Fatal(err)
	}
	noise := make([]byte, 64<<10)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range noise {
		noise[i] = byte(rng.Uint32())
	}
	snap := snapshotList(t)
	compact, err := snap.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	maduro := entryNamed(t, "MADURO MOROS, Nicolas")

	var logs syncBuffer
	g, err := newGeneration(snap, newInfo(snap, originSnapshot, ""))
	if err != nil {
		t.Fatal(err)
	}
	svc := newService(g, slog.New(slog.NewTextHandler(&logs, nil)))
	svc.every = 6 * time.Hour
	ts := httptest.NewServer(svc.handler())
	defer ts.Close()

	var serve atomic.Pointer[http.HandlerFunc]
	tr := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { (*serve.Load())(w, r) }))
	defer tr.Close()
	u := tr.URL + "/api/PublicationPreview/exports/SDN_ADVANCED.XML"

	failBuild := func(*sdn.List, *listInfo) (*generation, error) {
		return nil, errors.New("screen: out of memory building the index (simulated)")
	}
	panicBuild := func(*sdn.List, *listInfo) (*generation, error) {
		panic("index: slice bounds out of range (simulated)")
	}
	thin, kept := thinned(t, xml)
	older := snap.Published.AddDate(0, 0, -7)
	cases := []struct {
		name   string
		serve  http.HandlerFunc
		build  func(*sdn.List, *listInfo) (*generation, error) // nil: the real one
		status sdn.FetchStatus
		reason string
		words  []string // what last_refresh_error must say
	}{
		// (a) The download cut short: the connection ends before the
		// announced length, or a complete answer holds a file cut in the
		// middle (the XML as Treasury serves it, or bzip2).
		{name: "body cut short", serve: func(w http.ResponseWriter, r *http.Request) {
			conn, buf, err := http.NewResponseController(w).Hijack()
			if err != nil {
				t.Error(err)
				return
			}
			defer conn.Close()
			fmt.Fprintf(buf, "HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nContent-Length: %d\r\n\r\n", len(xml))
			buf.Write(xml[:len(xml)/2])
			buf.Flush()
		}, status: sdn.FetchFailed, reason: "truncated", words: []string{"truncated download", fmt.Sprintf("%d of %d bytes", len(xml)/2, len(xml))}},
		{name: "XML cut in the middle", serve: serveParts("application/xml", xml[:len(xml)/2]),
			status: sdn.FetchRejected, reason: "truncated", words: []string{"truncated download", "unexpected end of input"}},
		// A cut in the first tenth: the bzip2 reader decompresses 10 MB a
		// second, and a cut anywhere is in the middle of a block.
		{name: "bzip2 cut", serve: serveParts("application/x-bzip2", bz[:len(bz)/32]),
			status: sdn.FetchRejected, reason: "truncated", words: []string{"truncated download", "unexpected EOF"}},

		// (b) HTTP errors.
		{name: "500", serve: func(w http.ResponseWriter, r *http.Request) {
			http.Error(w, "Internal Server Error", http.StatusInternalServerError)
		}, status: sdn.FetchFailed, reason: "http_status", words: []string{"Treasury answered HTTP 500", "500 Internal Server Error"}},
		{name: "404", serve: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/xml")
			w.WriteHeader(http.StatusNotFound)
			io.WriteString(w, `<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>`)
		}, status: sdn.FetchFailed, reason: "http_status", words: []string{"Treasury answered HTTP 404", "NoSuchKey"}},
		{name: "429 with Retry-After", serve: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Retry-After", "120")
			http.Error(w, "Too Many Requests", http.StatusTooManyRequests)
		}, status: sdn.FetchFailed, reason: "http_status", words: []string{"Treasury answered HTTP 429, asking to retry after 120 s"}},
		{name: "redirect loop", serve: func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, r.URL.Path, http.StatusFound)
		}, status: sdn.FetchFailed, reason: "redirects", words: []string{"redirect loop", "10 redirects"}},
		{name: "200 HTML error page", serve: serveParts("text/html; charset=utf-8", []byte("<!DOCTYPE html><html><head><title>Maintenance</title></head><body><h1>The Sanctions List Service is down for maintenance</h1></body></html>")),
			status: sdn.FetchRejected, reason: "format", words: []string{"not a list", "answered 200 with text/html", "<html>"}},

		// (c) A list older than the one in service: the real file,
		// dated a week earlier.
		{name: "older list", serve: serveParts("application/xml", redated(t, xml, older)...),
			status: sdn.FetchRejected, reason: "stale", words: []string{"older than the one in service", "published " + day(older), day(snap.Published)}},

		// (d) A tenth of the entries.
		{name: "a tenth of the entries", serve: serveParts("application/xml", thin...),
			status: sdn.FetchRejected, reason: "shrunk", words: []string{"lost too many entries", fmt.Sprintf("%d entries where the list in service has %d", kept, len(snap.Entries))}},

		// (e) Another kind of file.
		{name: "consolidated list", serve: serveParts("application/xml", cons),
			status: sdn.FetchRejected, reason: "wrong_list", words: []string{"another list than the one in service", "CONSOLIDATED list where the list in service is SDN"}},
		{name: "CSV file", serve: serveParts("text/csv", csvFile),
			status: sdn.FetchRejected, reason: "format", words: []string{"not a list", "text/csv"}},
		{name: "random bytes", serve: serveParts("application/octet-stream", noise),
			status: sdn.FetchRejected, reason: "format", words: []string{"not a list", "application/octet-stream"}},
		{name: "empty body", serve: serveParts("application/xml"),
			status: sdn.FetchRejected, reason: "format", words: []string{"not a list", "empty input"}},

		// The Fetcher takes the list (the snapshot in the library's
		// compact form, which Parse reads as it reads the XML, in a
		// twentieth of the time), and the service cannot index it.
		{name: "index build fails", serve: serveParts("application/octet-stream", compact), build: failBuild,
			status: sdn.FetchRejected, reason: "index", words: []string{"index could not be built", "out of memory building the index (simulated)"}},
		{name: "index build panics", serve: serveParts("application/octet-stream", compact), build: panicBuild,
			status: sdn.FetchRejected, reason: "index", words: []string{"index could not be built", "panic: index: slice bounds out of range (simulated)"}},
	}
	get := func(t *testing.T, path string, out any) {
		t.Helper()
		resp, err := ts.Client().Get(ts.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if code := decodeAnswer(t, resp, out); code != http.StatusOK {
			t.Fatalf("%s: status %d", path, code)
		}
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			serve.Store(&c.serve)
			svc.build = newGeneration
			if c.build != nil {
				svc.build = c.build
			}
			defer func() { svc.build = newGeneration }()
			from := len(logs.String())
			// A Fetcher with an empty cache of its own: what one case
			// leaves in a cache must not decide the next.
			r := newRefresher(t.TempDir(), time.Minute, tr.Client(), exportURL{sdn.SourceSDN, u})
			start := time.Now()
			svc.refreshOnce(context.Background(), r)
			took := time.Since(start)

			if svc.gen.Load() != g {
				t.Fatal("the list in service was replaced")
			}
			var got screenResponse
			if code := post(t, ts.Client(), ts.URL, `{"name": "Nicolas Maduro", "limit": 1}`, &got); code != http.StatusOK ||
				len(got.Results) != 1 || !cmp.Equal(hitUIDs(got.Results[0].Hits), []int{maduro.UID}) {
				t.Errorf("Nicolas Maduro after the failed refresh: status %d, %+v", code, got.Results)
			}
			if got.List == nil || got.List.Published != day(snap.Published) || got.List.Entries != len(snap.Entries) {
				t.Errorf("the answer names another list: %+v", got.List)
			}

			var lj listJSON
			get(t, "/v1/list", &lj)
			if lj.List.Published != day(snap.Published) || lj.List.Entries != len(snap.Entries) || lj.Wallets != g.wallets || !cmp.Equal(lj.Kinds, g.kinds) {
				t.Errorf("/v1/list shows another list: %+v, %d wallets, %v", lj.List, lj.Wallets, lj.Kinds)
			}
			rf := lj.Refresh
			if rf == nil || rf.LastAttempt == nil || rf.LastAttempt.Before(start.Add(-time.Second)) {
				t.Fatalf("/v1/list does not show the attempt: %+v", rf)
			}
			if rf.LastStatus != string(c.status) || rf.LastRefreshReason != c.reason || rf.LastSuccess != nil {
				t.Errorf("/v1/list refresh: status %q reason %q success %v, want %q %q none", rf.LastStatus, rf.LastRefreshReason, rf.LastSuccess, c.status, c.reason)
			}
			for _, w := range c.words {
				if !strings.Contains(rf.LastRefreshError, w) {
					t.Errorf("last_refresh_error does not say %q: %s", w, rf.LastRefreshError)
				}
			}
			if !utf8.ValidString(rf.LastRefreshError) || strings.ContainsFunc(rf.LastRefreshError, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
				t.Errorf("last_refresh_error is not printable text: %q", rf.LastRefreshError)
			}
			log := logs.String()[from:]
			if !strings.Contains(log, "list refresh failed; the list in service stays") || !strings.Contains(log, "reason="+c.reason) || !strings.Contains(log, c.words[0]) {
				t.Errorf("the log does not have the failure:\n%s", log)
			}
			t.Logf("%v: %s", took.Round(time.Millisecond), rf.LastRefreshError)
		})
	}
}

// TestServeRefreshNotCached: a newer list that the Fetcher accepts but
// cannot write to the cache is put in service all the same, and the
// refresh says that it was not cached.
func TestServeRefreshNotCached(t *testing.T) {
	snap := snapshotList(t)
	newer := *snap
	newer.Published = snap.Published.AddDate(0, 0, 1)
	body, err := newer.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	tr := httptest.NewServer(serveParts("application/octet-stream", body))
	defer tr.Close()
	u := tr.URL + "/api/PublicationPreview/exports/SDN_ADVANCED.XML"
	// The cache's record cannot be written: a directory holds its name
	// (the Fetcher names it after the export, SDN_ADVANCED.XML.json).
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "SDN_ADVANCED.XML.json", "x"), 0o755); err != nil {
		t.Fatal(err)
	}

	var logs syncBuffer
	svc, g := newTestService(t, snap, originSnapshot)
	svc.log = slog.New(slog.NewTextHandler(&logs, nil))
	svc.every = 6 * time.Hour
	svc.refreshOnce(context.Background(), newRefresher(dir, time.Minute, tr.Client(), exportURL{sdn.SourceSDN, u}))

	in := svc.gen.Load()
	if in == g || in.list.Published != newer.Published || len(in.list.Entries) != len(newer.Entries) {
		t.Fatalf("the newer list is not in service: %s, %d entries", day(in.list.Published), len(in.list.Entries))
	}
	rs := svc.refresh
	if rs.Status != string(sdn.FetchDownloaded) || rs.Reason != "cache" || !strings.Contains(rs.Err, "in service but could not be cached") ||
		!strings.Contains(rs.Err, "not cached") || rs.LastSuccess.IsZero() {
		t.Errorf("refresh state: %+v", rs)
	}
	if log := logs.String(); !strings.Contains(log, "list refreshed but not cached") || !strings.Contains(log, "reason=cache") {
		t.Errorf("the log does not say it:\n%s", log)
	}
}

// TestServeBusy holds the screening slots itself, so that what a request
// meets does not depend on timing: with no slot free, a screen is turned
// away with 503 and Retry-After once its wait is over or its client gives
// up, a queued one is served as soon as a slot frees, and what needs no
// screening (a refused body, /v1/list, /healthz) is answered all along.
func TestServeBusy(t *testing.T) {
	l := snapshotList(t)
	svc, _ := newTestService(t, l, originSnapshot)
	svc.slots = make(chan struct{}, 1)
	ts := httptest.NewServer(svc.handler())
	defer ts.Close()
	maduro := entryNamed(t, "MADURO MOROS, Nicolas")
	const screenMaduro = `{"name": "Nicolas Maduro", "limit": 1}`
	var wallet string
	for _, e := range l.Entries {
		if len(e.Wallets) > 0 {
			wallet = e.Wallets[0].Address
			break
		}
	}
	health := func() map[string]any {
		t.Helper()
		resp, err := ts.Client().Get(ts.URL + "/healthz")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var hz map[string]any
		if code := decodeAnswer(t, resp, &hz); code != http.StatusOK {
			t.Fatalf("/healthz: %d", code)
		}
		return hz
	}
	found := func(got screenResponse) bool {
		return len(got.Results) == 1 && cmp.Equal(hitUIDs(got.Results[0].Hits), []int{maduro.UID})
	}

	// Every slot taken, a short wait: turned away.
	svc.slots <- struct{}{}
	svc.slotWait = 10 * time.Millisecond
	for _, req := range []struct{ method, path, body string }{
		{"POST", "/v1/screen", screenMaduro},
		{"GET", "/v1/wallets/" + wallet, ""},
	} {
		hreq, _ := http.NewRequest(req.method, ts.URL+req.path, strings.NewReader(req.body))
		resp, err := ts.Client().Do(hreq)
		if err != nil {
			t.Fatal(err)
		}
		var ae apiError
		code := decodeAnswer(t, resp, &ae)
		resp.Body.Close()
		if code != http.StatusServiceUnavailable || ae.Error.Code != "busy" || !strings.Contains(ae.Error.Message, "--max-inflight") || resp.Header.Get("Retry-After") != "1" {
			t.Errorf("%s %s with no slot: %d, Retry-After %q, %+v", req.method, req.path, code, resp.Header.Get("Retry-After"), ae.Error)
		}
	}
	// A refused body needs no slot, and says what is wrong with it.
	var ae apiError
	if code := post(t, ts.Client(), ts.URL, `{"name": "Nicolas Maduro", "dob": "1962"}`, &ae); code != http.StatusBadRequest || ae.Error.Code != "invalid_json" {
		t.Errorf("a bad body with no slot free: %d %+v", code, ae.Error)
	}
	hz := health()
	if hz["inflight"] != 1.0 || hz["max_inflight"] != 1.0 || hz["busy_rejected"] != 2.0 {
		t.Errorf("/healthz with the slot held: %v", hz)
	}

	// A client that gives up while queued is let go at once, although
	// its wait has an hour to run.
	svc.slotWait = time.Hour
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	rec := httptest.NewRecorder()
	done := make(chan struct{})
	go func() {
		defer close(done)
		svc.handler().ServeHTTP(rec, httptest.NewRequest("POST", "/v1/screen", strings.NewReader(screenMaduro)).WithContext(ctx))
	}()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("a request whose client is gone still waits for a slot")
	}
	if rec.Code != http.StatusServiceUnavailable {
		t.Errorf("a request whose client is gone: %d %s", rec.Code, rec.Body.String())
	}

	// A queued request is served once the slot frees.
	queued := make(chan struct{}, 1)
	svc.waiting = func() { queued <- struct{}{} }
	type answer struct {
		resp *http.Response
		err  error
	}
	answered := make(chan answer, 1)
	go func() {
		resp, err := ts.Client().Post(ts.URL+"/v1/screen", "application/json", strings.NewReader(screenMaduro))
		answered <- answer{resp, err}
	}()
	<-queued
	<-svc.slots // free the slot
	a := <-answered
	if a.err != nil {
		t.Fatal(a.err)
	}
	var queuedGot screenResponse
	if code := decodeAnswer(t, a.resp, &queuedGot); code != http.StatusOK || !found(queuedGot) {
		t.Errorf("the queued request: %d %+v", code, queuedGot.Results)
	}
	a.resp.Body.Close()
	svc.waiting = nil

	// Every slot is back: a request of each kind is served, and frees
	// its slot before the client reads the answer.
	var got screenResponse
	if code := post(t, ts.Client(), ts.URL, screenMaduro, &got); code != http.StatusOK || !found(got) {
		t.Errorf("with the slot free: %d %+v", code, got.Results)
	}
	resp, err := ts.Client().Get(ts.URL + "/v1/wallets/" + wallet)
	if err != nil {
		t.Fatal(err)
	}
	var rep report
	if code := decodeAnswer(t, resp, &rep); code != http.StatusOK || !rep.Matched {
		t.Errorf("wallet with the slot free: %d %+v", code, rep)
	}
	resp.Body.Close()
	if hz := health(); hz["inflight"] != 0.0 || hz["busy_rejected"] != 3.0 {
		t.Errorf("/healthz after: %v", hz)
	}
}

// TestServeBinary runs `ofacscreen serve` as a user does: it listens,
// answers, and stops cleanly (status 0) on SIGTERM.
func TestServeBinary(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("SIGTERM")
	}
	cmd := exec.Command(binary, "serve", "--addr", "127.0.0.1:0")
	cmd.Env = append(os.Environ(), "OFACSCREEN_CACHE="+t.TempDir())
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	sc := bufio.NewScanner(stderr)
	var addr string
	var log strings.Builder
	for addr == "" && sc.Scan() {
		log.WriteString(sc.Text() + "\n")
		if _, rest, ok := strings.Cut(sc.Text(), "msg=serving addr="); ok {
			addr, _, _ = strings.Cut(rest, " ")
		}
	}
	if addr == "" {
		t.Fatalf("no serving line:\n%s", log.String())
	}
	var got screenResponse
	if code := post(t, http.DefaultClient, "http://"+addr, `{"name": "Nicolas Maduro", "birth_date": "1962", "country": "VE"}`, &got); code != 200 || !got.Matched {
		t.Fatalf("status %d: %+v", code, got)
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	rest, _ := io.ReadAll(stderr)
	log.Write(rest)
	if err := cmd.Wait(); err != nil {
		t.Fatalf("after SIGTERM: %v\n%s", err, log.String())
	}
	if !strings.Contains(log.String(), "msg=stopped") {
		t.Errorf("no clean stop in the log:\n%s", log.String())
	}
	for _, args := range [][]string{{"serve", "--refresh", "1s"}, {"serve", "--refresh", "6h", "--list", "x"}, {"serve", "extra"}, {"serve", "--max-inflight", "0"}} {
		out, err := exec.Command(binary, args...).CombinedOutput()
		if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != exitError || !strings.HasPrefix(string(out), "ofacscreen serve: ") {
			t.Errorf("%v: %v %s", args, err, out)
		}
	}
}

// BenchmarkServeScreen measures single screens over a real loopback
// connection, listed and clean names mixed, from parallel clients.
func BenchmarkServeScreen(b *testing.B) {
	l := snapshotList(b)
	svc, _ := newTestService(b, l, originSnapshot)
	ts := httptest.NewServer(svc.handler())
	defer ts.Close()
	var bodies [][]byte
	for _, e := range listedIndividuals(b, 20) {
		bodies = append(bodies, fmt.Appendf(nil, `{"name": %q, "birth_date": %q}`, e.Name, isoOf(e.BirthDates[0].From)))
	}
	for _, n := range negatives(b, 80) {
		bodies = append(bodies, fmt.Appendf(nil, `{"name": %q}`, n))
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 256}}
	defer client.CloseIdleConnections()
	var next atomic.Int64
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			body := bodies[int(next.Add(1))%len(bodies)]
			resp, err := client.Post(ts.URL+"/v1/screen", "application/json", bytes.NewReader(body))
			if err != nil {
				b.Error(err)
				return
			}
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode != 200 {
				b.Errorf("status %d", resp.StatusCode)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "req/s")
}

// FuzzServeScreen posts arbitrary bodies: the answer is always JSON, with a
// status from the documented set, and a 200 answers every party posted.
func FuzzServeScreen(f *testing.F) {
	l := snapshotList(f)
	svc, _ := newTestService(f, l, originSnapshot)
	h := svc.handler()
	for _, e := range listedIndividuals(f, 3) {
		f.Add(fmt.Sprintf(`{"name": %q, "birth_date": %q}`, e.Name, isoOf(e.BirthDates[0].From)))
	}
	for _, e := range l.Entries {
		if len(e.Wallets) > 0 {
			f.Add(fmt.Sprintf(`{"wallets": [%q], "limit": 0}`, e.Wallets[0].Address))
			break
		}
	}
	f.Add(`{"parties": [{"name": "Nicolas Maduro", "country": "VE"}, {"name": "Jane Doe", "kind": "individual", "min_score": 0.5}]}`)
	f.Add("{\"name\": \"Nicol\xe1s\"}")
	f.Add(`{"name": "a\u0000b"}`)
	f.Add(`{"parties": []}`)
	f.Add(`[{"name": "x"}]`)
	f.Fuzz(func(t *testing.T, body string) {
		rec := httptest.NewRecorder()
		start := time.Now()
		h.ServeHTTP(rec, httptest.NewRequest("POST", "/v1/screen", strings.NewReader(body)))
		if took := time.Since(start); took > 10*time.Second {
			t.Fatalf("took %v for %q", took, body)
		}
		switch rec.Code {
		case 200, 400, 413, 422:
		default:
			t.Fatalf("status %d for %q: %s", rec.Code, body, rec.Body.String())
		}
		if rec.Code != 200 {
			var ae apiError
			if err := json.Unmarshal(rec.Body.Bytes(), &ae); err != nil || ae.Error.Code == "" || ae.Error.Message == "" {
				t.Fatalf("error answer %q: %v", rec.Body.String(), err)
			}
			return
		}
		var got screenResponse
		if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil {
			t.Fatalf("answer is not JSON: %v", err)
		}
		var req screenRequest
		if err := json.Unmarshal([]byte(body), &req); err != nil {
			t.Fatalf("accepted a body encoding/json refuses: %v", err)
		}
		want := 1
		if req.Parties != nil {
			want = len(req.Parties)
		}
		if len(got.Results) != want {
			t.Fatalf("%d results for %d parties", len(got.Results), want)
		}
	})
}
