package screen

import (
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/sanctionscreen/ofac/sdn"
)

// Gulf firms write their English names in Arabic letters: جرينلاند اويل &
// غاز تريدينغ is Greenland Oil & Gas Trading FZE, اوكتان إنرجي جروب Octane
// Energy Group FZCO. Read letter by letter these are "jarinland",
// "awaktan": the vowels are guessed, and Arabic writes g with ج, v with ف,
// p with ب. What survives the borrowing is the frame of consonants, up to
// the letters Arabic cannot tell apart. abjadKey writes that frame, so
// that a word of a query in Arabic letters meets the English word of a
// firm's listed name it was borrowed from.
//
// Only the words of the Latin names of firms, vessels and other bodies
// are keyed, and of those only the ones no person's name on the list
// holds: people's names in Arabic letters are read by the
// transliteration, and a frame of consonants is far too loose to tell
// people apart (جمال Jamal and كمال Kamal have one).

// abjadSim is the similarity of a query word in Arabic letters to a listed
// word with its frame of consonants: a likeness of consonants, no more
// (skeletonSim).
const abjadSim = skeletonSim

// minAbjadKey is the fewest consonants of a frame that counts: two
// ("lt" of Lite, "rl" of Reel) meet too many words by chance.
const minAbjadKey = 3

// abjadKey writes into buf the frame of consonants of tok, an ASCII word,
// as Arabic letters write it: vowels, w, y and h dropped, p as b, v as f,
// c, g, j, k and q alike, s and z alike, ch as k (petrochem, tech),
// ph as f, x as ks, the t of -tion as s (generation, جينيراشن), and a
// doubled consonant once. It returns nil for a word with a digit or a
// frame too long for buf.
func abjadKey(buf *[32]byte, tok string) []byte {
	out := buf[:0]
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		var next byte
		if i+1 < len(tok) {
			next = tok[i+1]
		}
		var k byte
		switch c {
		case 'a', 'e', 'i', 'o', 'u', 'y', 'w', 'h':
			continue
		case 'b':
			k = 'b'
		case 'p':
			k = 'b'
			if next == 'h' {
				k = 'f'
			}
		case 'f', 'v':
			k = 'f'
		case 'g', 'j', 'k', 'q':
			k = 'k'
		case 'c':
			k = 'k'
			if next == 'e' || next == 'i' || next == 'y' {
				k = 's'
			}
		case 's', 'z':
			k = 's'
		case 'x':
			if len(out) >= 2 && out[len(out)-2] == 'k' && out[len(out)-1] == 's' {
				continue // a doubled x (Exxon)
			}
			if len(out) == len(buf) {
				return nil
			}
			out = append(out, 'k')
			k = 's'
		case 't':
			k = 't'
			if strings.HasPrefix(tok[i:], "tion") {
				k = 's'
			}
		case 'd', 'l', 'm', 'n', 'r':
			k = c
		default:
			return nil
		}
		if len(out) > 0 && out[len(out)-1] == k {
			continue
		}
		if len(out) == len(buf) {
			return nil
		}
		out = append(out, k)
	}
	return out
}

// frameTable maps frames of consonants to the dictionary tokens that have
// them. It is built on the first query that needs it.
type frameTable struct {
	once  sync.Once
	byKey map[string][]int32
}

// keyTokens maps the keys of the tokens of the listed names that takes
// takes, bar those skip rules out, to the tokens; keys shorter than minKey
// are left out.
func (ix *index) keyTokens(takes func(rec *nameRec) bool, skip func(id int32) bool,
	key func(buf *[32]byte, tok string) []byte, minKey int) map[string][]int32 {
	keyed := make([]bool, len(ix.toks))
	by := make(map[string][]int32)
	var buf [32]byte
	for i := range ix.names {
		rec := &ix.names[i]
		if !takes(rec) {
			continue
		}
		for _, id := range rec.toks {
			if keyed[id] || skip != nil && skip(id) {
				continue
			}
			keyed[id] = true
			if k := key(&buf, ix.toks[id].text); len(k) >= minKey {
				by[string(k)] = append(by[string(k)], id)
			}
		}
	}
	return by
}

// isPerson reports whether rec is a name of a person.
func (ix *index) isPerson(rec *nameRec) bool {
	return ix.list.Entries[rec.entry].Kind == sdn.Individual
}

