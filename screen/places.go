package screen

import (
	"strings"
	"sync"

	"github.com/sanctionscreen/ofac/sdn"
)

// A Russian or Ukrainian firm is often named after its town by an
// adjective: Kazanskii Vertoletnyi Zavod is the Kazan Helicopter Plant,
// Barnaulskii Patronnyi Zavod the Barnaul Cartridge Plant. The list gives
// one firm in both ways (93 entries do), and a payee's papers may hold
// either. The adjective is the town's name, less a final a or o, with -sk-
// and an ending: Samara Samarskiy, Lytkarino Lytkarinskii, Feodosiya
// Feodosiyske, Perm Permskaya.
//
// The town must be one the list names in an address (a city or a state
// of some entry's address): Sever ("north") is no town, and Severskiy Pipe
// Plant no Sever Pipe Plant.
//
// Left out: a town whose name ends in -sk (Minsk, Kursk, Ulyanovsk) is one
// or two edits from its adjective and needs nothing here, while its
// adjective read by the rule would be another town's (Minskiy as Mina);
// and people's
// names, where -sky is a surname (Kazansky, Maysky): the pair counts
// against the names of firms, ships and other bodies alone.

// placeSim is the similarity of a town's name and the adjective made from
// it: below minLoneSim, so that the one word never makes a match alone
// (KAZAN is a tanker).
const placeSim = 0.88

// minPlace is the least length of a town's name that is paired with an
// adjective, and minPlaceStem the least length of the adjective's stem.
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
// ("kazanskii" → "kazan", "permskaya" → "perm").
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
// adjectives, and marks the dictionary tokens that are mostly people's.
// It is built on the first query.
type placeTable struct {
	once     sync.Once
	byStem   map[string][]int32
	personal []bool
	// towns are the words of the cities and states of the list's
	// addresses.
	towns map[string]bool
}

func (ix *index) buildPlaces() {
	persons := make([]int32, len(ix.toks))
	for n := range ix.names {
		if ix.list.Entries[ix.names[n].entry].Kind != sdn.Individual {
			continue
		}
		for _, id := range ix.names[n].toks {
			persons[id]++
		}
	}
	// Half the listed names that hold the token or more are people's:
	// KAZAN is a surname once and a town in a dozen firms' names.
	personal := make([]bool, len(ix.toks))
	for id := range ix.toks {
		personal[id] = 2*int(persons[id]) >= len(ix.postings[id])
	}
	ix.places.personal = personal
	towns := make(map[string]bool)
	for i := range ix.list.Entries {
		for _, a := range ix.list.Entries[i].Addresses {
			for _, t := range tokens(a.City + " " + a.State) {
				if len(t) >= minPlace && !generic[t] && !isDigit(t[0]) {
					towns[t] = true
				}
			}
		}
	}
	ix.places.towns = towns
	by := make(map[string][]int32)
	for id := range ix.toks {
		stem, ok := placeStem(ix.toks[id].text)
		if !ok || personal[id] || ix.skTown(stem) {
			continue
		}
		for _, town := range [...]string{stem, stem + "a", stem + "o"} {
			if towns[town] {
				by[town] = append(by[town], int32(id))
			}
		}
	}
	ix.places.byStem = by
}

// skTown reports whether stem+"sk" is a listed word: the adjective is
// then that town's (Minskiy, Kurskii).
func (ix *index) skTown(stem string) bool {
	var buf [32]byte
	if len(stem)+2 > len(buf) {
		return false
	}
	_, ok := ix.dict[string(append(append(buf[:0], stem...), "sk"...))]
	return ok
}

// placeWords calls fn with the dictionary tokens that are t's town or its
// adjective: for an adjective, the town's name (stem, stem+a, stem+o); for
// a town's name, its adjectives. The town must be a word of the list's
// addresses, and neither word mostly a person's.
func (ix *index) placeWords(t string, fn func(id int32)) {
	if len(t) < minPlace || generic[t] {
		return
	}
	ix.places.once.Do(ix.buildPlaces)
	personal := ix.places.personal
	if id, known := ix.dict[t]; known && personal[id] {
		return
	}
	if stem, isAdj := placeStem(t); isAdj {
		if ix.skTown(stem) {
			return
		}
		for _, end := range [...]string{"", "a", "o"} {
			town := stem + end
			if !ix.places.towns[town] {
				continue
			}
			if id, found := ix.dict[town]; found && !personal[id] {
				fn(id)
			}
		}
		return
	}
	for _, id := range ix.places.byStem[t] {
		fn(id)
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
