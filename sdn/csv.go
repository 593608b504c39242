package sdn

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// The legacy CSV quartet: sdn.csv holds one line per entry, add.csv its
// addresses, alt.csv its aliases, and sdn_comments.csv the rest of every
// remarks field that sdn.csv cut at 1,000 characters. None has a header row;
// "-0- " stands for an empty field; lines end with CRLF; every file ends with
// the byte 0x1A (the old DOS end-of-file mark).

// csvQuartet names the four files of one list.
type csvQuartet struct {
	source                  string
	sdn, add, alt, comments string
}

var (
	sdnQuartet  = csvQuartet{SourceSDN, "sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"}
	consQuartet = csvQuartet{SourceConsolidated, "cons_prim.csv", "cons_add.csv", "cons_alt.csv", "cons_comments.csv"}
)

// Columns per file. encoding/csv checks every line against them, so a
// foreign or misaligned file fails on its first line.
const (
	sdnColumns      = 12 // ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks
	addColumns      = 6  // ent_num, add_num, address, city/state/postal, country, add_remarks
	altColumns      = 5  // ent_num, alt_num, alt_type, alt_name, alt_remarks
	commentsColumns = 2  // ent_num, remarks continuation
)

// remarksCut is the length at which sdn.csv cuts a remarks field; the rest
// is in sdn_comments.csv.
const remarksCut = 1000

// eofMark ends every file of the quartet. It is the only sign that a file
// was not cut short at a line boundary, so it is required.
const eofMark = 0x1A

// csvStats counts what the parser saw, for tests that check the arithmetic
// (rows read = values kept + rows skipped).
type csvStats struct {
	sdnRows, addRows, emptyAddRows, altRows, commentRows int
}

// ParseCSV reads the legacy CSV quartet of the SDN list (sdn.csv, add.csv,
// alt.csv, sdn_comments.csv) or of the consolidated list (cons_prim.csv,
// cons_add.csv, cons_alt.csv, cons_comments.csv: the same columns).
//
// Remarks are joined with their continuation in the comments file before
// anything is read out of them: dates and places of birth, nationalities,
// IDs, gender, weak aliases, links, wallets and every other fact (see
// Entry.Features). Empty address rows (every field "-0- ") are dropped: they
// say nothing. The files carry no date, so Published is zero; nor do they
// say which list they hold, so Source is empty (Open, which sees the file
// names, fills it in).
//
// add, alt and comments may be nil, for callers that want only part of the
// list: the entries then have no addresses or no aliases from alt.csv. A nil
// comments reader is an error if any remarks field reaches the 1,000
// character cut, since the facts after the cut would be lost. Open, by
// contrast, requires all four files.
//
// A malformed file — wrong column count, bad quote, bad ent_num, an
// add/alt/comments row for an ent_num that sdn.csv lacks, a file cut short
// (no final 0x1A) — gives a *ParseError that wraps ErrFormat and names the
// file (as "sdn.csv", "add.csv", "alt.csv" or "sdn_comments.csv": ParseCSV
// does not know the real names), line and entry; ParseCSV never returns part
// of a list.
func ParseCSV(sdn, add, alt, comments io.Reader) (*List, error) {
	if sdn == nil {
		return nil, &ParseError{File: sdnQuartet.sdn, Err: errors.New("no sdn.csv reader")}
	}
	var data [4][]byte
	var have [4]bool
	for i, r := range []io.Reader{sdn, add, alt, comments} {
		if r == nil {
			continue
		}
		b, err := readAllSized(r)
		if err != nil {
			return nil, fmt.Errorf("sdn: reading %s: %w", sdnQuartet.name(i), err)
		}
		data[i], have[i] = b, true
	}
	l, _, err := parseQuartet(sdnQuartet, data, have)
	if err != nil {
		return nil, err
	}
	l.Source = ""
	return l, nil
}

// readAllSized reads r to the end. A reader that knows its length
// (bytes.Reader, strings.Reader, bytes.Buffer) gets one buffer of the right
// size instead of io.ReadAll's repeated doubling and copying of megabytes.
func readAllSized(r io.Reader) ([]byte, error) {
	lr, ok := r.(interface{ Len() int })
	if !ok {
		return io.ReadAll(r)
	}
	var buf bytes.Buffer
	buf.Grow(lr.Len() + bytes.MinRead)
	_, err := buf.ReadFrom(r)
	return buf.Bytes(), err
}

