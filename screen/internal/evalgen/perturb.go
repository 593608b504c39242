package main

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sanctionscreen/ofac/sdn"
)

// perturbKind describes one kind of perturbation: which parties it applies
// to, how many rows to make, and the rule.
type perturbKind struct {
	name    string
	kinds   []sdn.Kind
	target  int
	vessels int // extra rows from vessel names
	apply   func(p *perturber, e *sdn.Entry, src source) (string, bool)
}

// source is one name of an entry used as the origin of a perturbation.
type source struct {
	name  string
	parts []sdn.NamePart
}

type perturber struct {
	rng        *rand.Rand
	removed    map[int]map[string]bool
	heldScript map[int]map[string]bool
}

var personOrCompany = []sdn.Kind{sdn.Individual, sdn.Entity}

var perturbKinds = []perturbKind{
	{"typo", personOrCompany, 360, 12, (*perturber).typo},
	{"reorder", personOrCompany, 340, 0, (*perturber).reorder},
	{"drop_middle", []sdn.Kind{sdn.Individual}, 340, 0, (*perturber).dropMiddle},
	{"join", personOrCompany, 340, 12, (*perturber).join},
	{"diacritics", personOrCompany, 330, 12, (*perturber).diacritics},
	{"lookalike", personOrCompany, 350, 12, (*perturber).lookalike},
	{"case_space", personOrCompany, 330, 12, (*perturber).caseSpace},
	{"legal_form", []sdn.Kind{sdn.Entity}, 340, 0, (*perturber).legalForm},
}

// perturb makes the rows of perturbed.tsv: uid, query, kind, source.
func perturb(l *sdn.List, rng *rand.Rand, removed, heldScript map[int]map[string]bool) [][]string {
	p := &perturber{rng: rng, removed: removed, heldScript: heldScript}
	var rows [][]string
	seen := map[string]bool{}
	add := func(e *sdn.Entry, q, kind, src string) bool {
		if q == "" || q == src || seen[kind+"\x00"+q] {
			return false
		}
		seen[kind+"\x00"+q] = true
		rows = append(rows, []string{strconv.Itoa(e.UID), q, kind, src})
		return true
	}
	var people, vessels []*sdn.Entry
	for i := range l.Entries {
		e := &l.Entries[i]
		switch e.Kind {
		case sdn.Individual, sdn.Entity:
			people = append(people, e)
		case sdn.Vessel:
			vessels = append(vessels, e)
		}
	}
	for _, k := range perturbKinds {
		for _, pool := range []struct {
			entries []*sdn.Entry
			n       int
		}{{people, k.target}, {vessels, k.vessels}} {
			order := slices.Clone(pool.entries)
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			n := 0
			for _, e := range order {
				if n >= pool.n {
					break
				}
				if e.Kind != sdn.Vessel && !slices.Contains(k.kinds, e.Kind) {
					continue
				}
				srcs := p.sources(e)
				if q, ok := k.apply(p, e, srcs[0]); ok && add(e, q, k.name, srcs[0].name) {
					n++
				} else if len(srcs) > 1 {
					if q, ok := k.apply(p, e, srcs[1]); ok && add(e, q, k.name, srcs[1].name) {
						n++
					}
				}
			}
		}
	}
	// script: the entry's own original-script names first, then reverse
	// transliteration of Russian-speaking people's Latin names.
	order := slices.Clone(people)
	rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	n := 0
	for _, e := range order {
		if n >= 200 {
			break
		}
		for _, a := range e.Aliases {
			if !isOriginalScript(a) || p.heldScript[e.UID][scriptFamily(a.Script)] {
				continue
			}
			if q, ok := p.ownScript(e, a); ok && add(e, q, "script", a.Name) {
				n++
				break
			}
		}
	}
	rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	for _, e := range order {
		if n >= 340 {
			break
		}
		if e.Kind != sdn.Individual || !cyrillicCountry(e) {
			continue
		}
		if q, ok := p.toCyrillic(e.Name); ok && add(e, q, "script", e.Name) {
			n++
		}
	}
	return rows
}

