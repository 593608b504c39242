package screen

import (
	"math"
	"math/bits"
	"slices"
	"strings"
)

// Token-level similarity. Names reach this point as tokens of lower-case
// ASCII (normalize.go), so the measures work on bytes.

// editDistance is the optimal-string-alignment distance between a and b:
// insertions, deletions, substitutions and transpositions of adjacent
// letters each cost one. Typists transpose; OSA counts that as one slip.
// Tokens are compared on their first 64 bytes.
func editDistance(a, b string) int { return boundedDistance(a, b, math.MaxInt32) }

// maxDistanceLen is the most of each token boundedDistance reads, and the
// longest token letterSim finds alike to another but equal: no name has a
// word that long.
const maxDistanceLen = 64

// boundedDistance is editDistance when it is at most k, and k+1 when it
// is more. It fills only the cells of the table within k of its diagonal
// (a path through any other costs more than k) and stops as soon as a row
// has no cell within k.
func boundedDistance(a, b string, k int) int {
	if len(a) < len(b) {
		a, b = b, a
	}
	// No distance is more than the longer length: a larger k would only
	// overflow k+1 (math.MaxInt32 where int has 32 bits).
	k = min(k, len(a))
	if len(b) == 0 {
		return min(len(a), k+1)
	}
	if len(a) > maxDistanceLen {
		a, b = a[:maxDistanceLen], b[:min(len(b), maxDistanceLen)]
	}
	if len(a)-len(b) > k {
		return k + 1
	}
	// A common beginning and ending cost nothing: no edit of the best
	// path touches them (two letters transposed across the edge of one
	// would be two equal letters).
	for len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(b) == 0 {
		return min(len(a), k+1)
	}
	inf := k + 1
	// Three rows of at most 65 cells, on the stack. A row i holds cells
	// max(1, i-k)-1 to min(len(b), i+k)+1, the outer two inf but at
	// column 0; the next rows read no other.
	var r0, r1, r2 [maxDistanceLen + 1]int
	prev2, prev, cur := r0[:len(b)+1], r1[:len(b)+1], r2[:len(b)+1]
	for j := range prev {
		prev[j] = min(j, inf)
	}
	for i := 1; i <= len(a); i++ {
		lo, hi := max(1, i-k), min(len(b), i+k)
		cur[lo-1] = inf
		if lo == 1 {
			cur[0] = min(i, inf)
		}
		least := cur[lo-1]
		for j := lo; j <= hi; j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost, inf)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			least = min(least, v)
		}
		if hi < len(b) {
			cur[hi+1] = inf
		}
		if least > k {
			return inf
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(b)], inf)
}

// skeleton is a phonetic key for names across transliterations: the
// consonants that carry a name through Arabic, Cyrillic and Latin
// spellings, with letters that transliterations trade for one another made
// equal (among them p and b, and v, w and f, which Arabic script writes
// with one letter each: بوتين is Putin), and the vowels dropped but for a
// leading one (any leading vowel becomes "a", since Osama/Usama and
// Ibrahim/Ebrahim differ there).
// Mohammed, Muhammad and Mohamad all give "mhmd"; Yusuf, Yousef and Youssef
// "ysf"; Nicolas and Nikolaus "nkls".
func skeleton(tok string) string {
	var buf [32]byte
	return string(skeletonTo(&buf, tok))
}

// skeletonTo writes the skeleton of tok into buf, without allocating.
func skeletonTo(buf *[32]byte, tok string) []byte {
	out := buf[:0]
	var last byte
	for i := 0; i < len(tok) && len(out) < len(buf); i++ {
		c := tok[i]
		var next byte
		if i+1 < len(tok) {
			next = tok[i+1]
		}
		switch {
		case c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' && i > 0:
			if i > 0 {
				last = 0
				continue
			}
			c = 'a'
		case c == 's' && next == 'c' && i+2 < len(tok) && tok[i+2] == 'h':
			i += 2 // sch
		case (c == 'c' || c == 's' || c == 'z') && next == 'h':
			c = 's' // ch, sh, zh
			i++
		case c == 'p' && next == 'h':
			c = 'f'
			i++
		case c == 'k' && next == 'h':
			c = 'h' // kh: Khalid, Russian Х
			i++
		case c == 'g' && next == 'h':
			// gh: Persian reads غ and ق alike (Ghasemi / Qasemi), and
			// Qazi, Ghazi and Kazi are one name.
			c = 'k'
			i++
		case (c == 't' || c == 'd') && next == 'h':
			i++ // th, dh
		case c == 'd' && next == 'j':
			c = 'j' // Djamel
			i++
		case c == 'c' || c == 'q':
			c = 'k'
		case c == 'x':
			// Alexander / Aleksandr
			if last != 'k' && len(out)+1 < len(buf) {
				out = append(out, 'k')
			}
			c = 's'
		case c == 'z':
			c = 's'
		case c == 'w' || c == 'v':
			c = 'f'
		case c == 'p':
			c = 'b'
		case c == 'h' && i > 0 && next == 0:
			continue // final h: Abdallah / Abdalla
		}
		if c == last {
			continue
		}
		out = append(out, c)
		last = c
	}
	return out
}

// startClass groups first letters that transliterations trade for one
// another: any vowel (Osama / Usama), c, k and q (Qayumi / Kayyumi), s, z
// and x, v, w and f, p and b.
func startClass(c byte) byte {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return 'a'
	case 'c', 'q':
		return 'k'
	case 'z', 'x':
		return 's'
	case 'w', 'v':
		return 'f'
	case 'p':
		return 'b'
	}
	return c
}

