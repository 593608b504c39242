package screen

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/sanctionscreen/ofac/sdn"
	"github.com/sanctionscreen/ofac/sdn/snapshot"
)

// The evaluation set of the matcher: held-out aliases, perturbed names and
// negatives, made by screen/internal/evalgen from the embedded snapshot
// (testdata/screen/README.md says how).

// evalSet is the whole evaluation set.
type evalSet struct {
	// Heldout: Query is the held-out alias, UID its entry, Kind the alias
	// type ("a.k.a.", "f.k.a.", "n.k.a.", "name" for an original-script
	// writing of the primary name), Source the entry's primary name.
	Heldout []evalCase
	// Perturbed: Kind is the perturbation kind, Source the listed name it
	// was made from.
	Perturbed []evalCase
	// Negatives are names that are not on the list.
	Negatives []evalNeg
	// Remove holds, per entry, the alias names to drop from the list before
	// indexing: the held-out ones.
	Remove map[int][]string
}

// evalCase is one query that should find entry UID.
type evalCase struct {
	UID                 int
	Query, Kind, Source string
	// Script is the held-out alias's ISO 15924 script ("Latn", "Cyrl"...);
	// empty for perturbed rows.
	Script string
	// Overlap is, for a Latin held-out alias, the trigram Jaccard
	// similarity to the closest Latin name of the entry that stays indexed:
	// near 0 means the alias is another name altogether (a nickname, a
	// former company name), which no name matcher can be expected to find.
	Overlap float64
}

// evalNeg is one name that is not on the list.
type evalNeg struct{ Name, Locale, Kind string }

// evalPerturbKinds are the perturbation kinds of perturbed.tsv.
var evalPerturbKinds = []string{"typo", "reorder", "drop_middle", "join", "diacritics", "lookalike", "case_space", "script", "legal_form"}

const evalDir = "../testdata/screen"

