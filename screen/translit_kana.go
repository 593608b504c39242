package screen

// Japanese kana after modified Hepburn as Japanese passports write it: long
// vowels not marked (ō → o, "ou" → o, "uu" → u: 後藤 ごとう → GOTO), ん →
// n, っ doubling the next consonant. Katakana are read as the hiragana they
// correspond to; the prolonged sound mark ー is dropped.

// hiragana holds the readings of U+3041 to U+3096, in code point order.
var hiragana = [...]string{
	"a", "a", "i", "i", "u", "u", "e", "e", "o", "o", // ぁあぃいぅうぇえぉお
	"ka", "ga", "ki", "gi", "ku", "gu", "ke", "ge", "ko", "go",
	"sa", "za", "shi", "ji", "su", "zu", "se", "ze", "so", "zo",
	"ta", "da", "chi", "ji", "", "tsu", "zu", "te", "de", "to", "do", // っ is ""
	"na", "ni", "nu", "ne", "no",
	"ha", "ba", "pa", "hi", "bi", "pi", "fu", "bu", "pu", "he", "be", "pe", "ho", "bo", "po",
	"ma", "mi", "mu", "me", "mo",
	"ya", "ya", "yu", "yu", "yo", "yo", // ゃやゅゆょよ
	"ra", "ri", "ru", "re", "ro",
	"wa", "wa", "i", "e", "o", "n", "vu", "ka", "ke", // ゎわゐゑをんゔゕゖ
}

const (
	smallTsu = 'っ'
	longMark = 'ー'
)

// kanaBase returns r as hiragana, and whether it is a small kana that
// modifies the syllable before it.
func kanaBase(r rune) (rune, bool) {
	if r >= 0x30A1 && r <= 0x30F6 {
		r -= 0x60
	}
	switch r {
	case 'ぁ', 'ぃ', 'ぅ', 'ぇ', 'ぉ', 'ゃ', 'ゅ', 'ょ', 'ゎ':
		return r, true
	}
	return r, false
}

func appendKana(dst []byte, run []rune) []byte { return appendKanaU(dst, run, false) }

// appendKanaU is appendKana; with keepU, an う before the kana of a bare
// vowel stays a u rather than lengthening the o before it: いのうえ is
// INOUE (の + うえ), where こうえい is KOEI (こう + えい). The kana cannot
// tell the two apart; the readings of names take both (loadJapanese).
func appendKanaU(dst []byte, run []rune, keepU bool) []byte {
	start := len(dst)
	double := false
	for i := 0; i < len(run); i++ {
		r, small := kanaBase(run[i])
		if r == smallTsu || r == 'ッ'-0x60 {
			double = true
			continue
		}
		if r < 0x3041 || r > 0x3096 {
			continue // ー, iteration marks, ゟ
		}
		s := hiragana[r-0x3041]
		if small && len(dst) > start {
			// きゃ → kya, しゃ → sha, ちゃ → cha, ふぁ → fa, てぃ → ti:
			// the small kana replaces the vowel of the syllable before it.
			last := dst[len(dst)-1]
			if isASCIIVowel(last) {
				dst = dst[:len(dst)-1]
				if (s[0] == 'y') && len(dst) > start {
					if p := dst[len(dst)-1]; p == 'h' && len(dst)-start >= 2 && (dst[len(dst)-2] == 's' || dst[len(dst)-2] == 'c') || p == 'j' {
						s = s[1:] // sha, cha, ja: no y
					}
				}
			}
			dst = append(dst, s...)
			continue
		}
		if double && s != "" {
			if s[0] == 'c' {
				dst = append(dst, 't')
			} else if !isASCIIVowel(s[0]) {
				dst = append(dst, s[0])
			}
		}
		double = false
		// Long vowels: おう, おお, うう written as one vowel.
		if (r == 'う' || r == 'お') && len(dst) > start && !(keepU && r == 'う' && i+1 < len(run) && kanaVowel(run[i+1])) {
			if last := dst[len(dst)-1]; last == 'o' || last == 'u' && r == 'う' {
				continue
			}
		}
		dst = append(dst, s...)
	}
	return dst
}

// kanaVowel reports whether r is one of the kana of a bare vowel, あ い う
// え お (either script, not small).
func kanaVowel(r rune) bool {
	switch b, small := kanaBase(r); {
	case small:
		return false
	default:
		return b == 'あ' || b == 'い' || b == 'う' || b == 'え' || b == 'お'
	}
}
