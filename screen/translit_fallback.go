//go:build !unidecode

package screen

import "strconv"

// appendFallback writes a letter of a script we do not transliterate (Thai,
// Devanagari, Ethiopic...) as "x" and its code point in hex. That is no
// reading, but it is plain ASCII and exact: a query in that script still
// finds a list name written the same way. Build with -tags unidecode to
// read such letters with go-unidecode instead (translit_unidecode.go).
func appendFallback(dst []byte, r rune) []byte {
	dst = append(dst, 'x')
	return strconv.AppendUint(dst, uint64(r), 16)
}
