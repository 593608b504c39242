package main

import (
	"bufio"
	"bytes"
	"compress/bzip2"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/sanctionscreen/ofac/sdn"
	"github.com/sanctionscreen/ofac/sdn/snapshot"
)

// treasury is a local stand-in for the Sanctions List Service serving two
// real exports as Treasury does, uncompressed, each with an ETag, so that
// conditional requests work as they do against Treasury: the SDN list of
// 2025-11-19 (the file the snapshot was made from), and the consolidated
// lists in the enhanced XML of 2025-01-10, redated to a fortnight after
// the embedded consolidated list, so that the download is the newer.
type treasury struct {
	*httptest.Server
	sdn, cons *export
}

// export is one file the stand-in serves, and how it misbehaves.
type export struct {
	content     atomic.Pointer[content]
	down        atomic.Bool // answer 503
	garbage     atomic.Bool // serve something that is not a list
	conditional atomic.Int32
}

func newTreasury(t *testing.T) *treasury {
	t.Helper()
	file, err := realList()
	if err != nil {
		t.Fatal(err)
	}
	cons, err := os.ReadFile(consFile)
	if err != nil {
		t.Fatal(err)
	}
	tr := &treasury{sdn: &export{}, cons: &export{}}
	tr.sdn.set(file, `"sdn-2025-11-19"`)
	tr.cons.set(redatedCons(t, cons, consDate), `"cons-`+day(consDate)+`"`)
	tr.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		x := tr.sdn
		if path.Base(r.URL.Path) == "CONS_ENHANCED.XML" {
			x = tr.cons
		}
		if r.Header.Get("If-None-Match") != "" {
			x.conditional.Add(1)
		}
		switch {
		case x.down.Load():
			http.Error(w, "Service Unavailable: maintenance", http.StatusServiceUnavailable)
			return
		case x.garbage.Load():
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte("<html><body>Please enable JavaScript</body></html>"))
			return
		}
		c := x.content.Load()
		w.Header().Set("ETag", c.etag)
		http.ServeContent(w, r, path.Base(r.URL.Path), time.Date(2025, 11, 19, 15, 0, 0, 0, time.UTC), bytes.NewReader(c.body))
	}))
	t.Cleanup(tr.Close)
	return tr
}

// content is what an export serves: its body and the ETag of that body.
type content struct {
	body []byte
	etag string
}

func (x *export) set(body []byte, etag string) { x.content.Store(&content{body, etag}) }
func (x *export) body() []byte                 { return x.content.Load().body }

func (tr *treasury) url() string { return tr.URL + "/api/PublicationPreview/exports/SDN_ADVANCED.XML" }
func (tr *treasury) consURL() string {
	return tr.URL + "/api/PublicationPreview/exports/CONS_ENHANCED.XML"
}

// consFile is the real consolidated list in the enhanced XML; consDate is
// the date the stand-in serves it under.
const consFile = "../../testdata/ofac/CONS_ENHANCED-2025-01-10.XML"

var consDate = snapshot.ConsolidatedPublished.AddDate(0, 0, 14)

// redatedCons is the real enhanced XML with its dataAsOf replaced by d.
func redatedCons(t testing.TB, xml []byte, d time.Time) []byte {
	t.Helper()
	const open, end = "<dataAsOf>", "</dataAsOf>"
	i := bytes.Index(xml, []byte(open))
	j := bytes.Index(xml, []byte(end))
	if i < 0 || j < i || j > 4096 {
		t.Fatal("no dataAsOf at the head of the real file")
	}
	out := append([]byte(nil), xml[:i+len(open)]...)
	out = append(out, d.Format("2006-01-02T15:04:05")...)
	return append(out, xml[j:]...)
}

