package screen

import "testing"

func TestSomaliReading(t *testing.T) {
	s := mustScreener(t)
	ix := s.state.Load().names
	for _, tc := range []struct{ name, want string }{
		{"NAJI, Cali Axmed", "naji, ali ahmed"},
		{"Maxamed Cabdullaahi Xasan", "mahamed abdullahi hasan"},
		{"XIRSI, Xasan Cabdilaahi", "hirsi, hasan abdilahi"},
		{"Cumar Faarax", "umar farah"},
		// Not Somali: x and c as English, Spanish and pinyin write
		// them, and no word that becomes a listed given name.
		{"Alexander Cox", ""},
		{"Carlos Garcia", ""},
		{"Xavier Ximenez", ""},
		{"Meng Xun", ""},
		{"Cao Xi", ""},
		{"Isaac Mohamed", ""}, // a final c after a vowel stays
		{"Маxамед", ""},       // not ASCII
	} {
		if got := ix.somaliReading(tc.name); got != tc.want {
			t.Errorf("somaliReading(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// A payee's record in Somali spelling finds the party the list writes in
// the English way.
func TestScreenSomaliNames(t *testing.T) {
	// Without the aliases that are the queries themselves.
	s := screenerWithout(t, map[int][]string{
		40217: {"NAJI, Cali Axmed"},
		43088: {"MAXAMED, Mohamed Cumar"},
	})
	for _, tc := range []struct {
		query string
		uid   int
	}{
		{"Cali Axmed Naji", 40217},        // NAJI, Ali Ahmed
		{"MAXAMED, Mohamed Cumar", 43088}, // MOHAMED, Mohamed Omar
	} {
		hits := s.Name(tc.query)
		if got := topUID(hits); got != tc.uid {
			t.Errorf("%q: top hit %d, want %d", tc.query, got, tc.uid)
			continue
		}
		if !containsReason(hits[0].Reasons, "Somali") {
			t.Errorf("%q: reasons do not say the name was read as Somali: %v", tc.query, hits[0].Reasons)
		}
	}
}

// A listed name in Somali spelling is found by its English spelling, in
// Latin letters.
func TestListedSomaliSpelling(t *testing.T) {
	s := mustScreener(t)
	wantFirst(t, s, map[string]int{
		"Abdi Roobow":            43067, // ROOBOW, Cabdi
		"Abdi Muhammad Dhufaaye": 39636, // DHUFAAYE, Cabdi Muhammad
	})
	for _, h := range s.Name("محمود علي") {
		if h.Entry.UID == 43064 {
			t.Errorf("محمود علي: hit CALI, Maxamed through its English spelling at %.3f", h.Score)
		}
	}
}
