package sdn

import (
	"bufio"
	"bytes"
	"compress/bzip2"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

const (
	realAdvancedFile = "../testdata/ofac/sdn_advanced-2025-11-19.xml.bz2"
	trimmedAdvanced  = "../testdata/advanced/sdn_advanced-2025-11-19-trimmed.xml"
	addressesDir     = "../testdata/ofac/addresses-2025-11-19"
)

var update = flag.Bool("update", false, "rewrite generated fixtures under testdata/")

// realAdvancedXML returns the decompressed 2025-11-19 advanced XML, read
// once per test binary (bzip2 alone takes seconds).
var realAdvancedXML = sync.OnceValues(func() ([]byte, error) {
	f, err := os.Open(realAdvancedFile)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(bzip2.NewReader(bufio.NewReaderSize(f, 1<<20)))
})

// realAdvancedList is the parsed 2025-11-19 advanced XML, parsed once.
var realAdvancedList = sync.OnceValues(func() (*List, error) {
	b, err := realAdvancedXML()
	if err != nil {
		return nil, err
	}
	return Parse(bytes.NewReader(b))
})

// skipInShortMode skips tests that read the whole 121 MB advanced XML
// when -short is given (the race-detector run in CI); the full run reads it.
func skipInShortMode(t testing.TB) {
	t.Helper()
	if testing.Short() {
		t.Skip("short mode: reads the whole 121 MB advanced XML")
	}
}

func mustRealAdvanced(t testing.TB) *List {
	t.Helper()
	skipInShortMode(t)
	l, err := realAdvancedList()
	if err != nil {
		t.Fatalf("parsing %s: %v", realAdvancedFile, err)
	}
	return l
}

func TestAdvancedRealFile(t *testing.T) {
	l := mustRealAdvanced(t)
	if got, want := len(l.Entries), 18367; got != want {
		t.Errorf("entries = %d, want %d", got, want)
	}
	if want := time.Date(2025, 11, 19, 0, 0, 0, 0, time.UTC); !l.Published.Equal(want) {
		t.Errorf("Published = %v, want %v", l.Published, want)
	}
	if l.Source != SourceSDN || l.Format != FormatAdvancedXML {
		t.Errorf("Source, Format = %q, %q", l.Source, l.Format)
	}
	seen := make(map[int]bool)
	kinds := make(map[Kind]int)
	var wallets, scripts = 0, make(map[string]int)
	for _, e := range l.Entries {
		if e.UID <= 0 || seen[e.UID] {
			t.Errorf("UID %d missing or repeated", e.UID)
		}
		seen[e.UID] = true
		if e.Name == "" || len(e.Programs) == 0 {
			t.Errorf("entry %d: name %q, programs %v", e.UID, e.Name, e.Programs)
		}
		kinds[e.Kind]++
		wallets += len(e.Wallets)
		for _, a := range e.Aliases {
			scripts[a.Script]++
		}
	}
	// Counts read off the file with grep: PartySubTypeID 1 (vessel) and 2
	// (aircraft), 761 digital currency address features.
	if kinds[Vessel] == 0 || kinds[Aircraft] == 0 || kinds[Individual] == 0 || kinds[Entity] == 0 {
		t.Errorf("kinds = %v", kinds)
	}
	if wallets != 761 {
		t.Errorf("wallet features = %d, want 761", wallets)
	}
	for _, sc := range []string{"Cyrl", "Arab", "Hans", "Hant", "Kore", "Latn"} {
		if scripts[sc] == 0 {
			t.Errorf("no alias in script %s (scripts: %v)", sc, scripts)
		}
	}
}

// TestAdvancedWallets checks the wallets against an independent extraction
// of the same file: one text file of addresses per asset code.
func TestAdvancedWallets(t *testing.T) {
	l := mustRealAdvanced(t)
	want := readAddressFiles(t)
	got := make(map[Wallet]bool)
	for _, e := range l.Entries {
		for _, w := range e.Wallets {
			got[w] = true
		}
	}
	if len(want) != 758 {
		t.Fatalf("address files hold %d pairs, want 758", len(want))
	}
	if diff := cmp.Diff(sortedWallets(want), sortedWallets(got)); diff != "" {
		t.Errorf("wallets differ from the address files (-files +parsed):\n%s", diff)
	}
}

func readAddressFiles(t *testing.T) map[Wallet]bool {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(addressesDir, "sanctioned_addresses_*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no address files in %s: %v", addressesDir, err)
	}
	set := make(map[Wallet]bool)
	for _, f := range files {
		asset := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(f), "sanctioned_addresses_"), ".txt")
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			if line = strings.TrimSpace(line); line != "" {
				set[Wallet{Asset: asset, Address: line}] = true
			}
		}
	}
	return set
}

