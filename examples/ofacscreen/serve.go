package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"path"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/sanctionscreen/ofac/chain"
	"github.com/sanctionscreen/ofac/screen"
	"github.com/sanctionscreen/ofac/sdn"
)

// Limits of the service: each bounds the memory or the time one request
// may take, so that a hostile or broken client cannot starve the others.
const (
	// maxBodyBytes bounds a request body. A full batch of maxParties
	// parties with long names and a few wallets each fits well inside.
	maxBodyBytes = 8 << 20
	// maxParties bounds a batch: screening is about 50 µs a party, so a
	// full batch answers in well under the write timeout.
	maxParties = 1000
	// defaultLimit is the number of hits a party gets when it does not
	// say, as with `name --limit`.
	defaultLimit = 10
	// maxAddressBytes bounds the address of GET /v1/wallets/{address}: the
	// longest format the list uses (Monero's integrated address) is 106.
	maxAddressBytes = 256
	// maxURIBytes bounds a payment URI there, which adds an amount, a
	// label and a message to its addresses.
	maxURIBytes = 2048
	// slotWait is how long a screening request waits for a free slot
	// (see service.slots) before it is turned away with 503: a full
	// batch screens in about 50 ms, so a second without a slot means the
	// service is overloaded, and the client is better told to retry than
	// left in a queue that only grows.
	slotWait = time.Second
)

// defaultMaxInflight is the default of --max-inflight: screening is CPU
// work, and more requests at once than a few per CPU only make each answer
// slower and hold more answers in memory.
func defaultMaxInflight() int { return 4 * runtime.GOMAXPROCS(0) }

// queryIn is the JSON form of a screen.Query, as a client posts it.
type queryIn struct {
	Name      string   `json:"name"`
	Kind      string   `json:"kind"`
	BirthDate string   `json:"birth_date"`
	Country   string   `json:"country"`
	Wallets   []string `json:"wallets"`
	// Limit is a pointer so that an explicit 0 (all hits) differs from
	// an absent field (defaultLimit).
	Limit    *int    `json:"limit"`
	MinScore float64 `json:"min_score"`
}

// screenRequest is the body of POST /v1/screen: one party, or a batch in
// Parties. The embedded query and Parties are exclusive.
type screenRequest struct {
	queryIn
	Parties []queryIn `json:"parties"`
}

// partyEcho is the query as the service understood it, returned with its
// hits so that a log of answers is self-contained.
type partyEcho struct {
	Name      string   `json:"name,omitempty"`
	Kind      string   `json:"kind,omitempty"`
	BirthDate string   `json:"birth_date,omitempty"`
	Country   string   `json:"country,omitempty"`
	Wallets   []string `json:"wallets,omitempty"`
	Limit     int      `json:"limit"`
	MinScore  float64  `json:"min_score"`
}

type partyResult struct {
	Query   partyEcho `json:"query"`
	Matched bool      `json:"matched"`
	Hits    []hitJSON `json:"hits"`
}

// screenResponse answers POST /v1/screen: Results[i] answers party i (a
// single query gets one result).
type screenResponse struct {
	Schema  string        `json:"schema"`
	List    *listInfo     `json:"list"`
	Matched bool          `json:"matched"`
	Results []partyResult `json:"results"`
}

// apiError is the body of every error answer.
type apiError struct {
	Error apiErrorBody `json:"error"`
}

type apiErrorBody struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	// Party is the index in the batch of the party at fault.
	Party *int `json:"party,omitempty"`
}

// generation is one list in service with its index. Requests load one
// generation and use it from start to end, so that the list an answer
// names is the list that produced its hits, even while a refresh swaps
// in the next one.
type generation struct {
	screener *screen.Screener
	list     *sdn.List
	desc     *listInfo // the list as loaded, its age as of then
	kinds    map[string]int
	wallets  int
	since    time.Time // put in service
}

func newGeneration(l *sdn.List, info *listInfo) (*generation, error) {
	s, err := screen.New(l)
	if err != nil {
		return nil, err
	}
	// The tables a first query in Arabic letters or kanji would build
	// are built before the list is put in service.
	s.Warm()
	g := &generation{screener: s, list: l, desc: info, kinds: map[string]int{}, since: time.Now()}
	for i := range l.Entries {
		g.kinds[string(l.Entries[i].Kind)]++
		g.wallets += len(l.Entries[i].Wallets)
	}
	return g, nil
}

// info describes the generation's list, its age computed now: a service
// runs for weeks and the age must not freeze at start-up.
func (g *generation) info() *listInfo { return g.desc.aged(time.Now()) }

// parts returns the lists the generation screens together, each with its
// description, as copies a refresh may change: for a single list, the
// list itself.
func (g *generation) parts() []*listInfo {
	if len(g.desc.Parts) == 0 {
		p := *g.desc
		p.list = g.list
		return []*listInfo{&p}
	}
	var out []*listInfo
	for _, p := range g.desc.Parts {
		c := *p
		out = append(out, &c)
	}
	return out
}