// name returns the file name of part i (0 sdn, 1 add, 2 alt, 3 comments).
func (q csvQuartet) name(i int) string {
	return [4]string{q.sdn, q.add, q.alt, q.comments}[i]
}

// openCSVDir reads the quartet in dir: sdn.csv and its companions, or
// cons_prim.csv and its companions (names matched without regard to case).
// All four files must be there, and only one quartet.
func openCSVDir(dir string) (*List, error) {
	des, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	names := make(map[string]string, len(des))
	for _, de := range des {
		if !de.IsDir() {
			names[strings.ToLower(de.Name())] = de.Name()
		}
	}
	_, hasSDN := names[sdnQuartet.sdn]
	_, hasCons := names[consQuartet.sdn]
	var q csvQuartet
	switch {
	case hasSDN && hasCons:
		return nil, &ParseError{File: dir, Err: errors.New("folder holds both sdn.csv and cons_prim.csv: keep one quartet per folder")}
	case hasSDN:
		q = sdnQuartet
	case hasCons:
		q = consQuartet
	default:
		return nil, &ParseError{File: dir, Err: fmt.Errorf("no sdn.csv or cons_prim.csv: %w", fs.ErrNotExist)}
	}
	var data [4][]byte
	for i := range data {
		real, ok := names[q.name(i)]
		if !ok {
			return nil, &ParseError{File: q.name(i), Err: fmt.Errorf("missing from %s (a CSV quartet needs all four files): %w", dir, fs.ErrNotExist)}
		}
		if data[i], err = os.ReadFile(filepath.Join(dir, real)); err != nil {
			return nil, err
		}
	}
	l, _, err := parseQuartet(q, data, [4]bool{true, true, true, true})
	return l, err
}

// parseQuartet parses the four files held in memory; have says which were
// given at all.
//
// The files are read concurrently (sdn.csv on one goroutine, the companions
// on others; their rows are matched to entries afterwards), and the remarks
// of the two halves of the list are read concurrently too: on two cores
// this halves the time of a parse. Errors are still reported as a serial
// reader would meet them: sdn.csv first, then the comments, add.csv and
// alt.csv, each at its first bad line.
func parseQuartet(q csvQuartet, data [4][]byte, have [4]bool) (*List, csvStats, error) {
	var (
		st                             csvStats
		sdn                            csvSDN
		comments                       csvRows[string]
		adds                           csvRows[Address]
		alts                           csvRows[Alias]
		sdnErr, comErr, addErr, altErr error
		wg                             sync.WaitGroup
	)
	wg.Go(func() { sdn, sdnErr = readSDNFile(q.sdn, data[0]) })
	if have[1] {
		wg.Go(func() { adds, addErr = readAddFile(q.add, data[1]) })
	}
	wg.Go(func() {
		if have[3] {
			comments, comErr = readCommentsFile(q.comments, data[3])
		}
		if have[2] {
			alts, altErr = readAltFile(q.alt, data[2])
		}
	})
	wg.Wait()
	if sdnErr != nil {
		return nil, st, sdnErr
	}
	l := &List{Source: q.source, Format: FormatCSV, Entries: sdn.entries}
	st.sdnRows = len(l.Entries)

	// Names resolve "Linked To:" to entries; the map is built while the
	// companions are matched. A name two entries share resolves to none.
	var byName map[string]int
	wg.Go(func() {
		byName = make(map[string]int, len(l.Entries))
		for i := range l.Entries {
			if _, dup := byName[l.Entries[i].Name]; dup {
				byName[l.Entries[i].Name] = 0
			} else {
				byName[l.Entries[i].Name] = l.Entries[i].UID
			}
		}
	})
	defer wg.Wait() // on an early error return

	// lookup finds the entry of a companion row. The companions list an
	// entry's rows together, so the last answer is usually the next one too.
	lastUID, lastIdx := 0, 0
	lookup := func(file string, line, uid int) (int, error) {
		if uid == lastUID {
			return lastIdx, nil
		}
		i, ok := sdn.index[uid]
		if !ok {
			return 0, &ParseError{File: file, Line: line, UID: uid, Err: fmt.Errorf("ent_num %d is not in %s", uid, q.sdn)}
		}
		lastUID, lastIdx = uid, i
		return i, nil
	}

	if comErr != nil {
		return nil, st, comErr
	}
	for k, uid := range comments.uids {
		i, err := lookup(q.comments, comments.lines[k], uid)
		if err != nil {
			return nil, st, err
		}
		sdn.remarks[i] += comments.vals[k]
	}
	st.commentRows = len(comments.uids)
	if !have[3] {
		for i, r := range sdn.remarks {
			if utf8.RuneCountInString(r) >= remarksCut {
				return nil, st, &ParseError{File: q.sdn, Line: sdn.lines[i], UID: l.Entries[i].UID,
					Err: fmt.Errorf("remarks cut at %d characters and no %s given to complete them", remarksCut, q.comments)}
			}
		}
	}

	if addErr != nil {
		return nil, st, addErr
	}
	addrSpan, addrAll, err := adds.byEntry(q.add, len(l.Entries), lookup)
	if err != nil {
		return nil, st, err
	}
	st.addRows, st.emptyAddRows = adds.rows, adds.rows-len(adds.uids)

	if altErr != nil {
		return nil, st, altErr
	}
	aliasSpan, aliasAll, err := alts.byEntry(q.alt, len(l.Entries), lookup)
	if err != nil {
		return nil, st, err
	}
	st.altRows = alts.rows
	for _, f := range alts.features {
		e := &l.Entries[sdn.index[f.uid]] // known to exist: byEntry checked
		e.Features = append(e.Features, f.f)
	}

	wg.Wait() // byName
	linkUID := func(name string) (int, bool) {
		uid, ok := byName[name]
		return uid, ok && uid != 0
	}

	half := len(l.Entries) / 2
	for _, part := range [2][2]int{{0, half}, {half, len(l.Entries)}} {
		wg.Go(func() {
			var ar csvArena
			var sc csvScratch
			for i := part[0]; i < part[1]; i++ {
				e := &l.Entries[i]
				if sp := addrSpan[i]; sp[1] > sp[0] {
					e.Addresses = addrAll[sp[0]:sp[1]:sp[1]]
				}
				e.Remarks = strings.TrimSpace(sdn.remarks[i])
				sp := aliasSpan[i]
				readEntryRemarks(e, aliasAll[sp[0]:sp[1]], linkUID, &ar, &sc)
			}
		})
	}
	wg.Wait()
	return l, st, nil
}

