package screen

import (
	"bytes"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Normalisation turns a name, in any script and whatever tricks were played
// on it, into tokens of lower-case ASCII letters and digits, so that the
// index and the scorer compare like with like. The steps, in order:
//
//  1. Ill-formed UTF-8 and control characters become separators; invisible
//     characters (zero-width spaces and joiners, bidi controls, soft hyphen,
//     variation selectors: Unicode's Default_Ignorable_Code_Point) are
//     removed, so "Pu\u200Btin" stays one word.
//  2. NFKC folds compatibility forms: full-width "ＰＵＴＩＮ", mathematical
//     "𝐏𝐔𝐓𝐈𝐍", ligatures, Arabic presentation forms, circled letters.
//  3. Words are split at every character that is not a letter, digit or
//     combining mark. Apostrophes inside a word are dropped (O'Brien →
//     obrien); hyphens split (al-Baghdadi → al baghdadi): joined and split
//     spellings are the scorer's business, and a split keeps both parts
//     findable. Combining marks are dropped (diacritics).
//  4. Within a word, look-alike letters of another script are mapped to the
//     script most of the word is written in (confusables.go): a Latin word
//     with a Cyrillic "а" becomes all Latin, a Cyrillic word with a Latin
//     "o" all Cyrillic.
//  5. Every script is transliterated to Latin (translit*.go); Han and Hangul
//     give one token per syllable, as their Latin forms usually do
//     ("Kim Jong Un", "Hong Ri").
//  6. Latin letters lose their diacritics and are lower-cased; the few that
//     do not decompose (ß, æ, ø, ł...) are spelled out.
//
// The steps 1, 2 and 6 are also exposed as transform.Transformers for
// callers and tests that want one step alone (ignorables, compatFold,
// stripMarks, caseFold); tokens runs them fused, in one pass, because it is
// on the path of every query.

// ignorables removes the characters that render as nothing: Unicode's format
// characters (Cf: ZWSP, ZWJ, ZWNJ, bidi controls, word joiner, BOM, soft
// hyphen), variation selectors and the other default-ignorable code points.
var ignorables = runes.Remove(runes.Predicate(isIgnorableSlow))

// compatFold folds compatibility variants (width, font, ligature,
// presentation forms) to their plain letters.
var compatFold transform.Transformer = norm.NFKC

// stripMarks removes diacritics: decompose, drop nonspacing marks, compose.
var stripMarks = transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)

// caseFold folds case the Unicode way (full case folding: "ß" → "ss").
func caseFold() transform.Transformer { return cases.Fold() }

// hehReadsE reports whether the ه that clean ends with, before a
// non-joiner and then rest, is the vowel e: the suffix ی or ای follows,
// and the ه does not follow ا, آ or ل, after which it is the consonant
// h (شاه Shah, الله Allah: اسدالله‌زاده is Asadollahzadeh).
func hehReadsE(clean []byte, rest string) bool {
	before, ok := bytes.CutSuffix(clean, []byte("ه"))
	if !ok {
		return false
	}
	if p, _ := utf8.DecodeLastRune(before); p == 'ا' || p == 'آ' || p == 'ل' {
		return false
	}
	rest = strings.TrimPrefix(rest, "ا")
	next, _ := utf8.DecodeRuneInString(rest)
	return next == 'ی' || next == 'ي'
}

// detachedSuffix reports whether rest, after a space, is the suffix ای
// (or اي, اى) alone, a word of its own, and clean ends in an Arabic
// letter: the suffix belongs to that word.
func detachedSuffix(clean []byte, rest string) bool {
	if len(rest) < 4 || rest[0] != 0xD8 || rest[1] != 0xA7 { // ا
		return false
	}
	y, size := utf8.DecodeRuneInString(rest[2:])
	if y != 'ی' && y != 'ي' && y != 'ى' {
		return false
	}
	if after := rest[2+size:]; after != "" && after[0] != ' ' && after[0] != ',' {
		return false
	}
	last, _ := utf8.DecodeLastRune(clean)
	return last >= 0x0620 && last <= 0x06D5
}

