package sdn

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"
	"sync"
	"time"
	"unicode"
)

// The exports of Treasury's Sanctions List Service. Each address answers with
// a redirect to a short-lived presigned S3 address, which serves the file with
// an ETag and a Last-Modified date; http.Client follows the redirect and
// carries the conditional headers along.
//
// Fetcher reads the XML exports (Parse detects which one it got). The CSV
// exports are the legacy quartets that ParseCSV reads: four files that only
// make a list together, so they are listed here for callers who download them
// themselves.
const (
	// ServiceURL is the folder that holds every export.
	ServiceURL = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/"

	SDNAdvancedURL  = ServiceURL + "SDN_ADVANCED.XML"  // SDN list, advanced XML: the default of Fetcher
	ConsAdvancedURL = ServiceURL + "CONS_ADVANCED.XML" // consolidated (non-SDN) lists, advanced XML
	SDNEnhancedURL  = ServiceURL + "SDN_ENHANCED.XML"  // SDN list, enhanced XML
	ConsEnhancedURL = ServiceURL + "CONS_ENHANCED.XML" // consolidated lists, enhanced XML
	SDNClassicURL   = ServiceURL + "SDN.XML"           // SDN list, classic XML (sdn.xsd)
	ConsClassicURL  = ServiceURL + "CONSOLIDATED.XML"  // consolidated lists, classic XML

	SDNCSVURL          = ServiceURL + "SDN.CSV"          // SDN quartet: primary records
	SDNAddCSVURL       = ServiceURL + "ADD.CSV"          // SDN quartet: addresses
	SDNAltCSVURL       = ServiceURL + "ALT.CSV"          // SDN quartet: aliases
	SDNCommentsCSVURL  = ServiceURL + "SDN_COMMENTS.CSV" // SDN quartet: remarks continued
	ConsPrimCSVURL     = ServiceURL + "CONS_PRIM.CSV"    // consolidated quartet: primary records
	ConsAddCSVURL      = ServiceURL + "CONS_ADD.CSV"     // consolidated quartet: addresses
	ConsAltCSVURL      = ServiceURL + "CONS_ALT.CSV"     // consolidated quartet: aliases
	ConsCommentsCSVURL = ServiceURL + "CONS_COMMENTS.CSV"
)

// Defaults of a Fetcher's zero fields.
const (
	// DefaultMaxBytes bounds a download. SDN_ADVANCED.XML, the largest
	// export, was 121 MB on 2025-11-19; four times that leaves room for
	// years of growth while still stopping a runaway response before it
	// fills a disk.
	DefaultMaxBytes int64 = 512 << 20
	// DefaultTimeout bounds one Fetch, download and parse together: enough
	// for the largest export over a slow link, short enough that a stalled
	// server does not hold an update job for hours.
	DefaultTimeout = 10 * time.Minute
	// DefaultMaxShrink is the largest share of entries a new list may lose
	// against the one in service. Removals usually come a few at a time; a
	// list that lost more than 5% (over 900 entries of the SDN list) at once
	// is more likely a broken or partial export than a policy change, and
	// screening against it would miss every party that fell out.
	DefaultMaxShrink = 0.05
)

// Errors a Fetch can wrap, besides ErrFormat (the body is not a list) and the
// context's errors (the Timeout or the caller's deadline). Test them with
// errors.Is.
var (
	// ErrStale: the downloaded list was published before the one in
	// service, or carries no publish date where the one in service has one.
	ErrStale = errors.New("sdn: list is older than the one in service")
	// ErrShrunk: the downloaded list lost more than MaxShrink of the
	// entries of the one in service, or has none at all.
	ErrShrunk = errors.New("sdn: list has lost too many entries")
	// ErrWrongList: the downloaded list is another list (Source
	// "CONSOLIDATED" where "SDN" is in service, or the reverse).
	ErrWrongList = errors.New("sdn: not the same list as the one in service")
	// ErrTooLarge: the response is bigger than MaxBytes.
	ErrTooLarge = errors.New("sdn: download exceeds the size limit")
	// ErrTruncated: the connection ended before the body announced by the
	// server was complete.
	ErrTruncated = errors.New("sdn: download cut short")
)

