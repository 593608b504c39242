package screen

import (
	"strings"
	"testing"
)

func TestIdentKey(t *testing.T) {
	var buf [maxIdentLen]byte
	for in, want := range map[string]string{
		"AABA 670850 Y": "AABA670850Y",
		"95-4227517":    "954227517",
		"kdbkkppy":      "KDBKKPPY",
		"0430.033.662":  "0430033662",
		"Иван":          "",
	} {
		if got := string(identKey(buf[:], in)); got != want {
			t.Errorf("identKey(%q) = %q, want %q", in, got, want)
		}
	}
}

// A listed identifier among the name's words finds its entry, whatever
// the name; a short number needs a word that says what it is.
func TestScreenIdentifiers(t *testing.T) {
	s := mustScreener(t)
	for _, tc := range []struct {
		query, reason string
		uid           int
	}{
		{"OOO Test INN 9731001285", "Tax ID No. 9731001285 (Russia)", 41919},
		{"9731001285", "Tax ID No.", 41919},
		{"Passport 1084010", "Passport 1084010 (Egypt)", 2676},
		{"AABA 670850 Y", "Tax ID No. AABA 670850 Y", 8267},
		{"KDBKKPPY", "SWIFT/BIC KDBKKPPY", 12312},
		{"BENEFICIARY BANK KDBKKPPYXXX", "SWIFT/BIC KDBKKPPY", 12312}, // the head office's code
		{"PINCKHPP", "SWIFT/BIC PINCKHPPXXX", 55939},
	} {
		hits := s.Name(tc.query)
		if topUID(hits) != tc.uid || hits[0].Score != 1 || !strings.Contains(strings.Join(hits[0].Reasons, "; "), tc.reason) {
			t.Errorf("%q: hits %v, want %d first for its %s", tc.query, hitUIDs(hits), tc.uid, tc.reason)
		}
	}
	// A short number alone, or after a word that says nothing of it, is
	// no identifier; nor is a word of a name.
	for _, q := range []string{"1084010", "Invoice 1084010 paid", "MOHAMMED ABDULLAH", "Account 00000000"} {
		for _, h := range s.Name(q) {
			if strings.Contains(strings.Join(h.Reasons, "; "), "is listed for it") {
				t.Errorf("%q: identifier hit %q", q, h.Matched)
			}
		}
	}
}