// startOf is the startClass of tok's first letter, or of its first two
// when they are gh.
func startOf(tok string) byte {
	if len(tok) >= 2 && tok[0] == 'g' && tok[1] == 'h' {
		return 'k'
	}
	return startTab[tok[0]]
}

// startTab is startClass as a table.
var startTab = func() (t [256]byte) {
	for c := range t {
		t[c] = startClass(byte(c))
	}
	return t
}()

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// tokenSim scores two tokens in [0, 1]: 1 for equal ones. The rules
// follow what typists and transliterators do, and what they do not:
//   - short tokens (four letters or fewer) match only when they have the
//     same length and sound alike (Omar / Umar), since one letter makes
//     another name there (Ali / Al, Kim / Kin);
//   - five or six letters allow one edit; two only when the two sound
//     alike (Yusuf / Yousef);
//   - seven or more allow two edits when they begin alike, since a slip in
//     the first letter and another elsewhere is another name (Sergeeva /
//     Orgeyeva).
//
// A score is 1 - d/(L+2) for d edits in L letters (one slip in a
// six-letter name keeps 0.875), raised to skeletonSim when the two share a
// phonetic skeleton (Mohammed / Muhammad). Below minTokenSim a pair counts
// as no match.
func tokenSim(a, b string) float64 {
	s := letterSim(a, b)
	if s > 0 && s < 1 && len(a) <= 6 && len(b) <= 6 && isPinyin(a) && isPinyin(b) {
		// Two syllables of Mandarin differ as characters do: Jin is not
		// Jun, Ying is not Yong.
		return 0
	}
	if s > 0 && s < 1 && differentNames(a, b) {
		return 0
	}
	return s
}

// letterSim is tokenSim but for the rule on pinyin syllables.
func letterSim(a, b string) float64 {
	if a == b {
		return 1
	}
	if frenchW(a) || frenchW(b) {
		return frenchWSim(a, b)
	}
	if initialSound(a, b) || initialSound(b, a) {
		return shortSim
	}
	la, lb := len(a), len(b)
	if la == 0 || lb == 0 || la > maxDistanceLen || lb > maxDistanceLen {
		// No name has a word of more than maxDistanceLen letters; such a
		// token is matched exactly or not at all, as the lookups find it.
		return 0
	}
	L := max(la, lb)
	if L > 4 && (la-lb > 2 || lb-la > 2) {
		if allahName(a, b) || allahName(b, a) {
			return allahSim
		}
		if min(la, lb) >= 6 && sameKeyAs(a, b, 0) {
			// Dzhakhangir / Jahangir: Russian's dzh and kh for one
			// letter each of Central Asia's Latin alphabets.
			return translitSim
		}
		return 0
	}
	sameStart := startOf(a) == startOf(b)
	// The skeletons are computed when needed, once.
	var bufA, bufB [32]byte
	var sa, sb []byte
	skels := func() {
		if sa == nil {
			sa, sb = skeletonTo(&bufA, a), skeletonTo(&bufB, b)
		}
	}
	alike := func() bool {
		if !sameStart {
			return false
		}
		skels()
		return len(sa) >= 2 && string(sa) == string(sb)
	}
	if L <= 4 {
		if L == 3 && la == 3 && lb == 3 && differing(a, b) > 1 && !swapped(a, b) {
			// Ali / Ele, Abu / Ebi: two letters changed of three make
			// another word, alike consonants or not (two swapped do
			// not: Nwe / New).
			return 0
		}
		// Alike in consonants, two words of one length are one name
		// only if at most two letters differ (Omar / Umer), two are
		// swapped, or one ends in an English silent e (Line / Lain):
		// Joan is not Jina, nor Cook Kuac.
		oneShape := func() bool {
			return la == lb && (differing(a, b) <= 2 || swapped(a, b) || silentE(a) || silentE(b))
		}
		if !isDigit(a[0]) && (alike() && sameLabials(a, b) && (len(sa) >= 3 || oneShape()) || sameSqueezed(a, b) ||
			aspirated(a, b) || aspirated(b, a) || burmeseR(a, b) || burmeseR(b, a) || koreanVowelSpelling(a, b) || ouSpelling(a, b) ||
			finalH(a, b) || finalH(b, a)) {
			return shortSim
		}
		return 0
	}
	s := closeSim(a, b, L, sameStart, alike, &sa)
	if s < ouSim && (oSpelling(a, b) || oSpelling(b, a)) {
		// Mourad / Morad, Khosrou / Khosro, Souran / Soran: the و of
		// Arabic and Persian names written ou, as French writes u, or o.
		s = ouSim
	}
	if s < translitSim && min(la, lb) >= minKeyLen && (s > 0 || min(la, lb) >= 6) && sameKeyAs(a, b, s) {
		// Valkom / Valcom, Shklyanik / Shklianik, Kharoubi / Kharroubi,
		// Anatolyevich / Anatolijevitch, Jevgenij / Yevgeniy: one name in
		// two transliterations, vowels and all.
		s = translitSim
	}
	return s
}

// frenchW reports whether t, of five letters or more, begins with ou
// before a vowel, as French writes the w of Arabic names of the Maghreb
// and of West Africa: Oualid is Walid, Ouali Wali, Ouattara Wattara.
func frenchW(t string) bool {
	return len(t) >= 5 && t[0] == 'o' && t[1] == 'u' && (t[2] == 'a' || t[2] == 'e' || t[2] == 'i')
}

