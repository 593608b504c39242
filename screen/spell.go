package screen

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A name in Arabic letters is read by the transliteration as one guess
// (translit_semitic.go): صفدری is "safdri", مسعود "masavd". The list writes
// the same people as Safdari and Masoud, and a guess that far from the
// list's spelling finds nothing unless the list happens to give the name
// in Arabic letters too. But Arabic letters do not stand for one spelling;
// they stand for a set of them: every consonant for its usual renderings
// (ق as q, gh, k or g; ض as d, dh or z), the letters of long vowels (ا و ي)
// for vowels or for w, v and y, and the short vowels, which are not
// written, for any one vowel between two consonants. arabicSpells checks
// whether a listed Latin word is one of the spellings of a query word in
// Arabic letters, letter by letter; the listed words it checks are those
// with the word's frame of consonants (spellFrame), so that a query word
// meets "Safdari" and "Safdary", not "Sefidari" nor "Sadri".
//
// Only the words of people's names are read this way: the words of a
// firm's name in Arabic letters are mostly Arabic words for its trade, or
// English ones borrowed (abjad.go).

// spellSim is the similarity of a listed word to a query word in Arabic
// letters that spells it: as sure as two spellings the list gives one
// party (variantSim), a little more, since every letter was accounted for.
const spellSim = 0.93

// minSpellFrame is the fewest consonants of a frame the table is searched
// with: a word of one consonant (علی Ali, عیسی Isa) has too many listed
// spellings, and the transliteration finds them.
const minSpellFrame = 1

// maxSpellFrames bounds the frames of one Arabic word: the letters read
// two ways (ث ذ ض ظ ژ چ, and ل in a joined article) seldom come more than
// twice in a name.
const maxSpellFrames = 16

// maxSpellLetters is the longest word in Arabic letters read as spellings:
// no name's word is longer, and a longer one is not worth the search.
const maxSpellLetters = 24

// maxFrameSteps bounds the branches arabicFrames walks for one word.
const maxFrameSteps = 256

// maxSpellLatin is the longest listed word arabicSpells reads: positions
// are bits of a uint64.
const maxSpellLatin = 63

// spellFrame writes into buf the frame of consonants of tok, a listed word
// in lower-case ASCII: vowels, w, v, y and h dropped (Arabic writes them
// with letters that may be vowels or nothing, or the h of kh, sh, th is
// part of one letter), b and p as b, s and z as s, soft c and ch as s,
// hard c, g, j, k and q as k, ph as f, x as ks, and a doubled consonant
// once. It returns nil for a word with other characters or a frame too
// long for buf.
func spellFrame[T string | []byte](buf *[32]byte, tok T) []byte {
	out := buf[:0]
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		var next byte
		if i+1 < len(tok) {
			next = tok[i+1]
		}
		var k byte
		switch c {
		case 'a', 'e', 'i', 'o', 'u', 'w', 'v', 'y', 'h':
			continue
		case 'b':
			k = 'b'
		case 'p':
			k = 'b'
			if next == 'h' {
				k = 'f'
			}
		case 'f':
			k = 'f'
		case 't':
			k = 't'
		case 'd':
			k = 'd'
		case 's', 'z':
			k = 's'
		case 'c':
			k = 'k'
			if next == 'h' || next == 'e' || next == 'i' || next == 'y' {
				k = 's'
			}
		case 'g', 'j', 'k', 'q':
			k = 'k'
		case 'x':
			if len(out) == 0 || out[len(out)-1] != 'k' {
				if len(out) == len(buf) {
					return nil
				}
				out = append(out, 'k')
			}
			k = 's'
		case 'l', 'm', 'n', 'r':
			k = c
		default:
			return nil
		}
		if len(out) > 0 && out[len(out)-1] == k {
			continue
		}
		if len(out) == len(buf) {
			return nil
		}
		out = append(out, k)
	}
	return out
}

