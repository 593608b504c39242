package snapshot_test

import (
	"fmt"
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
