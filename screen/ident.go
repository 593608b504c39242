package screen

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/sanctionscreen/ofac/sdn"
)

// Identifiers. The list gives its parties' tax numbers, registration
// numbers, passports, national IDs, SWIFT/BIC codes and the like
// (sdn.Entry.IDs, and some of Entry.Features), and a payee's record or a
// payment's line gives them beside the name: "OOO Rassvet INN
// 9731001285", "BENEFICIARY BANK KDBKKPPY". Such a number is matched
// exactly, as an IMO number is: a hit on every entry that lists it,
// whatever the name. A number is written with spaces, points and hyphens
// in as many ways as there are clerks ("AABA 670850 Y", "95-4227517"): it
// is compared by its letters and digits alone, in capitals (identKey),
// and up to three words of the query make one.
//
// Short numbers are common in payment lines (an invoice's, an order's, a
// phone's, an amount): a number of digits alone of fewer than
// minBareDigits, or of letters and digits of fewer than minBareMixed, is
// read only right after a word that names a kind of identifier
// (identCues: "Passport 1084010", "INN 7702070139", "Tax ID No. 1084010";
// not "Invoice No."), alone and never joined to the next word, and its
// hit scores shortIdentScore: another number may be written so. A word
// of letters alone is read only as a SWIFT/BIC code, of eight letters or
// eleven (an eleven's last three are the branch: KDBKKPPYXXX is
// KDBKKPPY's head office). An amount ("1,000.60", "1,000,934") is no
// identifier.
const (
	minIdentLen     = 6
	minBareDigits   = 9
	minBareMixed    = 8
	maxIdentLen     = 32
	maxIdentWords   = 3
	shortIdentScore = 0.9
)

// identCues are the words that name a kind of identifier, in lower case
// and without their points; identCueWords may come between such a word
// and the number ("Tax ID No.", "Passport No.").
var (
	identCues = wordSet(`passport inn инн ogrn огрн tin ssn dni cedula curp rfc nit ruc rif cuit cuil lei bik бик uscc
		nif nie cin rnc fein ein vat tax registration national identity fiscal license licence swift bic duns isin`)
	identCueWords = wordSet(`id no nr number num # № n° nº card code`)
)

// identListing is an entry that lists an identifier, of a type, issued
// by a country if the list says so.
type identListing struct {
	entry                *sdn.Entry
	typ, number, country string
}

// identFeatures are the types of the facts the list gives apart from its
// IDs (sdn.Entry.Features) that are identifiers too.
var identFeatures = []string{"SWIFT/BIC", "ISIN", "D-U-N-S Number", "BIK (RU)"}

// notIdents are the types of the list's IDs that name no one party: the
// Chinese Commercial Code spells a name in telegraph code, which
// namesakes share.
var notIdents = []string{"Chinese Commercial Code"}

// kppShape is a Russian tax office's code (KPP), which the list gives at
// times as a firm's number (770501001 as a Tax ID No.): every firm
// registered at that office has it.
var kppShape = regexp.MustCompile(`^\d{4}(?:01|02|43|45|50)\d{3}$`)

// identKey writes the letters and digits of s, in capitals, to dst, and
// returns them; nil when s holds another character than those and the
// spaces, hyphens, points, slashes and commas numbers are written with
// (a letter of another script), or more than dst holds.
func identKey(dst []byte, s string) []byte {
	return appendIdentKey(dst[:0], s, len(dst))
}

// appendIdentKey is identKey appending to dst, up to max bytes in all.
func appendIdentKey(dst []byte, s string, max int) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z':
			c -= 'a' - 'A'
		case 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		case c == ' ' || c == '-' || c == '.' || c == '/' || c == ',':
			continue
		default:
			return nil
		}
		if len(dst) == max {
			return nil
		}
		dst = append(dst, c)
	}
	return dst
}

// listedNumber returns an identifier as the list writes it without what
// it puts around the number at times: a label before a colon ("CNIC:
// 35202-5400413-9", "ISIN: RU0009177331"), a hash, a place in brackets
// ("01200175 (Bogota)", "K357514(4)" keeps its check digit).
func listedNumber(n string) string {
	if i := strings.LastIndexByte(n, ':'); i >= 0 {
		n = n[i+1:]
	}
	n = strings.Trim(n, " #*")
	if i := strings.IndexByte(n, '('); i > 0 {
		if j := strings.IndexByte(n[i:], ')'); j > 0 && !hasDigit(n[i:i+j]) {
			n = n[:i] // a place
		} else {
			n = strings.NewReplacer("(", "", ")", "").Replace(n)
		}
	}
	return strings.TrimSpace(n)
}

