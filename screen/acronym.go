package screen

import (
	"strings"
	"unicode"
)

// Initials. Payees write an organisation by its own word and the first
// letters of the rest: "Gazpromneft STC" for Gazpromneft Science and
// Technology Centre, "AESTC Soyuz" for the Aero Engine Scientific and
// Technical Company Soyuz, "Samidoun PPSN" for Samidoun Palestinian
// Prisoner Solidarity Network. A query word of initials (acronymShape)
// meets a run of a company's listed words whose first letters spell it
// at acronymSim: words that join others ("and", "of") give their letter
// or not, and a legal form gives the C of Company or nothing.
//
// Initials count only beside what makes the name its own: the query's
// other words must single the name out by themselves (acronymRest), so
// that initials add to a match and never make one. Alone, a word of four
// letters is a name, a word of the language or another firm's initials
// as often as those of a listed company ("Saim", "Snap Inc", "TSMC" each
// spell some listed firm's initials), and a city beside them says
// nothing ("Shanghai HIT Ltd" is not Shanghai Heiying Information
// Technology). OFAC lists the initials it knows a party by (NIOC, IRGC)
// as aliases.
//
// Initials match companies' names (an entity's) alone: a person's
// initials are one letter each, and matched as initials are (alignPass).
// The query's word must be no word the list holds for anything but
// companies (acronymWord): "Ali" is not ASSOCIATION OF LEBANESE
// INDUSTRIALISTS. The other way round, a listed word of initials that a
// run of query words spells out, is not read: three words of a payee's
// name spell some listed firm's initials by chance ("Shiraz Trading Co"
// is not STC, LTD).

const (
	// acronymSim is the similarity of initials and the words they
	// stand for: below a spelling the list pairs (variantSim), as the
	// initials say less than the words.
	acronymSim = 0.9
	// minAcronym and maxAcronym bound the length of a word read as
	// initials: two letters meet too many pairs of words by chance.
	minAcronym = 3
	maxAcronym = 6
)

// acronymJoin holds the words that join others in a name and may give
// their letter to its initials or not: "Science and Technology Centre" is
// STC, "Revival of Islamic Heritage Society" RIHS.
var acronymJoin = map[string]bool{
	"and": true, "of": true, "the": true, "for": true, "in": true, "on": true,
	"de": true, "del": true, "des": true, "du": true, "la": true, "y": true, "e": true, "et": true,
	"i": true, "ve": true, "va": true, "und": true, "da": true, "di": true, "do": true, "dos": true, "das": true,
}

// legalInitial is the letter a legal form gives a name's initials, that
// of Company: the others (Limited, OOO, AO) make any word end in some
// firm's initials ("Emil" for EVRAZ METALL INPROM OAO).
const legalInitial = 'c'

// acronymShape reports whether t may be a word of initials: minAcronym
// to maxAcronym letters, nothing else.
func acronymShape(t string) bool {
	if len(t) < minAcronym || len(t) > maxAcronym || t == legalToken || acronymJoin[t] {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] < 'a' || t[i] > 'z' {
			return false
		}
	}
	return true
}

// nameLike reports whether t alternates consonants and vowels throughout,
// as names do and initials seldom do: Nada, Mori, Enid and Duda are
// names, NIOC, IDRO and UWSA initials. Such a word is read as initials
// only in capitals among words in lower case (inCapitals).
func nameLike(t string) bool {
	for i := 1; i < len(t); i++ {
		if isVowel(t[i]) == isVowel(t[i-1]) {
			return false
		}
	}
	return true
}

// acronymRun returns how many of the words from words[j] on the initials
// acr stand for, or 0: the first word gives the first letter, and each
// word after it its first letter, a joining word of two letters or more
// its letter or none (but not the last letter), a legal form legalInitial
// or none, a generic word (Group, International) its letter. All letters
// but one, and three at least, must come from the run's own words, not
// from joining words, legal forms or generic words: "Ngoc" is not
// Navigator Group of Companies, nor "Shanghai HIT Ltd" a Shanghai firm of
// two words and International Trading.
func acronymRun(acr string, words []string, j int) int {
	return acronymFrom(acr, 0, words, j, j, 0)
}