// refreshState is what the last background refresh did, for GET /v1/list.
type refreshState struct {
	At     time.Time
	Status string
	// Reason is one word for why the last refresh kept the old list (see
	// refreshReasons), for a monitor to match; Err says it in full.
	Reason string
	Err    string
	// LastSuccess is when a refresh last ended with a good list (new or
	// unchanged).
	LastSuccess time.Time
}

// service answers the HTTP API. Its zero value is not usable: see
// newService.
type service struct {
	gen     atomic.Pointer[generation]
	log     *slog.Logger
	every   time.Duration // refresh interval, 0 when off
	started time.Time

	mu      sync.Mutex // guards refresh
	refresh refreshState

	// build makes the generation of a refreshed list; tests replace it
	// to make a build fail.
	build func(*sdn.List, *listInfo) (*generation, error)

	// slots holds a token for each screening request in flight; its
	// capacity is --max-inflight. A request that gets no slot within
	// slotWait is answered 503, so that a burst never queues without
	// bound nor runs without bound.
	slots    chan struct{}
	slotWait time.Duration
	busy     atomic.Int64 // requests turned away for want of a slot
	// waiting, when set, is called as a request starts to wait for a
	// slot: tests use it to know a request is queued.
	waiting func()
}

func newService(g *generation, log *slog.Logger) *service {
	s := &service{log: log, started: time.Now(), build: newGeneration,
		slots: make(chan struct{}, defaultMaxInflight()), slotWait: slotWait}
	s.gen.Store(g)
	return s
}

// acquire takes a screening slot, waiting at most slotWait, or less when
// the client gives up first. release gives the slot back and may be
// called more than once, so that a handler can free the slot before it
// writes a large answer to a slow client, and again on its way out in
// case it panicked before.
func (s *service) acquire(ctx context.Context) (release func(), ok bool) {
	select {
	case s.slots <- struct{}{}:
	default:
		if s.waiting != nil {
			s.waiting()
		}
		t := time.NewTimer(s.slotWait)
		defer t.Stop()
		select {
		case s.slots <- struct{}{}:
		case <-t.C:
			return nil, false
		case <-ctx.Done():
			return nil, false
		}
	}
	var once sync.Once
	return func() { once.Do(func() { <-s.slots }) }, true
}

// tooBusy answers a request that got no slot.
func (s *service) tooBusy(w http.ResponseWriter) {
	s.busy.Add(1)
	w.Header().Set("Retry-After", "1")
	writeError(w, http.StatusServiceUnavailable, "busy", fmt.Sprintf("the service is screening as many requests at once as it may (%d, --max-inflight): retry in a second", cap(s.slots)), nil)
}

// swap puts the next list in service: the index is built before the swap,
// and the swap is one atomic store, so that no request ever sees an empty
// or half-built index.
func (s *service) swap(g *generation) { s.gen.Store(g) }

// handler routes the API. Each path also has a method-less pattern so that
// a wrong method gets a JSON 405 rather than the mux's plain text.
func (s *service) handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/screen", s.screen)
	mux.HandleFunc("/v1/screen", methodNotAllowed("POST"))
	// Without it the mux would redirect /v1/wallets to /v1/wallets/.
	mux.HandleFunc("/v1/wallets", notFound)
	mux.HandleFunc("GET /v1/list", s.listInfo)
	mux.HandleFunc("/v1/list", methodNotAllowed("GET"))
	mux.HandleFunc("GET /healthz", s.healthz)
	mux.HandleFunc("/healthz", methodNotAllowed("GET"))
	mux.HandleFunc("/", notFound)
	wrongMethod := methodNotAllowed("GET, HEAD")
	return s.recoverer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// GET /v1/wallets/{address}: the rest of the path as sent. The
		// mux would clean it ("//" to "/", "." and ".." segments away)
		// and redirect, so that a payment URI ("ethereum:0x…/transfer?
		// address=0x…", "bitcoin://1…") reached the handler changed, or
		// a crafted one ("x%3Faddress=<listed>/..") reached it as
		// another path and was answered clean. The prefix is read in
		// the path as sent: "/v1/wallets%2F…" is no wallet path.
		if strings.HasPrefix(r.URL.EscapedPath(), "/v1/wallets/") {
			if r.Method != http.MethodGet && r.Method != http.MethodHead {
				wrongMethod(w, r)
				return
			}
			r.SetPathValue("address", strings.TrimPrefix(r.URL.Path, "/v1/wallets/"))
			s.wallet(w, r)
			return
		}
		// "//v1/wallets/…", "/v1/./wallets/…": the mux would clean the
		// whole path, the address with it, and redirect. Such a path is
		// refused instead.
		if p := path.Clean(r.URL.Path); p != r.URL.Path && strings.HasPrefix(p, "/v1/wallets/") {
			writeError(w, http.StatusBadRequest, "invalid_path", fmt.Sprintf("the path %q is not in its plain form (it has \"//\", \".\" or \"..\" before the address): send /v1/wallets/{address}", r.URL.Path), nil)
			return
		}
		mux.ServeHTTP(w, r)
	}))
}

