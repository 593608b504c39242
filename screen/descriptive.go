package screen

import (
	"slices"

	"github.com/sanctionscreen/ofac/sdn"
)

// Descriptive names. Some listed firms are named with words alone that
// say what or where a firm is: RUSSIAN NATIONAL COMMERCIAL BANK, Korea
// Trade Bank, FAR EASTERN BANK, ATLAS HOLDING. Their words are common on
// the list, so each weighs little, and a query that shares all but one of
// them scores high though it names another firm: "National Commercial
// Bank" (0.92), "Bank of Korea" (0.93), "Eastern Bank Limited" (0.86).
// In such a name every word is part of who the firm is: where the query
// leaves out one of its words, or adds one, the match scores
// descriptiveFactor times as much. A word of a firm's kind (Group,
// Holding, International, Trading, Enterprise) may be left out or added
// alone, as payees do, but not traded for another: "Atlas Trading" is not
// ATLAS HOLDING. Legal forms and particles are left out of all of this.

// descriptiveFactor scales a match of a descriptive name (descriptiveClash)
// that leaves out or adds a word.
const descriptiveFactor = 0.85

// descriptiveMaxEntries is the fewest entries whose names hold a word
// below which the word is rare: a match that has one is left as it is.
const descriptiveMaxEntries = 10

// shortFirmWords are English words of fewer than coinedMinLen letters that
// firms are named with (isEnglishWord holds the longer ones): no word of
// them makes a firm's name its own.
var shortFirmWords = map[string]bool{
	"far": true, "new": true, "green": true, "star": true, "sun": true, "gold": true, "blue": true,
	"red": true, "white": true, "black": true, "east": true, "west": true, "north": true, "south": true,
	"sea": true, "ocean": true, "royal": true, "prime": true, "first": true, "best": true, "great": true,
	"grand": true, "city": true, "world": true, "top": true, "one": true, "asia": true, "asian": true,
	"arab": true, "gulf": true, "euro": true, "delta": true, "alpha": true, "union": true, "state": true,
	"line": true, "lines": true, "trust": true, "power": true, "link": true, "land": true,
}

// kindWords are the words of a descriptive name that a query may leave out
// or add alone: firmWords, and the words of a state firm's kind
// (CHINA NATIONAL ELECTRONICS IMPORT-EXPORT CORPORATION is 中国电子进出口总公司).
var kindWords = func() map[string]bool {
	m := map[string]bool{"national": true, "state": true, "general": true}
	for w := range firmWords {
		m[w] = true
	}
	return m
}()

// minTypoLen is the least length of two words that descriptiveClash reads
// as one mistyped when they are two slips apart.
const minTypoLen = 6

// regionWords are places firms are named after that are no country.
var regionWords = map[string]bool{
	"africa": true, "african": true, "europe": true, "european": true, "arabian": true, "persian": true,
	"pacific": true, "atlantic": true, "mediterranean": true, "caspian": true, "baltic": true,
	"caribbean": true, "eurasia": true, "eurasian": true, "oriental": true, "middle": true,
	"iranian": true, "syrian": true, "korean": true, "chinese": true, "turkish": true, "emirates": true,
	"american": true, "latin": true, "america": true, "hongkong": true,
}

// descriptiveWord reports whether t says what or where a firm is, or
// nothing: no word of it names one firm.
func descriptiveWord(t string) bool {
	if t == legalToken || generic[t] || firmWords[t] || tradeWords[t] || shortFirmWords[t] || regionWords[t] {
		return true
	}
	if _, ok := countryNames()[t]; ok {
		return true
	}
	return isEnglishWord(t)
}