// StatusError is the error of an HTTP answer other than 200 OK and 304 Not
// Modified.
type StatusError struct {
	URL        string // the address that answered (after redirects)
	StatusCode int    // 404, 500, 503...
	Status     string // "500 Internal Server Error"
	Body       string // the start of the body, where the server says why
}

func (e *StatusError) Error() string {
	msg := fmt.Sprintf("sdn: %s answered %s", e.URL, e.Status)
	if e.Body != "" {
		msg += ": " + e.Body
	}
	return msg
}

// Fetcher downloads one list export and decides whether it may replace the
// list in service. Its zero value downloads the SDN list in the advanced XML
// from Treasury, with the default limits and no cache; set CacheDir to keep
// the last good list on disk and to make later fetches conditional.
//
// Set the fields before the first Fetch and do not change or copy the
// Fetcher afterwards. A Fetcher is safe for concurrent use; its calls run one
// at a time.
type Fetcher struct {
	// URL is the export to download; "" means SDNAdvancedURL. Any XML
	// export Parse reads will do, gzip- or bzip2-compressed included.
	URL string
	// Client sends the requests; nil means http.DefaultClient. Leave its
	// Timeout zero and use the Fetcher's, which also bounds the parse.
	Client *http.Client
	// CacheDir is where the last good list is kept, with a JSON file that
	// records where and when it was fetched (see CacheInfo). "" keeps
	// nothing: every Fetch downloads the whole file and sanity-checks it
	// against the list passed in only. The directory is created when
	// missing. Several exports may share one directory: their files are
	// named after the export.
	CacheDir string
	// MaxBytes bounds the body of a response; 0 or less means
	// DefaultMaxBytes.
	MaxBytes int64
	// Timeout bounds one Fetch, download and parse together; 0 means
	// DefaultTimeout and a negative value leaves the deadline to the
	// caller's context.
	Timeout time.Duration
	// MaxShrink is the largest share of the entries of the list in service
	// that a new list may lose and still be accepted; 0 means
	// DefaultMaxShrink and a negative value turns the check off (to take a
	// genuine mass delisting that the check refused, once someone has
	// looked at it).
	MaxShrink float64
	// UserAgent is sent with every request; "" means a string naming this
	// module, so that Treasury can tell who is calling.
	UserAgent string

	mu sync.Mutex
}

// FetchStatus says what a Fetch did.
type FetchStatus string

// The outcomes of a Fetch.
const (
	// FetchDownloaded: a new list was downloaded, passed every check and
	// (with a CacheDir) replaced the cached one. It is the list returned.
	FetchDownloaded FetchStatus = "downloaded"
	// FetchNotModified: the server answered 304 Not Modified to the
	// conditional request made from the cache: its list is the cached one.
	FetchNotModified FetchStatus = "not modified"
	// FetchUnchanged: the server sent the whole file again, byte for byte
	// the cached one (a server that ignores conditional requests, or a
	// damaged cache being repaired).
	FetchUnchanged FetchStatus = "unchanged"
	// FetchRejected: the server sent a complete answer that is not
	// acceptable (too large, not a list, older than the list in service,
	// shrunk, another list), or answered 304 and the cached list failed
	// the checks against the list in service. The error says which.
	FetchRejected FetchStatus = "rejected"
	// FetchFailed: no complete answer: network error, timeout, HTTP error
	// status, body cut short, no room for the download. The error says
	// which.
	FetchFailed FetchStatus = "failed"
)

// FetchResult reports what one Fetch did.
type FetchResult struct {
	Status FetchStatus
	// URL is the export requested.
	URL string
	// StatusCode is the HTTP status of the last response, 0 when none came.
	StatusCode int
	// ETag and LastModified are the validators the server sent.
	ETag, LastModified string
	// Size is the number of body bytes received, SHA256 their hex digest
	// when the body came in full.
	Size   int64
	SHA256 string
	// Published and Entries describe the list the server sent (for
	// FetchNotModified, the cached one), when it parsed.
	Published time.Time
	Entries   int
	// Took is the time the Fetch took.
	Took time.Duration
}