// frenchWSim is letterSim for a pair of which one begins with French's w
// (frenchW): it compares them with that w written w, and two words alike
// so are one name in two spellings. Its ou is a consonant, not a vowel a
// slip may drop: Ouali is no Ali (والي, علي), Ouahbi no Ahbi.
func frenchWSim(a, b string) float64 {
	if frenchW(a) {
		a = "w" + a[2:]
	}
	if frenchW(b) {
		b = "w" + b[2:]
	}
	s := letterSim(a, b)
	if s == 1 {
		return translitSim
	}
	return s
}

// shape is what mayMeet needs of a token besides its text: its letters
// (letterMask) and its transliteration key (keyHash).
type shape struct {
	letters, key uint64
	alt          uint64 // the other key's hash (altKeyTo), 0 for none
}

// shapeOf returns t's shape.
func shapeOf(t string) shape {
	var ab [32]byte
	return shape{letterMask(t), keyHash(t), hashKey(altKeyTo(&ab, t))}
}

// letterMask is the set of letters and digits t holds, a bit each; other
// bytes share the remaining bits.
func letterMask(t string) uint64 {
	var m uint64
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c >= 'a' && c <= 'z':
			m |= 1 << (c - 'a')
		case c >= '0' && c <= '9':
			m |= 1 << (26 + c - '0')
		default:
			m |= 1 << (36 + c%28)
		}
	}
	return m
}

// keyHash is a hash of t's transliteration key (translitKeyTo), 0 for a
// token that has none.
func keyHash(t string) uint64 {
	var kb [32]byte
	return hashKey(translitKeyTo(&kb, t))
}