// zwnj is the zero-width non-joiner, U+200C.
const zwnj = '\u200c'

func isIgnorable(r rune) bool {
	if r < 0x10000 {
		bits := ignorableBMP()
		return bits[r>>6]&(1<<(r&63)) != 0
	}
	return isIgnorableSlow(r)
}

func isIgnorableSlow(r rune) bool {
	return unicode.In(r, unicode.Cf, unicode.Variation_Selector, unicode.Other_Default_Ignorable_Code_Point)
}

// ignorableBMP is isIgnorableSlow as a bitmap over the Basic Multilingual
// Plane (8 KiB), built on first use: the range tables cost a binary search
// per character, on the path of every query.
var ignorableBMP = sync.OnceValue(func() *[1 << 10]uint64 {
	var bits [1 << 10]uint64
	for r := rune(0x80); r < 0x10000; r++ {
		if isIgnorableSlow(r) {
			bits[r>>6] |= 1 << (r & 63)
		}
	}
	return &bits
})

// isApostrophe reports whether r is an apostrophe-like mark that joins the
// parts of a word (O'Brien, Ma'mun, Qur’an) rather than separating words.
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '`', '\u00B4', '\u2018', '\u2019', '\u201B', '\u2032', '\u02B9', '\u02BB', '\u02BC', '\u02BD', '\u02BE', '\u02BF', '\u02C8', '\uFF07':
		return true
	}
	return false
}

// tokens returns the normalised tokens of name: non-empty strings of
// lower-case ASCII letters and digits, in the order of the name. Joining
// them with spaces and calling tokens again gives them back unchanged.
func tokens(name string) []string {
	if isASCII(name) {
		return andLetters(asciiTokens(name))
	}
	n := normalizerPool.Get().(*normalizer)
	t := n.tokens(name)
	normalizerPool.Put(n)
	return andLetters(t)
}

