package screen

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
)

// scriptPair is one line of testdata/script_pairs.tsv: a name part as the
// OFAC list writes it in an original script and in Latin letters, for the
// same party and alias (extracted by screen/internal/gen/scriptpairs from
// the advanced XML; see its doc comment for the command).
type scriptPair struct {
	script, part, orig, latin string
}

func readScriptPairs(t testing.TB) []scriptPair {
	t.Helper()
	f, err := os.Open("testdata/script_pairs.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var pairs []scriptPair
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for line := 1; sc.Scan(); line++ {
		if line == 1 {
			continue // header
		}
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) != 5 {
			t.Fatalf("script_pairs.tsv:%d: %d fields, want 5", line, len(fields))
		}
		pairs = append(pairs, scriptPair{scriptGroup(fields[0]), fields[2], fields[3], fields[4]})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return pairs
}

// scriptGroup merges the list's script codes that are one writing system.
func scriptGroup(code string) string {
	switch code {
	case "Hans", "Hant":
		return "Chinese"
	case "Hang", "Korean":
		return "Korean"
	}
	return code
}

// agreement counts, over the Latin tokens of the pairs, how many are
// matched by the transliteration of the original: by one of its tokens or
// by up to three consecutive ones joined (Chinese and Korean give a token
// per syllable where the Latin joins them: "Guoying"), at edit distance 0,
// at most 1 and at most 2.
type agreement struct{ n, exact, d1, d2 int }

func (a *agreement) add(orig, latin string) {
	tr := tokens(orig)
	for _, l := range tokens(latin) {
		best := len(l)
		for i := range tr {
			joined := ""
			for j := i; j < len(tr) && j < i+3; j++ {
				joined += tr[j]
				best = min(best, levenshtein(l, joined))
			}
		}
		a.n++
		if best == 0 {
			a.exact++
		}
		if best <= 1 {
			a.d1++
		}
		if best <= 2 {
			a.d2++
		}
	}
}

func (a agreement) share(k int) float64 { return float64(k) / float64(max(a.n, 1)) }

func (a agreement) String() string {
	return fmt.Sprintf("%4d Latin tokens: exact %5.1f%%  ≤1 %5.1f%%  ≤2 %5.1f%%",
		a.n, 100*a.share(a.exact), 100*a.share(a.d1), 100*a.share(a.d2))
}

func isPersonPart(part string) bool {
	return part != "Entity Name" && part != "Vessel Name" && part != "Aircraft Name"
}

func measure(pairs []scriptPair, person bool) map[string]*agreement {
	m := map[string]*agreement{}
	for _, p := range pairs {
		if isPersonPart(p.part) != person {
			continue
		}
		a := m[p.script]
		if a == nil {
			a = new(agreement)
			m[p.script] = a
		}
		a.add(p.orig, p.latin)
	}
	return m
}

// TestTransliterationAgreement measures transliteration on the list itself:
// the share of the list's Latin tokens that the transliteration of the
// same name's original-script form reproduces. Floors sit just below what
// the current tables achieve, so that a regression fails. Entity names are
// reported apart and not held to a floor: most are translated ("Central
// Bank of ..."), not transliterated.
func TestTransliterationAgreement(t *testing.T) {
	pairs := readScriptPairs(t)
	// Floors for share within edit distance 2, person name parts, for the
	// scripts with enough pairs in the fixture to mean something.
	floors := map[string]float64{
		"Cyrl":     0.97,
		"Arab":     0.73,
		"Chinese":  0.88,
		"Korean":   0.97,
		"Grek":     0.76,
		"Japanese": 0.05, // kanji read as Chinese: see translit_han.go
	}
	person := measure(pairs, true)
	entity := measure(pairs, false)
	scripts := make([]string, 0, len(person))
	for s := range person {
		scripts = append(scripts, s)
	}
	sort.Strings(scripts)
	for _, s := range scripts {
		a := person[s]
		t.Logf("%-8s persons  %v", s, a)
		if e := entity[s]; e != nil {
			t.Logf("%-8s entities %v", s, e)
		}
		if floor, ok := floors[s]; ok && a.share(a.d2) < floor {
			t.Errorf("%s: %.1f%% of Latin tokens within distance 2, floor %.1f%%", s, 100*a.share(a.d2), 100*floor)
		}
	}
}

// TestTransliterationSystems compares, on the same pairs, the systems this
// package chose with the alternatives, so that the choice stays measured:
// BGN/PCGN against ICAO 9303 for Cyrillic, McCune-Reischauer against the
// Revised Romanization for Korean, Arabic with and without the inserted
// first vowel.
func TestTransliterationSystems(t *testing.T) {
	pairs := readScriptPairs(t)
	chosen := measure(pairs, true)
	compare := func(name, script string, set func(alt bool)) {
		set(true)
		alt := measure(pairs, true)[script]
		set(false)
		c := chosen[script]
		t.Logf("%-8s chosen %v", script, c)
		t.Logf("%-8s %-6s %v", script, name, alt)
		// Exact, ≤1 and ≤2 matches added up: a system that is closer on
		// the whole wins.
		if a, b := alt.exact+alt.d1+alt.d2, c.exact+c.d1+c.d2; a > b {
			t.Errorf("%s: %s agrees better with the list (%d vs %d)", script, name, a, b)
		}
	}
	compare("ICAO", "Cyrl", func(alt bool) { icaoCyrillic = alt })
	compare("RR", "Korean", func(alt bool) {
		if alt {
			hangul = &hangulRR
		} else {
			hangul = &hangulMR
		}
	})
	compare("novowel", "Arab", func(alt bool) { arabicVowelInsertion = !alt })
	compare("noalef", "Arab", func(alt bool) { alefVowelInsertion = !alt })
	compare("noPersian", "Arab", func(alt bool) { persianReading = !alt })
}

func levenshtein(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func TestKoreanKey(t *testing.T) {
	same := [][2]string{
		{"jong", "chong"}, {"gyu", "kyu"}, {"bong", "pong"}, {"jin", "chin"},
		{"hyong", "hyeong"}, {"cha", "ja"}, {"tok", "dok"}, {"sun", "seun"},
	}
	for _, p := range same {
		if a, b := koreanKey(p[0]), koreanKey(p[1]); a == 0 || a != b {
			t.Errorf("koreanKey(%q) = %#x, koreanKey(%q) = %#x: want one key", p[0], a, p[1], b)
		}
	}
	differ := [][2]string{{"jong", "jung"}, {"kim", "kin"}, {"pak", "pang"}, {"ri", "ra"}}
	for _, p := range differ {
		if a, b := koreanKey(p[0]), koreanKey(p[1]); a == b {
			t.Errorf("koreanKey(%q) = koreanKey(%q) = %#x", p[0], p[1], a)
		}
	}
	for _, tok := range []string{"maduro", "nicolas", "strength", "x", "aaa"} {
		if k := koreanKey(tok); k != 0 {
			t.Errorf("koreanKey(%q) = %#x, want none: not one syllable", tok, k)
		}
	}
}

// The table koreanKey looks syllables up in gives what parsing them
// gives, for every string of up to four letters and for the syllables of
// up to six letters the table is built from, changed by one letter.
func TestKoreanKeyTable(t *testing.T) {
	var try func(s []byte)
	try = func(s []byte) {
		if k, p := koreanKey(string(s)), parseKorean(string(s)); len(s) >= 2 && k != p {
			t.Fatalf("koreanKey(%q) = %#x, parsed %#x", s, k, p)
		}
		if len(s) == 4 {
			return
		}
		for c := byte('a'); c <= 'z'; c++ {
			try(append(s, c))
		}
	}
	try(nil)
	for syl := range koreanKeys() {
		for i := range len(syl) {
			for c := byte('a'); c <= 'z'; c++ {
				s := []byte(syl)
				s[i] = c
				if k, p := koreanKey(string(s)), parseKorean(string(s)); k != p {
					t.Fatalf("koreanKey(%q) = %#x, parsed %#x", s, k, p)
				}
			}
		}
	}
}

func TestVoicedSyllable(t *testing.T) {
	for _, tc := range []struct{ prev, syl, want string }{
		{"jang", "kang", "gang"}, // after ng
		{"tae", "tong", "dong"},  // after a vowel
		{"hap", "jang", "jang"},  // after p: no change
		{"chon", "chon", "jon"},
		{"kim", "pong", "bong"},
		{"hap", "kang", "kang"},
	} {
		if got := voicedSyllable(tc.prev, tc.syl); got != tc.want {
			t.Errorf("voicedSyllable(%q, %q) = %q, want %q", tc.prev, tc.syl, got, tc.want)
		}
	}
}

// A firm's name in Hangul, written as one word, finds the list's name
// whose syllables are joined with their initials voiced.
func TestScreenHangulJoined(t *testing.T) {
	s := screenerWithout(t, map[int][]string{36298: {"합장강무역회사"}})
	if got := topUID(s.Name("합장강무역회사")); got != 36298 {
		t.Errorf("합장강무역회사: top hit %d, want 36298 (Hapjanggang Trading Corporation)", got)
	}
}
