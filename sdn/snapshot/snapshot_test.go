package snapshot_test

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/sanctionscreen/ofac/sdn"
	"github.com/sanctionscreen/ofac/sdn/snapshot"
)

// TestSnapshotIsTheOfficialFile regenerates the list from the official file
// the snapshot names and compares: a stale or hand-edited sdn.bin fails.
func TestSnapshotIsTheOfficialFile(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode: parses the whole 121 MB official file")
	}
	got, err := snapshot.SDN()
	if err != nil {
		t.Fatal(err)
	}
	want, err := sdn.Open("../../testdata/ofac/" + snapshot.SourceFile)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Published.Equal(snapshot.Published) || !want.Published.Equal(snapshot.Published) {
		t.Errorf("Published: snapshot var %v, decoded %v, official file %v", snapshot.Published, got.Published, want.Published)
	}
	if len(got.Entries) != snapshot.Entries {
		t.Errorf("%d entries, Entries says %d", len(got.Entries), snapshot.Entries)
	}
	if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("snapshot differs from %s: run go generate ./sdn/snapshot\n%s", snapshot.SourceFile, diff)
	}
}

func Example() {
	list, err := snapshot.SDN()
	if err != nil {
		fmt.Println(err)
		return
	}
	e := list.Entry(22790)
	fmt.Println(snapshot.Published.Format("2006-01-02"), len(list.Entries), "entries")
	fmt.Println(e.Name, e.Programs)
	// Output:
	// 2025-11-19 18367 entries
	// MADURO MOROS, Nicolas [VENEZUELA IRAN-CON-ARMS-EO]
}

// TestConsolidatedIsTheOfficialFiles reads the CSV folder the consolidated
// snapshot names and compares: a stale or hand-edited cons.bin fails. The
// files carry no date; the one given by hand must be the month the folder
// is named after.
func TestConsolidatedIsTheOfficialFiles(t *testing.T) {
	got, err := snapshot.Consolidated()
	if err != nil {
		t.Fatal(err)
	}
	want, err := sdn.Open("../../testdata/ofac/" + snapshot.ConsolidatedSourceFile)
	if err != nil {
		t.Fatal(err)
	}
	if !want.Published.IsZero() {
		t.Fatalf("%s now carries a date (%v): regenerate without -published", snapshot.ConsolidatedSourceFile, want.Published)
	}
	if month := snapshot.ConsolidatedPublished.Format("2006-01"); !strings.HasSuffix(snapshot.ConsolidatedSourceFile, "-"+month) ||
		snapshot.ConsolidatedPublished.Day() != 1 || snapshot.ConsolidatedPublishedNote == "" {
		t.Errorf("ConsolidatedPublished %v (%q) is not the first of the month %s is of", snapshot.ConsolidatedPublished, snapshot.ConsolidatedPublishedNote, snapshot.ConsolidatedSourceFile)
	}
	if got.Source != sdn.SourceConsolidated || len(got.Entries) != snapshot.ConsolidatedEntries || !got.Published.Equal(snapshot.ConsolidatedPublished) {
		t.Errorf("decoded: %s, %d entries (ConsolidatedEntries %d), published %v", got.Source, len(got.Entries), snapshot.ConsolidatedEntries, got.Published)
	}
	want.Published = snapshot.ConsolidatedPublished
	if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("snapshot differs from %s: run go generate ./sdn/snapshot\n%s", snapshot.ConsolidatedSourceFile, diff)
	}
}