// sources returns the names to perturb, best first: the primary name (70%)
// or a strong Latin alias that is not held out, then the other one.
func (p *perturber) sources(e *sdn.Entry) []source {
	primary := source{name: e.Name, parts: e.NameParts}
	var alts []source
	for _, a := range e.Aliases {
		if isStrongLatinAlias(a) && !p.removed[e.UID][a.Name] {
			alts = append(alts, source{name: a.Name, parts: a.Parts})
		}
	}
	if len(alts) == 0 {
		return []source{primary}
	}
	alt := alts[p.rng.IntN(len(alts))]
	if p.rng.Float64() < 0.7 {
		return []source{primary, alt}
	}
	return []source{alt, primary}
}

// qwerty holds the neighbours of each key on a US keyboard.
var qwerty = map[rune]string{
	'q': "wa", 'w': "qeas", 'e': "wrsd", 'r': "etdf", 't': "ryfg", 'y': "tugh", 'u': "yihj",
	'i': "uojk", 'o': "ipkl", 'p': "ol", 'a': "qwsz", 's': "awedxz", 'd': "serfcx",
	'f': "drtgvc", 'g': "ftyhbv", 'h': "gyujnb", 'j': "huikmn", 'k': "jiolm", 'l': "kop",
	'z': "asx", 'x': "zsdc", 'c': "xdfv", 'v': "cfgb", 'b': "vghn", 'n': "bhjm", 'm': "njk",
}

// words splits s into maximal runs of letters, as [start, end) rune
// offsets.
func words(r []rune) [][2]int {
	var out [][2]int
	start := -1
	for i, c := range r {
		if unicode.IsLetter(c) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			out = append(out, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(r)})
	}
	return out
}

func isASCIILetters(r []rune) bool {
	for _, c := range r {
		if c > unicode.MaxASCII || !unicode.IsLetter(c) {
			return false
		}
	}
	return true
}

func sameCase(model, c rune) rune {
	if unicode.IsUpper(model) {
		return unicode.ToUpper(c)
	}
	return unicode.ToLower(c)
}

func (p *perturber) typo(_ *sdn.Entry, src source) (string, bool) {
	r := []rune(src.name)
	var cands [][2]int
	for _, w := range words(r) {
		if w[1]-w[0] >= 5 && isASCIILetters(r[w[0]:w[1]]) {
			cands = append(cands, w)
		}
	}
	if len(cands) == 0 {
		return "", false
	}
	w := cands[p.rng.IntN(len(cands))]
	n := w[1] - w[0]
	// Typos at the first letter are rarer: positions start at 1 mostly.
	pos := w[0] + 1 + p.rng.IntN(n-1)
	if p.rng.IntN(5) == 0 {
		pos = w[0] + p.rng.IntN(n)
	}
	neigh := func(c rune) rune {
		ns := qwerty[unicode.ToLower(c)]
		return sameCase(c, rune(ns[p.rng.IntN(len(ns))]))
	}
	out := slices.Clone(r)
	switch p.rng.IntN(4) {
	case 0: // substitution by a neighbour key
		out[pos] = neigh(r[pos])
	case 1: // deletion
		out = slices.Delete(out, pos, pos+1)
	case 2: // insertion: a neighbour of the previous key, or a doubled letter
		c := r[pos]
		if p.rng.IntN(2) == 0 {
			c = neigh(r[pos-max(0, min(1, pos-w[0]))])
		}
		out = slices.Insert(out, pos, c)
	case 3: // transposition of two adjacent letters
		if pos+1 >= w[1] {
			pos--
		}
		if r[pos] == r[pos+1] {
			return "", false
		}
		out[pos], out[pos+1] = r[pos+1], r[pos]
	}
	return string(out), true
}

// splitComma splits "SURNAME, Given Names" into its two halves.
func splitComma(s string) (sur, given string, ok bool) {
	sur, given, ok = strings.Cut(s, ",")
	sur, given = strings.TrimSpace(sur), strings.TrimSpace(given)
	return sur, given, ok && sur != "" && given != "" && !strings.Contains(given, ",")
}

