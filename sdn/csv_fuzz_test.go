package sdn

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// realLines returns the lines of a real file of the quartet whose ent_num
// is one of uids, ending with the 0x1A mark like the real file.
func realLines(tb testing.TB, path string, uids map[string]bool) []byte {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	var out []byte
	for _, line := range bytes.SplitAfter(bytes.TrimSuffix(b, []byte{eofMark}), []byte("\n")) {
		num, _, _ := bytes.Cut(line, []byte(","))
		if uids[string(num)] {
			out = append(out, line...)
		}
	}
	return append(out, eofMark)
}

// fuzzSeeds are trimmed real quartets: a few entries of each kind, with
// their addresses, aliases and remark continuations.
func fuzzSeeds(tb testing.TB) [][4][]byte {
	sets := []struct {
		dir  string
		q    csvQuartet
		uids []string
	}{
		{sdnCSVDir, sdnQuartet, []string{"36", "306", "22790"}},      // entity, alias in remarks, individual
		{sdnCSVDir, sdnQuartet, []string{"4238", "40560", "15432"}},  // vessels, aircraft
		{sdnCSVDir, sdnQuartet, []string{"42496", "27307", "22985"}}, // wallets in continuations
		{sdnCSVDir, sdnQuartet, []string{"52816", "17016"}},          // many IDs, a continuation mid-word
		{consCSVDir, consQuartet, []string{"9647", "17013"}},
	}
	var seeds [][4][]byte
	for _, s := range sets {
		uids := map[string]bool{}
		for _, u := range s.uids {
			uids[u] = true
		}
		var seed [4][]byte
		for i := range seed {
			seed[i] = realLines(tb, filepath.Join(s.dir, s.q.name(i)), uids)
		}
		if bytes.Count(seed[0], []byte("\n")) != len(s.uids) {
			tb.Fatalf("seed %v: not every entry found in %s", s.uids, s.dir)
		}
		seeds = append(seeds, seed)
	}
	return seeds
}

func FuzzParseCSV(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s[0], s[1], s[2], s[3])
	}
	f.Fuzz(func(t *testing.T, sdn, add, alt, comments []byte) {
		l, err := ParseCSV(bytes.NewReader(sdn), bytes.NewReader(add), bytes.NewReader(alt), bytes.NewReader(comments))
		if err != nil {
			var pe *ParseError
			if l != nil || !errors.Is(err, ErrFormat) || !errors.As(err, &pe) || pe.File == "" {
				t.Fatalf("error %v (%T) with list %v: want a *ParseError naming the file, and no list", err, err, l)
			}
			return
		}
		checkCSVList(t, l)
	})
}

// checkCSVList checks what every list ParseCSV returns must satisfy.
func checkCSVList(t *testing.T, l *List) {
	t.Helper()
	if l == nil || len(l.Entries) == 0 || l.Format != FormatCSV || !l.Published.IsZero() {
		t.Fatalf("list = %+v", l)
	}
	seen := map[int]bool{}
	for _, e := range l.Entries {
		if e.UID <= 0 || seen[e.UID] {
			t.Fatalf("bad or repeated UID %d", e.UID)
		}
		seen[e.UID] = true
		if e.Name == "" || e.Name != strings.TrimSpace(e.Name) {
			t.Errorf("entry %d: name %q", e.UID, e.Name)
		}
		if _, ok := ParseKind(string(e.Kind)); !ok || e.Kind == "" {
			t.Errorf("entry %d: kind %q", e.UID, e.Kind)
		}
		if e.Kind == Vessel && e.Vessel == nil {
			t.Errorf("entry %d: a vessel without VesselInfo", e.UID)
		}
		if (e.Kind == Aircraft) != (e.Aircraft != nil) {
			t.Errorf("entry %d: kind %s, Aircraft %v", e.UID, e.Kind, e.Aircraft)
		}
		for _, a := range e.Addresses {
			if a.IsZero() {
				t.Errorf("entry %d: empty address kept", e.UID)
			}
		}
		for _, a := range e.Aliases {
			if a.Name == "" || a.Type == "" {
				t.Errorf("entry %d: alias %+v", e.UID, a)
			}
		}
		for _, p := range e.Programs {
			if p == "" || strings.ContainsAny(p, "[]") {
				t.Errorf("entry %d: program %q", e.UID, p)
			}
		}
		checkRemarkFacts(t, &e)
	}
}

// checkRemarkFacts checks what readRemarks must give for any text.
func checkRemarkFacts(t *testing.T, e *Entry) {
	t.Helper()
	for _, w := range e.Wallets {
		if w.Asset == "" || w.Address == "" || strings.Contains(w.Address, "; ") {
			t.Errorf("entry %d: wallet %+v", e.UID, w)
		}
	}
	for _, d := range e.BirthDates {
		for _, p := range []DatePart{d.From, d.To} {
			if p.Month < 0 || p.Month > 12 || p.Day < 0 || p.Day > 31 || (!p.IsZero() && (p.Year < 1000 || p.Year > 9999)) {
				t.Errorf("entry %d: date %+v", e.UID, d)
			}
		}
		if d.Text == "" {
			t.Errorf("entry %d: date with no text %+v", e.UID, d)
		}
	}
	for _, f := range e.Features {
		if f.Type == "" || f.Value == "" && f.Type == RemarkFeature {
			t.Errorf("entry %d: feature %+v", e.UID, f)
		}
	}
	for _, l := range e.Links {
		if l.Type == "" || l.UID < 0 {
			t.Errorf("entry %d: link %+v", e.UID, l)
		}
	}
}

func FuzzRemarks(f *testing.F) {
	// The joined remarks of real entries, and a few hard cases.
	l, err := Open(sdnCSVDir)
	if err != nil {
		f.Fatal(err)
	}
	for _, uid := range []int{22790, 42496, 52816, 40560, 15432, 17016, 12802, 56360} {
		f.Add(l.Entry(uid).Remarks)
	}
	f.Add("DOB circa 1970-1972; alt. DOB 01 Jan 1960 to 31 Dec 1962; a.k.a. 'AL-QA'IDA'.")
	f.Add("Passport (Iran) issued expires ; Linked To: .; Fax:; a.k.a. '")
	names := map[string]int{"HIZBALLAH": 1}
	resolve := func(n string) (int, bool) { uid, ok := names[n]; return uid, ok }
	f.Fuzz(func(t *testing.T, s string) {
		e := Entry{UID: 1, Remarks: s, Vessel: &VesselInfo{}, Aircraft: &AircraftInfo{}}
		readRemarks(&e, resolve)
		checkRemarkFacts(t, &e)
		// Every non-empty "; "-separated fact lands in exactly one place.
		facts := 0
		for _, seg := range strings.Split(s, "; ") {
			if strings.TrimSpace(seg) != "" {
				facts++
			}
		}
		got := len(e.IDs) + len(e.BirthDates) + len(e.BirthPlaces) + len(e.Nationalities) +
			len(e.Citizenships) + len(e.Aliases) + len(e.Wallets) + len(e.Links) + len(e.Features) +
			countNonEmpty(e.Gender, e.Title, e.Vessel.CallSign, e.Vessel.Type, e.Vessel.Flag, e.Vessel.Owner,
				e.Vessel.Tonnage, e.Vessel.GRT, e.Vessel.BuildYear, e.Aircraft.Model, e.Aircraft.Operator,
				e.Aircraft.TailNumber, e.Aircraft.SerialNumber, e.Aircraft.BuildDate)
		if got != facts {
			t.Errorf("%d facts in %q, %d read out", facts, s, got)
		}
	})
}