// andLetters joins two letters with the word "and" between them into one
// token, as ampJoin joins them with an ampersand: "S AND P" is sp. It
// works on tokens, whatever separates them, so that its output reads
// the same again.
func andLetters(toks []string) []string {
	for i := 1; i+1 < len(toks); i++ {
		if toks[i] != "and" || len(toks[i-1]) != 1 || len(toks[i+1]) != 1 || !isLetter(toks[i-1][0]) || !isLetter(toks[i+1][0]) {
			continue
		}
		w := toks[i-1] + toks[i+1]
		if generic[w] || courtesy[w] || oneWordLegal(w) {
			continue
		}
		toks[i-1] = w
		toks = slices.Delete(toks, i, i+2)
	}
	return toks
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' }

var normalizerPool = sync.Pool{New: func() any { return new(normalizer) }}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// asciiClass classifies ASCII bytes for the fast path.
var asciiClass = func() (t [128]byte) {
	for c := '0'; c <= '9'; c++ {
		t[c] = byte(c)
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = byte(c)
		t[c-'a'+'A'] = byte(c)
	}
	t['\''] = '\''
	t['`'] = '\''
	return t
}()

// asciiTokens is tokens for names of ASCII only: no normalisation needed,
// two allocations (one when the name is already normalised).
func asciiTokens(s string) []string {
	// Count the tokens and check whether s is already in normal form
	// (lower-case words separated by single spaces), in which case the
	// tokens are substrings of s.
	n, clean := 0, true
	in := false
	for i := 0; i < len(s); i++ {
		c := asciiClass[s[i]]
		switch {
		case c == '\'':
			clean = false
			if in && i+1 < len(s) && asciiClass[s[i+1]] > '\'' {
				continue // inside a word: joins
			}
			in = false
		case c != 0:
			if !in {
				n++
				in = true
			}
			if c != s[i] {
				clean = false
			}
		default:
			if s[i] != ' ' || i == 0 || i == len(s)-1 || s[i-1] == ' ' {
				clean = false
			}
			in = false
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]string, 0, n)
	if clean {
		for len(s) > 0 {
			i := strings.IndexByte(s, ' ')
			if i < 0 {
				out = append(out, s)
				break
			}
			out = append(out, s[:i])
			s = s[i+1:]
		}
		return out
	}
	var b strings.Builder
	b.Grow(len(s))
	ends := make([]int, 0, 16)
	in = false
	for i := 0; i < len(s); i++ {
		c := asciiClass[s[i]]
		switch {
		case c == '\'':
			if in && i+1 < len(s) && asciiClass[s[i+1]] > '\'' {
				continue
			}
			if in {
				ends = append(ends, b.Len())
			}
			in = false
		case c != 0:
			b.WriteByte(c)
			in = true
		default:
			if in {
				if j := ampJoin(s, i); j >= 0 {
					i = j - 1
					continue
				}
				ends = append(ends, b.Len())
			}
			in = false
		}
	}
	if in {
		ends = append(ends, b.Len())
	}
	return splitAt(b.String(), ends, out)
}

// Letters joined by an ampersand. Firms are named with two or three
// letters and an ampersand between them: S&P Global, R&D Solutions, B&W
// CONSULTING, AT&T. Read as two words of one letter each, such letters
// stood for the initials of a listed firm's words ("S&P Global" met
// Pullman Global Solutions, "R&D Solutions LLC" Russian Digital
// Solutions, at 0.93 and 0.94), and the list's own S&C TRADE PTY read as
// the legal form S.C. So words of at most two letters joined by "&" are
// one word ("s&p" is sp), and so are single letters with spaces around
// the "&" ("S & P"). Payment messages, whose character set has no "&",
// write "S+P" and "S AND P": read so too (andLetters). Longer words stay
// apart: IMP&EXP is imp exp.

// ampJoin reports, for a word of ASCII letters that ends at s[i], where
// the word after an ampersand at s[i:] begins when the two are to be read
// as one (see above), or -1.
func ampJoin[T string | []byte](s T, i int) int {
	letter := func(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
	wordish := func(c byte) bool { return letter(c) || '0' <= c && c <= '9' || c >= utf8.RuneSelf || c == '\'' }
	j := i
	for j < len(s) && s[j] == ' ' {
		j++
	}
	if j >= len(s) || s[j] != '&' && s[j] != '+' {
		return -1
	}
	j++
	for j < len(s) && s[j] == ' ' {
		j++
	}
	most := 2
	if j-i > 1 {
		most = 1 // spaced: S & P, not Al & Co
	}
	k := j
	for k < len(s) && letter(s[k]) {
		k++
	}
	if k == j || k-j > most || k < len(s) && s[k] != '&' && wordish(s[k]) {
		return -1
	}
	b := i
	for b > 0 && letter(s[b-1]) {
		b--
	}
	if b == i || i-b > most || b > 0 && wordish(s[b-1]) {
		return -1
	}
	// Letters that would make a word of a legal form, a title or a
	// particle stay apart: B&V is no B.V., M and S no Ms.
	var buf [4]byte
	w := buf[:0]
	for x := b; x < i; x++ {
		w = append(w, s[x]|0x20)
	}
	for x := j; x < k; x++ {
		w = append(w, s[x]|0x20)
	}
	if generic[string(w)] || courtesy[string(w)] || oneWordLegal(string(w)) || oneWordLegal(string(w[i-b:])) {
		return -1 // nor is "M&Co" a word: & Co is the company
	}
	return j
}

// oneWordLegal reports whether w alone is a legal form (AG, BV, SA).
func oneWordLegal(w string) bool {
	for _, p := range legalTrie[w] {
		if len(p) == 1 {
			return true
		}
	}
	return false
}

// splitAt cuts joined at the given end offsets and appends the pieces to out.
func splitAt(joined string, ends []int, out []string) []string {
	start := 0
	for _, e := range ends {
		out = append(out, joined[start:e])
		start = e
	}
	return out
}

// normalizer holds the buffers of the general (non-ASCII) path so that a
// pooled one allocates only the result.
type normalizer struct {
	clean []byte // step 1 output
	nfkc  []byte // step 2 output
	word  []rune // the current word
	out   []byte // tokens, concatenated
	ends  []int  // end offsets of the tokens in out
	// ukBy is set when the name holds letters only Ukrainian or Belarusian
	// use; it changes the reading of Cyrillic г, и.
	ukBy bool
	// persian is set when the name holds letters only Persian (and Urdu,
	// Pashto) use; it changes the reading of Arabic ض ذ ظ ث و.
	persian bool
	// latin is set when most letters of the name are Latin: a word of
	// look-alikes alone ("Ѕ." in "Ѕ. Group Airlines") is then read as the
	// Latin letters it imitates, not transliterated.
	latin bool
	// cyrillic is set when the name holds a Cyrillic letter: a word of
	// one Latin letter is then the Cyrillic one it looks like ("Общество
	// C Ограниченной Ответственностью", typed with a Latin C), unless the
	// name is mostly Latin.
	cyrillic bool
	// disguised is set when the name is a Latin name in disguise
	// (disguisedLatin): every look-alike in it is read as Latin, even in a
	// word that alone could be either ("ЅОЕ, Аung").
	disguised bool
	// keepSources asks for the words in Arabic letters and their tokens
	// in sources (arabicSources).
	keepSources bool
	sources     []sourceSpan
	letters     []byte // the Arabic letters of sources, as UTF-8
}

// sourceSpan is one word in Arabic letters of a name: its token,
// out[tok0:tok1], and its letters, letters[let0:let1].
type sourceSpan struct {
	tok0, tok1, let0, let1 int
}

func (n *normalizer) tokens(name string) []string {
	n.clean = n.clean[:0]
	n.out = n.out[:0]
	n.ends = n.ends[:0]
	n.ukBy = false
	n.persian = false
	n.cyrillic = false
	// Step 1: drop invisibles, turn controls and bad bytes into spaces.
	for i := 0; i < len(name); {
		r, size := utf8.DecodeRuneInString(name[i:])
		switch {
		case r == utf8.RuneError && size == 1, r < 0x20, r >= 0x7F && r < 0xA0:
			n.clean = append(n.clean, ' ')
		case r == ' ' && detachedSuffix(n.clean, name[i+size:]):
			// Persian types the suffix ای of a name apart as often as
			// after a non-joiner: خامنه ای is خامنه‌ای, Khamenei.
			if hehReadsE(n.clean, name[i+size:]) {
				n.clean = utf8.AppendRune(n.clean[:len(n.clean)-2], 'ە')
			}
		case r < utf8.RuneSelf:
			n.clean = append(n.clean, byte(r))
		case isIgnorable(r):
			if r == zwnj && hehReadsE(n.clean, name[i+size:]) {
				// Persian ends a word's ه with a non-joiner where it
				// reads e, before the suffix ی or ای: خامنه‌ای is
				// Khamene-i. The ه becomes ە, the letter Kurdish writes
				// that e with.
				n.clean = utf8.AppendRune(n.clean[:len(n.clean)-2], 'ە')
			}
		default:
			if r >= 0x400 && r < 0x530 {
				n.cyrillic = true
			}
			switch r {
			case 'і', 'І', 'ї', 'Ї', 'є', 'Є', 'ґ', 'Ґ', 'ў', 'Ў':
				n.ukBy = true
			case 'ی', 'ک', 'پ', 'چ', 'ژ', 'گ':
				n.persian = persianReading
			}
			if c := pashtoLetter(r); c != 0 {
				// Pashto reads the letters it shares with Persian as
				// Persian does (ض is z).
				n.persian = persianReading
				r = c
			}
			if c := beforeNFKC(r); c != 0 {
				n.clean = utf8.AppendRune(n.clean, c)
			} else {
				n.clean = utf8.AppendRune(n.clean, r)
			}
		}
		i += size
	}
	// Step 2: compatibility folding.
	src := n.clean
	if !norm.NFKC.IsNormal(src) {
		n.nfkc = norm.NFKC.Append(n.nfkc[:0], src...)
		src = n.nfkc
	}
	n.latin = mostlyLatin(src)
	n.disguised = disguisedLatin(src)
	// Step 3: words.
	n.word = n.word[:0]
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		i += size
		switch {
		case r < utf8.RuneSelf && asciiClass[r] > '\'':
			n.word = append(n.word, r)
		case isApostrophe(r):
			// Joins only between letters (O'Brien, Ma'mun).
			if len(n.word) > 0 && i < len(src) {
				next, _ := utf8.DecodeRune(src[i:])
				if unicode.IsLetter(next) || unicode.IsDigit(next) {
					continue
				}
			}
			n.flushWord()
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			n.word = append(n.word, r)
		case unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc):
			// Diacritics. Kana voicing marks were composed by NFKC; Hangul
			// jamo too. What is left decorates and is dropped.
		case unicode.IsNumber(r):
			// Other numbers NFKC did not fold (e.g. ↉): separators.
			n.flushWord()
		default:
			if len(n.word) > 0 {
				if j := ampJoin(src, i-size); j >= 0 {
					i = j
					continue
				}
			}
			n.flushWord()
		}
	}
	n.flushWord()
	if len(n.ends) == 0 {
		return nil
	}
	return splitAt(string(n.out), n.ends, make([]string, 0, len(n.ends)))
}

