package screen

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sanctionscreen/ofac/sdn"
)

// IMO numbers. A ship keeps its IMO number for life, whatever it is renamed
// (and sanctioned tankers are renamed often), and payments and shipping
// papers give it beside the name: "MT ADRIAN DARYA IMO 9116412". The list
// gives it among a vessel's identifiers (Vessel Registration
// Identification, "IMO 9116412"), and a shipowner's or manager's company
// number the same way. A query's IMO number is matched exactly against
// those, and taken out of the name the matcher reads: as a word of the
// name it was a word the listed name lacks.

// cutIMO returns the seven digits of the IMO number name gives ("IMO
// 9116412", "IMO9116412", "IMO: 9116412", "IMO No. 9116412", "IMO Number:
// 9116412", in brackets or not), and name without it; ok is false when
// name gives none. The check digit is not asked: the company numbers of
// the list's owners and managers have none.
func cutIMO(name string) (num, rest string, ok bool) {
	for from := 0; ; {
		i := indexFold(name[from:], "imo")
		if i < 0 {
			return "", name, false
		}
		i += from
		from = i + 3
		if r, _ := utf8.DecodeLastRuneInString(name[:i]); i > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			continue // a word that ends in imo
		}
		j := i + 3
		skip := func() {
			for j < len(name) && strings.IndexByte(" \t:.#-", name[j]) >= 0 {
				j++
			}
		}
		skip()
		// "IMO No. 9116412", "IMO Number: 9116412".
		for _, w := range imoCues {
			if n := len(w); j+n <= len(name) && strings.EqualFold(name[j:j+n], w) && (j+n == len(name) || !isASCIIAlnum(name[j+n])) {
				j += n
				skip()
				break
			}
		}
		k := j
		for k < len(name) && name[k] >= '0' && name[k] <= '9' {
			k++
		}
		if k-j != 7 || k < len(name) && isASCIIAlnum(name[k]) {
			continue
		}
		start, end := i, k
		// The brackets around it go with it: "SEVASTOPOL (IMO 9235127)".
		b, a := strings.TrimRight(name[:start], " "), strings.TrimLeft(name[end:], " ")
		if strings.HasSuffix(b, "(") && strings.HasPrefix(a, ")") {
			b, a = b[:len(b)-1], a[1:]
		}
		rest = strings.Join(strings.Fields(b+" "+a), " ")
		rest = strings.Trim(rest, " ,;-/")
		return name[j:k], rest, true
	}
}

// indexFold is strings.Index for an ASCII lower-case sub, ignoring the
// case of s.
func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// imoListed returns the entries that list IMO number num (seven digits),
// with the type of the identifier that gives it.
func (ix *index) imoListed(num string) []imoListing {
	ix.imoOnce.Do(func() {
		ix.imo = make(map[string][]imoListing)
		for i := range ix.list.Entries {
			e := &ix.list.Entries[i]
			for _, id := range e.IDs {
				// "IMO 9116412"; a vessel's registration number of seven
				// digits alone is its IMO number too (8606173).
				d := strings.TrimSpace(id.Number)
				if len(d) >= 3 && strings.EqualFold(d[:3], "imo") {
					d = strings.TrimLeft(d[3:], " :.#")
				} else if !strings.HasPrefix(id.Type, "Vessel Registration") {
					continue
				}
				if len(d) == 7 && strings.Trim(d, "0123456789") == "" {
					ix.imo[d] = append(ix.imo[d], imoListing{e, id.Type})
				}
			}
		}
	})
	return ix.imo[num]
}

// imoListing is an entry that lists an IMO number, and the type of the
// identifier that gives it ("Vessel Registration Identification").
type imoListing struct {
	entry *sdn.Entry
	what  string
}

// imoReason says why an IMO number is a hit.
func imoReason(num string, l imoListing) string {
	return fmt.Sprintf("IMO number %s is listed for it (%s)", num, l.what)
}

// imoCues are the words papers write between "IMO" and its number.
var imoCues = []string{"number", "num", "no", "nr"}