// frameClasses gives the pieces of frame (spellFrame) that letter i of
// the Arabic word w may write, each a string of classes, "" for none (a
// vowel letter, or a sound the Latin frame drops); nil for a letter that
// is not Arabic. Where a letter has renderings of different frames (ج as j
// or dj, خ as kh, ch or h, ة as a or at), it has one piece for each.
func frameClasses(w []rune, i int) []string {
	switch w[i] {
	case 'ب', 'پ':
		return fB
	case 'ت', 'ط', 'ٹ':
		return fT
	case 'ث':
		return fTS
	case 'ج':
		return fJ
	case 'خ':
		return fKh
	case 'غ', 'ق', 'ك', 'ک', 'گ':
		return fK
	case 'چ':
		return fCh
	case 'د', 'ڈ':
		return fD
	case 'ذ', 'ض', 'ظ':
		return fDS
	case 'ژ':
		return fZh
	case 'ز', 'س', 'ص', 'ش':
		return fS
	case 'ف':
		return fF
	case 'ر', 'ڑ', 'ڕ':
		return fR
	case 'ل', 'ڵ':
		if articleLam(w, i) {
			return fLArticle
		}
		return fL
	case 'م':
		return fM
	case 'ن', 'ں':
		return fN
	case 'ة':
		return fTehMarbuta
	case 'ي', 'ی', 'ى', 'ې', 'ێ', 'ے':
		if i == 0 {
			return fYehFirst
		}
		return fNone
	case 'ح', 'ع', 'ه', 'ھ', 'ۀ', 'ہ', 'ە', 'و', 'ۆ', 'ڤ', 'ا', 'أ', 'إ', 'آ', 'ٱ',
		'ئ', 'ؤ', 'ء', 'ـ':
		return fNone
	}
	return nil
}

var (
	fB, fT, fD, fF, fR = []string{"b"}, []string{"t"}, []string{"d"}, []string{"f"}, []string{"r"}
	fL, fM, fN, fK, fS = []string{"l"}, []string{"m"}, []string{"n"}, []string{"k"}, []string{"s"}
	fNone              = []string{""}
	fTS                = []string{"t", "s"}
	fDS                = []string{"d", "s", "t"} // dh, z, th
	fJ                 = []string{"k", "dk", "ds", "s"}
	fKh                = []string{"k", "s", "ks", ""} // kh, ch, x, h
	fCh                = []string{"s", "k", "ts"}     // ch, Turkish c, tch
	fZh                = []string{"s", "k"}
	fLArticle          = []string{"l", ""}
	fTehMarbuta        = []string{"", "t"}
	fYehFirst          = []string{"", "k"} // y, i, e, or j
)

// articleLam reports whether letter i of w, a lam, is that of an article
// inside the word before a letter it assimilates to: نصرالدین is written
// with l, and Nasruddin without.
func articleLam(w []rune, i int) bool {
	if w[i] != 'ل' || i+1 >= len(w) || !articleAlef(w, i-1) {
		return false
	}
	switch w[i+1] {
	case 'ت', 'ث', 'د', 'ذ', 'ر', 'ز', 'س', 'ش', 'ص', 'ض', 'ط', 'ظ', 'ن':
		return true
	}
	return false
}

// articleAlef reports whether letter i of w, an alef before a lam, may be
// that of an article inside the word: three letters or more before it
// (عبد, ابو, نصر) and two or more after the lam (الله, الدين), or none where
// the lam ends the word (عبدال, the article split off the next word and
// joined back); two before it (ذو) and three or more after. Alef and lam
// opening a word are split off by the normaliser; خالد, جمال, كمال and
// جمالي, جلالي hold no article.
func articleAlef(w []rune, i int) bool {
	if i < 0 || i+1 >= len(w) || w[i] != 'ا' || w[i+1] != 'ل' {
		return false
	}
	after := len(w) - (i + 2) // letters after the lam
	return i >= 3 && (after == 0 || after >= 2) || i == 2 && after >= 3
}

// arabicFrames calls fn with every frame of consonants the Arabic word w
// may have (frameClasses), at most maxSpellFrames of them; none for a word
// with a letter that is not Arabic. fn must not keep the slice.
func arabicFrames(w []rune, fn func(frame []byte)) {
	if len(w) > maxSpellLetters {
		return
	}
	var buf [32]byte
	n, steps := 0, 0
	var walk func(i int, out []byte)
	walk = func(i int, out []byte) {
		// Every branch counts, finished or not: a word whose frames all
		// overflow the buffer would otherwise be walked in exponential
		// time.
		if steps++; steps > maxFrameSteps {
			return
		}
		for ; i < len(w); i++ {
			cs := frameClasses(w, i)
			if cs == nil {
				return
			}
			if len(cs) > 1 {
				for _, c := range cs {
					if n >= maxSpellFrames {
						return
					}
					if o := appendFrame(out, c); o != nil {
						walk(i+1, o)
					}
				}
				return
			}
			if out = appendFrame(out, cs[0]); out == nil {
				return
			}
		}
		n++
		fn(out)
	}
	walk(0, buf[:0])
}