// Fetch asks the server for the export and returns the list to keep in
// service, with a report of what happened and, when the new list was not
// taken, an error that says why.
//
// current is the list in service, or nil. Fetch returns current itself
// whenever no better list came (on every failure, and when the server's list
// is no newer than current), so that
//
//	next, res, err := f.Fetch(ctx, list)
//	if next != list {
//		// put next in service
//	}
//	list = next
//
// always leaves a good list in list. When current is nil, the cached list
// stands in for it: it is the baseline of the checks and the list returned
// when nothing better came (nil when there is no usable cache either). When
// the server's list is the cached one (FetchNotModified, FetchUnchanged) but
// current is older or nil, the cached list is returned, once it has passed
// the same checks against current as a download.
//
// A new list is accepted only when it downloaded in full within MaxBytes and
// the Timeout, parsed with Parse, is the same list (Source) as the baseline,
// was published no earlier than it, and kept at least 1-MaxShrink of its
// entries. Only then does it replace the cached copy, by atomic renames, so
// that a failure at any point leaves the cache as it was. The error wraps
// ErrTooLarge, ErrTruncated, ErrFormat, ErrStale, ErrShrunk or ErrWrongList,
// a *StatusError, or the context's error.
//
// An error does not always come with the old list: when the new list was
// accepted but could not be cached, it is returned (a newer list is worth
// more than a tidy cache) with status FetchDownloaded and the error.
func (f *Fetcher) Fetch(ctx context.Context, current *List) (*List, *FetchResult, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	start := time.Now()
	u := f.url()
	res := &FetchResult{URL: u}
	defer func() { res.Took = time.Since(start) }()
	if t := f.timeout(); t > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, t)
		defer cancel()
	}

	c := f.cache()
	var cached *CacheInfo
	if c != nil {
		c.removeLeftovers()
		// A cache that cannot be read is no cache: the download goes
		// ahead unconditionally and, if good, replaces it.
		if info, err := c.info(); err == nil && c.hasData(info) {
			cached = info
		}
	}
	// fallback is the list to keep when nothing better came.
	fallback := func() *List {
		if current != nil || cached == nil {
			return current
		}
		l, _, err := c.load()
		if err != nil {
			return nil
		}
		return l
	}
	fail := func(status FetchStatus, err error) (*List, *FetchResult, error) {
		res.Status = status
		return fallback(), res, fmt.Errorf("sdn: fetch %s: %w", u, err)
	}

	if _, err := url.ParseRequestURI(u); err != nil || !(strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://")) {
		return fail(FetchFailed, fmt.Errorf("not an http(s) URL"))
	}
	conditional := cached != nil && cached.URL == u && (cached.ETag != "" || cached.LastModified != "")
	for {
		resp, err := f.get(ctx, u, cached, conditional)
		if err != nil {
			var ue *url.Error
			if errors.As(err, &ue) {
				ue.URL = withoutQuery(ue.URL)
			}
			return fail(FetchFailed, err)
		}
		res.StatusCode = resp.StatusCode
		res.ETag = resp.Header.Get("ETag")
		res.LastModified = resp.Header.Get("Last-Modified")

		switch {
		case resp.StatusCode == http.StatusNotModified && conditional:
			resp.Body.Close()
			l, loadErr, checkErr := f.notModified(current, cached, c, res)
			if loadErr != nil {
				// The server says the cached copy is current, but it
				// does not load: ask again for the whole file.
				conditional = false
				continue
			}
			if checkErr != nil {
				return fail(FetchRejected, fmt.Errorf("cached list rejected: %w", checkErr))
			}
			return l, res, nil
		case resp.StatusCode == http.StatusOK:
			defer resp.Body.Close()
			return f.accept(ctx, resp, current, cached, c, res, fail)
		default:
			err := statusError(resp)
			resp.Body.Close()
			return fail(FetchFailed, err)
		}
	}
}

// get sends the request, conditional on the cached validators when asked.
func (f *Fetcher) get(ctx context.Context, u string, cached *CacheInfo, conditional bool) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	ua := f.UserAgent
	if ua == "" {
		ua = "github.com/sanctionscreen/ofac (sdn.Fetcher)"
	}
	req.Header.Set("User-Agent", ua)
	if conditional {
		if cached.ETag != "" {
			req.Header.Set("If-None-Match", cached.ETag)
		}
		if cached.LastModified != "" {
			req.Header.Set("If-Modified-Since", cached.LastModified)
		}
	}
	client := f.Client
	if client == nil {
		client = http.DefaultClient
	}
	return client.Do(req)
}

