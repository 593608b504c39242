package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/sanctionscreen/ofac/sdn"
	"github.com/sanctionscreen/ofac/sdn/snapshot"
)

// staleAfter is the age past which the list in use earns a warning. OFAC
// publishes changes several times a month; a week-old list has likely
// missed some.
const staleAfter = 7 * 24 * time.Hour

// Where the list in use came from.
const (
	originSnapshot = "snapshot" // embedded in the binary
	originCache    = "cache"    // fetched by `update`
	originFile     = "file"     // named by --list
)

// listInfo describes the list a command screens against, for people (the
// "list:" line) and for programs (the "list" object of the JSON). For lists
// screened together it describes the combination, and Parts each list.
type listInfo struct {
	Origin    string `json:"origin"`
	Path      string `json:"path,omitempty"`
	URL       string `json:"url,omitempty"`
	Source    string `json:"source"`
	Format    string `json:"format"`
	Published string `json:"published,omitempty"` // YYYY-MM-DD, empty when the file has none
	// PublishedNote says how Published is known where the files do not
	// print it: the embedded consolidated list's date is the month of its
	// files, given by hand.
	PublishedNote string     `json:"published_note,omitempty"`
	AgeDays       *int       `json:"age_days,omitempty"`
	FetchedAt     *time.Time `json:"fetched_at,omitempty"`
	Entries       int        `json:"entries"`
	Stale         bool       `json:"stale"`
	// Parts describes each list of a combination (the SDN list, the
	// consolidated lists), in the order combined.
	Parts []*listInfo `json:"parts,omitempty"`

	published time.Time
	// oldest is, for lists combined where a part has no date, the date of
	// the oldest part that has one, which age_days and stale then count
	// from.
	oldest time.Time
	// list is the list described.
	list *sdn.List
}

// defaultList is one of the lists screened together when no --list is
// given: the cached copy that `update` fetched, else the embedded snapshot.
type defaultList struct {
	source string // sdn.SourceSDN, sdn.SourceConsolidated
	flag   string // the flag of update and serve that names its export
	url    string // the export fetched by default
	// state is the file in the cache directory that records which export
	// `update` fetched and its compact copy.
	state        string
	snapshot     func() (*sdn.List, error)
	snapshotFile string
	snapshotNote string // how the snapshot's date is known, when the files print none
}

// defaultLists are the lists screened when no --list is given. The SDN
// list's state keeps the name it had when it was the only list, so that a
// cache written then still loads (and the consolidated list then comes
// from the snapshot until the next update).
var defaultLists = []defaultList{
	{source: sdn.SourceSDN, flag: "url", url: sdn.SDNAdvancedURL, state: "ofacscreen.json",
		snapshot: snapshot.SDN, snapshotFile: snapshot.SourceFile},
	{source: sdn.SourceConsolidated, flag: "cons-url", url: sdn.ConsAdvancedURL, state: "ofacscreen-consolidated.json",
		snapshot: snapshot.Consolidated, snapshotFile: snapshot.ConsolidatedSourceFile, snapshotNote: snapshot.ConsolidatedPublishedNote},
}

// listNames are OFAC's own names for the list of each Source, as the
// advanced and enhanced XML write them on every entry of that list.
var listNames = map[string]string{sdn.SourceSDN: "SDN List", sdn.SourceConsolidated: "Consolidated List"}

// state is what ofacscreen keeps in the cache directory next to the
// Fetcher's own files, one file per list (defaultList.state): which export
// `update` fetched, and the list in the library's compact form, which
// loads in milliseconds where the 120 MB XML takes seconds to parse.
type state struct {
	URL     string `json:"url"`
	SHA256  string `json:"sha256"`  // of the cached export, as CacheInfo records it
	Compact string `json:"compact"` // file name of the compact copy in the cache dir
}

// cacheDir is where `update` keeps the lists: --dir, else $OFACSCREEN_CACHE,
// else the user's cache directory.
func cacheDir(e *env, c *commonFlags) (string, error) {
	if c.dir != "" {
		return c.dir, nil
	}
	if d := e.getenv("OFACSCREEN_CACHE"); d != "" {
		return d, nil
	}
	d, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("no cache directory: %w (set --dir or OFACSCREEN_CACHE)", err)
	}
	return filepath.Join(d, "ofacscreen"), nil
}

