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

// placeStem returns the stem of t when t is an adjective in -sk- and one
// of the endings the list's transliterations of Russian and Ukrainian give
// it ("kazanskii" → "kazan", "permskaya" → "perm").
func placeStem(t string) (string, bool) {
	n := strings.LastIndex(t, "sk")
	if n < minPlaceStem || len(t)-n-2 > 3 {
		return "", false
	}
	switch t[n+2:] {
	case "iye", "yye", "aya", "aia", "oye", "ogo", "ikh", "ykh",
		"ii", "iy", "ij", "yi", "yy", "ye", "oe", "oi", "oy", "ie",
		"i", "y", "a", "e":
		return t[:n], true
	}
	return "", false
}

// placeTable maps the stems of the listed adjectives in -sk- to those
// adjectives, and the towns to their dictionary tokens. It is built on the
// first query.
type placeTable struct {
	once   sync.Once
	byTown map[string][]int32 // town → its adjectives
	towns  map[string]int32   // town → its token, -1 if no name holds it
}

// buildPlaces takes the towns from the words of the list's addresses
// (placeTokens, read by markPlaces), and pairs them with the listed
// adjectives.
func (ix *index) buildPlaces() {
	towns := make(map[string]int32)
	for t := range ix.placeTokens {
		if len(t) < minPlace || generic[t] || isDigit(t[0]) {
			continue
		}
		towns[t] = -1
		if id, ok := ix.dict[t]; ok && !ix.personsHold(id) {
			towns[t] = id
		}
	}
	byTown := make(map[string][]int32)
	for id := range ix.toks {
		stem, ok := placeStem(ix.toks[id].text)
		if !ok || ix.skTown(stem) {
			continue
		}
		for _, town := range [...]string{stem, stem + "a", stem + "o"} {
			if _, ok := towns[town]; ok && !ix.personsHold(int32(id)) {
				byTown[town] = append(byTown[town], int32(id))
			}
		}
	}
	ix.places.towns, ix.places.byTown = towns, byTown
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
	// Whether t itself is mostly a person's is asked only once a pair is
	// found: a common token's postings are long.
	personal := func() bool {
		id, known := ix.dict[t]
		return known && ix.personsHold(id)
	}
	if stem, isAdj := placeStem(t); isAdj {
		if ix.skTown(stem) {
			return
		}
		asked := false
		for _, end := range [...]string{"", "a", "o"} {
			id, ok := ix.places.towns[stem+end]
			if !ok || id < 0 {
				continue
			}
			if !asked {
				if asked = true; personal() {
					return
				}
			}
			fn(id)
		}
		return
	}
	if ids := ix.places.byTown[t]; len(ids) > 0 && !personal() {
		for _, id := range ids {
			fn(id)
		}
	}
}

// isPlacePair reports whether a and b are a town of the list's addresses
// and its adjective.
func (ix *index) isPlacePair(a, b string) bool {
	if _, ok := placeStem(a); !ok {
		a, b = b, a
	}
	stem, ok := placeStem(a)
	if !ok || !strings.HasPrefix(b, stem) || len(b) > len(stem)+1 || len(b) == len(stem)+1 && b[len(stem)] != 'a' && b[len(stem)] != 'o' {
		return false
	}
	ix.places.once.Do(ix.buildPlaces)
	_, town := ix.places.towns[b]
	return town
}
