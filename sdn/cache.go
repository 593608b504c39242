package sdn

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"
)

// CacheInfo is the record a Fetcher keeps next to the cached list, in
// "<export>.json" in its CacheDir (SDN_ADVANCED.XML.json for the default
// export). The list itself is in File, stored exactly as downloaded.
type CacheInfo struct {
	// URL is the export the list was downloaded from. The validators
	// below are sent only to this URL.
	URL string `json:"url"`
	// File is the name of the cached file in the cache directory:
	// "<export>.<first 16 hex digits of SHA256>".
	File string `json:"file"`
	// ETag and LastModified are the server's validators, sent back as
	// If-None-Match and If-Modified-Since.
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
	// FetchedAt is when the list was downloaded, CheckedAt when the server
	// last confirmed it was current (a 304 or the same bytes again).
	FetchedAt time.Time `json:"fetched_at"`
	CheckedAt time.Time `json:"checked_at"`
	// Source, Format, Published and Entries describe the list, as Parse
	// read it: they are the baseline of the next Fetch's checks.
	Source    string    `json:"source"`
	Format    Format    `json:"format"`
	Published time.Time `json:"published"`
	Entries   int       `json:"entries"`
	// Size and SHA256 are the file's length and hex digest.
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"`
}

// Cached returns the record of the cached list without reading the list. It
// fails with an error that wraps fs.ErrNotExist when nothing is cached yet.
func (f *Fetcher) Cached() (*CacheInfo, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	c := f.cache()
	if c == nil {
		return nil, errNoCacheDir
	}
	return c.info()
}

// LoadCached reads the cached list from disk, without any network, and
// checks that the file is still the one recorded (its SHA-256). It fails with
// an error that wraps fs.ErrNotExist when nothing is cached yet, and one that
// wraps ErrFormat when the cache is damaged.
func (f *Fetcher) LoadCached() (*List, *CacheInfo, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	c := f.cache()
	if c == nil {
		return nil, nil, errNoCacheDir
	}
	return c.load()
}

var errNoCacheDir = errors.New("sdn: the Fetcher has no CacheDir")

// tempPrefix starts the names of files being written in a cache directory;
// a file of that name left behind by a crash is removed a day later.
const tempPrefix = ".sdn-fetch-"

// cacheDir is the cache of one export in one directory.
//
// The record (<export>.json) is the single commit point: the list file is
// written under a new name taken from its digest, then the record is
// replaced by an atomic rename, then the old list file is removed. A crash at
// any point leaves either the old record with its file or the new record
// with its file, never a record naming a missing or half-written file.
type cacheDir struct {
	dir  string
	base string // the export's file name, made safe: "SDN_ADVANCED.XML"
}

func (f *Fetcher) cache() *cacheDir {
	if f.CacheDir == "" {
		return nil
	}
	return &cacheDir{dir: f.CacheDir, base: cacheBase(f.url())}
}

// cacheBase names a cache after the last element of the export's path, so
// that the SDN and the consolidated lists can share a directory and a person
// looking into it knows what is there.
func cacheBase(u string) string {
	name := ""
	if pu, err := url.Parse(u); err == nil {
		name = path.Base(pu.Path)
	}
	name = strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '.', r == '_', r == '-':
			return r
		}
		return '_'
	}, name)
	name = strings.TrimLeft(name, ".")
	if name == "" {
		name = "list"
	}
	if len(name) > maxCacheBase {
		// File systems refuse names over 255 bytes; the cache adds a
		// suffix of up to 22. A digest of the whole keeps long names
		// apart.
		sum := sha256.Sum256([]byte(name))
		name = name[:maxCacheBase-17] + "-" + hex.EncodeToString(sum[:8])
	}
	return name
}

// maxCacheBase bounds the cache's base name.
const maxCacheBase = 128

func (c *cacheDir) infoPath() string { return filepath.Join(c.dir, c.base+".json") }

