package screen

import (
	"slices"
	"strings"
	"unicode"

	"github.com/sanctionscreen/ofac/sdn"
)

// Descriptive names. Some listed firms are named with words alone that
// say what or where a firm is: RUSSIAN NATIONAL COMMERCIAL BANK, Korea
// Trade Bank, FAR EASTERN BANK, LIMITED LIABILITY COMPANY HOLDING FINANCE.
// Their words are common on the list, so each weighs little, and a query
// that shares all but one of them scores high though it names another
// firm: "National Commercial Bank" (0.92), "Bank of Korea" (0.93),
// "Eastern Bank Limited" (0.86). In such a name every word is part of who
// the firm is: where the query leaves out one of its words, or adds one,
// the match scores descriptiveFactor times as much. A word of a firm's
// kind (Group, Holding, International, Trading, Enterprise, National) may
// be left out or added alone, as payees do, but not traded for another:
// "International Finance Corporation" is not HOLDING FINANCE. Legal forms
// and particles are left out of all of this, and so are the words a query
// adds that say where the firm is or what else it is called
// (descriptiveClash).

// descriptiveFactor scales a match of a descriptive name (descriptiveClash)
// that leaves out or adds a word.
const descriptiveFactor = 0.85

// descriptiveMaxEntries is how many entries' names at most hold a word
// that is rare: a match of a rare word says which firm is meant, and is
// left as it is (PROTON SHIPPING CO for PROTON PETROCHEMICALS SHIPPING).
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
	"cargo": true, "tours": true, "metal": true, "metals": true, "food": true, "foods": true, "motor": true,
	"motors": true, "parts": true, "media": true, "fuel": true, "water": true, "paper": true, "ship": true,
}

// kindWords are the words of a descriptive name that a query may leave out
// or add alone: firmWords, the words of a state firm's kind
// (CHINA NATIONAL ELECTRONICS IMPORT-EXPORT CORPORATION is 中国电子进出口总公司),
// and Turkish dış ticaret, foreign trade, which a payee writes in English
// or leaves out ("Mediterranean International Trading").
var kindWords = func() map[string]bool {
	m := map[string]bool{"national": true, "state": true, "general": true, "dis": true, "ticaret": true, "foreign": true}
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
	"american": true, "latin": true, "america": true, "hongkong": true, "korea": true,
}

// descriptiveWord reports whether t says what or where a firm is, or
// nothing: no word of it names one firm. A number counts too: it names no
// firm alone, and a query that leaves it out names another ("Star
// Shipping" is not 14 STAR SHIPPING MANAGEMENT); so does an ordinal
// ("Siemens Research Center" is not 110th Research Center).
func descriptiveWord(t string) bool {
	if t == legalToken || isNumber(t) || isOrdinal(t) || generic[t] || firmWords[t] || tradeWords[t] || shortFirmWords[t] || regionWords[t] {
		return true
	}
	if _, ok := countryNames()[t]; ok {
		return true
	}
	return isEnglishWord(t)
}

// placeOf holds the words after which a place says where a firm is.
var placeOf = map[string]bool{"of": true, "de": true, "du": true, "des": true, "di": true, "del": true, "in": true}

// placeWord reports whether t names a country, a people or a region.
func placeWord(t string) bool {
	if regionWords[t] || demonyms[t] != "" {
		return true
	}
	_, ok := countryNames()[t]
	return ok
}

