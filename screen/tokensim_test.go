package screen

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// randomEdit returns s with one letter substituted, inserted, deleted or
// swapped with the next, at random.
func randomEdit(rng *rand.Rand, s string) string {
	const letters = "abcdefghijklmnopqrstuvwxyz"
	b := []byte(s)
	switch i := rng.IntN(len(b) + 1); rng.IntN(4) {
	case 0: // substitute
		if i < len(b) {
			b[i] = letters[rng.IntN(len(letters))]
		}
	case 1: // insert
		b = append(b[:i], append([]byte{letters[rng.IntN(len(letters))]}, b[i:]...)...)
	case 2: // delete
		if i < len(b) && len(b) > 1 {
			b = append(b[:i], b[i+1:]...)
		}
	case 3: // swap
		if i+1 < len(b) {
			b[i], b[i+1] = b[i+1], b[i]
		}
	}
	return string(b)
}

// respell are spellings transliterations and typists trade for one another.
var respell = []struct{ from, to string }{
	{"k", "kh"}, {"c", "k"}, {"ks", "x"}, {"y", "i"}, {"v", "w"}, {"f", "ph"},
	{"u", "ou"}, {"i", "ee"}, {"ch", "tsch"}, {"j", "zh"}, {"sh", "sch"},
}

// TestMayMeet checks that mayMeet never rules out a pair letterSim finds
// alike: plainSim trusts it to skip letterSim. The pairs are the list's
// own tokens against copies with one to three random edits, against
// transliteration respellings and names joined to Allah, and against one
// another at random.
func TestMayMeet(t *testing.T) {
	ix := mustScreener(t).state.Load().names
	rng := rand.New(rand.NewPCG(1, 2))
	edit := func(s string) string { return randomEdit(rng, s) }
	pairs, close := 0, 0
	check := func(a, b string) {
		pairs++
		if letterSim(a, b) == 0 {
			return
		}
		close++
		if !mayMeet(a, b, shapeOf(a), shapeOf(b)) {
			t.Errorf("letterSim(%q, %q) = %.3f, but mayMeet rules the pair out", a, b, letterSim(a, b))
		}
	}
	for k := 0; k < 60000; k++ {
		a := ix.toks[rng.IntN(len(ix.toks))].text
		if len(a) == 0 {
			continue
		}
		b := a
		for range 1 + rng.IntN(3) {
			b = edit(b)
		}
		check(a, b)
		check(b, a)
		r := respell[rng.IntN(len(respell))]
		if i := strings.Index(a, r.from); i >= 0 {
			check(a, a[:i]+r.to+a[i+len(r.from):])
		}
		check(a, a+"ullah")
		check(ix.toks[rng.IntN(len(ix.toks))].text, a)
	}
	// French's ou for w (frenchW), against the list's words with w and
	// their neighbours; -off and -eff for the list's -ov and -ev.
	for _, tk := range ix.toks {
		if a := tk.text; len(a) >= 4 && a[0] == 'w' && (a[1] == 'a' || a[1] == 'e' || a[1] == 'i') {
			ou := "ou" + a[1:]
			check(ou, a)
			check(a, ou)
			check(ou, edit(a))
			check(edit(ou), a)
		}
		if a := tk.text; len(a) >= 5 && (strings.HasSuffix(a, "ov") || strings.HasSuffix(a, "ev")) {
			off := a[:len(a)-1] + "ff"
			check(off, a)
			check(a, off)
			check(off, edit(a))
		}
	}
	// Past maxDistanceLen: alike only when equal.
	long := strings.Repeat("a", 64)
	check(long+"bcdefg", long[1:]+"z"+"hijklm")
	check(long+"bcdefg", long+"bcdefg")
	if close < pairs/4 {
		t.Fatalf("only %d of %d pairs were alike: the test says little", close, pairs)
	}
}