// hashKey is the hash of a transliteration key, 0 for none.
func hashKey(k []byte) uint64 {
	if k == nil {
		return 0
	}
	h := uint64(14695981039346656037) // FNV-1a
	for _, c := range k {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return max(h, 1)
}

// mayMeet reports whether letterSim can find a and b (of shapes sa and
// sb) alike at all, at a fraction of its cost: a query token is compared
// with every token of every name a query reaches, and most pairs have
// nothing in common. It follows letterSim's cases. Tokens of four letters
// or fewer may meet by its rules for short words; tokens whose lengths
// differ by more than two only as a name and that name joined to Allah
// (allahName); others only within the edits closeSim allows, which cannot
// take away or bring more of the letters a token holds than there are
// edits, or by one transliteration key (sameKeyAs).
func mayMeet(a, b string, sa, sb shape) bool {
	la, lb := len(a), len(b)
	if max(la, lb) <= 4 {
		return la > 0 && lb > 0
	}
	if frenchW(a) || frenchW(b) {
		return true // letterSim compares the word with w (frenchWSim)
	}
	if max(la, lb) > maxDistanceLen {
		return a == b // letterSim matches such tokens exactly only
	}
	if la-lb > 2 || lb-la > 2 {
		return allahName(a, b) || allahName(b, a) || min(la, lb) >= 6 && sameShapeKey(sa, sb)
	}
	// closeSim allows two edits or three (from eight letters) between
	// words that begin alike, one otherwise.
	edits := 1
	if startOf(a) == startOf(b) {
		edits = 2
		if max(la, lb) >= 8 {
			edits = 3
		}
	}
	if bits.OnesCount64(sa.letters&^sb.letters) <= edits && bits.OnesCount64(sb.letters&^sa.letters) <= edits {
		return true
	}
	return sa.key != 0 && sa.key == sb.key ||
		sa.alt != 0 && (sa.alt == sb.key || sa.alt == sb.alt) || sb.alt != 0 && sb.alt == sa.key
}

// sameKeyAs reports whether a and b, of similarity s by their letters,
// have one transliteration key. Tokens that are not close in letters (s
// 0) need a key of five letters or more (and six letters each, letterSim
// asks): shorter keys meet by chance, above all where two syllables
// written together ("Yun Joo") meet a word ("Junju"). Five keep Pooria and
// Puriya (both "puria") one name.
func sameKeyAs(a, b string, s float64) bool {
	var ka, kb [32]byte
	x, y := translitKeyTo(&ka, a), translitKeyTo(&kb, b)
	if x != nil && string(x) == string(y) && (s > 0 || len(x) >= 5) {
		return true
	}
	// One written as French or German writes ch (altKeyTo).
	var aa, ab [32]byte
	xa, ya := altKeyTo(&aa, a), altKeyTo(&ab, b)
	same := func(p, q []byte) bool { return p != nil && string(p) == string(q) && (s > 0 || len(p) >= 5) }
	return same(xa, y) || same(ya, x) || same(xa, ya)
}

// minKeyLen is the length from which two tokens with one transliteration
// key are one name: shorter ones differ in too few letters to tell.
const minKeyLen = 5

// translitKeyTable writes into buf tok's transliteration key marked so
// that it cannot be mistaken for a skeleton, for the index's table.
func translitKeyTable(buf *[33]byte, tok string) []byte {
	var kb [32]byte
	return keyTable(buf, translitKeyTo(&kb, tok))
}

// altKeyTable is translitKeyTable for tok's other key (altKeyTo).
func altKeyTable(buf *[33]byte, tok string) []byte {
	var kb [32]byte
	return keyTable(buf, altKeyTo(&kb, tok))
}

// keyTable writes key k into buf, marked for the index's table.
func keyTable(buf *[33]byte, k []byte) []byte {
	if k == nil {
		return nil
	}
	buf[0] = 0
	n := copy(buf[1:], k)
	return buf[:1+n]
}

// closeSim is letterSim for tokens of five letters or more, before the
// transliteration key is compared.
func closeSim(a, b string, L int, sameStart bool, alike func() bool, sa *[]byte) float64 {
	d := boundedDistance(a, b, 3)
	switch {
	case d == 1 && (sameStart || L > 5 || sameBeginning(a, b) || sameBeginning(b, a)) && !otherOnset(a, b) && !otherOnset(b, a):
		// One slip, but in five letters or fewer not one that changes
		// how the word begins: Yong is not Myong, Vuong not Cuong; nor,
		// in longer words, one that makes another name (otherOnset).
	case d == 2 && L >= 7 && sameStart:
		if syllablesApart(a, b) {
			// One syllable for another, but for a sound two
			// romanisations write differently (Shusheng /
			// Shusang, Mandarin and Cantonese for one name).
			if alike() {
				return skeletonSim
			}
			return 0
		}
	case d == 2 && alike():
		return skeletonSim
	case d == 3 && L >= 8 && alike() && len(*sa) >= 5:
		// Alexander / Aleksandr: three edits, one sound, and a frame of
		// consonants long enough not to be chance.
		return skeletonSim
	default:
		return 0
	}
	s := 1 - float64(d)/float64(L+2)
	if s < skeletonSim && alike() {
		s = skeletonSim
	}
	if d >= 2 && s < vowelSim && min(len(a), len(b)) >= minVowelLen && vowelsApart(a, b) && !(isEnglishWord(a) && isEnglishWord(b)) {
		// Two words of the language are two words: Business is not
		// Baseness.
		s = vowelSim
	}
	if s < minTokenSim {
		return 0
	}
	return s
}

// syllablesApart reports whether a and b are each two syllables of
// pinyin, the first or the last the same and the other not: a given name
// of two characters written as one word, where another syllable is
// another character and another name (Tianyi / Tianxin, Tianyue /
// Tiankui), as it is between two syllables written apart.
func syllablesApart(a, b string) bool {
	for i := 1; i < len(a) && i <= 6; i++ {
		if !isPinyin(a[:i]) || !isPinyin(a[i:]) {
			continue
		}
		for j := 1; j < len(b) && j <= 6; j++ {
			if (a[:i] == b[:j]) != (a[i:] == b[j:]) && isPinyin(b[:j]) && isPinyin(b[j:]) {
				return true
			}
		}
	}
	return false
}

// sameBeginning reports whether a and b, of different startOf, begin as
// one word does: with their first two letters swapped (Asdiq / Sadiq),
// where a writes kh or j and b h or y, as Russian х and й are written
// (Khotu / Hotu, Jusuf / Yusuf), or where the two differ in the voicing of
// their first letter alone, as the romanisations of Korean do (Gwang /
// Kwang, Dong / Tong).
func sameBeginning(a, b string) bool {
	switch {
	case len(a) < 2 || len(b) < 2:
		return false
	case a[0] == b[1] && a[1] == b[0]:
		return true
	case a[0] == 'k' && a[1] == 'h':
		return b[0] == 'h'
	case a[0] == 'j':
		return b[0] == 'y'
	}
	return a[1:] == b[1:] && (a[0] == 'g' && b[0] == 'k' || a[0] == 'd' && b[0] == 't')
}

// nisba reports whether a is b, a word of four letters or more that ends
// in a consonant, with the i or y that makes a family name of a name in
// Persian and Arabic (the nisba): Abbasi, Ahmadi, Karimi. personSim keeps
// them apart from the given names they come from.
func nisba(a, b string) bool {
	return len(b) >= 4 && len(a) == len(b)+1 && (a[len(b)] == 'i' || a[len(b)] == 'y') && a[:len(b)] == b &&
		!isVowel(b[len(b)-1])
}

// otherOnset reports whether a and b, one slip apart, begin as two names
// do that differ in their first sound alone: Hernandez and Fernandez,
// Nasser and Yasser, Hassan and Kassan (f, y and k for h or n), Ghassan
// and Hassan (غسان and حسن). Transliterations trade many first letters
// (Ghulam / Gulam, Djamel / Jamel, Chamkhani / Shamkhani, Gamal / Jamal,
// Nodong / Rodong), so only these pairs are kept apart.
func otherOnset(a, b string) bool {
	switch {
	case len(a) == len(b)+1:
		return a[0] == 'g' && a[1:] == b && b[0] == 'h'
	case len(a) != len(b) || len(a) < 2 || a[1:] != b[1:]:
		return false
	}
	switch a[0] {
	case 'h':
		return b[0] == 'f' || b[0] == 'k'
	case 'n':
		return b[0] == 'y'
	}
	return false
}

// translitSim is the similarity of two tokens with one transliteration
// key (translitKeyTo). It is above variantSim: the key keeps the vowels,
// so two such tokens differ only in how one sound is written (Victor /
// Viktor), where the list's own pairs may differ more.
const translitSim = 0.96

// translitKeyTo writes tok's transliteration key into buf: the token with
// the letters and pairs that transliteration systems and typists use for
// one sound written as one (kh h, ch tch tsch cz, sh, shch, sch, zh dzh dj j,
// ph f, c ck q k, x ks, w v, y i, ou oo u, ee i, gu g before e or i, and
// j i where it starts the word or follows a vowel and ends the word or
// comes before a vowel other than i), and doubled letters, a final h after
// a vowel, the e of a final -ine and the y or j of a Russian е that
// starts a word or follows a vowel dropped; a final -off or -eff is -ov or
// -ev.
// Unlike the skeleton it keeps the vowels, so two tokens with one key
// differ in spelling only. A token whose key does not fit in buf has none
// (nil): a key cut short would make tokens that differ past it one name.
func translitKeyTo(buf *[32]byte, tok string) []byte {
	return translitKeyAs(buf, tok, false, false, false)
}

// sameShapeKey reports whether two shapes share a transliteration key,
// the first or the other.
func sameShapeKey(sa, sb shape) bool {
	return sa.key != 0 && sa.key == sb.key || sa.alt != 0 && (sa.alt == sb.key || sa.alt == sb.alt) || sb.alt != 0 && sb.alt == sa.key
}

// altKeyTo writes into buf tok's other transliteration key, or returns
// nil when it has none: a word that writes ou or tch may be written as
// French writes Russian and the Maghreb's Arabic, where ch is ш, sh
// (Choigou / Shoigu, Choukri / Shukri); one that writes w or sch as German
// does, where ch is х, kh (Michail / Mikhail). Its ch is read so in the
// other key, and as English's ch in the key (Choukri / Chukri,
// Kowalchuk / Kovalchuk).
//
// French also writes the Arabic ش as ch before a vowel in a word of five
// letters or more (Chami / Shami, Chaabane / Shaaban, Cheikh / Sheikh),
// which is read so too unless the word is pinyin (Chuang, Cheng), and
// writes w as ou before a vowel inside a word (Atoui / Atwi, Zarkaoui /
// Zarqawi): such a word has the other key too.
func altKeyTo(buf *[32]byte, tok string) []byte {
	var german, french, ch, chVowel, ouVowel bool
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		switch {
		case c == 'w', c == 's' && i+2 < len(tok) && tok[i+1] == 'c' && tok[i+2] == 'h':
			german = true
		case c == 'o' && i+1 < len(tok) && tok[i+1] == 'u', c == 't' && i+2 < len(tok) && tok[i+1] == 'c' && tok[i+2] == 'h':
			french = true
			if c == 'o' && i > 0 && i+2 < len(tok) && isVowel(tok[i+2]) {
				ouVowel = true
			}
		}
		if c == 'c' && i+1 < len(tok) && tok[i+1] == 'h' && (i == 0 || tok[i-1] != 's' && tok[i-1] != 't') {
			ch = true
			if i+2 < len(tok) && isVowel(tok[i+2]) {
				chVowel = true
			}
		}
	}
	switch {
	case german:
		if !ch {
			return nil
		}
		return translitKeyAs(buf, tok, true, false, false)
	case french && (ch || ouVowel):
		return translitKeyAs(buf, tok, false, true, false)
	case chVowel && len(tok) >= 5 && !isPinyin(tok) && !twoSyllables(tok):
		return translitKeyAs(buf, tok, false, true, false) // Chami, Chaabane
	case strings.ContainsAny(tok, "jx") && len(tok) >= 5 && !isPinyin(tok) && !twoSyllables(tok):
		return translitKeyAs(buf, tok, false, false, true) // Jahangir, Shoxrux
	}
	return nil
}

