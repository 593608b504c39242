package screen

import (
	"strings"
	"sync"

	"github.com/sanctionscreen/ofac/sdn"
)

// A Russian or Ukrainian firm is often named after its town by an
// adjective: Kazanskii Vertoletnyi Zavod is the Kazan Helicopter Plant,
// Tulskiy Oruzheinyi Zavod the Tula Arms Plant, Barnaulskii Patronnyi
// Zavod the Barnaul Cartridge Plant. The list gives one firm in both ways
// (93 entries do), and a payee's papers may hold either. The adjective is
// the town's name, less a final a or o, with -sk- and an ending: Samara
// Samarskiy, Lytkarino Lytkarinskii, Feodosiya Feodosiyske, Perm Permskaya.
// A town whose name already ends in -sk (Omsk, Ulyanovsk) is one or two
// edits from its adjective and needs nothing here.

// placeSim is the similarity of a town's name and the adjective made from
// it: below minLoneSim, so that the one word never makes a match alone
// (Kazansky is a surname too, and KAZAN a tanker).
const placeSim = 0.88

// minPlace is the least length of a town's name that is paired with an
// adjective, and minPlaceStem the least length of the adjective's stem:
// Tula is Tulskiy, stem "tul".
const (
	minPlace     = 4
	minPlaceStem = 3
)

// adjectiveEnds are the endings of an adjective after -sk-, longest first,
// in the list's transliterations of Russian and Ukrainian.
var adjectiveEnds = [...]string{
	"iye", "yye", "aya", "aia", "oye", "ogo", "ikh", "ykh",
	"ii", "iy", "ij", "yi", "yy", "ye", "oe", "oi", "oy", "ie",
	"i", "y", "a", "e",
}

// placeStem returns the stem of t when t is an adjective in -sk-
// ("kazanskii" → "kazan", "tulskiy" → "tul").
func placeStem(t string) (string, bool) {
	for _, e := range adjectiveEnds {
		n := len(t) - len(e) - 2
		if n >= minPlaceStem && strings.HasSuffix(t, e) && t[n:n+2] == "sk" {
			return t[:n], true
		}
	}
	return "", false
}

// placeTable maps the stems of the listed adjectives in -sk- to those
// adjectives, for the words that only firms' names hold. It is built on
// the first query that may need it.
type placeTable struct {
	once   sync.Once
	byStem map[string][]int32
}

func (ix *index) buildPlaces() {
	by := make(map[string][]int32)
	for id := range ix.toks {
		if stem, ok := placeStem(ix.toks[id].text); ok && !ix.personsHold(int32(id)) {
			by[stem] = append(by[stem], int32(id))
		}
	}
	ix.places.byStem = by
}

// placeWords calls fn with the dictionary tokens that are t's town or its
// adjective: for an adjective, the town's name (stem, stem+a, stem+o); for
// a town's name, the adjectives whose stem it is, or it is less a final a
// or o. Neither word may be mostly a person's (personsHold): a surname in
// -sky (Zelensky, Kazansky) is no town's adjective. Ships are often
// named after towns (the tanker KAZAN), and are kept.
func (ix *index) placeWords(t string, fn func(id int32)) {
	if len(t) < minPlace || generic[t] {
		return
	}
	// Whether t itself is mostly a person's is asked only once a pair is
	// found: a common token's postings are long.
	checked, personal := false, false
	ok := func() bool {
		if !checked {
			checked = true
			id, known := ix.dict[t]
			personal = known && ix.personsHold(id)
		}
		return !personal
	}
	if stem, isAdj := placeStem(t); isAdj {
		for _, end := range [...]string{"", "a", "o"} {
			if len(stem)+len(end) < minPlace {
				continue
			}
			town := stem + end
			if id, found := ix.dict[town]; found && !generic[town] && !ix.personsHold(id) && ok() {
				fn(id)
			}
		}
		return
	}
	ix.places.once.Do(ix.buildPlaces)
	ids := ix.places.byStem[t]
	if last := t[len(t)-1]; last == 'a' || last == 'o' {
		ids = append(ids[:len(ids):len(ids)], ix.places.byStem[t[:len(t)-1]]...)
	}
	if len(ids) > 0 && ok() {
		for _, id := range ids {
			fn(id)
		}
	}
}

// isPlacePair reports whether a and b are a town's name and its adjective.
func isPlacePair(a, b string) bool {
	if _, ok := placeStem(a); !ok {
		a, b = b, a
	}
	stem, ok := placeStem(a)
	return ok && len(b) >= minPlace && (b == stem || len(b) == len(stem)+1 && b[:len(stem)] == stem && (b[len(stem)] == 'a' || b[len(stem)] == 'o'))
}

// personsHold reports whether dictionary token id is mostly a person's:
// half the listed names that hold it or more are people's. KAZAN is a
// surname once and a town in a dozen firms' names.
func (ix *index) personsHold(id int32) bool {
	persons := 0
	for _, n := range ix.postings[id] {
		if ix.list.Entries[ix.names[n].entry].Kind == sdn.Individual {
			persons++
		}
	}
	return 2*persons >= len(ix.postings[id])
}