// evalReadTSV reads a TSV file with the given header; every row must have
// as many fields. Fields are not trimmed: spaces are part of some queries.
func evalReadTSV(t testing.TB, name string, header ...string) [][]string {
	t.Helper()
	path := filepath.Join(evalDir, name)
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	var rows [][]string
	line := 0
	for sc.Scan() {
		line++
		cols := strings.Split(sc.Text(), "\t")
		if line == 1 {
			if !slices.Equal(cols, header) {
				t.Fatalf("%s:1: header %q, want %q", path, cols, header)
			}
			continue
		}
		if len(cols) != len(header) {
			t.Fatalf("%s:%d: %d fields, want %d", path, line, len(cols), len(header))
		}
		if strings.TrimSpace(cols[0]) == "" || strings.TrimSpace(cols[1]) == "" {
			t.Fatalf("%s:%d: empty field in %q", path, line, cols)
		}
		rows = append(rows, cols)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return rows
}

func evalAtoi(t testing.TB, file string, row int, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil || n <= 0 {
		t.Fatalf("%s row %d: uid %q is not a positive number", file, row+1, s)
	}
	return n
}

// loadEvalSet reads the evaluation set from testdata/screen.
func loadEvalSet(t testing.TB) evalSet {
	t.Helper()
	list, err := snapshot.SDN()
	if err != nil {
		t.Fatal(err)
	}
	byUID := make(map[int]*sdn.Entry, len(list.Entries))
	for i := range list.Entries {
		byUID[list.Entries[i].UID] = &list.Entries[i]
	}
	var s evalSet
	s.Remove = map[int][]string{}
	for i, r := range evalReadTSV(t, "heldout.tsv", "uid", "alias", "type", "weak", "script", "overlap") {
		uid := evalAtoi(t, "heldout.tsv", i, r[0])
		ov, err := strconv.ParseFloat(r[5], 64)
		if err != nil {
			t.Fatalf("heldout.tsv row %d: overlap %q: %v", i+1, r[5], err)
		}
		c := evalCase{UID: uid, Query: r[1], Kind: r[2], Script: r[4], Overlap: ov}
		if e := byUID[uid]; e != nil {
			c.Source = e.Name
		}
		s.Heldout = append(s.Heldout, c)
		if !slices.Contains(s.Remove[uid], r[1]) {
			s.Remove[uid] = append(s.Remove[uid], r[1])
		}
	}
	for i, r := range evalReadTSV(t, "perturbed.tsv", "uid", "query", "kind", "source") {
		s.Perturbed = append(s.Perturbed, evalCase{UID: evalAtoi(t, "perturbed.tsv", i, r[0]), Query: r[1], Kind: r[2], Source: r[3]})
	}
	for _, r := range evalReadTSV(t, "negatives.tsv", "name", "locale", "kind") {
		s.Negatives = append(s.Negatives, evalNeg{Name: r[0], Locale: r[1], Kind: r[2]})
	}
	return s
}

// screenerWithout returns a Screener of the embedded snapshot without the
// aliases named in remove (uid → alias names): a test that queries with a
// listed alias removes it first, so that the query must find its entry by
// another name.
func screenerWithout(t testing.TB, remove map[int][]string) *Screener {
	t.Helper()
	full, err := snapshot.SDN()
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(withoutHeldout(full, remove))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// withoutHeldout returns a copy of l without the aliases named in remove
// (uid → alias names). l itself is not modified: the snapshot is shared.
func withoutHeldout(l *sdn.List, remove map[int][]string) *sdn.List {
	c := *l
	c.Entries = slices.Clone(l.Entries)
	for i := range c.Entries {
		e := &c.Entries[i]
		names := remove[e.UID]
		if len(names) == 0 {
			continue
		}
		e.Aliases = slices.DeleteFunc(slices.Clone(e.Aliases), func(a sdn.Alias) bool {
			return slices.Contains(names, a.Name)
		})
	}
	return &c
}

// evalStripMarks removes diacritics after compatibility decomposition.
var evalStripMarks = transform.Chain(norm.NFKD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)

// evalFoldKey is a name's folded token set: lower case, no diacritics, runs
// of characters other than letters and digits as separators, tokens sorted
// and de-duplicated. Deliberately simple and independent of the matcher's
// normalisation, so that the data are checked by a second opinion.
func evalFoldKey(s string) string {
	t, _, err := transform.String(evalStripMarks, s)
	if err != nil {
		t = s
	}
	toks := strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	slices.Sort(toks)
	return strings.Join(slices.Compact(toks), " ")
}

func evalIsLatin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

func TestEvalSetFiles(t *testing.T) {
	list, err := snapshot.SDN()
	if err != nil {
		t.Fatal(err)
	}
	s := loadEvalSet(t)
	for _, c := range []struct {
		what     string
		got, min int
	}{
		{"negatives", len(s.Negatives), 10000},
		{"held-out aliases", len(s.Heldout), 2000},
		{"perturbed names", len(s.Perturbed), 3000},
	} {
		if c.got < c.min {
			t.Errorf("%d %s, want at least %d", c.got, c.what, c.min)
		}
	}
	byUID := map[int]*sdn.Entry{}
	for i := range list.Entries {
		byUID[list.Entries[i].UID] = &list.Entries[i]
	}

	t.Run("heldout", func(t *testing.T) {
		scripts := map[string]int{}
		latin := map[sdn.Kind]int{}
		for i, h := range s.Heldout {
			e := byUID[h.UID]
			if e == nil {
				t.Errorf("heldout row %d: uid %d not in the snapshot", i+1, h.UID)
				continue
			}
			j := slices.IndexFunc(e.Aliases, func(a sdn.Alias) bool {
				script := a.Script
				if script == "" {
					script = "Latn"
				}
				return a.Name == h.Query && string(a.Type) == h.Kind && script == h.Script
			})
			if j < 0 {
				t.Errorf("heldout row %d: %q (%s, %s) is not an alias of %d %q", i+1, h.Query, h.Kind, h.Script, h.UID, e.Name)
				continue
			}
			if e.Aliases[j].Weak {
				t.Errorf("heldout row %d: %q is a weak alias", i+1, h.Query)
			}
			if e.Kind != sdn.Individual && e.Kind != sdn.Entity {
				t.Errorf("heldout row %d: uid %d is a %s", i+1, h.UID, e.Kind)
			}
			if h.Overlap < 0 || h.Overlap > 1 {
				t.Errorf("heldout row %d: overlap %v outside [0,1]", i+1, h.Overlap)
			}
			scripts[h.Script]++
			if !evalIsLatin(h.Query) {
				continue
			}
			latin[e.Kind]++
			// A Latin held-out alias must not be another name of its entry
			// written differently: that would test nothing.
			k := evalFoldKey(h.Query)
			if k == evalFoldKey(e.Name) {
				t.Errorf("heldout row %d: %q folds to the primary name %q", i+1, h.Query, e.Name)
			}
			for jj, a := range e.Aliases {
				if jj != j && evalFoldKey(a.Name) == k {
					t.Errorf("heldout row %d: %q folds to the entry's other alias %q", i+1, h.Query, a.Name)
				}
			}
		}
		nonLatin := len(s.Heldout) - scripts["Latn"]
		if nonLatin < 250 || len(scripts) < 6 {
			t.Errorf("original-script held-out: %d rows in %d scripts (%v), want ≥250 rows in ≥6 scripts", nonLatin, len(scripts)-1, scripts)
		}
		if latin[sdn.Individual] < 900 || latin[sdn.Entity] < 900 {
			t.Errorf("Latin held-out per kind %v, want ≥900 each", latin)
		}
		t.Logf("held-out: %d rows, per script %v, Latin per kind %v", len(s.Heldout), scripts, latin)
	})

	t.Run("withoutHeldout", func(t *testing.T) {
		before := 0
		for _, e := range list.Entries {
			before += len(e.Aliases)
		}
		pruned := withoutHeldout(list, s.Remove)
		after, again := 0, 0
		for _, e := range pruned.Entries {
			after += len(e.Aliases)
		}
		for _, e := range list.Entries {
			again += len(e.Aliases)
		}
		if again != before {
			t.Fatalf("withoutHeldout modified the shared list: %d aliases, was %d", again, before)
		}
		want := 0
		for uid, names := range s.Remove {
			for _, a := range byUID[uid].Aliases {
				if slices.Contains(names, a.Name) {
					want++
				}
			}
		}
		if before-after != want || want < len(s.Heldout) {
			t.Errorf("withoutHeldout removed %d aliases, want %d (%d held-out rows)", before-after, want, len(s.Heldout))
		}
		for i := range pruned.Entries {
			e := &pruned.Entries[i]
			for _, a := range e.Aliases {
				if slices.Contains(s.Remove[e.UID], a.Name) {
					t.Errorf("uid %d still has held-out alias %q", e.UID, a.Name)
				}
			}
		}
	})

	t.Run("perturbed", func(t *testing.T) {
		perKind := map[string]int{}
		for i, p := range s.Perturbed {
			e := byUID[p.UID]
			if e == nil {
				t.Errorf("perturbed row %d: uid %d not in the snapshot", i+1, p.UID)
				continue
			}
			if !slices.Contains(evalPerturbKinds, p.Kind) {
				t.Errorf("perturbed row %d: unknown kind %q", i+1, p.Kind)
			}
			perKind[p.Kind]++
			if p.Query == p.Source {
				t.Errorf("perturbed row %d: query equals its source %q", i+1, p.Source)
			}
			if p.Source != e.Name && !slices.ContainsFunc(e.Aliases, func(a sdn.Alias) bool { return a.Name == p.Source }) {
				t.Errorf("perturbed row %d: source %q is no name of %d %q", i+1, p.Source, p.UID, e.Name)
			}
			if slices.Contains(s.Remove[p.UID], p.Source) {
				t.Errorf("perturbed row %d: source %q is a held-out alias", i+1, p.Source)
			}
			if p.Kind == "legal_form" && e.Kind != sdn.Entity || p.Kind == "drop_middle" && e.Kind != sdn.Individual {
				t.Errorf("perturbed row %d: %s of a %s", i+1, p.Kind, e.Kind)
			}
			if p.Kind == "script" && evalIsLatin(p.Query) {
				t.Errorf("perturbed row %d: script query %q is Latin", i+1, p.Query)
			}
		}
		for _, k := range evalPerturbKinds {
			if perKind[k] < 250 {
				t.Errorf("%d rows of kind %s, want ≥250", perKind[k], k)
			}
		}
		t.Logf("perturbed: %d rows, per kind %v", len(s.Perturbed), perKind)
	})

	t.Run("negatives", func(t *testing.T) {
		listed := map[string]string{}
		for _, e := range list.Entries {
			listed[evalFoldKey(e.Name)] = e.Name
			for _, a := range e.Aliases {
				listed[evalFoldKey(a.Name)] = a.Name
			}
		}
		locales := map[string]int{}
		kinds := map[string]int{}
		nonLatin := 0
		seen := map[string]bool{}
		for i, n := range s.Negatives {
			k := evalFoldKey(n.Name)
			if k == "" {
				t.Errorf("negatives row %d: %q has no letters", i+1, n.Name)
			}
			if m, ok := listed[k]; ok {
				t.Errorf("negatives row %d: %q is the listed name %q", i+1, n.Name, m)
			}
			if seen[k] {
				t.Errorf("negatives row %d: %q repeats an earlier row", i+1, n.Name)
			}
			seen[k] = true
			if n.Kind != "individual" && n.Kind != "entity" {
				t.Errorf("negatives row %d: kind %q", i+1, n.Kind)
			}
			kinds[n.Kind]++
			locales[n.Locale]++
			if !evalIsLatin(n.Name) {
				nonLatin++
			}
		}
		if len(locales) < 20 || kinds["entity"] < 2500 || kinds["individual"] < 10000 {
			t.Errorf("negatives: %d locales, kinds %v; want ≥20 locales, ≥10000 people, ≥2500 companies", len(locales), kinds)
		}
		if share := float64(nonLatin) / float64(len(s.Negatives)); share < 0.05 || share > 0.25 {
			t.Errorf("negatives: %.1f%% not in Latin script, want 5-25%%", 100*share)
		}
		t.Logf("negatives: %d (%d not Latin), kinds %v, %d locales", len(s.Negatives), nonLatin, kinds, len(locales))
	})
}