// descriptiveClash returns, for match m of a company's descriptive name,
// a word that one side has and the other lacks (see descriptiveFactor);
// "" if the name is no descriptive name, or m matches all of it.
// A query of a cut name's width (cutWidths) is left as it is: its last
// word is cut, and the listed words after it are missing.
func (ix *index) descriptiveClash(m nameMatch, query string) string {
	rec := &ix.names[m.name]
	if ix.list.Entries[rec.entry].Kind != sdn.Entity || m.cut != 0 || len(rec.toks) > 64 || len(m.q) > 64 {
		return ""
	}
	if rest, _ := cutAtWidth(query); rest != "" {
		return ""
	}
	words := 0
	for _, id := range rec.toks {
		t := ix.toks[id].text
		if !descriptiveWord(t) {
			return ""
		}
		if t != legalToken && (!generic[t] || firmWords[t]) {
			words++
		}
	}
	if words < 2 {
		return ""
	}
	// A matched word that few entries hold says which firm is meant
	// however the rest differs: PROTON SHIPPING CO is PROTON
	// PETROCHEMICALS SHIPPING LIMITED.
	rare := ix.weightOf("", descriptiveMaxEntries)
	for j, id := range rec.toks {
		if m.align.cUsed&(1<<j) != 0 && ix.toks[id].weight >= rare {
			return ""
		}
	}
	// A listed word and a query word left unmatched that are two slips
	// apart are one word mistyped ("COMMERICAL").
	var typo uint64
	for i, t := range m.q {
		if m.align.qUsed&(1<<i) != 0 || len(t.text) < minTypoLen {
			continue
		}
		for j, id := range rec.toks {
			if c := ix.toks[id].text; m.align.cUsed&(1<<j) == 0 && len(c) >= minTypoLen && boundedDistance(t.text, c, 2) <= 2 {
				typo |= 1 << i
				break
			}
		}
	}
	var kindMissing, kindAdded string
	for j, id := range rec.toks {
		t := ix.toks[id].text
		if m.align.cUsed&(1<<j) != 0 || t == legalToken || generic[t] && !firmWords[t] {
			continue
		}
		if slices.ContainsFunc(m.q, func(u qtok) bool { return len(u.text) >= minTypoLen && boundedDistance(u.text, t, 2) <= 2 }) {
			continue
		}
		if !kindWords[t] {
			return t
		}
		kindMissing = t
	}
	for i, t := range m.q {
		if m.align.qUsed&(1<<i) != 0 || typo&(1<<i) != 0 || t.text == legalToken || generic[t.text] && !firmWords[t.text] ||
			len(t.text) == 1 || legalWords[t.text] || legalTypo(t.text) || matchedAlso(m, t.text) || initialsOf(t.text, rec.text) {
			// An initial, a word of a legal form the query splits
			// ("Open JSC") or mistypes, a word said twice, the name's
			// initials ("National Iranian Oil Company NIOC").
			continue
		}
		if !kindWords[t.text] {
			return t.text
		}
		kindAdded = t.text
	}
	if kindMissing != "" && kindAdded != "" {
		return kindAdded
	}
	return ""
}

// legalTypo reports whether t is a word of a legal form of minTypoLen
// letters or more (Limited, Company) with two slips or fewer.
func legalTypo(t string) bool {
	if len(t) < minTypoLen {
		return false
	}
	for w := range legalWords {
		if len(w) >= minTypoLen && boundedDistance(t, w, 2) <= 2 {
			return true
		}
	}
	return false
}

// matchedAlso reports whether a query word that m matched is t.
func matchedAlso(m nameMatch, t string) bool {
	for i := range m.q {
		if m.align.qUsed&(1<<i) != 0 && m.q[i].text == t {
			return true
		}
	}
	return false
}

// initialsOf reports whether t, of two letters or more, is the first
// letters of words of name, the first word's among them, in their order.
func initialsOf(t, name string) bool {
	if len(t) < 2 {
		return false
	}
	i, start := 0, true
	for _, r := range name {
		letter := 'a' <= r|0x20 && r|0x20 <= 'z'
		if letter && start {
			if i < len(t) && byte(r|0x20) == t[i] {
				i++
			} else if i == 0 {
				return false
			}
		}
		start = !letter && r != '\''
	}
	return i == len(t)
}