// identsListed returns the entries that list the identifier of key
// (identKey).
func (ix *index) identsListed(key []byte) []identListing {
	ix.identOnce.Do(func() {
		ix.idents = make(map[string][]identListing)
		var buf [maxIdentLen]byte
		put := func(l identListing) {
			k := identKey(buf[:], listedNumber(l.number))
			if len(k) < minIdentLen || !hasDigitBytes(k) && !bicShaped(k, l.typ) {
				return
			}
			if l.typ != "BIK (RU)" && kppShape.Match(k) && (l.country == "" || l.country == "Russia") {
				return
			}
			ix.idents[string(k)] = append(ix.idents[string(k)], l)
			if l.typ == "SWIFT/BIC" && len(k) == 11 {
				// The first eight of a branch's code are its bank's.
				ix.idents[string(k[:8])] = append(ix.idents[string(k[:8])], l)
			}
		}
		for i := range ix.list.Entries {
			e := &ix.list.Entries[i]
			for _, id := range e.IDs {
				// A vessel's IMO number and MMSI are read by their cues
				// (imo.go, msn.go).
				if id.Type != "MMSI" && !strings.HasPrefix(id.Type, "Vessel Registration") && !slices.Contains(notIdents, id.Type) {
					put(identListing{e, id.Type, id.Number, id.Country})
				}
			}
			for _, f := range e.Features {
				if slices.Contains(identFeatures, f.Type) {
					put(identListing{entry: e, typ: f.Type, number: f.Value})
				}
			}
		}
	})
	return ix.idents[string(key)]
}

// bicShaped reports whether k, letters alone, is a SWIFT/BIC code of
// type typ: eight letters or eleven.
func bicShaped(k []byte, typ string) bool {
	return typ == "SWIFT/BIC" && (len(k) == 8 || len(k) == 11)
}

func hasDigitBytes(k []byte) bool {
	for _, c := range k {
		if '0' <= c && c <= '9' {
			return true
		}
	}
	return false
}

// identSeparator reports whether r separates the words identHits reads:
// white space, and the punctuation between a label and its number.
func identSeparator(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', ';', '(', ')', '[', ']', ':', '|', '/', '#', '"', '«', '»', '№':
		return true
	}
	return false
}

// nextIdentWord returns the first word of s (identSeparator) and the
// rest after it.
func nextIdentWord(s string) (word, rest string) {
	i := strings.IndexFunc(s, func(r rune) bool { return !identSeparator(r) })
	if i < 0 {
		return "", ""
	}
	s = s[i:]
	j := strings.IndexFunc(s, identSeparator)
	if j < 0 {
		return s, ""
	}
	return s[:j], s[j:]
}

// identHits returns the hits of the identifiers name gives (see above),
// each entry once.
func (ix *index) identHits(name string) []Hit {
	if !hasDigit(name) {
		return ix.bicHits(name) // most names: without allocating
	}
	var hits []Hit
	add := func(l identListing, score float64) {
		if !slices.ContainsFunc(hits, func(h Hit) bool { return h.Entry == l.entry }) {
			hits = append(hits, identHit(l, score))
		}
	}
	// prev holds the three words before the word read, for its cue.
	var prev [3]string
	var buf [maxIdentLen]byte
	for rest := name; rest != ""; {
		var w string
		w, rest = nextIdentWord(rest)
		if w == "" {
			break
		}
		cued := identCue(prev)
		prev[0], prev[1], prev[2] = prev[1], prev[2], w
		if number, ok := gluedCue(w); ok {
			w, cued = number, true // "INN7702070139", "ИНН7702070139"
		}
		if amount(w) {
			continue
		}
		// The word alone, then joined to the words after it.
		key := buf[:0]
		more := rest
		for k := 0; k < maxIdentWords; k++ {
			if k > 0 {
				var next string
				next, more = nextIdentWord(more)
				if next == "" || amount(next) {
					break
				}
				w = next
			}
			key = appendIdentKey(key, w, maxIdentLen)
			if key == nil {
				break
			}
			short, ok := identReadable(key, cued && k == 0, k > 0)
			if !ok {
				continue
			}
			score := 1.0
			if short {
				score = shortIdentScore
			}
			for _, l := range ix.identsListed(key) {
				add(l, score)
			}
			if k == 0 && len(key) == 11 && !hasDigitBytes(key[:6]) {
				for _, l := range ix.identsListed(key[:8]) {
					if l.typ == "SWIFT/BIC" {
						add(l, 1)
					}
				}
			}
		}
	}
	return hits
}