// keepSource records the Arabic letters run as the source of n.out[start:].
func (n *normalizer) keepSource(start int, run []rune) {
	l := len(n.letters)
	for _, r := range run {
		n.letters = utf8.AppendRune(n.letters, r)
	}
	n.sources = append(n.sources, sourceSpan{start, len(n.out), l, len(n.letters)})
}

// emit closes the token being written to n.out, if it is not empty.
func (n *normalizer) emit() {
	start := 0
	if len(n.ends) > 0 {
		start = n.ends[len(n.ends)-1]
	}
	if len(n.out) > start {
		n.ends = append(n.ends, len(n.out))
	}
}

// flushWord transliterates the word collected so far into tokens.
func (n *normalizer) flushWord() {
	w := n.word
	if len(w) == 0 {
		return
	}
	n.word = n.word[:0]
	// Split off the syllabic scripts, whose every syllable is a token, and
	// kana, which are transliterated as a run.
	start := 0
	for i := 0; i < len(w); {
		switch s := syllabicScript(w[i]); s {
		case scriptHan, scriptHangul:
			n.alphabetic(w[start:i])
			if s == scriptHan {
				if rs, k := hanPhrase(w[i:]); k > 0 {
					for _, r := range rs {
						n.out = append(n.out, r...)
						n.emit()
					}
					i += k
					start = i
					continue
				}
			}
			n.out = appendSyllable(n.out, s, w[i])
			n.emit()
			i++
			start = i
		case scriptKana:
			n.alphabetic(w[start:i])
			j := i + 1
			for j < len(w) && syllabicScript(w[j]) == scriptKana {
				j++
			}
			n.out = appendKana(n.out, w[i:j])
			n.emit()
			i, start = j, j
		default:
			i++
		}
	}
	n.alphabetic(w[start:])
}