// acronymFrom is acronymRun from letter ai of acr and words[j], the run
// having begun at j0 with n words that are no joining words, legal forms
// nor generic.
func acronymFrom(acr string, ai int, words []string, j0, j, n int) int {
	if ai == len(acr) {
		if n >= max(minAcronym, len(acr)-1) {
			return j - j0
		}
		return 0
	}
	if j >= len(words) {
		return 0
	}
	t := words[j]
	if t == legalToken {
		if ai > 0 && acr[ai] == legalInitial {
			if r := acronymFrom(acr, ai+1, words, j0, j+1, n); r > 0 {
				return r
			}
		}
		if ai > 0 {
			return acronymFrom(acr, ai, words, j0, j+1, n)
		}
		return 0
	}
	join := acronymJoin[t]
	if len(t) >= 2 && t[0] == acr[ai] && (!join || ai > 0 && ai+1 < len(acr)) {
		c := n
		if !join && !generic[t] {
			c++
		}
		if r := acronymFrom(acr, ai+1, words, j0, j+1, c); r > 0 {
			return r
		}
	}
	if ai > 0 && join {
		return acronymFrom(acr, ai, words, j0, j+1, n)
	}
	return 0
}

// acronymWord reports whether query token t may be a company's initials:
// the list holds it in companies' names alone, and in few of them, or not
// at all.
func (ix *index) acronymWord(t qtok) bool {
	if !acronymShape(t.text) {
		return false
	}
	if t.id < 0 {
		return true
	}
	return len(ix.postings[t.id]) <= maxAcronymPostings && ix.firmsOnly(t.id)
}

// maxAcronymPostings is the most listed names a word of initials is in:
// initials are rare words, and "Bank" or "Oil" is no company's initials.
const maxAcronymPostings = 20

// inCapitals reports whether query writes t (lower case ASCII) as a word
// in capitals among words in lower case: "Gazpromneft STC LLC". A word of
// the shape of a name (nameLike) is read as initials only so written.
func inCapitals(query, t string) bool {
	lower := false
	for i := 0; i < len(query) && !lower; i++ {
		lower = 'a' <= query[i] && query[i] <= 'z'
	}
	if !lower {
		return false
	}
	letter := func(i int) bool {
		return i >= 0 && i < len(query) && ('a' <= query[i] && query[i] <= 'z' || 'A' <= query[i] && query[i] <= 'Z')
	}
	for i := 0; i+len(t) <= len(query); i++ {
		if letter(i-1) || letter(i+len(t)) {
			continue
		}
		k := 0
		for k < len(t) && query[i+k] == t[k]-'a'+'A' {
			k++
		}
		if k == len(t) {
			return true
		}
	}
	return false
}

// acronymRest reports whether the pairs of an alignment that are not
// initials single out the listed name by themselves: the weight they
// match is at least minInfo, and none of them is a place of the list's
// addresses (a city beside initials names no firm). ctoks are the listed
// name's tokens.
func (ix *index) acronymRest(pairs []pair, ctoks []int32) bool {
	var w float64
	for _, p := range pairs {
		if p.acronym {
			continue
		}
		for _, id := range ctoks[p.cj : p.cj+p.cn] {
			if ix.toks[id].place {
				return false
			}
		}
		w += p.value
	}
	return w >= minInfo
}

// acronymSpells reports whether a query word of initials (acrQ marks
// them) spells a run of the listed words toks (acronymPairs).
func (ix *index) acronymSpells(q []qtok, acrQ uint64, toks []int32) bool {
	var wb [64]string
	words := wb[:0]
	for _, id := range toks[:min(len(toks), len(wb))] {
		words = append(words, ix.toks[id].text)
	}
	var pb [4]pair
	return len(acronymPairs(pb[:0], q, acrQ, words)) > 0
}