// identCue reports whether the words before a number, prev (the last
// one last), say what it is: a word of identCues, or one or two of
// identCueWords after such a word ("Passport No.", "Tax ID No.").
func identCue(prev [3]string) bool {
	cue := func(w string, set map[string]bool) bool {
		w = strings.Trim(w, ".,")
		if len(w) > 16 {
			return false
		}
		var low [16 * utf8.UTFMax]byte
		n := 0
		for _, r := range w {
			if r < utf8.RuneSelf && 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			} else if r >= 'А' && r <= 'Я' {
				r += 'а' - 'А'
			}
			n += utf8.EncodeRune(low[n:], r)
		}
		return set[string(low[:n])]
	}
	switch {
	case cue(prev[2], identCues):
		return true
	case !cue(prev[2], identCueWords):
		return false
	case cue(prev[1], identCues):
		return true
	}
	return cue(prev[1], identCueWords) && cue(prev[0], identCues)
}

// gluedCues are the kinds of identifier that records write joined to
// their number ("INN7702070139").
var gluedCues = []string{"inn", "инн", "ogrn", "огрн", "tin", "bik", "бик", "kpp", "кпп"}

// gluedCue returns the number of w, a word that begins with one of
// gluedCues and goes on with a digit, and whether it is one. A tax
// office's code (KPP) is no one's: it is none.
func gluedCue(w string) (number string, ok bool) {
	for _, c := range gluedCues {
		if len(w) > len(c) && strings.EqualFold(w[:len(c)], c) && w[len(c)] >= '0' && w[len(c)] <= '9' {
			return w[len(c):], c != "kpp" && c != "кпп"
		}
	}
	return "", false
}

// amountShape is a sum of money as payment lines write it: groups of
// thousands ("1,000,934"), or two decimals ("1000.60", "1,000.60").
var amountShape = regexp.MustCompile(`^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+[.,]\d{2}$`)

// amount reports whether w is a sum of money, which is no identifier.
func amount(w string) bool {
	return strings.ContainsAny(w, ".,") && amountShape.MatchString(w)
}

// bicHits returns the hits of the SWIFT/BIC codes of letters alone that
// name, which has no digit, gives as words of eight letters or eleven.
func (ix *index) bicHits(name string) []Hit {
	var hits []Hit
	var buf [maxIdentLen]byte
	for rest := name; rest != ""; {
		i := strings.IndexAny(rest, " \t;:,()[]|")
		w := rest
		if i >= 0 {
			w, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		if len(w) != 8 && len(w) != 11 {
			continue
		}
		key := identKey(buf[:], w)
		if len(key) != len(w) {
			continue // not letters alone
		}
		for _, k := range [2][]byte{key, key[:8]} {
			for _, l := range ix.identsListed(k) {
				if l.typ == "SWIFT/BIC" && !slices.ContainsFunc(hits, func(h Hit) bool { return h.Entry == l.entry }) {
					hits = append(hits, identHit(l, 1))
				}
			}
			if len(key) == 8 {
				break
			}
		}
	}
	return hits
}

// identHit is the hit of listing l, found by its identifier, at score.
func identHit(l identListing, score float64) Hit {
	why := fmt.Sprintf("%s %s is listed for it", l.typ, l.number)
	if l.country != "" {
		why = fmt.Sprintf("%s %s (%s) is listed for it", l.typ, l.number, l.country)
	}
	if score < 1 {
		why += fmt.Sprintf("; a short number after a word that names it, which another number may be written as: score %.2f", score)
	}
	return Hit{Entry: l.entry, Score: score, Matched: l.typ + " " + l.number, Reasons: []string{why}}
}

// identReadable reports whether key, of words of the query (several when
// joined), may be looked up as an identifier (see above), and whether it
// is a short one, read for its cue.
func identReadable(key []byte, cued, joined bool) (short, ok bool) {
	if len(key) < minIdentLen {
		return false, false
	}
	digits, letters := 0, 0
	for _, c := range key {
		if '0' <= c && c <= '9' {
			digits++
		} else {
			letters++
		}
	}
	switch {
	case digits == 0:
		// A SWIFT/BIC code, one word.
		return false, !joined && (len(key) == 8 || len(key) == 11)
	case letters == 0 && len(key) >= minBareDigits, letters > 0 && len(key) >= minBareMixed:
		return false, true
	}
	return true, cued
}