// translitKeyAs is translitKeyTo, with ch read as German's kh or French's
// sh, or j and x as the Latin alphabets of Central Asia and Azerbaijan
// write dzh and kh (altKeyTo).
func translitKeyAs(buf *[32]byte, tok string, german, french, turkic bool) []byte {
	out := buf[:0]
	var last byte
	at := func(i int) byte {
		if i < len(tok) {
			return tok[i]
		}
		return 0
	}
	for i := 0; i < len(tok); i++ {
		if len(out) == len(buf) {
			return nil
		}
		c, next := tok[i], at(i+1)
		switch {
		case c == 's' && next == 'h' && at(i+2) == 'c' && at(i+3) == 'h':
			c = 'S' // shch
			i += 3
		case c == 's' && next == 'c' && at(i+2) == 'h':
			c = 'S' // sch
			i += 2
		case c == 's' && next == 'h':
			c = 'S'
			i++
		case c == 't' && next == 's' && at(i+2) == 'c' && at(i+3) == 'h':
			c = 'C' // tsch, as German writes ч: Kowaltschuk / Kovalchuk
			i += 3
		case c == 't' && next == 'c' && at(i+2) == 'h':
			c = 'C' // tch
			i += 2
		case c == 'c' && next == 'h' && german:
			c = 'h'
			i++
		case c == 'c' && next == 'h' && french:
			c = 'S'
			i++
		case c == 'c' && next == 'h', c == 'c' && next == 'z' && i > 0:
			c = 'C' // ch, and Polish cz after a word's first letter: Janukowycz / Yanukovych
			i++
		case c == 'd' && next == 'z' && at(i+2) == 'h':
			c = 'j' // dzh
			i += 2
		case c == 'z' && next == 'h', c == 'd' && next == 'j':
			c = 'j' // zh, dj
			i++
		case c == 'p' && next == 'h':
			c = 'f'
			i++
		case c == 'k' && next == 'h':
			c = 'h'
			i++
		case c == 'c' && next == 'k':
			c = 'k'
			i++
		case c == 'c' || c == 'q':
			c = 'k'
		case c == 'x' && turkic:
			c = 'h'
		case c == 'j' && turkic:
			// dzh, as zh, dj and dzh are
		case c == 'x':
			if last != 'k' {
				if len(out)+2 > len(buf) {
					return nil
				}
				out = append(out, 'k')
			}
			c = 's'
		case (c == 'y' || c == 'j') && next == 'e' && (i == 0 || isVowel(tok[i-1])):
			// Russian е where it starts a name or follows a vowel:
			// Yelena / Elena / Jelena, Dmitriyev / Dmitriev, -skoye /
			// -skoe; Sergeyev / Sergeev, where "eye" reads as "ee".
			if last == 'e' {
				out[len(out)-1], last = 'i', 'i'
				i++
			}
			continue
		case c == 'j' && (isVowel(next) && next != 'i' || next == 0 && i > 0 && isVowel(tok[i-1])):
			// Jevgenij / Yevgeniy, Anatolijevich / Anatolyevich,
			// Ljudmila / Lyudmila, Tatjana / Tatyana; not before i, where
			// pinyin's j and y differ (Jing / Ying).
			c = 'i'
		case c == 'o' && french && next == 'u' && i > 0 && isVowel(at(i+2)):
			// French's ou before a vowel inside a word is w: Atoui /
			// Atwi.
			c = 'v'
			i++
		case c == 'e' && french && next == 0 && i >= 4 && tok[i-1] == 'n' && isVowel(tok[i-2]):
			// French writes a final -n as -ne: Chaabane / Shaaban.
			continue
		case c == 'w', c == 'o' && i == 0 && frenchW(tok):
			// French's ou before a vowel, first in a word, is w (frenchW).
			if c == 'o' {
				i++
			}
			c = 'v'
		case c == 'y':
			c = 'i'
		case c == 'o' && (next == 'u' || next == 'o'):
			c = 'u'
			i++
		case c == 'e' && next == 'e':
			c = 'i'
			i++
		case c == 'h' && i > 0 && next == 0 && isVowel(tok[i-1]):
			continue // Abdallah / Abdalla
		case c == 'e' && next == 0 && i >= 4 && tok[i-1] == 'n' && tok[i-2] == 'i':
			// French writes -in as -ine: Poutine / Putin, Prigojine /
			// Prigozhin, Amine / Amin, Yasmine / Yasmin. Other final
			// e's stay: Danielle is not Daniel, Denise not Denis.
			continue
		case c == 'f' && next == 'f' && at(i+2) == 0 && i >= 4 && (tok[i-1] == 'o' || tok[i-1] == 'e'):
			// French, German and the émigrés' -off and -eff are the
			// Russian -ov and -ev: Smirnoff / Smirnov, Konstantinoff /
			// Konstantinov, Lebedeff / Lebedev.
			c = 'v'
			i++
		case c == 'g' && next == 'u' && (at(i+2) == 'e' || at(i+2) == 'i'):
			// French and Spanish gu before e or i is a hard g:
			// Guennadi / Gennadiy, Evgueni / Evgeny, Sergueï / Sergei.
			i++
		}
		if c == last {
			continue
		}
		out = append(out, c)
		last = c
	}
	return out
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// sameLabials reports whether a and b write their b, p, f, v and w alike,
// w and v and ph and f counting as one: the skeleton makes p b and v f
// for Arabic script's sake, but in a word of four letters or fewer a
// changed labial is another name (Fadi / Wadi, Park / Bark, Wong / Fong).
func sameLabials(a, b string) bool {
	next := func(t string, i int) (byte, int) {
		for ; i < len(t); i++ {
			switch c := t[i]; c {
			case 'b', 'f', 'v':
				return c, i + 1
			case 'w':
				return 'v', i + 1
			case 'p':
				if i+1 < len(t) && t[i+1] == 'h' {
					return 'f', i + 2
				}
				return 'p', i + 1
			}
		}
		return 0, i
	}
	i, j := 0, 0
	for {
		var x, y byte
		x, i = next(a, i)
		y, j = next(b, j)
		if x != y {
			return false
		}
		if x == 0 {
			return true
		}
	}
}

// initialSound reports whether a is one of the romanised Korean
// syllables that begin with the r South Korea's initial-sound rule drops
// and North Korea keeps (dueumSyllables), and b that syllable without it:
// Ryong / Yong (룡 / 용), Rim / Im, Ryang / Yang, and Lim / Im as the
// South writes 林. Ryan is no such syllable, nor is Yan its form.
func initialSound(a, b string) bool {
	return len(a) == len(b)+1 && dueumSyllables[a] && a[1:] == b
}

// dueumSyllables are the syllables of initialSound.
var dueumSyllables = wordSet(`rim rin rip ryo ryok ryon ryol ryom ryong rye ryu ryuk ryul ryung ryang ryak lim`)

// aspirated reports whether a is b written with an h before its first
// consonant, as Burmese names are romanised with and without it: Htun /
// Tun, Hsan / San, Hla / La, Hmwe / Mwe.
func aspirated(a, b string) bool {
	return len(a) == len(b)+1 && len(b) >= 2 && a[0] == 'h' && a[1:] == b && !isVowel(b[0]) && b[0] != 'h'
}

// burmeseR reports whether a is b with the r that Burmese names are
// romanised with after a final a, or without: Tay Zar / Tay Za, Thandar /
// Thanda, Nilar / Nila.
func burmeseR(a, b string) bool {
	return len(a) == len(b)+1 && len(b) >= 2 && len(b) <= 3 && a[len(a)-1] == 'r' && a[:len(b)] == b && b[len(b)-1] == 'a' && !isVowel(b[0])
}

// allahName reports whether a is b joined to Allah, as Persian names are
// written with and without it: Nematollah / Nemat, Ghodratollah /
// Ghodrat, Habibullah / Habib.
func allahName(a, b string) bool {
	return len(b) >= 4 && len(a) >= len(b)+4 && a[:len(b)] == b && slices.Contains(allahEnds, a[len(b):])
}

// allahEnds are the spellings of Allah joined to a name.
var allahEnds = []string{"ollah", "ullah", "allah", "olah", "ulah", "alah", "ola", "ulla", "olla", "alla"}

// allahStems calls fn with each name t is joined to Allah with
// (allahName).
func allahStems(t string, fn func(stem string)) {
	for _, e := range allahEnds {
		if len(t) >= len(e)+4 && t[len(t)-len(e):] == e {
			fn(t[:len(t)-len(e)])
		}
	}
}

// shortKey is a key of the index's skeleton table for a short token:
// b[:n], b[0] the mark that keeps it apart from other keys (2 for a form
// of the token, b[1:n], 3 for a Korean key).
type shortKey struct {
	b [5]byte
	n uint8
}

// shortForms returns the keys of a token of four letters or fewer by which
// letterSim's rules for short words find it alike to others: its form
// without doubled letters (sameSqueezed), its form with ou and oo written
// u (ouSpelling), where these are not the token itself, and its key as a
// syllable of Korean (koreanVowelSpelling).
func shortForms(t string) (keys [3]shortKey, n int) {
	if len(t) > 4 {
		return keys, 0
	}
	k := &keys[n]
	k.b[0], k.n = 2, 1
	for i := 0; i < len(t); i++ {
		if i == 0 || t[i] != t[i-1] {
			k.b[k.n] = t[i]
			k.n++
		}
	}
	if string(k.b[1:k.n]) != t {
		n++
	}
	k = &keys[n]
	k.b[0] = 2
	k.n = uint8(1 + len(squeezeOU(k.b[1:1], t)))
	if string(k.b[1:k.n]) != t {
		n++
	}
	if c := koreanKey(t); c != 0 {
		keys[n] = koreanShortKey(c)
		n++
	}
	return keys, n
}

// koreanShortKey is the key of the skeleton table for the tokens of
// koreanKey c.
func koreanShortKey(c uint32) shortKey {
	return shortKey{b: [5]byte{3, byte(c), byte(c >> 8), byte(c >> 16), byte(c >> 24)}, n: 5}
}

// allahKey writes into buf the key under which the index's skeleton table
// holds the tokens that are stem joined to Allah, marked so that it
// cannot be mistaken for a skeleton or a transliteration key.
func allahKey(buf *[maxDistanceLen + 1]byte, stem string) []byte {
	if len(stem) >= len(buf) {
		return nil
	}
	buf[0] = 1
	n := copy(buf[1:], stem)
	return buf[:1+n]
}

// allahSim is the similarity of a name and the name joined to Allah
// (allahName): one name to an Iranian reader, but not letter for letter.
const allahSim = 0.9

// finalH reports whether a is b with an h after its final vowel, as
// transliterations write a long vowel or a final ه: Bah / Ba, Shah / Sha,
// Mah / Ma.
func finalH(a, b string) bool {
	return len(a) == len(b)+1 && len(b) >= 2 && a[len(b)] == 'h' && a[:len(b)] == b && isVowel(b[len(b)-1])
}

// swapped reports whether b is a with two adjacent letters swapped.
func swapped(a, b string) bool {
	for i := 0; i+1 < len(a); i++ {
		if a[i] != b[i] {
			return a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
		}
	}
	return false
}

// differing counts the positions at which a and b, of one length, differ.
func differing(a, b string) int {
	n := 0
	for i := range len(a) {
		if a[i] != b[i] {
			n++
		}
	}
	return n
}

const (
	minTokenSim = 0.7
	skeletonSim = 0.88
	shortSim    = 0.85
)

// isPinyin reports whether tok is one toneless syllable of Mandarin pinyin.
func isPinyin(tok string) bool {
	_, ok := slices.BinarySearch(hanziSyllables[:], tok)
	return ok
}

// koreanVowelSpelling reports whether a and b are one romanised Korean
// syllable that differ in how they write its vowel alone: the Revised
// Romanization writes eo and eu where McCune-Reischauer, as the list
// spells it, writes o and u (Seon / Son, Geum / Gum, Jeon / Jon). The
// consonants must be written alike: koreanKey also folds k and g, t and
// d, which in a short word of any other language make another name (Dan
// / Tan).
func koreanVowelSpelling(a, b string) bool {
	if a[0] != b[0] || a[len(a)-1] != b[len(b)-1] {
		return false
	}
	k := koreanKey(a)
	return k != 0 && k == koreanKey(b)
}

// ouSpelling reports whether a and b differ only in writing the vowel u
// as ou or oo, as French and English transliterations do: Bout / But
// (Бут), Nour / Nur, Noor / Nur. (Two syllables of pinyin, Lou / Lu, are
// kept apart by tokenSim.)
func ouSpelling(a, b string) bool {
	var ba, bb [8]byte
	x, y := squeezeOU(ba[:0], a), squeezeOU(bb[:0], b)
	return len(x) >= 2 && string(x) == string(y) && (len(x) < len(a) || len(y) < len(b))
}

// oSpelling reports whether a is b with one o written ou: a u after an o
// is all a has more.
func oSpelling(a, b string) bool {
	if len(a) != len(b)+1 {
		return false
	}
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	return i > 0 && a[i] == 'u' && a[i-1] == 'o' && a[i+1:] == b[i:]
}

// ouSim is the similarity of two words one o apart from ou (oSpelling):
// above minLoneSim, so that a firm's one word found so is a hit, below
// the slips' own ceiling.
const ouSim = 0.9

// squeezeOU appends tok to dst with ou and oo written u.
func squeezeOU(dst []byte, tok string) []byte {
	for i := 0; i < len(tok); i++ {
		if tok[i] == 'o' && i+1 < len(tok) && (tok[i+1] == 'u' || tok[i+1] == 'o') {
			dst = append(dst, 'u')
			i++
			continue
		}
		dst = append(dst, tok[i])
	}
	return dst
}

// sameSqueezed reports whether a and b differ only in doubled letters:
// Zaww / Zaw, Alla / Ala.
func sameSqueezed(a, b string) bool {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] != b[j] {
			return false
		}
		c := a[i]
		for i < len(a) && a[i] == c {
			i++
		}
		for j < len(b) && b[j] == c {
			j++
		}
	}
	return i == len(a) && j == len(b)
}

