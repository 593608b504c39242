package screen

import (
	"sort"
	"unicode/utf8"
)

//go:generate go run ./internal/gen/confusables -out confusables_table.go

// Look-alikes. A name can hide behind letters of another script that look
// the same: "Putin" with a Cyrillic "а" is another string to a computer,
// the same name to a reader. confusables_table.go, generated from Unicode's
// UTS #39 confusables data, says which letter each look-alike imitates; the
// word's own script decides which way the mapping goes (mapConfusables).

// confusableLookup returns the lower-case ASCII letter or digit that r
// imitates, if UTS #39 lists one.
func confusableLookup(r rune) (byte, bool) {
	i := sort.Search(len(confusableRunes), func(i int) bool { return confusableRunes[i] >= r })
	if i < len(confusableRunes) && confusableRunes[i] == r {
		return confusableASCII[i], true
	}
	return 0, false
}

// mapConfusables rewrites, in place, the look-alike letters of a word into
// the script the word is written in. The script is decided by the letters
// that have no look-alike in the other script (a Cyrillic "Д", a Latin
// "u"); when none decide, by the plain count. A word mostly Latin loses its
// Cyrillic, Greek or other look-alikes to Latin; a word mostly Cyrillic or
// Greek gets Latin look-alikes turned into letters of that script, so that
// "Oбщество" (Latin O) is read as Cyrillic. Words of one script are left
// alone: a wholly Cyrillic "ВАС" is Cyrillic, and transliterated.
func mapConfusables(w []rune) {
	// Most words are of one script: find out cheaply before looking up.
	var hasLatin, hasOther bool
	for _, r := range w {
		if r < utf8.RuneSelf {
			hasLatin = hasLatin || asciiClass[r] > '9'
		} else if s := scriptOf(r); s == scriptLatin {
			hasLatin = true
		} else if s != scriptDigit && s != scriptIgnore {
			hasOther = true
		}
	}
	if !hasLatin || !hasOther {
		return
	}
	var latin, other, latinDecisive, otherDecisive int
	otherScript := scriptOther
	mixed := false
	for _, r := range w {
		if r < utf8.RuneSelf {
			if asciiClass[r] > '9' {
				latin++
			}
			continue
		}
		s := scriptOf(r)
		switch s {
		case scriptLatin:
			latin++
			latinDecisive++
		case scriptDigit, scriptIgnore:
		default:
			if otherScript == scriptOther {
				otherScript = s
			} else if s != otherScript {
				mixed = true
			}
			other++
			if _, ok := confusableLookup(r); !ok {
				otherDecisive++
			}
		}
	}
	if latin == 0 || other == 0 {
		return
	}
	var toOther *[128]rune
	switch otherScript {
	case scriptCyrillic:
		toOther = &latinToCyrillic
	case scriptGreek:
		toOther = &latinToGreek
	}
	for _, r := range w {
		if r < utf8.RuneSelf && asciiClass[r] > '9' && (toOther == nil || toOther[r] == 0) {
			latinDecisive++
		}
	}
	if latinDecisive > otherDecisive || latinDecisive == otherDecisive && latin >= other {
		for i, r := range w {
			if r >= utf8.RuneSelf {
				if s := scriptOf(r); s != scriptLatin && s != scriptDigit {
					if c, ok := confusableLookup(r); ok && c > '9' {
						w[i] = rune(c)
					}
				}
			}
		}
		return
	}
	if toOther == nil || mixed {
		return
	}
	for i, r := range w {
		if r < utf8.RuneSelf && toOther[r] != 0 && transliterable(toOther[r]) {
			w[i] = toOther[r]
		}
	}
}

// transliterable reports whether r is a letter of the basic Cyrillic or
// Greek alphabets, which the transliteration tables cover.
func transliterable(r rune) bool {
	return r >= 0x0391 && r <= 0x03C9 || r >= 0x0400 && r <= 0x045F
}
