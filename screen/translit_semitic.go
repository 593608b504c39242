package screen

// Arabic and Hebrew are written without short vowels, and no table can put
// them back: "محمد" is Muhammad, Mohammed or Mehmet depending on who
// speaks. We read the consonants after the common English practice (the
// one the OFAC list follows: "kh", "sh", "th", "dh", "gh", no signs for
// ʿayn and hamza), read the letters that also write long vowels (ا و ي, א
// ו י) as vowels where they cannot be consonants, and insert "a" after a
// word's first consonant when another follows, since unwritten first
// vowels are mostly a (measured on the list, translit_test.go); in a word
// that opens with alef, which writes its first vowel, after the second
// (احمد Ahmad). The scorer's typo tolerance takes care of the rest.

var arabicBase = map[rune]string{
	'ب': "b", 'ت': "t", 'ث': "th", 'ج': "j", 'ح': "h", 'خ': "kh", 'د': "d",
	'ذ': "dh", 'ر': "r", 'ز': "z", 'س': "s", 'ش': "sh", 'ص': "s", 'ض': "d",
	'ط': "t", 'ظ': "z", 'غ': "gh", 'ف': "f", 'ق': "q", 'ك': "k", 'ل': "l",
	'م': "m", 'ن': "n", 'ه': "h", 'ھ': "h", 'ۀ': "h", 'ہ': "h",
	// Persian, Urdu, Pashto, Kurdish.
	'پ': "p", 'چ': "ch", 'ژ': "zh", 'گ': "g", 'ک': "k", 'ڭ': "ng", 'ڤ': "v",
	'ٹ': "t", 'ڈ': "d", 'ڑ': "r", 'ں': "n", 'ڕ': "r", 'ڵ': "l", 'ۆ': "o",
	'ێ': "e", 'ڠ': "ng",
	// Letters that are vowels or silent, handled in appendArabic; listed so
	// that they are not taken for unknown letters.
	'ع': "a", 'ـ': "", 'ء': "", 'ؤ': "", 'ئ': "", 'ا': "a", 'أ': "a", 'إ': "i", 'ە': "e",
	'آ': "a", 'ٱ': "a", 'ة': "a", 'ى': "a", 'و': "w", 'ي': "y", 'ی': "y",
	'ې': "e", 'ۍ': "ay", 'ے': "e", 'ٸ': "",
}

// arabicVowelInsertion can be turned off by the transliteration test to
// measure what the inserted vowel buys.
var arabicVowelInsertion = true

// alefVowelInsertion can be turned off by the transliteration test: it
// puts the unwritten vowel of a word that opens with alef after its
// second consonant (احمد Ahmad); off, such a word gets none.
var alefVowelInsertion = true

// isArabicVowelLetter reports whether r is a letter that writes a long
// vowel (or nothing, at a word's end): alef, waw, yeh.
func isArabicVowelLetter(r rune) bool {
	switch r {
	case 0, 'ا', 'أ', 'إ', 'آ', 'و', 'ي', 'ی', 'ى', 'ة':
		return true
	}
	return false
}

// persianBase holds the letters Persian reads otherwise than Arabic: Reza
// (رضا), not Rida; Zolfaghari (ذوالفقاری), Sabet (ثابت). Persian
// transliterations of the list write و as v where it is a consonant
// (Javad, Vahid).
var persianBase = map[rune]string{'ض': "z", 'ذ': "z", 'ظ': "z", 'ث': "s"}

// persianReading can be turned off by the transliteration test, to
// measure it against reading every name as Arabic.
var persianReading = true

// arabicWords are the words read whole, not letter by letter: the
// particles of descent, whose vowel the letters do not show (بن is bin,
// not "ban").
var arabicWords = map[string]string{"بن": "bin", "ابن": "ibn", "إبن": "ibn", "بنت": "bint"}