// recoverer turns a panic in a handler into a 500 with a JSON body and a
// notFound answers a path that is no endpoint, in JSON as every error.
func notFound(w http.ResponseWriter, r *http.Request) {
	writeError(w, http.StatusNotFound, "not_found", fmt.Sprintf("no endpoint %s: use POST /v1/screen, GET /v1/wallets/{address}, GET /v1/list, GET /healthz", r.URL.Path), nil)
}

// log line, so that one bad request never takes the service down silently.
func (s *service) recoverer(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("panic", "method", r.Method, "path", r.URL.Path, "panic", fmt.Sprint(v))
				writeError(w, http.StatusInternalServerError, "internal", "internal error: see the service log", nil)
			}
		}()
		h.ServeHTTP(w, r)
	})
}

func methodNotAllowed(allow string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Allow", allow)
		writeError(w, http.StatusMethodNotAllowed, "method_not_allowed", fmt.Sprintf("%s %s: use %s", r.Method, r.URL.Path, allow), nil)
	}
}

func writeError(w http.ResponseWriter, status int, code, msg string, party *int) {
	writeJSONStatus(w, status, apiError{Error: apiErrorBody{Code: code, Message: msg, Party: party}})
}

func writeJSONStatus(w http.ResponseWriter, status int, v any) {
	body, status := encodeJSON(status, v)
	writeBody(w, status, body)
}

// encodeJSON is the CPU half of an answer, apart from the writing, which
// waits on the client.
func encodeJSON(status int, v any) ([]byte, int) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		// Only a bug gets here (every type is plain data).
		return []byte(`{"error":{"code":"internal","message":"could not encode the answer"}}` + "\n"), http.StatusInternalServerError
	}
	return buf.Bytes(), status
}

func writeBody(w http.ResponseWriter, status int, body []byte) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	w.Write(body)
}

// screen answers POST /v1/screen.
func (s *service) screen(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBodyBytes))
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			writeError(w, http.StatusRequestEntityTooLarge, "body_too_large", fmt.Sprintf("request body is larger than %d bytes: split the batch", int64(maxBodyBytes)), nil)
			return
		}
		writeError(w, http.StatusBadRequest, "bad_body", "reading the request body: "+err.Error(), nil)
		return
	}
	// encoding/json would replace invalid UTF-8 with U+FFFD and screen the
	// mangled name; a name that is not what the client sent must be
	// refused, not screened.
	if !utf8.Valid(body) {
		off := len(body)
		for i := 0; i < len(body); {
			rn, n := utf8.DecodeRune(body[i:])
			if rn == utf8.RuneError && n == 1 {
				off = i
				break
			}
			i += n
		}
		writeError(w, http.StatusBadRequest, "invalid_utf8", fmt.Sprintf("request body is not valid UTF-8 (first bad byte at offset %d)", off), nil)
		return
	}
	var req screenRequest
	dec := json.NewDecoder(bytes.NewReader(body))
	// A misspelt field ("dob" for "birth_date") would otherwise be dropped
	// silently and the party screened without it.
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		writeError(w, http.StatusBadRequest, "invalid_json", "request body is not a query or a batch: "+jsonErr(err, body), nil)
		return
	}
	// Anything after the value, a second value or a stray brace, means
	// the client sent something other than what it meant.
	if rest := bytes.TrimSpace(body[dec.InputOffset():]); len(rest) > 0 {
		writeError(w, http.StatusBadRequest, "invalid_json", fmt.Sprintf("request body goes on after the JSON value (at byte %d): send one query or one {\"parties\": [...]}", dec.InputOffset()), nil)
		return
	}
	parties := []queryIn{req.queryIn}
	if req.Parties != nil {
		if !isZeroQuery(req.queryIn) {
			writeError(w, http.StatusBadRequest, "invalid_request", "a batch carries its parties in \"parties\" only: move the other fields into a party", nil)
			return
		}
		if len(req.Parties) == 0 {
			writeError(w, http.StatusBadRequest, "invalid_request", "\"parties\" is empty", nil)
			return
		}
		if len(req.Parties) > maxParties {
			writeError(w, http.StatusUnprocessableEntity, "too_many_parties", fmt.Sprintf("%d parties in one batch, more than %d: split it", len(req.Parties), maxParties), nil)
			return
		}
		parties = req.Parties
	}
	queries := make([]screen.Query, len(parties))
	for i, p := range parties {
		q, err := p.query()
		if err != nil {
			var at *int
			msg := err.Error()
			if req.Parties != nil {
				at = &i
				msg = fmt.Sprintf("party %d: %s", i, msg)
			}
			writeError(w, http.StatusBadRequest, "invalid_query", msg, at)
			return
		}
		queries[i] = q
	}

	// Only a valid request takes a slot, and only for the screening:
	// reading a slow client's body or writing it a large answer holds
	// none.
	release, ok := s.acquire(r.Context())
	if !ok {
		s.tooBusy(w)
		return
	}
	defer release()
	g := s.gen.Load()
	resp := screenResponse{Schema: schema, List: g.info(), Results: make([]partyResult, 0, len(queries))}
	for i, q := range queries {
		if i%64 == 63 && r.Context().Err() != nil {
			return // the client went away: nobody reads the rest
		}
		hits := g.screener.Screen(q)
		if len(hits) == 0 {
			// As `wallet` and GET /v1/wallets do: a mistyped address
			// is never listed, and answering "clean" would hide the
			// typo.
			if msg := unreadWallet(q); msg != "" {
				release()
				var at *int
				if req.Parties != nil {
					at = &i
					msg = fmt.Sprintf("party %d: %s", i, msg)
				}
				writeError(w, http.StatusBadRequest, "invalid_address", msg, at)
				return
			}
		}
		min := q.MinScore
		if min == 0 {
			min = screen.DefaultThreshold
		}
		res := partyResult{Query: partyEcho{Name: q.Name, Kind: string(q.Kind), BirthDate: q.BirthDate, Country: q.Country,
			Wallets: q.Wallets, Limit: q.Limit, MinScore: min}, Matched: len(hits) > 0, Hits: make([]hitJSON, 0, len(hits))}
		for _, h := range hits {
			res.Hits = append(res.Hits, newHit(h))
		}
		resp.Matched = resp.Matched || res.Matched
		resp.Results = append(resp.Results, res)
	}
	body, status := encodeJSON(http.StatusOK, resp)
	release()
	writeBody(w, status, body)
}