// appendFrame appends the classes of c to a frame being built in a
// [32]byte, a class equal to the last not repeated, and returns the frame
// in new storage when it branches: nil when it is full.
func appendFrame(out []byte, c string) []byte {
	if c == "" {
		return out
	}
	o := out[:len(out):cap(out)]
	for k := 0; k < len(c); k++ {
		if len(o) > 0 && o[len(o)-1] == c[k] {
			continue
		}
		if len(o) == cap(o) {
			return nil
		}
		o = append(o, c[k])
	}
	return o
}

// spellings are the Latin renderings of the Arabic consonants, as the
// list and payees write them: the list's own practice (kh, sh, th, dh,
// gh, q), the Persian one (z for ض ذ ظ, s for ث, gh for ق, v for و), the
// French of the Maghreb and the Levant (ch for ش, dj for ج, ou), the
// older English one (k for ق), Turkish ş with its cedilla folded (s for
// ش), and g for ك, which Persian typed on an Arabic keyboard writes for
// گ. A rendering of one letter may be doubled,
// as a stressed consonant (shadda) is.
var spellings = map[rune][]string{
	'ب': {"b", "p"}, 'پ': {"p", "b"}, 'ت': {"t"}, 'ط': {"t"}, 'ث': {"th", "s", "t"},
	'ج': {"j", "g", "dj", "dzh", "zh"}, 'چ': {"ch", "c", "tch"}, 'ح': {"h"},
	'خ': {"kh", "k", "h", "ch", "x"}, 'د': {"d"}, 'ذ': {"dh", "z", "th", "d"}, 'ر': {"r"},
	'ز': {"z"}, 'ژ': {"zh", "j", "z"}, 'س': {"s", "c"}, 'ص': {"s", "c"},
	'ش': {"sh", "ch", "sch", "s"}, 'ض': {"d", "dh", "z"}, 'ظ': {"z", "dh", "d", "th", "zh"},
	'غ': {"gh", "g", "q"}, 'ف': {"f", "ph"}, 'ق': {"q", "k", "gh", "g", "c", "ck"},
	'ك': {"k", "c", "ck", "q", "g"}, 'ک': {"k", "c", "ck", "q", "g"}, 'گ': {"g", "k"},
	'ل': {"l"}, 'ڵ': {"l"}, 'م': {"m"}, 'ن': {"n"}, 'ں': {"n"}, 'ڤ': {"v"},
	'ٹ': {"t"}, 'ڈ': {"d"}, 'ڑ': {"r"}, 'ڕ': {"r"},
}

// arabicSpells reports whether lat, a listed word in lower-case ASCII, is
// a spelling of w, a word in Arabic letters: each letter read as one of its
// renderings (letterSpells), and one unwritten vowel at most after each
// letter but the last (two after و and ي read as w, v or y: داود Dawood).
// A word with a letter that is not Arabic spells nothing.
func arabicSpells[T string | []byte](w []rune, lat T) bool {
	if len(lat) == 0 || len(lat) > maxSpellLatin || len(w) == 0 {
		return false
	}
	if slices.Contains(w, 'ـ') {
		// Tatweel, a stretching stroke, is no letter: a word ending
		// in one still ends in its last letter.
		w = slices.DeleteFunc(slices.Clone(w), func(r rune) bool { return r == 'ـ' })
		if len(w) == 0 {
			return false
		}
	}
	// reach holds, as bits, the positions of lat that the letters read
	// so far can have spelt up to.
	reach := uint64(1)
	for i, r := range w {
		var next uint64
		for j := 0; j <= len(lat); j++ {
			if reach&(1<<j) != 0 {
				next |= letterSpells(w, i, r, lat, j)
			}
		}
		if next == 0 {
			return false
		}
		reach = next
		if i == len(w)-1 || isAlef(r) || r == 'ع' || isAlef(w[i+1]) {
			// The letter's own reading holds its vowels, or the next
			// letter's does: خان is Khan, not Khoon; ع is a vowel or
			// none, so سعد is Saad or Sad, not Saud.
			continue
		}
		vowels := 1
		switch r {
		case 'و', 'ي', 'ی':
			vowels = 2
		}
		for k := range vowels {
			add := uint64(0)
			for j := 0; j < len(lat); j++ {
				if reach&(1<<j) != 0 && isPlainVowel(lat[j]) {
					add |= 1 << (j + 1)
					if k == 0 && vowels == 1 && lat[j] == 'o' && j+1 < len(lat) && lat[j+1] == 'u' {
						add |= 1 << (j + 2) // French ou: Moustafa, Youssouf
					}
				}
			}
			if add&^reach == 0 {
				break
			}
			reach |= add
		}
	}
	if reach&(1<<len(lat)) != 0 {
		return true
	}
	// A French mute e after a final consonant: Abderrahmane, Yassine.
	n, last := len(lat), w[len(w)-1]
	_, consonant := spellings[last]
	return consonant && n >= 3 && lat[n-1] == 'e' && !isPlainVowel(lat[n-2]) && reach&(1<<(n-1)) != 0
}