// titleCase writes each word with one capital: "AL-BAGHDADI" → "Al-Baghdadi".
func titleCase(s string) string {
	r := []rune(strings.ToLower(s))
	start := true
	for i, c := range r {
		if unicode.IsLetter(c) {
			if start {
				r[i] = unicode.ToUpper(c)
			}
			start = false
		} else {
			start = c != '\''
		}
	}
	return string(r)
}

func isUpperName(s string) bool {
	hasUpper := false
	for _, c := range s {
		if unicode.IsLower(c) {
			return false
		}
		hasUpper = hasUpper || unicode.IsUpper(c)
	}
	return hasUpper
}

func (p *perturber) reorder(e *sdn.Entry, src source) (string, bool) {
	if e.Kind == sdn.Individual {
		sur, given, ok := splitComma(src.name)
		if !ok {
			return "", false
		}
		if p.rng.IntN(5) == 0 {
			return given + " " + sur, true // "Nicolas MADURO MOROS", as some forms do
		}
		return given + " " + titleCase(sur), true
	}
	// Only the forms that stand on either side in practice (LLC, OOO, JSC)
	// move: "CO. LTD. BINARY PROPERTIES" is nobody's writing.
	ws := strings.Fields(src.name)
	if lf, n := legalFormAt(ws, true); lf != nil && n < len(ws) {
		return strings.Join(ws[n:], " ") + " " + strings.Join(ws[:n], " "), true
	}
	if lf, n := legalFormAt(ws, false); lf != nil && lf.leading && n < len(ws) {
		rest := strings.TrimRight(strings.Join(ws[:len(ws)-n], " "), ", ")
		return strings.Join(ws[len(ws)-n:], " ") + " " + rest, true
	}
	return "", false
}

// particles are the short words of names that never stand alone.
var particles = map[string]bool{
	"de": true, "del": true, "la": true, "las": true, "los": true, "da": true, "das": true, "do": true, "dos": true,
	"van": true, "von": true, "der": true, "den": true, "al": true, "el": true, "bin": true, "ibn": true,
	"bint": true, "abu": true, "abd": true, "abdul": true, "ben": true, "ould": true, "y": true, "e": true, "ul": true,
}

func isParticle(w string) bool { return particles[strings.ToLower(strings.Trim(w, ".,-'"))] }

// removeWords removes the whole-word occurrence of the words of value from
// s; it fails when value is not there exactly once.
func removeWords(s, value string) (string, bool) {
	ws := strings.Fields(s)
	vs := strings.Fields(value)
	if len(vs) == 0 {
		return "", false
	}
	at := -1
	for i := 0; i+len(vs) <= len(ws); i++ {
		match := true
		for j, v := range vs {
			if !strings.EqualFold(strings.TrimRight(ws[i+j], ","), v) {
				match = false
				break
			}
		}
		if match {
			if at >= 0 {
				return "", false
			}
			at = i
		}
	}
	if at < 0 {
		return "", false
	}
	comma := strings.HasSuffix(ws[at+len(vs)-1], ",")
	out := slices.Concat(ws[:at], ws[at+len(vs):])
	if comma {
		if at == 0 {
			return "", false
		}
		out[at-1] += ","
	}
	return strings.Join(out, " "), true
}