// unreadWallet says, for a party with a wallet in no format the list
// uses and of no other chain OtherChain knows, which wallet and what is
// wrong with it; "" when every wallet is read.
func unreadWallet(q screen.Query) string {
	for j, a := range q.Wallets {
		_, why := walletFormats(a)
		if why == "" {
			continue
		}
		msg := fmt.Sprintf("wallets[%d]: %s", j, why)
		if q.Name != "" {
			msg += "; the name was screened and matched nothing"
		}
		return msg
	}
	return ""
}

// jsonErr says where the body went wrong, in the words of a client who
// wrote it.
func jsonErr(err error, body []byte) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return fmt.Sprintf("%v (at byte %d)", syn, syn.Offset)
	case errors.As(err, &typ):
		return fmt.Sprintf("field %q must be %s, not %s (at byte %d)", typ.Field, typ.Type, typ.Value, typ.Offset)
	case errors.Is(err, io.EOF):
		return "the body is empty"
	case errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Sprintf("the body ends early (%d bytes)", len(body))
	}
	return err.Error()
}

func isZeroQuery(q queryIn) bool {
	return q.Name == "" && q.Kind == "" && q.BirthDate == "" && q.Country == "" && q.Wallets == nil && q.Limit == nil && q.MinScore == 0
}

// query turns a posted party into a screen.Query and checks it: the
// library's Validate, plus what a service must refuse that a command line
// never sees (control characters, an empty wallet, a negative limit).
func (p queryIn) query() (screen.Query, error) {
	q := screen.Query{Name: strings.TrimSpace(p.Name), BirthDate: p.BirthDate, Country: strings.TrimSpace(p.Country),
		MinScore: p.MinScore, Limit: defaultLimit}
	if p.Limit != nil {
		if *p.Limit < 0 {
			return q, fmt.Errorf("limit %d: give 0 (all hits) or more", *p.Limit)
		}
		q.Limit = *p.Limit
	}
	if p.Kind != "" {
		k, err := kindOf(p.Kind)
		if err != nil {
			return q, errors.New(strings.Replace(err.Error(), "--kind", "kind", 1))
		}
		q.Kind = k
	}
	for _, f := range [...]struct{ field, v string }{{"name", p.Name}, {"birth_date", p.BirthDate}, {"country", p.Country}} {
		if err := checkText(f.field, f.v); err != nil {
			return q, err
		}
	}
	if len(p.Country) > 128 {
		return q, fmt.Errorf("country is %d bytes: give an ISO code (VE) or a country's name", len(p.Country))
	}
	for i, a := range p.Wallets {
		a = strings.TrimSpace(a)
		switch {
		case a == "":
			return q, fmt.Errorf("wallets[%d] is empty", i)
		case len(a) > maxURIBytes || len(a) > maxAddressBytes && !chain.IsURI(a):
			return q, fmt.Errorf("wallets[%d] is %d bytes, more than any address format (%d) or payment URI (%d)", i, len(a), maxAddressBytes, maxURIBytes)
		}
		if err := checkText(fmt.Sprintf("wallets[%d]", i), a); err != nil {
			return q, err
		}
		q.Wallets = append(q.Wallets, a)
	}
	if err := q.Validate(); err != nil {
		if errors.Is(err, screen.ErrEmptyQuery) {
			return q, errors.New("the query has neither a name nor a wallet")
		}
		return q, err
	}
	return q, nil
}

// checkText refuses control characters other than tab, newline and carriage
// return: they are never part of a name, and a client that sends them has
// a bug worth hearing about.
func checkText(field, s string) error {
	for i, r := range s {
		if (r < 0x20 && r != '\t' && r != '\n' && r != '\r') || (r >= 0x7f && r < 0xa0) {
			return fmt.Errorf("%s has the control character %U at byte %d", field, r, i)
		}
	}
	return nil
}

