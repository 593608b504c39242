package sdn

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// comparable is what the advanced XML and the CSV must agree on for one
// entry: name, kind, programs and aliases, up to what the two formats
// write differently by design:
//   - the CSV writes entity names and aliases in capitals and swaps double
//     quotes for single ones, so names are compared in capitals with one
//     kind of quote;
//   - program order differs, so programs are a sorted set;
//   - the CSV is ASCII: the advanced XML's other writings of a name with
//     diacritics ("LOS URABEÑOS" beside "LOS URABENOS") and in other
//     scripts have no CSV row, so only the ASCII Latin aliases count.
type comparable struct {
	Name     string
	Kind     Kind
	Programs []string
	Aliases  []string
}

func comparableOf(e *Entry) comparable {
	norm := func(s string) string { return strings.ReplaceAll(strings.ToUpper(s), `"`, "'") }
	c := comparable{Name: norm(e.Name), Kind: e.Kind, Programs: slices.Sorted(slices.Values(e.Programs))}
	for _, a := range e.Aliases {
		if a.Type == PrimaryVariant || !isASCII(a.Name) {
			continue
		}
		c.Aliases = append(c.Aliases, fmt.Sprintf("%s %s weak=%v", a.Type, norm(a.Name), a.Weak))
	}
	sort.Strings(c.Aliases)
	return c
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// TestAdvancedAgreesWithCSV compares every entry the 2025-11-19 advanced
// XML and the December 2025 CSV quartet share. The differences listed
// below are the files' own, read off the two files one by one; any other
// difference fails the test.
func TestAdvancedAgreesWithCSV(t *testing.T) {
	adv := mustRealAdvanced(t)
	csv, err := Open("../testdata/ofac/sdn-csv-2025-12")
	if err != nil {
		t.Fatal(err)
	}
	// The advanced XML types the parts of these names in a way that
	// orders them differently from the CSV (a given name typed as a
	// surname, first and middle names swapped): the file's choice, not a
	// reading we could correct without guessing.
	partsDiffer := map[int]bool{16452: true, 30165: true, 33351: true, 54523: true, 54898: true}
	// Entries that differ for reasons of the files' own, each read off the
	// two files.
	changed := map[int]string{}
	for reason, uids := range map[string][]int{
		"SYRIA-CAESAR program removed after 2025-11-19": {29046, 29047, 29049, 29052, 30204, 30206,
			41678, 41697, 43416, 43417, 43418, 43419, 43420, 48257, 48313, 51296},
		"FTO program added after 2025-11-19":                        {15871, 28283, 55025, 56424, 56425, 56429, 56430},
		"IRAN-EO13846 program added after 2025-11-19":               {51547, 51548, 51549},
		"aliases added (15098) or removed (40193) after 2025-11-19": {15098, 40193},
		// The advanced XML repeats the part "Jund al-Khilafa" twice in
		// one alias; the CSV prints it once.
		"a name part repeated in the advanced XML": {23863},
		// The CSV prints these aliases with the Russian patronymic among
		// the surnames ("MOSKVINA NIKOLAYEVNA, Svetlana"), unlike every
		// primary name it prints ("GAZIYEV, Tarkhan Ismailovich").
		"the CSV's patronymic placement in an alias": {45992, 46831},
	} {
		for _, uid := range uids {
			changed[uid] = reason
		}
	}
	var shared, differ int
	for i := range adv.Entries {
		a := &adv.Entries[i]
		c := csv.Entry(a.UID)
		if c == nil {
			continue
		}
		shared++
		ca, cc := comparableOf(a), comparableOf(c)
		if partsDiffer[a.UID] {
			ca.Name, cc.Name = "", ""
		}
		diff := cmp.Diff(ca, cc)
		if diff == "" {
			if _, ok := changed[a.UID]; ok {
				t.Errorf("entry %d is listed as changed but agrees: remove it from the list", a.UID)
			}
			continue
		}
		differ++
		if _, ok := changed[a.UID]; !ok {
			t.Errorf("entry %d differs between the formats (-advanced +csv):\n%s", a.UID, diff)
		}
	}
	if shared < 18300 {
		t.Errorf("only %d shared entries", shared)
	}
	t.Logf("%d shared entries, %d differ for the files' own reasons listed above", shared, differ)
}
