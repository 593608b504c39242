package sdn_test

import (
	"bytes"
	"compress/bzip2"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/sanctionscreen/ofac/sdn"
)

// The real SDN list, advanced XML, as Treasury published it on 2025-11-19.
const realFile = "../testdata/ofac/sdn_advanced-2025-11-19.xml.bz2"

// real holds the real file, unpacked and parsed once per test binary: the
// parse of 121 MB takes seconds, and every variant the tests serve is cut
// from these bytes.
var real struct {
	once sync.Once
	bz2  []byte    // the file as published
	xml  []byte    // unpacked
	list *sdn.List // parsed from xml
	err  error
}

func loadReal(t testing.TB) ([]byte, []byte, *sdn.List) {
	t.Helper()
	if testing.Short() {
		t.Skip("short mode: parses the whole 121 MB advanced XML")
	}
	real.once.Do(func() {
		real.bz2, real.err = os.ReadFile(realFile)
		if real.err != nil {
			return
		}
		real.xml, real.err = io.ReadAll(bzip2.NewReader(bytes.NewReader(real.bz2)))
		if real.err != nil {
			return
		}
		real.list, real.err = sdn.Parse(bytes.NewReader(real.xml))
	})
	if real.err != nil {
		t.Fatalf("reading %s: %v", realFile, real.err)
	}
	return real.bz2, real.xml, real.list
}

// doc is a file assembled from pieces of the real one, so that a variant of
// 121 MB costs no copy.
type doc [][]byte

func (d doc) size() int64 {
	var n int64
	for _, p := range d {
		n += int64(len(p))
	}
	return n
}

func (d doc) write(w io.Writer) error {
	for _, p := range d {
		if _, err := w.Write(p); err != nil {
			return err
		}
	}
	return nil
}

func (d doc) sha256() string {
	h := sha256.New()
	d.write(h)
	return hex.EncodeToString(h.Sum(nil))
}

// edit replaces src[start:end] with with.
type edit struct {
	start, end int
	with       []byte
}

func apply(src []byte, edits []edit) doc {
	sort.Slice(edits, func(i, j int) bool { return edits[i].start < edits[j].start })
	var d doc
	pos := 0
	for _, e := range edits {
		d = append(d, src[pos:e.start])
		if len(e.with) > 0 {
			d = append(d, e.with)
		}
		pos = e.end
	}
	return append(d, src[pos:])
}

// issuedIn moves the list's <DateOfIssue> to another year.
func issuedIn(t testing.TB, xml []byte, year int) edit {
	t.Helper()
	i := bytes.Index(xml, []byte("<DateOfIssue"))
	if i < 0 {
		t.Fatal("no <DateOfIssue> in the real file")
	}
	j := i + bytes.Index(xml[i:], []byte("<Year>")) + len("<Year>")
	k := j + bytes.Index(xml[j:], []byte("</Year>"))
	if k-j != 4 {
		t.Fatalf("odd <DateOfIssue> year %q", xml[j:k])
	}
	return edit{j, k, []byte(fmt.Sprint(year))}
}

// replaceOnce replaces the one occurrence of old in xml.
func replaceOnce(t testing.TB, xml []byte, old, new string) edit {
	t.Helper()
	if n := bytes.Count(xml, []byte(old)); n != 1 {
		t.Fatalf("%q occurs %d times in the real file, want once", old, n)
	}
	i := bytes.Index(xml, []byte(old))
	return edit{i, i + len(old), []byte(new)}
}

// every returns a test of a party's 1-based position: true for every nth.
func every(nth int) func(int) bool { return func(i int) bool { return i%nth == 0 } }

// dropParties cuts the <DistinctParty> elements for which drop is true out of
// the advanced XML, with everything that refers to them (their sanctions
// entries, relationships and identity documents), so that the rest stays a
// consistent document. It returns the cuts and the number of parties left.
func dropParties(t testing.TB, xml []byte, drop func(i int) bool) ([]edit, int) {
	t.Helper()
	var cuts []edit
	profiles, identities := map[string]bool{}, map[string]bool{}
	i, kept := 0, 0
	elements(xml, "DistinctParty", func(start, end int, tag []byte) {
		i++
		if !drop(i) {
			kept++
			return
		}
		body := xml[start:end]
		profiles[attr(body[bytes.Index(body, []byte("<Profile ")):], "ID")] = true
		for _, m := range bytes.Split(body, []byte("<Identity "))[1:] {
			identities[attr(append([]byte("<Identity "), m...), "ID")] = true
		}
		cuts = append(cuts, wholeLines(xml, start, end))
	})
	dropped := 0
	elements(xml, "SanctionsEntry", func(start, end int, tag []byte) {
		if profiles[attr(tag, "ProfileID")] {
			dropped++
			cuts = append(cuts, wholeLines(xml, start, end))
		}
	})
	elements(xml, "ProfileRelationship", func(start, end int, tag []byte) {
		if profiles[attr(tag, "From-ProfileID")] || profiles[attr(tag, "To-ProfileID")] {
			cuts = append(cuts, wholeLines(xml, start, end))
		}
	})
	elements(xml, "IDRegDocument", func(start, end int, tag []byte) {
		if identities[attr(tag, "IdentityID")] {
			cuts = append(cuts, wholeLines(xml, start, end))
		}
	})
	if len(profiles) != i-kept || dropped < len(profiles) {
		t.Fatalf("dropped %d parties but found %d profiles and %d sanctions entries of them", i-kept, len(profiles), dropped)
	}
	return cuts, kept
}

