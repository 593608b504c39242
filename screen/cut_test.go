package screen

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sanctionscreen/ofac/sdn"
	"github.com/sanctionscreen/ofac/sdn/snapshot"
)

// TestScreenCutNames checks that a firm's name cut where a payment
// message's line ends (35 characters) finds the listed name it begins,
// and that only a query of such a width is so read.
func TestScreenCutNames(t *testing.T) {
	s := mustScreener(t)
	for _, tc := range []struct {
		query string
		uid   int
	}{
		{"Open Joint-Stock Company Rosneft Oi", 17022},
		{"JOINT STOCK COMPANY SBERBANK AUTOMA", 18743},
		{"JOINT STOCK COMPANY MILITARY-INDUST", 16884},
		// Cut in the name of a state, which the listed name folds.
		{"FOREIGN TRADE BANK OF THE DEMOCRATI", 15603},
		{"CENTRAL BANK OF THE ISLAMIC REPUBLI", 4632},
		{"ROSOBORONEXPORT JSC MOSCOW RUSSIAN", 18782}, // and a city before it
	} {
		wantHitSaying(t, s, tc.query, tc.uid, "payment messages cut a name")
	}
	for _, q := range []string{
		"JOINT STOCK COMPANY SBERBANK AUT",      // 32: no width a message cuts at
		"JOINT STOCK COMPANY SBERBANK AUTOMATX", // 37
		"JOINT STOCK COMPANY SBERBANK TRADEXY",  // the last word begins no listed word after
		"Sberbank Customer Services Ltd Comp",   // not the listed name's beginning
		"JOINT STOCK COMPANY NS BANK EUROPE",    // the whole listed name and a word: nothing cut
	} {
		for _, h := range s.Screen(Query{Name: q, MinScore: 0.3}) {
			if containsReason(h.Reasons, "payment messages cut") {
				t.Errorf("%q read as cut: %q %.3f", q, h.Matched, h.Score)
			}
		}
	}
	for _, tc := range []struct{ in, rest, last string }{
		{"Open Joint-Stock Company Rosneft Oi", "Open Joint-Stock Company Rosneft", "oi"},
		{"JOINT STOCK COMPANY MILITARY-INDUST", "JOINT STOCK COMPANY MILITARY", "indust"},
		{"GENETICA IMPORT-EXPORT S.P.R. DE R.", "GENETICA IMPORT-EXPORT S.P.R. DE R", ""},
		{"Rosneft", "", ""},
		{"ROSNEFTOILCOMPANYOPENJOINTSTOCKCOMP", "", ""},
	} {
		if rest, last := cutAtWidth(tc.in); rest != tc.rest || last != tc.last {
			t.Errorf("cutAtWidth(%q) = %q, %q, want %q, %q", tc.in, rest, last, tc.rest, tc.last)
		}
	}
}

// evalMinCutFound is how many of the list's names of firms, vessels and
// bodies longer than 35 characters, cut at 35, find their entry at the
// default threshold (TestCutNamesFound), as the README gives it.
const evalMinCutFound = 2202

// TestCutNamesFound cuts every name of a firm, vessel or body that the
// list writes in Latin letters and that runs past 35 characters at 35, as
// a payment message's line does, and counts the names that still find
// their entry; and cuts the evaluation's negatives so, none of which may
// hit.
func TestCutNamesFound(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode: 3,000 queries")
	}
	list, err := snapshot.SDN()
	if err != nil {
		t.Fatal(err)
	}
	s := mustScreener(t)
	const width = 35
	var n, found, mid, foundMid, other int
	for i := range list.Entries {
		e := &list.Entries[i]
		if e.Kind == sdn.Individual {
			continue
		}
		names := []string{e.Name}
		for _, a := range e.Aliases {
			if a.Script == "" {
				names = append(names, a.Name)
			}
		}
		for _, name := range names {
			r := []rune(name)
			if len(r) <= width+2 {
				continue
			}
			n++
			inWord := r[width] != ' ' && r[width-1] != ' '
			if inWord {
				mid++
			}
			hits := s.Screen(Query{Name: string(r[:width])})
			switch {
			case slices.ContainsFunc(hits, func(h Hit) bool { return h.Entry.UID == e.UID }):
				found++
				if inWord {
					foundMid++
				}
			case len(hits) > 0:
				other++
			}
		}
	}
	t.Logf("cut at %d characters: %d names, %d found (%d of the %d cut inside a word); %d hit another entry alone",
		width, n, found, foundMid, mid, other)
	if found < evalMinCutFound {
		t.Errorf("%d cut names found, fewer than the %d the README reports", found, evalMinCutFound)
	}
	set := loadEvalSet(t)
	negs := 0
	for _, neg := range set.Negatives {
		r := []rune(neg.Name)
		for _, w := range []int{width, width - 1} {
			if len(r) <= w || utf8.RuneCountInString(strings.TrimSpace(string(r[:w]))) < width-1 {
				continue
			}
			negs++
			if hits := s.Screen(Query{Name: string(r[:w])}); len(hits) > 0 {
				t.Errorf("negative cut at %d, %q, hits %q at %.3f", w, string(r[:w]), hits[0].Matched, hits[0].Score)
			}
		}
	}
	t.Logf("%d negatives cut at %d or %d characters", negs, width, width-1)
}