// readEntryRemarks reads e.Remarks into e after the aliases of alt.csv.
// readRemarks appends to the entry's slices; it is lent reusable scratch
// slices, whose contents then move into the arena, so that the list's
// ~100,000 small slices cost a few large allocations.
func readEntryRemarks(e *Entry, aliases []Alias, linkUID func(string) (int, bool), ar *csvArena, sc *csvScratch) {
	e.IDs, e.BirthDates, e.Wallets, e.Links = sc.ids[:0], sc.dates[:0], sc.wallets[:0], sc.links[:0]
	e.BirthPlaces, e.Nationalities, e.Citizenships = sc.places[:0], sc.nats[:0], sc.cits[:0]
	e.Aliases = sc.aliases[:0]
	e.Features = append(sc.features[:0], e.Features...)
	readRemarks(e, linkUID)
	if len(e.Aliases) == 0 {
		// Most entries have no alias in the remarks: those of alt.csv are
		// used in place.
		sc.aliases, e.Aliases = e.Aliases, nil
		if len(aliases) > 0 {
			e.Aliases = aliases[:len(aliases):len(aliases)]
		}
	} else {
		sc.aliases = e.Aliases
		e.Aliases = arenaTake(&ar.aliases, aliases, e.Aliases)
	}
	sc.ids, e.IDs = e.IDs, arenaTake(&ar.ids, e.IDs)
	sc.dates, e.BirthDates = e.BirthDates, arenaTake(&ar.dates, e.BirthDates)
	sc.wallets, e.Wallets = e.Wallets, arenaTake(&ar.wallets, e.Wallets)
	sc.links, e.Links = e.Links, arenaTake(&ar.links, e.Links)
	sc.places, e.BirthPlaces = e.BirthPlaces, arenaTake(&ar.strings, e.BirthPlaces)
	sc.nats, e.Nationalities = e.Nationalities, arenaTake(&ar.strings, e.Nationalities)
	sc.cits, e.Citizenships = e.Citizenships, arenaTake(&ar.strings, e.Citizenships)
	sc.features, e.Features = e.Features, arenaTake(&ar.features, e.Features)
}