// elements calls fn for every <name ...> element of xml (none of them nest),
// with its extent and start tag.
func elements(xml []byte, name string, fn func(start, end int, tag []byte)) {
	open, close := []byte("<"+name+" "), []byte("</"+name+">")
	for pos := 0; ; {
		i := bytes.Index(xml[pos:], open)
		if i < 0 {
			return
		}
		start := pos + i
		tagEnd := start + bytes.IndexByte(xml[start:], '>') + 1
		end := tagEnd
		if xml[tagEnd-2] != '/' {
			end += bytes.Index(xml[tagEnd:], close) + len(close)
		}
		fn(start, end, xml[start:tagEnd])
		pos = end
	}
}

func attr(tag []byte, name string) string {
	key := []byte(" " + name + `="`)
	i := bytes.Index(tag, key)
	if i < 0 {
		return ""
	}
	v := tag[i+len(key):]
	return string(v[:bytes.IndexByte(v, '"')])
}

// wholeLines widens start:end to the lines that hold it.
func wholeLines(xml []byte, start, end int) edit {
	start = bytes.LastIndexByte(xml[:start], '\n') + 1
	if j := bytes.IndexByte(xml[end:], '\n'); j >= 0 {
		end += j + 1
	}
	return edit{start: start, end: end}
}

// service plays Treasury's Sanctions List Service: the export address
// redirects to a presigned "S3" address, which answers with whatever the
// test set last.
type service struct {
	srv  *httptest.Server
	mu   sync.Mutex
	s3   http.HandlerFunc
	seen []http.Header // request headers that reached the S3 side
}

const exportPath = "/api/PublicationPreview/exports/SDN_ADVANCED.XML"

func newService(t *testing.T) *service {
	s := &service{}
	mux := http.NewServeMux()
	mux.HandleFunc(exportPath, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/s3/sdn_advanced.xml?X-Amz-Expires=3600&X-Amz-Signature=0123abcd", http.StatusFound)
	})
	mux.HandleFunc("/s3/", func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.seen = append(s.seen, r.Header.Clone())
		h := s.s3
		s.mu.Unlock()
		h(w, r)
	})
	s.srv = httptest.NewServer(mux)
	t.Cleanup(s.srv.Close)
	return s
}

func (s *service) url() string { return s.srv.URL + exportPath }

func (s *service) set(h http.HandlerFunc) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.s3, s.seen = h, nil
}

func (s *service) requests() []http.Header {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.seen
}

// serveList answers like S3: the file with its validators, or 304 when the
// request's validators match.
func serveList(d doc, etag, lastModified string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", lastModified)
		if inm := r.Header.Get("If-None-Match"); inm == etag ||
			inm == "" && r.Header.Get("If-Modified-Since") == lastModified {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "text/xml")
		w.Header().Set("Content-Length", fmt.Sprint(d.size()))
		d.write(w)
	}
}

// serveStatus answers with an error status and body.
func serveStatus(code int, body string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/xml")
		w.WriteHeader(code)
		io.WriteString(w, body)
	}
}

// serveCut writes a raw response head, then the first n bytes of body, then
// drops the connection.
func serveCut(head string, body []byte, n int, chunked bool) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		conn, buf, err := http.NewResponseController(w).Hijack()
		if err != nil {
			panic(err)
		}
		defer conn.Close()
		buf.WriteString(head)
		if chunked {
			fmt.Fprintf(buf, "%x\r\n", n)
		}
		buf.Write(body[:n])
		buf.Flush()
	}
}

// serveStream sends body without a Content-Length, in chunks.
func serveStream(body []byte) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		for p := body; len(p) > 0; {
			n := min(len(p), 1<<16)
			if _, err := w.Write(p[:n]); err != nil {
				return
			}
			w.(http.Flusher).Flush()
			p = p[n:]
		}
	}
}

// serveStall sends the response head and some of the body, then nothing
// more until the client gives up.
func serveStall(body []byte) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", fmt.Sprint(len(body)))
		w.Write(body[:len(body)/10])
		w.(http.Flusher).Flush()
		select {
		case <-r.Context().Done():
		case <-time.After(30 * time.Second):
		}
	}
}

// snapshot is the cache directory's content: file name → digest.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(b)
		files[e.Name()] = hex.EncodeToString(sum[:])
	}
	return files
}

// summary is what the tests compare of a list: enough to tell two lists
// apart without comparing 18,367 entries field by field.
type summary struct {
	Source    string
	Format    sdn.Format
	Published string
	Entries   int
}

func summarize(l *sdn.List) summary {
	if l == nil {
		return summary{}
	}
	return summary{l.Source, l.Format, l.Published.Format("2006-01-02"), len(l.Entries)}
}