// TestLookupComplete checks that the index's lookup of a query token
// reaches every dictionary token tokenSim finds alike to it: a name is
// bounded by the tokens the lookups reached, and one they missed could
// leave a name out that a lower MinScore would have scored, and found.
func TestLookupComplete(t *testing.T) {
	s := mustScreener(t)
	ix := s.state.Load().names
	set := loadEvalSet(t)
	var queries []string
	for i, c := range set.Negatives {
		if i%16 == 0 {
			queries = append(queries, c.Name)
		}
	}
	for i, c := range set.Perturbed {
		if i%16 == 0 {
			queries = append(queries, c.Query)
		}
	}
	for i, c := range set.Heldout {
		if i%16 == 0 {
			queries = append(queries, c.Query)
		}
	}
	seen := make(map[string]bool)
	var toks []string
	for _, q := range queries {
		for _, tk := range tokens(q) {
			if !seen[tk] {
				seen[tk] = true
				toks = append(toks, tk)
			}
		}
	}
	if testing.Short() {
		toks = toks[:len(toks)/8]
	}
	// And the list's own words respelled as tokenSim forgives: one or two
	// edits, a letter doubled or a double one single, a spelling traded,
	// an h before or after, Allah joined or taken off.
	rng := rand.New(rand.NewPCG(3, 4))
	for range len(toks) / 16 {
		a := ix.toks[rng.IntN(len(ix.toks))].text
		if len(a) < 2 {
			continue
		}
		i := rng.IntN(len(a))
		toks = append(toks, randomEdit(rng, a), randomEdit(rng, randomEdit(rng, a)),
			a[:i]+a[i:i+1]+a[i:], strings.Replace(a, a[i:i+1]+a[i:i+1], a[i:i+1], 1),
			"h"+a, a+"h", a+"ullah", strings.TrimSuffix(a, "ullah"), strings.TrimSuffix(a, "ollah"))
		if r := respell[rng.IntN(len(respell))]; strings.Contains(a, r.from) {
			toks = append(toks, strings.Replace(a, r.from, r.to, 1))
		}
		if r := respell[rng.IntN(len(respell))]; strings.Contains(a, r.to) {
			toks = append(toks, strings.Replace(a, r.to, r.from, 1))
		}
	}
	// French's ou for w (frenchW): every listed word that begins with w
	// before a vowel, so written. And every listed -ov and -ev written
	// -off and -eff, as the émigrés write them.
	for _, tk := range ix.toks {
		if a := tk.text; len(a) >= 4 && a[0] == 'w' && (a[1] == 'a' || a[1] == 'e' || a[1] == 'i') {
			toks = append(toks, "ou"+a[1:])
		}
		if a := tk.text; len(a) >= 5 && (strings.HasSuffix(a, "ov") || strings.HasSuffix(a, "ev")) {
			toks = append(toks, a[:len(a)-1]+"ff")
		}
	}
	if len(toks) < 100 {
		t.Fatalf("only %d query tokens", len(toks))
	}
	pairs, missed := 0, 0
	for _, tk := range toks {
		got := make(map[int32]bool)
		ix.lookup(tk, true, func(id int32) bool { return got[id] }, func(id int32, _ float64) { got[id] = true })
		for id := range ix.toks {
			if tokenSim(tk, ix.toks[id].text) == 0 {
				continue
			}
			pairs++
			if !got[int32(id)] {
				if missed++; missed <= 20 {
					t.Errorf("lookup(%q) did not reach %q (%.3f)", tk, ix.toks[id].text, tokenSim(tk, ix.toks[id].text))
				}
			}
		}
	}
	t.Logf("%d query tokens, %d alike dictionary tokens, %d not reached", len(toks), pairs, missed)
}

// TestVowelsApart: long words that differ in their vowels alone are one
// name transliterated; another consonant, another length of a vowel run,
// another last letter or pinyin's syllables are not.
func TestVowelsApart(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"hizbolah", "hizballah", true},
		{"hizbulla", "hizballah", true}, // a final h after a vowel left out
		{"hisbollah", "hizballah", true},
		{"giovanni", "giovanna", false}, // another last letter
		{"primeinvest", "prominvest", false},
		{"junxiong", "jinxiang", false}, // pinyin
		{"hizbollah", "hizbullah", true},
		{"martinez", "martinas", false},
	} {
		if got := vowelsApart(tc.a, tc.b); got != tc.want {
			t.Errorf("vowelsApart(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
	s := mustAllScreener(t)
	for _, q := range []string{"Hizbolah", "Hizbulla", "Hisbollah"} {
		if hits := s.Name(q); topUID(hits) != 4697 {
			t.Errorf("%q: top hit %d, want HIZBALLAH (4697)", q, topUID(hits))
		}
	}
	if hits := s.Name("Prime Invest"); len(hits) > 0 {
		t.Errorf("Prime Invest: %d hits, first %q %.2f", len(hits), hits[0].Entry.Name, hits[0].Score)
	}
}

// TestPinyinSlip: a letter that makes another syllable of a firm's word of
// two is another firm's word; the finals n and ng, z for zh, and Wade–Giles'
// t for d are not.
func TestPinyinSlip(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"hongxing", "hongxiang", true},
		{"sanxiang", "sanjiang", true},
		{"tianyu", "tianyi", true},
		{"zhenhong", "zhenrong", true},
		{"minsheng", "mingsheng", false}, // n and ng
		{"zenghua", "zhenghua", false},   // z for zh
		{"tongbang", "dongbang", false},  // t for d
		{"chin", "china", false},         // too short to say
		{"hongxiang", "hongxiang", false},
		{"hongxiang", "hongxian", false}, // n and ng again
		{"hongxiang", "hongxiangg", false},
	} {
		if got := pinyinSlip(tc.a, tc.b); got != tc.want {
			t.Errorf("pinyinSlip(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