// hasPrefix reports whether s begins with p.
func hasPrefix[T string | []byte](s T, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		if s[i] != p[i] {
			return false
		}
	}
	return true
}

// isAlef reports whether r is alef, with or without hamza or madda.
func isAlef(r rune) bool {
	switch r {
	case 'ا', 'أ', 'إ', 'آ', 'ٱ':
		return true
	}
	return false
}

// isPlainVowel reports whether c is a, e, i, o or u.
func isPlainVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

// Readings of the letters of long vowels, where they write a vowel: alef
// is a (Persian also e, Central Asian o: Tohir, Hoji); waw is o or u; yeh
// is i or e, and a at a word's end (یحیی Yahya, عیسی Isa, مصطفی Mostafa; in
// Egypt and Sudan, and on an Arabic keyboard, ي is written for ى there:
// مصطفي, عيسي).
var (
	alefMid   = [...]string{"a", "aa", "e", "ae", "o"}
	alefEnd   = [...]string{"a", "aa", "ah"}
	wawVowel  = [...]string{"w", "v", "ww", "vv", "o", "u", "ou", "oo", "uu"}
	yehMid    = [...]string{"y", "yy", "i", "e", "ee", "ei", "ie", "ii", "iy"}
	yehEnd    = [...]string{"i", "y", "ee", "ey", "ei", "ie", "iy", "e", "a"}
	yehFirst  = [...]string{"y", "i", "e", "j"}
	tehMarbut = [...]string{"a", "ah", "e", "eh", "at", "et"}
	hehEnd    = [...]string{"e", "eh", "a", "ah", "ye"}
)