// acronymPairs appends to pairs those that a query word of initials
// (acrQ marks them) makes with a run of the words of a company's listed
// name ctext.
func acronymPairs(pairs []pair, q []qtok, acrQ uint64, ctext []string) []pair {
	for i := range q {
		if acrQ&(1<<i) == 0 {
			continue
		}
		for j := range ctext {
			if n := acronymRun(q[i].text, ctext, j); n > 0 {
				pairs = append(pairs, pair{qi: i, qn: 1, cj: j, cn: n, sim: acronymSim, value: acronymSim * q[i].weight, acronym: true})
			}
		}
	}
	return pairs
}

// firmQuery reports whether query tokens other than the words of initials
// (acrQ) say the query is a company's: a legal form, a word of a group of
// companies (firmWords), a word of a trade, or a word the list holds in
// companies' names alone. Honorifics and particles (Sheikh, bin, van),
// which generic also holds, say nothing of it.
func (ix *index) firmQuery(q []qtok, acrQ uint64) bool {
	for i, t := range q {
		if acrQ&(1<<i) != 0 {
			continue
		}
		if t.text == legalToken || firmWords[t.text] || tradeWords[t.text] || t.id >= 0 && ix.firmsOnly(t.id) {
			return true
		}
	}
	return false
}

// firmWords are the words of generic that name a group of companies.
var firmWords = map[string]bool{
	"group": true, "holding": true, "holdings": true, "international": true, "trading": true, "enterprise": true, "enterprises": true,
	"gruppa": true, "grupp": true, "grupo": true, "gruppo": true, "grupa": true, "groupe": true, "grup": true,
}

// Spaced letters. A firm's initials are written with a space or a point
// between the letters as often as without: the list has O N C U TRADING
// L.L.C. beside ONCU TRADING L.L.C., B.S. COMPANY OFFSHORE beside BS
// COMPANY OFFSHORE, A.T.E. INTERNATIONAL LTD. alone. Such a run of
// letters is read as one word too: a company's listed name is indexed
// with it (tokenizeEntry), and a query is matched with it against
// companies (nameMatches). A person's initials stay letters: "J R
// Smith" is no firm JR.

// joinLetters returns toks with each run of two or more tokens of one
// letter a-z joined into one token, or nil if toks has no such run.
func joinLetters(toks []string) []string {
	run := func(i int) bool { return len(toks[i]) == 1 && toks[i][0] >= 'a' && toks[i][0] <= 'z' }
	var out []string
	for i := 0; i < len(toks); {
		j := i
		for j < len(toks) && run(j) {
			j++
		}
		if j-i < 2 {
			if out != nil {
				out = append(out, toks[i])
			}
			i++
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(toks)), toks[:i]...)
		}
		out = append(out, strings.Join(toks[i:j], ""))
		i = j
	}
	return out
}

// spacedLetters reports whether name has two words of one Latin letter
// running, words being runs of letters: the test before joinLetters
// reads a query so, which most queries fail without allocating. A
// syllable of Hangul or a Chinese character is a word of one letter too,
// and no initial.
func spacedLetters(name string) bool {
	run, n := 0, 0 // single-letter words in a row; letters in this word
	for _, r := range name {
		if unicode.IsLetter(r) {
			if r >= 0x250 {
				n += 2 // no Latin letter: no initial
			} else {
				n++
			}
			continue
		}
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		run = wordEnds(run, n)
		if run >= 2 {
			return true
		}
		n = 0
	}
	return wordEnds(run, n) >= 2
}

// wordEnds is spacedLetters' count of single-letter words in a row after
// a word of n letters ends (n 0: no word, the count stands).
func wordEnds(run, n int) int {
	switch n {
	case 0:
		return run
	case 1:
		return run + 1
	}
	return 0
}