// csvSDN is what sdn.csv gives.
type csvSDN struct {
	entries []Entry
	index   map[int]int // ent_num → index in entries
	lines   []int       // the line of each entry
	remarks []string    // the remarks of each entry, raw: see readSDNFile
}

func readSDNFile(name string, data []byte) (csvSDN, error) {
	var ar csvArena
	// One line per entry: sizing from the line count spares the copies of
	// a growing slice of some 18,000 large structs.
	n := bytes.Count(data, []byte{'\n'}) + 1
	s := csvSDN{
		entries: make([]Entry, 0, n),
		index:   make(map[int]int, n),
		lines:   make([]int, 0, n),
		remarks: make([]string, 0, n),
	}
	err := eachRecord(name, data, sdnColumns, func(line int, rec []string) error {
		uid, err := csvEntNum(rec[0])
		if err != nil {
			return &ParseError{File: name, Line: line, Err: err}
		}
		e, err := csvEntry(uid, rec, &ar)
		if err != nil {
			return &ParseError{File: name, Line: line, UID: uid, Err: err}
		}
		s.index[uid] = len(s.entries)
		if len(s.index) == len(s.entries) { // the map did not grow
			return &ParseError{File: name, Line: line, UID: uid, Err: errors.New("ent_num appears twice")}
		}
		s.entries = append(s.entries, e)
		s.lines = append(s.lines, line)
		// The remarks are kept raw until joined: a cut may fall just before
		// a space (or between ";" and " "), which trimming would lose.
		r := rec[11]
		if csvEmpty(r) {
			r = ""
		}
		s.remarks = append(s.remarks, r)
		return nil
	})
	if err == nil && len(s.entries) == 0 {
		err = &ParseError{File: name, Line: 1, Err: errors.New("no entries")}
	}
	return s, err
}

func readCommentsFile(name string, data []byte) (csvRows[string], error) {
	var rows csvRows[string]
	err := eachRecord(name, data, commentsColumns, func(line int, rec []string) error {
		uid, err := csvEntNum(rec[0])
		if err != nil {
			return &ParseError{File: name, Line: line, Err: err}
		}
		rows.add(uid, line, rec[1]) // raw: the continuation may start with a space
		return nil
	})
	return rows, err
}

func readAddFile(name string, data []byte) (csvRows[Address], error) {
	rows := newCSVRows[Address](bytes.Count(data, []byte{'\n'}))
	err := eachRecord(name, data, addColumns, func(line int, rec []string) error {
		uid, err := csvEntNum(rec[0])
		if err != nil {
			return &ParseError{File: name, Line: line, Err: err}
		}
		if _, err := csvNum(rec[1], "add_num"); err != nil {
			return &ParseError{File: name, Line: line, UID: uid, Err: err}
		}
		rows.rows++
		a := Address{Address: csvField(rec[2]), City: csvField(rec[3]), Country: csvField(rec[4]), Remarks: csvField(rec[5])}
		if a.IsZero() {
			// add.csv gives every entry at least one row; an entry with no
			// known address gets one with every field empty. It says
			// nothing, so it is no Address; but its ent_num must still be
			// in sdn.csv.
			rows.empty = append(rows.empty, [2]int{uid, line})
			return nil
		}
		rows.add(uid, line, a)
		return nil
	})
	return rows, err
}

func readAltFile(name string, data []byte) (csvRows[Alias], error) {
	rows := newCSVRows[Alias](bytes.Count(data, []byte{'\n'}))
	err := eachRecord(name, data, altColumns, func(line int, rec []string) error {
		uid, err := csvEntNum(rec[0])
		if err != nil {
			return &ParseError{File: name, Line: line, Err: err}
		}
		if _, err := csvNum(rec[1], "alt_num"); err != nil {
			return &ParseError{File: name, Line: line, UID: uid, Err: err}
		}
		t, ok := ParseAliasType(csvField(rec[2]))
		if !ok {
			return &ParseError{File: name, Line: line, UID: uid, Err: fmt.Errorf("unknown alt_type %q", rec[2])}
		}
		alias := csvField(rec[3])
		if alias == "" {
			return &ParseError{File: name, Line: line, UID: uid, Err: errors.New("empty alt_name")}
		}
		rows.rows++
		rows.add(uid, line, Alias{Name: alias, Type: t})
		if rem := csvField(rec[4]); rem != "" {
			rows.features = append(rows.features, csvFeature{uid, Feature{Type: AliasRemarkFeature, Value: alias + ": " + rem}})
		}
		return nil
	})
	return rows, err
}

