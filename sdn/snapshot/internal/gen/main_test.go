package main

import (
	"go/format"
	"strings"
	"testing"
	"time"

	"github.com/sanctionscreen/ofac/sdn"
)

func TestParseGiven(t *testing.T) {
	for _, c := range []struct {
		in    string
		want  time.Time
		month bool
		bad   bool
	}{
		{in: ""},
		{in: "2025-12", want: time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC), month: true},
		{in: "2025-12-09", want: time.Date(2025, 12, 9, 0, 0, 0, 0, time.UTC)},
		{in: "12/2025", bad: true},
		{in: "2025-13", bad: true},
		{in: "2025-02-30", bad: true},
	} {
		got, month, err := parseGiven(c.in)
		if (err != nil) != c.bad || !got.Equal(c.want) || month != c.month {
			t.Errorf("parseGiven(%q) = %v, %v, %v", c.in, got, month, err)
		}
		if err != nil && !strings.Contains(err.Error(), c.in) {
			t.Errorf("parseGiven(%q): error %q does not name the input", c.in, err)
		}
	}
}

// The Go file states a date given by hand as such, and is valid Go under
// every prefix.
func TestGoSource(t *testing.T) {
	l := &sdn.List{Published: time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC), Entries: make([]sdn.Entry, 3)}
	for _, c := range []struct {
		prefix, given string
		month, dir    bool
		want, not     []string
	}{
		{prefix: "", want: []string{"var Published = time.Date(2025, 12, 1,", "printed in the official file", "const Entries = 3"}, not: []string{"by hand", "Note"}},
		{prefix: "Consolidated", given: "2025-12", month: true, dir: true,
			want: []string{"var ConsolidatedPublished = time.Date(2025, 12, 1,", "given by hand", "the month of the files", "const ConsolidatedPublishedNote", "folder of official files", "const ConsolidatedEntries = 3"}},
		{prefix: "X", given: "2025-12-01", want: []string{"given by hand\n// (2025-12-01)", "const XPublishedNote = \"given by hand"}, not: []string{"month"}},
	} {
		src := goSource(c.prefix, "files", c.dir, l, c.given, c.month)
		b, err := format.Source(src)
		if err != nil {
			t.Fatalf("%q: not Go: %v\n%s", c.prefix, err, src)
		}
		for _, w := range c.want {
			if !strings.Contains(string(b), w) {
				t.Errorf("%q: lacks %q:\n%s", c.prefix, w, b)
			}
		}
		for _, w := range c.not {
			if strings.Contains(string(b), w) {
				t.Errorf("%q: says %q:\n%s", c.prefix, w, b)
			}
		}
	}
}