// wallet answers GET /v1/wallets/{address} with the JSON of `wallet --json`.
func (s *service) wallet(w http.ResponseWriter, r *http.Request) {
	addr := strings.TrimSpace(r.PathValue("address"))
	limit := maxAddressBytes
	if chain.IsURI(addr) {
		// A payment URI whose "?" was not escaped: its parameters
		// came as the request's query, which this endpoint has none
		// of; a token transfer names its payee there. A URI whose
		// "?" was escaped has its parameters already.
		if r.URL.RawQuery != "" && !strings.Contains(addr, "?") {
			addr += "?" + r.URL.RawQuery
		}
		limit = maxURIBytes
	}
	if len(addr) > limit {
		writeError(w, http.StatusBadRequest, "invalid_address", fmt.Sprintf("the address is %d bytes, more than %d", len(addr), limit), nil)
		return
	}
	if !utf8.ValidString(addr) {
		writeError(w, http.StatusBadRequest, "invalid_address", "the address is not valid UTF-8", nil)
		return
	}
	if err := checkText("the address", addr); err != nil {
		writeError(w, http.StatusBadRequest, "invalid_address", err.Error(), nil)
		return
	}
	release, ok := s.acquire(r.Context())
	if !ok {
		s.tooBusy(w)
		return
	}
	defer release()
	g := s.gen.Load()
	hits := g.screener.Screen(screen.Query{Wallets: []string{addr}})
	release()
	res, _, _ := walletResult(addr, hits)
	if res.Error != "" && !res.Matched {
		// As `wallet` does: a mistyped address is never listed, and
		// answering "clean" would hide the typo.
		writeError(w, http.StatusBadRequest, "invalid_address", res.Error, nil)
		return
	}
	writeJSONStatus(w, http.StatusOK, report{Schema: schema, Command: "wallet", List: g.info(), Matched: res.Matched, Results: []result{res}})
}

// listJSON answers GET /v1/list.
type listJSON struct {
	Schema  string         `json:"schema"`
	List    *listInfo      `json:"list"`
	Kinds   map[string]int `json:"kinds"`
	Wallets int            `json:"wallets"`
	// InServiceSince is when this list was put in service.
	InServiceSince time.Time    `json:"in_service_since"`
	Refresh        *refreshJSON `json:"refresh,omitempty"`
}

type refreshJSON struct {
	Every            string     `json:"every"`
	LastAttempt      *time.Time `json:"last_attempt,omitempty"`
	LastStatus       string     `json:"last_status,omitempty"`
	LastSuccess      *time.Time `json:"last_success,omitempty"`
	LastRefreshError string     `json:"last_refresh_error,omitempty"`
	// LastRefreshReason is the one-word Reason of LastRefreshError.
	LastRefreshReason string `json:"last_refresh_reason,omitempty"`
}

func (s *service) listInfo(w http.ResponseWriter, r *http.Request) {
	g := s.gen.Load()
	out := listJSON{Schema: schema, List: g.info(), Kinds: g.kinds, Wallets: g.wallets, InServiceSince: g.since.UTC()}
	if s.every > 0 {
		s.mu.Lock()
		rs := s.refresh
		s.mu.Unlock()
		rj := &refreshJSON{Every: s.every.String(), LastStatus: rs.Status, LastRefreshError: rs.Err, LastRefreshReason: rs.Reason}
		if !rs.At.IsZero() {
			at := rs.At.UTC()
			rj.LastAttempt = &at
		}
		if !rs.LastSuccess.IsZero() {
			ok := rs.LastSuccess.UTC()
			rj.LastSuccess = &ok
		}
		out.Refresh = rj
	}
	writeJSONStatus(w, http.StatusOK, out)
}

func (s *service) healthz(w http.ResponseWriter, r *http.Request) {
	g := s.gen.Load()
	info := g.info()
	writeJSONStatus(w, http.StatusOK, map[string]any{"status": "ok", "entries": info.Entries, "published": info.Published, "stale": info.Stale,
		"inflight": len(s.slots), "max_inflight": cap(s.slots), "busy_rejected": s.busy.Load()})
}

// refresher holds the Fetchers of --refresh, one per list, with a note of
// Treasury's answers that the Fetchers' errors leave out.
type refresher struct {
	exports []*refreshExport
	note    *answerNote
}

// refreshExport is the Fetcher of one list: its export, and the Source of
// the list in service it refreshes.
type refreshExport struct {
	source string
	f      *sdn.Fetcher
}

// exportURL names the export that refreshes the list of a Source.
type exportURL struct{ source, url string }

// newRefresher fetches each export into the cache dir through client
// (nil: the default client), noting each answer on the way.
func newRefresher(dir string, timeout time.Duration, client *http.Client, exports ...exportURL) *refresher {
	note := &answerNote{}
	c := &http.Client{}
	if client != nil {
		*c = *client
	}
	base := c.Transport
	if base == nil {
		base = http.DefaultTransport
	}
	c.Transport = &noteTransport{base: base, note: note}
	r := &refresher{note: note}
	for _, x := range exports {
		r.exports = append(r.exports, &refreshExport{source: x.source, f: &sdn.Fetcher{URL: x.url, CacheDir: dir, Timeout: timeout, Client: c}})
	}
	return r
}