// csvRows holds the rows of a companion file, in file order, until they can
// be matched to the entries of sdn.csv.
type csvRows[T any] struct {
	uids, lines []int
	vals        []T
	rows        int          // rows read, kept or not
	empty       [][2]int     // rows read but not kept: ent_num, line
	features    []csvFeature // alt_remarks
}

type csvFeature struct {
	uid int
	f   Feature
}

// newCSVRows sizes a csvRows for n rows (the file's line count).
func newCSVRows[T any](n int) csvRows[T] {
	return csvRows[T]{uids: make([]int, 0, n), lines: make([]int, 0, n), vals: make([]T, 0, n)}
}

func (r *csvRows[T]) add(uid, line int, v T) {
	r.uids = append(r.uids, uid)
	r.lines = append(r.lines, line)
	r.vals = append(r.vals, v)
}

// byEntry matches the rows to entries, reporting the first whose ent_num
// sdn.csv lacks, and returns the values of entry i as
// all[span[i][0]:span[i][1]], in the order the file gave them. The real
// files list an entry's rows together; then all is the rows' own array and
// nothing is copied.
func (r *csvRows[T]) byEntry(file string, entries int, lookup func(file string, line, uid int) (int, error)) (span [][2]int32, all []T, err error) {
	span = make([][2]int32, entries)
	ent := make([]int32, len(r.uids))
	grouped := true
	k, e := 0, 0
	for k < len(r.uids) || e < len(r.empty) {
		// Walk kept and empty rows in line order, so that the first orphan
		// reported is the first in the file.
		if e < len(r.empty) && (k == len(r.uids) || r.empty[e][1] < r.lines[k]) {
			if _, err := lookup(file, r.empty[e][1], r.empty[e][0]); err != nil {
				return nil, nil, err
			}
			e++
			continue
		}
		i, err := lookup(file, r.lines[k], r.uids[k])
		if err != nil {
			return nil, nil, err
		}
		ent[k] = int32(i)
		sp := &span[i]
		switch {
		case sp[0] == sp[1]: // the entry's first row
			sp[0], sp[1] = int32(k), int32(k+1)
		case sp[1] == int32(k): // the next row of the current run
			sp[1]++
		default:
			grouped = false
		}
		k++
	}
	if grouped {
		return span, r.vals, nil
	}
	// Gather: count the rows of each entry, then place them.
	clear(span)
	for _, i := range ent {
		span[i][1]++
	}
	n := int32(0)
	for i := range span {
		span[i][0], span[i][1] = n, n+span[i][1]
		n = span[i][1]
	}
	all = make([]T, len(r.vals))
	next := make([]int32, entries)
	for i := range span {
		next[i] = span[i][0]
	}
	for k, i := range ent {
		all[next[i]] = r.vals[k]
		next[i]++
	}
	return span, all, nil
}

// csvArena holds the large arrays the small slices of a list's entries are
// cut from.
type csvArena struct {
	ids      []ID
	dates    []Date
	wallets  []Wallet
	links    []Link
	strings  []string
	aliases  []Alias
	features []Feature
}

// csvScratch holds the slices readRemarks appends to, reused entry after
// entry.
type csvScratch struct {
	ids                []ID
	dates              []Date
	wallets            []Wallet
	links              []Link
	places, nats, cits []string
	aliases            []Alias
	features           []Feature
}

// arenaChunk is how many values one arena allocation holds.
const arenaChunk = 2048

// arenaTake copies the concatenation of srcs into the arena and returns
// the copy, capped so that an append by a user of the list reallocates
// rather than overwrite the next entry's values. Nothing to copy gives nil.
func arenaTake[T any](arena *[]T, srcs ...[]T) []T {
	n := 0
	for _, s := range srcs {
		n += len(s)
	}
	if n == 0 {
		return nil
	}
	if cap(*arena)-len(*arena) < n {
		*arena = make([]T, 0, max(arenaChunk, n))
	}
	start := len(*arena)
	for _, s := range srcs {
		*arena = append(*arena, s...)
	}
	return (*arena)[start:len(*arena):len(*arena)]
}