// loadList returns the list to screen against: the --list files, else the
// SDN and the consolidated lists together, each the copy `update` cached
// if it is not older than the snapshot's, else the snapshot's. It prints
// the "list:" line on stderr.
func loadList(e *env, cmd string, c *commonFlags) (*sdn.List, *listInfo, error) {
	l, info, err := chooseList(e, cmd, c)
	if err != nil {
		return nil, nil, err
	}
	describe(e, info)
	return l, info, nil
}

func chooseList(e *env, cmd string, c *commonFlags) (*sdn.List, *listInfo, error) {
	if len(c.lists) > 0 {
		var parts []*listInfo
		for i, path := range c.lists {
			if slices.Contains(c.lists[:i], path) {
				return nil, nil, fmt.Errorf("--list %s is given twice", path)
			}
			l, err := sdn.Open(path)
			if err != nil {
				if errors.Is(err, fs.ErrNotExist) {
					return nil, nil, fmt.Errorf("--list %s: no such file or folder", path)
				}
				return nil, nil, fmt.Errorf("--list %s: %w", path, err)
			}
			parts = append(parts, newInfo(l, originFile, path))
		}
		l, info, err := combineParts(parts)
		if err != nil {
			return nil, nil, fmt.Errorf("--list %s: %w", c.list, err)
		}
		return l, info, nil
	}
	dir, dirErr := cacheDir(e, c)
	var parts []*listInfo
	for _, d := range defaultLists {
		snap, err := d.snapshot()
		if err != nil {
			return nil, nil, err // the binary itself is damaged
		}
		part := newInfo(snap, originSnapshot, "")
		part.PublishedNote = d.snapshotNote
		if dirErr == nil {
			cached, info, err := loadCached(e, dir, d)
			switch {
			case err != nil:
				fmt.Fprintf(e.stderr, "warning: the cached %s list in %s is unusable (%v); using the embedded snapshot — run `ofacscreen update`\n", d.source, dir, err)
			case cached != nil && !cached.Published.Before(snap.Published):
				part = info
			case cached != nil:
				fmt.Fprintf(e.stderr, "note: the cached %s list (%s) is older than the embedded snapshot (%s); using the snapshot\n", d.source, day(cached.Published), day(snap.Published))
			}
		}
		parts = append(parts, part)
	}
	return combineParts(parts)
}

// combineParts screens the lists of parts together (sdn.Combine), each
// entry named with the lists it is on, and describes the combination. A
// single part is returned as it is, its entries named.
func combineParts(parts []*listInfo) (*sdn.List, *listInfo, error) {
	var lists []*sdn.List
	for _, p := range parts {
		p.list = withListNames(p.list)
		lists = append(lists, p.list)
	}
	if len(parts) == 1 {
		return parts[0].list, parts[0], nil
	}
	l, err := sdn.Combine(lists...)
	if err != nil {
		return nil, nil, err
	}
	var origins, paths, formats []string
	var oldest time.Time // of the dated parts
	for _, p := range parts {
		for _, v := range []struct {
			s   string
			all *[]string
		}{{p.Origin, &origins}, {p.Path, &paths}, {string(p.list.Format), &formats}} {
			if v.s != "" && !slices.Contains(*v.all, v.s) {
				*v.all = append(*v.all, v.s)
			}
		}
		if !p.published.IsZero() && (oldest.IsZero() || p.published.Before(oldest)) {
			oldest = p.published
		}
	}
	l.Format = sdn.Format(strings.Join(formats, "+"))
	info := newInfo(l, strings.Join(origins, "+"), strings.Join(paths, " + "))
	info.Parts = parts
	if l.Published.IsZero() && !oldest.IsZero() {
		// A part without a date leaves the combination undated; its
		// dated parts still say how stale it is at least.
		info.oldest = oldest
		info.setAge(time.Now())
	}
	return l, info, nil
}