func appendArabic(dst []byte, run []rune, persian bool) []byte {
	if len(run) <= 3 {
		if w, ok := arabicWords[string(run)]; ok {
			return append(dst, w...)
		}
	}
	start := len(dst)
	consonants := 0 // consonants since the last vowel
	alefFirst := len(run) > 0 && (run[0] == 'ا' || run[0] == 'أ' || run[0] == 'إ' || run[0] == 'آ')
	// A name joined to الله (اسدالله Asadollah, نصرالله Nasrallah) ends,
	// for the vowel it lacks, where الله begins.
	end := len(run)
	for k := 2; k+4 <= len(run); k++ {
		if run[k] == 'ا' && run[k+1] == 'ل' && run[k+2] == 'ل' && run[k+3] == 'ه' {
			end = k
			break
		}
	}
	vowelAfter := func() bool { return len(dst) > start && isASCIIVowel(dst[len(dst)-1]) }
	for i, r := range run {
		var next rune
		if i+1 < len(run) {
			next = run[i+1]
		}
		switch r {
		case 'و':
			if i == 0 || vowelAfter() || next == 'ا' || next == 'ي' || next == 'ی' {
				if persian {
					dst = append(dst, 'v')
				} else {
					dst = append(dst, 'w')
				}
				consonants++
			} else {
				dst = append(dst, 'u')
				consonants = 0
			}
			continue
		case 'ي', 'ی':
			if i == 1 && !isArabicVowelLetter(next) && (run[0] == 'إ' || persian && run[0] == 'ا') {
				// إي (and ای in Persian) opening a word before a
				// consonant is a long i: إيران, ایران Iran, إيمان Iman.
				// Arabic writes Ayman with a bare alef too (ايمن), so
				// there ا stays a.
				if run[0] == 'ا' {
					dst[len(dst)-1] = 'i'
				}
				consonants = 0
				continue
			}
			// A final ی after a vowel is i in Persian and after hamza:
			// تولائی Toulai, برقعی Borghei, السامرائي Samarra'i; in
			// Arabic script it mostly writes the y of a foreign word
			// (سكاي Sky, واي Way).
			finalI := next == 0 && i > 0 && (persian || run[i-1] == 'ئ')
			if i == 0 || vowelAfter() && !finalI || next == 'ا' || next == 'و' {
				dst = append(dst, 'y')
				consonants++
			} else {
				dst = append(dst, 'i')
				consonants = 0
			}
			continue
		case 'ع':
			// ʿayn: no Latin letter, but the vowel that carries it is
			// mostly written ("Abdullah", "Said", "Ismail").
			if !vowelAfter() {
				dst = append(dst, 'a')
			}
			consonants = 0
			continue
		case 'ـ':
			continue // tatweel, a stretching stroke
		case 'ا', 'أ', 'إ', 'آ', 'ٱ', 'ة', 'ى', 'ە':
			if s := arabicBase[r]; !vowelAfter() || i == 0 {
				dst = append(dst, s...)
			}
			consonants = 0
			continue
		}
		s, ok := arabicBase[r]
		if p, isP := persianBase[r]; persian && isP {
			s = p
		}
		if !ok {
			dst = appendFallback(dst, r)
			continue
		}
		if s == "" {
			continue
		}
		if arabicVowelInsertion && i > 0 && (!alefFirst && consonants == 1 && len(dst)-start <= 2 ||
			alefFirst && alefVowelInsertion && (consonants == 2 && len(dst)-start <= 4 || consonants == 1 && i+1 == end && len(dst)-start == 2)) {
			// A word that opens with alef has its first vowel written:
			// the unwritten one follows its second consonant (احمد
			// Ahmad, اكرم Akram, ارسلان Arsalan), not its first; in a
			// word of two consonants, between them (انس Anas).
			dst = append(dst, 'a')
			consonants = 0
		}
		dst = append(dst, s...)
		consonants++
	}
	return dst
}

func isASCIIVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

var hebrewBase = map[rune]string{
	'א': "", 'ב': "b", 'ג': "g", 'ד': "d", 'ה': "h", 'ו': "v", 'ז': "z",
	'ח': "kh", 'ט': "t", 'י': "y", 'כ': "k", 'ך': "kh", 'ל': "l", 'מ': "m",
	'ם': "m", 'נ': "n", 'ן': "n", 'ס': "s", 'ע': "", 'פ': "p", 'ף': "f",
	'צ': "ts", 'ץ': "ts", 'ק': "k", 'ר': "r", 'ש': "sh", 'ת': "t",
	'װ': "v", 'ױ': "oy", 'ײ': "ey",
}

func appendHebrew(dst []byte, run []rune) []byte {
	for i, r := range run {
		switch {
		case r == 'ו' && i > 0:
			dst = append(dst, 'o') // mater lectionis: o or u
			continue
		case r == 'י' && i > 0 && i+1 < len(run):
			dst = append(dst, 'i')
			continue
		case r == 'א' && i == 0, r == 'ע' && i == 0:
			dst = append(dst, 'a')
			continue
		}
		if s, ok := hebrewBase[r]; ok {
			dst = append(dst, s...)
		} else {
			dst = appendFallback(dst, r)
		}
	}
	return dst
}