// answer is what an operator needs from Treasury's answers to one refresh
// and a sdn.Fetcher error does not carry: the Retry-After of a 429 or 503,
// the Content-Type of a 200 that is not a list (an HTML error page says
// more than "root element <html>"), and how many redirects there were.
type answer struct {
	status     int
	ctype      string
	retryAfter string
	redirects  int
}

// answerNote is the answer of the refresh under way, noted by the
// transport of the Fetcher's client.
type answerNote struct {
	mu  sync.Mutex
	ans answer
}

func (n *answerNote) reset() {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.ans = answer{}
}

func (n *answerNote) get() answer {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.ans
}

type noteTransport struct {
	base http.RoundTripper
	note *answerNote
}

func (t *noteTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(req)
	if err != nil {
		return resp, err
	}
	n := t.note
	n.mu.Lock()
	n.ans.status = resp.StatusCode
	n.ans.ctype = resp.Header.Get("Content-Type")
	n.ans.retryAfter = resp.Header.Get("Retry-After")
	if resp.StatusCode >= 300 && resp.StatusCode < 400 {
		n.ans.redirects++
	}
	n.mu.Unlock()
	return resp, nil
}

// refreshReasons are the values of Reason, and what each tells the
// operator, before the Fetcher's own error.
var refreshReasons = map[string]string{
	"truncated":   "truncated download: the file ended before the whole list arrived",
	"http_status": "Treasury answered HTTP",
	"redirects":   "redirect loop: Treasury's address kept redirecting",
	"network":     "could not reach Treasury",
	"timeout":     "the refresh timed out (raise --timeout on a slow link)",
	"canceled":    "the refresh was stopped (the service is shutting down)",
	"too_large":   "the download is larger than the size limit",
	"format":      "Treasury's answer is not a list in a format the service reads",
	"wrong_list":  "Treasury's file is another list than the one in service (check --url)",
	"stale":       "Treasury's list is older than the one in service",
	"shrunk":      "Treasury's list has lost too many entries, more likely a broken export than a mass delisting",
	"index":       "the new list was accepted but its index could not be built",
	"cache":       "the new list is in service but could not be cached",
	"other":       "the refresh failed",
}

// explainRefresh says why a refresh failed, as a Reason and a message
// that starts with the plain words of refreshReasons and ends with the
// Fetcher's error.
func explainRefresh(err error, note answer, swapped bool) (reason, msg string) {
	var se *sdn.StatusError
	var ue *url.Error
	var extra string
	switch {
	case swapped:
		reason = "cache"
	case errors.Is(err, errBuild):
		reason = "index"
	case errors.Is(err, context.DeadlineExceeded):
		reason = "timeout"
	case errors.Is(err, context.Canceled):
		reason = "canceled"
	case errors.As(err, &se):
		reason = "http_status"
		extra = fmt.Sprintf(" %d", se.StatusCode)
		if note.retryAfter != "" && note.status == se.StatusCode {
			extra += fmt.Sprintf(", asking to retry after %s", note.retryAfter)
			if _, err := strconv.Atoi(note.retryAfter); err == nil {
				extra += " s"
			}
		}
	case errors.Is(err, sdn.ErrTruncated),
		// A body that came in full but whose content ends early: a
		// compressed stream or an XML document cut short unwraps to
		// io.ErrUnexpectedEOF.
		errors.Is(err, sdn.ErrFormat) && errors.Is(err, io.ErrUnexpectedEOF):
		reason = "truncated"
	case errors.Is(err, sdn.ErrTooLarge):
		reason = "too_large"
	case errors.Is(err, sdn.ErrWrongList):
		reason = "wrong_list"
	case errors.Is(err, sdn.ErrStale):
		reason = "stale"
	case errors.Is(err, sdn.ErrShrunk):
		reason = "shrunk"
	case errors.Is(err, sdn.ErrFormat):
		reason = "format"
		if note.status == http.StatusOK && note.ctype != "" {
			extra = fmt.Sprintf(" (it answered 200 with %s)", note.ctype)
		}
	case note.status >= 300 && note.status < 400:
		// The client gave up while Treasury was still redirecting.
		reason = "redirects"
		extra = fmt.Sprintf(" (%d redirects)", note.redirects)
	case errors.As(err, &ue):
		reason = "network"
	default:
		reason = "other"
	}
	return reason, printable(refreshReasons[reason]+extra+": "+err.Error(), 1000)
}

// printable makes an error fit for a log line and a JSON field: a parse
// error may quote the bytes of whatever Treasury sent, binary included.
func printable(s string, max int) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case unicode.IsSpace(r):
			return ' '
		case r == utf8.RuneError || !unicode.IsPrint(r):
			return '?'
		}
		return r
	}, strings.ToValidUTF8(s, "?"))
	if len(s) > max {
		cut := max
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "..."
	}
	return s
}

// errBuild marks a refresh whose list could not be indexed.
var errBuild = errors.New("building the index")