func sortedWallets(m map[Wallet]bool) []Wallet {
	out := make([]Wallet, 0, len(m))
	for w := range m {
		out = append(out, w)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Asset != out[j].Asset {
			return out[i].Asset < out[j].Asset
		}
		return out[i].Address < out[j].Address
	})
	return out
}

// The golden entries below were written from reading the raw XML of each
// party (and checked against the CSV line of the same ent_num).
func TestAdvancedGolden(t *testing.T) {
	l := mustAdvancedFixture(t)
	day := func(y, m, d int) Date { p := DatePart{y, m, d}; return Date{From: p, To: p} }
	want := map[int]Entry{
		22790: {
			UID: 22790, Name: "MADURO MOROS, Nicolas", Kind: Individual,
			NameParts: []NamePart{{LastName, "MADURO MOROS"}, {FirstName, "Nicolas"}},
			Title:     "President of the Bolivarian Republic of Venezuela",
			Programs:  []string{"VENEZUELA", "IRAN-CON-ARMS-EO"},
			Lists:     []string{"SDN List"},
			Aliases: []Alias{{Name: "MADURO MOROS, Nicolás", Type: PrimaryVariant, Script: "Latn",
				Parts: []NamePart{{LastName, "MADURO MOROS"}, {FirstName, "Nicolás"}}}},
			Addresses:    []Address{{City: "Caracas", State: "Capital District", Country: "Venezuela"}},
			IDs:          []ID{{Type: "Cedula No.", Number: "5892464", Country: "Venezuela"}},
			BirthDates:   []Date{day(1962, 11, 23)},
			BirthPlaces:  []string{"Caracas, Venezuela"},
			Citizenships: []string{"Venezuela"},
			Gender:       "Male",
			Links:        nil,
			Features: []Feature{
				{Type: "Listed", Value: "31 Jul 2017; Executive Order 13692 (Venezuela)"},
				{Type: "Listed", Value: "31 Jul 2017; Executive Order - Convential Arms (Iran)"},
			},
		},
	}
	for uid, w := range want {
		got := l.Entry(uid)
		if got == nil {
			t.Errorf("entry %d missing", uid)
			continue
		}
		if diff := cmp.Diff(w, *got); diff != "" {
			t.Errorf("entry %d (-want +got):\n%s", uid, diff)
		}
	}

	putin := l.Entry(35096)
	if putin == nil {
		t.Fatal("entry 35096 missing")
	}
	if putin.Name != "PUTIN, Vladimir Vladimirovich" {
		t.Errorf("35096 name = %q", putin.Name)
	}
	wantAliases := []Alias{
		{Name: "Путин, Владимир Владимирович", Type: PrimaryVariant, Script: "Cyrl",
			Parts: []NamePart{{LastName, "Путин"}, {FirstName, "Владимир"}, {MiddleName, "Владимирович"}}},
		{Name: "PUTIN, Vladimir", Type: AKA, Script: "Latn",
			Parts: []NamePart{{LastName, "Putin"}, {FirstName, "Vladimir"}}},
		{Name: "Путин, Владимир", Type: AKA, Script: "Cyrl",
			Parts: []NamePart{{LastName, "Путин"}, {FirstName, "Владимир"}}},
	}
	if diff := cmp.Diff(wantAliases, putin.Aliases); diff != "" {
		t.Errorf("35096 aliases (-want +got):\n%s", diff)
	}

	// A circa year-only date of birth: Start 1 Jan, End 31 Dec, approximate.
	if e := l.Entry(7782); e == nil || len(e.BirthDates) == 0 {
		t.Error("entry 7782 has no birth date")
	} else if got := e.BirthDates[0].String(); got != "circa 1951" {
		t.Errorf("7782 birth date = %q, want circa 1951", got)
	}
	// A link from another party's relationship.
	if e := l.Entry(30421); e == nil {
		t.Error("entry 30421 missing")
	} else if diff := cmp.Diff([]Link{{Type: "Providing support to", UID: 22790, Name: "MADURO MOROS, Nicolas"}}, e.Links); diff != "" {
		t.Errorf("30421 links (-want +got):\n%s", diff)
	}
	// The 64-digit hex value listed as XMR is kept as published.
	if e := l.Entry(29585); e == nil || !hasWallet(e, "XMR", "5be5543ff73456ab9f2d207887e2af87322c651ea1a873c5b25b7ffae456c320") {
		t.Error("entry 29585 lacks its hex XMR value")
	}
	if e := l.Entry(4238); e == nil || e.Kind != Vessel || e.Vessel == nil {
		t.Errorf("entry 4238 is not a vessel with details: %+v", e)
	}
	if e := l.Entry(15432); e == nil || e.Kind != Aircraft || e.Aircraft == nil {
		t.Errorf("entry 15432 is not an aircraft with details: %+v", e)
	}
	if e := l.Entry(306); e == nil || !anyWeak(e.Aliases) {
		t.Error("entry 306 has no weak alias")
	}
	if e := l.Entry(15007); e == nil || !anyIDWithDate(e.IDs) {
		t.Errorf("entry 15007: no identity document with a date: %+v", e.IDs)
	}
}

