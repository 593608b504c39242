package screen

import (
	"testing"

	"github.com/sanctionscreen/ofac/sdn"
)

func TestCutIMO(t *testing.T) {
	for _, tc := range []struct{ in, num, rest string }{
		{"MT ADRIAN DARYA IMO 9116412", "9116412", "MT ADRIAN DARYA"},
		{"SEVASTOPOL IMO9235127", "9235127", "SEVASTOPOL"},
		{"Sevastopol (IMO 9235127)", "9235127", "Sevastopol"},
		{"IMO: 9235127 SEVASTOPOL", "9235127", "SEVASTOPOL"},
		{"M/V Gimo imo no. 9116412", "9116412", "M/V Gimo"},
		{"IMO 9235127", "9235127", ""},
		{"Vessel IMO Number: 9235127", "9235127", "Vessel"},
		{"IMO nr 9235127 SEVASTOPOL", "9235127", "SEVASTOPOL"},
		{"IMO Notice 9235127", "", "IMO Notice 9235127"},
		// No IMO number: the word is part of another, or the digits are
		// not seven.
		{"Dimo Petrov", "", "Dimo Petrov"},
		{"PRIMO IMO 123456", "", "PRIMO IMO 123456"},
		{"IMO 92351270", "", "IMO 92351270"},
		{"Imo State Oil Company", "", "Imo State Oil Company"},
		{"SEVASTOPOL IMO\t9235127", "9235127", "SEVASTOPOL"},
		{"ÀIMO 1234567", "", "ÀIMO 1234567"}, // a word that ends in imo
	} {
		num, rest, ok := cutIMO(tc.in)
		if ok != (tc.num != "") || num != tc.num || rest != tc.rest {
			t.Errorf("cutIMO(%q) = %q, %q, %v; want %q, %q", tc.in, num, rest, ok, tc.num, tc.rest)
		}
	}
}

// A vessel's IMO number finds it whatever name the query gives it, and is
// no word of the name.
func TestScreenIMO(t *testing.T) {
	s := mustAllScreener(t)
	for _, tc := range []struct {
		query string
		uid   int
	}{
		{"MT ADRIAN DARYA IMO 9116412", 27304},
		{"MT SEVASTOPOL IMO 9235127", 24513},
		{"OCEAN STAR (IMO 9116412)", 27304}, // renamed
		{"IMO 9387798", 25370},
	} {
		hits := s.Name(tc.query)
		if topUID(hits) != tc.uid || hits[0].Score != 1 || !containsReason(hits[0].Reasons, "IMO number") {
			t.Errorf("%q: top hit %d, want %d with its IMO number: %v", tc.query, topUID(hits), tc.uid, hits)
		}
	}
	// A number no entry lists is no hit; the kind does not filter an
	// identifier, as it does not a wallet.
	if hits := s.Name("IMO 1234567"); len(hits) > 0 {
		t.Errorf("IMO 1234567: %d hits, first %q", len(hits), hits[0].Matched)
	}
	if hits := s.Screen(Query{Name: "IMO 9116412", Kind: sdn.Individual}); topUID(hits) != 27304 {
		t.Errorf("IMO 9116412 with the kind of a person: top hit %d, want 27304", topUID(hits))
	}
	// A registration number of seven digits without "IMO" is a vessel's
	// IMO number.
	if hits := s.Name("IMO 8606173"); len(hits) == 0 || !containsReason(hits[0].Reasons, "Vessel Registration") {
		t.Errorf("IMO 8606173: %v", hits)
	}
}