// withListNames returns l, or a copy of it, in which every entry names the
// lists it is on: an entry of a file that names none (the CSV files) is
// given the name of the file's own list, so that a hit can say which list
// it is on.
func withListNames(l *sdn.List) *sdn.List {
	name := listNames[l.Source]
	if name == "" || !slices.ContainsFunc(l.Entries, func(e sdn.Entry) bool { return len(e.Lists) == 0 }) {
		return l
	}
	out := *l
	out.Entries = slices.Clone(l.Entries)
	for i := range out.Entries {
		if len(out.Entries[i].Lists) == 0 {
			out.Entries[i].Lists = []string{name}
		}
	}
	return &out
}

// loadCached reads the list of d that `update` cached in dir: nil and no
// error when there is none.
func loadCached(e *env, dir string, d defaultList) (*sdn.List, *listInfo, error) {
	var st state
	statePath := filepath.Join(dir, d.state)
	b, err := os.ReadFile(statePath)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	if err := json.Unmarshal(b, &st); err != nil || st.URL == "" {
		return nil, nil, fmt.Errorf("%s is damaged", statePath)
	}
	f := &sdn.Fetcher{URL: st.URL, CacheDir: dir}
	ci, err := f.Cached()
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	var l *sdn.List
	if st.SHA256 == ci.SHA256 && st.Compact != "" && filepath.Base(st.Compact) == st.Compact {
		// The compact copy is ours and unchecked by the Fetcher: a damaged
		// one fails to parse (it carries its own checks) and the export is
		// read again below.
		l, _ = sdn.Open(filepath.Join(dir, st.Compact))
	}
	if l == nil {
		if e.stderrTTY {
			fmt.Fprintf(e.stderr, "reading the cached %s list (once after each update)…\r", d.source)
		}
		l, ci, err = f.LoadCached()
		if e.stderrTTY {
			fmt.Fprint(e.stderr, "\r\033[K")
		}
		if err != nil {
			return nil, nil, err
		}
		if err := saveCompact(dir, d, f.URL, ci, l); err != nil {
			fmt.Fprintf(e.stderr, "note: could not keep a fast copy of the %s list in %s: %v\n", d.source, dir, err)
		}
	}
	if l.Source != d.source {
		// A cache written by `update --url` of another list.
		return nil, nil, fmt.Errorf("%s names a %s list (%s), not the %s list", statePath, l.Source, st.URL, d.source)
	}
	info := newInfo(l, originCache, filepath.Join(dir, ci.File))
	info.URL = ci.URL
	fetched := ci.FetchedAt
	info.FetchedAt = &fetched
	return l, info, nil
}

// saveCompact writes the compact copy of the cached list of d and the
// state that names it, removing the copy it replaces.
func saveCompact(dir string, d defaultList, url string, ci *sdn.CacheInfo, l *sdn.List) error {
	data, err := l.MarshalBinary()
	if err != nil {
		return err
	}
	old := state{}
	if b, err := os.ReadFile(filepath.Join(dir, d.state)); err == nil {
		_ = json.Unmarshal(b, &old)
	}
	st := state{URL: url, SHA256: ci.SHA256, Compact: "ofacscreen-" + ci.SHA256[:16] + ".list"}
	if err := writeAtomic(filepath.Join(dir, st.Compact), data); err != nil {
		return err
	}
	if err := writeState(dir, d, st); err != nil {
		return err
	}
	if old.Compact != "" && old.Compact != st.Compact && filepath.Base(old.Compact) == old.Compact {
		os.Remove(filepath.Join(dir, old.Compact))
	}
	return nil
}

// writeState records which export the cache holds for d, also before its
// compact copy exists (when making the copy failed).
func writeState(dir string, d defaultList, st state) error {
	b, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return err
	}
	return writeAtomic(filepath.Join(dir, d.state), append(b, '\n'))
}

