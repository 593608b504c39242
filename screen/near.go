package screen

import (
	"cmp"
	"math/bits"
	"slices"
	"strings"
)

// nearTable holds the dictionary's tokens of five letters or more by the
// class of their first letter (startOf) and their length, each with its
// set of letters, so that a query token can be compared with every token
// two edits from it. closeSim finds such tokens alike from seven letters
// on when they begin alike, and the one-letter deletions of the
// dictionary (index.deletes) meet only some of them: two letters changed
// ("Chonmyong" / "Chongbong") need two deletions on each side. A name
// whose token the lookups did not reach was bounded without it, and
// whether it was scored then depended on the threshold.
type nearTable struct {
	// letters (nearMask) and ids of the tokens, by startOf, then
	// length, then id.
	letters []uint32
	ids     []int32
	spans   map[uint16]nearSpan // by startOf<<8 | length
	// text holds the tokens' letters in the order of ids, so that a scan
	// reads memory in order.
	text string
}

// nearSpan is where the tokens of one first letter and length are:
// letters[from:to], and their letters from text[at:].
type nearSpan struct {
	from, to, at int32
}

// nearMin is the shortest token the table holds: a token of five letters
// is two edits from one of seven.
const nearMin = 5

// nearMask is t's letters, a bit each, digits sharing six bits and other
// bytes one. Letters that share a bit only make two tokens look nearer.
func nearMask(t string) uint32 {
	var m uint32
	for i := 0; i < len(t); i++ {
		m |= nearBits[t[i]]
	}
	return m
}

var nearBits = func() (t [256]uint32) {
	for c := range t {
		switch {
		case c >= 'a' && c <= 'z':
			t[c] = 1 << (c - 'a')
		case c >= '0' && c <= '9':
			t[c] = 1 << (26 + (c-'0')%5)
		default:
			t[c] = 1 << 31
		}
	}
	return t
}()

// buildNear fills the table from the index's tokens.
func (ix *index) buildNear() nearTable {
	var ids []int32
	// Only the tokens' texts are read: markPlaces may be setting their
	// place flags meanwhile (buildIndex).
	for id := range ix.toks {
		if t := ix.toks[id].text; len(t) >= nearMin && len(t) <= maxDistanceLen {
			ids = append(ids, int32(id))
		}
	}
	key := func(id int32) uint16 {
		t := ix.toks[id].text
		return uint16(startOf(t))<<8 | uint16(len(t))
	}
	slices.SortFunc(ids, func(a, b int32) int {
		if c := cmp.Compare(key(a), key(b)); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	nt := nearTable{
		letters: make([]uint32, len(ids)),
		ids:     ids,
		spans:   make(map[uint16]nearSpan),
	}
	var text strings.Builder
	for i := 0; i < len(ids); {
		k := key(ids[i])
		sp := nearSpan{from: int32(i), at: int32(text.Len())}
		for ; i < len(ids) && key(ids[i]) == k; i++ {
			t := ix.toks[ids[i]].text
			nt.letters[i] = nearMask(t)
			text.WriteString(t)
		}
		sp.to = int32(i)
		nt.spans[k] = sp
	}
	nt.text = text.String()
	return nt
}

// twoEdits calls fn with every token of the table that begins as t does
// (startOf), is at most two edits from t, and is seven letters long or
// more, or t is.
func (ix *index) twoEdits(t string, fn func(id int32)) {
	if len(t) < nearMin || len(t) > maxDistanceLen {
		return
	}
	st, m := uint16(startOf(t)), nearMask(t)
	// An unedited letter at position j of a token two edits from t is
	// among t's letters from j-2 to j+2, or from j-1 to j+1 when the two
	// are of one length (an insertion and a deletion, or transposed
	// letters, move a letter by one): win holds those for each length,
	// and a token with more than two letters outside them is further.
	var win [2][maxDistanceLen + 2]uint32
	for j := range min(len(t)+2, len(win[0])) {
		for i := max(0, j-2); i <= j+2 && i < len(t); i++ {
			win[1][j] |= nearBits[t[i]]
			if i >= j-1 && i <= j+1 {
				win[0][j] |= nearBits[t[i]]
			}
		}
	}
	for l := max(nearMin, len(t)-2); l <= min(len(t)+2, maxDistanceLen); l++ {
		if max(l, len(t)) < 7 {
			continue
		}
		sp, ok := ix.near.spans[st<<8|uint16(l)]
		if !ok {
			continue
		}
		w := &win[0]
		if l != len(t) {
			w = &win[1]
		}
		// Two edits take away at most two of t's letters and bring at
		// most two: fewer where the lengths differ, since an insertion
		// takes none away and a deletion brings none.
		lost, brought := 2, 2
		switch l - len(t) {
		case 2:
			lost = 0
		case 1:
			lost = 1
		case -1:
			brought = 1
		case -2:
			brought = 0
		}
	scan:
		for i, e := range ix.near.letters[sp.from:sp.to] {
			if bits.OnesCount32(m&^e) > lost || bits.OnesCount32(e&^m) > brought {
				continue
			}
			at := int(sp.at) + i*l
			u := ix.near.text[at : at+l]
			miss := 0
			for j := 0; j < len(u); j++ {
				if w[j]&nearBits[u[j]] == 0 {
					if miss++; miss > 2 {
						continue scan
					}
				}
			}
			if boundedDistance(t, u, 2) <= 2 {
				fn(ix.near.ids[int(sp.from)+i])
			}
		}
	}
}
