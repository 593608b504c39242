package screen

import "testing"

func TestAbjadKey(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		// Each English word of a listed firm, and the word the firm's
		// name in Arabic letters reads as.
		{"greenland", "jarinland"},   // جرينلاند
		{"octane", "awaktan"},        // اوكتان
		{"generation", "jinirashn"},  // جينيراشن
		{"carlington", "karlinjtun"}, // کارلینجتون
		{"virgo", "firqu"},           // فیرقو
		{"petrochem", "batrukim"},    // بتروكيم
		{"dream", "darim"},           // دريم
		{"phoenix", "finiks"},
		{"exxon", "aksun"}, // a doubled x once
	} {
		if !sameAbjadKey(tc.a, tc.b) {
			var ka, kb [32]byte
			t.Errorf("%s (%s) and %s (%s): want one frame", tc.a, abjadKey(&ka, tc.a), tc.b, abjadKey(&kb, tc.b))
		}
	}
	for _, tc := range []struct{ a, b string }{
		{"octane", "nasr"},
		{"lite", "layt"},    // a frame of two letters
		{"trading", "tr4d"}, // a digit
		{"marine", "mars"},
	} {
		if sameAbjadKey(tc.a, tc.b) {
			t.Errorf("%s and %s: want no frame in common", tc.a, tc.b)
		}
	}
}

// TestScreenArabicLoanwords queries firms by the names in Arabic letters
// the list gives them, against the list without those names: the English
// words of each firm's Latin name are found through their frames of
// consonants.
func TestScreenArabicLoanwords(t *testing.T) {
	cases := []struct {
		query string
		uid   int
	}{
		{"جرينلاند اويل & غاز تريدينغ م م ح", 40972}, // Greenland Oil & Gas Trading FZE
		{"اوكتان إنرجي جروب ش. م. ح.", 52692},        // Octane Energy Group FZCO
		{"جينيراشن تريدينغ م.م.ح", 47230},            // Generation Trading FZE
		{"کارلینجتون بتروکیم ش.م.ح", 54821},          // CARLINGTON PETROCHEM FZCO
		{"دريم لايت للتجارة ش.ذ.م.م", 45941},         // Dream Lite Trading LLC
		// The reader splits ال from الکترو (electro) as from an
		// Arabic word; Persian words of the trade read as the list's.
		{"صنایع الکترو اپتیک صاایران", 45356},      // Electro Optic Sairan Industries Co.
		{"شرکت گسترش الکترونیک مبین ایران", 30874}, // IRAN MOBIN ELECTRONIC DEVELOPMENT COMPANY
	}
	remove := map[int][]string{}
	for _, c := range cases {
		remove[c.uid] = append(remove[c.uid], c.query)
	}
	s := screenerWithout(t, remove)
	for _, c := range cases {
		wantHitSaying(t, s, c.query, c.uid, "an English word in Arabic letters")
	}
	// A frame of consonants is no evidence on its own among people's
	// names, nor between words that begin one with a vowel and the other
	// with a consonant: ناصر "nasr" is not Ansar, اوزاركا (Ozarka) not
	// Shark.
	all := mustScreener(t)
	for _, c := range []struct {
		query string
		not   int
	}{
		{"ابو شریف, ناصر", 26530},         // Sarafi Ansar
		{"اوزاركا شيبينج - ش م ح", 49036}, // Shark International Shipping L.L.C
	} {
		for _, h := range all.Name(c.query) {
			if h.Entry.UID == c.not {
				t.Errorf("%q hits %d %q: %v", c.query, h.Entry.UID, h.Matched, h.Reasons)
			}
		}
	}
	// People's names are not keyed: جمال is not Kamal by its frame, and
	// Bashar alike to Bashra by their letters is not said to be an English
	// word.
	for _, q := range []string{"جمال احمد", "الأسد, بشار"} {
		for _, h := range all.Screen(Query{Name: q, MinScore: 0.5}) {
			if containsReason(h.Reasons, "English word in Arabic letters") {
				t.Errorf("%s: %q %v", q, h.Matched, h.Reasons)
			}
		}
	}
}

// A firm's coined word written back into Latin letters from its Russian
// papers meets the list's English spelling by its frame of consonants.
func TestScreenFrameWords(t *testing.T) {
	cases := []struct {
		query string
		uid   int
	}{
		{"Limited Liability Company Klaudran", 50168}, // Cloudrun LLC
		{"Limited Liability Company Galfvind", 47611}, // LIMITED LIABILITY COMPANY GULFWIND
		{"Triangulyatika", 47363},                     // Triangulatica
	}
	remove := map[int][]string{}
	for _, c := range cases {
		remove[c.uid] = append(remove[c.uid], c.query)
	}
	s := screenerWithout(t, remove)
	for _, c := range cases {
		wantHitSaying(t, s, c.query, c.uid, "spelt back from another script")
	}
	// A person's name alike at 0.9 by another rule is not labelled so
	// (GHATHAFI, Aisha).
	for _, h := range s.Name("Aisha al-Gathafi") {
		if containsReason(h.Reasons, "spelt back from another script") {
			t.Errorf("Aisha al-Gathafi: %q is labelled a firm's word spelt back: %v", h.Matched, h.Reasons)
		}
	}
	// A frame of four consonants meets by chance: Calabro is not LLC
	// Kolibri Group.
	for _, h := range s.Name("Calabro SPA") {
		if h.Entry.UID == 53331 {
			t.Errorf("Calabro SPA hits %q: %v", h.Matched, h.Reasons)
		}
	}
}