// TestFetch runs one cache through the life of a deployment: the first
// download of the real list, conditional requests answered 304, every kind
// of failure (each must leave the list in service and the cache as they
// were), and a newer list replacing the cached one.
func TestFetch(t *testing.T) {
	bz2, xml, full := loadReal(t)
	svc := newService(t)
	dir := t.TempDir()
	ctx := context.Background()
	const (
		etag1 = `"c52e0f7d2b6a5a4b-1"`
		date1 = "Wed, 19 Nov 2025 14:01:45 GMT"
	)
	var inService *sdn.List

	t.Run("first download", func(t *testing.T) {
		svc.set(serveList(doc{bz2}, etag1, date1))
		f := &sdn.Fetcher{URL: svc.url(), CacheDir: dir}
		l, res, err := f.Fetch(ctx, nil)
		if err != nil {
			t.Fatalf("Fetch: %v", err)
		}
		if res.Status != sdn.FetchDownloaded {
			t.Errorf("status %q, want %q", res.Status, sdn.FetchDownloaded)
		}
		wantSum := summary{sdn.SourceSDN, sdn.FormatAdvancedXML, "2025-11-19", 18367}
		if diff := cmp.Diff(wantSum, summarize(l)); diff != "" {
			t.Fatalf("list (-want +got):\n%s", diff)
		}
		// The bytes that came over HTTP, bzip2 and all, give the list
		// the file gives when read directly. (reflect.DeepEqual first:
		// cmp.Diff of 18,367 entries takes five times the parse.)
		if !reflect.DeepEqual(full.Entries, l.Entries) {
			for i := range min(len(full.Entries), len(l.Entries)) {
				if diff := cmp.Diff(full.Entries[i], l.Entries[i]); diff != "" {
					t.Errorf("entry %d differs from sdn.Parse of the file (-want +got):\n%s", i, diff)
					break
				}
			}
		}
		seen := svc.requests()
		if len(seen) != 1 || seen[0].Get("If-None-Match") != "" || seen[0].Get("If-Modified-Since") != "" {
			t.Errorf("first request should be unconditional, got %v", seen)
		}
		if ua := seen[0].Get("User-Agent"); !strings.Contains(ua, "sanctionscreen/ofac") {
			t.Errorf("User-Agent %q does not name the module", ua)
		}
		info, err := f.Cached()
		if err != nil {
			t.Fatalf("Cached: %v", err)
		}
		sum := sha256.Sum256(bz2)
		wantInfo := sdn.CacheInfo{
			URL: svc.url(), File: "SDN_ADVANCED.XML." + hex.EncodeToString(sum[:8]),
			ETag: etag1, LastModified: date1,
			Source: sdn.SourceSDN, Format: sdn.FormatAdvancedXML,
			Published: time.Date(2025, 11, 19, 0, 0, 0, 0, time.UTC), Entries: 18367,
			Size: int64(len(bz2)), SHA256: hex.EncodeToString(sum[:]),
		}
		if diff := cmp.Diff(wantInfo, *info, ignoreTimes); diff != "" {
			t.Errorf("cache record (-want +got):\n%s", diff)
		}
		if res.SHA256 != wantInfo.SHA256 || res.Size != wantInfo.Size || res.ETag != etag1 {
			t.Errorf("result %+v does not describe the file served", res)
		}
		cachedBytes, err := os.ReadFile(filepath.Join(dir, info.File))
		if err != nil || !bytes.Equal(cachedBytes, bz2) {
			t.Errorf("cached file is not the file served as-is (err %v)", err)
		}
		inService = l
	})
	if inService == nil {
		t.Fatal("no list in service: the rest cannot run")
	}

	t.Run("not modified", func(t *testing.T) {
		svc.set(serveList(doc{bz2}, etag1, date1))
		before, _ := (&sdn.Fetcher{URL: svc.url(), CacheDir: dir}).Cached()
		f := &sdn.Fetcher{URL: svc.url(), CacheDir: dir}
		l, res, err := f.Fetch(ctx, inService)
		if err != nil {
			t.Fatalf("Fetch: %v", err)
		}
		if res.Status != sdn.FetchNotModified || res.StatusCode != http.StatusNotModified || l != inService {
			t.Errorf("got status %q (HTTP %d), same list %v; want %q, 304, the list in service",
				res.Status, res.StatusCode, l == inService, sdn.FetchNotModified)
		}
		seen := svc.requests()
		if len(seen) != 1 {
			t.Fatalf("%d requests reached S3, want 1", len(seen))
		}
		// The validators must survive the redirect to S3.
		if got := seen[0].Get("If-None-Match"); got != etag1 {
			t.Errorf("If-None-Match %q, want %q", got, etag1)
		}
		if got := seen[0].Get("If-Modified-Since"); got != date1 {
			t.Errorf("If-Modified-Since %q, want %q", got, date1)
		}
		after, err := f.Cached()
		if err != nil {
			t.Fatal(err)
		}
		if !after.CheckedAt.After(before.CheckedAt) || !after.FetchedAt.Equal(before.FetchedAt) {
			t.Errorf("CheckedAt %v → %v, FetchedAt %v → %v: want CheckedAt moved, FetchedAt kept",
				before.CheckedAt, after.CheckedAt, before.FetchedAt, after.FetchedAt)
		}
	})

	// The variants below are the real file with one thing wrong.
	halfCuts, halfKept := dropParties(t, xml, every(2))
	pageHTML := "<!DOCTYPE html>\n<html><head><title>OFAC - Sanctions List Service</title></head>" +
		"<body><p>The service is down for maintenance.</p></body></html>\n"
	s3Expired := `<?xml version="1.0" encoding="UTF-8"?>` + "\n" +
		`<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>`
	httpHead := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: %d\r\n\r\n", len(bz2))

	failures := []struct {
		name       string
		serve      http.HandlerFunc
		maxBytes   int64
		timeout    time.Duration
		wantStatus sdn.FetchStatus
		wantErr    error  // errors.Is
		wantInErr  string // part of the message
		// What the result says of the list sent, when it parsed.
		wantPublished string
		wantEntries   int
	}{{
		name:       "server error",
		serve:      serveStatus(http.StatusInternalServerError, "upstream unavailable"),
		wantStatus: sdn.FetchFailed,
		wantInErr:  "500 Internal Server Error: upstream unavailable",
	}, {
		name:       "presigned address expired",
		serve:      serveStatus(http.StatusForbidden, s3Expired),
		wantStatus: sdn.FetchFailed,
		wantInErr:  "/s3/sdn_advanced.xml answered 403 Forbidden: <?xml version=\"1.0\" encoding=\"UTF-8\"?> <Error><Code>AccessDenied</Code><Message>Request has expired",
	}, {
		name:       "body cut short of its Content-Length",
		serve:      serveCut(httpHead, bz2, len(bz2)/2, false),
		wantStatus: sdn.FetchFailed,
		wantErr:    sdn.ErrTruncated,
		wantInErr:  fmt.Sprintf("%d of %d bytes", len(bz2)/2, len(bz2)),
	}, {
		name:       "chunked body cut short",
		serve:      serveCut("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n", bz2, len(bz2)/3, true),
		wantStatus: sdn.FetchFailed,
		wantErr:    sdn.ErrTruncated,
	}, {
		// Without a length nor chunks, HTTP cannot tell a cut; the
		// parser must.
		name:       "close-delimited body cut short",
		serve:      serveCut("HTTP/1.0 200 OK\r\nContent-Type: text/xml\r\n\r\n", xml, len(xml)/2, false),
		wantStatus: sdn.FetchRejected,
		wantErr:    sdn.ErrFormat,
	}, {
		name:       "HTML page with 200",
		serve:      serveList(doc{[]byte(pageHTML)}, `"page"`, date1),
		wantStatus: sdn.FetchRejected,
		wantErr:    sdn.ErrFormat,
		wantInErr:  "root element <html>",
	}, {
		name:          "older list",
		serve:         serveList(apply(xml, []edit{issuedIn(t, xml, 2024)}), `"older"`, date1),
		wantStatus:    sdn.FetchRejected,
		wantErr:       sdn.ErrStale,
		wantInErr:     "published 2024-11-19, the list in service 2025-11-19",
		wantPublished: "2024-11-19",
		wantEntries:   18367,
	}, {
		name:          "half the entries",
		serve:         serveList(apply(xml, halfCuts), `"half"`, date1),
		wantStatus:    sdn.FetchRejected,
		wantErr:       sdn.ErrShrunk,
		wantInErr:     fmt.Sprintf("%d entries where the list in service has 18367", halfKept),
		wantPublished: "2025-11-19",
		wantEntries:   halfKept,
	}, {
		name: "consolidated list at the SDN address",
		serve: serveList(apply(xml, []edit{replaceOnce(t, xml,
			`<List ID="1550">SDN List</List>`, `<List ID="1550">Consolidated List</List>`)}), `"cons"`, date1),
		wantStatus:    sdn.FetchRejected,
		wantErr:       sdn.ErrWrongList,
		wantInErr:     "CONSOLIDATED list where the list in service is SDN",
		wantPublished: "2025-11-19",
		wantEntries:   18367,
	}, {
		name:       "larger than MaxBytes, announced",
		serve:      serveList(doc{bz2}, `"big"`, date1),
		maxBytes:   int64(len(bz2)) - 1,
		wantStatus: sdn.FetchRejected,
		wantErr:    sdn.ErrTooLarge,
		wantInErr:  fmt.Sprintf("%d bytes announced, limit %d", len(bz2), len(bz2)-1),
	}, {
		name:       "larger than MaxBytes, streamed",
		serve:      serveStream(bz2),
		maxBytes:   1 << 20,
		wantStatus: sdn.FetchRejected,
		wantErr:    sdn.ErrTooLarge,
		wantInErr:  "more than 1048576 bytes",
	}, {
		name:       "server stalls mid-body",
		serve:      serveStall(bz2),
		timeout:    300 * time.Millisecond,
		wantStatus: sdn.FetchFailed,
		wantErr:    context.DeadlineExceeded,
	}, {
		name: "server stalls before answering",
		serve: func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-r.Context().Done():
			case <-time.After(30 * time.Second):
			}
		},
		timeout:    300 * time.Millisecond,
		wantStatus: sdn.FetchFailed,
		wantErr:    context.DeadlineExceeded,
	}}
	for _, tc := range failures {
		t.Run(tc.name, func(t *testing.T) {
			before := snapshot(t, dir)
			svc.set(tc.serve)
			f := &sdn.Fetcher{URL: svc.url(), CacheDir: dir, MaxBytes: tc.maxBytes, Timeout: tc.timeout}
			start := time.Now()
			l, res, err := f.Fetch(ctx, inService)
			took := time.Since(start)
			if err == nil {
				t.Fatalf("Fetch accepted the list (%+v)", res)
			}
			t.Logf("error: %v", err)
			if l != inService {
				t.Errorf("returned %+v, want the list in service kept", summarize(l))
			}
			if res.Status != tc.wantStatus {
				t.Errorf("status %q, want %q", res.Status, tc.wantStatus)
			}
			if tc.wantErr != nil && !errors.Is(err, tc.wantErr) {
				t.Errorf("error does not wrap %v", tc.wantErr)
			}
			if !strings.Contains(err.Error(), tc.wantInErr) || !strings.Contains(err.Error(), svc.url()) {
				t.Errorf("error should name %s and say %q", svc.url(), tc.wantInErr)
			}
			if tc.wantEntries > 0 && (res.Published.Format("2006-01-02") != tc.wantPublished || res.Entries != tc.wantEntries) {
				t.Errorf("result says the list sent was published %s with %d entries, want %s with %d",
					res.Published.Format("2006-01-02"), res.Entries, tc.wantPublished, tc.wantEntries)
			}
			if tc.timeout > 0 && took > tc.timeout+5*time.Second {
				t.Errorf("Fetch took %v with a Timeout of %v", took, tc.timeout)
			}
			if diff := cmp.Diff(before, snapshot(t, dir)); diff != "" {
				t.Errorf("cache changed (-before +after):\n%s", diff)
			}
			if strings.Contains(err.Error(), "Signature") {
				t.Errorf("error shows the presigned query: %v", err)
			}
		})
	}

	t.Run("newer list replaces the cache", func(t *testing.T) {
		cuts, kept := dropParties(t, xml, every(50)) // 2% fewer: within MaxShrink
		newer := apply(xml, append(cuts, issuedIn(t, xml, 2026)))
		const etag2, date2 = `"newer"`, "Thu, 19 Nov 2026 14:01:45 GMT"
		svc.set(serveList(newer, etag2, date2))
		f := &sdn.Fetcher{URL: svc.url(), CacheDir: dir}
		l, res, err := f.Fetch(ctx, inService)
		if err != nil {
			t.Fatalf("Fetch: %v", err)
		}
		wantSum := summary{sdn.SourceSDN, sdn.FormatAdvancedXML, "2026-11-19", kept}
		if res.Status != sdn.FetchDownloaded || summarize(l) != wantSum {
			t.Fatalf("status %q, list %+v; want %q, %+v", res.Status, summarize(l), sdn.FetchDownloaded, wantSum)
		}
		info, err := f.Cached()
		if err != nil {
			t.Fatal(err)
		}
		if info.SHA256 != newer.sha256() || info.ETag != etag2 || info.Entries != kept {
			t.Errorf("cache record %+v does not describe the newer list", info)
		}
		// The old file is gone: one list file and its record.
		files := snapshot(t, dir)
		if len(files) != 2 || files[info.File] != info.SHA256 || files["SDN_ADVANCED.XML.json"] == "" {
			t.Errorf("cache holds %v, want the new file and the record", files)
		}
		l2, res, err := f.Fetch(ctx, l)
		if err != nil || res.Status != sdn.FetchNotModified || l2 != l {
			t.Errorf("next Fetch: %v, status %q; want 304 and the same list", err, res.Status)
		}
	})
}