// silentE reports whether tok ends in a consonant and e, as English writes
// a long vowel (Line, Tire) that other scripts write with two letters
// (Лайн, تایر: Lain, Tayr).
func silentE(tok string) bool {
	n := len(tok)
	return n >= 3 && tok[n-1] == 'e' && !isVowel(tok[n-2])
}

// vowelSim is the similarity of two long words that differ in their
// vowels alone (vowelsApart): above minLoneSim, so that a word that names
// a party alone is found so ("Hizbolah" for HIZBALLAH), where a likeness
// of consonants (skeletonSim) is not; under minJoinSim, so that two words
// joined do not meet a word so.
const (
	vowelSim    = 0.888
	minVowelLen = 8
)

// vowelsApart reports whether a and b are the same letters but for the
// vowels inside them: one run of consonants after another, each the same
// once doubled letters are read as one and z as s, vowel runs of the
// same lengths between them, and the same first and last letters once a
// final h after a vowel is left out (Giovanni is not Giovanna), neither
// of them two syllables of pinyin.
// Transliterations of Arabic and Persian write short vowels as they hear
// them, and German writes z as s: Hizballah, Hezbollah, Hizbulla,
// Hisbollah.
func vowelsApart(a, b string) bool {
	if twoSyllables(a) || twoSyllables(b) {
		// In pinyin another vowel is another character: Junxiong is
		// not Jinxiang.
		return false
	}
	a, b = trimFinalH(a), trimFinalH(b)
	if a[0] != b[0] || a[len(a)-1] != b[len(b)-1] {
		return false
	}
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		// A run of vowels on each side, or none on both.
		va, vb := i < len(a) && isVowel(a[i]), j < len(b) && isVowel(b[j])
		if va != vb {
			return false
		}
		n := 0
		for i < len(a) && isVowel(a[i]) {
			i, n = i+1, n+1
		}
		for j < len(b) && isVowel(b[j]) {
			j, n = j+1, n-1
		}
		if n != 0 {
			return false // Prime Invest is not PROMINVEST
		}
		// One consonant, doubled or not, on each side.
		if i == len(a) || j == len(b) {
			return i == len(a) && j == len(b)
		}
		c := zAsS(a[i])
		if c != zAsS(b[j]) {
			return false
		}
		for i < len(a) && zAsS(a[i]) == c {
			i++
		}
		for j < len(b) && zAsS(b[j]) == c {
			j++
		}
	}
	return true
}