func (p *perturber) dropMiddle(_ *sdn.Entry, src source) (string, bool) {
	hasType := func(t sdn.NamePartType) bool {
		return slices.ContainsFunc(src.parts, func(np sdn.NamePart) bool { return np.Type == t })
	}
	var cands []string
	for _, np := range src.parts {
		switch {
		case np.Type == sdn.MiddleName,
			np.Type == sdn.Matronymic && (hasType(sdn.Patronymic) || hasType(sdn.LastName)),
			np.Type == sdn.Patronymic && hasType(sdn.Matronymic) && p.rng.IntN(3) == 0:
			if !isParticle(np.Value) {
				cands = append(cands, np.Value)
			}
		}
	}
	valid := func(q string) bool {
		sur, given, ok := splitComma(q)
		if strings.Contains(q, ",") && !ok {
			return false
		}
		if ok && (allParticles(sur) || allParticles(given)) {
			return false
		}
		return len(foldTokens(q)) >= 2
	}
	p.rng.Shuffle(len(cands), func(i, j int) { cands[i], cands[j] = cands[j], cands[i] })
	for _, v := range cands {
		if q, ok := removeWords(src.name, v); ok && valid(q) {
			return q, true
		}
	}
	// Without parts: a non-first given name, else the second surname.
	sur, given, ok := splitComma(src.name)
	if !ok {
		return "", false
	}
	for _, half := range []int{1, 0} {
		ws := strings.Fields([]string{sur, given}[half])
		var idx []int
		for i := 1; i < len(ws); i++ {
			if !isParticle(ws[i]) && !isParticle(ws[i-1]) {
				idx = append(idx, i)
			}
		}
		if len(idx) == 0 {
			continue
		}
		i := idx[p.rng.IntN(len(idx))]
		ws = slices.Delete(ws, i, i+1)
		var q string
		if half == 1 {
			q = sur + ", " + strings.Join(ws, " ")
		} else {
			q = strings.Join(ws, " ") + ", " + given
		}
		if valid(q) {
			return q, true
		}
	}
	return "", false
}

func allParticles(s string) bool {
	for _, w := range strings.Fields(s) {
		if !isParticle(w) {
			return false
		}
	}
	return true
}

var splitPrefixes = []string{"abdul", "abdel", "abdur", "abdal", "abd", "abu", "al", "el", "bin", "ben", "ibn", "nur", "ul"}

func isVowel(c rune) bool { return strings.ContainsRune("aeiouy", unicode.ToLower(c)) }

