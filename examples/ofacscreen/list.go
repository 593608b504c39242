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
// "list:" line) and for programs (the "list" object of the JSON).
type listInfo struct {
	Origin    string     `json:"origin"`
	Path      string     `json:"path,omitempty"`
	URL       string     `json:"url,omitempty"`
	Source    string     `json:"source"`
	Format    string     `json:"format"`
	Published string     `json:"published,omitempty"` // YYYY-MM-DD, empty when the file has none
	AgeDays   *int       `json:"age_days,omitempty"`
	FetchedAt *time.Time `json:"fetched_at,omitempty"`
	Entries   int        `json:"entries"`
	Stale     bool       `json:"stale"`

	published time.Time
	// oldestPart is, for lists combined where a part has no date, the
	// date of the oldest part that has one, which age_days and stale
	// then count from.
	oldestPart string
}

// state is what ofacscreen keeps in the cache directory next to the
// Fetcher's own files: which export `update` fetched, and the list in the
// library's compact form, which loads in milliseconds where the 120 MB XML
// takes seconds to parse.
type state struct {
	URL     string `json:"url"`
	SHA256  string `json:"sha256"`  // of the cached export, as CacheInfo records it
	Compact string `json:"compact"` // file name of the compact copy in the cache dir
}

const stateFile = "ofacscreen.json"

// listNames are OFAC's own names for the list of each Source, as the
// advanced and enhanced XML write them on every entry of that list.
var listNames = map[string]string{sdn.SourceSDN: "SDN List", sdn.SourceConsolidated: "Consolidated List"}

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

// cacheDir is where `update` keeps the list: --dir, else $OFACSCREEN_CACHE,
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

// loadList returns the list to screen against: the --list file, else the
// cached list if `update` has run and it is not older than the snapshot,
// else the snapshot, every entry naming the lists it is on. It prints the
// "list:" line on stderr.
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
		var ls []*sdn.List
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
			ls = append(ls, withListNames(l))
		}
		if len(ls) == 1 {
			return ls[0], newInfo(ls[0], originFile, c.list), nil
		}
		l, err := sdn.Combine(ls...)
		if err != nil {
			return nil, nil, fmt.Errorf("--list %s: %w", c.list, err)
		}
		var formats []string
		var oldest time.Time // of the dated parts
		for _, p := range ls {
			if !slices.Contains(formats, string(p.Format)) {
				formats = append(formats, string(p.Format))
			}
			if !p.Published.IsZero() && (oldest.IsZero() || p.Published.Before(oldest)) {
				oldest = p.Published
			}
		}
		l.Format = sdn.Format(strings.Join(formats, "+"))
		info := newInfo(l, originFile, c.list)
		if l.Published.IsZero() && !oldest.IsZero() {
			// A part without a date leaves the combination undated; its
			// dated parts still say how stale it is at least.
			age := int(time.Since(oldest) / (24 * time.Hour))
			info.AgeDays, info.Stale, info.oldestPart = &age, time.Since(oldest) > staleAfter, day(oldest)
		}
		return l, info, nil
	}
	snap, err := snapshot.SDN()
	if err != nil {
		return nil, nil, err // the binary itself is damaged
	}
	dir, err := cacheDir(e, c)
	if err != nil {
		return snap, newInfo(snap, originSnapshot, ""), nil
	}
	cached, info, err := loadCached(e, cmd, dir)
	switch {
	case err != nil:
		fmt.Fprintf(e.stderr, "warning: the cached list in %s is unusable (%v); using the embedded snapshot — run `ofacscreen update`\n", dir, err)
	case cached != nil && !cached.Published.Before(snap.Published):
		return withListNames(cached), info, nil
	case cached != nil:
		fmt.Fprintf(e.stderr, "note: the cached list (%s) is older than the embedded snapshot; using the snapshot\n", day(cached.Published))
	}
	return snap, newInfo(snap, originSnapshot, ""), nil
}