var ignoreTimes = cmp.FilterPath(func(p cmp.Path) bool {
	s := p.String()
	return s == "FetchedAt" || s == "CheckedAt"
}, cmp.Ignore())

// smallList is the real list with one party in twenty kept: a real,
// consistent document that parses in a fraction of the time of the whole.
func smallList(t testing.TB, xml []byte) (doc, int) {
	t.Helper()
	cuts, kept := dropParties(t, xml, func(i int) bool { return i%20 != 1 })
	return apply(xml, cuts), kept
}

// inService makes a list in service of n entries taken from the real list.
func inServiceOf(full *sdn.List, n int) *sdn.List {
	return &sdn.List{Source: full.Source, Format: full.Format, Published: full.Published, Entries: full.Entries[:n]}
}

// TestFetchWithoutCache checks the zero-config Fetcher: no cache directory,
// nothing left behind, no conditional requests.
func TestFetchWithoutCache(t *testing.T) {
	_, xml, full := loadReal(t)
	small, kept := smallList(t, xml)
	svc := newService(t)
	svc.set(serveList(small, `"x"`, "Wed, 19 Nov 2025 14:01:45 GMT"))
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)

	f := &sdn.Fetcher{URL: svc.url()}
	// With no list in service, there is nothing to compare with: a twentieth
	// of the list is taken.
	l, res, err := f.Fetch(context.Background(), nil)
	if err != nil || res.Status != sdn.FetchDownloaded || len(l.Entries) != kept {
		t.Fatalf("Fetch: %v, status %q, %+v; want %d entries", err, res.Status, summarize(l), kept)
	}
	// Against the full list, it has shrunk.
	l2, res, err := f.Fetch(context.Background(), full)
	if !errors.Is(err, sdn.ErrShrunk) || l2 != full || res.Status != sdn.FetchRejected {
		t.Errorf("Fetch against the full list: %v, status %q; want ErrShrunk and the full list kept", err, res.Status)
	}
	for _, h := range svc.requests() {
		if h.Get("If-None-Match") != "" || h.Get("If-Modified-Since") != "" {
			t.Errorf("conditional request without a cache: %v", h)
		}
	}
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Errorf("left behind in the temporary directory: %v", left)
	}
	if _, err := f.Cached(); err == nil {
		t.Error("Cached without a CacheDir should fail")
	}
}

