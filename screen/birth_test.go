package screen

import "testing"

func TestCutBirth(t *testing.T) {
	for _, tc := range []struct {
		in, rest, clause, date string
	}{
		{"Nabil Sayadi DOB 01/01/1966", "Nabil Sayadi", "DOB 01/01/1966", "1966"},
		{"Nabil Sayadi, D.O.B.: 1966-01-01", "Nabil Sayadi", "D.O.B.: 1966-01-01", "1966-01-01"},
		{"M. Nabil Sayadi, né le 01/01/1966 à Tripoli (Liban)", "M. Nabil Sayadi", "né le 01/01/1966 à Tripoli (Liban)", "1966"},
		{"SAYADI NABIL NE LE 01/01/1966", "SAYADI NABIL", "NE LE 01/01/1966", "1966"},
		{"Ivan Petrov, born 12.03.1965 in Omsk", "Ivan Petrov", "born 12.03.1965 in Omsk", "1965"},
		{"Ivan Petrov born in Omsk", "Ivan Petrov", "born in Omsk", ""},
		{"Ivan Petrov, date of birth 12 March 1965", "Ivan Petrov", "date of birth 12 March 1965", "1965"},
		{"Hans Müller geb. 12.03.1965", "Hans Müller", "geb. 12.03.1965", "1965"},
		{"Juan Pérez, nacido el 3 de mayo de 1970", "Juan Pérez", "nacido el 3 de mayo de 1970", "1970"},
		{"Петров Иван Иванович, 1965 г.р.", "Петров Иван Иванович", "1965 г.р.", "1965"},
		{"Nabil Sayadi, place of birth Tripoli", "Nabil Sayadi", "place of birth Tripoli", ""},
		{"Chiheb Ayari POB Tunis", "Chiheb Ayari", "POB Tunis", ""},
		{"Nabil Sayadi, lieu de naissance Tripoli 1966", "Nabil Sayadi", "lieu de naissance Tripoli 1966", ""}, // a place's number is no year
		// After née and geb. a maiden name, then the date.
		{"Mme Bouchra CHAOUKAT née AL-ASSAD le 24 octobre 1960", "Mme Bouchra CHAOUKAT née AL-ASSAD", "le 24 octobre 1960", "1960"},
		{"Marie Müller geb. Schmidt am 3.5.1970", "Marie Müller geb. Schmidt", "am 3.5.1970", "1970"},
		// The clause ends where another name begins.
		{"Mokhtar Belmokhtar, né le 1er juin 1972 à Ghardaïa, dit Laaouar", "Mokhtar Belmokhtar dit Laaouar", "né le 1er juin 1972 à Ghardaïa", "1972"},
		// Two years: the date is not read.
		{"Ivan Petrov DOB 1965 or 1966", "Ivan Petrov", "DOB 1965 or 1966", ""},
	} {
		rest, clause, date, ok := cutBirth(tc.in)
		if !ok || rest != tc.rest || clause != tc.clause || date != tc.date {
			t.Errorf("cutBirth(%q) = %q, %q, %q, %v; want %q, %q, %q", tc.in, rest, clause, date, ok, tc.rest, tc.clause, tc.date)
		}
	}
	// No clause: a cue that begins the name, a word of a name, a cue with
	// no date after it, a maiden name.
	for _, in := range []string{"Born Free Foundation", "Osborne Holdings 2020", "Anne Born", "Müller geb. Schmidt",
		"AL-ASSAD née AKHRAS Asma", "Ne Win", "DOB 1966", "John Smith", "Anne-Marie Dob Trading",
		"Muhammad Haris Dar POB 2004 Lahore"} { // a post office box
		if rest, clause, _, ok := cutBirth(in); ok {
			t.Errorf("cutBirth(%q) = %q, %q; want no clause", in, rest, clause)
		}
	}
}

// A birth date after the name is left out of it and read as the query's
// birth date: it agrees, or contradicts, as BirthDate would.
func TestScreenBirthClause(t *testing.T) {
	s := mustScreener(t)
	hits := s.Name("Nabil Sayadi DOB 01/01/1966")
	if topUID(hits) != 7326 {
		t.Fatalf("Nabil Sayadi DOB 01/01/1966: %v", hits)
	}
	with := s.Screen(Query{Name: "Nabil Sayadi", BirthDate: "1966"})
	if len(with) == 0 || with[0].Score != hits[0].Score {
		t.Errorf("the date in the name scored %.3f, as BirthDate %v", hits[0].Score, with)
	}
	wantFirst(t, s, map[string]int{
		"M. Nabil Sayadi, né le 01/01/1966 à Tripoli (Liban)": 7326,
		"Riad Toufic Salamé, né le 17/07/1950 à Antélias":     44584,
	})
	if h := s.Name("Nabil SAYADI, born 1950"); len(h) > 0 && h[0].Entry.UID == 7326 {
		t.Errorf("a birth year that contradicts the list's still hit: %.3f", h[0].Score)
	}
}