// letterSpells returns, as bits, the positions of lat that letter i of w
// (r) can spell up to from position j.
func letterSpells[T string | []byte](w []rune, i int, r rune, lat T, j int) uint64 {
	first, last := i == 0, i == len(w)-1
	rest := lat[j:]
	var out uint64
	// vowelRun adds the ends of a run of lo to hi vowels from j.
	vowelRun := func(lo, hi int) {
		if lo == 0 {
			out |= 1 << j
		}
		for k := 1; k <= hi && k <= len(rest) && isPlainVowel(rest[k-1]); k++ {
			if k >= lo {
				out |= 1 << (j + k)
			}
		}
	}
	lit := func(s string) {
		if hasPrefix(rest, s) {
			out |= 1 << (j + len(s))
		}
	}
	lits := func(ss []string) {
		for _, s := range ss {
			lit(s)
		}
	}
	switch r {
	case slipLetter:
		// Any letter: one or two of lat, or none.
		out |= 1 << j
		for k := 1; k <= 2 && k <= len(rest); k++ {
			out |= 1 << (j + k)
		}
		return out
	case 'ا', 'أ', 'إ', 'آ', 'ٱ':
		switch {
		case first:
			vowelRun(1, 2) // Ahmad, Ebrahim, Ibrahim, Osama, Ousama
		case articleAlef(w, i):
			vowelRun(0, 2) // an article: Abdullah, Abdollah, Abolghasem
		case last:
			lits(alefEnd[:])
		default:
			lits(alefMid[:])
		}
		return out
	case 'ع':
		if first {
			vowelRun(1, 2) // Abbas, Omar, Usman, Ali
			if len(w) > 1 && isAlef(w[1]) {
				out |= 1 << j // عا is one vowel: Adel, Amer
			}
			return out
		}
		// Inside a word, a (Saad, Shoaib), e (Saeed, Esmaeil), or
		// nothing beside a vowel (Jafar, Juma); not between two
		// consonants (سعيد is not Syed) and not i, o or u of its own
		// (سعدي is not Saidi).
		if j > 0 && isPlainVowel(lat[j-1]) || len(rest) > 0 && isPlainVowel(rest[0]) {
			out |= 1 << j
		}
		lits([]string{"a", "e", "aa"})
		return out
	case 'ء', 'ئ', 'ؤ':
		out |= 1 << j
		switch r {
		case 'ئ':
			lits([]string{"y", "i", "e"})
		case 'ؤ':
			lits([]string{"w", "u", "o"})
		}
		return out
	case 'و', 'ۆ':
		lits(wawVowel[:])
		if i == 1 && (isAlef(w[0]) || w[0] == 'ع') {
			out |= 1 << j // او, عو opening a word are o or u: Oji, Oladi, Ouda
		}
		return out
	case 'ي', 'ی', 'ى', 'ې', 'ێ', 'ے':
		if i == 1 && (isAlef(w[0]) || w[0] == 'ع') {
			out |= 1 << j // ای, عی opening a word are i or e: Imani, Isa
		}
		switch {
		case first:
			lits(yehFirst[:])
		case last:
			lits(yehEnd[:])
		default:
			lits(yehMid[:])
		}
		return out
	case 'ة':
		if !last {
			lit("t")
			lit("a")
			return out
		}
		lits(tehMarbut[:])
		return out
	case 'ه', 'ھ', 'ۀ', 'ہ', 'ە':
		lit("h")
		if r == 'ۀ' || r == 'ە' || last && j > 0 && lat[j-1] != 'i' && lat[j-1] != 'y' {
			// A final ه is silent after the vowel it marks (عبده Abdo,
			// اندريه Andre, زاده Zade), which is not i: فاطمه is not
			// Fatemi.
			out |= 1 << j
		}
		if last || r == 'ۀ' || r == 'ە' {
			lits(hehEnd[:])
		}
		return out
	}
	if articleLam(w, i) {
		out |= 1 << j // assimilated: Nasruddin
	}
	for _, s := range spellings[r] {
		if s == "c" && len(rest) >= 1 && rest[0] == 'c' && r != 'چ' {
			// A c is soft before e, i and y: it writes س there (Cemal is
			// not كامل), ك or ق elsewhere, as the frame reads it.
			soft := len(rest) >= 2 && (rest[1] == 'e' || rest[1] == 'i' || rest[1] == 'y' || rest[1] == 'h')
			if soft != (r == 'س' || r == 'ص') {
				continue
			}
		}
		if s == "p" && hasPrefix(rest, "ph") {
			continue // ph is f, whatever letter follows (صبحي is not Sophie)
		}
		lit(s)
		if len(s) == 1 && s != "x" && len(rest) >= 2 && rest[0] == s[0] && rest[1] == s[0] {
			// Doubled, as a stressed consonant is (not x, which is two).
			out |= 1 << (j + 2)
		}
	}
	return out
}

// spellTokens returns the dictionary tokens of people's names whose frame
// (spellFrame) is key. The table is built on the first query in Arabic
// letters.
func (ix *index) spellTokens(key []byte) []int32 {
	ix.spell.once.Do(func() {
		// Latin names alone: the list's names in other scripts are
		// read by the transliteration, and its guesses ("sid" for سيد)
		// are no spelling of anyone.
		ix.spell.byKey = ix.keyTokens(func(rec *nameRec) bool {
			return ix.isPerson(rec) && !strings.ContainsFunc(rec.text, func(r rune) bool {
				return r >= 0x0370 && unicode.IsLetter(r)
			})
		}, nil, func(buf *[32]byte, tok string) []byte {
			if len(tok) > maxSpellLatin {
				return nil
			}
			return spellFrame(buf, tok)
		}, minSpellFrame)
		ix.spell.keyed = make([]bool, len(ix.toks))
		for _, ids := range ix.spell.byKey {
			for _, id := range ids {
				ix.spell.keyed[id] = true
			}
		}
	})
	return ix.spell.byKey[string(key)]
}

// spellTable is the frameTable of the Latin words of people's names, and
// which tokens it holds.
type spellTable struct {
	frameTable
	keyed []bool
}

// unspeltCost is taken off the similarity of a query word in Arabic
// letters, as the transliteration reads it, to a Latin word of a person's
// name that the letters do not spell (arabicSpells): the transliteration
// guesses the vowels, and a guess close to a listed word is no evidence
// where the letters themselves rule that word out (عماد, read "amad", is
// not Ahmad; سعيد, "sayd", is not Saud). A word of minSlipLetters or more
// that spells the listed word with one slip (spellsWithSlip) pays nothing:
// a slip in a long word is a typo more often than another name.
const unspeltCost = 0.08

// slipLetter stands, in a word spellsWithSlip tries, for a letter written
// wrong or left out.
const slipLetter = '\uFFFC'