// trimFinalH returns t without a final h after a vowel (Abdallah /
// Abdalla), if t is longer than two letters so.
func trimFinalH(t string) string {
	if n := len(t); n > 3 && t[n-1] == 'h' && isVowel(t[n-2]) {
		return t[:n-1]
	}
	return t
}

// zAsS reads z as s.
func zAsS(c byte) byte {
	if c == 'z' {
		return 's'
	}
	return c
}

// Chinese firms' names. A Chinese firm's own word is most often two
// syllables of pinyin written as one (Hongxiang, Sanjiang, Tianyi), and
// one letter changed makes another syllable and another firm: Hongxing,
// Sanxiang, Tianyu, each a firm of its own in the same city and trade.
// tokenSim forgives such a slip as a typo, and refuses it only between
// syllables written apart, so that "Dandong Hongxing Industrial
// Development" met DANDONG HONGXIANG INDUSTRIAL DEVELOPMENT at 0.97. A
// slip that makes another syllable of a word that only Chinese firms' and
// ships' names hold is no match (index.chineseFirmWord; people's given
// names keep theirs: the list writes one person's name so and so). Two slips are left as they are: the finals n
// and ng (Minsheng for 明生), and the z, c and s that southern speakers
// write for zh, ch and sh (Zenghua, Zhenghua: one firm in the list).

