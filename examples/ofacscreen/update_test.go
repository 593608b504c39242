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
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/sanctionscreen/ofac/sdn"
	"github.com/sanctionscreen/ofac/sdn/snapshot"
)

// treasury is a local stand-in for the Sanctions List Service serving the
// real SDN list of 2025-11-19 (the file the snapshot was made from) as
// Treasury does, uncompressed, with an ETag, so that conditional requests
// work as they do against Treasury.
type treasury struct {
	*httptest.Server
	file        []byte
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
	tr := &treasury{file: file}
	tr.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") != "" {
			tr.conditional.Add(1)
		}
		switch {
		case tr.down.Load():
			http.Error(w, "Service Unavailable: maintenance", http.StatusServiceUnavailable)
			return
		case tr.garbage.Load():
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte("<html><body>Please enable JavaScript</body></html>"))
			return
		}
		w.Header().Set("ETag", `"sdn-2025-11-19"`)
		http.ServeContent(w, r, "SDN_ADVANCED.XML", time.Date(2025, 11, 19, 15, 0, 0, 0, time.UTC), bytes.NewReader(file))
	}))
	t.Cleanup(tr.Close)
	return tr
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

func (tr *treasury) url() string { return tr.URL + "/api/PublicationPreview/exports/SDN_ADVANCED.XML" }

func TestUpdate(t *testing.T) {
	tr := newTreasury(t)
	cache := t.TempDir()

	// First update: the real list downloaded, checked and cached.
	o := ofacscreenIn(t, cache, nil, "update", "--url", tr.url(), "--json")
	o.want(t, exitClean)
	up := decode[jsonUpdate](t, o)
	if up.Status != string(sdn.FetchDownloaded) || up.Entries != snapshot.Entries || up.Published != day(snapshot.Published) ||
		up.Size != int64(len(tr.file)) || up.Dir != cache || up.URL != tr.url() || up.Error != "" ||
		up.InService.Origin != "cache" || up.InService.Entries != snapshot.Entries {
		t.Fatalf("first update: %+v", up)
	}

	// The commands now use the cached list, and say so.
	o = ofacscreenIn(t, cache, nil, "info", "--json")
	o.want(t, exitClean)
	var info struct {
		List jsonList `json:"list"`
	}
	if err := json.Unmarshal([]byte(o.stdout), &info); err != nil {
		t.Fatalf("info --json: %v\n%s", err, o.stdout)
	}
	if info.List.Origin != "cache" || info.List.URL != tr.url() || info.List.Entries != snapshot.Entries || !strings.HasPrefix(info.List.Path, cache) {
		t.Errorf("info after update: %+v", info.List)
	}
	maduro := entryNamed(t, "MADURO MOROS, Nicolas")
	o = ofacscreenIn(t, cache, nil, "name", "Nicolas Maduro")
	o.want(t, exitMatch)
	if !strings.Contains(o.stdout, maduro.Name) || !strings.Contains(o.stderr, "SDN list of 2025-11-19, fetched") || !strings.Contains(o.stderr, cache) {
		t.Errorf("name on the cached list:\nstdout: %s\nstderr: %s", o.stdout, o.stderr)
	}

	// Second update: a conditional request, answered 304.
	o = ofacscreenIn(t, cache, nil, "update", "--url", tr.url())
	o.want(t, exitClean)
	if !strings.HasPrefix(o.stdout, "up to date") || tr.conditional.Load() != 1 {
		t.Errorf("second update (%d conditional requests): %s %s", tr.conditional.Load(), o.stdout, o.stderr)
	}

	// Treasury down: an error that says the cached list stays in use.
	tr.down.Store(true)
	o = ofacscreenIn(t, cache, nil, "update", "--url", tr.url())
	o.oneLineError(t, "503")
	if !strings.Contains(o.stderr, "still using the cached list of 2025-11-19") {
		t.Errorf("stderr: %s", o.stderr)
	}
	tr.down.Store(false)

	// A damaged fast copy costs time, not the answer: the cached export
	// is read again and the copy rewritten.
	copies, _ := filepath.Glob(filepath.Join(cache, "ofacscreen-*.list"))
	if len(copies) != 1 {
		t.Fatalf("fast copies in the cache: %v", copies)
	}
	if err := os.WriteFile(copies[0], []byte("OFAC garbage"), 0o600); err != nil {
		t.Fatal(err)
	}
	o = ofacscreenIn(t, cache, nil, "name", "Nicolas Maduro", "--json")
	o.want(t, exitMatch)
	if r := decode[jsonReport](t, o); r.List.Origin != "cache" || r.Results[0].Hits[0].UID != maduro.UID {
		t.Errorf("name with a damaged fast copy: %+v", r.List)
	}
	if l, err := sdn.Open(copies[0]); err != nil || len(l.Entries) != snapshot.Entries {
		t.Errorf("fast copy not rewritten: %v", err)
	}
}

// A server that answers with something that is not a list: refused, and
// with nothing cached the snapshot stays in use.
func TestUpdateRefusesGarbage(t *testing.T) {
	tr := newTreasury(t)
	tr.garbage.Store(true)
	cache := t.TempDir()
	o := ofacscreenIn(t, cache, nil, "update", "--url", tr.url())
	o.oneLineError(t, "not a list")
	if !strings.Contains(o.stderr, "embedded snapshot stays in use") || !strings.Contains(o.stderr, "(rejected)") {
		t.Errorf("stderr: %s", o.stderr)
	}
	o = ofacscreenIn(t, cache, nil, "info")
	o.want(t, exitClean)
	if !strings.Contains(o.stdout, "embedded in this binary") {
		t.Errorf("info: %s", o.stdout)
	}
	// Nothing listens here: a transport error, one line.
	ofacscreenIn(t, cache, nil, "update", "--url", "http://127.0.0.1:1/SDN_ADVANCED.XML").oneLineError(t, "127.0.0.1:1")
}

// jsonUpdate is the documented output of update --json.
type jsonUpdate struct {
	Schema    string   `json:"schema"`
	Command   string   `json:"command"`
	Status    string   `json:"status"`
	URL       string   `json:"url"`
	Dir       string   `json:"dir"`
	Published string   `json:"published"`
	Entries   int      `json:"entries"`
	Size      int64    `json:"size"`
	SHA256    string   `json:"sha256"`
	TookMS    int64    `json:"took_ms"`
	InService jsonList `json:"in_service"`
	Error     string   `json:"error"`
}