func hasWallet(e *Entry, asset, addr string) bool {
	for _, w := range e.Wallets {
		if w.Asset == asset && w.Address == addr {
			return true
		}
	}
	return false
}

func anyWeak(as []Alias) bool {
	for _, a := range as {
		if a.Weak {
			return true
		}
	}
	return false
}

func anyIDWithDate(ids []ID) bool {
	for _, id := range ids {
		if id.IssueDate != "" || id.ExpirationDate != "" {
			return true
		}
	}
	return false
}

// The trimmed fixture keeps the reference tables and a few parties chosen
// for what they exercise; it is cut from the real file by trimAdvanced.
var fixtureUIDs = []int{
	22790, // MADURO MOROS: individual, diacritics variant, citizenship
	35096, // PUTIN: Cyrillic aliases
	30421, // entity linked to 22790
	7782,  // circa year-only birth date
	2677,  // Arabic script
	16819, // Chinese script
	47148, // Korean script
	4238,  // vessel
	15432, // aircraft
	306,   // weak alias
	27307, // ETH wallets
	29585, // 64-digit hex listed as XMR
	30518, // BCH cashaddr
	15007, // identity documents with dates
}

func mustAdvancedFixture(t testing.TB) *List {
	t.Helper()
	if *update {
		full, err := realAdvancedXML()
		if err != nil {
			t.Fatal(err)
		}
		trimmed, err := trimAdvanced(full, fixtureUIDs)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(trimmedAdvanced), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(trimmedAdvanced, trimmed, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	l, err := Open(trimmedAdvanced)
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Entries) != len(fixtureUIDs) {
		t.Fatalf("fixture holds %d entries, want %d", len(l.Entries), len(fixtureUIDs))
	}
	return l
}

// TestAdvancedFixtureMatchesRealFile checks that the trimmed fixture is
// what trimAdvanced cuts from the real file, and that every fixture entry
// parses the same from both.
func TestAdvancedFixtureMatchesRealFile(t *testing.T) {
	skipInShortMode(t)
	full, err := realAdvancedXML()
	if err != nil {
		t.Fatal(err)
	}
	trimmed, err := trimAdvanced(full, fixtureUIDs)
	if err != nil {
		t.Fatal(err)
	}
	onDisk, err := os.ReadFile(trimmedAdvanced)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(trimmed, onDisk) {
		t.Fatalf("%s is stale: run go test ./sdn -run TestAdvancedGolden -update", trimmedAdvanced)
	}
	small := mustAdvancedFixture(t)
	big := mustRealAdvanced(t)
	for _, e := range small.Entries {
		want := *big.Entry(e.UID)
		// Links to parties left out of the fixture lose their names.
		want.Links, e.Links = nil, nil
		if diff := cmp.Diff(want, e); diff != "" {
			t.Errorf("entry %d differs between the real file and the fixture:\n%s", e.UID, diff)
		}
	}
}

// trimAdvanced cuts the advanced XML down to the given parties, keeping the
// reference tables whole and the locations, documents, relationships and
// sanctions entries those parties use. It relies on the file's one-element-
// per-line layout.
func trimAdvanced(full []byte, uids []int) ([]byte, error) {
	keep := make(map[string]bool)
	for _, u := range uids {
		keep[strconv.Itoa(u)] = true
	}
	lines := bytes.SplitAfter(full, []byte("\n"))
	type block struct{ start, end int }
	// blocks returns the blocks of elements opened at 4 spaces' indent
	// inside the given section.
	section := func(name string) (open, close int, blocks []block) {
		open, close = -1, -1
		for i, l := range lines {
			if open < 0 && bytes.HasPrefix(l, []byte("  <"+name+">")) {
				open = i
			} else if open >= 0 && bytes.HasPrefix(l, []byte("  </"+name+">")) {
				close = i
				break
			}
		}
		if open < 0 || close < 0 {
			return -1, -1, nil
		}
		for i := open + 1; i < close; {
			j := i
			if !bytes.HasSuffix(bytes.TrimSpace(lines[i]), []byte("/>")) {
				for j = i + 1; j < close && !bytes.HasPrefix(lines[j], []byte("    </")); j++ {
				}
			}
			blocks = append(blocks, block{i, j})
			i = j + 1
		}
		return open, close, blocks
	}
	text := func(b block) []byte { return bytes.Join(lines[b.start:b.end+1], nil) }
	attr := regexp.MustCompile(`(FixedRef|ProfileID|From-ProfileID|IdentityID|LocationID)="(\d+)"`)
	var out bytes.Buffer
	partiesOpen, partiesClose, parties := section("DistinctParties")
	if partiesOpen < 0 {
		return nil, errors.New("no DistinctParties section")
	}
	identities := make(map[string]bool)
	locations := make(map[string]bool)
	var keptParties [][]byte
	for _, b := range parties {
		t := text(b)
		m := attr.FindSubmatch(t)
		if m == nil || !keep[string(m[2])] {
			continue
		}
		keptParties = append(keptParties, t)
		for _, m := range regexp.MustCompile(`<Identity ID="(\d+)"`).FindAllSubmatch(t, -1) {
			identities[string(m[1])] = true
		}
		for _, m := range regexp.MustCompile(`LocationID="(\d+)"`).FindAllSubmatch(t, -1) {
			locations[string(m[1])] = true
		}
	}
	if len(keptParties) != len(uids) {
		return nil, fmt.Errorf("found %d of %d parties", len(keptParties), len(uids))
	}
	filter := func(name string, ok func(t []byte) bool) (int, int, [][]byte) {
		open, close, blocks := section(name)
		var kept [][]byte
		for _, b := range blocks {
			if t := text(b); ok(t) {
				kept = append(kept, t)
			}
		}
		return open, close, kept
	}
	attrVal := func(t []byte, name string) string {
		m := regexp.MustCompile(name + `="(\d+)"`).FindSubmatch(t)
		if m == nil {
			return ""
		}
		return string(m[1])
	}
	locOpen, locClose, locs := filter("Locations", func(t []byte) bool { return locations[attrVal(t, `Location ID`)] })
	docOpen, docClose, docs := filter("IDRegDocuments", func(t []byte) bool { return identities[attrVal(t, "IdentityID")] })
	relOpen, relClose, rels := filter("ProfileRelationships", func(t []byte) bool {
		return keep[attrVal(t, "From-ProfileID")] && keep[attrVal(t, "To-ProfileID")]
	})
	entOpen, entClose, ents := filter("SanctionsEntries", func(t []byte) bool { return keep[attrVal(t, "ProfileID")] })
	write := func(from, to int) {
		for _, l := range lines[from:to] {
			out.Write(l)
		}
	}
	writeSection := func(open, close int, kept [][]byte) {
		out.Write(lines[open])
		for _, t := range kept {
			out.Write(t)
		}
		out.Write(lines[close])
	}
	write(0, locOpen)
	writeSection(locOpen, locClose, locs)
	write(locClose+1, docOpen)
	writeSection(docOpen, docClose, docs)
	write(docClose+1, partiesOpen)
	writeSection(partiesOpen, partiesClose, keptParties)
	write(partiesClose+1, relOpen)
	writeSection(relOpen, relClose, rels)
	write(relClose+1, entOpen)
	writeSection(entOpen, entClose, ents)
	write(entClose+1, len(lines))
	return out.Bytes(), nil
}

func TestAdvancedOlderNamespace(t *testing.T) {
	b, err := os.ReadFile(trimmedAdvanced)
	if err != nil {
		t.Fatal(err)
	}
	const cur = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ADVANCED_XML"
	old := bytes.ReplaceAll(b, []byte(cur), []byte("http://www.un.org/sanctions/1.0"))
	if bytes.Equal(old, b) {
		t.Fatal("fixture does not name the current namespace")
	}
	want, err := Parse(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	got, err := Parse(bytes.NewReader(old))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("older namespace reads differently:\n%s", diff)
	}
}

// TestAdvancedTruncated cuts the fixture at many points: every cut must be
// an error that wraps ErrFormat, never a shorter list.
func TestAdvancedTruncated(t *testing.T) {
	b, err := os.ReadFile(trimmedAdvanced)
	if err != nil {
		t.Fatal(err)
	}
	for cut := 1; cut < len(b)-2; cut += len(b)/397 + 1 {
		l, err := Parse(bytes.NewReader(b[:cut]))
		if err == nil {
			t.Fatalf("cut at %d of %d: no error, %d entries", cut, len(b), len(l.Entries))
		}
		if !errors.Is(err, ErrFormat) {
			t.Fatalf("cut at %d: error %v does not wrap ErrFormat", cut, err)
		}
	}
	// The last byte is a newline after the root's end tag: cutting inside
	// the end tag itself must fail too.
	end := bytes.LastIndex(b, []byte("</Sanctions>"))
	if _, err := Parse(bytes.NewReader(b[:end+5])); err == nil {
		t.Error("cut inside </Sanctions>: no error")
	}
}

func TestAdvancedMalformed(t *testing.T) {
	b, err := os.ReadFile(trimmedAdvanced)
	if err != nil {
		t.Fatal(err)
	}
	replace := func(old, new string) []byte {
		if !bytes.Contains(b, []byte(old)) {
			t.Fatalf("fixture lacks %q", old)
		}
		return bytes.Replace(b, []byte(old), []byte(new), 1)
	}
	tests := []struct {
		name  string
		input []byte
		want  string // in the error text
	}{
		{"empty", nil, "empty input"},
		{"html page", []byte("<!DOCTYPE html><html><body>Service Unavailable</body></html>"), "root element <html>"},
		{"not xml", []byte("ent_num,SDN_Name\n1,x\n"), "not an OFAC XML list"},
		{"mismatched end tag", replace("</DistinctParty>", "</Distinctparty>"), "does not match"},
		{"unknown feature type", replace(`FeatureTypeID="224"`, `FeatureTypeID="999999"`), "unknown FeatureTypeID 999999"},
		{"party without FixedRef", replace(`<DistinctParty FixedRef="22790">`, `<DistinctParty>`), "without a numeric FixedRef"},
		{"bad entity", replace("MADURO MOROS</NamePartValue>", "MADURO &bogus; MOROS</NamePartValue>"), "bad entity"},
		{"bad year", replace("<Year>1962</Year>", "<Year>19x2</Year>"), "bad <Year>"},
		{"invalid UTF-8", replace("Nicolás", "Nicol\xe1s"), "invalid UTF-8"},
		{"second root", append(append([]byte{}, b...), "<Sanctions/>"...), "second root"},
		{"no parties", []byte(`<Sanctions><DateOfIssue><Year>2025</Year><Month>1</Month><Day>1</Day></DateOfIssue></Sanctions>`), "no <DistinctParties>"},
		{"cut short", b[:len(b)/2], "truncated file?"},
		{"binary root", []byte("<\x01\xff\xfe junk>"), `root element <"\x01\xff\xfe">`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l, err := Parse(bytes.NewReader(tc.input))
			if err == nil {
				t.Fatalf("no error; %d entries", len(l.Entries))
			}
			if !errors.Is(err, ErrFormat) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q: want ErrFormat and %q", err, tc.want)
			}
			// A document that ends early says so to errors.Is, as a cut
			// compressed stream does.
			if cut := tc.name == "cut short"; cut != errors.Is(err, io.ErrUnexpectedEOF) {
				t.Errorf("error %q: errors.Is(err, io.ErrUnexpectedEOF) = %v", err, !cut)
			}
		})
	}
	// An error inside a party names the party.
	_, err = Parse(bytes.NewReader(replace(`FeatureTypeID="224"`, `FeatureTypeID="999999"`)))
	var pe *ParseError
	if !errors.As(err, &pe) || pe.UID == 0 || pe.Offset == 0 {
		t.Errorf("error %v: want a ParseError with UID and offset", err)
	}
}