// buildNext builds the generation of a refreshed list. A panic in the
// build is an error here: the service has a good list to keep serving,
// and a crash would take it away for a list nobody screened against yet.
func (s *service) buildNext(l *sdn.List, info *listInfo) (g *generation, err error) {
	defer func() {
		if v := recover(); v != nil {
			s.log.Error("panic building the index of a refreshed list", "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
			g, err = nil, fmt.Errorf("%w: panic: %v", errBuild, v)
		}
	}()
	g, err = s.build(l, info)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errBuild, err)
	}
	return g, nil
}

// refreshOnce fetches each list and, when a Fetcher hands back a new one,
// builds the next generation from the new lists and the others in service
// and swaps it in. A list whose fetch failed stays as it is in service;
// when the build fails, every list does. The reasons are kept for GET
// /v1/list and logged.
func (s *service) refreshOnce(ctx context.Context, r *refresher) {
	cur := s.gen.Load()
	parts := cur.parts()
	st := refreshState{At: time.Now()}
	type outcome struct {
		source string
		res    *sdn.FetchResult
		err    error
		note   answer
		taken  bool // a new list came, to be put in service
	}
	var outs []outcome
	for _, x := range r.exports {
		i := slices.IndexFunc(parts, func(p *listInfo) bool { return p.Source == x.source })
		var in *sdn.List
		if i >= 0 {
			in = parts[i].list
		}
		r.note.reset()
		next, res, err := x.f.Fetch(ctx, in)
		o := outcome{source: x.source, res: res, err: err, note: r.note.get()}
		if next != nil && next != in {
			info := newInfo(next, originCache, "")
			if ci, cerr := x.f.Cached(); cerr == nil {
				info.Path = ci.File
				fetched := ci.FetchedAt
				info.FetchedAt = &fetched
			}
			info.URL = res.URL
			if i >= 0 {
				parts[i] = info
			} else {
				parts = append(parts, info)
			}
			o.taken = true
		}
		outs = append(outs, o)
	}

	taken := slices.ContainsFunc(outs, func(o outcome) bool { return o.taken })
	swapped := false
	var buildErr error
	if taken {
		l, info, err := combineParts(parts)
		var g *generation
		if err == nil {
			g, err = s.buildNext(l, info)
		} else {
			err = fmt.Errorf("%w: %w", errBuild, err)
		}
		if err != nil {
			// The Fetcher took the list, the service cannot: to the
			// operator it is rejected.
			buildErr = err
		} else {
			s.swap(g)
			swapped = true
			for _, o := range outs {
				if o.taken {
					s.log.Info("list refreshed", "list", o.source, "status", o.res.Status, "published", day(o.res.Published), "entries", o.res.Entries,
						"took", o.res.Took.Round(time.Millisecond), "entries_in_service", len(l.Entries))
				}
			}
		}
	}

	// The state: the first failure's status and reason, every failure's
	// message, each named by its list when there are several.
	var reasons, msgs []string
	failed := func(reason, msg, source string) {
		if len(r.exports) > 1 && source != "" {
			msg = source + " list: " + msg
		}
		reasons, msgs = append(reasons, reason), append(msgs, msg)
	}
	if buildErr != nil {
		st.Status = string(sdn.FetchRejected)
		reason, msg := explainRefresh(buildErr, answer{}, false)
		failed(reason, msg, "")
	}
	for _, o := range outs {
		if o.err == nil || (o.taken && buildErr != nil) {
			continue
		}
		reason, msg := explainRefresh(o.err, o.note, o.taken && swapped)
		failed(reason, msg, o.source)
		if st.Status == "" {
			st.Status = string(o.res.Status)
		}
	}
	for _, o := range outs {
		if st.Status == "" || (len(msgs) == 0 && o.res.Status == sdn.FetchDownloaded) {
			st.Status = string(o.res.Status)
		}
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	st.LastSuccess = s.refresh.LastSuccess
	onlyCache := !slices.ContainsFunc(reasons, func(r string) bool { return r != "cache" })
	switch {
	case len(msgs) == 0:
		st.LastSuccess = st.At
		if !taken {
			s.log.Info("list refresh: no newer list", "status", st.Status)
		}
	default:
		st.Reason, st.Err = reasons[0], strings.Join(msgs, " ")
		in := s.gen.Load()
		level, msg := slog.LevelError, "list refresh failed; the list in service stays"
		switch {
		case swapped && onlyCache:
			// The new lists are in service; only the next start-up
			// would miss them.
			level, msg = slog.LevelWarn, "list refreshed but not cached"
			st.LastSuccess = st.At
		case swapped:
			msg = "list refresh failed for some of the lists; the copy in service of each of those stays"
		}
		s.log.Log(ctx, level, msg, "status", st.Status, "reason", st.Reason, "error", st.Err,
			"published", day(in.list.Published), "entries", len(in.list.Entries))
	}
	s.refresh = st
}

// refreshLoop refreshes at once, then every s.every, until ctx ends.
func (s *service) refreshLoop(ctx context.Context, r *refresher) {
	t := time.NewTicker(s.every)
	defer t.Stop()
	for {
		s.refreshOnce(ctx, r)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// newHTTPServer is the server with the timeouts a service on a network
// needs: a slow or stalled client holds a connection for seconds, not
// forever.
func newHTTPServer(addr string, h http.Handler, log *slog.Logger) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
}

func runServe(ctx context.Context, e *env, args []string) int {
	fs, c := newFlagSet(e, "serve", "[--addr HOST:PORT] [--refresh DURATION] [--max-inflight N]",
		"Serves screening over HTTP, as JSON, for backends not written in Go:\n"+
			"  POST /v1/screen            one party {\"name\": ..., \"birth_date\": ..., \"country\": ..., \"wallets\": [...]}\n"+
			"                             or a batch {\"parties\": [...]} of up to 1000\n"+
			"  GET  /v1/wallets/{address} one wallet address, in any asset's format\n"+
			"  GET  /v1/list              the lists in service: sources, publish dates, age, counts, last refresh\n"+
			"  GET  /healthz              liveness\n"+
			"With --refresh it fetches the SDN and the consolidated lists from Treasury in the\n"+
			"background and swaps the new ones in; a list whose refresh fails stays in service\n"+
			"as it was. At most --max-inflight requests are screened at once; one that waits a\n"+
			"second for its turn gets 503 and Retry-After.\n"+
			"It stops gracefully on SIGTERM or SIGINT.\n"+
			"--json logs in JSON rather than text (on stderr).")
	var addr string
	var every, timeout time.Duration
	var maxInflight int
	fs.StringVar(&addr, "addr", "127.0.0.1:8080", "listen on this `host:port` (0.0.0.0:8080 for every interface)")
	fs.DurationVar(&every, "refresh", 0, "fetch the lists every `duration` (6h) in the background; 0: never")
	urls := make([]string, len(defaultLists))
	for i, d := range defaultLists {
		what := "the export of the SDN list that --refresh fetches"
		if d.source != sdn.SourceSDN {
			what = fmt.Sprintf("the export of the %s list that --refresh fetches; \"\": not refreshed", d.source)
		}
		fs.StringVar(&urls[i], d.flag, d.url, what)
	}
	fs.DurationVar(&timeout, "timeout", sdn.DefaultTimeout, "give up a refresh after this `duration`")
	fs.IntVar(&maxInflight, "max-inflight", defaultMaxInflight(), "screen at most `n` requests at once, 4 per CPU by default; one that waits 1s for a slot gets 503 with Retry-After")
	pos, code, ok := parse(e, fs, args)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return fail(e, "serve", fmt.Errorf("serve takes no arguments, got %q (the address is set with --addr)", pos[0]))
	}
	if every < 0 || (every > 0 && every < time.Minute) {
		return fail(e, "serve", fmt.Errorf("--refresh %v: give 0 (never) or at least 1m; Treasury publishes a few times a month", every))
	}
	if maxInflight < 1 {
		return fail(e, "serve", fmt.Errorf("--max-inflight %d: give 1 or more", maxInflight))
	}
	if every > 0 && c.list != "" {
		return fail(e, "serve", fmt.Errorf("--refresh fetches into the cache (--dir) and would replace the --list file: use one or the other"))
	}
	if urls[0] == "" {
		return fail(e, "serve", fmt.Errorf("--%s is empty: name the SDN list's export", defaultLists[0].flag))
	}
	if err := checkExports(urls); err != nil {
		return fail(e, "serve", err)
	}
	var log *slog.Logger
	if c.json {
		log = slog.New(slog.NewJSONHandler(e.stderr, nil))
	} else {
		log = slog.New(slog.NewTextHandler(e.stderr, nil))
	}
	l, info, err := loadList(e, "serve", c)
	if err != nil {
		return fail(e, "serve", err)
	}
	g, err := newGeneration(l, info)
	if err != nil {
		return fail(e, "serve", err)
	}
	s := newService(g, log)
	s.every = every
	s.slots = make(chan struct{}, maxInflight)

	ctx, stop := signal.NotifyContext(ctx, syscall.SIGTERM, os.Interrupt)
	defer stop()
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fail(e, "serve", err)
	}
	srv := newHTTPServer(addr, s.handler(), log)
	var wg sync.WaitGroup
	if every > 0 {
		dir, err := cacheDir(e, c)
		if err != nil {
			ln.Close()
			return fail(e, "serve", err)
		}
		var exports []exportURL
		for i, d := range defaultLists {
			if urls[i] != "" {
				exports = append(exports, exportURL{d.source, urls[i]})
			}
		}
		r := newRefresher(dir, timeout, nil, exports...)
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.refreshLoop(ctx, r)
		}()
	}
	serveErr := make(chan error, 1)
	go func() { serveErr <- srv.Serve(ln) }()
	log.Info("serving", "addr", ln.Addr().String(), "list", info.Source, "published", info.Published, "entries", info.Entries, "refresh", every.String())

	select {
	case err := <-serveErr:
		stop()
		wg.Wait()
		return fail(e, "serve", err)
	case <-ctx.Done():
	}
	log.Info("shutting down: finishing the requests in flight")
	sctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	err = srv.Shutdown(sctx)
	wg.Wait()
	if err != nil {
		return fail(e, "serve", fmt.Errorf("shutdown: %w", err))
	}
	log.Info("stopped")
	return exitClean
}