// writeAtomic writes a file under a temporary name and renames it, so that
// a reader never sees half of it.
func writeAtomic(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".ofacscreen-*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}

func newInfo(l *sdn.List, origin, path string) *listInfo {
	info := &listInfo{
		Origin:    origin,
		Path:      path,
		Source:    l.Source,
		Format:    string(l.Format),
		Entries:   len(l.Entries),
		published: l.Published,
		list:      l,
	}
	if !l.Published.IsZero() {
		info.Published = day(l.Published)
	}
	info.setAge(time.Now())
	return info
}

// setAge sets AgeDays and Stale as of now, from the publish date or, for
// an undated combination, from its oldest dated part.
func (i *listInfo) setAge(now time.Time) {
	from := i.published
	if from.IsZero() {
		from = i.oldest
	}
	if from.IsZero() {
		i.AgeDays, i.Stale = nil, false
		return
	}
	age := int(now.Sub(from) / (24 * time.Hour))
	i.AgeDays, i.Stale = &age, now.Sub(from) > staleAfter
}

// aged returns a copy of i, parts included, with the ages as of now: a
// service runs for weeks and the age must not freeze at start-up.
func (i *listInfo) aged(now time.Time) *listInfo {
	out := *i
	out.setAge(now)
	out.Parts = nil
	for _, p := range i.Parts {
		out.Parts = append(out.Parts, p.aged(now))
	}
	return &out
}

// describe prints which list is in use and how old it is, on stderr so that
// stdout stays clean for --json and CSV.
func describe(e *env, info *listInfo) {
	what := describeList(info)
	age := ""
	if info.AgeDays != nil {
		age = fmt.Sprintf(" (%s old)", days(*info.AgeDays))
	}
	hint := ""
	if info.Origin != originFile {
		hint = " — run `ofacscreen update` for the current list"
		if len(info.Parts) > 1 {
			hint += "s"
		}
	}
	switch {
	case info.Stale:
		fmt.Fprintf(e.stderr, "warning: list: %s%s, older than 7 days%s\n", what, age, hint)
	case strings.Contains(info.Origin, originSnapshot):
		fmt.Fprintf(e.stderr, "list: %s%s%s\n", what, age, hint)
	default:
		fmt.Fprintf(e.stderr, "list: %s%s\n", what, age)
	}
}

// describeList says which list or lists info describes, where they come
// from and of when.
func describeList(info *listInfo) string {
	switch {
	case len(info.Parts) == 0 && info.Origin == originSnapshot:
		s := "embedded snapshot of " + orDash(info.Published)
		if info.PublishedNote != "" {
			s += " (" + info.PublishedNote + ")"
		}
		return s
	case len(info.Parts) == 0 && info.Origin == originCache:
		return describePart(info, true) + " (cache " + filepath.Dir(info.Path) + ")"
	case len(info.Parts) == 0:
		return describePart(info, true)
	case info.Origin == originFile && info.Published == "" && !info.oldest.IsZero():
		return fmt.Sprintf("%s lists from %s (a file carries no publish date; the oldest that does is of %s)", info.Source, info.Path, day(info.oldest))
	case info.Origin == originFile:
		return fmt.Sprintf("%s lists of %s from %s", info.Source, orDash(info.Published), info.Path)
	}
	var parts, dirs []string
	last := -1 // the last part from the cache, which names the cache
	for i, p := range info.Parts {
		parts = append(parts, describePart(p, info.Origin != originSnapshot))
		if d := filepath.Dir(p.Path); p.Origin == originCache {
			last = i
			if !slices.Contains(dirs, d) {
				dirs = append(dirs, d)
			}
		}
	}
	if info.Origin == originSnapshot {
		return "embedded snapshot: " + strings.Join(parts, " + ")
	}
	if last >= 0 {
		parts[last] += " (cache " + strings.Join(dirs, ", ") + ")"
	}
	return strings.Join(parts, " + ")
}

// describePart says of one list which it is, of when, and (withOrigin)
// where it comes from; the cache directory of a part is said once for
// all the parts.
func describePart(p *listInfo, withOrigin bool) string {
	s := fmt.Sprintf("%s list of %s", p.Source, orDash(p.Published))
	if p.PublishedNote != "" {
		s += " (" + p.PublishedNote + ")"
	}
	switch {
	case !withOrigin:
	case p.Origin == originSnapshot:
		s += " (embedded snapshot)"
	case p.Origin == originCache:
		s += ", fetched " + p.FetchedAt.Local().Format("2006-01-02 15:04")
	case p.Origin == originFile && p.Published == "":
		s = fmt.Sprintf("%s list from %s (the file carries no publish date)", p.Source, p.Path)
	case p.Origin == originFile:
		s += " from " + p.Path
	}
	return s
}

func days(n int) string {
	if n == 1 {
		return "1 day"
	}
	return fmt.Sprintf("%d days", n)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func day(t time.Time) string { return t.Format("2006-01-02") }
