package screen

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Transliteration: every script the OFAC list uses is read into plain Latin
// letters, so that a query in one script finds a listed name in another.
// The systems are those the list's own Latin forms follow, measured on the
// list (translit_test.go): BGN/PCGN for Cyrillic, pinyin for Chinese, the
// DPRK-style McCune-Reischauer for Korean, Hepburn for Japanese kana, and
// the national systems without diacritics for Greek, Georgian, Armenian;
// Arabic and Hebrew, written without vowels, get a consonant skeleton with
// the long vowels read.

type script uint8

const (
	scriptOther script = iota
	scriptIgnore
	scriptLatin
	scriptCyrillic
	scriptGreek
	scriptArmenian
	scriptHebrew
	scriptArabic
	scriptGeorgian
	scriptDigit
	// Syllabic scripts, split off words before the alphabetic ones.
	scriptHan
	scriptHangul
	scriptKana
)

// scriptOf returns the script of a non-ASCII letter or digit, as far as
// transliteration cares.
func scriptOf(r rune) script {
	switch {
	case r < 0x0250:
		return scriptLatin
	case r < 0x02B0:
		return scriptLatin // IPA extensions
	case r < 0x0370:
		return scriptIgnore // modifier letters: ʰ ː ˆ
	case r < 0x0400:
		return scriptGreek
	case r < 0x0530:
		return scriptCyrillic
	case r < 0x0590:
		return scriptArmenian
	case r < 0x0600:
		return scriptHebrew
	case r < 0x0700, r >= 0x0750 && r < 0x0780, r >= 0x08A0 && r < 0x0900:
		if r >= 0x0660 && r <= 0x0669 || r >= 0x06F0 && r <= 0x06F9 {
			return scriptDigit
		}
		return scriptArabic
	case r >= 0x10A0 && r < 0x1100, r >= 0x1C90 && r < 0x1CC0, r >= 0x2D00 && r < 0x2D30:
		return scriptGeorgian
	case r >= 0x1C80 && r < 0x1C90, r >= 0x2DE0 && r < 0x2E00, r >= 0xA640 && r < 0xA6A0:
		return scriptCyrillic
	case r >= 0x1D00 && r < 0x1DC0, r >= 0x1E00 && r < 0x1F00, r >= 0x2C60 && r < 0x2C80, r >= 0xA720 && r < 0xA800, r >= 0xAB30 && r < 0xAB70:
		return scriptLatin
	case r >= 0x1F00 && r < 0x2000:
		return scriptGreek
	case r >= 0xFB13 && r < 0xFB18:
		return scriptArmenian
	case r >= 0xFB1D && r < 0xFB50:
		return scriptHebrew
	}
	if syl := syllabicScript(r); syl != scriptOther {
		return syl
	}
	if unicode.IsDigit(r) {
		return scriptDigit
	}
	if unicode.Is(unicode.Lm, r) && !unicode.Is(unicode.Han, r) {
		return scriptIgnore
	}
	return scriptOther
}

// syllabicScript returns scriptHan, scriptHangul or scriptKana for the
// letters of those scripts, else scriptOther.
func syllabicScript(r rune) script {
	switch {
	case r < 0x1100:
		return scriptOther
	case r < 0x1200, r >= 0x3130 && r < 0x3190, r >= 0xA960 && r < 0xA980, r >= 0xAC00 && r < 0xD7B0, r >= 0xD7B0 && r < 0xD800:
		return scriptHangul
	case r >= 0x3040 && r < 0x3100, r >= 0x31F0 && r < 0x3200:
		if r == 0x30FB {
			return scriptOther // katakana middle dot: a separator
		}
		return scriptKana
	case r == 0x3005, r == 0x3007, r >= 0x3400 && r < 0x4DC0, r >= 0x4E00 && r < 0xA000, r >= 0xF900 && r < 0xFB00, r >= 0x20000 && r < 0x40000:
		return scriptHan
	}
	return scriptOther
}

// appendSyllable appends the reading of one Han character or Hangul
// syllable.
func appendSyllable(dst []byte, s script, r rune) []byte {
	if s == scriptHan {
		return appendHan(dst, r)
	}
	return appendHangul(dst, r)
}

// latinFold spells a non-ASCII Latin letter in lower-case ASCII: its base
// letter when it decomposes (é → e, ǆ → dz), its look-alike when UTS #39
// has one (ı → i, ɑ → a), else latinSpecial. Built once from x/text's
// decomposition data.
var latinFold = func() map[rune]string {
	m := make(map[rune]string, 1400)
	add := func(lo, hi rune) {
		for r := lo; r < hi; r++ {
			if !unicode.IsLetter(r) {
				continue
			}
			l := unicode.ToLower(r)
			if s, ok := latinSpecial[l]; ok {
				m[r] = s
				continue
			}
			var ascii []byte
			ok := true
			for _, d := range norm.NFKD.String(string(l)) {
				if d < utf8.RuneSelf && asciiClass[d] > '\'' {
					ascii = append(ascii, asciiClass[d])
				} else if !unicode.Is(unicode.Mn, d) {
					ok = false
				}
			}
			if ok && len(ascii) > 0 {
				m[r] = string(ascii)
			} else if c, ok := confusableLookup(l); ok {
				m[r] = string(c)
			} else if c, ok := confusableLookup(r); ok {
				m[r] = string(c)
			}
		}
	}
	add(0x00C0, 0x02B0)
	add(0x1D00, 0x1DC0)
	add(0x1E00, 0x1F00)
	add(0x2C60, 0x2C80)
	add(0xA720, 0xA800)
	add(0xAB30, 0xAB70)
	return m
}()

// latinSpecial spells the Latin letters that neither decompose nor look
// like one ASCII letter. After ICAO Doc 9303 Part 3, section 6
// ("Transliteration of multinational Latin-based characters"), except that
// ø is read "o", consistently with å → a and ö → o here: diacritics are
// dropped, not spelled out.
var latinSpecial = map[rune]string{
	'ß': "ss", 'æ': "ae", 'œ': "oe", 'þ': "th", 'ð': "d", 'đ': "d",
	'ø': "o", 'ł': "l", 'ħ': "h", 'ŧ': "t", 'ŋ': "ng", 'ĸ': "k",
	'ı': "i", 'ŀ': "l", 'ƒ': "f", 'ǝ': "e", 'ə': "a", 'ɛ': "e", 'ɔ': "o",
}

func appendLatin(dst []byte, r rune) []byte {
	if s, ok := latinFold[r]; ok {
		return append(dst, s...)
	}
	return appendFallback(dst, r)
}

// appendRunes appends a transliteration table's output for each rune: a
// helper for the scripts read letter by letter.
func appendRunes(dst []byte, rs []rune, table map[rune]string) []byte {
	for _, r := range rs {
		if s, ok := table[r]; ok {
			dst = append(dst, s...)
		} else if unicode.IsDigit(r) {
			dst = append(dst, digitValue(r))
		} else {
			dst = appendFallback(dst, r)
		}
	}
	return dst
}