func (p *perturber) join(_ *sdn.Entry, src source) (string, bool) {
	ws := strings.Fields(src.name)
	var joins, splits []string
	letters := func(w string) bool {
		for _, c := range w {
			if !unicode.IsLetter(c) {
				return false
			}
		}
		return w != ""
	}
	for i, w := range ws {
		if commonWord(w) {
			continue
		}
		// hyphenated word: drop the hyphen
		if a, b, ok := strings.Cut(w, "-"); ok && letters(a) && letters(strings.TrimRight(b, ",")) {
			out := slices.Clone(ws)
			out[i] = a + b
			joins = append(joins, strings.Join(out, " "))
		}
		// two adjacent words
		if i+1 < len(ws) && letters(w) && letters(strings.TrimRight(ws[i+1], ",")) && !commonWord(ws[i+1]) {
			second := ws[i+1]
			if !isUpperName(w) {
				second = strings.ToLower(second[:1]) + second[1:]
			}
			out := slices.Concat(ws[:i], []string{w + second}, ws[i+2:])
			joins = append(joins, strings.Join(out, " "))
		}
		// split a long word
		base := strings.TrimRight(w, ",")
		r := []rune(base)
		if len(r) >= 8 && letters(base) {
			at := -1
			low := strings.ToLower(base)
			for _, pre := range splitPrefixes {
				if strings.HasPrefix(low, pre) && len(r)-len(pre) >= 4 {
					at = len(pre)
					break
				}
			}
			if at < 0 && len(r) >= 10 { // consonant after vowel, nearest the middle
				best := len(r)
				for j := 3; j <= len(r)-3; j++ {
					if isVowel(r[j-1]) && !isVowel(r[j]) && abs(j-len(r)/2) < best {
						best, at = abs(j-len(r)/2), j
					}
				}
			}
			if at > 0 {
				right := r[at:]
				if !isUpperName(base) {
					right[0] = unicode.ToUpper(right[0])
				}
				out := slices.Clone(ws)
				out[i] = string(r[:at]) + " " + string(right) + w[len(base):]
				splits = append(splits, strings.Join(out, " "))
			}
		}
	}
	if len(joins) > 0 && (len(splits) == 0 || p.rng.IntN(10) < 7) {
		return joins[p.rng.IntN(len(joins))], true
	}
	if len(splits) > 0 {
		return splits[p.rng.IntN(len(splits))], true
	}
	return "", false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

var accents = map[rune]rune{'e': 'é', 'a': 'á', 'c': 'ç', 'n': 'ñ', 'o': 'ö', 'u': 'ü', 'i': 'í'}

func (p *perturber) diacritics(_ *sdn.Entry, src source) (string, bool) {
	r := []rune(src.name)
	var idx []int
	for i, c := range r {
		if _, ok := accents[unicode.ToLower(c)]; ok {
			idx = append(idx, i)
		}
	}
	if len(idx) == 0 {
		return "", false
	}
	p.rng.Shuffle(len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
	for _, i := range idx[:min(len(idx), 1+p.rng.IntN(2))] {
		r[i] = sameCase(r[i], accents[unicode.ToLower(r[i])])
	}
	return string(r), true
}

// homoglyphs maps Latin letters to Cyrillic and Greek letters drawn alike.
var homoglyphs = map[rune][]rune{
	'a': {'а'}, 'c': {'с'}, 'e': {'е'}, 'o': {'о', 'ο'}, 'p': {'р', 'ρ'}, 'x': {'х'}, 'y': {'у'},
	'i': {'і', 'ι'}, 'j': {'ј'}, 's': {'ѕ'}, 'h': {'һ'}, 'k': {'κ'}, 'v': {'ν'},
	'A': {'А', 'Α'}, 'B': {'В', 'Β'}, 'C': {'С'}, 'E': {'Е', 'Ε'}, 'H': {'Н', 'Η'}, 'I': {'І', 'Ι'},
	'J': {'Ј'}, 'K': {'К', 'Κ'}, 'M': {'М', 'Μ'}, 'N': {'Ν'}, 'O': {'О', 'Ο'}, 'P': {'Р', 'Ρ'},
	'S': {'Ѕ'}, 'T': {'Т', 'Τ'}, 'X': {'Х', 'Χ'}, 'Y': {'Υ', 'Ү'}, 'Z': {'Ζ'},
}

func (p *perturber) lookalike(_ *sdn.Entry, src source) (string, bool) {
	r := []rune(src.name)
	switch v := p.rng.IntN(4); {
	case v < 2: // homoglyphs
		var idx []int
		for i, c := range r {
			if homoglyphs[c] != nil {
				idx = append(idx, i)
			}
		}
		if len(idx) == 0 {
			return "", false
		}
		p.rng.Shuffle(len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
		for _, i := range idx[:min(len(idx), 1+p.rng.IntN(3))] {
			hs := homoglyphs[r[i]]
			r[i] = hs[p.rng.IntN(len(hs))]
		}
		return string(r), true
	case v == 2: // an invisible character
		if sp := strings.IndexByte(src.name, ' '); sp > 0 && p.rng.IntN(3) == 0 {
			return src.name[:sp] + "\u00a0" + src.name[sp+1:], true
		}
		var cands [][2]int
		for _, w := range words(r) {
			if w[1]-w[0] >= 4 {
				cands = append(cands, w)
			}
		}
		if len(cands) == 0 {
			return "", false
		}
		w := cands[p.rng.IntN(len(cands))]
		at := w[0] + 1 + p.rng.IntN(w[1]-w[0]-1)
		return string(slices.Insert(r, at, '\u200b')), true
	default: // full width
		ideographicSpace := p.rng.IntN(2) == 0
		for i, c := range r {
			switch {
			case c > ' ' && c <= '~':
				r[i] = c + 0xFEE0
			case c == ' ' && ideographicSpace:
				r[i] = '\u3000'
			}
		}
		return string(r), true
	}
}

func (p *perturber) caseSpace(_ *sdn.Entry, src source) (string, bool) {
	s := src.name
	switch p.rng.IntN(4) {
	case 0:
		s = strings.ToLower(s)
	case 1:
		s = titleCase(s)
	case 2:
		if isUpperName(s) {
			s = titleCase(s)
		} else {
			s = strings.ToUpper(s)
		}
	case 3:
		ws := strings.Fields(s)
		for i, w := range ws {
			ws[i] = []func(string) string{strings.ToLower, strings.ToUpper, titleCase}[p.rng.IntN(3)](w)
		}
		s = strings.Join(ws, " ")
	}
	ws := strings.Fields(s)
	switch p.rng.IntN(6) {
	case 0: // a double space
		if len(ws) < 2 {
			return "", false
		}
		i := 1 + p.rng.IntN(len(ws)-1)
		ws[i] = " " + ws[i]
		s = strings.Join(ws, " ")
	case 1:
		s = " " + s + "  "
	case 2: // comma dropped, or added after the surname
		if strings.Contains(s, ",") {
			s = strings.ReplaceAll(s, ",", "")
		} else if len(ws) >= 2 {
			s = ws[0] + ", " + strings.Join(ws[1:], " ")
		}
	case 3: // a hyphen for a space
		if len(ws) < 2 {
			return "", false
		}
		i := p.rng.IntN(len(ws) - 1)
		if strings.HasSuffix(ws[i], ",") {
			return "", false
		}
		s = strings.Join(ws[:i+1], " ") + "-" + strings.Join(ws[i+1:], " ")
	case 4:
		s += "."
	case 5: // a space before the comma
		if strings.Contains(s, ",") {
			s = strings.Replace(s, ",", " ,", 1)
		} else {
			s = s + " ."
		}
	}
	return s, s != src.name
}

// cyrillicCountry reports whether the entry names a country whose people
// write their names in Cyrillic.
func cyrillicCountry(e *sdn.Entry) bool {
	for _, a := range e.Aliases {
		if a.Script == "Cyrl" {
			return true
		}
	}
	for _, c := range slices.Concat(e.Nationalities, e.Citizenships) {
		for _, k := range []string{"Russia", "Belarus", "Ukraine", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Bulgaria", "Serbia"} {
			if strings.Contains(c, k) {
				return true
			}
		}
	}
	return false
}

// latinToCyr is the reverse of the common Russian romanizations (BGN/PCGN,
// passport): multi-letter groups first.
var latinToCyr = []struct{ lat, cyr string }{
	{"shch", "щ"}, {"zh", "ж"}, {"kh", "х"}, {"ts", "ц"}, {"ch", "ч"}, {"sh", "ш"},
	{"yu", "ю"}, {"ya", "я"}, {"yo", "ё"}, {"ye", "е"}, {"ks", "кс"},
	{"a", "а"}, {"b", "б"}, {"v", "в"}, {"w", "в"}, {"g", "г"}, {"d", "д"}, {"e", "е"}, {"z", "з"},
	{"i", "и"}, {"j", "й"}, {"k", "к"}, {"q", "к"}, {"c", "к"}, {"l", "л"}, {"m", "м"}, {"n", "н"},
	{"o", "о"}, {"p", "п"}, {"r", "р"}, {"s", "с"}, {"t", "т"}, {"u", "у"}, {"f", "ф"}, {"h", "х"},
	{"x", "кс"},
}

// cyrWord transliterates one Latin word to Cyrillic, title-cased.
func cyrWord(w string) (string, bool) {
	w = strings.ToLower(w)
	var b strings.Builder
	prevVowel := false
	for i := 0; i < len(w); {
		rest := w[i:]
		switch {
		case rest == "iy" || rest == "yy" && i > 0:
			if rest == "iy" {
				b.WriteString("ий")
			} else {
				b.WriteString("ый")
			}
			i += 2
			continue
		case i == 0 && w[0] == 'e':
			b.WriteString("э")
			i++
			prevVowel = true
			continue
		case w[i] == 'y' && !strings.HasPrefix(rest, "yu") && !strings.HasPrefix(rest, "ya") &&
			!strings.HasPrefix(rest, "yo") && !strings.HasPrefix(rest, "ye"):
			if prevVowel || i == 0 {
				b.WriteString("й")
			} else {
				b.WriteString("ы")
			}
			i++
			prevVowel = false
			continue
		case w[i] == '\'':
			b.WriteString("ь")
			i++
			continue
		}
		found := false
		for _, t := range latinToCyr {
			if strings.HasPrefix(rest, t.lat) {
				b.WriteString(t.cyr)
				prevVowel = strings.ContainsRune("aeiouy", rune(t.lat[len(t.lat)-1]))
				i += len(t.lat)
				found = true
				break
			}
		}
		if !found {
			return "", false
		}
	}
	r := []rune(b.String())
	if len(r) == 0 {
		return "", false
	}
	r[0] = unicode.ToUpper(r[0])
	return string(r), true
}

// toCyrillic writes a Latin "SURNAME, Given Patronymic" in Cyrillic, in
// one of the two orders Russian speakers use.
func (p *perturber) toCyrillic(name string) (string, bool) {
	sur, given, ok := splitComma(name)
	if !ok {
		return "", false
	}
	conv := func(s string) (string, bool) {
		var out []string
		for _, w := range strings.Fields(s) {
			var parts []string
			for _, h := range strings.Split(w, "-") {
				c, ok := cyrWord(h)
				if !ok {
					return "", false
				}
				parts = append(parts, c)
			}
			out = append(out, strings.Join(parts, "-"))
		}
		return strings.Join(out, " "), true
	}
	cs, ok1 := conv(sur)
	cg, ok2 := conv(given)
	if !ok1 || !ok2 {
		return "", false
	}
	if p.rng.IntN(2) == 0 {
		return cg + " " + cs, true
	}
	return cs + " " + cg, true
}

// cyrLegalForms are Russian legal forms and their abbreviations.
var cyrLegalForms = []struct{ long, short string }{
	{"федеральное государственное унитарное предприятие", "ФГУП"},
	{"государственное унитарное предприятие", "ГУП"},
	{"общество с ограниченной ответственностью", "ООО"},
	{"публичное акционерное общество", "ПАО"},
	{"открытое акционерное общество", "ОАО"},
	{"закрытое акционерное общество", "ЗАО"},
	{"акционерное общество", "АО"},
}

// otherLegalForms are written parts of company names in other scripts that
// people leave out.
var otherLegalForms = []string{"股份有限公司", "有限责任公司", "有限責任公司", "有限公司", "주식회사", "株式会社", "ش.م.م", "ش.م.ل", "شركة"}

// ownScript writes an original-script name of the entry the way people of
// that script write it.
func (p *perturber) ownScript(e *sdn.Entry, a sdn.Alias) (string, bool) {
	var q string
	if e.Kind == sdn.Individual {
		sur, given, ok := splitComma(a.Name)
		if !ok {
			return "", false
		}
		switch scriptFamily(a.Script) {
		case "Han", "Kore":
			q = sur + given
		case "Jpan":
			q = sur + []string{"", " ", "\u3000"}[p.rng.IntN(3)] + given
		case "Cyrl":
			if p.rng.IntN(2) == 0 {
				q = given + " " + sur
			} else {
				q = sur + " " + given
			}
		default:
			q = given + " " + sur
		}
	} else {
		low := strings.ToLower(a.Name)
		for _, f := range cyrLegalForms {
			if i := strings.Index(low, f.long); i >= 0 {
				rest := strings.TrimSpace(a.Name[:i] + a.Name[i+len(f.long):])
				rest = strings.Trim(rest, "\"«» ")
				if rest == "" {
					return "", false
				}
				q = f.short + " «" + rest + "»"
				break
			}
		}
		if q == "" {
			for _, f := range otherLegalForms {
				if strings.Contains(a.Name, f) {
					q = strings.TrimSpace(strings.Replace(a.Name, f, "", 1))
					break
				}
			}
		}
		if utf8.RuneCountInString(q) < 2 {
			return "", false
		}
	}
	for _, b := range e.Aliases {
		if b.Name == q {
			return "", false // written exactly as listed: no test
		}
	}
	return q, true
}

// commonWords are the words of company names that people do not run
// together with their neighbours or split: legal forms and trade words.
var commonWords = func() map[string]bool {
	m := map[string]bool{}
	for _, lf := range legalForms {
		for _, w := range strings.Fields(lf.words) {
			m[w] = true
		}
	}
	for _, w := range strings.Fields(`and of the for international trading trade group holding holdings bank
		industries industrial industry services service organization organisation institute import export
		general shipping management investment investments development airways airlines petroleum
		enterprise enterprises exchange construction engineering technology technologies research
		center centre factory plant company corporation limited liability federal state ministry`) {
		m[w] = true
	}
	return m
}()

func commonWord(w string) bool { return commonWords[wordFold(w)] }