// realList decompresses the real list once per test run, since Treasury
// serves the XML as it is. The bzip2 command does it in a third of the
// time compress/bzip2 takes (10 s on a quiet machine); the package is the
// fallback where the command is missing.
var realList = sync.OnceValues(func() ([]byte, error) {
	const path = "../../testdata/ofac/sdn_advanced-2025-11-19.xml.bz2"
	if bz, err := exec.LookPath("bzip2"); err == nil {
		if out, err := exec.Command(bz, "-dc", path).Output(); err == nil {
			return out, nil
		}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(bzip2.NewReader(bufio.NewReaderSize(f, 1<<20)))
})

// update runs `update` against the stand-in, both lists.
func (tr *treasury) update(t *testing.T, cache string, args ...string) outcome {
	t.Helper()
	return ofacscreenIn(t, cache, nil, append([]string{"update", "--url", tr.url(), "--cons-url", tr.consURL()}, args...)...)
}

// errorLine checks that stderr holds one line besides the list lines, the
// error, and that it says each of words.
func (o outcome) errorLine(t *testing.T, words ...string) string {
	t.Helper()
	o.want(t, exitError)
	var errs []string
	for _, l := range strings.Split(strings.TrimRight(o.stderr, "\n"), "\n") {
		if !strings.HasPrefix(l, "list:") && !strings.HasPrefix(l, "warning: list:") {
			errs = append(errs, l)
		}
	}
	if len(errs) != 1 || !strings.HasPrefix(errs[0], "ofacscreen update: ") {
		t.Fatalf("stderr should be one error line, got:\n%s", o.stderr)
	}
	for _, w := range words {
		if !strings.Contains(errs[0], w) {
			t.Errorf("the error does not say %q: %s", w, errs[0])
		}
	}
	return errs[0]
}

func TestUpdate(t *testing.T) {
	tr := newTreasury(t)
	cache := t.TempDir()
	cons, err := sdn.Parse(bytes.NewReader(tr.cons.body()))
	if err != nil {
		t.Fatal(err)
	}
	both, err := sdn.Combine(snapshotList(t), cons)
	if err != nil {
		t.Fatal(err)
	}

	// First update: the real lists downloaded, checked and cached.
	o := tr.update(t, cache, "--json")
	o.want(t, exitClean)
	up := decode[jsonUpdate](t, o)
	if up.Status != string(sdn.FetchDownloaded) || up.Source != "SDN" || up.Entries != snapshot.Entries || up.Published != day(snapshot.Published) ||
		up.Size != int64(len(tr.sdn.body())) || up.Dir != cache || up.URL != tr.url() || up.Error != "" || len(up.Lists) != 2 {
		t.Fatalf("first update: %+v", up)
	}
	if c := up.Lists[1]; c.Source != "CONSOLIDATED" || c.Status != string(sdn.FetchDownloaded) || c.URL != tr.consURL() ||
		c.Entries != len(cons.Entries) || c.Published != day(consDate) || c.Size != int64(len(tr.cons.body())) || c.Error != "" ||
		up.Lists[0].SHA256 != up.SHA256 {
		t.Errorf("first update of the consolidated list: %+v", up.Lists)
	}
	if in := up.InService; in.Origin != "cache" || in.Source != "SDN+CONSOLIDATED" || in.Entries != len(both.Entries) || len(in.Parts) != 2 ||
		in.Parts[0].URL != tr.url() || in.Parts[1].URL != tr.consURL() || in.Published != day(snapshot.Published) {
		t.Errorf("in service after the first update: %+v", in)
	}

	// The commands now use both cached lists, and say so.
	o = ofacscreenIn(t, cache, nil, "info", "--json")
	o.want(t, exitClean)
	var info struct {
		List jsonList `json:"list"`
	}
	if err := json.Unmarshal([]byte(o.stdout), &info); err != nil {
		t.Fatalf("info --json: %v\n%s", err, o.stdout)
	}
	if l := info.List; l.Origin != "cache" || l.Entries != len(both.Entries) || len(l.Parts) != 2 ||
		l.Parts[0].Origin != "cache" || l.Parts[0].Entries != snapshot.Entries || !strings.HasPrefix(l.Parts[0].Path, cache) ||
		l.Parts[1].Origin != "cache" || l.Parts[1].Entries != len(cons.Entries) || !strings.HasPrefix(l.Parts[1].Path, cache) ||
		l.Parts[1].Published != day(consDate) || l.Parts[1].PublishedNote != "" || l.Parts[0].FetchedAt == nil {
		t.Errorf("info after update: %+v", l)
	}
	maduro := entryNamed(t, "MADURO MOROS, Nicolas")
	o = ofacscreenIn(t, cache, nil, "name", "Nicolas Maduro")
	o.want(t, exitMatch)
	if !strings.Contains(o.stdout, maduro.Name) || !strings.Contains(o.stderr, "SDN list of 2025-11-19, fetched") ||
		!strings.Contains(o.stderr, "CONSOLIDATED list of "+day(consDate)+", fetched") || !strings.Contains(o.stderr, cache) {
		t.Errorf("name on the cached lists:\nstdout: %s\nstderr: %s", o.stdout, o.stderr)
	}
	// An entry of the downloaded consolidated list alone, with the lists
	// that file names.
	var only *sdn.Entry
	for i, e := range cons.Entries {
		if snapshotList(t).Entry(e.UID) != nil {
			continue
		}
		if e.Kind == sdn.Entity && len(strings.Fields(e.Name)) >= 3 && len(e.Lists) > 1 {
			only = &cons.Entries[i]
			break
		}
	}
	if only == nil {
		t.Fatal("no entity of the consolidated XML alone on two lists")
	}
	o = ofacscreenIn(t, cache, nil, "name", only.Name, "--json")
	o.want(t, exitMatch)
	if h := decode[jsonReport](t, o).Results[0].Hits[0]; h.UID != only.UID || !cmp.Equal(h.Lists, only.Lists) {
		t.Errorf("%q: top hit %d on %q, want %d on %q", only.Name, h.UID, h.Lists, only.UID, only.Lists)
	}

	// Second update: conditional requests, answered 304.
	o = tr.update(t, cache)
	o.want(t, exitClean)
	if !strings.Contains(o.stdout, "up to date: the cached SDN list") || !strings.Contains(o.stdout, "up to date: the cached CONSOLIDATED list") ||
		tr.sdn.conditional.Load() != 1 || tr.cons.conditional.Load() != 1 {
		t.Errorf("second update (%d, %d conditional requests): %s %s", tr.sdn.conditional.Load(), tr.cons.conditional.Load(), o.stdout, o.stderr)
	}

	// One list fails, the other does not: the one that failed keeps its
	// cached copy, and the error says which and why.
	tr.cons.down.Store(true)
	o = tr.update(t, cache)
	line := o.errorLine(t, "CONSOLIDATED list not updated (failed)", "503", "still using the cached CONSOLIDATED list of "+day(consDate))
	if strings.Contains(line, "SDN list not updated") || !strings.Contains(o.stdout, "up to date: the cached SDN list") {
		t.Errorf("the SDN list did not fail:\nstdout: %s\nstderr: %s", o.stdout, o.stderr)
	}
	tr.cons.down.Store(false)
	tr.sdn.garbage.Store(true)
	o = tr.update(t, cache, "--json")
	o.want(t, exitError)
	up = decode[jsonUpdate](t, o)
	if up.Status != string(sdn.FetchRejected) || up.Lists[0].Status != up.Status || up.Lists[1].Status != string(sdn.FetchNotModified) ||
		!strings.Contains(up.Error, "SDN list not updated (rejected)") || strings.Contains(up.Error, "CONSOLIDATED list not updated") ||
		up.InService == nil || up.InService.Parts[0].Origin != "cache" || up.InService.Parts[0].Published != day(snapshot.Published) {
		t.Errorf("update with the SDN export broken: %+v", up)
	}
	// Both down: one line says both.
	tr.sdn.garbage.Store(false)
	tr.sdn.down.Store(true)
	tr.cons.down.Store(true)
	tr.update(t, cache).errorLine(t, "SDN list not updated (failed)", "CONSOLIDATED list not updated (failed)",
		"still using the cached SDN list of 2025-11-19", "still using the cached CONSOLIDATED list of "+day(consDate))
	tr.sdn.down.Store(false)
	tr.cons.down.Store(false)
	o = ofacscreenIn(t, cache, nil, "info", "--json")
	o.want(t, exitClean)
	if err := json.Unmarshal([]byte(o.stdout), &info); err != nil || info.List.Origin != "cache" || info.List.Entries != len(both.Entries) {
		t.Errorf("info after the failed updates: %v %+v", err, info.List)
	}

	// A damaged fast copy costs time, not the answer: the cached export
	// is read again and the copy rewritten.
	copies, _ := filepath.Glob(filepath.Join(cache, "ofacscreen-*.list"))
	if len(copies) != 2 {
		t.Fatalf("fast copies in the cache: %v", copies)
	}
	for _, c := range copies {
		if err := os.WriteFile(c, []byte("OFAC garbage"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	o = ofacscreenIn(t, cache, nil, "name", "Nicolas Maduro", "--json")
	o.want(t, exitMatch)
	if r := decode[jsonReport](t, o); r.List.Origin != "cache" || r.Results[0].Hits[0].UID != maduro.UID || r.List.Entries != len(both.Entries) {
		t.Errorf("name with damaged fast copies: %+v", r.List)
	}
	for _, c := range copies {
		if l, err := sdn.Open(c); err != nil || (len(l.Entries) != snapshot.Entries && len(l.Entries) != len(cons.Entries)) {
			t.Errorf("fast copy %s not rewritten: %v", c, err)
		}
	}
}

// A cache written before the consolidated list was fetched holds the SDN
// list's state alone, in the same form: it loads, with the consolidated
// list from the snapshot. A damaged or mistaken state is a warning and the
// snapshot, never a crash.
func TestUpdateOlderCache(t *testing.T) {
	tr := newTreasury(t)
	cache := t.TempDir()
	tr.update(t, cache).want(t, exitClean)
	sdnState := filepath.Join(cache, "ofacscreen.json")
	consState := filepath.Join(cache, "ofacscreen-consolidated.json")
	// The SDN list's state is as the version that fetched it alone wrote
	// it: three fields.
	var fields map[string]string
	b, err := os.ReadFile(sdnState)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &fields); err != nil || len(fields) != 3 || fields["url"] != tr.url() || fields["sha256"] == "" || fields["compact"] == "" {
		t.Fatalf("%s: %v %v", sdnState, err, fields)
	}
	consB, err := os.ReadFile(consState)
	if err != nil {
		t.Fatal(err)
	}
	info := func(t *testing.T) (jsonList, string) {
		t.Helper()
		o := ofacscreenIn(t, cache, nil, "info", "--json")
		o.want(t, exitClean)
		var out struct {
			List jsonList `json:"list"`
		}
		if err := json.Unmarshal([]byte(o.stdout), &out); err != nil {
			t.Fatalf("info --json: %v\n%s", err, o.stdout)
		}
		return out.List, o.stderr
	}

	if err := os.Remove(consState); err != nil {
		t.Fatal(err)
	}
	l, stderr := info(t)
	if l.Origin != "cache+snapshot" || l.Parts[0].Origin != "cache" || l.Parts[1].Origin != "snapshot" || l.Parts[1].Entries != snapshot.ConsolidatedEntries ||
		!strings.Contains(stderr, "SDN list of 2025-11-19, fetched") || !strings.Contains(stderr, "CONSOLIDATED list of "+day(snapshot.ConsolidatedPublished)) {
		t.Errorf("a cache of the SDN list alone: %+v\n%s", l, stderr)
	}

	for _, c := range []struct {
		name, file string
		content    []byte
		words      []string
		part       int // the part that falls back to the snapshot
	}{
		{"damaged", consState, []byte("{\"url\": "), []string{"the cached CONSOLIDATED list in " + cache + " is unusable", "ofacscreen-consolidated.json is damaged"}, 1},
		{"empty", sdnState, nil, []string{"the cached SDN list in " + cache + " is unusable", "ofacscreen.json is damaged"}, 0},
		// `update --url` of the consolidated export, as a version
		// that fetched one list allowed.
		{"another list", sdnState, consB, []string{"ofacscreen.json names a CONSOLIDATED list", "not the SDN list"}, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			if err := os.WriteFile(c.file, c.content, 0o600); err != nil {
				t.Fatal(err)
			}
			defer os.WriteFile(sdnState, b, 0o600)
			defer os.WriteFile(consState, consB, 0o600)
			l, stderr := info(t)
			if len(l.Parts) != 2 || l.Parts[c.part].Origin != "snapshot" || l.Parts[1-c.part].Origin != "cache" {
				t.Errorf("%+v", l)
			}
			for _, w := range c.words {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr does not say %q:\n%s", w, stderr)
				}
			}
		})
	}
}

// update refuses, before caching it, a list that is not the one its flag
// names, and exports that would share a cache.
func TestUpdateWrongList(t *testing.T) {
	tr := newTreasury(t)
	cache := t.TempDir()
	ofacscreenIn(t, cache, nil, "update", "--url", tr.consURL(), "--cons-url", "").errorLine(t,
		"SDN list not updated (rejected)", "CONSOLIDATED list where the list in service is SDN", "embedded snapshot of the SDN list stays in use")
	if names, _ := filepath.Glob(filepath.Join(cache, "*")); len(names) != 0 {
		t.Errorf("the wrong list was cached: %v", names)
	}
	ofacscreenIn(t, cache, nil, "update", "--url", tr.url(), "--cons-url", tr.URL+"/mirror/SDN_ADVANCED.XML").oneLineError(t, "would overwrite each other")
	ofacscreenIn(t, cache, nil, "update", "--url", "").oneLineError(t, "--url is empty")
}

// A server that answers with something that is not a list: refused, and
// with nothing cached the snapshot stays in use.
func TestUpdateRefusesGarbage(t *testing.T) {
	tr := newTreasury(t)
	tr.sdn.garbage.Store(true)
	tr.cons.garbage.Store(true)
	cache := t.TempDir()
	tr.update(t, cache).errorLine(t, "not a list", "SDN list not updated (rejected)", "CONSOLIDATED list not updated (rejected)",
		"embedded snapshot of the SDN list stays in use", "embedded snapshot of the CONSOLIDATED list stays in use")
	o := ofacscreenIn(t, cache, nil, "info")
	o.want(t, exitClean)
	if !strings.Contains(o.stdout, "embedded in this binary") {
		t.Errorf("info: %s", o.stdout)
	}
	// Nothing listens here: a transport error, one line.
	ofacscreenIn(t, cache, nil, "update", "--url", "http://127.0.0.1:1/SDN_ADVANCED.XML", "--cons-url", "").oneLineError(t, "127.0.0.1:1")
}

// jsonUpdate is the documented output of update --json.
type jsonUpdate struct {
	Schema  string `json:"schema"`
	Command string `json:"command"`
	jsonFetch
	Dir       string      `json:"dir"`
	InService *jsonList   `json:"in_service"`
	Error     string      `json:"error"`
	Lists     []jsonFetch `json:"lists"`
}

// jsonFetch is one list's fetch in update --json.
type jsonFetch struct {
	Source    string `json:"source"`
	Status    string `json:"status"`
	URL       string `json:"url"`
	Published string `json:"published"`
	Entries   int    `json:"entries"`
	Size      int64  `json:"size"`
	SHA256    string `json:"sha256"`
	TookMS    int64  `json:"took_ms"`
	Error     string `json:"error"`
}