// minSlipLetters is the fewest letters of a word in Arabic letters that
// spellsWithSlip reads with a slip: in a shorter word one letter makes
// another name (عماد Imad and احمد Ahmad, سعيد Saeed and سعود Saud).
const minSlipLetters = 5

// spellsWithSlip reports whether w, a word in Arabic letters of
// minSlipLetters or more, spells lat with one letter wrong, one too many
// or one left out.
func spellsWithSlip(w []rune, lat string) bool {
	if len(w) < minSlipLetters || len(w) > maxSpellLetters {
		return false
	}
	var buf [maxSpellLetters + 1]rune
	for i := 0; i <= len(w); i++ {
		if i < len(w) {
			v := append(buf[:0], w...)
			v[i] = slipLetter // written wrong
			if arabicSpells(v, lat) {
				return true
			}
			v = append(append(buf[:0], w[:i]...), w[i+1:]...) // one too many
			if arabicSpells(v, lat) {
				return true
			}
		}
		v := append(append(append(buf[:0], w[:i]...), slipLetter), w[i:]...) // left out
		if arabicSpells(v, lat) {
			return true
		}
	}
	return false
}

// unspelt reports whether dictionary token id is a Latin word of a
// person's name that w, a word in Arabic letters, does not spell, even
// with a slip (unspeltCost). A word
// of the list's names in Arabic letters is not: its reading and the
// query's may differ where the letters are variants of one spelling (ة
// and ه, ى and ي), which no spelling rule settles.
//
// A word that only the list's names of people in Arabic letters hold is
// compared in those letters: it is unspelt when no word it was read from
// has the consonants of w (abjadConsonants), vowel letters and letters of
// one sound aside. کاظمی (Kazemi) reads "kazmi", one letter from the
// "karmi" of the listed کرمی (Karami), but its consonants are not those.
// The pair is costed, not dropped: a slip of the typist changes a
// consonant as well, and a name the rest of the query meets whole
// should still be found.
func (ix *index) unspelt(w []rune, id int32) bool {
	ix.spellTokens(nil)
	if !ix.spell.keyed[id] {
		if cs := ix.listedConsonants(id); len(cs) > 0 {
			c := abjadConsonants(w)
			return !slices.ContainsFunc(cs, func(l string) bool { return consonantsAlike(c, l) })
		}
		return false
	}
	lat := ix.toks[id].text
	return !arabicSpells(w, lat) && !spellsWithSlip(w, lat)
}

// listedLetters holds, per dictionary token, the abjadConsonants of the
// words in Arabic letters of the list's names of people that read as it;
// built on the first query in Arabic letters.
type listedLetters struct {
	once sync.Once
	of   map[int32][]string
}

// listedConsonants returns the abjadConsonants of the words in Arabic
// letters that dictionary token id was read from, or nil when no listed
// name of a person in Arabic letters holds it. Firms' names are left out:
// their long words carry typists' slips, which the rest of the name
// outweighs.
func (ix *index) listedConsonants(id int32) []string {
	ix.letters.once.Do(func() {
		m := make(map[int32][]string)
		add := func(tok, letters string) {
			id, ok := ix.dict[tok]
			if !ok {
				return
			}
			if c := abjadConsonants([]rune(letters)); !slices.Contains(m[id], c) {
				m[id] = append(m[id], c)
			}
		}
		for i := range ix.names {
			if !ix.isPerson(&ix.names[i]) || !hasAbjad(ix.names[i].text) {
				continue
			}
			srcs := arabicSources(ix.names[i].text)
			for k, s := range srcs {
				add(s.token, s.letters)
				if k+1 < len(srcs) {
					// Two words a later step joined (عبد الله).
					add(s.token+srcs[k+1].token, s.letters+srcs[k+1].letters)
				}
			}
		}
		ix.letters.of = m
	})
	return ix.letters.of[id]
}

// consonantsAlike reports whether two words' abjadConsonants are one
// spelling: the same, or, where both have five consonants or more, one
// slip apart. In fewer, one consonant makes another name: سلیمانی
// Soleimani and سلطانی Soltani.
func consonantsAlike(a, b string) bool {
	if a == b {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) < 5 || len(rb) < 5 {
		return false
	}
	return oneEditApart(ra, rb)
}

// oneEditApart reports whether a and b differ by one letter changed,
// added or left out.
func oneEditApart(a, b []rune) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a)-len(b) > 1 {
		return false
	}
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return i < len(a) && slices.Equal(a[i+1:], b[i+1:])
	}
	return slices.Equal(a[i+1:], b[i:])
}