// loadCached reads the list `update` cached in dir: nil and no error when
// there is none.
func loadCached(e *env, cmd, dir string) (*sdn.List, *listInfo, error) {
	var st state
	b, err := os.ReadFile(filepath.Join(dir, stateFile))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	if err := json.Unmarshal(b, &st); err != nil || st.URL == "" {
		return nil, nil, fmt.Errorf("%s is damaged", filepath.Join(dir, stateFile))
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
	if st.SHA256 == ci.SHA256 && st.Compact != "" {
		// The compact copy is ours and unchecked by the Fetcher: a damaged
		// one fails to parse (it carries its own checks) and the export is
		// read again below.
		l, _ = sdn.Open(filepath.Join(dir, st.Compact))
	}
	if l == nil {
		if e.stderrTTY {
			fmt.Fprintf(e.stderr, "reading the cached list (once after each update)…\r")
		}
		l, ci, err = f.LoadCached()
		if e.stderrTTY {
			fmt.Fprint(e.stderr, "\r\033[K")
		}
		if err != nil {
			return nil, nil, err
		}
		if err := saveCompact(dir, f.URL, ci, l); err != nil {
			fmt.Fprintf(e.stderr, "note: could not keep a fast copy of the list in %s: %v\n", dir, err)
		}
	}
	info := newInfo(l, originCache, filepath.Join(dir, ci.File))
	info.URL = ci.URL
	fetched := ci.FetchedAt
	info.FetchedAt = &fetched
	return l, info, nil
}

// saveCompact writes the compact copy of the cached list and the state that
// names it, removing the copy it replaces.
func saveCompact(dir, url string, ci *sdn.CacheInfo, l *sdn.List) error {
	data, err := l.MarshalBinary()
	if err != nil {
		return err
	}
	old := state{}
	if b, err := os.ReadFile(filepath.Join(dir, stateFile)); err == nil {
		_ = json.Unmarshal(b, &old)
	}
	st := state{URL: url, SHA256: ci.SHA256, Compact: "ofacscreen-" + ci.SHA256[:16] + ".list"}
	if err := writeAtomic(filepath.Join(dir, st.Compact), data); err != nil {
		return err
	}
	b, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return err
	}
	if err := writeAtomic(filepath.Join(dir, stateFile), append(b, '\n')); err != nil {
		return err
	}
	if old.Compact != "" && old.Compact != st.Compact && filepath.Base(old.Compact) == old.Compact {
		os.Remove(filepath.Join(dir, old.Compact))
	}
	return nil
}

// writeState records which export the cache holds, before its compact copy
// exists (when making the copy failed).
func writeState(dir string, st state) error {
	b, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return err
	}
	return writeAtomic(filepath.Join(dir, stateFile), append(b, '\n'))
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
	}
	if !l.Published.IsZero() {
		info.Published = day(l.Published)
		age := int(time.Since(l.Published) / (24 * time.Hour))
		info.AgeDays = &age
		info.Stale = time.Since(l.Published) > staleAfter
	}
	return info
}

// describe prints which list is in use and how old it is, on stderr so that
// stdout stays clean for --json and CSV.
func describe(e *env, info *listInfo) {
	var what string
	switch info.Origin {
	case originSnapshot:
		what = "embedded snapshot of " + info.Published
	case originCache:
		what = fmt.Sprintf("%s list of %s, fetched %s (cache %s)", info.Source, orDash(info.Published), info.FetchedAt.Local().Format("2006-01-02 15:04"), filepath.Dir(info.Path))
	case originFile:
		what = fmt.Sprintf("%s list of %s from %s", info.Source, orDash(info.Published), info.Path)
		switch {
		case info.Published == "" && info.oldestPart != "":
			what = fmt.Sprintf("%s lists from %s (a file carries no publish date; the oldest that does is of %s)", info.Source, info.Path, info.oldestPart)
		case info.Published == "":
			what = fmt.Sprintf("%s list from %s (the file carries no publish date)", info.Source, info.Path)
		}
	}
	age := ""
	if info.AgeDays != nil {
		age = fmt.Sprintf(" (%s old)", days(*info.AgeDays))
	}
	hint := ""
	if info.Origin != originFile {
		hint = " — run `ofacscreen update` for the current list"
	}
	switch {
	case info.Stale:
		fmt.Fprintf(e.stderr, "warning: list: %s%s, older than 7 days%s\n", what, age, hint)
	case info.Origin == originSnapshot:
		fmt.Fprintf(e.stderr, "list: %s%s%s\n", what, age, hint)
	default:
		fmt.Fprintf(e.stderr, "list: %s%s\n", what, age)
	}
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