// TestFetchShrinkLimit checks the bounds of MaxShrink: the small real list
// against a list in service somewhat larger.
func TestFetchShrinkLimit(t *testing.T) {
	_, xml, full := loadReal(t)
	small, kept := smallList(t, xml)
	svc := newService(t)
	svc.set(serveList(small, `"x"`, "Wed, 19 Nov 2025 14:01:45 GMT"))
	current := inServiceOf(full, kept*100/92) // about 8% more than served
	lost := 1 - float64(kept)/float64(len(current.Entries))
	tests := []struct {
		name      string
		maxShrink float64
		wantErr   error
	}{
		{"default 5%", 0, sdn.ErrShrunk},
		{"just too much lost", lost - 0.001, sdn.ErrShrunk},
		{"just within", lost + 0.001, nil},
		{"check off", -1, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := &sdn.Fetcher{URL: svc.url(), MaxShrink: tc.maxShrink}
			l, res, err := f.Fetch(context.Background(), current)
			if !errors.Is(err, tc.wantErr) || (err == nil) != (tc.wantErr == nil) {
				t.Fatalf("MaxShrink %v, %.2f%% lost: error %v, want %v", tc.maxShrink, 100*lost, err, tc.wantErr)
			}
			want, status := current, sdn.FetchRejected
			if tc.wantErr == nil {
				want, status = nil, sdn.FetchDownloaded
			}
			if want != nil && l != want || want == nil && len(l.Entries) != kept || res.Status != status {
				t.Errorf("got %+v, status %q; want %d entries, %q", summarize(l), res.Status, kept, status)
			}
		})
	}
}