// abjadConsonants returns the consonants of a word in Arabic letters, in
// the letter that stands for each sound: the vowel letters and hamza
// dropped but for a و or ی that begins the word (ی and ي made one), the
// letters Persian reads alike made one (ز ذ ض ظ ژ, س ث ص, ت ط, ه ح ة ھ, ق
// غ, ک ك گ), and Persian's پ and چ written as Arabic writes them (ب, ج).
func abjadConsonants(w []rune) string {
	var b strings.Builder
	for i, r := range w {
		switch r {
		case 'ا', 'آ', 'أ', 'إ', 'ء', 'ئ', 'ؤ', 'ى', 'ـ':
			continue
		case 'و':
			if i > 0 {
				continue
			}
		case 'ي', 'ی':
			if i > 0 {
				continue
			}
			r = 'ی'
		case 'ذ', 'ض', 'ظ', 'ژ':
			r = 'ز'
		case 'پ':
			r = 'ب'
		case 'چ':
			r = 'ج'
		case 'ث', 'ص':
			r = 'س'
		case 'ط':
			r = 'ت'
		case 'ح', 'ة', 'ھ', 'ۀ', 'ە':
			r = 'ه'
		case 'غ':
			r = 'ق'
		case 'ك', 'گ':
			r = 'ک'
		}
		if r >= 0x064B && r <= 0x065F || r == 0x0670 {
			continue // harakat
		}
		b.WriteRune(r)
	}
	return b.String()
}

// costedTokens returns, ascending, the tokens that lookup finds near t,
// the reading of w (whose letters are letters), other than t itself, that
// w does not spell (unspelt), and true; false when lookup's finds for t
// are not cached, so that each must be asked of unspelt. The
// answer is cached: payees share given names and surnames, and the
// looking for a slip is the dearer part of a query in Arabic letters.
func (ix *index) costedTokens(letters string, w []rune, t string) ([]int32, bool) {
	key := [2]string{letters, t}
	if ids, ok := ix.costed.Get(key); ok {
		return ids, true
	}
	fs, ok := ix.found.Peek(t)
	if !ok {
		return nil, false
	}
	var ids []int32
	for _, f := range fs {
		if f.sim < 1 && ix.unspelt(w, f.id) {
			ids = append(ids, f.id)
		}
	}
	slices.Sort(ids)
	ix.costed.Add([2]string{strings.Clone(letters), strings.Clone(t)}, ids)
	return ids, true
}

// spellable reports whether arabicSpells reads every letter of w: a word
// with a letter it does not know (Sindhi ڄ) spells nothing, and
// says nothing of what it does not spell.
func spellable(w []rune) bool {
	for i := range w {
		if frameClasses(w, i) == nil && w[i] != 'ـ' {
			return false
		}
	}
	return len(w) > 0
}

// minPairSpell is the fewest letters of a query word that is looked for as
// two listed words written together (spellPairs): محمدعلی is Mohammad Ali,
// آقااحمدی AGHA AHMADI.
const minPairSpell = 5

// pairTable maps the frames of two adjacent words of people's names,
// written together, to where they stand. It is built on the first query in
// Arabic letters that needs it.
type pairTable struct {
	once  sync.Once
	byKey map[string][]joinRef
}

// spellPairs returns the adjacent words of people's names whose frame
// written together is key.
func (ix *index) spellPairs(key []byte) []joinRef {
	ix.pairSpell.once.Do(func() {
		by := make(map[string][]joinRef)
		var fb [32]byte
		var lb []byte
		for n := range ix.names {
			rec := &ix.names[n]
			if !ix.isPerson(rec) || strings.ContainsFunc(rec.text, func(r rune) bool { return r >= 0x0370 && unicode.IsLetter(r) }) {
				continue
			}
			for pos := 0; pos+1 < len(rec.toks) && pos < 63; pos++ {
				a, b := ix.toks[rec.toks[pos]].text, ix.toks[rec.toks[pos+1]].text
				if len(a)+len(b) > maxSpellLatin {
					continue
				}
				lb = append(append(lb[:0], a...), b...)
				if k := spellFrame(&fb, lb); len(k) >= 2 {
					by[string(k)] = append(by[string(k)], joinRef{name: int32(n), pos: int32(pos)})
				}
			}
		}
		ix.pairSpell.byKey = by
	})
	return ix.pairSpell.byKey[string(key)]
}