// abjadTokens returns the dictionary tokens whose frame is key: the words
// of the Latin names of bodies that are not people, that no person's name
// holds.
func (ix *index) abjadTokens(key []byte) []int32 {
	ix.abjad.once.Do(func() {
		person := make([]bool, len(ix.toks))
		for i := range ix.names {
			if ix.isPerson(&ix.names[i]) {
				for _, id := range ix.names[i].toks {
					person[id] = true
				}
			}
		}
		ix.abjad.byKey = ix.keyTokens(func(rec *nameRec) bool {
			return !ix.isPerson(rec) && !strings.ContainsFunc(rec.text, func(r rune) bool {
				return r >= 0x0370 && unicode.IsLetter(r)
			})
		}, func(id int32) bool { return person[id] }, abjadKey, minAbjadKey)
	})
	return ix.abjad.byKey[string(key)]
}

// abjadKeyed reports whether dictionary token id is one of the abjad
// table's: a word of a body's Latin name that no person's name holds.
func (ix *index) abjadKeyed(id int32) bool {
	var buf [32]byte
	k := abjadKey(&buf, ix.toks[id].text)
	return len(k) >= minAbjadKey && slices.Contains(ix.abjadTokens(k), id)
}

// sameOnset reports whether a and b both begin with a vowel or both with a
// consonant: Arabic writes a word's first vowel (اوكتان Octane), so a
// frame alone does not pair ناصر "nasr" with Ansar.
func sameOnset(a, b string) bool {
	return a != "" && b != "" && isVowel(a[0]) == isVowel(b[0])
}

// sameAbjadKey reports whether a and b have one frame of consonants of
// minAbjadKey or more.
func sameAbjadKey(a, b string) bool {
	var ka, kb [32]byte
	x, y := abjadKey(&ka, a), abjadKey(&kb, b)
	return len(x) >= minAbjadKey && string(x) == string(y)
}

// frameSim is the similarity of a Latin token to the one coined word of
// its frame of consonants (frameWord): above minLoneSim, since no other
// listed word has that frame and begins alike.
const frameSim = 0.9

// minFrameWord is the least length of a token frameWord reads, and
// minFrame the least length of its frame: shorter frames meet by chance.
const (
	minFrameWord = 6
	minFrame     = 5
)

// frameWord returns the listed coined word of a firm (brandAlone, no
// English word, firmsOnly) of six letters or more whose frame of
// consonants is that of t, whose first letter is of t's startClass and
// whose spelling is close to t's (spellingClose), when there is one such
// word alone and t is neither a dictionary token nor an English word.
func (ix *index) frameWord(t string) (int32, bool) {
	if _, known := ix.dict[t]; known {
		return 0, false
	}
	var kb [32]byte
	k := abjadKey(&kb, t)
	if len(k) < minFrame {
		return 0, false
	}
	ids := ix.abjadTokens(k)
	if len(ids) == 0 || isEnglishWord(t) {
		return 0, false
	}
	brandW := ix.brandWeight()
	pick, n := int32(0), 0
	for _, id := range ids {
		u := ix.toks[id].text
		if len(u) >= minFrameWord && startOf(u) == startOf(t) && ix.brandOf(id, brandW)&brandAlone != 0 && !isEnglishWord(u) &&
			spellingClose(t, u) && ix.firmsOnly(id) {
			pick = id
			n++
		}
	}
	return pick, n == 1
}

// spellingClose reports whether a and b are at most two edits apart once
// the letters that spellings trade for one another are made one
// (translitKeyTo): Klaudran / Cloudrun, Galfvind / Gulfwind, but not
// Spartaco / Sbertech, whose frames agree.
func spellingClose(a, b string) bool {
	var ka, kb [32]byte
	x, y := translitKeyTo(&ka, a), translitKeyTo(&kb, b)
	if x == nil || y == nil {
		return false
	}
	return boundedDistance(string(x), string(y), 2) <= 2
}

// firmsOnly reports whether every listed name that holds dictionary token
// id is a firm's (sdn.Entity): ships are named after people and places
// (Montrose, Baxter), and a payee's surname meets them by its frame.
func (ix *index) firmsOnly(id int32) bool {
	for _, n := range ix.postings[id] {
		if ix.list.Entries[ix.names[n].entry].Kind != sdn.Entity {
			return false
		}
	}
	return true
}
