package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"github.com/sanctionscreen/ofac/sdn"
)

// updateJSON is the JSON output of `update`. Its first fields describe the
// fetch of the SDN list, as they did when it was the only list fetched;
// Lists describes the fetch of every list.
type updateJSON struct {
	Schema  string `json:"schema"`
	Command string `json:"command"`
	fetchJSON
	Dir string `json:"dir"`
	// InService describes the lists the next commands will screen against.
	InService *listInfo `json:"in_service,omitempty"`
	// Error says what failed, of every list; the exit status is then 2.
	Error string `json:"error,omitempty"`
	// Lists has one fetch per list: the SDN list, then the consolidated
	// lists.
	Lists []fetchJSON `json:"lists"`
}

// fetchJSON is what one fetch did.
type fetchJSON struct {
	Source    string `json:"source,omitempty"`
	Status    string `json:"status"` // downloaded, not modified, unchanged, rejected, failed
	URL       string `json:"url"`
	Published string `json:"published,omitempty"`
	Entries   int    `json:"entries,omitempty"`
	Size      int64  `json:"size,omitempty"`
	SHA256    string `json:"sha256,omitempty"`
	TookMS    int64  `json:"took_ms"`
	Error     string `json:"error,omitempty"`
}

func runUpdate(ctx context.Context, e *env, args []string) int {
	fs, c := newFlagSet(e, "update", "[--dir DIR]",
		"Fetches the current SDN list and the consolidated (non-SDN) lists from Treasury's\n"+
			"Sanctions List Service into the cache, where name, wallet, batch, trace, info and\n"+
			"serve find them. The requests are conditional (a list that has not changed is not\n"+
			"downloaded again); a list that fails the checks (not a list, another list, older\n"+
			"than the cached one, shrunk by more than 5%, cut short) is refused and the cached\n"+
			"copy of that list kept, whatever becomes of the other. Run it daily, from cron or\n"+
			"a CI job.")
	urls := make([]string, len(defaultLists))
	for i, d := range defaultLists {
		what := "the SDN list's export (any XML export; a mirror, or a test server)"
		if d.source != sdn.SourceSDN {
			what = fmt.Sprintf("the %s list's export; \"\" fetches the SDN list alone", d.source)
		}
		fs.StringVar(&urls[i], d.flag, d.url, what)
	}
	var timeout time.Duration
	fs.DurationVar(&timeout, "timeout", sdn.DefaultTimeout, "give up a list after this `duration`, download and parse together")
	pos, code, ok := parse(e, fs, args)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return fail(e, "update", fmt.Errorf("update takes no arguments, got %q (the cache is set with --dir)", pos[0]))
	}
	if c.list != "" {
		return fail(e, "update", fmt.Errorf("--list does not apply to update: it fetches into the cache (--dir)"))
	}
	if urls[0] == "" {
		return fail(e, "update", fmt.Errorf("--%s is empty: name the SDN list's export", defaultLists[0].flag))
	}
	if err := checkExports(urls); err != nil {
		return fail(e, "update", err)
	}
	dir, err := cacheDir(e, c)
	if err != nil {
		return fail(e, "update", err)
	}

	out := updateJSON{Schema: schema, Command: "update", Dir: dir, Lists: []fetchJSON{}}
	var failures []string
	accepted := 0
	for i, d := range defaultLists {
		if urls[i] == "" {
			continue
		}
		fj, ok, msg := updateOne(ctx, e, c, dir, d, urls[i], timeout)
		if i == 0 {
			out.fetchJSON = fj
		}
		out.Lists = append(out.Lists, fj)
		if ok {
			accepted++
		}
		if msg != "" {
			failures = append(failures, msg)
		}
	}
	if len(failures) > 0 {
		out.Error = strings.Join(failures, " ")
	}
	if c.json {
		if accepted > 0 {
			// What the next commands will use: for a list that failed, or
			// one older than the snapshot's, not the download.
			quiet := *e
			quiet.stderr = io.Discard
			if _, info, err := chooseList(&quiet, "update", &commonFlags{dir: dir}); err == nil {
				out.InService = info
			}
		}
		if err := writeJSON(e.stdout, out); err != nil {
			return fail(e, "update", err)
		}
	} else if len(failures) > 0 {
		fmt.Fprintf(e.stderr, "ofacscreen update: %s\n", strings.Join(failures, " "))
	}
	if len(failures) > 0 {
		return exitError
	}
	return exitClean
}

// checkExports refuses exports that would share a cache: the Fetcher
// names its files after the export's last path element.
func checkExports(urls []string) error {
	seen := map[string]string{}
	for i, u := range urls {
		if u == "" {
			continue
		}
		pu, err := url.Parse(u)
		if err != nil {
			return fmt.Errorf("--%s %s: %v", defaultLists[i].flag, u, err)
		}
		base := strings.ToLower(path.Base(pu.Path))
		if prev, ok := seen[base]; ok {
			return fmt.Errorf("--%s and --%s both end in %q: their copies in the cache would overwrite each other", prev, defaultLists[i].flag, path.Base(pu.Path))
		}
		seen[base] = defaultLists[i].flag
	}
	return nil
}

