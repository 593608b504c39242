package screen

import (
	"fmt"
	"slices"
	"strings"

	"github.com/sanctionscreen/ofac/sdn"
)

// Identifiers. The list gives its parties' tax numbers, registration
// numbers, passports, national IDs, SWIFT/BIC codes and the like
// (sdn.Entry.IDs), and a payee's record or a payment's line gives them
// beside the name: "OOO Rassvet INN 9731001285", "BENEFICIARY BANK
// KDBKKPPY". Such a number is matched exactly, as an IMO number is: a hit
// on every entry that lists it, whatever the name. A number is written
// with spaces, points and hyphens in as many ways as there are clerks
// ("AABA 670850 Y", "95-4227517"): it is compared by its letters and
// digits alone, in capitals (identKey), and up to three words of the
// query make one.
//
// Short numbers are common: a number of digits alone of fewer than
// minBareDigits is read only after a word that says what it is
// (identCues: "Passport 1084010"), one of letters and digits of fewer
// than minBareMixed too, since an account's or an invoice's number in a
// payment line may be one by chance. A word of letters alone is read only
// as a SWIFT/BIC code, of eight letters or eleven.
const (
	minIdentLen   = 6
	minBareDigits = 9
	minBareMixed  = 8
	maxIdentLen   = 32
	maxIdentWords = 3
)

// identCues are the words that say a number is an identifier, in lower
// case and without their points.
var identCues = wordSet(`passport id no nr number inn ogrn kpp tin tax vat ssn dni cedula curp rfc nit ruc rif cuit cuil
	license licence registration reg company cr uscc lei bik card permit identity identification national fiscal
	fein ein ruc cin rnc nif nie bic swift`)

// identListing is an entry that lists an identifier, of a type, issued
// by a country if the list says so.
type identListing struct {
	entry                *sdn.Entry
	typ, number, country string
}

// identFeatures are the types of the facts the list gives apart from its
// IDs (sdn.Entry.Features) that are identifiers too.
var identFeatures = []string{"SWIFT/BIC", "ISIN", "D-U-N-S Number", "BIK (RU)"}

// identKey writes the letters and digits of s, in capitals, to dst, and
// returns them; nil when s holds a character that no identifier of the
// list holds (a letter of another script), or more than dst holds.
func identKey(dst []byte, s string) []byte {
	n := 0
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
		if n == len(dst) {
			return nil
		}
		dst[n] = c
		n++
	}
	return dst[:n]
}

// identsListed returns the entries that list the identifier of key
// (identKey).
func (ix *index) identsListed(key []byte) []identListing {
	ix.identOnce.Do(func() {
		ix.idents = make(map[string][]identListing)
		var buf [maxIdentLen]byte
		put := func(l identListing) {
			k := identKey(buf[:], l.number)
			if len(k) < minIdentLen || !hasDigitBytes(k) && !bicShaped(k, l.typ) {
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
				if id.Type != "MMSI" && !strings.HasPrefix(id.Type, "Vessel Registration") {
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

// identHits returns the hits of the identifiers name gives (see above),
// each entry once.
func (ix *index) identHits(name string) []Hit {
	if !hasDigit(name) {
		return ix.bicHits(name) // most names: without allocating
	}
	var words [24]string
	n := 0
	for _, w := range strings.FieldsFunc(name, func(r rune) bool {
		return r == ' ' || r == '\t' || r == ';' || r == '(' || r == ')' || r == '[' || r == ']' || r == ':' || r == '|'
	}) {
		if n == len(words) {
			break
		}
		words[n] = w
		n++
	}
	var hits []Hit
	seen := func(e *sdn.Entry) bool {
		for _, h := range hits {
			if h.Entry == e {
				return true
			}
		}
		return false
	}
	var buf [maxIdentLen]byte
	for i := 0; i < n; i++ {
		cued := i > 0 && identCues[strings.ToLower(strings.Trim(words[i-1], ".#:,"))]
		joined := ""
		for k := i; k < n && k < i+maxIdentWords; k++ {
			if k > i {
				joined += " "
			}
			joined += words[k]
			key := identKey(buf[:], joined)
			if key == nil {
				break
			}
			if !identReadable(key, cued, k > i) {
				continue
			}
			for _, l := range ix.identsListed(key) {
				if !seen(l.entry) {
					hits = append(hits, identHit(l))
				}
			}
		}
	}
	return hits
}

// bicHits returns the hits of the SWIFT/BIC codes of letters alone that
// name, which has no digit, gives as words of eight letters or eleven
// (an eleven's last three the branch: KDBKKPPYXXX is KDBKKPPY's head
// office).
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
					hits = append(hits, identHit(l))
				}
			}
			if len(key) == 8 {
				break
			}
		}
	}
	return hits
}

// identHit is the hit of listing l, found by its identifier.
func identHit(l identListing) Hit {
	why := fmt.Sprintf("%s %s is listed for it", l.typ, l.number)
	if l.country != "" {
		why = fmt.Sprintf("%s %s (%s) is listed for it", l.typ, l.number, l.country)
	}
	return Hit{Entry: l.entry, Score: 1, Matched: l.typ + " " + l.number, Reasons: []string{why}}
}

// identReadable reports whether key, of words of the query (several when
// joined), may be looked up as an identifier (see above).
func identReadable(key []byte, cued, joined bool) bool {
	if len(key) < minIdentLen {
		return false
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
		return !joined && (len(key) == 8 || len(key) == 11)
	case letters == 0:
		return cued || len(key) >= minBareDigits
	default:
		return cued || len(key) >= minBareMixed
	}
}