// cyrillicTwin maps the Latin letters whose Cyrillic look-alike reads
// otherwise to that Cyrillic letter.
var cyrillicTwin = [128]rune{'C': 'С', 'c': 'с', 'B': 'В', 'P': 'Р', 'p': 'р', 'H': 'Н', 'X': 'Х', 'x': 'х', 'y': 'у'}

// alphabetic transliterates a word of alphabetic scripts into one token
// (two when an Arabic article is split off).
func (n *normalizer) alphabetic(w []rune) {
	if len(w) == 0 {
		return
	}
	switch {
	case n.disguised:
		mapToLatin(w)
	case len(w) == 1 && w[0] < utf8.RuneSelf && n.cyrillic && !n.latin && cyrillicTwin[w[0]] != 0:
		w[0] = cyrillicTwin[w[0]]
	case !n.latin || !mapAllConfusables(w):
		mapConfusables(w)
	}
	for i := 0; i < len(w); {
		r := w[i]
		if r < utf8.RuneSelf {
			if c := asciiClass[r]; c > '\'' {
				n.out = append(n.out, c)
			}
			i++
			continue
		}
		j := i + 1
		sc := scriptOf(r)
		for j < len(w) && w[j] >= utf8.RuneSelf && scriptOf(w[j]) == sc {
			j++
		}
		run := w[i:j]
		switch sc {
		case scriptLatin:
			for _, r := range run {
				n.out = appendLatin(n.out, r)
			}
		case scriptCyrillic:
			n.out = appendCyrillic(n.out, run, n.ukBy)
		case scriptGreek:
			n.out = appendGreek(n.out, run)
		case scriptArabic:
			if i == 0 && len(n.ends) > 0 && len(run) >= 6 && run[0] == 'و' && run[1] == 'ا' && run[2] == 'ل' {
				// "And the" joined to a word (والحمزة, and al-Hamza):
				// the conjunction is left out, the article split off. Not
				// in a name's first word, which "and" cannot begin:
				// والتون is Walton.
				run = run[1:]
			}
			if i == 0 && len(run) > 3 && run[0] == 'ا' && run[1] == 'ل' && (run[2] != 'ل' || run[3] != 'ه') {
				// The article al- is its own token, as in the Latin forms
				// ("Al-Zomor").
				n.out = append(n.out, 'a', 'l')
				n.emit()
				if n.keepSources {
					n.keepSource(len(n.out)-2, run[:2])
				}
				run = run[2:]
			}
			start := len(n.out)
			n.out = appendArabic(n.out, run, n.persian)
			if n.keepSources {
				n.keepSource(start, run)
			}
		case scriptHebrew:
			n.out = appendHebrew(n.out, run)
		case scriptArmenian:
			n.out = appendArmenian(n.out, run)
		case scriptGeorgian:
			n.out = appendGeorgian(n.out, run)
		case scriptDigit:
			for _, r := range run {
				n.out = append(n.out, digitValue(r))
			}
		case scriptIgnore:
		default:
			for _, r := range run {
				n.out = appendFallback(n.out, r)
			}
		}
		i = j
	}
	n.emit()
}