// notModified handles a 304: the cached list is the server's current one.
// It returns current when that is as recent, else the cached list once it
// has passed the checks against current; loadErr says the cache did not
// load, checkErr that its list failed the checks.
func (f *Fetcher) notModified(current *List, cached *CacheInfo, c *cacheDir, res *FetchResult) (l *List, loadErr, checkErr error) {
	res.Status = FetchNotModified
	res.Published, res.Entries = cached.Published, cached.Entries
	res.SHA256, res.Size = cached.SHA256, cached.Size
	// A failure here loses only the record of when the server was last
	// asked; the cached list itself is untouched.
	_ = c.touch(cached, res.ETag, res.LastModified)
	if current != nil && !current.Published.Before(cached.Published) {
		return current, nil, nil
	}
	l, _, err := c.load()
	if err != nil {
		return nil, err, nil
	}
	if current != nil {
		if err := f.check(l, baselineOf(current, nil)); err != nil {
			return nil, nil, err
		}
	}
	return l, nil, nil
}

// accept reads a 200 response into a temporary file, parses and checks it,
// and on success moves it into the cache.
func (f *Fetcher) accept(ctx context.Context, resp *http.Response, current *List, cached *CacheInfo, c *cacheDir,
	res *FetchResult, fail func(FetchStatus, error) (*List, *FetchResult, error)) (*List, *FetchResult, error) {
	limit := f.maxBytes()
	if resp.ContentLength > limit {
		return fail(FetchRejected, fmt.Errorf("%w: %d bytes announced, limit %d", ErrTooLarge, resp.ContentLength, limit))
	}
	dir := ""
	if c != nil {
		dir = c.dir
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fail(FetchFailed, err)
		}
	}
	tmp, err := os.CreateTemp(dir, tempPrefix+"*")
	if err != nil {
		return fail(FetchFailed, err)
	}
	committed := false
	defer func() {
		tmp.Close()
		if !committed {
			os.Remove(tmp.Name())
		}
	}()

	h := sha256.New()
	n, err := io.Copy(io.MultiWriter(tmp, h), io.LimitReader(resp.Body, limit+1))
	res.Size = n
	switch {
	case err != nil && ctx.Err() != nil:
		return fail(FetchFailed, fmt.Errorf("after %d bytes: %w", n, ctx.Err()))
	case errors.Is(err, io.ErrUnexpectedEOF):
		return fail(FetchFailed, fmt.Errorf("%w: %s", ErrTruncated, progress(n, resp.ContentLength)))
	case err != nil:
		return fail(FetchFailed, fmt.Errorf("after %s: %w", progress(n, resp.ContentLength), err))
	case n > limit:
		return fail(FetchRejected, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit))
	case resp.ContentLength >= 0 && n != resp.ContentLength:
		return fail(FetchFailed, fmt.Errorf("%w: %s", ErrTruncated, progress(n, resp.ContentLength)))
	}
	res.SHA256 = hex.EncodeToString(h.Sum(nil))
	if err := tmp.Sync(); err != nil {
		return fail(FetchFailed, err)
	}
	if _, err := tmp.Seek(0, io.SeekStart); err != nil {
		return fail(FetchFailed, err)
	}

	l, err := Parse(ctxReader{ctx, bufio.NewReaderSize(tmp, 1<<16)})
	if err != nil {
		if ctx.Err() != nil {
			return fail(FetchFailed, fmt.Errorf("parsing: %w", ctx.Err()))
		}
		return fail(FetchRejected, fmt.Errorf("not a list: %w", err))
	}
	res.Published, res.Entries = l.Published, len(l.Entries)
	if err := f.check(l, baselineOf(current, cached)); err != nil {
		return fail(FetchRejected, fmt.Errorf("list rejected: %w", err))
	}

	res.Status = FetchDownloaded
	if cached != nil && cached.SHA256 == res.SHA256 {
		res.Status = FetchUnchanged
		if current != nil && current.Source == l.Source && current.Published.Equal(l.Published) && len(current.Entries) == len(l.Entries) {
			l = current // the same list: spare the caller a rebuild
		}
	}
	if c == nil {
		return l, res, nil
	}
	info := &CacheInfo{
		URL:          res.URL,
		ETag:         res.ETag,
		LastModified: res.LastModified,
		Source:       l.Source,
		Format:       l.Format,
		Published:    l.Published,
		Entries:      len(l.Entries),
		Size:         n,
		SHA256:       res.SHA256,
	}
	if err := tmp.Close(); err != nil {
		return l, res, fmt.Errorf("sdn: fetch %s: list accepted but not cached: %w", res.URL, err)
	}
	if err := c.commit(tmp.Name(), info); err != nil {
		return l, res, fmt.Errorf("sdn: fetch %s: list accepted but not cached: %w", res.URL, err)
	}
	committed = true
	return l, res, nil
}

