package screen

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// Names as payment messages give them. A payout service screens the
// beneficiary field as it arrives, and that field carries more than a
// name: the account ("SBERBANK PAO ACC 30101810400000000225"), a label
// ("BENEFICIARY ROSNEFT"), or SWIFT's structured party, where the name
// follows "1/" and the address "2/" ("1/OLEG DERIPASKA 2/MOSCOW RU"). Each
// such word counts against the name as one the listed name lacks. A
// query that holds any of these is also read as the name alone
// (paymentReading).

// paymentLabels are the words that head a party's field in a payment
// message, not its name. Those of weakLabels begin firms' names too
// ("Customer Service Center", "Receiver Technologies"): they are labels
// only with a colon, or after another label ("ORDERING CUSTOMER").
var (
	paymentLabels = wordSet(`beneficiary beneficiaire beneficiario benef bene payee ordering orderer
customer originator remitter sender receiver attn fao ffc fbo obo itf name`)
	weakLabels = wordSet(`ordering customer sender receiver name`)
)

// accountWords name what an account number follows.
var accountWords = wordSet(`acc acct account a/c iban no nr num number konto cuenta compte`)

// minAccountDigits is the least count of digits in a word read as an
// account number: dates and house numbers have fewer, and listed names
// hold few numbers (2904977 CANADA, INC. is read as written too).
const minAccountDigits = 6

// paymentReading returns the name in a payment message's field without
// what is not the name: SWIFT's "1/" lines alone when the field is a
// structured party, then no account number (a word of minAccountDigits
// digits or more, with the word that names it), and no label at its head.
// It returns "" when there is nothing to leave out, or nothing left.
func paymentReading(name string) string {
	if !mayBePayment(name) {
		return ""
	}
	s := cutFieldTag(strings.TrimSpace(name))
	if n, ok := structuredName(s); ok {
		s = n
	}
	words := strings.Fields(s)
	out := words[:0:0]
	labelled := false // a label was left out before
	for i, w := range words {
		if digits(w) >= minAccountDigits {
			for k := len(out) - 1; k >= 0 && accountWords[strings.ToLower(strings.Trim(out[k], ".:#"))]; k-- {
				out = out[:k] // "ACC NO"
			}
			continue
		}
		if len(out) == 0 && i+1 < len(words) {
			l := strings.ToLower(strings.Trim(w, ".:"))
			colon := strings.HasSuffix(w, ":") || words[i+1] == ":"
			if paymentLabels[l] && (!weakLabels[l] || colon || labelled || l == "ordering" && strings.EqualFold(words[i+1], "customer")) {
				labelled = true
				continue
			}
		}
		if w == "/" || w == ":" {
			continue
		}
		out = append(out, w)
	}
	if i := addressStart(out); i > 0 {
		out = out[:i]
	}
	r := strings.TrimRight(strings.Join(out, " "), " ,;")
	if r == "" || r == strings.Join(strings.Fields(name), " ") {
		return ""
	}
	if first := strings.ToLower(strings.Trim(words[0], ".:")); forLabels[first] && !strings.HasSuffix(words[0], ":") && namesNoOne(r) {
		// "ITF Technologies", "FBO Aviation Services": a firm's word,
		// and what follows names no one without it (an FBO is a
		// fixed-base operator of an airfield).
		return ""
	}
	return r
}

// forLabels are the labels of a payment made for another party (for the
// benefit of, in trust for, on behalf of), which begin firms' names too.
var forLabels = wordSet("fbo obo itf")

// mayBePayment reports, without allocating, whether name may hold what
// paymentReading leaves out: a "1/" at its head, digits enough for an
// account, or a label as its first word.
func mayBePayment(name string) bool {
	name = strings.TrimSpace(name)
	if strings.HasPrefix(name, "1/") || strings.HasPrefix(name, "/") || cutFieldTag(name) != name {
		return true
	}
	if n := digits(name); n >= minAccountDigits || n > 0 && strings.Count(name, " ") >= 3 {
		return true // an account, or maybe an address (addressStart)
	}
	first := name
	if i := strings.IndexFunc(name, func(r rune) bool { return unicode.IsSpace(r) || r == ':' }); i >= 0 {
		first = name[:i]
	}
	if len(first) > 12 {
		return false
	}
	var b [12]byte
	for i := 0; i < len(first); i++ {
		c := first[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return paymentLabels[string(b[:len(first)])]
}

// structuredName returns the name of a SWIFT structured party (field
// 50F and the like): the text of its "1/" lines, joined, without its
// account line ("/12345678") or its lines of address, country and other
// details ("2/" to "8/"). ok is false if s is no such party.
func structuredName(s string) (name string, ok bool) {
	fields := strings.Fields(s)
	var parts []string
	in := false
	for _, f := range fields {
		switch {
		case len(f) >= 2 && f[0] >= '1' && f[0] <= '8' && f[1] == '/':
			in = f[0] == '1'
			ok = ok || in
			if in && len(f) > 2 {
				parts = append(parts, f[2:])
			}
		case strings.HasPrefix(f, "/") && len(parts) == 0 && !in:
			// the account line
		case in:
			parts = append(parts, f)
		}
	}
	if !ok || len(parts) == 0 {
		return "", false
	}
	return strings.Join(parts, " "), true
}

// cutFieldTag returns s without the tag of a SWIFT MT field it begins
// with, as a field copied whole from a message does: ":59:", ":50K:",
// ":59F:". Without one it returns s itself.
func cutFieldTag(s string) string {
	if len(s) < 4 || s[0] != ':' || !isDigit(s[1]) || !isDigit(s[2]) {
		return s
	}
	switch {
	case s[3] == ':':
		return s[4:]
	case len(s) >= 5 && s[3] >= 'A' && s[3] <= 'Z' && s[4] == ':':
		return s[5:]
	}
	return s
}

// digits counts the ASCII digits of s.
func digits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
		}
	}
	return n
}

