package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"sync/atomic"
	"time"

	"github.com/sanctionscreen/ofac/sdn"
)

// updateJSON is the JSON output of `update`.
type updateJSON struct {
	Schema    string `json:"schema"`
	Command   string `json:"command"`
	Status    string `json:"status"` // downloaded, not modified, unchanged, rejected, failed
	URL       string `json:"url"`
	Dir       string `json:"dir"`
	Published string `json:"published,omitempty"`
	Entries   int    `json:"entries,omitempty"`
	Size      int64  `json:"size,omitempty"`
	SHA256    string `json:"sha256,omitempty"`
	TookMS    int64  `json:"took_ms"`
	// InService describes the list the next commands will screen against.
	InService *listInfo `json:"in_service,omitempty"`
	Error     string    `json:"error,omitempty"`
}

func runUpdate(ctx context.Context, e *env, args []string) int {
	fs, c := newFlagSet(e, "update", "[--dir DIR]",
		"Fetches the current SDN list from Treasury's Sanctions List Service into the cache,\n"+
			"where name, wallet, batch, trace and info find it. The request is conditional (a list\n"+
			"that has not changed is not downloaded again); a list that fails the checks (not a\n"+
			"list, older than the cached one, shrunk by more than 5%, cut short) is refused and\n"+
			"the cached one kept. Run it daily, from cron or a CI job.")
	var u string
	var timeout time.Duration
	fs.StringVar(&u, "url", sdn.SDNAdvancedURL, "the export to fetch (any XML export; a mirror, or a test server)")
	fs.DurationVar(&timeout, "timeout", sdn.DefaultTimeout, "give up after this `duration`, download and parse together")
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
	dir, err := cacheDir(e, c)
	if err != nil {
		return fail(e, "update", err)
	}

	// The Fetcher has no progress hook; the transport below counts the
	// body as the Fetcher reads it.
	tr := &countingTransport{base: http.DefaultTransport}
	f := &sdn.Fetcher{URL: u, CacheDir: dir, Client: &http.Client{Transport: tr}, Timeout: timeout}
	var bar *progress
	if e.stderrTTY && !c.json {
		bar = newProgress(e.stderr, "connecting", -1, nil, "bytes")
		tr.onResponse = func(total int64) {
			bar.phase("downloading", total, tr.n.Load)
		}
		tr.onEOF = func() { bar.phase("checking and parsing", -1, nil) }
	}
	next, res, ferr := f.Fetch(ctx, nil)
	if bar != nil {
		bar.stop()
	}

	out := updateJSON{Schema: schema, Command: "update", Status: string(res.Status), URL: res.URL, Dir: dir,
		Size: res.Size, SHA256: res.SHA256, TookMS: res.Took.Milliseconds()}
	if !res.Published.IsZero() {
		out.Published = day(res.Published)
	}
	out.Entries = res.Entries
	accepted := res.Status == sdn.FetchDownloaded || res.Status == sdn.FetchNotModified || res.Status == sdn.FetchUnchanged
	if accepted && next != nil {
		if ci, err := f.Cached(); err == nil {
			// Keep the compact copy that makes every later command start
			// in milliseconds. The cached export stays the reference: a
			// failure here costs speed, not the update.
			if err := saveCompact(dir, u, ci, next); err != nil {
				_ = writeState(dir, state{URL: u, SHA256: ci.SHA256})
				fmt.Fprintf(e.stderr, "note: could not keep a fast copy of the list in %s: %v\n", dir, err)
			}
			out.InService = newInfo(next, originCache, filepath.Join(dir, ci.File))
			fetched := ci.FetchedAt
			out.InService.FetchedAt = &fetched
			out.InService.URL = u
		}
	}
	if ferr != nil {
		out.Error = ferr.Error()
	}
	if c.json {
		if err := writeJSON(e.stdout, out); err != nil {
			return fail(e, "update", err)
		}
	} else if accepted {
		switch res.Status {
		case sdn.FetchDownloaded:
			fmt.Fprintf(e.stdout, "updated: %s list of %s, %d entries (%s in %.1fs) cached in %s\n",
				next.Source, day(next.Published), len(next.Entries), bytesText(res.Size), res.Took.Seconds(), dir)
		default:
			fmt.Fprintf(e.stdout, "up to date: the cached %s list of %s (%d entries) is Treasury's current one (%s)\n",
				next.Source, day(next.Published), len(next.Entries), res.Status)
		}
	}
	if ferr != nil {
		if accepted {
			// The list was taken but not cached: say so, it will be
			// downloaded again next time.
			fmt.Fprintf(e.stderr, "ofacscreen update: %v\n", ferr)
			return exitError
		}
		msg := ferr.Error()
		var se *sdn.StatusError
		switch {
		case errors.As(ferr, &se):
			msg = fmt.Sprintf("%s answered %s: try again later, or check --url", se.URL, se.Status)
		case errors.Is(ferr, context.DeadlineExceeded):
			msg += " (raise --timeout on a slow link)"
		}
		if ci, err := f.Cached(); err == nil {
			msg += fmt.Sprintf("; still using the cached list of %s", day(ci.Published))
		} else {
			msg += "; nothing cached, the embedded snapshot stays in use"
		}
		if !c.json {
			fmt.Fprintf(e.stderr, "ofacscreen update: %s (%s)\n", msg, res.Status)
		}
		return exitError
	}
	return exitClean
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
