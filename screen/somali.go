package screen

import (
	"slices"
	"strings"

	"github.com/sanctionscreen/ofac/sdn"
)

// Somali is written in Latin letters with an orthography of its own: x is
// the Arabic ḥ (ح), c the ʿayn (ع), and a long vowel is written twice.
// Maxamed Cabdullaahi Xasan is the Mohamed Abdullahi Hassan of an English
// passport, Cumar is Omar, Axmed Ahmed, Xirsi Hersi. The list writes Somali
// names in the English way, so a payee's record in Somali spelling met its
// listed name in few letters: "XIRSI, Xasan Cabdilaahi" scored 0.79
// against AL-TURKI, Hassan Abdullah Hersi, and "NAJI, Cali Axmed" 0.56
// against NAJI, Ali Ahmed. somaliReading writes such a name the English
// way, and screenName matches it too.

// somaliReading returns name in the English spelling of Somali names (x
// as h, c dropped, long vowels written once), or "" when name does not
// read as Somali. It must be in ASCII letters, and one of its words,
// once read, must be a word of the list's people's names
// (minSurnameUses) held surnameShare times as often as the word as
// written (Xasan, Axmed, Cumar): "Alexander Cox" and "Carlos Garcia" have
// x's and c's too, and are left as they are (somaliWord says which words
// are).
func (ix *index) somaliReading(name string) string {
	if !isASCII(name) || !strings.ContainsAny(name, "xcXC") {
		return ""
	}
	lower := strings.ToLower(name)
	isLetter := func(c byte) bool { return c >= 'a' && c <= 'z' || c == '\'' }
	// First whether one word reads as Somali, without building the
	// reading: most names with a c or an x are no Somali names.
	somali := false
	for i := 0; i < len(lower) && !somali; {
		if !isLetter(lower[i]) {
			i++
			continue
		}
		j := i
		for j < len(lower) && isLetter(lower[j]) {
			j++
		}
		w := lower[i:j]
		i = j
		if !strings.ContainsAny(w, "xc") {
			continue
		}
		r, n := somaliWord(w)
		if n == 0 || len(r) < 3 {
			continue
		}
		if id, ok := ix.dict[r]; ok {
			var as int32
			if wid, ok := ix.dict[w]; ok {
				as = ix.personUses(wid)
			}
			if n := ix.personUses(id); n >= minSurnameUses && n >= surnameShare*as {
				somali = true
			}
		}
	}
	if !somali {
		return ""
	}
	r, _ := somaliSpelling(lower)
	return r
}

// somaliSpelling returns lower, a lower-case name, with each word in the
// English spelling of Somali names (somaliWord), and how many letters
// changed.
func somaliSpelling(lower string) (string, int) {
	isLetter := func(c byte) bool { return c >= 'a' && c <= 'z' || c == '\'' }
	var out strings.Builder
	changed := 0
	for i := 0; i < len(lower); {
		if !isLetter(lower[i]) {
			out.WriteByte(lower[i]) // commas and spaces stay where they were
			i++
			continue
		}
		j := i
		for j < len(lower) && isLetter(lower[j]) {
			j++
		}
		r, n := somaliWord(lower[i:j])
		out.WriteString(r)
		changed += n
		i = j
	}
	return out.String(), changed
}

// listedSomaliReading returns the name of a listed person of Somalia
// (somaliEntry) in the English spelling of Somali names, or "" when it
// is written so already. The list writes a few such names in Somali
// (ROOBOW, Cabdi; CABDULLAAH, Ciise Maxamed), which a payee's record in
// English spelling ("Abdi Roobow") met in no word; the entry is the
// evidence that the name is Somali, as the list's words are for a query
// (somaliReading).
func listedSomaliReading(name string) string {
	if !isASCII(name) || !strings.ContainsAny(name, "xcXC") {
		return ""
	}
	r, n := somaliSpelling(strings.ToLower(name))
	if n == 0 {
		return ""
	}
	return r
}

// somaliListedFactor scales the score of a match made on a listed name's
// English spelling (listedSomaliReading): a guess at how the name is
// written, which turns rare words (CALI, Maxamed) into common ones (Ali
// Mohamed), and a payee's name that meets part of it meets less.
const somaliListedFactor = 0.95

// somaliEntry reports whether entry e is of Somalia: its nationality,
// citizenship, place of birth or an address.
func somaliEntry(e *sdn.Entry) bool {
	has := func(ss []string) bool {
		return slices.ContainsFunc(ss, func(s string) bool { return strings.Contains(s, "Somali") })
	}
	if has(e.Nationalities) || has(e.Citizenships) || has(e.BirthPlaces) {
		return true
	}
	return slices.ContainsFunc(e.Addresses, func(a sdn.Address) bool { return strings.Contains(a.Country, "Somali") })
}

// somaliWord returns w, a lower-case word, in English spelling and the
// number of its x's and c's that changed; 0 for a word that has ch or
// reads alike either way, and for a syllable of pinyin (Xun, Cao), where
// x and c are Mandarin sounds.
func somaliWord(w string) (string, int) {
	if strings.Contains(w, "ch") || strings.IndexByte(w, 'x') < 0 && strings.IndexByte(w, 'c') < 0 || isPinyin(w) {
		return w, 0
	}
	var b strings.Builder
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c == 'x':
			b.WriteByte('h')
			n++
			continue
		case c == 'c' && i == len(w)-1 && i > 0 && isVowel(w[i-1]):
			// A final c after a vowel stays: Jaamac is Jama'a, but
			// Isaac is no Somali name.
		case c == 'c':
			n++ // ʿayn: English spelling writes nothing
			continue
		case c == '\'':
			continue
		case isVowel(c) && c != 'y' && i+1 < len(w) && w[i+1] == c:
			continue // a long vowel, written once
		}
		b.WriteByte(c)
	}
	if n == 0 || b.Len() < 2 {
		return w, 0
	}
	return b.String(), n
}