// streetWords are the words of a street address, as payment messages
// abbreviate them in English, Russian, German, French and Spanish.
var streetWords = wordSet(`st str street ul ulitsa ulica pr prosp prospekt ave avenue rd road blvd
boulevard emb nab naberezhnaya per pereulok lane ln shosse dr drive bldg building floor fl office
suite apt box pob pobox house dom korp strasse calle av avenida rue`)

// addressStart returns the index of the word of words where a street
// address begins, after two words of name at least, which hold no digit:
// a house number (up to five digits, "26/1", "12A") next to a street
// word, one of them before the other by two words at most ("19 VAVILOVA
// ST", "UL TVERSKAYA 12"); -1 if there is none.
//
// St right after the number is Saint ("NEW DECISIONS 2 ST PETERSBURG").
func addressStart(words []string) int {
	if len(words) > 0 && digits(words[0]) > 0 {
		return -1
	}
	for i := 2; i < len(words); i++ {
		if digits(words[i-1]) > 0 {
			return -1 // "Flat 12, 45 Baker Street": no name before it
		}
		if !houseNumber(words[i]) {
			continue
		}
		for j := max(2, i-2); j <= min(len(words)-1, i+2); j++ {
			w := addressWord(words[j])
			if j != i && streetWords[w] && !(w == "st" && j == i+1) {
				k := min(i, j)
				// The post office of a post office box: "P.O. BOX
				// 4422", "PO Box 4422", "P. O. Box 4422".
				switch {
				case k > 2 && addressWord(words[k-1]) == "po":
					k--
				case k > 3 && addressWord(words[k-1]) == "o" && addressWord(words[k-2]) == "p":
					k -= 2
				}
				return k
			}
		}
	}
	return -1
}

// addressWord is w as addressStart compares it: in lower case, without
// its points and commas ("P.O.BOX" is pobox).
func addressWord(w string) string {
	w = strings.ToLower(strings.Trim(w, ".,"))
	if strings.Contains(w, ".") {
		w = strings.ReplaceAll(w, ".", "")
	}
	return w
}

// houseNumber reports whether w is a house number: one to five digits,
// with a slash and more digits or a letter after them ("26/1", "12A").
func houseNumber(w string) bool {
	w = strings.Trim(w, ".,")
	n := 0
	for n < len(w) && isDigit(w[n]) {
		n++
	}
	if n == 0 || n > 5 {
		return false
	}
	rest := w[n:]
	return rest == "" || len(rest) == 1 && unicode.IsLetter(rune(rest[0])) ||
		rest[0] == '/' && digits(rest) == len(rest)-1 && len(rest) > 1
}

// onBehalfPhrase matches the words that head a payment made for another
// party: "For the benefit of", "On behalf of", "In trust for", "For further
// credit to", "In favour of", "Care of" and their marks (F/B/O, O/B/O,
// I/T/F, F/F/C, with slashes or points, and C/O). They are never a name's, and the party named after
// them is the one paid.
var onBehalfPhrase = regexp.MustCompile(`(?i)^\s*(?:f[/.]b[/.]o\.?|o[/.]b[/.]o\.?|f[/.]f[/.]c\.?|i[/.]t[/.]f\.?|c/o|for (?:the )?benefit of|on behalf of|for further credit(?: to| of)?|in trust for|in favou?r of|care of)[\s:]+`)

// onBehalfFirst are the first words of onBehalfPhrase.
var onBehalfFirst = []string{"f/b/o", "o/b/o", "f/f/c", "i/t/f", "f.b.o.", "o.b.o.", "f.f.c.", "i.t.f.", "f.b.o", "o.b.o", "f.f.c", "i.t.f",
	"c/o", "for", "on", "in", "care"}

// cutOnBehalf returns name without the words of onBehalfPhrase that
// head it ("In trust for John Smith" is John Smith, no firm INTRUST), or
// "" when it has none or nothing is left. It runs no expression for a name
// whose first word cannot begin such words.
func cutOnBehalf(name string) string {
	s := strings.TrimLeft(name, " \t")
	if s == "" {
		return ""
	}
	first := s
	if i := strings.IndexAny(s, " \t:"); i >= 0 {
		first = s[:i]
	}
	if !slices.ContainsFunc(onBehalfFirst, func(w string) bool { return strings.EqualFold(w, first) }) {
		return ""
	}
	loc := onBehalfPhrase.FindStringIndex(name)
	if loc == nil {
		return ""
	}
	rest := strings.TrimSpace(name[loc[1]:])
	letters := 0
	for _, r := range rest {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 2 {
		return ""
	}
	return rest
}