func TestAdvancedCompressed(t *testing.T) {
	skipInShortMode(t)
	l, err := Open(realAdvancedFile) // bzip2, as published
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Entries) != 18367 {
		t.Errorf("bzip2: %d entries", len(l.Entries))
	}
}

func BenchmarkParseAdvanced(b *testing.B) {
	data, err := realAdvancedXML()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

func FuzzParseAdvanced(f *testing.F) {
	b, err := os.ReadFile(trimmedAdvanced)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	// A smaller seed keeps the fuzzer's mutations near the parties.
	if i := bytes.Index(b, []byte("  <Locations>")); i > 0 {
		if j := bytes.Index(b, []byte("    <DistinctParty FixedRef=\"35096\">")); j > 0 {
			small := append(append([]byte{}, b[:i]...), "  <DistinctParties>\n"...)
			k := bytes.Index(b[j:], []byte("    </DistinctParty>\n"))
			small = append(small, b[j:j+k+len("    </DistinctParty>\n")]...)
			small = append(small, "  </DistinctParties>\n</Sanctions>\n"...)
			f.Add(small)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		l, err := Parse(bytes.NewReader(data))
		if err != nil {
			if !errors.Is(err, ErrFormat) {
				t.Fatalf("error does not wrap ErrFormat: %v", err)
			}
			if l != nil {
				t.Fatal("list returned with an error")
			}
			return
		}
		for _, e := range l.Entries {
			if e.Name == "" {
				t.Fatalf("entry %d without a name", e.UID)
			}
		}
	})
}