func TestStateCompletions(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"FOREIGN TRADE BANK OF THE DEMOCRATI", []string{"FOREIGN TRADE BANK OF THE DEMOCRATIC PEOPLES REPUBLIC OF KOREA"}},
		{"ROSOBORONEXPORT JSC MOSCOW RUSSIAN", []string{"ROSOBORONEXPORT JSC MOSCOW RUSSIAN FEDERATION"}},
		// Two states fit: both are read.
		{"CENTRAL BANK OF THE ISLAMIC REPUBLI", []string{"CENTRAL BANK OF THE ISLAMIC REPUBLIC OF IRAN", "CENTRAL BANK OF THE ISLAMIC REPUBLIC OF AFGHANISTAN"}},
		{"NATIONAL BANK OF THE REPUBLIC OF BE", []string{"NATIONAL BANK OF THE REPUBLIC OF BELARUS"}},
		{"STATE BANK OF THE DEMOCRATIC REPUBL", nil}, // Republic of Belarus, of Cuba, of Iraq...: no saying which
		{"CENTRAL BANK OF THE REPUBLIC OF TUR", nil}, // no state of the list's
		{"JOINT STOCK COMPANY SBERBANK AUTOMA", nil},
		{"CENTRAL BANK OF THE RUSSIAN FEDERATION", nil}, // 38: no width a message cuts at
		{"SOME TRADING COMPANY LIMITED OF DEM", nil},    // too little of the word to say
	} {
		if got := stateCompletions(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("stateCompletions(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// evalMinOneWordFound is how many of TestOneWordBrands' queries find
// their entry first at the default threshold, as the README gives it.
const evalMinOneWordFound = 10721

// TestOneWordBrands queries every word of six letters or more that one
// listed firm's, vessel's or body's names alone hold, among two words or
// more, alone ("UDMURTNEFT") and with a legal form ("Udmurtneft LLC"), as
// a payee's bank may write the firm, and counts the queries whose first
// hit is that entry. Many such words are no brand ("REKONSTRUKTSII"), so
// the count is no recall: it guards against a rule that loses firms found
// by their own word.
func TestOneWordBrands(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode: 15,000 queries")
	}
	list, err := snapshot.SDN()
	if err != nil {
		t.Fatal(err)
	}
	s := mustScreener(t)
	words := func(name string) []string {
		return strings.FieldsFunc(strings.ToLower(name), func(r rune) bool {
			return (r < 'a' || r > 'z') && (r < '0' || r > '9') && r < utf8.RuneSelf
		})
	}
	holders := make(map[string]map[int]bool)
	type named struct {
		uid   int
		words []string
	}
	var firms []named
	for i := range list.Entries {
		e := &list.Entries[i]
		names := []string{e.Name}
		for _, a := range e.Aliases {
			if a.Script == "" || a.Script == "Latn" {
				names = append(names, a.Name)
			}
		}
		for _, name := range names {
			ws := words(name)
			for _, w := range ws {
				if holders[w] == nil {
					holders[w] = make(map[int]bool)
				}
				holders[w][e.UID] = true
			}
			if e.Kind != sdn.Individual && len(ws) >= 2 {
				firms = append(firms, named{e.UID, ws})
			}
		}
	}
	seen := make(map[string]bool)
	var n, found int
	for _, f := range firms {
		for _, w := range f.words {
			if len(w) < 6 || len(holders[w]) != 1 || seen[w] || strings.IndexFunc(w, func(r rune) bool {
				return r >= utf8.RuneSelf || '0' <= r && r <= '9'
			}) >= 0 {
				continue
			}
			seen[w] = true
			for _, q := range []string{strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:] + " LLC"} {
				n++
				if hits := s.Screen(Query{Name: q, Limit: 1}); len(hits) > 0 && hits[0].Entry.UID == f.uid {
					found++
				}
			}
		}
	}
	t.Logf("one word of a firm's name: %d queries, %d find their entry first", n, found)
	if found < evalMinOneWordFound {
		t.Errorf("%d one-word queries found, fewer than the %d the README reports", found, evalMinOneWordFound)
	}
}