// updateOne fetches the list of d from u into dir. It returns what the
// fetch did, whether the list was accepted, and when it failed a sentence
// that says so for the error line.
func updateOne(ctx context.Context, e *env, c *commonFlags, dir string, d defaultList, u string, timeout time.Duration) (fetchJSON, bool, string) {
	// The Fetcher has no progress hook; the transport below counts the
	// body as the Fetcher reads it.
	tr := &countingTransport{base: http.DefaultTransport}
	f := &sdn.Fetcher{URL: u, CacheDir: dir, Client: &http.Client{Transport: tr}, Timeout: timeout}
	var bar *progress
	if e.stderrTTY && !c.json {
		bar = newProgress(e.stderr, d.source+" list: connecting", -1, nil, "bytes")
		tr.onResponse = func(total int64) {
			bar.phase(d.source+" list: downloading", total, tr.n.Load)
		}
		tr.onEOF = func() { bar.phase(d.source+" list: checking and parsing", -1, nil) }
	}
	// With nothing cached, the checks have no list to compare with: an
	// empty one of the right Source makes the Fetcher refuse another
	// list (the consolidated export given as the SDN list's) before it
	// caches it.
	var current *sdn.List
	if _, err := f.Cached(); err != nil {
		current = &sdn.List{Source: d.source}
	}
	next, res, ferr := f.Fetch(ctx, current)
	if bar != nil {
		bar.stop()
	}
	if next == current {
		next = nil
	}

	out := fetchJSON{Source: d.source, Status: string(res.Status), URL: res.URL, Size: res.Size, SHA256: res.SHA256,
		TookMS: res.Took.Milliseconds(), Entries: res.Entries}
	if !res.Published.IsZero() {
		out.Published = day(res.Published)
	}
	accepted := next != nil && (res.Status == sdn.FetchDownloaded || res.Status == sdn.FetchNotModified || res.Status == sdn.FetchUnchanged)
	if accepted {
		if ci, err := f.Cached(); err == nil {
			// Keep the compact copy that makes every later command start
			// in milliseconds. The cached export stays the reference: a
			// failure here costs speed, not the update.
			if err := saveCompact(dir, d, u, ci, next); err != nil {
				_ = writeState(dir, d, state{URL: u, SHA256: ci.SHA256})
				fmt.Fprintf(e.stderr, "note: could not keep a fast copy of the %s list in %s: %v\n", d.source, dir, err)
			}
		}
	}
	if ferr != nil {
		out.Error = ferr.Error()
	}
	if accepted && !c.json {
		switch res.Status {
		case sdn.FetchDownloaded:
			fmt.Fprintf(e.stdout, "updated: %s list of %s, %d entries (%s in %.1fs) cached in %s\n",
				next.Source, day(next.Published), len(next.Entries), bytesText(res.Size), res.Took.Seconds(), dir)
		default:
			fmt.Fprintf(e.stdout, "up to date: the cached %s list of %s (%d entries) is Treasury's current one (%s)\n",
				next.Source, day(next.Published), len(next.Entries), res.Status)
		}
	}
	if ferr == nil {
		return out, accepted, ""
	}
	if accepted {
		// The list was taken but not cached: say so, it will be
		// downloaded again next time.
		return out, accepted, fmt.Sprintf("%s list: %v.", d.source, ferr)
	}
	msg := ferr.Error()
	var se *sdn.StatusError
	switch {
	case errors.As(ferr, &se):
		msg = fmt.Sprintf("%s answered %s: try again later, or check --%s", se.URL, se.Status, d.flag)
	case errors.Is(ferr, context.DeadlineExceeded):
		msg += " (raise --timeout on a slow link)"
	}
	if ci, err := cachedInfo(dir, d); err == nil {
		msg += fmt.Sprintf("; still using the cached %s list of %s", d.source, day(ci.Published))
	} else {
		msg += fmt.Sprintf("; nothing cached, the embedded snapshot of the %s list stays in use", d.source)
	}
	return out, false, fmt.Sprintf("%s list not updated (%s): %s.", d.source, res.Status, msg)
}

// cachedInfo is the record of the list of d that the commands find in dir:
// the export its state names, which --url may not be.
func cachedInfo(dir string, d defaultList) (*sdn.CacheInfo, error) {
	b, err := os.ReadFile(filepath.Join(dir, d.state))
	if err != nil {
		return nil, err
	}
	var st state
	if err := json.Unmarshal(b, &st); err != nil || st.URL == "" {
		return nil, fmt.Errorf("%s is damaged", d.state)
	}
	return (&sdn.Fetcher{URL: st.URL, CacheDir: dir}).Cached()
}

// countingTransport counts the bytes of response bodies as they are read,
// to draw a progress bar for a Fetcher that has no hook of its own.
type countingTransport struct {
	base       http.RoundTripper
	n          atomic.Int64
	onResponse func(total int64) // a 200 response arrived; total is -1 when not announced
	onEOF      func()            // its body has been read to the end
}

func (t *countingTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(req)
	if err != nil || resp.StatusCode != http.StatusOK {
		return resp, err
	}
	t.n.Store(0)
	if t.onResponse != nil {
		t.onResponse(resp.ContentLength)
	}
	resp.Body = &countingBody{ReadCloser: resp.Body, t: t}
	return resp, nil
}

type countingBody struct {
	io.ReadCloser
	t    *countingTransport
	done bool
}

func (b *countingBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	b.t.n.Add(int64(n))
	if err == io.EOF && !b.done {
		b.done = true
		if b.t.onEOF != nil {
			b.t.onEOF()
		}
	}
	return n, err
}
