package screen

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// Korean names reach the list romanised by several systems at once:
// McCune-Reischauer ("Chong-chol", "Kyu", "Pong"), the Revised
// Romanization ("Jong-cheol", "Gyu", "Bong") and habit ("Jong", "Young").
// The systems differ in how they write the voicing of a first consonant
// and the quality of a vowel, which a one-syllable token has no room to
// absorb as an edit. koreanKey reads a token as one romanised syllable
// and writes it with those differences folded, so that the list's own
// pairs of one party's names (learnVariants) find one another.

// koreanInitials are the first consonants of a syllable in the spellings
// the list uses, longest first, with the class each folds to.
var koreanInitials = []struct{ spell, class string }{
	{"tch", "c"}, {"jj", "c"}, {"ch", "c"}, {"j", "c"},
	{"kk", "k"}, {"k", "k"}, {"g", "k"},
	{"tt", "t"}, {"t", "t"}, {"d", "t"},
	{"pp", "p"}, {"p", "p"}, {"b", "p"},
	{"ss", "s"}, {"sh", "s"}, {"s", "s"},
	{"h", "h"}, {"m", "m"}, {"n", "n"}, {"r", "l"}, {"l", "l"},
}

// koreanVowels are the vowels, longest first, folded: McCune-Reischauer's
// ŏ and ŭ lose their breve in the list ("o", "u") where the Revised
// Romanization writes "eo" and "eu".
var koreanVowels = []struct{ spell, class string }{
	{"yeo", "yo"}, {"yae", "ye"}, {"wae", "we"}, {"weo", "wo"},
	{"eo", "o"}, {"eu", "u"}, {"ae", "e"}, {"oe", "we"}, {"ui", "ui"},
	{"ya", "ya"}, {"ye", "ye"}, {"yo", "yo"}, {"yu", "yu"},
	{"wa", "wa"}, {"wo", "wo"}, {"we", "we"}, {"wi", "wi"},
	{"a", "a"}, {"e", "e"}, {"i", "i"}, {"o", "o"}, {"u", "u"},
}

// koreanFinals are the final consonants, folded as they sound.
var koreanFinals = []struct{ spell, class string }{
	{"ng", "ng"}, {"n", "n"}, {"m", "m"}, {"l", "l"}, {"r", "l"},
	{"k", "k"}, {"g", "k"}, {"t", "t"}, {"d", "t"}, {"p", "p"}, {"b", "p"},
	{"", ""},
}

// koreanKey returns tok folded as one romanised Korean syllable, as a
// number that is the same for the same folded syllable, or 0 when tok is
// not one syllable.
func koreanKey(tok string) uint32 {
	if len(tok) < 2 || len(tok) > 6 {
		return 0
	}
	return koreanKeys()[tok]
}

// koreanKeys maps every romanised syllable to its koreanKey: the index
// build asks for the key of every short token, and one lookup costs less
// than parsing the token. Every syllable parseKorean accepts is the
// spelling of an initial (or none), a vowel and a final, so building the
// map from those spellings misses none.
var koreanKeys = sync.OnceValue(func() map[string]uint32 {
	m := make(map[string]uint32, 8192)
	for _, ini := range append([]struct{ spell, class string }{{}}, koreanInitials...) {
		for _, v := range koreanVowels {
			for _, f := range koreanFinals {
				s := ini.spell + v.spell + f.spell
				if k := parseKorean(s); k != 0 {
					m[s] = k
				}
			}
		}
	}
	return m
})

// parseKorean is koreanKey, reading tok letter by letter.
func parseKorean(tok string) uint32 {
	if len(tok) < 2 || len(tok) > 6 {
		return 0
	}
	for i := 0; i < len(tok); i++ {
		if !koreanLetter[tok[i]] {
			return 0 // f, q, v, x, z, digits: no romanised syllable has them
		}
	}
	rest := tok
	ini := 0
	for i, c := range koreanInitials {
		if strings.HasPrefix(rest, c.spell) {
			rest, ini = rest[len(c.spell):], koreanInitialClass[i]
			break
		}
	}
	vow := 0
	for i, v := range koreanVowels {
		if strings.HasPrefix(rest, v.spell) {
			rest, vow = rest[len(v.spell):], koreanVowelClass[i]
			break
		}
	}
	if vow == 0 {
		return 0
	}
	for i, f := range koreanFinals {
		if rest == f.spell {
			return uint32(ini)<<16 | uint32(vow)<<8 | uint32(koreanFinalClass[i])
		}
	}
	return 0
}

// The classes of koreanInitials, koreanVowels and koreanFinals as small
// numbers (1 + the first index with that class), for koreanKey.
var koreanInitialClass, koreanVowelClass, koreanFinalClass = classNumbers(len(koreanInitials), func(i int) string { return koreanInitials[i].class }),
	classNumbers(len(koreanVowels), func(i int) string { return koreanVowels[i].class }),
	classNumbers(len(koreanFinals), func(i int) string { return koreanFinals[i].class })

func classNumbers(n int, class func(int) string) []int {
	out := make([]int, n)
	first := make(map[string]int)
	for i := range n {
		c := class(i)
		if _, ok := first[c]; !ok {
			first[c] = i + 1
		}
		out[i] = first[c]
	}
	return out
}

// koreanLetter holds the letters romanised Korean syllables are written
// with.
var koreanLetter = func() (m [256]bool) {
	for _, c := range "abcdeghijklmnoprstuwy" {
		m[c] = true
	}
	return m
}()

