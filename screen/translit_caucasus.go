package screen

import "unicode"

// Georgian after the national system of 2002 (also BGN/PCGN 2009), without
// its apostrophes for the ejectives.
var georgianBase = map[rune]string{
	'ა': "a", 'ბ': "b", 'გ': "g", 'დ': "d", 'ე': "e", 'ვ': "v", 'ზ': "z",
	'თ': "t", 'ი': "i", 'კ': "k", 'ლ': "l", 'მ': "m", 'ნ': "n", 'ო': "o",
	'პ': "p", 'ჟ': "zh", 'რ': "r", 'ს': "s", 'ტ': "t", 'უ': "u", 'ფ': "p",
	'ქ': "k", 'ღ': "gh", 'ყ': "q", 'შ': "sh", 'ჩ': "ch", 'ც': "ts", 'ძ': "dz",
	'წ': "ts", 'ჭ': "ch", 'ხ': "kh", 'ჯ': "j", 'ჰ': "h",
	'ჱ': "e", 'ჲ': "y", 'ჳ': "w", 'ჴ': "kh", 'ჵ': "o", 'ჶ': "f",
}

func appendGeorgian(dst []byte, run []rune) []byte {
	for _, r := range run {
		// Mtavruli capitals (U+1C90...) and Asomtavruli (U+10A0...) read
		// as their Mkhedruli letters.
		switch {
		case r >= 0x1C90 && r <= 0x1CBF:
			r = r - 0x1C90 + 0x10D0
		case r >= 0x10A0 && r <= 0x10C5:
			r = r - 0x10A0 + 0x10D0
		case r >= 0x2D00 && r <= 0x2D25:
			r = r - 0x2D00 + 0x10D0
		}
		if s, ok := georgianBase[r]; ok {
			dst = append(dst, s...)
		} else {
			dst = appendFallback(dst, r)
		}
	}
	return dst
}

// Armenian after BGN/PCGN 1981 (ISO 9985 read without diacritics).
var armenianBase = map[rune]string{
	'ա': "a", 'բ': "b", 'գ': "g", 'դ': "d", 'ե': "e", 'զ': "z", 'է': "e",
	'ը': "y", 'թ': "t", 'ժ': "zh", 'ի': "i", 'լ': "l", 'խ': "kh", 'ծ': "ts",
	'կ': "k", 'հ': "h", 'ձ': "dz", 'ղ': "gh", 'ճ': "ch", 'մ': "m", 'յ': "y",
	'ն': "n", 'շ': "sh", 'ո': "o", 'չ': "ch", 'պ': "p", 'ջ': "j", 'ռ': "r",
	'ս': "s", 'վ': "v", 'տ': "t", 'ր': "r", 'ց': "ts", 'փ': "p", 'ք': "k",
	'օ': "o", 'ֆ': "f", 'և': "ev",
	// ւ outside ու, as in the ligature և that compatibility
	// normalisation splits into եւ.
	'ւ': "v",
}

func appendArmenian(dst []byte, run []rune) []byte {
	for i := 0; i < len(run); i++ {
		r := unicode.ToLower(run[i])
		var next rune
		if i+1 < len(run) {
			next = unicode.ToLower(run[i+1])
		}
		switch {
		case r == 'ո' && next == 'ւ':
			dst = append(dst, 'u')
			i++
			continue
		case r == 'ե' && i == 0:
			dst = append(dst, 'y', 'e')
			continue
		case r == 'ո' && i == 0:
			dst = append(dst, 'v', 'o')
			continue
		}
		if s, ok := armenianBase[r]; ok {
			dst = append(dst, s...)
		} else {
			dst = appendFallback(dst, run[i])
		}
	}
	return dst
}
