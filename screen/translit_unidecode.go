//go:build unidecode

package screen

import (
	"github.com/mozillazg/go-unidecode"
)

// appendFallback reads a letter of a script we do not transliterate with
// go-unidecode's tables (a last resort: one fixed reading per character),
// keeping only ASCII letters and digits.
func appendFallback(dst []byte, r rune) []byte {
	for _, c := range []byte(unidecode.Unidecode(string(r))) {
		if c < 0x80 && asciiClass[c] > '\'' {
			dst = append(dst, asciiClass[c])
		}
	}
	return dst
}
