package screen

// Hangul is read syllable by syllable from its decomposition (Unicode
// chapter 3.12: S = 0xAC00 + (L×21 + V)×28 + T), one token per syllable as
// Korean names are written in Latin ("Kim Jong Un", "Chol Min").
//
// Two systems are in use: South Korea's Revised Romanization (2000) and the
// McCune-Reischauer-based spelling of North Korea, which the OFAC list uses
// for nearly all its Korean names ("Jong" not "Jeong", "Kyong" not
// "Gyeong", "Ri" not "I"). Measured on the list (translit_test.go) the
// latter agrees far better, so it is the default; hangulRR holds RR for
// comparison.

type hangulSystem struct{ initial, medial, final [32]string }

// hangulMR: McCune-Reischauer without breves and apostrophes (ŏ → o, ŭ → u),
// initial consonants read as at the start of a word, as DPRK names are
// spelled syllable by syllable.
var hangulMR = hangulSystem{
	initial: [32]string{"k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"},
	medial:  [32]string{"a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "u", "ui", "i"},
	final:   [32]string{"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "p", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"},
}

// hangulRR: the Revised Romanization of Korean (Ministry of Culture and
// Tourism, 2000), syllable by syllable.
var hangulRR = hangulSystem{
	initial: [32]string{"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"},
	medial:  [32]string{"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"},
	final:   [32]string{"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "p", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"},
}

var hangul = &hangulMR

// hangulJamo reads the conjoining jamo that do not form a syllable (NFKC
// turns the compatibility jamo into these): leading consonants, vowels and
// trailing consonants.
func appendHangul(dst []byte, r rune) []byte {
	switch {
	case r >= 0xAC00 && r <= 0xD7A3:
		s := int(r - 0xAC00)
		l, v, t := s/(21*28), s%(21*28)/28, s%28
		dst = append(dst, hangul.initial[l]...)
		dst = append(dst, hangul.medial[v]...)
		return append(dst, hangul.final[t]...)
	case r >= 0x1100 && r <= 0x1112:
		return append(dst, hangul.initial[r-0x1100]...)
	case r >= 0x1161 && r <= 0x1175:
		return append(dst, hangul.medial[r-0x1161]...)
	case r >= 0x11A8 && r <= 0x11C2:
		return append(dst, hangul.final[r-0x11A7]...)
	case r == 0x115F || r == 0x1160 || r == 0x3164:
		return dst // fillers
	}
	return appendFallback(dst, r)
}