// csvEntry builds an entry from an sdn.csv line, all but the remarks.
func csvEntry(uid int, rec []string, ar *csvArena) (Entry, error) {
	e := Entry{UID: uid, Name: csvField(rec[1]), Title: csvField(rec[4])}
	if e.Name == "" {
		return e, errors.New("empty SDN_Name")
	}
	kind, ok := ParseKind(rec[2])
	if !ok {
		return e, fmt.Errorf("unknown SDN_Type %q", rec[2])
	}
	e.Kind = kind
	e.Programs = csvPrograms(csvField(rec[3]), &ar.strings)
	v := VesselInfo{CallSign: csvField(rec[5]), Type: csvField(rec[6]), Tonnage: csvField(rec[7]),
		GRT: csvField(rec[8]), Flag: csvField(rec[9]), Owner: csvField(rec[10])}
	if kind == Vessel || v != (VesselInfo{}) {
		vi := v // only vessels pay for a heap copy; &v would move v to the heap for all
		e.Vessel = &vi
	}
	if kind == Aircraft {
		e.Aircraft = &AircraftInfo{}
	}
	return e, nil
}

// csvPrograms reads "VENEZUELA] [IRAN-CON-ARMS-EO": the file writes the
// program list as the inside of "[A] [B]". The codes are cut from arena.
func csvPrograms(s string, arena *[]string) []string {
	var buf [8]string
	parts := buf[:0]
	// "[SDGT] [IFSR]": the codes stand between brackets. Any bracket
	// ends a code, so that a stray one ("0]0") is never kept inside it.
	for s != "" {
		i := strings.IndexAny(s, "[]")
		if i < 0 {
			i = len(s)
		}
		if p := strings.TrimSpace(s[:i]); p != "" {
			parts = append(parts, p)
		}
		s = s[min(i+1, len(s)):]
	}
	return arenaTake(arena, parts)
}

// csvEmpty reports whether a field is the files' empty marker "-0- ".
func csvEmpty(s string) bool {
	return s == "-0- " || s == "-0-"
}

// csvField returns a field's value, "" for the empty marker.
func csvField(s string) string {
	if csvEmpty(s) {
		return ""
	}
	return strings.TrimSpace(s)
}

func csvEntNum(s string) (int, error) { return csvNum(s, "ent_num") }

// csvNum reads a positive entry, address or alias number.
func csvNum(s, what string) (int, error) {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("bad %s %q", what, s)
	}
	return n, nil
}

// eachRecord checks one file of the quartet and calls fn for every line with
// its 1-based line number. The record passed to fn is reused: fn must not
// keep the slice (the strings in it are its own).
func eachRecord(name string, data []byte, columns int, fn func(line int, rec []string) error) error {
	if len(data) == 0 {
		return &ParseError{File: name, Err: errors.New("empty file")}
	}
	if data[len(data)-1] != eofMark {
		return &ParseError{File: name, Line: bytes.Count(data, []byte{'\n'}) + 1,
			Err: errors.New("no end-of-file mark (0x1A): the file is cut short, or not an OFAC CSV file")}
	}
	data = data[:len(data)-1]
	if i := bytes.IndexByte(data, eofMark); i >= 0 {
		return &ParseError{File: name, Line: bytes.Count(data[:i], []byte{'\n'}) + 1, Offset: int64(i),
			Err: errors.New("end-of-file mark (0x1A) before the end of the file")}
	}
	if !utf8.Valid(data) {
		i := invalidUTF8(data)
		return &ParseError{File: name, Line: bytes.Count(data[:i], []byte{'\n'}) + 1, Offset: int64(i),
			Err: errors.New("invalid UTF-8")}
	}
	// LazyQuotes stays off: the real files need no leniency, and a stray
	// quote is how a cut or foreign file often shows.
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = columns
	r.ReuseRecord = true
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			pe := &ParseError{File: name, Err: err}
			var ce *csv.ParseError
			if errors.As(err, &ce) {
				pe.Line, pe.Err = ce.Line, ce.Err
				if errors.Is(ce.Err, csv.ErrFieldCount) {
					// Read returns the record with this error: name the
					// entry if the line has one.
					pe.Line = ce.StartLine
					pe.Err = fmt.Errorf("%d columns, want %d: %w", len(rec), columns, ce.Err)
					if len(rec) > 0 {
						pe.UID, _ = csvEntNum(rec[0])
					}
				}
			}
			return pe
		}
		line, _ := r.FieldPos(0)
		if err := fn(line, rec); err != nil {
			return err
		}
	}
}

// invalidUTF8 returns the offset of the first byte that is not UTF-8.
func invalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}