// TestFetchProtocolErrors covers answers that are wrong as HTTP, before any
// list is read.
func TestFetchProtocolErrors(t *testing.T) {
	ctx := context.Background()
	t.Run("304 to an unconditional request", func(t *testing.T) {
		svc := newService(t)
		svc.set(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNotModified) })
		f := &sdn.Fetcher{URL: svc.url(), CacheDir: t.TempDir()}
		l, res, err := f.Fetch(ctx, nil)
		var se *sdn.StatusError
		if !errors.As(err, &se) || se.StatusCode != http.StatusNotModified || l != nil || res.Status != sdn.FetchFailed {
			t.Errorf("got %v, %v, status %q; want a StatusError 304 and no list", summarize(l), err, res.Status)
		}
	})
	t.Run("not an http URL", func(t *testing.T) {
		f := &sdn.Fetcher{URL: "file:///etc/passwd"}
		if _, _, err := f.Fetch(ctx, nil); err == nil || !strings.Contains(err.Error(), "not an http(s) URL") {
			t.Errorf("got %v", err)
		}
	})
	t.Run("connection refused", func(t *testing.T) {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		addr := ln.Addr().String()
		ln.Close()
		f := &sdn.Fetcher{URL: "http://" + addr + exportPath}
		_, res, err := f.Fetch(ctx, nil)
		if err == nil || res.Status != sdn.FetchFailed || res.StatusCode != 0 {
			t.Errorf("got %v, status %q", err, res.Status)
		}
	})
	t.Run("caller's context cancelled", func(t *testing.T) {
		svc := newService(t)
		svc.set(serveStatus(http.StatusOK, "never read"))
		cctx, cancel := context.WithCancel(ctx)
		cancel()
		_, _, err := (&sdn.Fetcher{URL: svc.url()}).Fetch(cctx, nil)
		if !errors.Is(err, context.Canceled) {
			t.Errorf("got %v, want context.Canceled", err)
		}
	})
}

// TestCacheRecordChecked makes sure a damaged or hostile record is refused,
// never followed.
func TestCacheRecordChecked(t *testing.T) {
	dir := t.TempDir()
	f := &sdn.Fetcher{CacheDir: dir}
	if _, err := f.Cached(); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("empty cache: %v, want fs.ErrNotExist", err)
	}
	if _, _, err := f.LoadCached(); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("empty cache: %v, want fs.ErrNotExist", err)
	}
	sum := strings.Repeat("ab", 32)
	records := map[string]string{
		"not JSON":          `{"url": `,
		"bad digest":        `{"file": "SDN_ADVANCED.XML.abababababababab", "sha256": "xyz"}`,
		"file outside":      `{"file": "../../etc/passwd", "sha256": "` + sum + `"}`,
		"file of no digest": `{"file": "SDN_ADVANCED.XML.0000000000000000", "sha256": "` + sum + `"}`,
	}
	for name, rec := range records {
		t.Run(name, func(t *testing.T) {
			if err := os.WriteFile(filepath.Join(dir, "SDN_ADVANCED.XML.json"), []byte(rec), 0o644); err != nil {
				t.Fatal(err)
			}
			if _, err := f.Cached(); !errors.Is(err, sdn.ErrFormat) {
				t.Errorf("Cached: %v, want ErrFormat", err)
			}
			if _, _, err := f.LoadCached(); !errors.Is(err, sdn.ErrFormat) {
				t.Errorf("LoadCached: %v, want ErrFormat", err)
			}
		})
	}
	// A record of another export in the same directory is not confused
	// with this one.
	g := &sdn.Fetcher{CacheDir: dir, URL: sdn.ConsAdvancedURL}
	if _, err := g.Cached(); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("CONS_ADVANCED.XML: %v, want fs.ErrNotExist", err)
	}
	var info sdn.CacheInfo
	if err := json.Unmarshal([]byte(`{"url":"u","file":"f","etag":"e","last_modified":"l","published":"2025-11-19T00:00:00Z","entries":3}`), &info); err != nil ||
		info.Entries != 3 || info.LastModified != "l" {
		t.Errorf("CacheInfo JSON names changed: %+v, %v", info, err)
	}
}

