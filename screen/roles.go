package screen

import "sync"

// surnameStats marks the dictionary tokens that the list's people's names
// hold as surnames far more often than as given names (Perez, Moreno,
// Rodriguez): see matchTokens. Built when first needed.
type surnameStats struct {
	once    sync.Once
	surname []bool
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
		for id := range s {
			s[id] = sur[id] >= minSurnameUses && sur[id] >= surnameShare*given[id]
		}
		ix.surnames.surname = s
	})
	return ix.surnames.surname[id]
}
