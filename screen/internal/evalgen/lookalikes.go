package main

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/sanctionscreen/ofac/sdn"
)

// # Look-alike evasion corpus (lookalikes.tsv)
//
// Listed names rewritten so that they read the same to a person and differ
// to a computer: the tricks used to slip a name past a screen. Every row
// must still find its entry. Sources are the primary name (70%) or a strong
// Latin alias (30%) of individuals, entities and vessels; per technique 75
// individuals, 75 entities and 20 vessels, at most one row per technique
// and entry. The look-alike tables below are written from the glyphs, not
// taken from the matcher's UTS #39 table, so that the corpus is a second
// opinion on it.
//
//   - cyrillic, greek: k of the n letters that have a look-alike in that
//     script replaced, k drawn from 1..n, so that some names are rewritten
//     entirely; one script per row.
//   - fullwidth: the whole name (half the rows) or some of its words and
//     letters in full-width forms; spaces become U+3000 in some rows.
//   - zerowidth: 1-4 default-ignorable characters inside words: mostly
//     U+200B, U+200C, U+200D, U+2060, U+FEFF; sometimes soft hyphen,
//     combining grapheme joiner, Mongolian vowel separator, invisible
//     operators, variation selectors.
//   - bidi: the name wrapped in an embedding, override or isolate (U+202A-
//     U+202E, U+2066-U+2069), or 1-3 marks (LRM, RLM, ALM) or a wrapped word
//     inside. The text is not reversed: the string is the name.
//   - combining: 1-3 letters with a combining mark, or "Zalgo": every letter
//     under 2-6 marks of the combining blocks.
//   - mixedcase: every letter's case drawn at random.
//   - spacing: spaces between words replaced by no-break, typographic
//     (U+2000-U+200A, U+202F, U+205F), ideographic spaces, tabs or doubled
//     spaces, and leading or trailing blanks. A tab is written "\t" in the
//     file (TSV cannot hold one); no listed name holds a backslash.
//   - mathematical: the name in one style of the Mathematical Alphanumeric
//     Symbols (bold, italic, script, fraktur, double-struck, sans-serif,
//     monospace...), the letter-like symbols filling its holes (ℎ, ℬ, ℭ).
//   - enclosed: letters circled (Ⓐ ⓐ), squared (🄰), negative circled (🅐)
//     or negative squared (🅰); digits circled.
//   - smallcaps: letters replaced by Latin small capitals (ᴀ ʙ ᴄ ᴅ...).
//   - mixed: two or three of the above from different groups (case,
//     homoglyphs, styles, marks, invisibles, spacing), applied in that
//     order; the technique column says which ("mixed:cyrillic+zerowidth").
//
// Not included: digits for letters ("0" for "O", "1" for "l"): digits are
// part of real names (vessels, "Sberbank 2"), so no normaliser can read
// them as letters; finding such names is the typo tolerance's business.
// Parenthesised letters (⒜) fold to "(a)" and regional indicator letters
// pair into flags: neither writes a name.

// maxQueryBytes is screen.MaxNameBytes: a longer query is refused, so a
// Zalgo row must stay under it.
const maxQueryBytes = 1024

// lookalikeTechnique is one way of rewriting a name.
type lookalikeTechnique struct {
	name  string
	group string // for mixed: one technique per group, groups in this order
	apply func(g *lookalikeGen, s string) (string, bool)
}

var lookalikeTechniques = []lookalikeTechnique{
	{"mixedcase", "case", (*lookalikeGen).mixedCase},
	{"cyrillic", "homoglyph", func(g *lookalikeGen, s string) (string, bool) { return g.homoglyphs(s, cyrillicLookalikes) }},
	{"greek", "homoglyph", func(g *lookalikeGen, s string) (string, bool) { return g.homoglyphs(s, greekLookalikes) }},
	{"fullwidth", "style", (*lookalikeGen).fullWidth},
	{"mathematical", "style", (*lookalikeGen).mathematical},
	{"enclosed", "style", (*lookalikeGen).enclosed},
	{"smallcaps", "style", (*lookalikeGen).smallCaps},
	{"combining", "marks", (*lookalikeGen).combining},
	{"zerowidth", "invisible", (*lookalikeGen).zeroWidth},
	{"bidi", "invisible", (*lookalikeGen).bidi},
	{"spacing", "space", (*lookalikeGen).spacing},
}