// TestFetchCacheNotWritable: a list that passed every check is worth more
// than a tidy cache. It is returned, with an error that says it was not
// cached, and nothing half-written is left behind.
func TestFetchCacheNotWritable(t *testing.T) {
	_, xml, _ := loadReal(t)
	small, kept := smallList(t, xml)
	svc := newService(t)
	svc.set(serveList(small, `"x"`, "Wed, 19 Nov 2025 14:01:45 GMT"))
	dir := t.TempDir()
	// A directory where the list file should go makes the rename fail.
	blocker := filepath.Join(dir, "SDN_ADVANCED.XML."+small.sha256()[:16])
	if err := os.Mkdir(blocker, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(blocker, "keep"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	f := &sdn.Fetcher{URL: svc.url(), CacheDir: dir}
	l, res, err := f.Fetch(context.Background(), nil)
	if err == nil || !strings.Contains(err.Error(), "list accepted but not cached") {
		t.Errorf("error %v, want one saying the list was not cached", err)
	}
	if res.Status != sdn.FetchDownloaded || l == nil || len(l.Entries) != kept {
		t.Errorf("status %q, %+v; want the new list of %d entries, downloaded", res.Status, summarize(l), kept)
	}
	files, _ := os.ReadDir(dir)
	if len(files) != 1 || files[0].Name() != filepath.Base(blocker) {
		t.Errorf("cache holds %v, want only what was there", files)
	}
}

// FuzzCacheRecord feeds the cache record reader arbitrary JSON: it must
// accept only a record that names a list file inside the cache by its
// digest, and refuse anything else with ErrFormat, never a panic.
func FuzzCacheRecord(f *testing.F) {
	// The record a fetch of the real file writes.
	bz2, err := os.ReadFile(realFile)
	if err != nil {
		f.Fatal(err)
	}
	sum := sha256.Sum256(bz2)
	seed, err := json.Marshal(sdn.CacheInfo{
		URL: sdn.SDNAdvancedURL, File: "SDN_ADVANCED.XML." + hex.EncodeToString(sum[:8]),
		ETag: `"a20aede42d1f65a913618c5a09b63113"`, LastModified: "Wed, 19 Nov 2025 14:01:45 GMT",
		FetchedAt: time.Date(2025, 11, 19, 15, 0, 0, 0, time.UTC), CheckedAt: time.Date(2025, 11, 19, 16, 0, 0, 0, time.UTC),
		Source: sdn.SourceSDN, Format: sdn.FormatAdvancedXML, Published: time.Date(2025, 11, 19, 0, 0, 0, 0, time.UTC),
		Entries: 18367, Size: int64(len(bz2)), SHA256: hex.EncodeToString(sum[:]),
	})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	f.Add(bytes.Replace(seed, []byte(`"SDN_ADVANCED.XML.`), []byte(`"../SDN_ADVANCED.XML.`), 1))
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"sha256": "` + strings.Repeat("0", 64) + `", "file": "SDN_ADVANCED.XML.0000000000000000"}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, record []byte) {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "SDN_ADVANCED.XML.json"), record, 0o644); err != nil {
			t.Fatal(err)
		}
		info, err := (&sdn.Fetcher{CacheDir: dir}).Cached()
		if err != nil {
			if !errors.Is(err, sdn.ErrFormat) {
				t.Fatalf("error %v does not wrap ErrFormat", err)
			}
			return
		}
		if _, err := hex.DecodeString(info.SHA256); err != nil || len(info.SHA256) != 64 {
			t.Errorf("accepted sha256 %q", info.SHA256)
		}
		if info.File != "SDN_ADVANCED.XML."+info.SHA256[:16] {
			t.Errorf("accepted file %q", info.File)
		}
	})
}