// voicedSyllable returns syl, a romanised Korean syllable, as it is
// written after prev within one word: an initial k, t, p or ch after a
// vowel or a final n, m, l or ng is voiced, g, d, b or j.
func voicedSyllable(prev, syl string) string {
	if prev == "" || syl == "" {
		return syl
	}
	last := prev[len(prev)-1]
	if !isVowel(last) && last != 'n' && last != 'm' && last != 'l' && last != 'g' {
		return syl
	}
	switch {
	case strings.HasPrefix(syl, "ch"):
		return "j" + syl[2:]
	case syl[0] == 'k':
		return "g" + syl[1:]
	case syl[0] == 't':
		return "d" + syl[1:]
	case syl[0] == 'p':
		return "b" + syl[1:]
	}
	return syl
}

// A Latin name that reads as Korean (koreanName) may write a syllable in
// the Revised Romanization that the list writes as McCune-Reischauer
// does: Gi for Ki, Beom for Pom, Seob for Sop and Sub. In such a name, a
// short word meets the listed words of its koreanKey, with the voicing of
// an initial and the quality of a vowel folded, at koreanSim; outside one,
// letterSim keeps short words that differ so apart (Dan / Tan, Gil /
// Kil).

// koreanSim is the similarity of two romanisations of one Korean syllable
// in a Korean name: the systems write ㄱ g and k, and k for ㅋ too.
const koreanSim = 0.88

// koreanFamilyNames are the family names of koreanSurnames that no pinyin
// syllable spells: a name that holds one and is all syllables is Korean.
var koreanFamilyNames = func() map[string]bool {
	m := make(map[string]bool)
	for _, line := range koreanSurnames {
		for _, w := range strings.Fields(line) {
			if !isPinyin(w) {
				m[w] = true
			}
		}
	}
	return m
}()

// koreanName reports whether ts, two to four words, is a Korean name:
// one of them a Korean family name, every other a romanised syllable.
func koreanName(ts []string) bool {
	if len(ts) < 2 || len(ts) > 4 {
		return false
	}
	family := false
	for _, t := range ts {
		f := koreanFamilyNames[t]
		if !f && koreanKey(t) == 0 {
			return false // Choi, Koo and Park are spelt as no syllable is
		}
		family = family || f
	}
	return family
}

// koreanSpellings calls fn with the listed words of four letters or fewer
// that are t, a syllable of a Korean name, in another romanisation: of its
// koreanKey, and where t writes the Revised Romanization's eo, of the key
// with u for it, as habit writes ŏ (Seob, Sub).
func (ix *index) koreanSpellings(t string, fn func(id int32)) {
	if len(t) > 4 {
		return
	}
	for _, w := range [2]string{t, eoAsU(t)} {
		if c := koreanKey(w); c != 0 {
			k := koreanShortKey(c)
			for _, id := range ix.skeletons.getBytes(k.b[:k.n]) {
				fn(id)
			}
		}
	}
}

// eoAsU returns t with its first eo written u, or "" when t has none.
func eoAsU(t string) string {
	if i := strings.Index(t, "eo"); i >= 0 {
		return t[:i] + "u" + t[i+2:]
	}
	return ""
}

// sameKoreanSyllable reports whether a and b are one Korean syllable as
// koreanSpellings reads it.
func sameKoreanSyllable(a, b string) bool {
	k := koreanKey(b)
	return k != 0 && (koreanKey(a) == k || koreanKey(eoAsU(a)) == k)
}

// northSurnames maps a family name as South Korea writes it, its first
// ㄹ dropped or made ㄴ by the rule of a word's first sound, to the form
// North Korea keeps, which the list romanises: 이 is RI there (리), 양
// RYANG, 염 RYOM, 노 RO.
var northSurnames = map[rune]rune{
	'이': '리', '임': '림', '유': '류', '양': '량', '여': '려', '연': '련', '염': '렴',
	'노': '로', '나': '라', '용': '룡', '육': '륙', '예': '례', '뇌': '뢰',
}

// northKoreanReading returns a name in Hangul whose family name, first,
// South Korea writes without the ㄹ North Korea keeps (이병철), with the
// North's (리병철, RI, Pyong Chol), or "" when it is not one. The name is
// three or four Hangul syllables, and nothing else but spaces, commas,
// hyphens, points and middle dots.
func northKoreanReading(name string) string {
	name = strings.TrimSpace(name)
	first, size := utf8.DecodeRuneInString(name)
	north, ok := northSurnames[first]
	if !ok {
		return ""
	}
	syllables := 0
	for _, r := range name {
		switch {
		case r >= 0xAC00 && r <= 0xD7A3:
			syllables++
		case r == ' ' || r == ',' || r == '-' || r == '.' || r == '·':
		default:
			return ""
		}
	}
	// A family name and one syllable (이진) is as often part of a
	// longer name: RI, Jin Hyok is no 이진.
	if syllables < 3 || syllables > 4 {
		return "" // and a firm's name (이란석유공사) is longer
	}
	return string(north) + name[size:]
}

// hangulPersonName reports whether name is a Korean's name in Hangul as
// Korea writes it, family name first: two to four syllables, in one word
// (김정은) or a family name of one syllable apart from the rest (김 정은).
// A name of other words (블라디미르 푸틴) is a foreign one, in its own
// order; one with a comma (김, 정은) is read in the list's order.
func hangulPersonName(name string) bool {
	words, syllables, first := 0, 0, 0
	inWord := false
	for _, r := range name {
		switch {
		case r == ' ':
			inWord = false
			continue
		case r < 0xAC00 || r > 0xD7A3:
			return false // most names, at their first letter
		}
		if !inWord {
			words++
			inWord = true
		}
		if words == 1 {
			first++
		}
		syllables++
	}
	return words >= 1 && words <= 2 && (words == 1 || first == 1) && syllables >= 2 && syllables <= 4
}
