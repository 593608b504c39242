package screen

import "testing"

func TestPlaceStem(t *testing.T) {
	for _, c := range []struct {
		tok, stem string
		ok        bool
	}{
		{"kazanskii", "kazan", true},
		{"barnaulskii", "barnaul", true},
		{"tulskiy", "tul", true},
		{"permskaya", "perm", true},
		{"arzamasskoye", "arzamas", true},
		{"baikalskogo", "baikal", true},
		{"feodosiyske", "feodosiy", true},
		{"vyborgsky", "vyborg", true},
		{"uralskikh", "ural", true},
		{"omskii", "", false}, // stem too short: Omsk is one edit away
		{"sky", "", false},
		{"kazan", "", false},
		{"skoda", "", false},
	} {
		stem, ok := placeStem(c.tok)
		if stem != c.stem || ok != c.ok {
			t.Errorf("placeStem(%q) = %q, %v; want %q, %v", c.tok, stem, ok, c.stem, c.ok)
		}
	}
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"kazanskii", "kazan", true},
		{"tula", "tulskiy", true},
		{"lytkarinskii", "lytkarino", true},
		{"feodosiyske", "feodosiya", true},
		{"kazanskii", "kazakh", false},
		{"tul", "tulskiy", false}, // a town's name of four letters or more
		{"kazan", "kazna", false},
	} {
		if got := isPlacePair(c.a, c.b); got != c.want {
			t.Errorf("isPlacePair(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestScreenTownAdjectives: a Russian firm named by its town's adjective
// is found by the town's name, and the other way round, with the held-out
// writing removed from the list.
func TestScreenTownAdjectives(t *testing.T) {
	cases := []struct {
		query  string
		uid    int
		remove []string
	}{
		// JOINT STOCK COMPANY BARNAUL CARTRIDGE PLANT
		{"Aktsionernoe Obshchestvo Barnaulskii Patronnyi Zavod", 46777, []string{"Aktsionernoe Obshchestvo Barnaulskii Patronnyi Zavod"}},
		// JOINT STOCK COMPANY PERMSKIY ZAVOD MASHINOSTROITEL, a.k.a. AO
		// PERMSKIY ZAVOD MASHINOSTROITEL, JSC PERMSKY ZAVOD MASHINOSTROITEL
		{"JSC Perm Zavod Mashinostroitel", 37670, []string{"JSC Perm Plant Mashinostroitel", "Mashinostroitel Perm Factory JSC"}},
		// JOINT STOCK COMPANY KAZAN HELICOPTERS
		{"Kazanskii Helicopters", 35877, []string{"Kazan Helicopters"}},
	}
	remove := map[int][]string{}
	for _, c := range cases {
		remove[c.uid] = append(remove[c.uid], c.remove...)
	}
	s := screenerWithout(t, remove)
	for _, c := range cases {
		wantHitSaying(t, s, c.query, c.uid, "a town and the adjective made from it")
	}
}
