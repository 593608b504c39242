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
	s := mustAllScreener(t)
	for _, tc := range []struct {
		query, reason string
		uid           int
		score         float64
	}{
		{"OOO Test INN 9731001285", "Tax ID No. 9731001285 (Russia)", 41919, 1},
		{"9731001285", "Tax ID No.", 41919, 1},
		{"INN7702070139", "Tax ID No. 7702070139", 17013, 1},
		{"ИНН 7702070139", "Tax ID No. 7702070139", 17013, 1},
		{"Passport 1084010", "Passport 1084010 (Egypt)", 2676, shortIdentScore},
		{"Passport No. 1084010", "Passport 1084010 (Egypt)", 2676, shortIdentScore},
		{"AABA 670850 Y", "Tax ID No. AABA 670850 Y", 8267, 1},
		{"CNIC 35202-5400413-9", "35202-5400413-9", 12329, 1}, // the list writes "CNIC: 35202-…"
		{"KDBKKPPY", "SWIFT/BIC KDBKKPPY", 12312, 1},
		{"BENEFICIARY BANK KDBKKPPYXXX", "SWIFT/BIC KDBKKPPY", 12312, 1}, // the head office's code
		{"BIC VTBRRUMMXXX ACC 40702810", "SWIFT/BIC VTBRRUMM", 17013, 1},
		{"PINCKHPP", "SWIFT/BIC PINCKHPPXXX", 55939, 1},
	} {
		hits := s.Name(tc.query)
		if topUID(hits) != tc.uid || hits[0].Score != tc.score || !strings.Contains(strings.Join(hits[0].Reasons, "; "), tc.reason) {
			t.Errorf("%q: hits %v, want %d first at %.2f for its %s", tc.query, hitUIDs(hits), tc.uid, tc.score, tc.reason)
		}
	}
	// A short number alone, or after a word that does not name a kind of
	// identifier, is none; nor is a tax office's code (KPP), which the
	// list gives as a firm's at times, an amount, or a word of a name.
	for _, q := range []string{"1084010", "Invoice 1084010 paid", "Invoice No. 1084010", "CR 1084010", "Card 1084010",
		"VAT 1,000.60", "Order nr 002258", "ID: 000016", "USD 1,000,934.00", "PHONE NO 770 968 0457",
		"OOO ROMASHKA INN 7705123456 KPP 770501001", "KPP770501001", "MOHAMMED ABDULLAH", "Account 00000000"} {
		for _, h := range s.Name(q) {
			if strings.Contains(strings.Join(h.Reasons, "; "), "is listed for it") {
				t.Errorf("%q: identifier hit %q", q, h.Matched)
			}
		}
	}
}