var lookalikeGroups = []string{"case", "homoglyph", "style", "marks", "invisible", "space"}

// Rows per technique and kind of party; mixed gets lookalikeMixedFactor
// times as many.
const (
	lookalikePerKind     = 75
	lookalikeVessels     = 20
	lookalikeMixedFactor = 2
)

// cyrillicLookalikes and greekLookalikes map a Latin letter to the letters
// of that script drawn like it in common fonts.
var cyrillicLookalikes = map[rune][]rune{
	'a': {'а'}, 'c': {'с'}, 'd': {'ԁ'}, 'e': {'е'}, 'h': {'һ'}, 'i': {'і'}, 'j': {'ј'},
	'l': {'ӏ'}, 'o': {'о'}, 'p': {'р'}, 'q': {'ԛ'}, 's': {'ѕ'}, 'w': {'ԝ'}, 'x': {'х'}, 'y': {'у'},
	'A': {'А'}, 'B': {'В'}, 'C': {'С'}, 'E': {'Е'}, 'H': {'Н'}, 'I': {'І', 'Ӏ'}, 'J': {'Ј'},
	'K': {'К'}, 'M': {'М'}, 'O': {'О'}, 'P': {'Р'}, 'Q': {'Ԛ'}, 'S': {'Ѕ'}, 'T': {'Т'},
	'W': {'Ԝ'}, 'X': {'Х'}, 'Y': {'Ү'},
}

var greekLookalikes = map[rune][]rune{
	'a': {'α'}, 'c': {'ϲ'}, 'i': {'ι'}, 'j': {'ϳ'}, 'k': {'κ'}, 'o': {'ο'}, 'p': {'ρ'},
	'u': {'υ'}, 'v': {'ν'}, 'y': {'γ'},
	'A': {'Α'}, 'B': {'Β'}, 'C': {'Ϲ'}, 'E': {'Ε'}, 'H': {'Η'}, 'I': {'Ι'}, 'J': {'Ϳ'},
	'K': {'Κ'}, 'M': {'Μ'}, 'N': {'Ν'}, 'O': {'Ο'}, 'P': {'Ρ'}, 'T': {'Τ'}, 'X': {'Χ'},
	'Y': {'Υ'}, 'Z': {'Ζ'},
}

// smallCapitals maps a letter to its Latin small capital.
var smallCapitals = map[rune]rune{
	'a': 'ᴀ', 'b': 'ʙ', 'c': 'ᴄ', 'd': 'ᴅ', 'e': 'ᴇ', 'f': 'ꜰ', 'g': 'ɢ', 'h': 'ʜ', 'i': 'ɪ',
	'j': 'ᴊ', 'k': 'ᴋ', 'l': 'ʟ', 'm': 'ᴍ', 'n': 'ɴ', 'o': 'ᴏ', 'p': 'ᴘ', 'q': 'ꞯ', 'r': 'ʀ',
	's': 'ꜱ', 't': 'ᴛ', 'u': 'ᴜ', 'v': 'ᴠ', 'w': 'ᴡ', 'y': 'ʏ', 'z': 'ᴢ',
}

// zeroWidths are the invisible characters most used; zeroWidthOthers the
// rarer default-ignorable ones.
var (
	zeroWidths      = []rune{'\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'}
	zeroWidthOthers = []rune{'\u00AD', '\u034F', '\u180E', '\u2061', '\u2062', '\u2063', '\u2064', '\uFE0F', '\uFE00'}
)

// bidiPairs open and close an embedding, override or isolate.
var bidiPairs = [][2]rune{
	{'\u202A', '\u202C'}, {'\u202B', '\u202C'}, {'\u202D', '\u202C'}, {'\u202E', '\u202C'},
	{'\u2066', '\u2069'}, {'\u2067', '\u2069'}, {'\u2068', '\u2069'},
}

var bidiMarks = []rune{'\u200E', '\u200F', '\u061C'}