// TestAll checks the combination against the CSV file read here on its
// own, without the library's parser: every row of cons_prim.csv is in All
// with its name and programs; a UID the two lists share is one party, not
// a collision; the SDN entries are kept as they are.
func TestAll(t *testing.T) {
	all, err := snapshot.All()
	if err != nil {
		t.Fatal(err)
	}
	sdnList, err := snapshot.SDN()
	if err != nil {
		t.Fatal(err)
	}
	cons, err := snapshot.Consolidated()
	if err != nil {
		t.Fatal(err)
	}
	if all.Source != "SDN+CONSOLIDATED" || !all.Published.Equal(snapshot.AllPublished) ||
		!(snapshot.AllPublished.Equal(snapshot.Published) || snapshot.AllPublished.Equal(snapshot.ConsolidatedPublished)) ||
		snapshot.AllPublished.After(snapshot.Published) || snapshot.AllPublished.After(snapshot.ConsolidatedPublished) {
		t.Errorf("All: source %q, published %v; AllPublished %v", all.Source, all.Published, snapshot.AllPublished)
	}
	if again, _ := snapshot.All(); again != all {
		t.Error("All built twice")
	}

	f, err := os.Open("../../testdata/ofac/" + snapshot.ConsolidatedSourceFile + "/cons_prim.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.LazyQuotes = true
	shared := 0
	rows := 0
	for {
		rec, err := r.Read()
		if err == io.EOF || (len(rec) == 1 && strings.Trim(rec[0], "\x1a") == "") {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		rows++
		uid, err := strconv.Atoi(rec[0])
		if err != nil {
			t.Fatalf("cons_prim.csv row %d: %v", rows, err)
		}
		name := rec[1]
		programs := strings.Split(strings.TrimSpace(rec[3]), "] [")
		e := all.Entry(uid)
		if e == nil {
			t.Errorf("consolidated entry %d %q missing from All", uid, name)
			continue
		}
		for _, p := range programs {
			if !slices.Contains(e.Programs, p) {
				t.Errorf("entry %d %q: program %q of the consolidated file missing (programs %q)", uid, name, p, e.Programs)
			}
		}
		s := sdnList.Entry(uid)
		if s == nil {
			if e.Name != name {
				t.Errorf("consolidated entry %d: name %q, the file says %q", uid, e.Name, name)
			}
			continue
		}
		// On both lists: the same party (OFAC prints some names in
		// capitals on one list only), kept with the SDN entry's name.
		shared++
		same := strings.EqualFold(s.Name, name)
		for _, a := range s.Aliases {
			same = same || strings.EqualFold(a.Name, name)
		}
		if !same || e.Name != s.Name {
			t.Errorf("UID %d is %q on the SDN list and %q on the consolidated list: a collision, or the merge lost a name (All has %q)", uid, s.Name, name, e.Name)
		}
	}
	if rows != len(cons.Entries) {
		t.Errorf("cons_prim.csv has %d rows, the snapshot %d entries", rows, len(cons.Entries))
	}
	if want := len(sdnList.Entries) + len(cons.Entries) - shared; len(all.Entries) != want || shared == 0 {
		t.Errorf("All has %d entries, want %d (SDN %d + consolidated %d - %d on both)", len(all.Entries), want, len(sdnList.Entries), len(cons.Entries), shared)
	}
	// The SDN entries come first and, but for the parties on both lists,
	// as the SDN list has them; the SDN list itself is left alone.
	for i := range sdnList.Entries {
		s := &sdnList.Entries[i]
		if cons.Entry(s.UID) != nil {
			continue
		}
		if !reflect.DeepEqual(s, &all.Entries[i]) {
			t.Fatalf("SDN entry %d changed in All", s.UID)
		}
	}
	if len(sdnList.Entries) != snapshot.Entries {
		t.Errorf("SDN has %d entries after All, want %d", len(sdnList.Entries), snapshot.Entries)
	}
}

// All screens the SDN and the consolidated lists together; Entry.Lists
// and Programs say which lists a party is on where the file says.
func ExampleAll() {
	list, err := snapshot.All()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(list.Source, snapshot.Published.Format("2006-01-02"), snapshot.ConsolidatedPublished.Format("2006-01"))
	fmt.Println(snapshot.Entries, "+", snapshot.ConsolidatedEntries, "entries:", len(list.Entries), "parties")
	for _, uid := range []int{17013, 9639} {
		e := list.Entry(uid)
		fmt.Println(e.Name, e.Programs, e.Lists)
	}
	// Output:
	// SDN+CONSOLIDATED 2025-11-19 2025-12
	// 18367 + 442 entries: 18721 parties
	// VTB BANK PUBLIC JOINT STOCK COMPANY [UKRAINE-EO13662 RUSSIA-EO14024] [SDN List Sectoral Sanctions Identifications List Consolidated List]
	// HANIYA, Ismail Abdul Salah [NS-PLC] []
}