// speltPairs calls fn with each pair of adjacent words of a person's name
// that the Arabic word letters spells written together.
func (ix *index) speltPairs(letters string, fn func(r joinRef)) {
	if utf8.RuneCountInString(letters) < minPairSpell {
		return
	}
	if ix.pairFound != nil {
		if rs, ok := ix.pairFound.Peek(letters); ok {
			for _, r := range rs {
				fn(r)
			}
			return
		}
	}
	w := []rune(letters)
	var found []joinRef
	var frames [maxSpellFrames]string
	nf := 0
	var lb [2 * (maxSpellLatin + 1)]byte
	arabicFrames(w, func(frame []byte) {
		if len(frame) < 2 {
			return
		}
		for _, f := range frames[:nf] {
			if f == string(frame) {
				return
			}
		}
		frames[nf] = string(frame)
		nf++
		for _, r := range ix.spellPairs(frame) {
			toks := ix.names[r.name].toks
			lat := append(append(lb[:0], ix.toks[toks[r.pos]].text...), ix.toks[toks[r.pos+1]].text...)
			if arabicSpells(w, lat) {
				found = append(found, r)
			}
		}
	})
	if ix.pairFound != nil {
		ix.pairFound.Add(letters, found)
	}
	for _, r := range found {
		fn(r)
	}
}

// pairCacheSize is how many query words in Arabic letters an index keeps
// the pairs of listed words of (speltPairs).
const pairCacheSize = 4096

// spelt calls fn with each dictionary token of a person's name that the
// Arabic word w spells (arabicSpells). The tokens of a word are kept in
// the index's lookup cache, under the word's letters (no token of the
// dictionary is other than ASCII).
func (ix *index) spelt(letters string, fn func(id int32)) {
	if ix.found != nil {
		if fs, ok := ix.found.Peek(letters); ok {
			for _, f := range fs {
				fn(f.id)
			}
			return
		}
	}
	w := []rune(letters)
	var fs []found
	var frames [maxSpellFrames]string
	nf := 0
	arabicFrames(w, func(frame []byte) {
		if len(frame) < minSpellFrame {
			return
		}
		for _, f := range frames[:nf] {
			if f == string(frame) {
				return // one frame reached two ways
			}
		}
		frames[nf] = string(frame)
		nf++
		// Tokens of different frames are different tokens.
		for _, id := range ix.spellTokens(frame) {
			if arabicSpells(w, ix.toks[id].text) {
				fs = append(fs, found{id, spellSim})
			}
		}
	})
	if ix.found != nil {
		ix.found.Add(letters, fs)
	}
	for _, f := range fs {
		fn(f.id)
	}
}

// spellSource is one word of a query in Arabic letters: the letters, and
// the token the transliteration made of them.
type spellSource struct {
	token, letters string
}

// arabicSources returns the words in Arabic letters of name, each with the
// token it became (the article al- split off is a word of its own).
func arabicSources(name string) []spellSource {
	n := normalizerPool.Get().(*normalizer)
	n.keepSources = true
	n.sources, n.letters = n.sources[:0], n.letters[:0]
	n.tokens(name)
	var out []spellSource
	if len(n.sources) > 0 {
		toks, letters := string(n.out), string(n.letters)
		out = make([]spellSource, len(n.sources))
		for i, sp := range n.sources {
			out[i] = spellSource{toks[sp.tok0:sp.tok1], letters[sp.let0:sp.let1]}
		}
	}
	n.keepSources = false
	normalizerPool.Put(n)
	return out
}

// sourceOf returns the Arabic letters query token t was read from: one
// word, or two adjacent ones a later step joined (عبد الله, abdallah); ""
// when t was not read from Arabic letters alone.
func sourceOf(srcs []spellSource, t string) string {
	for _, s := range srcs {
		if s.token == t {
			return s.letters
		}
	}
	for k := 0; k+1 < len(srcs); k++ {
		a, b := srcs[k].token, srcs[k+1].token
		if len(a)+len(b) == len(t) && strings.HasPrefix(t, a) && strings.HasSuffix(t, b) {
			return srcs[k].letters + srcs[k+1].letters
		}
	}
	return ""
}

// spells reports whether the query tokens [qi, qi+qn), one word or two,
// were read from Arabic letters that spell listed word lat.
func (ix *index) spells(q []qtok, qi, qn int, lat string) bool {
	var w string
	for k := qi; k < qi+qn; k++ {
		if q[k].spelt == "" {
			return false
		}
		w += q[k].spelt
	}
	return qn <= 2 && arabicSpells([]rune(w), strings.ReplaceAll(lat, " ", ""))
}