// info reads and validates the record.
func (c *cacheDir) info() (*CacheInfo, error) {
	p := c.infoPath()
	b, err := os.ReadFile(p)
	if err != nil {
		return nil, err
	}
	var info CacheInfo
	if err := json.Unmarshal(b, &info); err != nil {
		return nil, &ParseError{File: p, Err: err}
	}
	sum, err := hex.DecodeString(info.SHA256)
	switch {
	case err != nil || len(sum) != sha256.Size:
		return nil, &ParseError{File: p, Err: fmt.Errorf("bad sha256 %q", info.SHA256)}
	case info.File != c.base+"."+info.SHA256[:16]:
		// Never follow a record to a file outside the cache.
		return nil, &ParseError{File: p, Err: fmt.Errorf("file %q does not match the record", info.File)}
	}
	return &info, nil
}

// hasData reports whether the file the record names is there, whole.
func (c *cacheDir) hasData(info *CacheInfo) bool {
	fi, err := os.Stat(filepath.Join(c.dir, info.File))
	return err == nil && fi.Mode().IsRegular() && fi.Size() == info.Size
}

// load checks the cached file against its recorded digest, then parses it.
// The digest comes first: a damaged file is refused without the seconds a
// parse takes, and a file that parses is the one that was checked when it
// was fetched.
func (c *cacheDir) load() (*List, *CacheInfo, error) {
	info, err := c.info()
	if err != nil {
		return nil, nil, err
	}
	p := filepath.Join(c.dir, info.File)
	f, err := os.Open(p)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return nil, nil, err
	}
	if sum := hex.EncodeToString(h.Sum(nil)); sum != info.SHA256 {
		return nil, nil, &ParseError{File: p, Err: fmt.Errorf("content has SHA-256 %s, %s records %s", sum, c.infoPath(), info.SHA256)}
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, nil, err
	}
	l, err := parseNamed(f, p)
	if err != nil {
		return nil, nil, err
	}
	return l, info, nil
}

// commit moves the downloaded file at tmp into the cache and records it.
func (c *cacheDir) commit(tmp string, info *CacheInfo) error {
	now := time.Now().UTC()
	info.FetchedAt, info.CheckedAt = now, now
	info.File = c.base + "." + info.SHA256[:16]
	if err := os.Rename(tmp, filepath.Join(c.dir, info.File)); err != nil {
		return err
	}
	if err := c.writeInfo(info); err != nil {
		return err
	}
	c.removeOld(info.File)
	return nil
}

// touch records that the server confirmed the cached list, keeping any new
// validators it sent with its 304.
func (c *cacheDir) touch(info *CacheInfo, etag, lastModified string) error {
	next := *info
	next.CheckedAt = time.Now().UTC()
	if etag != "" {
		next.ETag = etag
	}
	if lastModified != "" {
		next.LastModified = lastModified
	}
	return c.writeInfo(&next)
}

// writeInfo replaces the record atomically.
func (c *cacheDir) writeInfo(info *CacheInfo) error {
	b, err := json.MarshalIndent(info, "", "  ")
	if err != nil {
		return err
	}
	f, err := os.CreateTemp(c.dir, tempPrefix+"*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name()) // a no-op once renamed
	if _, err := f.Write(append(b, '\n')); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(f.Name(), c.infoPath()); err != nil {
		return err
	}
	syncDir(c.dir)
	return nil
}

// removeOld removes the export's list files other than keep: the one the
// previous record named, and any a crash left between its two renames.
func (c *cacheDir) removeOld(keep string) {
	names, _ := filepath.Glob(filepath.Join(c.dir, c.base+".*"))
	for _, p := range names {
		name := filepath.Base(p)
		digest := strings.TrimPrefix(name, c.base+".")
		if name == keep || len(digest) != 16 {
			continue
		}
		if _, err := hex.DecodeString(digest); err == nil {
			os.Remove(p)
		}
	}
}

// removeLeftovers removes temporary files a crashed Fetch left behind; a
// day-old one cannot belong to a download still under way.
func (c *cacheDir) removeLeftovers() {
	names, _ := filepath.Glob(filepath.Join(c.dir, tempPrefix+"*"))
	for _, p := range names {
		if fi, err := os.Lstat(p); err == nil && fi.Mode().IsRegular() && time.Since(fi.ModTime()) > 24*time.Hour {
			os.Remove(p)
		}
	}
}

// syncDir makes the renames in dir durable where the system allows it.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