// FuzzCacheName: whatever the export URL, its cache files stay inside the
// cache directory.
func FuzzCacheName(f *testing.F) {
	for _, u := range []string{
		sdn.SDNAdvancedURL, sdn.ConsEnhancedURL, sdn.SDNCSVURL,
		"http://127.0.0.1:8080/x/..%2F..%2Ftrap", "http://h/", "http://h/..", "http://h/.json", "",
	} {
		f.Add(u)
	}
	f.Fuzz(func(t *testing.T, u string) {
		root := t.TempDir()
		dir := filepath.Join(root, "cache")
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		// A record that any escape from dir would find.
		if err := os.WriteFile(filepath.Join(root, "trap.json"), []byte("{}"), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := (&sdn.Fetcher{URL: u, CacheDir: dir}).Cached()
		if !errors.Is(err, fs.ErrNotExist) {
			t.Fatalf("URL %q: %v, want fs.ErrNotExist in an empty cache", u, err)
		}
	})
}

// TestFetchRestart starts processes on a cache holding the real list cut to
// a twentieth and dated 2026 (so that it parses fast): with the server down,
// with nothing new, with an older list in service, and with the cached file
// damaged.
func TestFetchRestart(t *testing.T) {
	_, xml, full := loadReal(t)
	cuts, kept := dropParties(t, xml, func(i int) bool { return i%20 != 1 })
	newer := apply(xml, append(cuts, issuedIn(t, xml, 2026)))
	const etag, date = `"newer"`, "Thu, 19 Nov 2026 14:01:45 GMT"
	svc := newService(t)
	dir := t.TempDir()
	ctx := context.Background()
	svc.set(serveList(newer, etag, date))
	cachedList, _, err := (&sdn.Fetcher{URL: svc.url(), CacheDir: dir}).Fetch(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := summary{sdn.SourceSDN, sdn.FormatAdvancedXML, "2026-11-19", kept}
	if summarize(cachedList) != want {
		t.Fatalf("cached %+v, want %+v", summarize(cachedList), want)
	}

	t.Run("restart from the cache", func(t *testing.T) {
		f := &sdn.Fetcher{URL: svc.url(), CacheDir: dir}
		before := snapshot(t, dir)

		// A new process, the server down: the cached list is the one to
		// screen against, and the error says why nothing newer came.
		svc.set(serveStatus(http.StatusServiceUnavailable, "try later"))
		l, res, err := f.Fetch(ctx, nil)
		if err == nil || res.Status != sdn.FetchFailed || summarize(l) != want {
			t.Errorf("server down: %+v, status %q, error %v; want the cached list %+v and the error", summarize(l), res.Status, err, want)
		}

		// The server up, nothing changed since: the cached list.
		svc.set(serveList(nil, etag, date))
		l, res, err = f.Fetch(ctx, nil)
		if err != nil || res.Status != sdn.FetchNotModified || summarize(l) != want {
			t.Errorf("304: %+v, status %q, error %v; want the cached list %+v, not modified", summarize(l), res.Status, err, want)
		}

		// A process that started from an older list (the embedded
		// snapshot, say): the cached list is newer, so it replaces it...
		older := inServiceOf(full, kept)
		l, res, err = f.Fetch(ctx, older)
		if err != nil || res.Status != sdn.FetchNotModified || l == older || summarize(l) != want {
			t.Errorf("304 with an older list in service: %+v, status %q, error %v; want the cached list %+v",
				summarize(l), res.Status, err, want)
		}
		// ... but only once it passed the checks against it.
		l, res, err = f.Fetch(ctx, full)
		if !errors.Is(err, sdn.ErrShrunk) || res.Status != sdn.FetchRejected || l != full {
			t.Errorf("304 with the full older list in service: %+v, status %q, error %v; want ErrShrunk and the list kept",
				summarize(l), res.Status, err)
		}
		after := snapshot(t, dir)
		if len(after) != len(before) || after["SDN_ADVANCED.XML.json"] == before["SDN_ADVANCED.XML.json"] {
			t.Errorf("cache before %v, after %v: want the same files, the record touched by the 304s", before, after)
		}
	})

	t.Run("damaged cache repairs itself", func(t *testing.T) {
		f := &sdn.Fetcher{URL: svc.url(), CacheDir: dir}
		info, err := f.Cached()
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, info.File)
		good, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		// One changed letter in a name: the file still parses, but it is
		// no longer the list that was checked and recorded.
		bad := bytes.Replace(good, []byte(">AEROCARIBBEAN AIRLINES<"), []byte(">AEROCARIBBEAN AIRLINEZ<"), 1)
		if bytes.Equal(bad, good) {
			t.Fatal("the name to damage is not in the cached file")
		}
		if err := os.WriteFile(p, bad, 0o644); err != nil {
			t.Fatal(err)
		}
		_, _, err = f.LoadCached()
		if !errors.Is(err, sdn.ErrFormat) || !strings.Contains(err.Error(), "SHA-256") {
			t.Errorf("LoadCached of a damaged file: %v, want an ErrFormat naming the SHA-256", err)
		}
		// The server answers 304 to the conditional request, the cache
		// does not load, so the Fetcher asks again for the whole file.
		svc.set(serveList(doc{good}, etag, date))
		l, res, err := f.Fetch(ctx, nil)
		if err != nil || res.Status != sdn.FetchUnchanged || summarize(l) != want {
			t.Errorf("got %+v, status %q, error %v; want %+v, unchanged", summarize(l), res.Status, err, want)
		}
		if seen := svc.requests(); len(seen) != 2 || seen[0].Get("If-None-Match") == "" || seen[1].Get("If-None-Match") != "" {
			t.Errorf("want a conditional request then an unconditional one, got %d: %v", len(seen), seen)
		}
		if now, err := os.ReadFile(p); err != nil || !bytes.Equal(now, good) {
			t.Errorf("cached file not repaired (err %v)", err)
		}
		l, info, err = f.LoadCached()
		if err != nil || summarize(l) != want || info.SHA256 != res.SHA256 {
			t.Errorf("LoadCached after the repair: %+v, %+v, %v; want %+v", summarize(l), info, err, want)
		}
	})
}