// digitValue returns the ASCII digit of a decimal digit of any script.
// Unicode allots decimal digits in contiguous runs of ten from zero.
func digitValue(r rune) byte {
	k := rune(0)
	for k < 9 && unicode.IsDigit(r-k-1) {
		k++
	}
	// Runs may sit back to back (mathematical digits, folded by NFKC
	// before we get here): count modulo ten.
	return byte('0' + k%10)
}

// mostlyLatin reports whether more of the letters of s are Latin than of
// any other script.
func mostlyLatin(s []byte) bool {
	var latin, other int
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRune(s[i:])
		i += size
		switch {
		case r < utf8.RuneSelf:
			if asciiClass[r] > '9' {
				latin++
			}
		case !unicode.IsLetter(r):
		case scriptOf(r) == scriptLatin:
			latin++
		default:
			other++
		}
	}
	return latin > other
}

// beforeNFKC replaces the characters that NFKC would spoil, or returns 0.
// The lunate sigmas "ϲ" and "Ϲ" imitate "c" and "C", but NFKC makes them
// the sigmas "ς" and "Σ", which imitate nothing: they become the letters
// they imitate (a Greek word written with them, which nobody does outside
// church books, is then read with a "c"). The negative circled and
// negative squared letters (🅐, 🅰), which fancy-text generators write
// names in, have no compatibility decomposition: they become the capitals
// they show.
func beforeNFKC(r rune) rune {
	switch {
	case r == 'ϲ':
		return 'c'
	case r == 'Ϲ':
		return 'C'
	case r >= 0x1F150 && r <= 0x1F169:
		return 'A' + r - 0x1F150
	case r >= 0x1F170 && r <= 0x1F189:
		return 'A' + r - 0x1F170
	}
	return 0
}

// pashtoLetter returns the Persian letter whose sound the Pashto letter r
// is read with in Latin spellings, 0 for any other rune: ګ g (ګلبدین,
// Gulbuddin), ځ z (dz), څ s (ts), ښ sh, ږ zh, the retroflex ټ ډ ړ ڼ as
// t d r n, and ۍ as ی. The list writes no name with them; an Afghan
// payee's papers do.
func pashtoLetter(r rune) rune {
	switch r {
	case 'ګ':
		return 'گ'
	case 'ځ':
		return 'ز'
	case 'څ':
		return 'س'
	case 'ښ':
		return 'ش'
	case 'ږ':
		return 'ژ'
	case 'ټ':
		return 'ت'
	case 'ډ':
		return 'د'
	case 'ړ':
		return 'ر'
	case 'ڼ':
		return 'ن'
	case 'ۍ':
		return 'ی' // ay, ai, i at a word's end
	}
	return 0
}

