package screen

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sanctionscreen/ofac/sdn"
)

// Names cut by a payment message. A SWIFT MT103 or Fedwire message holds
// a party's name in lines of 35 characters, and a long firm's name that a
// system takes from the first line alone, or from the first two, arrives
// cut mid-word: "OPEN JOINT STOCK COMPANY ROSNEFT OI". Of the list's firms
// whose names run past 35 characters, fewer than half were found so. A
// query of exactly such a width (cutWidths: one line, or lines joined
// with or without a space; or one less where a space was trimmed) is also
// read as the beginning of a listed name: the words before its last, in
// the listed order, are the listed name's first, and its last word begins
// the listed word after them. The listed words past the cut are not held
// against the match, which scores the query's matched share times
// cutFactor. Companies, vessels and aircraft alone: a person's name is
// short, and the beginning of a listed one is a family name without the
// given names.
var cutWidths = [...]int{35, 70, 71, 105, 107, 140, 143}

const (
	// cutFactor scales a match read as a listed name's beginning: below
	// the whole name written out.
	cutFactor = 0.95
	// cutMinScore is the MinScore of the reading's candidates, before
	// the words past the cut are forgiven.
	cutMinScore = 0.4
	// cutBoundSlack is how far under variantSim a candidate's bound,
	// over the query's weight, may be and the candidate still be scored
	// (matchTokens): joined words and the bounds' float32 sums.
	cutBoundSlack = 0.1
)

// cutAtWidth returns the query without its last word, and that word as a
// token, when the query is as long as a cut name (cutWidths); "", "" if
// it is not, or is one word. last is "" when the last word has no letters.
func cutAtWidth(name string) (rest, last string) {
	name = strings.TrimSpace(name)
	if len(name) < cutWidths[0]-1 {
		return "", ""
	}
	n := utf8.RuneCountInString(name)
	if !slices.ContainsFunc(cutWidths[:], func(w int) bool { return n == w || n == w-1 }) {
		return "", ""
	}
	// The last word runs from the last character that is no letter,
	// digit or mark: "MILITARY-INDUST" is cut in "INDUSTRIAL".
	i := strings.LastIndexFunc(name, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
	})
	if i <= 0 {
		return "", ""
	}
	_, n = utf8.DecodeRuneInString(name[i:])
	if ts := nameTokens(name[i+n:]); len(ts) > 0 {
		last = ts[0]
	}
	return strings.TrimRightFunc(name[:i], func(r rune) bool { return r == ' ' || r == ',' || r == '-' }), last
}

// cutScore scores match m of a query's beginning (cutAtWidth's rest) as
// the beginning of the listed name, whose next word last begins: every
// query word matched, at variantSim or more, to the listed name's first
// words in their order, and informative by minInfoPartial (the cut word
// counting for the share of the listed word it gives) or by a word that
// makes the company's name its own (hasBrand). ok is false if the match
// is no such beginning.
func (ix *index) cutScore(m nameMatch, last string) (score float64, ok bool) {
	a := m.align
	if len(m.q) == 0 || len(m.q) >= 64 || a.qUsed != 1<<len(m.q)-1 {
		return 0, false
	}
	k := bits.TrailingZeros64(^a.cUsed) // listed words matched from the first
	if a.cUsed != 1<<k-1 {
		return 0, false
	}
	prev := -1
	ps := slices.Clone(a.pairs)
	slices.SortFunc(ps, func(x, y pair) int { return x.qi - y.qi })
	for _, p := range ps {
		if p.cj < prev || p.acronym || !simAtLeast(p.sim, variantSim) {
			return 0, false
		}
		prev = p.cj
	}
	// What the match says of who is meant: the matched words, and the
	// cut word for the share of the listed word it gives.
	info := a.matched
	toks := ix.names[m.name].toks
	switch {
	case k == len(toks) && (last == "" || ix.toks[toks[k-1]].text != legalToken || !legalWordStart(last)):
		// The listed name is there whole: nothing was cut, but for a
		// legal form cut after its first words ("DEFENSE ENGINEERING
		// LIMITED LIABILI", one listed token).
		return 0, false
	case k == len(toks):
	case last != "" && ix.toks[toks[k]].text == legalToken:
		// The legal form that ends the listed name cut ("YATIRIM ANON"
		// for Anonim Sirketi), which says nothing of which firm; one
		// before other words ("Scientific Production Corporation
		// Irkut") leaves the firm's own word past the cut.
		if k != len(toks)-1 || !legalWordStart(last) {
			return 0, false
		}
	case last != "":
		next := ix.toks[toks[k]]
		if !strings.HasPrefix(next.text, last) {
			return 0, false
		}
		info += next.weight * float64(len(last)) / float64(len(next.text))
	}
	if !a.brand && info < minInfoPartial {
		return 0, false
	}
	var w float64
	for _, t := range m.q {
		w += t.weight
	}
	return min(a.matched/w, 1) * cutFactor, true
}

// cutMatches are the matches of a query of a cut name's width read as a
// listed name's beginning (see cutWidths).
func (ix *index) cutMatches(name string) []nameMatch {
	rest, last := cutAtWidth(name)
	if rest == "" {
		return nil
	}
	ts := nameTokens(rest)
	if len(ts) == 0 || len(ts) > maxQueryTokens {
		return nil
	}
	_, ms := ix.matchTokens(rest, hasSyllabic(rest), ts, nil, cutMinScore, true, last)
	out := ms[:0]
	for _, m := range ms {
		if ix.list.Entries[ix.names[m.name].entry].Kind == sdn.Individual {
			continue
		}
		if s, ok := ix.cutScore(m, last); ok {
			m.align.score = s
			m.cut = utf8.RuneCountInString(strings.TrimSpace(name))
			m.cutWord = last
			out = append(out, m)
		}
	}
	return out
}

// legalWords holds the words of the legal forms (legalFormPhrases).
var legalWords = wordSet(strings.Join(legalFormPhrases, " "))

// legalWordStart reports whether t, a cut word, begins a word of a legal
// form: "liabili", "anon", "sirk", "c".
func legalWordStart(t string) bool {
	for w := range legalWords {
		if strings.HasPrefix(w, t) {
			return true
		}
	}
	return false
}
