package screen

import (
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Greek after ELOT 743 / UN 1987 (the Greek passport system), without
// accents: "Christodoulos", "Georgiou", "Kyriaki".

var greekBase = map[rune]string{
	'α': "a", 'β': "v", 'γ': "g", 'δ': "d", 'ε': "e", 'ζ': "z", 'η': "i",
	'θ': "th", 'ι': "i", 'κ': "k", 'λ': "l", 'μ': "m", 'ν': "n", 'ξ': "x",
	'ο': "o", 'π': "p", 'ρ': "r", 'σ': "s", 'ς': "s", 'τ': "t", 'υ': "y",
	'φ': "f", 'χ': "ch", 'ψ': "ps", 'ω': "o", 'ϲ': "s", 'ϳ': "j",
}

// greekBaseLetter strips accents and breathings from a Greek letter.
func greekBaseLetter(r rune) rune {
	r = unicode.ToLower(r)
	if r >= 'α' && r <= 'ω' {
		return r
	}
	for _, d := range norm.NFD.String(string(r)) {
		return unicode.ToLower(d)
	}
	return r
}

func appendGreek(dst []byte, run []rune) []byte {
	for i := 0; i < len(run); i++ {
		r := greekBaseLetter(run[i])
		var next rune
		if i+1 < len(run) {
			next = greekBaseLetter(run[i+1])
		}
		switch {
		case r == 'ο' && next == 'υ':
			dst = append(dst, 'o', 'u')
			i++
			continue
		case (r == 'α' || r == 'ε') && next == 'υ':
			// αυ, ευ: av, ev (af, ef before voiceless consonants; the
			// difference is within the scorer's tolerance).
			dst = append(dst, greekBase[r][0], 'v')
			i++
			continue
		case r == 'γ' && (next == 'γ' || next == 'ξ' || next == 'χ'):
			dst = append(dst, 'n')
			continue
		}
		if s, ok := greekBase[r]; ok {
			dst = append(dst, s...)
		} else {
			dst = appendFallback(dst, run[i])
		}
	}
	return dst
}