// descriptiveClash returns, for match m of a company's descriptive name,
// a word that one side has and the other lacks (see descriptiveFactor);
// "" if the name is no descriptive name, or m matches all of it. query is
// the query as m read it.
func (ix *index) descriptiveClash(m nameMatch, query string) string {
	rec := &ix.names[m.name]
	if ix.list.Entries[rec.entry].Kind != sdn.Entity || m.cut != 0 || len(rec.toks) > 64 || len(m.q) > 64 {
		return ""
	}
	// A query of a cut name's width (cutWidths) may end in a word cut
	// short, and the listed words past its last matched one were cut
	// off: neither counts.
	rest, _ := cutAtWidth(query)
	cut := rest != ""
	lastC := -1
	for j := range rec.toks {
		if m.align.cUsed&(1<<j) != 0 {
			lastC = j
		}
	}
	// Hong Kong, written in two words, is a place as HongKong is.
	hk := func(j int) bool {
		t := ix.toks[rec.toks[j]].text
		return t == "hong" && j+1 < len(rec.toks) && ix.toks[rec.toks[j+1]].text == "kong" ||
			t == "kong" && j > 0 && ix.toks[rec.toks[j-1]].text == "hong"
	}
	words, hkName := 0, false
	for j, id := range rec.toks {
		t := ix.toks[id].text
		if !descriptiveWord(t) {
			if !hk(j) {
				return ""
			}
			hkName = true
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
	// PETROCHEMICALS SHIPPING LIMITED. An English word of a trade does
	// not ("Agricultural Bank" is not AGRICULTURAL DEVELOPMENT BANK; a
	// transliterated one does: Persian OMRAN VA MASKAN, construction and
	// housing). Nor does a place alone ("Mediterranean Shipping Company"
	// is not MEDITERRANEAN INTERNATIONAL TRADING DIS TICARET LIMITED
	// SIRKETI), but a place with another word besides kind words does
	// ("Persian Gulf Petrochemical" is PERSIAN GULF PETROCHEMICAL
	// INDUSTRY). A listed place the query leaves out says another firm
	// whatever is rare ("Standard Bank Group" is not RUSSIAN STANDARD
	// BANK), unless it follows "of": where the firm is, which payees
	// leave out ("Workers Welfare Bank" is WORKERS' WELFARE BANK OF IRAN).
	rare := ix.weightOf("", descriptiveMaxEntries)
	matched, placeLeft := 0, false
	for j, id := range rec.toks {
		t := ix.toks[id].text
		if m.align.cUsed&(1<<j) != 0 {
			if t != legalToken && !generic[t] && !kindWords[t] {
				matched++
			}
		} else if (placeWord(t) || hk(j)) && !(cut && j > lastC) && !(j > 0 && placeOf[ix.toks[rec.toks[j-1]].text]) {
			placeLeft = true
		}
	}
	// Nor does it where a query in Latin letters adds a word of its own,
	// one of no trade or place: "COSCO Shipping Universe" is not UNIVERSE
	// SHIPPING LIMITED. (A word read from another script may be a word
	// of a trade transliterated: هلدینگ, holding.) A query that holds the
	// listed name whole and in order is that firm named more fully.
	own := false
	for i, u := range m.q {
		if i < 64 && m.align.qUsed&(1<<i) == 0 && len(u.text) > 1 && !descriptiveWord(u.text) && !ix.town(u.text) && !isNumber(u.text) {
			own = true
		}
	}
	if own && (!isASCII(query) || ix.holdsInOrder(m.q, rec.toks)) {
		own = false
	}
	for j, id := range rec.toks {
		t := ix.toks[id].text
		if placeLeft || own || m.align.cUsed&(1<<j) == 0 || ix.toks[id].weight < rare || tradeWords[t] && isEnglishWord(t) {
			continue
		}
		if matched >= 2 || !placeWord(t) && !hk(j) {
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
		if m.align.cUsed&(1<<j) != 0 || t == legalToken || generic[t] && !firmWords[t] || cut && j > lastC {
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
	// Where a firm named after Hong Kong is follows the name: "Green
	// Industries Hong Kong Limited PRC", not "China Electronics Hong
	// Kong Limited".
	kong := slices.IndexFunc(m.q, func(u qtok) bool { return u.text == "kong" })
	for i, t := range m.q {
		if m.align.qUsed&(1<<i) != 0 || typo&(1<<i) != 0 || t.text == legalToken || generic[t.text] && !firmWords[t.text] ||
			len(t.text) == 1 || !tradeWords[t.text] && (legalWords[t.text] || legalTypo(t.text)) || matchedAlso(m, t.text) || initialsOf(t.text, rec.text) ||
			stateWords[t.text] || ix.ownPlace(rec.entry, t.text) || ix.town(t.text) || cut && i == len(m.q)-1 || hkName && kong >= 0 && i > kong && hkPlaces[t.text] ||
			ix.entryWord(m.name, t.text) {
			// An initial, a word of a legal form the query splits
			// ("Open JSC") or mistypes, a word said twice, the name's
			// initials ("National Iranian Oil Company NIOC"), a word of
			// a state's long name ("Islamic Republic Iran"), where the
			// firm is ("Central Bank of Iran Tehran"), a town (a firm
			// works in more than its address says: "Russian National
			// Commercial Bank Simferopol"; a country it is not in
			// counts: "Taiwan Semiconductor"), a word cut short,
			// a word of the entry's other names ("Federal Security
			// Service FSB"), where a firm named after Hong Kong is
			// ("Green Industries Hong Kong Limited PRC").
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

// holdsInOrder reports whether query tokens q hold listed tokens toks,
// legal forms aside, one after another and in their order.
func (ix *index) holdsInOrder(q []qtok, toks []int32) bool {
	for i := range q {
		k, j := i, 0
		for ; j < len(toks); j++ {
			t := ix.toks[toks[j]].text
			if t == legalToken {
				continue
			}
			if k == len(q) || q[k].text != t {
				break
			}
			k++
		}
		if j == len(toks) && k > i {
			return true
		}
	}
	return false
}

// hkPlaces are the words by which a payee says where a firm named after
// Hong Kong is: "Hong Kong SAR", "PRC".
var hkPlaces = map[string]bool{"hong": true, "kong": true, "hk": true, "sar": true, "prc": true, "china": true}

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

// stateWords are the words of the states' long names (stateNames), which a
// query may write without the "of" that folds them, or abbreviate:
// "Islamic Republic Iran Shipping Lines", "Islamic Rep. of Iran".
var stateWords = func() map[string]bool {
	m := map[string]bool{"rep": true, "dem": true, "fed": true}
	for _, ps := range stateNames {
		for _, p := range ps {
			for _, w := range p[:len(p)-1] {
				m[w] = true
			}
		}
	}
	return m
}()

// entryWord reports whether t is a word of a name of name n's entry
// other than n: a query may add the firm's other name or its initials.
func (ix *index) entryWord(n int32, t string) bool {
	id, ok := ix.dict[t]
	if !ok {
		return false
	}
	lo, hi := ix.entryNames(n)
	for k := lo; k <= hi; k++ {
		if k != n && slices.Contains(ix.names[k].toks, id) {
			return true
		}
	}
	return false
}

// demonyms are the adjectives of the peoples of the countries the list's
// programmes name and of those its firms trade from, and their alpha-2
// codes. Those that are given names too (German, Thai) are left out.
var demonyms = map[string]string{
	"iranian": "IR", "russian": "RU", "chinese": "CN", "korean": "KP", "syrian": "SY", "iraqi": "IQ",
	"venezuelan": "VE", "cuban": "CU", "belarusian": "BY", "afghan": "AF", "lebanese": "LB",
	"turkish": "TR", "emirati": "AE", "pakistani": "PK", "yemeni": "YE", "libyan": "LY",
	"sudanese": "SD", "burmese": "MM", "myanma": "MM", "nicaraguan": "NI", "ukrainian": "UA", "mexican": "MX",
	"colombian": "CO", "somali": "SO", "malian": "ML", "hongkong": "HK",
	"saudi": "SA", "qatari": "QA", "kuwaiti": "KW", "omani": "OM", "bahraini": "BH", "jordanian": "JO",
	"egyptian": "EG", "algerian": "DZ", "moroccan": "MA", "tunisian": "TN", "israeli": "IL",
	"palestinian": "PS", "indian": "IN", "malaysian": "MY", "indonesian": "ID", "singaporean": "SG",
	"vietnamese": "VN", "japanese": "JP", "british": "GB", "italian": "IT", "swiss": "CH", "dutch": "NL",
	"cypriot": "CY", "armenian": "AM", "azerbaijani": "AZ", "kazakh": "KZ", "uzbek": "UZ", "tajik": "TJ",
	"kyrgyz": "KG", "canadian": "CA", "brazilian": "BR", "nigerian": "NG", "kenyan": "KE",
	"ethiopian": "ET", "serbian": "RS", "bosnian": "BA", "albanian": "AL",
}

// town reports whether t is a word of a town, state or region the list's
// addresses name, and no country or people.
func (ix *index) town(t string) bool {
	id, ok := ix.dict[t]
	if !ok || !ix.toks[id].place || ix.givenLike(id) || demonyms[t] != "" || tradeWords[t] || firmWords[t] ||
		generic[t] || shortFirmWords[t] || isEnglishWord(t) {
		return false // "Commercial", a word of a street too
	}
	_, country := countryNames()[t]
	return !country
}

// wordSlipFactor scales a firm's match in which a query word that is a
// word of the language or a place met another listed word (wordSlip).
const wordSlipFactor = 0.9

// wordSlip returns, for match m of a firm's or a vessel's name, a query
// word spelled as a word of the language, a country or a region that met
// a listed word by likeness alone, and that listed word. Such a word is
// the payee's own and no slip: "Industrial Bank of Korea" is not KARA
// INDUSTRIAL TRADING GMBH, "Asian Development Bank" not Arian Bank. A
// listed word that is such a word too or its plural or singular, a
// spelling the list teaches, a word of a trade or a
// firm's kind (languageWord), a
// transliteration of the query word, or a long word two slips or fewer
// apart ("Commercial" for COMERCIAL, "Redoubt" for REDUT) does not
// count, nor does a query in other letters than Latin, whose readings
// are no words it wrote. A word and its nisba (Ansari, ANSAR) are two
// words whatever they are. query is the query as m read it.
func (ix *index) wordSlip(m nameMatch, query string) (string, string) {
	rec := &ix.names[m.name]
	if ix.list.Entries[rec.entry].Kind == sdn.Individual || strings.ContainsFunc(query, func(r rune) bool {
		return r >= 0x250 && unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r)
	}) {
		return "", ""
	}
	for _, p := range m.align.pairs {
		if p.qn != 1 || p.cn != 1 || p.sim >= 1 || p.acronym || p.qi >= len(m.q) || p.cj >= len(rec.toks) {
			continue
		}
		q, c := m.q[p.qi].text, ix.toks[rec.toks[p.cj]].text
		if nisba(q, c) || nisba(c, q) {
			return q, c // Ansari / ANSAR: "of the Ansar", another word (nisba)
		}
		if q == c || !languageWord(q) || descriptiveWord(c) || plural(q, c) || plural(c, q) {
			continue // Whales / WHALE, Pipe / PIPES: a word and its plural
		}
		if len(q) >= minTypoLen+1 && boundedDistance(q, c, 2) <= 2 {
			continue
		}
		if id, ok := ix.dict[q]; ok && slices.Contains(ix.variants[id], rec.toks[p.cj]) {
			continue
		}
		var qb, cb [32]byte
		if qk, ck := translitKeyTo(&qb, q), translitKeyTo(&cb, c); qk != nil && string(qk) == string(ck) {
			continue
		}
		return q, c
	}
	return "", ""
}

// plural reports whether a is b with an English plural's ending.
func plural(a, b string) bool {
	rest, ok := strings.CutPrefix(a, b)
	return ok && (rest == "s" || rest == "es")
}

// languageWord reports whether t is an English word, a country, a people
// or a region, and no word of a firm's trade or kind: those stand for
// their transliterations too (Insaat / INSHAAT, Yuzhni / YUZHNY).
func languageWord(t string) bool {
	if placeWord(t) {
		return true
	}
	if tradeWords[t] || firmWords[t] || generic[t] || t == legalToken {
		return false
	}
	return shortFirmWords[t] || isEnglishWord(t)
}

// isOrdinal reports whether t is a number written as an ordinal in
// English: 1st, 22nd, 3rd, 110th.
func isOrdinal(t string) bool {
	n := len(t) - 2
	if n < 1 || !isNumber(t[:n]) {
		return false
	}
	switch t[n:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// isNumber reports whether t is digits alone.
func isNumber(t string) bool {
	for i := 0; i < len(t); i++ {
		if !isDigit(t[i]) {
			return false
		}
	}
	return t != ""
}
