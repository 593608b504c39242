package screen

import (
	"strings"
	"sync"
)

// surnameStats marks the dictionary tokens that the list's people's names
// hold as surnames far more often than as given names (Perez, Moreno,
// Rodriguez), and those they hold as given names far more often than as
// surnames (Patricia, Jorge): see matchTokens and personForm. Built when
// first needed.
type surnameStats struct {
	once    sync.Once
	surname []bool
	given   []bool
	// uses counts the list's people's names that hold each token, in
	// any role.
	uses []int32
}

// Thresholds of surnameLike: held as a surname by minSurnameUses names or
// more, and surnameShare times as often as a given name or more.
const (
	minSurnameUses = 3
	surnameShare   = 4
)

// surnameLike reports whether the list holds dictionary token id as a
// surname (surnameStats).
func (ix *index) surnameLike(id int32) bool {
	ix.roleStats()
	return ix.surnames.surname[id]
}

// givenLike reports whether the list holds dictionary token id as a given
// name (surnameStats).
func (ix *index) givenLike(id int32) bool {
	ix.roleStats()
	return ix.surnames.given[id]
}

// personUses counts the list's people's names that hold dictionary token
// id, as a given name or a surname.
func (ix *index) personUses(id int32) int32 {
	ix.roleStats()
	return ix.surnames.uses[id]
}

func (ix *index) roleStats() {
	ix.surnames.once.Do(func() {
		sur := make([]int32, len(ix.toks))
		given := make([]int32, len(ix.toks))
		for _, rec := range ix.names {
			for j, id := range rec.toks {
				if j >= len(rec.roles) {
					break
				}
				switch rec.roles[j] {
				case roleSurname, roleSurnameRest:
					sur[id]++
				case roleFirst, roleMiddle:
					given[id]++
				}
			}
		}
		s := make([]bool, len(ix.toks))
		g := make([]bool, len(ix.toks))
		uses := make([]int32, len(ix.toks))
		for id := range s {
			s[id] = sur[id] >= minSurnameUses && sur[id] >= surnameShare*given[id]
			g[id] = given[id] >= minSurnameUses && given[id] >= surnameShare*sur[id]
			uses[id] = sur[id] + given[id]
		}
		ix.surnames.surname, ix.surnames.given, ix.surnames.uses = s, g, uses
	})
}

// personForm reports whether query is written as a person's name in the
// list's own form, "SURNAME, Given names": one comma, before it only words
// the list holds as surnames (and particles), after it only words it
// holds as given names, or initials. Such a query names a person, not a
// firm: "RODRIGUEZ LOPEZ, Patricia" is not RODRIGUEZ LOPEZ, S.A. DE C.V.
// A firm followed by its city ("Sovcomflot, Moscow") is no such name.
func (ix *index) personForm(query string) bool {
	before, after, ok := strings.Cut(query, ",")
	if !ok || strings.Contains(after, ",") {
		return false
	}
	check := func(part string, like func(int32) bool, initials bool) bool {
		ts := nameTokens(part)
		n := 0
		for _, t := range ts {
			switch id, known := ix.dict[t]; {
			case generic[t]:
			case initials && len(t) == 1:
				n++
			case known && like(id):
				n++
			default:
				return false
			}
		}
		return n > 0
	}
	return check(before, ix.surnameLike, false) && check(after, ix.givenLike, true)
}

// naturalPersonForm reports whether query, without a comma, is a person's
// name in the order it is spoken: two to four words, the first one the
// list holds as a given name, the last one it holds as a surname, and
// each of them one or the other (or a particle, or an initial).
// "Enrique Rodriguez Lopez" is a man, not RODRIGUEZ LOPEZ, S.A. DE C.V.
// Ships are named so after people (KIRILL LAVROV, ALEKSANDR SOKOLOV), and
// screenName asks this of firms alone.
func (ix *index) naturalPersonForm(query string) bool {
	ts := nameTokens(query)
	if len(ts) < 2 || len(ts) > 4 {
		return false
	}
	for i, t := range ts {
		id, known := ix.dict[t]
		switch {
		case i == 0:
			if !known || !ix.givenLike(id) {
				return false
			}
		case i == len(ts)-1:
			if !known || !ix.surnameLike(id) {
				return false
			}
		case generic[t] || len(t) == 1:
		case !known || !ix.givenLike(id) && !ix.surnameLike(id):
			return false
		}
	}
	return true
}