// baseline is what a new list is checked against: the list in service, or
// failing that the cached one.
type baseline struct {
	what      string // "the list in service", "the cached list"
	source    string
	published time.Time
	entries   int
}

func baselineOf(current *List, cached *CacheInfo) *baseline {
	switch {
	case current != nil:
		return &baseline{"the list in service", current.Source, current.Published, len(current.Entries)}
	case cached != nil:
		return &baseline{"the cached list", cached.Source, cached.Published, cached.Entries}
	}
	return nil
}

// check runs the sanity checks of a new list against the baseline (nil when
// there is none: the very first fetch).
func (f *Fetcher) check(l *List, b *baseline) error {
	if len(l.Entries) == 0 {
		return fmt.Errorf("%w: the list has no entries", ErrShrunk)
	}
	if b == nil {
		return nil
	}
	if b.source != "" && l.Source != "" && l.Source != b.source {
		return fmt.Errorf("%w: %s list where %s is %s", ErrWrongList, l.Source, b.what, b.source)
	}
	if !b.published.IsZero() {
		if l.Published.IsZero() {
			return fmt.Errorf("%w: the list carries no publish date; %s was published %s", ErrStale, b.what, day(b.published))
		}
		if l.Published.Before(b.published) {
			return fmt.Errorf("%w: published %s, %s %s", ErrStale, day(l.Published), b.what, day(b.published))
		}
	}
	if shrink := f.maxShrink(); shrink >= 0 && b.entries > 0 {
		if min := float64(b.entries) * (1 - shrink); float64(len(l.Entries)) < min {
			return fmt.Errorf("%w: %d entries where %s has %d (%.1f%% lost, at most %.1f%% allowed)",
				ErrShrunk, len(l.Entries), b.what, b.entries,
				100*float64(b.entries-len(l.Entries))/float64(b.entries), 100*shrink)
		}
	}
	return nil
}

func (f *Fetcher) url() string {
	if f.URL == "" {
		return SDNAdvancedURL
	}
	return f.URL
}

func (f *Fetcher) maxBytes() int64 {
	if f.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return f.MaxBytes
}

func (f *Fetcher) timeout() time.Duration {
	if f.Timeout == 0 {
		return DefaultTimeout
	}
	return f.Timeout
}

func (f *Fetcher) maxShrink() float64 {
	if f.MaxShrink == 0 {
		return DefaultMaxShrink
	}
	return f.MaxShrink
}

// statusError reads the start of an error response, where servers (S3
// included) say why they refused.
func statusError(resp *http.Response) error {
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
	body := strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return ' '
		}
		if !unicode.IsPrint(r) {
			return -1
		}
		return r
	}, string(b))
	body = strings.Join(strings.Fields(body), " ")
	if len(body) > 200 {
		body = body[:200] + "..."
	}
	u := ""
	if resp.Request != nil && resp.Request.URL != nil {
		u = withoutQuery(resp.Request.URL.String())
	}
	return &StatusError{URL: u, StatusCode: resp.StatusCode, Status: resp.Status, Body: body}
}

// withoutQuery drops the query and any user info from an address for an
// error message: the query of a presigned S3 address is a signature, long,
// short-lived and nobody's business in a log.
func withoutQuery(raw string) string {
	v, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	v.User, v.RawQuery, v.ForceQuery = nil, "", false
	return v.String()
}

func progress(n, total int64) string {
	if total >= 0 {
		return fmt.Sprintf("%d of %d bytes", n, total)
	}
	return fmt.Sprintf("%d bytes", n)
}

func day(t time.Time) string { return t.Format("2006-01-02") }

// ctxReader stops a long read (the parse of a 127 MB file) once the context
// is done.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}