// lookalikeOf returns the lower-case ASCII letter or digit that r
// imitates, looking through a diacritic NFKC composed with a look-alike:
// "Ἰ" is the "Ι" of a Zalgo "Ι\u0313", and imitates "i".
func lookalikeOf(r rune) (byte, bool) {
	if c, ok := confusableLookup(r); ok {
		return c, true
	}
	if b := baseLetter(r); b != r {
		return confusableLookup(b)
	}
	return 0, false
}

// baseLetter returns r without its diacritics: the first rune of its
// canonical decomposition, or r.
func baseLetter(r rune) rune {
	var buf [utf8.UTFMax]byte
	if d := norm.NFD.Properties(buf[:utf8.EncodeRune(buf[:], r)]).Decomposition(); len(d) > 0 {
		r, _ = utf8.DecodeRune(d)
	}
	return r
}

// disguisedLatin reports whether s is a Latin name in disguise: every
// letter of another script in it imitates a Latin letter, and something
// says the name is Latin:
//
//   - a Latin letter that no letter of those scripts' alphabets imitates
//     (Cyrillic has "а" for "a" but nothing for "n"; a non-ASCII Latin
//     letter such as "é"), so that "ЅОЕ" in "ЅОЕ, Аung" and "ЅАВАHІ" (a
//     Latin H) are read as Latin, which the word alone cannot tell;
//   - or a look-alike outside the alphabet of the script's main languages
//     ("ӏ", "һ", "ԁ" in Cyrillic; "ϳ" in Greek; a Cherokee letter): the
//     "аррӏе" of the apple.com homograph, all Cyrillic, is "apple".
//
// A name of look-alikes of a main alphabet only, such as "АНТОН" in
// capitals, stays in its script.
func disguisedLatin(s []byte) bool {
	var seen [128]bool
	var foreign, cyrillic, greek, decided bool
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRune(s[i:])
		i += size
		switch {
		case r < utf8.RuneSelf:
			if asciiClass[r] > '9' {
				seen[r] = true
			}
		case !unicode.IsLetter(r):
		case scriptOf(r) == scriptLatin:
			decided = true
		default:
			c, ok := lookalikeOf(r)
			if !ok || c <= '9' {
				return false
			}
			foreign = true
			r = baseLetter(r)
			switch scriptOf(r) {
			case scriptCyrillic:
				cyrillic = true
				decided = decided || !transliterable(r)
			case scriptGreek:
				greek = true
				decided = decided || !transliterable(r)
			default:
				decided = true
			}
		}
	}
	if !foreign {
		return false
	}
	if decided {
		return true
	}
	for c, ok := range seen {
		if ok && (!cyrillic || !transliterable(latinToCyrillic[c])) && (!greek || !transliterable(latinToGreek[c])) {
			return true
		}
	}
	return false
}

// mapToLatin rewrites, in place, every look-alike of a Latin letter in w
// into that letter.
func mapToLatin(w []rune) {
	for i, r := range w {
		if r >= utf8.RuneSelf && scriptOf(r) != scriptLatin {
			if c, ok := lookalikeOf(r); ok && c > '9' {
				w[i] = rune(c)
			}
		}
	}
}

// mapAllConfusables rewrites a word of no Latin letters into Latin when
// every letter of it is a look-alike of a Latin one, and reports whether
// it did. It is for words inside a mostly Latin name.
func mapAllConfusables(w []rune) bool {
	for _, r := range w {
		if r < utf8.RuneSelf {
			return false
		}
		if s := scriptOf(r); s == scriptLatin {
			return false
		}
		if c, ok := confusableLookup(r); !ok || c <= '9' {
			return false
		}
	}
	for i, r := range w {
		c, _ := confusableLookup(r)
		w[i] = rune(c)
	}
	return true
}
