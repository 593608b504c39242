// Command confusables generates screen/confusables_table.go: the look-alike
// characters of Unicode Technical Standard #39 (confusables.txt) that imitate
// a Latin letter or digit, and, for the Cyrillic and Greek scripts, the
// letter of that script that a Latin letter imitates.
//
// Source: the UTS #39 confusables data as Debian ships it in the package
// python3-confusable-homoglyphs (confusables.json: every line "X → Y" of
// confusables.txt stored in both directions). No Go module available to this
// project ships confusables.txt itself. To regenerate:
//
//	apt-get install python3-confusable-homoglyphs
//	go generate ./screen   # runs this command, see screen/confusables.go
//
// Method. Lines of confusables.txt map a character to its prototype; two
// characters are confusable when they share one. From the pairs we build the
// classes of single characters that share a prototype (union-find), keep the
// classes that hold an ASCII letter or digit, and map every other letter of
// such a class to an ASCII member, preferring one of the same case: that is
// what keeps CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I (prototype "l",
// as for "I") mapped to "i" rather than to "l".
//
// Three additions to UTS #39, each found missing by the look-alike evasion
// corpus (testdata/screen/lookalikes.tsv): the Latin small capitals
// ("LATIN LETTER SMALL CAPITAL R" → "r"; UTS #39 pairs them with Cherokee
// letters only, yet fancy-text generators write whole names in them), and
// the letters in lookalikeFixes, which UTS #39 maps elsewhere or not at all.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"go/format"
	"log"
	"os"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/runenames"
)

// lookalikeFixes are look-alikes that UTS #39 leaves out or reads
// otherwise, with the letter they are drawn as in common fonts.
var lookalikeFixes = map[rune]rune{
	// CYRILLIC SMALL LETTER PALOCHKA: UTS #39 reads it "i" (by way of the
	// dotless ı), but it is a full-height stroke without a dot: the "l" of
	// the "аррӏе" homograph of apple.com.
	0x04CF: 'l',
	// CYRILLIC CAPITAL LETTER QA: the capital of ԛ, drawn as Q; UTS #39
	// lists only the small letter.
	0x051A: 'Q',
	// GREEK SMALL LETTER KAPPA: drawn as a small k; UTS #39 pairs it with
	// kra (ĸ) only.
	0x03BA: 'k',
}