// spaces stand in for an ASCII space.
var spaces = []string{
	"\u00A0", "\u2000", "\u2001", "\u2002", "\u2003", "\u2004", "\u2005", "\u2006", "\u2007",
	"\u2008", "\u2009", "\u200A", "\u202F", "\u205F", "\u3000", "\t", "  ", " \u00A0", "\u3000 ",
}

type lookalikeGen struct {
	rng *rand.Rand
	// math[style][letter] is the letter in that mathematical style, or 0.
	math [][128]rune
}

func newLookalikeGen(rng *rand.Rand) *lookalikeGen {
	g := &lookalikeGen{rng: rng}
	// Letter-like symbols fill the holes of the mathematical alphabets.
	letterlike := map[rune][]rune{}
	for r := rune(0x2100); r < 0x2150; r++ {
		if f := []rune(norm.NFKC.String(string(r))); len(f) == 1 && f[0] < 0x80 && unicode.IsLetter(f[0]) {
			letterlike[f[0]] = append(letterlike[f[0]], r)
		}
	}
	for style := 0; style < 13; style++ {
		var m [128]rune
		for i, c := range "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz" {
			r := rune(0x1D400 + 52*style + i)
			if norm.NFKC.String(string(r)) == string(c) {
				m[c] = r
			} else if ls := letterlike[c]; len(ls) > 0 {
				m[c] = ls[style%len(ls)]
			}
		}
		// Bold, double-struck, sans-serif, sans-serif bold, monospace digits.
		if d := map[int]rune{0: 0x1D7CE, 6: 0x1D7D8, 8: 0x1D7E2, 9: 0x1D7EC, 12: 0x1D7F6}[style]; d != 0 {
			for k := rune(0); k < 10; k++ {
				m['0'+k] = d + k
			}
		}
		g.math = append(g.math, m)
	}
	return g
}

// letterIndexes returns the positions of r that hold a key of m.
func letterIndexes(r []rune, ok func(rune) bool) []int {
	var idx []int
	for i, c := range r {
		if ok(c) {
			idx = append(idx, i)
		}
	}
	return idx
}

