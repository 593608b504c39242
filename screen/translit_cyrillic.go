package screen

import "unicode"

// Cyrillic after BGN/PCGN (Russian 1947, Ukrainian 1965, Belarusian 1979),
// without its diacritics and apostrophes: the system the OFAC list's own
// Latin forms follow ("Yevgeniy", "Aleksandr", "Mikhailovich", "Slutsky").
// ICAO Doc 9303 (passports since 2013) differs on й (i), е (e), ю (iu),
// я (ia), ц (ts) and х (kh): measured on the list, BGN/PCGN agrees better
// (translit_test.go). Letters of the other Cyrillic alphabets (Serbian,
// Macedonian, Kazakh, Uzbek, Tajik, Kyrgyz) after their national
// romanisations.

// cyrillicBase reads the letters whose reading does not depend on context.
var cyrillicBase = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'ж': "zh", 'з': "z",
	'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o",
	'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh",
	'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "",
	'э': "e", 'ю': "yu", 'я': "ya", 'е': "e", 'ё': "e",
	// Ukrainian and Belarusian.
	'і': "i", 'ї': "yi", 'є': "ye", 'ґ': "g", 'ў': "u",
	// Serbian and Macedonian.
	'ђ': "dj", 'ј': "j", 'љ': "lj", 'њ': "nj", 'ћ': "c", 'џ': "dz",
	'ѓ': "gj", 'ќ': "kj", 'ѕ': "dz",
	// Kazakh, Kyrgyz, Uzbek, Tajik, Bashkir, Tatar.
	'ә': "a", 'ғ': "gh", 'қ': "q", 'ң': "ng", 'ө': "o", 'ұ': "u", 'ү': "u",
	'һ': "h", 'ҳ': "h", 'ҷ': "j", 'ӣ': "i", 'ӯ': "u", 'ҙ': "z", 'ҫ': "s",
	'ӑ': "a", 'ӗ': "e", 'ӳ': "u", 'ҡ': "q", 'ӊ': "n", 'ӏ': "",
}

func isCyrillicVowel(r rune) bool {
	switch r {
	case 'а', 'е', 'ё', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я', 'і', 'ї', 'є', 'ъ', 'ь':
		return true
	}
	return false
}

// cyrillicICAO differs from cyrillicBase where ICAO Doc 9303 Part 3
// (section 6, table of Cyrillic characters) reads otherwise; it is used
// when icaoCyrillic is set, which only the transliteration test does, to
// measure the two systems against the list.
var cyrillicICAO = map[rune]string{
	'й': "i", 'ъ': "ie", 'ю': "iu", 'я': "ia", 'є': "ie", 'ї': "i",
}

var icaoCyrillic = false

// appendCyrillic transliterates a run of Cyrillic letters. ukBy selects
// the Ukrainian and Belarusian readings of г (h) and и (y).
func appendCyrillic(dst []byte, run []rune, ukBy bool) []byte {
	if len(run) == 3 && run[0] == 'Т' && run[1] == 'О' && run[2] == 'О' {
		// Kazakhstan's ТОО, the limited liability partnership, in
		// capitals as its papers write it (Kyrgyz тоо, a mountain, is
		// not).
		return append(dst, "llp"...)
	}
	for i, r := range run {
		r = unicode.ToLower(r)
		var prev, next rune
		if i > 0 {
			prev = unicode.ToLower(run[i-1])
		}
		if i+1 < len(run) {
			next = unicode.ToLower(run[i+1])
		}
		if icaoCyrillic {
			if s, ok := cyrillicICAO[r]; ok {
				dst = append(dst, s...)
			} else if s, ok := cyrillicBase[r]; ok {
				dst = append(dst, s...)
			} else {
				dst = appendFallback(dst, r)
			}
			continue
		}
		switch r {
		case 'е', 'ё':
			// BGN/PCGN: ye at the start of a word and after a vowel, ъ or ь.
			if (i == 0 || isCyrillicVowel(prev)) && !ukBy {
				dst = append(dst, 'y', 'e')
				continue
			}
			if ukBy && r == 'е' && i > 0 && isCyrillicVowel(prev) {
				dst = append(dst, 'y', 'e') // Belarusian "aktsyyanernaye"
				continue
			}
		case 'г':
			if ukBy {
				dst = append(dst, 'h')
				continue
			}
		case 'и':
			if ukBy {
				dst = append(dst, 'y')
				continue
			}
		case 'й':
			// -ий, -ый at the end of a word: "iy", "y" ("Slutsky",
			// "Severny" as the list writes them).
			if next == 0 && prev == 'ы' {
				continue
			}
		case 'ы':
			if next == 'й' && i+2 == len(run) {
				dst = append(dst, 'y')
				continue
			}
		}
		if s, ok := cyrillicBase[r]; ok {
			dst = append(dst, s...)
		} else {
			dst = appendFallback(dst, r)
		}
	}
	return dst
}
