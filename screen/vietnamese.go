package screen

import "strings"

// Vietnamese names are of one-syllable words, written with or without
// their diacritics (Nguyễn Văn Minh, NGUYEN VAN MINH), the family name
// first or, in payrolls abroad, last (Minh Van Nguyen). Such a word is a
// name, not a coined brand, however few entries hold it ("Trương" is
// the family name of millions, and TRUONG PHAT LOC SHIPPING is no firm
// it names), and a name of such words that begins or ends with a family
// name is a person's.

// vietOnsets are the initial consonants of a Vietnamese syllable as
// written without diacritics (đ is d), longest first.
var vietOnsets = []string{"ngh", "ng", "ch", "gh", "gi", "kh", "nh", "ph", "qu", "th", "tr",
	"b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""}

// vietRhymes are the rhymes of a Vietnamese syllable without diacritics
// (ư, ơ, ô are u, o, o; â, ă are a; ê is e): a vowel or a vowel pair and
// a final consonant or glide.
var vietRhymes = func() map[string]bool {
	m := make(map[string]bool, 256)
	for _, v := range strings.Fields("a e i o u y oa oe ua ue uy ie ye uo uye ia ya") {
		for _, c := range strings.Fields("- c ch m n ng nh p t i o u y") {
			if c == "-" {
				c = ""
			}
			m[v+c] = true
		}
	}
	return m
}()

// vietSyllable reports whether t is one Vietnamese syllable written
// without diacritics.
func vietSyllable(t string) bool {
	if len(t) < 2 || len(t) > 7 {
		return false
	}
	for _, o := range vietOnsets {
		if strings.HasPrefix(t, o) && vietRhymes[t[len(o):]] {
			return true
		}
	}
	return false
}

// vietFamilyNames are the commonest Vietnamese family names, without
// diacritics: together nine in ten Vietnamese bear one.
var vietFamilyNames = wordSet(`nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly truong
	dinh lam mai trinh doan luong cao ta quach trieu luu kieu chau tang lai thai`)

// vietnamesePersonForm reports whether query is written as a Vietnamese
// person's name, in Latin letters: two to four words, each a Vietnamese
// syllable, with a
// family name of vietFamilyNames first or last, and no legal form or
// word of a trade ("Nguyen Van Minh", "Minh Van Nguyen"; not "Hoang Long
// Trading").
func vietnamesePersonForm(query string) bool {
	if hasSyllabic(query) {
		return false // 邁羽, read "mai yu", is no Vietnamese name
	}
	ts := nameTokens(query)
	if len(ts) < 2 || len(ts) > 4 {
		return false
	}
	for _, t := range ts {
		if !vietSyllable(t) || t == legalToken || tradeWords[t] || generic[t] {
			return false
		}
	}
	return vietFamilyNames[ts[0]] || vietFamilyNames[ts[len(ts)-1]]
}