// some returns k of idx, k drawn from 1..len(idx).
func (g *lookalikeGen) some(idx []int) []int {
	idx = slices.Clone(idx)
	g.rng.Shuffle(len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
	return idx[:1+g.rng.IntN(len(idx))]
}

func (g *lookalikeGen) homoglyphs(s string, table map[rune][]rune) (string, bool) {
	r := []rune(s)
	idx := letterIndexes(r, func(c rune) bool { return table[c] != nil })
	if len(idx) == 0 {
		return "", false
	}
	for _, i := range g.some(idx) {
		hs := table[r[i]]
		r[i] = hs[g.rng.IntN(len(hs))]
	}
	return string(r), true
}

func (g *lookalikeGen) fullWidth(s string) (string, bool) {
	r := []rune(s)
	ideographicSpace := g.rng.IntN(2) == 0
	wide := func(i int) {
		switch c := r[i]; {
		case c > ' ' && c <= '~':
			r[i] = c + 0xFEE0
		case c == ' ' && ideographicSpace:
			r[i] = '\u3000'
		}
	}
	switch g.rng.IntN(4) {
	case 0, 1: // the whole name
		for i := range r {
			wide(i)
		}
	case 2: // some words
		ws := glyphRuns(r)
		if len(ws) == 0 {
			return "", false
		}
		for _, w := range g.some(seq(len(ws))) {
			for i := ws[w][0]; i < ws[w][1]; i++ {
				wide(i)
			}
		}
	case 3: // some letters
		idx := letterIndexes(r, func(c rune) bool { return c > ' ' && c <= '~' })
		if len(idx) == 0 {
			return "", false
		}
		for _, i := range g.some(idx) {
			wide(i)
		}
	}
	return string(r), true
}

func seq(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s
}

func (g *lookalikeGen) mathematical(s string) (string, bool) {
	r := []rune(s)
	m := &g.math[g.rng.IntN(len(g.math))]
	idx := letterIndexes(r, func(c rune) bool { return c < 0x80 && m[c] != 0 })
	if len(idx) == 0 {
		return "", false
	}
	if g.rng.IntN(10) < 7 {
		for _, i := range idx {
			r[i] = m[r[i]]
		}
	} else {
		for _, i := range g.some(idx) {
			r[i] = m[r[i]]
		}
	}
	return string(r), true
}

func (g *lookalikeGen) enclosed(s string) (string, bool) {
	r := []rune(s)
	// Circled letters keep case; the others are capitals only.
	style := g.rng.IntN(5)
	conv := func(c rune) rune {
		u := unicode.ToUpper(c)
		switch {
		case c >= '1' && c <= '9':
			return '①' + c - '1'
		case c == '0':
			return '⓪'
		case c >= 'A' && c <= 'Z' && style < 2:
			return 'Ⓐ' + c - 'A'
		case c >= 'a' && c <= 'z' && style < 2:
			return 'ⓐ' + c - 'a'
		case u >= 'A' && u <= 'Z' && style == 2:
			return 0x1F130 + u - 'A'
		case u >= 'A' && u <= 'Z' && style == 3:
			return 0x1F150 + u - 'A'
		case u >= 'A' && u <= 'Z' && style == 4:
			return 0x1F170 + u - 'A'
		}
		return 0
	}
	idx := letterIndexes(r, func(c rune) bool { return conv(c) != 0 })
	if len(idx) == 0 {
		return "", false
	}
	if g.rng.IntN(10) >= 7 {
		idx = g.some(idx)
	}
	for _, i := range idx {
		r[i] = conv(r[i])
	}
	return string(r), true
}

func (g *lookalikeGen) smallCaps(s string) (string, bool) {
	r := []rune(s)
	keepInitial := g.rng.IntN(5) < 2 // "Vʟᴀᴅɪᴍɪʀ", as fancy-text sites write
	start := true
	changed := false
	for i, c := range r {
		first := start
		start = !unicode.IsLetter(c)
		if first && keepInitial {
			continue
		}
		if sc, ok := smallCapitals[unicode.ToLower(c)]; ok && c < 0x80 {
			r[i] = sc
			changed = true
		}
	}
	return string(r), changed
}

func (g *lookalikeGen) combining(s string) (string, bool) {
	r := []rune(s)
	idx := letterIndexes(r, isGlyph)
	if len(idx) == 0 {
		return "", false
	}
	marks := func(n int, zalgo bool) []rune {
		out := make([]rune, n)
		for i := range out {
			out[i] = g.mark(zalgo)
		}
		return out
	}
	if g.rng.IntN(5) < 3 { // a few letters, one mark each
		g.rng.Shuffle(len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
		idx = idx[:min(len(idx), 1+g.rng.IntN(3))]
		slices.Sort(idx)
		for k := len(idx) - 1; k >= 0; k-- {
			r = slices.Insert(r, idx[k]+1, marks(1, false)...)
		}
		return string(r), true
	}
	// Zalgo: marks on every letter, as many as fit in a query.
	most := 2 + g.rng.IntN(5)
	for ; most >= 1; most-- {
		var b strings.Builder
		for _, c := range r {
			b.WriteRune(c)
			if isGlyph(c) {
				b.WriteString(string(marks(1+g.rng.IntN(most), true)))
			}
		}
		if b.Len() <= maxQueryBytes {
			return b.String(), true
		}
	}
	return "", false
}

// mark draws a combining mark: from Combining Diacritical Marks, or for
// Zalgo from all the combining blocks.
func (g *lookalikeGen) mark(zalgo bool) rune {
	blocks := [][2]rune{{0x0300, 0x0370}}
	if zalgo {
		blocks = append(blocks, [2]rune{0x0483, 0x048A}, [2]rune{0x1AB0, 0x1ABF}, [2]rune{0x1DC0, 0x1E00},
			[2]rune{0x20D0, 0x20F1}, [2]rune{0xFE20, 0xFE30})
	}
	for {
		b := blocks[0]
		if g.rng.IntN(2) == 0 {
			b = blocks[g.rng.IntN(len(blocks))]
		}
		r := b[0] + g.rng.Int32N(b[1]-b[0])
		// U+034F is a grapheme joiner, not a mark one sees.
		if r != 0x034F && unicode.In(r, unicode.Mn, unicode.Me) {
			return r
		}
	}
}

// isGlyph reports whether c is drawn as a letter: a letter, or a symbol
// such as a circled letter that enclosed left behind.
func isGlyph(c rune) bool { return unicode.IsLetter(c) || unicode.Is(unicode.So, c) }

// glyphRuns is words for text that may hold symbols drawn as letters.
func glyphRuns(r []rune) [][2]int {
	var out [][2]int
	start := -1
	for i, c := range r {
		switch {
		case isGlyph(c) && start < 0:
			start = i
		case !isGlyph(c) && start >= 0:
			out = append(out, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(r)})
	}
	return out
}

// inside returns the positions between two letters of one word.
func inside(r []rune) []int {
	var at []int
	for _, w := range glyphRuns(r) {
		for i := w[0] + 1; i < w[1]; i++ {
			at = append(at, i)
		}
	}
	return at
}

func (g *lookalikeGen) zeroWidth(s string) (string, bool) {
	r := []rune(s)
	at := inside(r)
	if len(at) == 0 {
		return "", false
	}
	g.rng.Shuffle(len(at), func(i, j int) { at[i], at[j] = at[j], at[i] })
	at = at[:min(len(at), 1+g.rng.IntN(4))]
	slices.Sort(at)
	for k := len(at) - 1; k >= 0; k-- {
		z := zeroWidths[g.rng.IntN(len(zeroWidths))]
		if g.rng.IntN(5) == 0 {
			z = zeroWidthOthers[g.rng.IntN(len(zeroWidthOthers))]
		}
		r = slices.Insert(r, at[k], z)
	}
	return string(r), true
}

func (g *lookalikeGen) bidi(s string) (string, bool) {
	r := []rune(s)
	switch g.rng.IntN(10) {
	case 0, 1, 2, 3: // the whole name wrapped
		p := bidiPairs[g.rng.IntN(len(bidiPairs))]
		return string(p[0]) + s + string(p[1]), true
	case 4, 5, 6: // marks anywhere inside
		n := 1 + g.rng.IntN(3)
		for range n {
			at := 1 + g.rng.IntN(max(1, len(r)-1))
			r = slices.Insert(r, at, bidiMarks[g.rng.IntN(len(bidiMarks))])
		}
		return string(r), true
	default: // one word, or part of one, wrapped
		ws := glyphRuns(r)
		if len(ws) == 0 {
			return "", false
		}
		w := ws[g.rng.IntN(len(ws))]
		from, to := w[0], w[1]
		if to-from >= 4 && g.rng.IntN(2) == 0 {
			from += g.rng.IntN((to - from) / 2)
			to -= g.rng.IntN((to - from) / 2)
		}
		p := bidiPairs[g.rng.IntN(len(bidiPairs))]
		r = slices.Insert(r, to, p[1])
		r = slices.Insert(r, from, p[0])
		return string(r), true
	}
}

func (g *lookalikeGen) mixedCase(s string) (string, bool) {
	r := []rune(s)
	for i, c := range r {
		if g.rng.IntN(2) == 0 {
			r[i] = unicode.ToUpper(c)
		} else {
			r[i] = unicode.ToLower(c)
		}
	}
	q := string(r)
	// A name of one case redrawn into another single case, or title case,
	// is case_space of perturbed.tsv, not this.
	return q, q != s && q != strings.ToUpper(s) && q != strings.ToLower(s)
}

func (g *lookalikeGen) spacing(s string) (string, bool) {
	ws := strings.Split(s, " ")
	var b strings.Builder
	if g.rng.IntN(4) == 0 {
		b.WriteString([]string{" ", "  ", "\u00A0", "\u3000", "\t"}[g.rng.IntN(5)])
	}
	changed := b.Len() > 0
	for i, w := range ws {
		if i > 0 {
			if g.rng.IntN(3) > 0 {
				b.WriteString(spaces[g.rng.IntN(len(spaces))])
				changed = true
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(w)
	}
	if !changed || g.rng.IntN(4) == 0 {
		b.WriteString([]string{" ", "  ", "\u00A0", "\u2003", "\t", " \u3000"}[g.rng.IntN(6)])
	}
	return b.String(), true
}

// mixed applies two or three techniques of different groups, in the order
// of lookalikeGroups, and names them.
func (g *lookalikeGen) mixed(s string) (string, string, bool) {
	groups := slices.Clone(lookalikeGroups)
	g.rng.Shuffle(len(groups), func(i, j int) { groups[i], groups[j] = groups[j], groups[i] })
	groups = groups[:2+g.rng.IntN(2)]
	var names []string
	for _, grp := range lookalikeGroups {
		if !slices.Contains(groups, grp) {
			continue
		}
		var cands []lookalikeTechnique
		for _, t := range lookalikeTechniques {
			if t.group == grp {
				cands = append(cands, t)
			}
		}
		t := cands[g.rng.IntN(len(cands))]
		q, ok := t.apply(g, s)
		if !ok || q == s {
			return "", "", false
		}
		s = q
		names = append(names, t.name)
	}
	if len(s) > maxQueryBytes {
		return "", "", false
	}
	return s, "mixed:" + strings.Join(names, "+"), true
}

// lookalikeSources returns the names of e to rewrite, best first: the
// primary name (70%) or a strong Latin alias, then the other.
func lookalikeSources(rng *rand.Rand, e *sdn.Entry) []string {
	var alts []string
	for _, a := range e.Aliases {
		if isStrongLatinAlias(a) {
			alts = append(alts, a.Name)
		}
	}
	var out []string
	if isLatin(e.Name) {
		out = append(out, e.Name)
	}
	if len(alts) > 0 {
		alt := alts[rng.IntN(len(alts))]
		if rng.Float64() < 0.7 {
			out = append(out, alt)
		} else {
			out = append([]string{alt}, out...)
		}
	}
	return out
}

// runLookalikes writes lookalikes.tsv: uid, query, technique, source.
func runLookalikes(out string, seed uint64) error {
	l, err := loadList()
	if err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(seed, 3))
	g := newLookalikeGen(rng)
	pools := map[sdn.Kind][]*sdn.Entry{}
	for i := range l.Entries {
		e := &l.Entries[i]
		switch e.Kind {
		case sdn.Individual, sdn.Entity, sdn.Vessel:
			pools[e.Kind] = append(pools[e.Kind], e)
		}
	}
	type technique struct {
		name  string
		apply func(s string) (string, string, bool)
	}
	var techniques []technique
	for _, t := range lookalikeTechniques {
		techniques = append(techniques, technique{t.name, func(s string) (string, string, bool) {
			q, ok := t.apply(g, s)
			return q, t.name, ok
		}})
	}
	techniques = append(techniques, technique{"mixed", g.mixed})
	slices.SortFunc(techniques, func(a, b technique) int { return strings.Compare(a.name, b.name) })

	var rows [][]string
	counts := map[string]int{}
	for _, t := range techniques {
		factor := 1
		if t.name == "mixed" {
			factor = lookalikeMixedFactor
		}
		for _, kind := range []sdn.Kind{sdn.Individual, sdn.Entity, sdn.Vessel} {
			want := factor * lookalikePerKind
			if kind == sdn.Vessel {
				want = factor * lookalikeVessels
			}
			order := slices.Clone(pools[kind])
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			n := 0
			for _, e := range order {
				if n >= want {
					break
				}
				for _, src := range lookalikeSources(rng, e) {
					if strings.ContainsRune(src, '\\') || len(foldTokens(src)) == 0 {
						continue
					}
					q, label, ok := t.apply(src)
					if !ok || q == src || len(q) > maxQueryBytes || strings.ContainsAny(q, "\r\n") {
						continue
					}
					rows = append(rows, []string{strconv.Itoa(e.UID), strings.ReplaceAll(q, "\t", `\t`), label, src})
					counts[t.name+" "+string(kind)]++
					n++
					break
				}
			}
		}
	}
	if err := writeTSV(filepath.Join(out, "lookalikes.tsv"), []string{"uid", "query", "technique", "source"}, rows); err != nil {
		return err
	}
	fmt.Printf("lookalikes %d\n", len(rows))
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Printf("  %-24s %5d\n", k, counts[k])
	}
	return nil
}