// minPinyinSlip is the length of the shortest word pinyinSlip reads: Chin
// is no other syllable of China.
const minPinyinSlip = 5

// pinyinSlip reports whether a and b differ by one letter that makes
// another syllable of one of two (syllablesApart), but for the slips the
// comment above leaves.
func pinyinSlip(a, b string) bool {
	if len(a) < minPinyinSlip || len(b) < minPinyinSlip || boundedDistance(a, b, 1) != 1 || !syllablesApart(a, b) {
		return false
	}
	return !insertedAfter(a, b, "n", "g") && !insertedAfter(a, b, "zcs", "h") && !voicedFor(a, b)
}

// voicedFor reports whether a and b, of one length, differ in one letter
// that is d for t, g for k or b for p: Wade–Giles writes pinyin's d, g and
// b so (Tung, Kuang), and Korean's romanisations trade them (Dongbang,
// Tongbang).
func voicedFor(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			x, y := min(a[i], b[i]), max(a[i], b[i])
			return (x == 'd' && y == 't' || x == 'g' && y == 'k' || x == 'b' && y == 'p') && a[i+1:] == b[i+1:]
		}
	}
	return false
}

// insertedAfter reports whether the longer of a and b is the other with letter
// c inserted after one of the letters of after: insertedAfter("minsheng",
// "mingsheng", "n", "g").
func insertedAfter(a, b, after, c string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a) != len(b)+1 {
		return false
	}
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	return i > 0 && a[i] == c[0] && strings.IndexByte(after, a[i-1]) >= 0 && a[i+1:] == b[i:]
}

// twoSyllables reports whether t is two syllables of pinyin written as one
// word.
func twoSyllables(t string) bool {
	for i := 1; i < len(t) && i <= 6; i++ {
		if isPinyin(t[:i]) && isPinyin(t[i:]) {
			return true
		}
	}
	return false
}