func main() {
	in := flag.String("in", "/usr/lib/python3/dist-packages/confusable_homoglyphs/confusables.json", "confusables.json of python3-confusable-homoglyphs")
	out := flag.String("out", "confusables_table.go", "output file")
	flag.Parse()

	raw, err := os.ReadFile(*in)
	if err != nil {
		log.Fatal(err)
	}
	var data map[string][]struct {
		C string `json:"c"`
		N string `json:"n"`
	}
	if err := json.Unmarshal(raw, &data); err != nil {
		log.Fatal(err)
	}

	parent := map[rune]rune{}
	var find func(r rune) rune
	find = func(r rune) rune {
		p, ok := parent[r]
		if !ok || p == r {
			parent[r] = r
			return r
		}
		root := find(p)
		parent[r] = root
		return root
	}
	for k, vs := range data {
		a, n := utf8.DecodeRuneInString(k)
		if n != len(k) {
			continue
		}
		for _, v := range vs {
			b, m := utf8.DecodeRuneInString(v.C)
			if m != len(v.C) {
				continue // multi-character prototypes ("rn" for "m") are not letters
			}
			ra, rb := find(a), find(b)
			if ra != rb {
				parent[ra] = rb
			}
		}
	}
	classes := map[rune][]rune{}
	for r := range parent {
		root := find(r)
		classes[root] = append(classes[root], r)
	}

	toLatin := map[rune]byte{}
	fromLatin := map[*unicode.RangeTable]map[byte]rune{unicode.Cyrillic: {}, unicode.Greek: {}}
	for _, members := range classes {
		sort.Slice(members, func(i, j int) bool { return members[i] < members[j] })
		var ascii []rune
		for _, r := range members {
			if r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				ascii = append(ascii, r)
			}
		}
		if len(ascii) == 0 {
			continue
		}
		for _, r := range members {
			if r < 0x80 || !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
				continue
			}
			a := pick(r, ascii)
			if unicode.IsLetter(a) != unicode.IsLetter(r) {
				continue // a letter shaped like a digit ("З", "3") stays a letter
			}
			toLatin[r] = byte(unicode.ToLower(a))
		}
		// A Latin letter inside a Cyrillic (Greek) word stands for the
		// letter of that script it imitates, of the same case.
		for _, a := range ascii {
			if !unicode.IsLetter(a) {
				continue
			}
			for tab, m := range fromLatin {
				for _, r := range members {
					if unicode.Is(tab, r) && unicode.IsLetter(r) && sameCase(a, r) {
						if _, done := m[byte(a)]; !done {
							m[byte(a)] = r
						}
					}
				}
			}
		}
	}

	// The additions, last: they overrule UTS #39. A fix of the Cyrillic or
	// Greek script also serves the reverse tables, unless UTS #39 already
	// gave that Latin letter a look-alike there.
	for r, a := range lookalikeFixes {
		toLatin[r] = byte(unicode.ToLower(a))
		for tab, m := range fromLatin {
			if _, done := m[byte(a)]; !done && unicode.Is(tab, r) && sameCase(a, r) {
				m[byte(a)] = r
			}
		}
	}
	for r, a := range smallCapitals() {
		toLatin[r] = a
	}

	var b bytes.Buffer
	fmt.Fprintf(&b, "// Code generated by screen/internal/gen/confusables from UTS #39 confusables data; DO NOT EDIT.\n\n")
	fmt.Fprintf(&b, "package screen\n\n")
	keys := make([]rune, 0, len(toLatin))
	for r := range toLatin {
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	fmt.Fprintf(&b, "// confusableRunes and confusableASCII, index for index, map a character\n// to the lower-case ASCII letter or digit it imitates. Sorted by rune.\n")
	fmt.Fprintf(&b, "var confusableRunes = [...]rune{")
	for i, r := range keys {
		if i%8 == 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "0x%04X, ", r)
	}
	fmt.Fprintf(&b, "\n}\n\nvar confusableASCII = [...]byte{")
	for i, r := range keys {
		if i%16 == 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "'%c', ", toLatin[r])
	}
	b.WriteString("\n}\n\n")
	for _, t := range []struct {
		name string
		tab  *unicode.RangeTable
	}{{"latinToCyrillic", unicode.Cyrillic}, {"latinToGreek", unicode.Greek}} {
		fmt.Fprintf(&b, "// %s maps an ASCII letter to the letter of that script it imitates, or 0.\n", t.name)
		fmt.Fprintf(&b, "var %s = [128]rune{\n", t.name)
		m := fromLatin[t.tab]
		for c := byte('A'); c <= 'z'; c++ {
			if r, ok := m[c]; ok {
				fmt.Fprintf(&b, "'%c': 0x%04X, // %c\n", c, r, r)
			}
		}
		b.WriteString("}\n\n")
	}
	src, err := format.Source(b.Bytes())
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d look-alikes of ASCII letters and digits", len(keys))
}

// pick chooses the ASCII member of r's class that r stands for: a letter of
// r's case first, then any letter, then a digit.
func pick(r rune, ascii []rune) rune {
	for _, a := range ascii {
		if unicode.IsLetter(a) && unicode.IsLetter(r) && sameCase(a, r) {
			return a
		}
	}
	for _, a := range ascii {
		if unicode.IsLetter(a) == unicode.IsLetter(r) {
			return a
		}
	}
	return ascii[0]
}

func sameCase(a, r rune) bool {
	return unicode.IsUpper(a) == unicode.IsUpper(r) && unicode.IsLower(a) == unicode.IsLower(r)
}

// smallCapitals returns the Latin small capitals of single letters ("LATIN
// LETTER SMALL CAPITAL R" → 'r'), by their Unicode names.
func smallCapitals() map[rune]byte {
	m := map[rune]byte{}
	for r := rune(0x80); r < 0x20000; r++ {
		name, ok := strings.CutPrefix(runenames.Name(r), "LATIN LETTER SMALL CAPITAL ")
		if ok && len(name) == 1 && name[0] >= 'A' && name[0] <= 'Z' && unicode.IsLetter(r) {
			m[r] = name[0] - 'A' + 'a'
		}
	}
	return m
}
