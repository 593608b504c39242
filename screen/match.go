package screen

import (
	"bytes"
	"cmp"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/sanctionscreen/ofac/sdn"
)

// Scoring a query name against a listed name.
//
// Both are token lists. Every query token is paired with at most one
// listed token (or two adjacent ones it joins, or two adjacent query tokens
// with one listed token they join to), greedily by value, so word order
// does not matter. The score is the weighted share of the query that found
// its match, where a listed token the query lacks costs only a quarter of
// its weight: payees often omit a middle name or a second surname, while a
// query token the listed name lacks costs in full, since it may name
// someone else (the son listed apart from his father), unless it is what
// payees carry and the list leaves out: a middle name, a patronymic, the
// father's name after "bin" (setExtraCosts; persons only), or unless the
// query holds the whole listed name and that name is informative on its own
// (containCost).
//
//	score = Σ sim(q,c)·w(q) / (Σ w(q matched) + Σ μ(q)·w(q unmatched) + λ·Σ w(c unmatched))
const (
	// lambda is the cost of a listed token missing from the query,
	// relative to its weight; lambdaMiddle that of a middle name, which
	// payees leave out most.
	lambda       = 0.25
	lambdaMiddle = 0.1
	// partialInfo is the weight of missing listed tokens above which a
	// match counts as partial (a legal form or particle left out does
	// not).
	partialInfo = 1.0
	// initialSim is what an initial scores against a token it begins
	// ("J" for "John").
	initialSim = 0.75
	// weakFactor lowers scores through weak aliases, which OFAC itself
	// says are not meant to match on their own.
	weakFactor = 0.92
	// minInfo is the least matched weight a hit on a whole listed name
	// needs: one common token ("Mohammed", "Trading") is never enough.
	minInfo = 4.5
	// minInfoPartial is the least matched weight when the query covers
	// only part of a listed name, or matches a weak alias. The weights are
	// log inverse frequencies, so this asks that the matched tokens
	// together be expected in about one entry of the list by chance: "Ali
	// Mohammed" covers part of many listed names and singles out none of
	// them, while "Nicolas Maduro" singles out one. A weak alias made of
	// common names ("MOHAMMED, Ali") would otherwise flag every payee of
	// that name, while a distinctive one ("ABU BAKR AL-BAGHDADI") counts.
	minInfoPartial = 10.0
	// maxQueryTokens bounds the work for one query; longer names keep
	// their first tokens.
	maxQueryTokens = 24
	// containCost is the most a query token costs, relative to its
	// weight, when the listed name lacks it but the query holds all of that name
	// and the name is informative enough on its own (minInfoPartial):
	// "Strait Shipbrokers Singapore Pte Ltd" for "Strait Shipbrokers Pte.
	// Ltd.", "Thomas Lubanga Dyilo" for "LUBANGA, Thomas".
	containCost = 0.15
)

// qtok is one query token with what the index knows of it.
type qtok struct {
	text string
	// korean says the query reads as a Korean name (koreanName).
	korean bool
	// written is what the query wrote for text when that was several
	// words (matchName's three-word joins), else "".
	written string
	weight  float64
	id      int32 // dictionary id, -1 if the list lacks the token
	// extra is the cost of the token when the listed name lacks it,
	// relative to its weight.
	extra float64
	// arabic says the query was written in Arabic letters: its words may
	// be English ones borrowed (abjad.go).
	arabic bool
	// spelt is the word in Arabic letters the token was read from, when
	// there is one (spell.go).
	spelt string
	// shape is the token's shape for mayMeet, once shaped is set:
	// plainSim sets both when it first needs them.
	shape  shape
	shaped bool
	// midSurname marks a word in the middle of a name in natural order,
	// or the first of two surnames before a comma, that the list holds
	// as a surname: it costs a listed name that lacks it in full, even
	// one the query holds whole (matchTokens): "Yolanda Rodriguez Lopez"
	// is not RODRIGUEZ LOPEZ, S.A. DE C.V. either.
	midSurname bool
	// syllable marks a token of one letter that is a syllable of a name
	// written in Hangul (오 O), not an initial.
	syllable bool
}

// pair is one proposed alignment: query tokens [qi, qi+qn) with listed
// tokens [cj, cj+cn).
type pair struct {
	qi, qn, cj, cn int
	sim            float64
	value          float64
	// acronym marks initials against the words they stand for
	// (acronym.go).
	acronym bool
}

// alignment is the result of scoring one listed name.
type alignment struct {
	score   float64
	matched float64 // Σ sim·w over matched query tokens
	missed  float64 // Σ w over listed tokens left unmatched
	// initials is Σ sim over the pairs where an initial met a word.
	initials float64
	pairs    []pair // in alignBuf until a caller keeps them
	qUsed    uint64 // query tokens matched
	cUsed    uint64 // listed tokens matched
	// brand is set when the listed name is a company's and the query is
	// its distinctive word (hasBrand); descriptor marks the English word
	// the query adds to it, if any.
	brand      bool
	descriptor uint64
}

// Payees write a company by the words that make its name its own and
// leave out those that say what it is: "Prince Horology" for PRINCE
// HOROLOGY VOCATIONAL TRAINING CENTER, "Almetyevsk State Oil Institute"
// for the STATE BUDGETARY EDUCATIONAL INSTITUTION OF HIGHER EDUCATION
// ALMETYEVSK STATE OIL INSTITUTE. A query of two words or more, each but a
// legal form in the listed name of a company, one of them a word no other
// entry of the list holds (index.brandWeight), of brandLen letters or more
// (coinedMinLen when it is coined: no English word and no place, as below)
// and matched exactly or by its transliteration, is a hit on that name:
// the listed words it leaves out cost brandLambda of their weight, and the
// match counts as singling out its entry (informative). So is a query of
// one such word alone (but for legal forms), of coinedMinLen letters or
// more, when it is no English word (isEnglishWord): "Tinkoff" for JSC
// TINKOFF BANK, "Garantex" for GARANTEX EUROPE OU.
const (
	brandLen    = 8
	brandLambda = 0.05
	// descriptorMinLen is the least length of a coined word that a query
	// adding an English word to it must hold: shorter ones are as often
	// a family name ("Durand Consulting" is not DURAND PROPERTIES).
	descriptorMinLen = 7
)

// countWords counts the query tokens that are not legal forms.
func countWords(q []qtok) int {
	n := 0
	for i := range q {
		if q[i].weight > legalWeight {
			n++
		}
	}
	return n
}

// hasBrand reports whether the pairs match every query token but legal
// forms, one of them a listed word that makes a company's name its own.
// cbrand holds the listed tokens' flags (index.brandOf).
//
// A query may add one English word to a coined one (descriptor): "Iranair
// Cargo", "Koneisto Consulting". It then needs the coined word, and the
// word it adds costs containCost.
func hasBrand(q []qtok, qUsed uint64, cbrand []uint8, ctext []string, pairs []pair) (ok bool, descriptor uint64) {
	for i := range q {
		if q[i].weight > legalWeight && qUsed&(1<<i) == 0 {
			if descriptor != 0 || !isEnglishWord(q[i].text) {
				return false, 0
			}
			descriptor = 1 << i
		}
	}
	words := countWords(q)
	if descriptor != 0 {
		words--
	}
	if words == 0 {
		return false, 0
	}
	for _, p := range pairs {
		if p.qn != 1 || p.cn != 1 || !simAtLeast(p.sim, translitSim) || cbrand[p.cj]&brandWord == 0 || isPinyin(ctext[p.cj]) || vietSyllable(ctext[p.cj]) {
			continue
		}
		// One word alone is enough only when it is coined, not a word of
		// the language: "Tinkoff" is JSC TINKOFF BANK, but "Integrity
		// Ltd" need not be INTEGRITY TECHNOLOGY GROUP. The list cannot
		// tell the two apart (each is held by one entry); a dictionary
		// can. Nor is the name of a place enough: "Kaliningrad" is not
		// KALININGRAD BALTTRANS. Among two words or more, a long word
		// will do as well.
		if descriptor != 0 {
			if len(ctext[p.cj]) >= descriptorMinLen && coined(cbrand[p.cj], ctext[p.cj], q[p.qi].text) {
				return true, descriptor
			}
			continue
		}
		if words >= 2 && len(ctext[p.cj]) >= brandLen || coined(cbrand[p.cj], ctext[p.cj], q[p.qi].text) {
			return true, descriptor
		}
	}
	return false, 0
}

// coined reports whether a listed token of brand flags cb, and the query
// token that matched it, make a coined word: no place, of coinedMinLen
// letters or more, no English word.
func coined(cb uint8, listed, query string) bool {
	return cb&brandAlone != 0 && len(listed) >= coinedMinLen && !isEnglishWord(listed) && !isEnglishWord(query)
}

// alignBuf is the working memory of align, reused across names: the
// pairs of an alignment it returns stay valid until the next call.
type alignBuf struct {
	cands, plain, joined, bare []pair
}

// align pairs query tokens with listed tokens and scores the result. sim
// gives the similarity of query token i and listed token j; joinQ that of
// query tokens i and i+1 written together against listed token j; joinC
// that of query token i against listed tokens j and j+1 written together.
// person says the listed name is an individual's (setExtraCosts); whole
// that a query holding all of it pays containCost for what it adds (people
// and companies: a vessel's name inside a payee's is a coincidence).
func align(q []qtok, person, whole bool, cbrand []uint8, cw, clam []float64, ctext []string, sim func(i, j int) float64,
	joinQ func(i, j int) float64, joinC func(i, j int) float64, extra []pair, buf *alignBuf) alignment {
	// Greedy pairing by value would let a join of two tokens that
	// approximates one ("constructora w" ~ "constructora") outbid the
	// exact pairs it breaks up; so the pairing is made without joins and
	// with them, and the better one kept.
	plain := alignPass(q, person, whole, cbrand, cw, clam, ctext, sim, nil, nil, extra, &buf.cands, &buf.plain)
	if len(extra) > 0 && plain.score < 1 {
		// So with initials: "National Iranian Oil Company NIOC" would
		// give every listed word to NIOC, which outbids each of them.
		if bare := alignPass(q, person, whole, cbrand, cw, clam, ctext, sim, nil, nil, nil, &buf.cands, &buf.bare); bare.score > plain.score {
			plain = bare
		}
	}
	if plain.score >= 1 || joinQ == nil && joinC == nil {
		return plain
	}
	joined := alignPass(q, person, whole, cbrand, cw, clam, ctext, sim, joinQ, joinC, extra, &buf.cands, &buf.joined)
	if joined.score > plain.score {
		return joined
	}
	return plain
}

// alignPass is one greedy pairing; nil join functions leave joins out.
// extra holds pairs found otherwise (acronymPairs).
func alignPass(q []qtok, person, whole bool, cbrand []uint8, cw, clam []float64, ctext []string, sim func(i, j int) float64,
	joinQ func(i, j int) float64, joinC func(i, j int) float64, extra []pair, buf, chosen *[]pair) alignment {
	cands := append((*buf)[:0], extra...)
	for i := range q {
		for j := range cw {
			s := sim(i, j)
			if s == 0 && len(q[i].text) == 1 && ctext[j] != legalToken && strings.HasPrefix(ctext[j], q[i].text) {
				s = initialSim
			} else if s == 0 && len(ctext[j]) == 1 && q[i].text != legalToken && strings.HasPrefix(q[i].text, ctext[j]) {
				s = initialSim
			}
			if s > 0 {
				w := q[i].weight
				if (len(q[i].text) == 1 || len(ctext[j]) == 1) && !(q[i].syllable && s == 1) {
					w = min(w, 1) // an initial says little
				}
				cands = append(cands, pair{qi: i, qn: 1, cj: j, cn: 1, sim: s, value: s * w})
			}
			if joinQ != nil && i+1 < len(q) {
				if s := joinQ(i, j); s > 0 {
					cands = append(cands, pair{qi: i, qn: 2, cj: j, cn: 1, sim: s, value: s * (q[i].weight + q[i+1].weight)})
				}
			}
			if joinC != nil && j+1 < len(cw) {
				if s := joinC(i, j); s > 0 {
					cands = append(cands, pair{qi: i, qn: 1, cj: j, cn: 2, sim: s, value: s * q[i].weight})
				}
			}

		}
	}
	slices.SortFunc(cands, func(a, b pair) int {
		if a.value != b.value {
			return cmp.Compare(b.value, a.value)
		}
		// Prefer keeping order: earlier pairs first.
		if a.qi != b.qi {
			return a.qi - b.qi
		}
		return a.cj - b.cj
	})
	var qUsed, cUsed uint64 // maxQueryTokens ≤ 64; listed names are capped too
	var res alignment
	res.pairs = (*chosen)[:0]
	for _, p := range cands {
		qm := (uint64(1)<<p.qn - 1) << p.qi
		cm := (uint64(1)<<p.cn - 1) << p.cj
		if qUsed&qm != 0 || cUsed&cm != 0 {
			continue
		}
		qUsed |= qm
		cUsed |= cm
		res.pairs = append(res.pairs, p)
		res.matched += p.value
		if p.qn == 1 && p.cn == 1 && (len(q[p.qi].text) == 1) != (len(ctext[p.cj]) == 1) {
			res.initials += p.sim
		}
	}
	*buf = cands
	*chosen = res.pairs
	res.qUsed, res.cUsed = qUsed, cUsed
	if !person && whole && cbrand != nil {
		res.brand, res.descriptor = hasBrand(q, qUsed, cbrand, ctext, res.pairs)
	}
	descriptor := res.descriptor
	var total, miss float64
	for j := range cw {
		if cUsed&(1<<j) == 0 {
			c := clam[j]
			if res.brand {
				c = min(c, brandLambda)
			}
			miss += c * cw[j]
			res.missed += cw[j]
		}
	}
	// The query holds the whole listed name, and that name alone singles
	// out about one entry: what the query adds costs containCost at most.
	// A name of syllables ("YU, Jin", "TIAN XIANG 7") is held whole by
	// too many longer names to count: it needs a matched word of its own.
	// (A name of a firm's trade and kind alone, CHEMICAL INDUSTRIES
	// GROUP, is held whole by "Jordan Chemical Industries" too: the
	// descriptive names' rule, descriptiveClash, weighs what it adds.)
	contained := whole && res.missed < partialInfo && res.matched >= minInfoPartial && qUsed != 1<<len(q)-1 &&
		slices.ContainsFunc(res.pairs, func(p pair) bool {
			for _, t := range ctext[p.cj : p.cj+p.cn] {
				if len(t) >= 5 && !isPinyin(t) {
					return true
				}
			}
			return false
		})
	for i := range q {
		if qUsed&(1<<i) == 0 {
			c := 1.0
			if person {
				c = q[i].extra
			}
			if contained && !q[i].midSurname || descriptor&(1<<i) != 0 {
				c = min(c, containCost)
			}
			total += c * q[i].weight
		} else {
			total += q[i].weight
		}
	}
	if d := total + miss; d > 0 {
		res.score = min(res.matched/d, 1)
	}
	return res
}

// scratch holds the per-query working memory, pooled per index.
type scratch struct {
	// slotOf maps a dictionary token to 1 + its row in sims, 0 for none.
	slotOf []int32
	sims   [][maxQueryTokens]float32
	done   []uint32 // per slot: which query tokens' similarities are known
	// place marks, per slot, the query tokens whose similarity is a town
	// and its adjective (places.go), which a person's name does not get.
	place   []uint32
	touched []int32
	// pairSlot is slotOf for tokens that two adjacent query tokens form
	// together.
	pairSlot    []int32
	pairSims    [][maxQueryTokens]float32
	pairTouched []int32
	// bound accumulates each name's best possible score; boundCore the
	// part of it the query's core tokens (qtok.extra 1) can bring.
	bound      []float32
	boundCore  []float32
	boundTouch []int32
	// heavyHits counts, per name, the listed tokens that some query
	// token may match, through a token of weight partialInfo or more (1),
	// two query tokens written together (1) or one query token written as
	// two (2): a name the query holds whole has at least nameRec.heavy,
	// but where a light query token matches a heavy listed one.
	heavyHits []uint8
	// joinHits holds, for names where a query token equals two adjacent
	// listed tokens joined, (name, pos, query token, sim).
	joinHits map[int32][]joinHit
	// acrPairs is the working memory of acronymPairs.
	acrPairs []pair
	// firmCands are the names that hold a listed coined word alike to a
	// query's (hasBrand).
	firmCands []int32
	align     alignBuf
}

// firmKindInitials are the initials by which Russian payment files write
// the kind of a firm before its name: the joint-stock commercial bank
// (AKB), the commercial bank or the design bureau (KB), the group of
// companies (GK), the research institute and centre (NII, NPTs) and the
// federal state enterprise (FKP). Not the management company (UK): the
// list names firms with it ("ООО УК РВК"), and it is also Britain. Not the
// designators of designatorPhrases (NPP, NPO), which the list's own
// names are read with, and which keep a misspelt name from standing
// alone; nor before a number ("LLC KB 78"), nor first before a word of
// English ("KB Capital Ltd", "GK Investments": firms of anywhere).
var firmKindInitials = wordSet("akb kb gk nii npts fkp")

type joinHit struct {
	pos, qi int32
	sim     float32
}

// articleJoins finds, for a query token t (number qi) that no listed pair
// of words makes exactly, the listed names where t is an article and the
// next word written together with a slip: "Alzawahri"
// or "Elzawahiri" for AL-ZAWAHIRI. The joined table finds such a token
// only when it is spelt exactly as the two listed words; here the word
// after the article is looked up as any query token is, and the pair
// scores as the two written together compare with t.
//
// The article before a sun letter is written as that letter doubled, as
// it is said (الزهراء az-Zahra): "Azzahra" is AL ZAHRA too, in the names of
// firms and bodies; in people's names such a word is as often a name of
// its own (Assaad, As'ad, is no al-Saad).
func (ix *index) articleJoins(sc *scratch, t string, qi int) {
	if len(t) < minArticleJoin {
		return
	}
	assimilated := t[0] == 'a' && sunLetter(t[1]) && t[2] == t[1]
	if !assimilated && (t[1] != 'l' || t[0] != 'a' && t[0] != 'e') {
		return
	}
	if _, ok := ix.dict[t]; ok {
		return // the list writes it so: the other lookups have it
	}
	rest := t[2:] // "zawahri" of "alzawahri", "zahra" of "azzahra"
	var seen []int32
	ix.lookup(rest, false, func(id int32) bool {
		if slices.Contains(seen, id) {
			return true
		}
		seen = append(seen, id)
		return false
	}, func(id int32, _ float64) {
		word := ix.toks[id].text
		for _, n := range ix.postings[id] {
			toks := ix.names[n].toks
			for pos := 1; pos < len(toks) && pos < 64; pos++ {
				if toks[pos] != id {
					continue
				}
				art := ix.toks[toks[pos-1]].text
				if art != "al" && art != "el" {
					continue
				}
				if assimilated {
					if ix.list.Entries[ix.names[n].entry].Kind == sdn.Individual {
						continue // Assaad (As'ad) is no al-Saad
					}
					art = "a" + word[:1] // as said: az-Zahra
				}
				if s := tokenSim(t, art+word); s >= minJoinSim {
					sc.joinHits[n] = append(sc.joinHits[n], joinHit{pos: int32(pos - 1), qi: int32(qi), sim: float32(s)})
				}
			}
		}
	})
}

// minArticleJoin is the least length of a token read as an article and a
// word written together with a slip: al or el and five letters.
const minArticleJoin = 7

// sunLetter reports whether c begins, in Latin letters, a word before
// which the Arabic article al is said as that letter doubled (the sun
// letters t, d, r, z, s and n, and with them th, dh and sh, as
// "Attariqah" and "Asshabab" write them; l is left out).
func sunLetter(c byte) bool {
	switch c {
	case 't', 'd', 'r', 'z', 's', 'n':
		return true
	}
	return false
}

func (ix *index) newScratch() *scratch {
	return &scratch{
		slotOf:    make([]int32, len(ix.toks)),
		pairSlot:  make([]int32, len(ix.toks)),
		bound:     make([]float32, len(ix.names)),
		boundCore: make([]float32, len(ix.names)),
		heavyHits: make([]uint8, len(ix.names)),
		joinHits:  make(map[int32][]joinHit),
	}
}

func (sc *scratch) reset() {
	for _, t := range sc.touched {
		sc.slotOf[t] = 0
	}
	for _, t := range sc.pairTouched {
		sc.pairSlot[t] = 0
	}
	for _, n := range sc.boundTouch {
		sc.bound[n], sc.boundCore[n], sc.heavyHits[n] = 0, 0, 0
	}
	sc.touched, sc.pairTouched, sc.boundTouch = sc.touched[:0], sc.pairTouched[:0], sc.boundTouch[:0]
	sc.firmCands = sc.firmCands[:0]
	sc.sims, sc.pairSims, sc.done, sc.place = sc.sims[:0], sc.pairSims[:0], sc.done[:0], sc.place[:0]
	clear(sc.joinHits)
}

// slot returns the row of dictionary token id, adding one if needed.
func (sc *scratch) slot(id int32) int32 {
	slot := sc.slotOf[id]
	if slot == 0 {
		sc.sims = append(sc.sims, [maxQueryTokens]float32{})
		sc.done = append(sc.done, 0)
		sc.place = append(sc.place, 0)
		slot = int32(len(sc.sims))
		sc.slotOf[id] = slot
		sc.touched = append(sc.touched, id)
	}
	return slot
}

// note records that query token qi matches dictionary token id with s.
func (sc *scratch) note(id int32, qi int, s float64) {
	slot := sc.slot(id)
	sc.done[slot-1] |= 1 << qi
	if f := float32(s); f > sc.sims[slot-1][qi] {
		sc.sims[slot-1][qi] = f
	}
}

// notePlace records that query token qi and dictionary token id are a
// town and its adjective, unless they are as alike by other means.
func (sc *scratch) notePlace(id int32, qi int) {
	slot := sc.slot(id)
	if sc.sims[slot-1][qi] < float32(placeSim) {
		sc.place[slot-1] |= 1 << qi
	}
	sc.note(id, qi, placeSim)
}

// personSim is simOf for a person's listed name, where a town and its
// adjective are no pair: Kazansky is a surname.
func (sc *scratch) personSim(ix *index, q []qtok, id int32, qi int) float64 {
	s := sc.simOf(ix, q, id, qi)
	if sc.place[sc.slotOf[id]-1]&(1<<qi) != 0 {
		s = ix.plainSim(q, qi, id)
	}
	if s > 0 && s < 1 && ix.nisbaOfGiven(q[qi].text, ix.toks[id].text) {
		return 0
	}
	return s
}

// nisbaOfGiven reports whether one of two words of people's names is the
// family name the other, a given name by the list's use of it, makes
// (nisba): "Mohammad Abbasi" is not ABBAS, Muhammad, nor "Ali Ahmadi"
// 'ALI, Ahmad. A spelling the list itself pairs is one name.
//
// The nisba of another spelling of the given name counts too (GHOLAMI
// of Ghulam, HOSSEINI of Hussein, OMAIRI of Omar), where the list holds
// the longer word as no given name and neither is a given name's form in
// the name tables that ends so (Georgi is George, Yevgeni is Yevhen).
func (ix *index) nisbaOfGiven(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	exact := nisba(a, b)
	if !exact && !nisbaLike(a, b) {
		return false
	}
	gb, ok := ix.dict[b]
	if !ok || !ix.givenLike(gb) && (exact || !givenNameForm(b)) {
		return false
	}
	ga, ok := ix.dict[a]
	if !exact && (!ok || ix.givenLike(ga) || givenNameForm(a) || europeanGivenForm(b)) {
		// Yevgeni, Henadzi and Vassyly are forms of Slavic given
		// names, which end in -i and -y as often.
		return false
	}
	return !ok || !ix.isVariant(ga, gb)
}

// nisbaLike reports whether a, longer than b, is a word that ends in a
// consonant and i or y (the nisba), and b a spelling of that word
// without them (wordSim): Gholami and Ghulam, Hosseini and Hussein.
func nisbaLike(a, b string) bool {
	n := len(a) - 1
	if n < 4 || len(a) <= len(b) || a[n] != 'i' && a[n] != 'y' || isVowel(a[n-1]) || a[n-1] == 'y' ||
		b == "" || isVowel(b[len(b)-1]) || b[len(b)-1] == 'y' {
		return false // Radhi is Radi
	}
	return wordSim(a[:n], b) > 0
}

// simOf is the similarity of query token qi and dictionary token id,
// computed on first use when the lookup did not reach the pair (a token of
// a candidate found through its other tokens), so that a scored name is
// scored exactly as a comparison of every pair would.
func (sc *scratch) simOf(ix *index, q []qtok, id int32, qi int) float64 {
	slot := sc.slot(id)
	if sc.done[slot-1]&(1<<qi) == 0 {
		sc.done[slot-1] |= 1 << qi
		sc.sims[slot-1][qi] = float32(ix.plainSim(q, qi, id))
	}
	return float64(sc.sims[slot-1][qi])
}

// plainSim compares query token qi and dictionary token id.
func (ix *index) plainSim(q []qtok, qi int, id int32) float64 {
	if !q[qi].shaped {
		q[qi].shape, q[qi].shaped = shapeOf(q[qi].text), true
	}
	if t := &ix.toks[id]; !mayMeet(q[qi].text, t.text, q[qi].shape, t.shape) {
		// Nothing alike in their letters: one may still be a spelling
		// of the other that the list pairs, or a form of one word.
		if q[qi].id >= 0 {
			if ix.isVariant(q[qi].id, id) {
				return variantSim
			}
			return 0
		}
		if sameWord(q[qi].text, t.text) {
			return variantSim
		}
		return 0
	}
	if ix.otherFirmWord(q[qi].text, id) {
		return 0
	}
	if q[qi].id >= 0 {
		// The list's variants of the token include its equivalents.
		s := tokenSim(q[qi].text, ix.toks[id].text)
		if s < variantSim && ix.isVariant(q[qi].id, id) {
			s = variantSim
		}
		return s
	}
	return wordSim(q[qi].text, ix.toks[id].text)
}

// otherFirmWord reports whether t is dictionary token id, a firm's word of
// two syllables of pinyin, with a slip that makes another syllable: the
// word of another firm (pinyinSlip).
func (ix *index) otherFirmWord(t string, id int32) bool {
	return ix.toks[id].firmPinyin && pinyinSlip(t, ix.toks[id].text)
}

func (sc *scratch) notePair(id int32, qi int, s float64) {
	slot := sc.pairSlot[id]
	if slot == 0 {
		sc.pairSims = append(sc.pairSims, [maxQueryTokens]float32{})
		slot = int32(len(sc.pairSims))
		sc.pairSlot[id] = slot
		sc.pairTouched = append(sc.pairTouched, id)
	}
	if f := float32(s); f > sc.pairSims[slot-1][qi] {
		sc.pairSims[slot-1][qi] = f
	}
}

func (sc *scratch) pairSim(id int32, qi int) float64 {
	if slot := sc.pairSlot[id]; slot != 0 {
		return float64(sc.pairSims[slot-1][qi])
	}
	return 0
}

// lookup finds the dictionary tokens that a query token may be, with their
// similarity: the token itself, its one-edit neighbours (through the
// delete index) and, with twoEdits, its two-edit ones (nearTable), tokens
// with its phonetic skeleton or transliteration key, the forms by which
// short words are alike (shortForms), the name it is joined to Allah or
// without it, and the spelling variants the list pairs with it. It calls
// fn for each. With twoEdits it reaches every token tokenSim finds alike
// to t (TestLookupComplete), so that a name's bound holds every token of
// the name that can match.
func (ix *index) lookup(t string, twoEdits bool, seen func(id int32) bool, fn func(id int32, s float64)) {
	if frenchW(t) {
		// French's ou for w (frenchW): the tokens alike to the word
		// written with w are alike to t, and the probes below, on t's
		// letters, do not reach them ("Ouali" for WALI, WAEL).
		ix.lookup("w"+t[2:], twoEdits, seen, func(id int32, _ float64) {
			if s := tokenSim(t, ix.toks[id].text); s > 0 {
				fn(id, s)
			}
		})
	}
	try := func(id int32) {
		if seen(id) {
			return
		}
		if s := tokenSim(t, ix.toks[id].text); s > 0 {
			fn(id, s)
		}
	}
	if id, ok := ix.dict[t]; ok {
		try(id)
		for _, v := range ix.variants[id] {
			if !seen(v) {
				fn(v, max(variantSim, tokenSim(t, ix.toks[v].text)))
			}
		}
	} else {
		// A form of a word the list does not hold ("Ihar"), for the
		// forms it does ("Igor").
		equivalentForms(t, ix.dict, func(v int32) {
			if !seen(v) {
				fn(v, max(variantSim, tokenSim(t, ix.toks[v].text)))
			}
		})
	}
	// The words an abbreviation stands for ("Natl", "Mgmt").
	if len(t) <= maxAbbreviationLen {
		for _, w := range abbreviations[t] {
			if id, ok := ix.dict[w]; ok && !seen(id) {
				fn(id, variantSim)
			}
		}
	}
	// And the listed abbreviations of no vowel that stand for the word:
	// "Shen Zhong International Shipping" is SHEN ZHONG INTERNATIONAL
	// SHPG.
	for _, a := range abbreviatedAs[t] {
		if id, ok := ix.dict[a]; ok && !seen(id) {
			fn(id, variantSim)
		}
	}
	if len(t) >= 2 {
		for _, id := range ix.deletes.get(t) {
			try(id)
		}
	}
	if len(t) >= 3 {
		var buf [64]byte
		for i := 0; i < len(t) && len(t) <= len(buf); i++ {
			d := append(append(buf[:0], t[:i]...), t[i+1:]...)
			for _, id := range ix.deletes.getBytes(d) {
				try(id)
			}
		}
	}
	if twoEdits {
		ix.twoEdits(t, try)
	}
	var skb [32]byte
	if sk := skeletonTo(&skb, t); len(sk) >= 2 {
		for _, id := range ix.skeletons.getBytes(sk) {
			try(id)
		}
	}
	var kb [33]byte
	if len(t) >= minKeyLen {
		if k := translitKeyTable(&kb, t); k != nil {
			for _, id := range ix.skeletons.getBytes(k) {
				try(id)
			}
		}
		if k := altKeyTable(&kb, t); k != nil {
			for _, id := range ix.skeletons.getBytes(k) {
				try(id)
			}
		}
	}
	// The forms by which short words are alike: the tokens of each form,
	// and the form itself.
	keys, nk := shortForms(t)
	for _, k := range keys[:nk] {
		for _, id := range ix.skeletons.getBytes(k.b[:k.n]) {
			try(id)
		}
		if id, ok := ix.dict[string(k.b[1:k.n])]; ok && k.b[0] == 2 {
			try(id)
		}
	}
	if len(t) <= 4 {
		// The tokens whose form t is.
		kb[0] = 2
		for _, id := range ix.skeletons.getBytes(kb[:1+copy(kb[1:], t)]) {
			try(id)
		}
	}
	// A name and the name joined to Allah (allahName), each way.
	var ab [maxDistanceLen + 1]byte
	if k := allahKey(&ab, t); len(t) >= 4 && k != nil {
		for _, id := range ix.skeletons.getBytes(k) {
			try(id)
		}
	}
	allahStems(t, func(stem string) {
		if id, ok := ix.dict[stem]; ok {
			try(id)
		}
	})
}

// minJoinSim is the least similarity of two words written together to one
// word: above a bare likeness of consonants (skeletonSim), which two
// syllables joined reach against far too many words ("Hu Na" / "Henna",
// "Shao Ping" / "Shipping").
const minJoinSim = 0.89

// found is one dictionary token a query token may be, with their
// similarity, as lookup reports it.
type found struct {
	id  int32
	sim float64
}

// foundCacheSize is how many query tokens' lookups an index keeps: some
// megabytes, enough for the names of a payroll's payees.
const foundCacheSize = 16384

// minCachedLen is the shortest token whose lookup is cached: one letter
// has few neighbours to search. Syllables of Chinese and Korean names
// (li, xian, gong) are short and recur from name to name, and a query in
// characters is matched more than once (chineseReadings): caching them
// took the median query of the benchmark from 53.5 to 44.1 µs.
const minCachedLen = 2

// lookupCached is lookup with its two-edit search, through the index's
// cache of what earlier queries found for the same token. What lookup
// finds depends on the token and the index alone: it is searched once,
// each dictionary token reported once, and replayed through the caller's
// seen and fn; a firm's word it reaches through a slip that makes
// another syllable is left out (otherFirmWord). Reads take the cache's
// shared lock (Peek), so concurrent screens do not queue on it; a token
// leaves the cache oldest added first.
func (ix *index) lookupCached(t string, seen func(id int32) bool, fn func(id int32, s float64)) {
	if len(t) < minCachedLen || ix.found == nil {
		if len(t) < minPinyinSlip {
			ix.lookup(t, true, seen, fn)
			return
		}
		ix.lookup(t, true, seen, func(id int32, s float64) {
			if !ix.otherFirmWord(t, id) {
				fn(id, s)
			}
		})
		return
	}
	fs, ok := ix.found.Peek(t)
	if !ok {
		reported := make(map[int32]bool)
		ix.lookup(t, true, func(id int32) bool {
			if reported[id] {
				return true
			}
			reported[id] = true
			return false
		}, func(id int32, s float64) {
			if !ix.otherFirmWord(t, id) {
				fs = append(fs, found{id, s})
			}
		})
		ix.found.Add(strings.Clone(t), fs)
	}
	for _, f := range fs {
		if !seen(f.id) {
			fn(f.id, f.sim)
		}
	}
}

// variantSim is the similarity of two spellings the list itself uses for
// one party's name.
const variantSim = 0.92

func (ix *index) getScratch() *scratch {
	if sc, ok := ix.pool.Get().(*scratch); ok {
		return sc
	}
	return ix.newScratch()
}

func (ix *index) putScratch(sc *scratch) {
	sc.reset()
	ix.pool.Put(sc)
}

// nameMatch is one listed name's score for a query.
type nameMatch struct {
	name  int32
	align alignment
	q     []qtok // the query's tokens as this match read them
	// vesselPrefix is the prefix of a ship's type that the query was read
	// without (cutVesselPrefix), if it was.
	vesselPrefix string
	// craft is the query as read with a ship's number in another form
	// or an aircraft's registration with its hyphen (craftReadings),
	// when the match comes from that reading.
	craft string
	// personPlace says the place was cut from a person's name
	// (cutPersonPlace).
	personPlace bool
	// wadeGiles is the query as read from Wade–Giles into pinyin
	// (wadeGilesReading), when the match comes from that reading.
	wadeGiles string
	// part is the part of the query that was matched, when the query
	// joins several names (splitNames).
	part string
	// japanese is the query as read with its kanji as Japanese names
	// (japaneseReadings), when the match comes from that reading.
	japanese string
	// korean is the query in Chinese characters as read in Hangul as a
	// Korean name (hanjaReading), when the match comes from that reading.
	korean string
	// koreanCyr is the query in Cyrillic as read in Hangul as a Korean
	// name (cyrillicKoreanReadings), when the match comes from that
	// reading.
	koreanCyr string
	// chinese is the query as read with the words of a firm's trade in
	// English (chineseReadings), when the match comes from that reading.
	chinese string
	// somali is the query as read in the English spelling of Somali
	// names (somaliReading), when the match comes from that reading.
	somali string
	// german is the query as read from German transliteration in the
	// English one (germanReading), when the match comes from that
	// reading.
	german string
	// slavic is the query as read from Polish or Czech transliteration
	// in the English one (westSlavicReading), when the match comes from
	// that reading.
	slavic string
	// french is the query as read from French transliteration in the
	// English one (frenchReading), when the match comes from that
	// reading.
	french string
	// hangul marks a match of a query that is a Korean's name in Hangul
	// (hangulPersonName), whose first syllable is the family name.
	hangul bool
	// northKorean is the query in Hangul as read with its family name
	// as North Korea writes it (northKoreanReading), when the match
	// comes from that reading.
	northKorean string
	// camel is the query as read with its run-together words apart
	// (camelReading), when the match comes from that reading.
	camel string
	// domain is the query as read without the web address's top-level
	// domain it ends in (domainReading), when the match comes from that
	// reading.
	domain string
	// initials is the query as read with its initials apart
	// (initialsReading), when the match comes from that reading.
	initials string
	// abbreviated is the query as read with its abbreviations of a
	// firm's words written out (firmAbbreviationReading), when the match
	// comes from that reading.
	abbreviated string
	// letters is the query as read with its spaced letters as one word
	// (joinLetters), when the match comes from that reading.
	letters string
	// cut is the query's length in characters when the match reads it
	// as a listed name's beginning, cut by a payment message (cutMatches),
	// and cutWord its last word, cut.
	cut     int
	cutWord string
	// payment is the query read as a payment message's field without
	// its account, labels and address lines (paymentReading), when the
	// match comes from that reading.
	payment string
	// title is the titles the query began with, when the match is of the
	// name after them (cutTitles).
	title string
	// place is what the query wrote after its comma or at its end, a
	// place, when the match is of the name before it alone (cutPlace,
	// cutTrailingPlace), and placeless that name.
	place, placeless string
	// placeState is the country of the place, when the match is of the
	// name before it read as the firm of that state (countryOfCity).
	placeState string
	// branch marks a match of a bank's name read without its branch
	// ("Bank Tejarat Dushanbe Branch"), at branchFactor.
	branch bool
}

// branchFactor scales a match of a bank read without its branch, so that
// a branch the list names itself (AL-HARAMAIN : THE NETHERLANDS BRANCH)
// comes before its head office.
const branchFactor = 0.98

// partOr returns the part of the query the match came from (one of the
// names it joins, or the name without its place, or its reading with a
// firm's abbreviations written out), or query when it came from the
// whole.
func (m nameMatch) partOr(query string) string {
	switch {
	case m.abbreviated != "":
		return m.abbreviated
	case m.payment != "":
		return m.payment
	case m.part != "":
		return m.part
	case m.placeless != "":
		return m.placeless
	}
	return query
}

// matchName scores the query against every listed name that could reach
// minScore, and returns them (several names of one entry may be there).
// Three adjacent query tokens that together make a listed token ("Chong
// Chon Gang" for CHONGCHONGANG, "bin al Shibh" for BINALSHIBH) are read
// both ways; each match keeps the tokens it was scored on.
func (ix *index) matchName(query string, minScore float64) ([]qtok, []nameMatch) {
	ts := nameTokens(query)
	if len(ts) == 0 {
		return nil, nil
	}
	if len(ts) > maxQueryTokens {
		ts = ts[:maxQueryTokens]
	}
	syllabic := hasSyllabic(query)
	q, out := ix.matchTokens(query, syllabic, ts, nil, minScore, false, "")
	surnames := -2 // tokens before the comma, -1 for no comma; -2 until known
	var buf [96]byte
	joins := 0
	for i := 0; i+2 < len(ts) && joins < maxThreeJoins; i++ {
		jb := append(append(append(buf[:0], ts[i]...), ts[i+1]...), ts[i+2]...)
		var j string
		if len(jb) > 1 && jb[0] == 'a' && jb[1] == 'b' {
			j = canonicalAbd(string(jb))
		} else if _, ok := ix.dict[string(jb)]; ok {
			j = string(jb)
		} else if syllabic {
			// Korean syllables written as one word voice the initial
			// after a voiced sound: 합장강 "hap jang kang" is
			// HAPJANGGANG, 대동강 "tae tong kang" Taedonggang.
			j = ts[i] + voicedSyllable(ts[i], ts[i+1]) + voicedSyllable(ts[i+1], ts[i+2])
		}
		if _, ok := ix.dict[j]; !ok {
			continue // not a listed token
		}
		if surnames == -2 {
			surnames = -1
			if c := strings.IndexByte(query, ','); c >= 0 {
				surnames = min(len(nameTokens(query[:c])), len(ts))
			}
		}
		if surnames > i && surnames < i+3 {
			continue // across the comma
		}
		joins++
		ts2 := slices.Concat(ts[:i], []string{j}, ts[i+3:])
		written := make([]string, len(ts2))
		written[i] = strings.Join(ts[i:i+3], " ")
		q2 := strings.Join(ts2, " ")
		if surnames > i {
			q2 = strings.Join(ts2[:surnames-2], " ") + ", " + strings.Join(ts2[surnames-2:], " ")
		} else if surnames >= 0 {
			q2 = strings.Join(ts2[:surnames], " ") + ", " + strings.Join(ts2[surnames:], " ")
		}
		_, out2 := ix.matchTokens(q2, syllabic, ts2, written, minScore, false, "")
		out = append(out, out2...)
	}
	return q, out
}

// maxThreeJoins bounds the readings of a query with three words joined,
// each a full pass: a name has one such join, seldom two.
const maxThreeJoins = 2

// matchTokens is matchName for the query read as the tokens ts; syllabic
// says whether the query was written in Han or Hangul, and written, when
// not nil, gives for each token the words the query wrote for it. partial
// keeps the matches that say too little of who is meant to be hits
// (informativeName), for a caller that weighs them otherwise (cutScore),
// of the names whose first word the query's first word meets.
func (ix *index) matchTokens(query string, syllabic bool, ts, written []string, minScore float64, partial bool, cutWord string) ([]qtok, []nameMatch) {
	sc := ix.getScratch()
	defer ix.putScratch(sc)
	abjad := hasAbjad(query)
	arabic := abjad && strings.ContainsFunc(query, func(r rune) bool { return unicode.Is(unicode.Arabic, r) })

	q := make([]qtok, len(ts))
	if written != nil {
		for i := range q {
			q[i].written = written[i]
		}
	}
	commaSurnames := setExtraCosts(query, syllabic, ts, q)
	if k := commaSurnames; k > 0 && k < len(ts) {
		// "MOSTAFANEJAD, Vali" against "NEJAD, Vali Mostafa": read
		// "SURNAME, Given names" in the order it is spoken, so that the
		// last given name and the surname may join as adjacent words.
		ts = slices.Concat(ts[k:], ts[:k])
		q = slices.Concat(q[k:], q[:k])
	}
	var srcs []spellSource
	if arabic && written == nil {
		srcs = arabicSources(query)
	}
	korean := !arabic && !syllabic && koreanName(ts)
	for i, t := range ts {
		q[i].text = t
		q[i].arabic = arabic
		best, bestW := 0.0, 0.0
		// lr is the word in Arabic letters t was read from, when the
		// spellings read every letter of it.
		var lr []rune
		var letters string
		if srcs != nil {
			if letters = sourceOf(srcs, t); letters != "" {
				if lr = []rune(letters); !spellable(lr) {
					lr = nil
				}
			}
		}
		var costed []int32
		costedOK, costedAsked := false, false
		ix.lookupCached(t, func(id int32) bool {
			// The done bit of (id, i) marks the pair as compared.
			slot := sc.slot(id)
			if sc.done[slot-1]&(1<<i) != 0 {
				return true
			}
			sc.done[slot-1] |= 1 << i
			return false
		}, func(id int32, s float64) {
			if lr != nil && s < 1 {
				// A near reading the letters rule out (spell.go).
				if !costedAsked {
					costed, costedOK = ix.costedTokens(letters, lr, t)
					costedAsked = true
				}
				var c bool
				if costedOK {
					_, c = slices.BinarySearch(costed, id)
				} else {
					c = ix.unspelt(lr, id)
				}
				if c {
					s -= unspeltCost
				}
			}
			sc.note(id, i, s)
			if s > best || s == best && ix.toks[id].weight > bestW {
				best, bestW = s, ix.toks[id].weight
			}
		})
		if w := letters; w != "" {
			// The listed spellings of a person's name the letters
			// may stand for (spell.go).
			q[i].spelt = w
			ix.spelt(w, func(id int32) {
				sc.note(id, i, spellSim)
				if spellSim > best || spellSim == best && ix.toks[id].weight > bestW {
					best, bestW = spellSim, ix.toks[id].weight
				}
			})
			ix.speltPairs(w, func(r joinRef) {
				sc.joinHits[r.name] = append(sc.joinHits[r.name], joinHit{pos: r.pos, qi: int32(i), sim: spellSim})
			})
		}
		if arabic {
			// The English word a word in Arabic letters may have
			// borrowed (abjad.go).
			var kb [32]byte
			if k := abjadKey(&kb, t); len(k) >= minAbjadKey {
				for _, id := range ix.abjadTokens(k) {
					if !sameOnset(t, ix.toks[id].text) {
						continue
					}
					s := max(abjadSim, tokenSim(t, ix.toks[id].text))
					sc.note(id, i, s)
					if s > best || s == best && ix.toks[id].weight > bestW {
						best, bestW = s, ix.toks[id].weight
					}
				}
			}
		}
		if !arabic && !syllabic && len(t) >= minFrameWord {
			// A coined word the list writes in English and a payee as
			// the firm's Russian papers transliterate it back, or the
			// other way round: "Klaudran" for Cloudrun, "Galfvind" for
			// Gulfwind. Unknown to the list and no English word, a
			// token meets the one coined word of its frame of
			// consonants that begins as it does (abjad.go).
			if id, ok := ix.frameWord(t); ok && !ix.otherFirmWord(t, id) {
				sc.note(id, i, frameSim)
				if frameSim > best || frameSim == best && ix.toks[id].weight > bestW {
					best, bestW = frameSim, ix.toks[id].weight
				}
			}
		}
		if korean {
			q[i].korean = true
			// One syllable of a Korean name in another romanisation:
			// "Kim Gi Nam" is KIM, Ki Nam, "Choi Chun Beom" CHOE, Chun
			// Pom (korean.go).
			ix.koreanSpellings(t, func(id int32) {
				sc.note(id, i, koreanSim)
				if koreanSim > best || koreanSim == best && ix.toks[id].weight > bestW {
					best, bestW = koreanSim, ix.toks[id].weight
				}
			})
		}
		if !arabic && !syllabic {
			// A town and the adjective a Russian firm is named with:
			// Kazan / Kazanskii (places.go).
			ix.placeWords(t, func(id int32) {
				sc.notePlace(id, i)
				if placeSim > best || placeSim == best && ix.toks[id].weight > bestW {
					best, bestW = placeSim, ix.toks[id].weight
				}
			})
		}
		q[i].id = -1
		switch id, ok := ix.dict[t]; {
		case ok:
			q[i].weight = ix.toks[id].weight
			q[i].id = id
		case best > 0:
			// The weight of the listed token it is closest to, as this
			// token's own rules adjust it: "Herr" is near listed tokens,
			// but no name.
			q[i].weight = adjustWeight(t, bestW)
		default:
			q[i].weight = ix.unknownWeight(t)
		}
		if firmKindInitials[t] && i+1 < len(ts) && !hasDigit(ts[i+1]) && (i > 0 && ts[i-1] == legalToken || i == 0 && !descriptiveWord(ts[i+1])) {
			// "AKB Chelindbank", "OOO GK Akvarius": the kind of a
			// Russian firm in initials before its name, which the list
			// may not give, weighs as a legal form does.
			q[i].weight = min(q[i].weight, legalWeight)
		}
		if len(t) == 1 {
			if syllabic && strings.ContainsFunc(query, isHangul) {
				// In a name written in Hangul, a letter is a syllable
				// (오 O, 우 U), which weighs as one. Not in Han, where
				// it is most often a syllable that begins a joined
				// reading (阿里 a li, Ali).
				q[i].syllable = true
			} else {
				q[i].weight = min(q[i].weight, 1) // an initial says little
			}
		}
	}
	if !strings.ContainsRune(query, ',') {
		// In a name in natural order, a word in the middle that the list
		// holds as a surname is not a middle name the list may leave
		// out: "Daniel Manuel Perez Moreno" is a Perez, not the listed
		// MORENO, Daniel, whose first surname would be written.
		for i := range q {
			if q[i].extra == queryMiddleCost && q[i].id >= 0 && ix.surnameLike(q[i].id) {
				q[i].extra = middleSurnameCost
				q[i].midSurname = true
			}
		}
	} else if k := commaSurnames; k >= 2 && k < len(q) {
		// Nor, in "GUTIERREZ VARGAS, Jorge", is the first of two
		// surnames (now after the given names, past particles: "DE LA
		// TORRE GARCIA"): that Jorge is a Gutierrez, not the listed
		// VARGAS, Jorge.
		i := len(q) - k
		for i < len(q)-1 && generic[q[i].text] {
			i++
		}
		if i < len(q)-1 && q[i].id >= 0 && ix.surnameLike(q[i].id) {
			q[i].midSurname = true
		}
	}
	// Two adjacent query tokens written as one listed token ("abu bakr"
	// against "abubakr"), and one query token written as two listed ones.
	// seen is one map for every pair of words, emptied between them.
	seen := make(map[int32]bool)
	for i := 0; i+1 < len(ts); i++ {
		if len(ts[i]) == 1 && !syllabic && dottedLetter(query, ts[i][0]) {
			// An initial written with its point is no beginning of the
			// word after it: "A. Youssef" is not "Ayoussef" for
			// YOUSSEF, nor "M. Hossein" HOSSEIN. Without the point the
			// letter may be an elision a system wrote apart ("D
			// Elcon" for D'ELCON, "A RAJ" for A'RAJ), and a Han
			// syllable may be one letter (啊 a).
			continue
		}
		joined := canonicalAbd(ts[i] + ts[i+1])
		clear(seen)
		isSeen := func(id int32) bool {
			if seen[id] {
				return true
			}
			seen[id] = true
			return false
		}
		ix.lookup(joined, false, isSeen, func(id int32, s float64) {
			// A name joined to Allah is so only where the query's
			// words meet: "Habib Ullah" is HABIB, but "Mohamed Salah"
			// is no "Mohameds" and Alah.
			if t := ix.toks[id].text; s >= minJoinSim && !(allahName(joined, t) && len(t) != len(ts[i])) {
				sc.notePair(id, i, s)
			}
		})
		if (ts[i] == "al" || ts[i] == "el") && len(ts[i+1]) >= 4 && sunLetter(ts[i+1][0]) {
			// The article as said before a sun letter (articleJoins):
			// "Al Zahraa" is the list's AZZAHRA.
			// The lookup just made may have reached the word as a
			// near one; this one compares it with the form as said.
			// A word of people's names is left out: "al Saad" is no
			// Assaad (As'ad).
			clear(seen)
			ix.lookup("a"+ts[i+1][:1]+ts[i+1], false, isSeen, func(id int32, s float64) {
				if s >= minJoinSim && ix.personUses(id) == 0 {
					sc.notePair(id, i, s)
				}
			})
		}
		if q[i].spelt != "" && q[i+1].spelt != "" {
			// A name Persian writes in two words and the list in one:
			// زرین قلم Zarringhalam, قلی زاده Gholizadeh (spell.go).
			ix.spelt(q[i].spelt+q[i+1].spelt, func(id int32) { sc.notePair(id, i, spellSim) })
		}
		if arabic && ts[i] == "al" {
			// The reader splits ال from every word, and so from an
			// English one that begins with it: الکترونیک is
			// "electronic", not "al katrunik" (abjad.go).
			var kb [32]byte
			if k := abjadKey(&kb, joined); len(k) >= minAbjadKey {
				for _, id := range ix.abjadTokens(k) {
					if sameOnset(joined, ix.toks[id].text) {
						sc.notePair(id, i, abjadSim)
					}
				}
			}
		}
	}
	for i, t := range ts {
		exact := false
		for _, r := range ix.joined.get(t) {
			toks := ix.names[r.name].toks
			a, b := ix.toks[toks[r.pos]].text, ix.toks[toks[r.pos+1]].text
			if (len(a)+len(b) != len(t) || t[:len(a)] != a || t[len(a):] != b) &&
				(!strings.HasPrefix(t, "abdal") || canonicalAbd(a+b) != t) {
				continue // another key with the same hash
			}
			exact = true
			sc.joinHits[r.name] = append(sc.joinHits[r.name], joinHit{pos: r.pos, qi: int32(i), sim: 1})
		}
		if !exact {
			ix.articleJoins(sc, t, i)
		}
		if t == "hk" {
			// HK for a listed Hong Kong in two words ("Hongxiang
			// Marine HK Ltd"); the equivalents pair it with HongKong.
			for _, r := range ix.joined.get("hongkong") {
				toks := ix.names[r.name].toks
				if ix.toks[toks[r.pos]].text == "hong" && ix.toks[toks[r.pos+1]].text == "kong" {
					sc.joinHits[r.name] = append(sc.joinHits[r.name], joinHit{pos: r.pos, qi: int32(i), sim: variantSim})
				}
			}
		}
	}

	var total float64
	for _, t := range q {
		total += t.weight
	}
	brandW := ix.brandWeight()
	// A query of a coined word and one English word (hasBrand): descW is
	// the English word's weight, coinedQ the query tokens that may be the
	// coined word. The names that hold a listed coined word alike to one
	// of them are noted in sc.firmCands. Which query words are English is
	// asked only when a listed coined word is met (descriptorWords).
	var descW float64
	var coinedQ uint64
	descKnown := countWords(q) < 2
	descriptorWords := func() {
		descKnown = true
		for i, t := range q {
			switch {
			case t.weight <= legalWeight:
			case isEnglishWord(t.text):
				descW = max(descW, t.weight)
			default:
				// Any length: the listed coined word must have
				// descriptorMinLen letters, a spelling of it fewer.
				coinedQ |= 1 << i
			}
		}
		if coinedQ == 0 {
			descW = 0
		}
	}
	// Upper bounds: every name that holds a matched token gains that
	// token's best similarity times the query token's weight.
	addBound := func(n int32, v, core float64, heavy uint8) {
		if sc.bound[n] == 0 {
			sc.boundTouch = append(sc.boundTouch, n)
		}
		sc.bound[n] += float32(v)
		sc.boundCore[n] += float32(core)
		sc.heavyHits[n] = min(sc.heavyHits[n], 255-heavy) + heavy
	}
	// The tokens the lookups reached, whose similarities the bounds
	// hold: rows 1 to reached.
	reached := int32(len(sc.touched))
	for _, id := range sc.touched {
		row := sc.sims[sc.slotOf[id]-1]
		var best, sum, bestCore, sumCore float64
		for i := range q {
			v := float64(row[i]) * q[i].weight
			best = max(best, v)
			sum += v
			if q[i].extra == 1 {
				bestCore = max(bestCore, v)
				sumCore += v
			}
		}
		if best < minBoundWeight {
			// Legal forms, particles: their long postings cost much and
			// bring no candidate that could be informative enough.
			continue
		}
		var heavy uint8
		if ix.toks[id].weight >= partialInfo {
			heavy = 1
		}
		if (!descKnown || descW > 0) && len(ix.toks[id].text) >= descriptorMinLen && ix.brandOf(id, brandW)&brandAlone != 0 {
			for i := range q {
				if simAtLeast(float64(row[i]), translitSim) {
					if !descKnown {
						descriptorWords()
					}
					if coinedQ&(1<<i) != 0 {
						sc.firmCands = append(sc.firmCands, ix.postings[id]...)
						break
					}
				}
			}
		}
		for _, n := range ix.postings[id] {
			if ix.repeated(n) {
				// "MORFIN MORFIN": each copy may take a query token.
				addBound(n, sum, sumCore, heavy)
			} else {
				addBound(n, best, bestCore, heavy)
			}
		}
	}
	for _, id := range sc.pairTouched {
		row := sc.pairSims[sc.pairSlot[id]-1]
		var best float64
		for i := 0; i+1 < len(q); i++ {
			if v := float64(row[i]) * (q[i].weight + q[i+1].weight); v > best {
				best = v
			}
		}
		for _, n := range ix.postings[id] {
			addBound(n, best, best, 1)
		}
	}
	for n, hits := range sc.joinHits {
		for _, h := range hits {
			v := float64(h.sim) * q[h.qi].weight
			addBound(n, v, v, 2)
		}
	}

	// Initials (acronym.go): a query word of initials may stand for words
	// of a name the query's other words found. Such a name may score up
	// to acrSlack more than its bound says, when the word is written in
	// capitals among words in lower case and the query is a company's
	// (firmQuery): "Gazpromneft STC LLC". A surname in capitals beside
	// given names ("Tran KHAC") would otherwise send every company's
	// name the query reaches to be scored.
	var acrQ uint64
	var acrW float64
	for i := range q {
		if !ix.acronymWord(q[i]) {
			continue
		}
		caps := inCapitals(query, q[i].text)
		named := nameLike(q[i].text)
		if named && !caps {
			continue
		}
		acrQ |= 1 << i
		if caps {
			acrW += q[i].weight
		}
	}
	var acrSlack float32
	if acrW > 0 && ix.firmQuery(q, acrQ) {
		acrSlack = float32(acronymSim * acrW)
	}

	// A name can score no more than its bound over the query's weight.
	// A person's name may leave the query's middle names and
	// patronymics (the tokens that are not core) unmatched at their
	// lower cost: it can score no more than its bound over the least the
	// denominator can be, nor more than its core bound and the whole
	// weight of those tokens over the query's weight.
	// The tokens too light to bring candidates (minBoundWeight) are
	// left out of the bounds; light is the most they can add.
	var least, light, cheap float64
	minExtra := containCost // the least cost of an unmatched query token of a held-whole name
	initials := false
	for _, t := range q {
		least += t.extra * t.weight
		minExtra = min(minExtra, t.extra)
		if t.extra < 1 {
			cheap += t.weight
		}
		if t.weight < minBoundWeight/minTokenSim {
			light += t.weight
		}
		initials = initials || len(t.text) == 1
	}
	// eNC is the greatest extra of the query's tokens that are not of its
	// core (extra < 1); legalQ, whether the query holds a legal form.
	var eNC float64
	legalQ := false
	for _, t := range q {
		if t.extra < 1 {
			eNC = max(eNC, t.extra)
		}
		legalQ = legalQ || t.text == legalToken
	}
	legalID, ok := ix.dict[legalToken]
	if !ok {
		legalID = -1
	}
	floor := float32((minScore-boundSlack)*total - light)
	personFloor := float32((minScore-boundSlack)*least - light)
	coreFloor := floor - float32(cheap)
	// A name the query holds whole scores at most m/(m+c·(total-m)) for
	// m matched, c the least an unmatched query token can cost it: it
	// needs this much matched weight to reach minScore.
	sl := minScore - boundSlack
	containFloor := float32(max(minInfoPartial, sl*minExtra*total/(1-sl+sl*minExtra)) - light)
	// A reading of a cut name (cutScore) keeps only the names that match
	// every word of the query at variantSim or more: their bound is near
	// the query's whole weight.
	var partialFloor float32
	if partial {
		partialFloor = float32((variantSim-cutBoundSlack)*total - light)
	}
	// A company's name that holds a coined word of the query, the query
	// adding one English word that says what the company does (hasBrand),
	// scores as though that word cost containCost.
	firmFloor := floor
	if descW > 0 {
		firmFloor = min(floor, float32(sl*(total-(1-containCost)*descW)-light))
	}
	// A listed token that no query token is like costs its name what a
	// token the query lacks costs (missCost, or brandLambda where the
	// name may be found by its brand), and so lowers the most the name
	// can score: a query of common words reaches thousands of names
	// through one of them ("MOHAMAD, Haji Baz"), and most have other
	// words the query lacks. missFloor adds that cost up over the
	// name's tokens that the lookups did not reach (the bounds hold
	// those), comparing each with the query's tokens as alignPass will
	// (mayMeet makes that cheap), and returns what the ones found alike
	// add to the bounds. A token an initial of the query or two query
	// tokens written together may match counts as alike.
	var qInitials []byte
	for _, t := range q {
		if len(t.text) == 1 {
			qInitials = append(qInitials, t.text[0])
		}
	}
	missFloor := func(n int32, person bool) (bound, core, miss, missed float64) {
		rec := &ix.names[n]
		hits := sc.joinHits[n]
		repeated := ix.repeated(n)
		var brandMiss float64
		brand := false
		for j, id := range rec.toks[:min(len(rec.toks), 64)] {
			if !person && !brand && ix.brandOf(id, brandW)&brandWord != 0 {
				// hasBrand: a brand word matched by a query word.
				for i := range q {
					brand = brand || simAtLeast(sc.simOf(ix, q, id, i), translitSim)
				}
			}
			t := ix.toks[id].text
			if len(t) == 1 || bytes.IndexByte(qInitials, t[0]) >= 0 || sc.pairSlot[id] != 0 ||
				slices.ContainsFunc(hits, func(h joinHit) bool { return int(h.pos) == j || int(h.pos)+1 == j }) {
				continue
			}
			if slot := sc.slotOf[id]; slot != 0 && slot <= reached {
				continue // held by the bounds
			}
			var best, sum, bestCore, sumCore float64
			for i := range q {
				v := sc.simOf(ix, q, id, i) * q[i].weight
				best = max(best, v)
				sum += v
				if q[i].extra == 1 {
					bestCore = max(bestCore, v)
					sumCore += v
				}
			}
			if best > 0 {
				if repeated {
					best, bestCore = sum, sumCore
				}
				bound += best
				core += bestCore
				continue
			}
			c, w := missCost[rec.roles[j]], ix.toks[id].weight
			miss += c * w
			missed += w
			brandMiss += min(c, brandLambda) * w
		}
		if brand {
			miss = brandMiss
		}
		return bound, core, miss, missed
	}
	// queryBound bounds what name n can match the other way: each query
	// token matches one listed token at most, so no alignment matches
	// more than the sum over the query's tokens of their best value
	// against any of the name's tokens (qcore: over the core tokens). The
	// bounds above sum over the listed tokens, and count a heavy query
	// token once for every listed token like it: "Tose-e Melli
	// Investment Company" and IRAN MINING INDUSTRIES DEVELOPMENT AND
	// RENOVATION ORGANIZATION, "Mohd Trading Ltd" and every Muhammad
	// with a short surname. Two query tokens written as one listed
	// token, one written as two, an initial on either side and, with
	// acr, a query word of initials that spells a run of the name's words
	// (acronymPairs) count at their most.
	var qmax [maxQueryTokens]float64
	queryBound := func(n int32, acr bool) (qsum, qcore float64) {
		rec := &ix.names[n]
		toks := rec.toks[:min(len(rec.toks), 64)]
		qm := qmax[:len(q)]
		clear(qm)
		for _, h := range sc.joinHits[n] {
			qm[h.qi] = max(qm[h.qi], float64(h.sim)*q[h.qi].weight)
		}
		for i := range q {
			if len(q[i].text) == 1 {
				qm[i] = q[i].weight
			}
		}
		if acr {
			var wb [64]string
			words := wb[:0]
			for _, id := range toks {
				words = append(words, ix.toks[id].text)
			}
			for i := range q {
				if acrQ&(1<<i) == 0 {
					continue
				}
				for j := range words {
					if acronymRun(q[i].text, words, j) > 0 {
						qm[i] = max(qm[i], acronymSim*q[i].weight)
						break
					}
				}
			}
		}
		for _, id := range toks {
			if slot := sc.pairSlot[id]; slot != 0 {
				row := &sc.pairSims[slot-1]
				for i := 0; i+1 < len(q); i++ {
					if p := float64(row[i]); p > 0 {
						qm[i] = max(qm[i], p*q[i].weight)
						qm[i+1] = max(qm[i+1], p*q[i+1].weight)
					}
				}
			}
			t := ix.toks[id].text
			// A token the lookups reached has its similarities in its
			// row, as the bounds read them; another's are computed
			// (missFloor has most of them).
			var row *[maxQueryTokens]float32
			if slot := sc.slotOf[id]; slot != 0 && slot <= reached {
				row = &sc.sims[slot-1]
			}
			for i := range q {
				switch {
				case len(t) == 1 && q[i].text[0] == t[0]:
					// A listed initial, which a query word it begins
					// may match.
					qm[i] = q[i].weight
				case row != nil:
					qm[i] = max(qm[i], float64(row[i])*q[i].weight)
				default:
					qm[i] = max(qm[i], sc.simOf(ix, q, id, i)*q[i].weight)
				}
			}
		}
		for i, v := range qm {
			qsum += v
			if q[i].extra == 1 {
				qcore += v
			}
		}
		return qsum, qcore
	}

	cutLegal := partial && cutWord != "" && legalWordStart(cutWord)
	var out []nameMatch
	cw := make([]float64, 0, 16)
	clam := make([]float64, 0, 16)
	ctext := make([]string, 0, 16)
	cbrand := make([]uint8, 0, 16)
	// score aligns name n with the query; with bounded, only if the
	// bounds say it may reach minScore. pre is missFloor's result for n,
	// when known.
	var preFloor [4]float64
	score := func(n int32, bounded bool, pre *[4]float64) (alignment, bool) {
		rec := &ix.names[n]
		kind := ix.list.Entries[rec.entry].Kind
		person := kind == sdn.Individual
		if bounded && (person && sc.boundCore[n] < coreFloor || !person && sc.bound[n] < floor && !(sc.bound[n] >= firmFloor && slices.Contains(sc.firmCands, n)) &&
			!(kind == sdn.Entity && acrSlack > 0 && sc.bound[n] >= floor-acrSlack && ix.acronymSpells(q, acrQ, rec.toks))) {
			return alignment{}, false
		}
		if bounded {
			s := sl
			if legalQ && notCompany[kind] != "" && !slices.Contains(rec.toks, legalID) {
				// The query's legal form, which the name of a person, a
				// vessel or an aircraft cannot match, will lower its
				// score by companyFactor (screenWritten).
				s = sl / companyFactor
			}
			f := s * total
			if !person && slices.Contains(sc.firmCands, n) {
				f = min(f, s*(total-(1-containCost)*descW))
			}
			// fails reports whether a name whose matched value is at
			// most b (c of it by core tokens), and which misses listed
			// tokens at cost miss, scores under s.
			fails := func(b, c, miss float64) bool {
				m := s * miss
				if !person {
					return b < f+m
				}
				// A token of the query that is not of its core (extra <
				// 1) costs a person's name its extra when unmatched,
				// and its whole weight when matched: a name whose bound
				// b exceeds its core bound c matches at least b-c of
				// them, which adds (1-eNC)·(b-c) to the denominator.
				return b-s*(1-eNC)*max(0, b-c) < s*least+m || c < s*total-cheap+m
			}
			// A name that may be held whole (alignPass's contained: a
			// person's or an entity's, the weight of its tokens
			// unmatched under partialInfo) is scored at what the query
			// adds costing containCost: the checks below assume every
			// query token costs in full. missFloor's missed, the
			// weight of the tokens that nothing of the query is like,
			// is the least the unmatched weight can be.
			mayHold := float64(sc.bound[n]) >= float64(containFloor) && (kind == sdn.Individual || kind == sdn.Entity)
			if kind == sdn.Entity && acrQ != 0 && ix.acronymSpells(q, acrQ, rec.toks) {
				// A word of initials in a company's query
				// (acronymPairs) meets listed tokens no lookup finds:
				// they are neither in the bounds nor missed. Only
				// queryBound holds them.
				if !mayHold {
					if qsum, qcore := queryBound(n, true); fails(qsum, qcore, 0) {
						return alignment{}, false
					}
				}
			} else {
				if pre == nil {
					pre = &preFloor
					pre[0], pre[1], pre[2], pre[3] = missFloor(n, person)
				}
				if !mayHold || pre[3] >= partialInfo {
					b := pre[0] + float64(sc.bound[n]) + light
					c := pre[1] + float64(sc.boundCore[n]) + light
					miss := pre[2]
					repeated := ix.repeated(n)
					if !repeated && fails(b, c, miss) {
						return alignment{}, false
					}
					qsum, qcore := queryBound(n, false)
					if repeated {
						// "BIN HAMMIDI, Muhammad Muhammad": the bounds count
						// a pair of query tokens written as one listed
						// token once, where each copy may take one.
						// queryBound holds for such a name too.
						b, c = qsum, qcore
					}
					if fails(min(b, qsum), min(c, qcore), miss) {
						return alignment{}, false
					}
				}
			}
		}
		ctoks := rec.toks
		if len(ctoks) > 64 {
			ctoks = ctoks[:64]
		}
		cw, clam, ctext, cbrand = cw[:0], clam[:0], ctext[:0], cbrand[:0]
		for j, id := range ctoks {
			w := ix.toks[id].weight
			if rec.roles[j] == roleSyllable && generic[ix.toks[id].text] {
				// A particle elsewhere (da, de, di), here a syllable
				// of a Chinese or Korean name (达, 德): it weighs as a
				// syllable, so that Cai Feng is not 蔡达峰.
				w = ix.weightOf("", float64(ix.toks[id].df))
			}
			cw = append(cw, w)
			clam = append(clam, missCost[rec.roles[j]])
			ctext = append(ctext, ix.toks[id].text)
			cbrand = append(cbrand, ix.brandOf(id, brandW))
		}
		var joinQ, joinC func(i, j int) float64
		if len(sc.pairTouched) > 0 {
			joinQ = func(i, j int) float64 { return sc.pairSim(ctoks[j], i) }
		}
		if hits := sc.joinHits[n]; len(hits) > 0 {
			joinC = func(i, j int) float64 {
				for _, h := range hits {
					if int(h.pos) == j && int(h.qi) == i {
						return float64(h.sim)
					}
				}
				return 0
			}
		}
		sim := func(i, j int) float64 { return sc.simOf(ix, q, ctoks[j], i) }
		if person {
			sim = func(i, j int) float64 { return sc.personSim(ix, q, ctoks[j], i) }
		}
		var extra []pair
		if kind == sdn.Entity && acrQ != 0 {
			sc.acrPairs = acronymPairs(sc.acrPairs[:0], q, acrQ, ctext)
			extra = sc.acrPairs
		}
		a := align(q, person, kind == sdn.Individual || kind == sdn.Entity, cbrand, cw, clam, ctext,
			sim, joinQ, joinC, extra, &sc.align)
		if len(extra) > 0 && slices.ContainsFunc(a.pairs, func(p pair) bool { return p.acronym }) && !ix.acronymRest(a.pairs, ctoks) {
			a = align(q, person, kind == sdn.Individual || kind == sdn.Entity, cbrand, cw, clam, ctext,
				sim, joinQ, joinC, nil, &sc.align)
		}
		return a, a.score >= minScore-scoreSlack
	}
	for _, n := range sc.boundTouch {
		b := sc.bound[n]
		if float64(b) < minInfo {
			continue
		}
		if partial && (b < partialFloor || sc.simOf(ix, q, ix.names[n].toks[0], 0) == 0 || cutWord != "" && !ix.cutGoesOn(n, cutWord, cutLegal)) {
			continue // a name the query does not begin (cutScore)
		}
		// The count of heavy tokens leaves out those an initial matches
		// ("J" for "Julian"): with initials in the query it cannot rule
		// a name out. A name that passes it is scored without the
		// bounds, unless the weight of its tokens that nothing of the
		// query is like (missFloor's missed) says the query cannot hold
		// it whole.
		whole := false
		var pre *[4]float64
		if b >= containFloor && (initials || sc.heavyHits[n] >= ix.names[n].heavy) {
			if kind := ix.entryOf(n).Kind; kind == sdn.Individual || kind == sdn.Entity {
				fl := &preFloor
				fl[0], fl[1], fl[2], fl[3] = missFloor(n, kind == sdn.Individual)
				whole, pre = fl[3] < partialInfo, fl
			}
		}
		if b < personFloor && !whole && !(b >= firmFloor && slices.Contains(sc.firmCands, n)) &&
			!(acrSlack > 0 && b >= personFloor-acrSlack && ix.entryOf(n).Kind == sdn.Entity) {
			continue
		}
		if a, ok := score(n, !whole, pre); ok && (partial || ix.informativeName(q, a, n, ctext, abjad)) {
			a.pairs = slices.Clone(a.pairs)
			out = append(out, nameMatch{name: n, align: a, q: q})
		}
	}
	// A name too light for its tokens to find it ("3K GROUP LIMITED") is
	// a hit when the query is exactly that name.
	if total < minInfo && len(ix.light) > 0 {
		for _, n := range ix.light[ix.lightKey(nil, ts)] {
			if a, ok := score(n, false, nil); ok {
				a.pairs = slices.Clone(a.pairs)
				out = append(out, nameMatch{name: n, align: a, q: q})
			}
		}
	}
	return q, out
}

// informativeName is informative for the listed name n, whose tokens are
// ctext: a person's name is also found by a surname alone that few
// entries hold (loneSurname).
func (ix *index) informativeName(q []qtok, a alignment, n int32, ctext []string, abjad bool) bool {
	rec := &ix.names[n]
	if rec.weak && len(rec.toks) == 1 && ix.list.Entries[rec.entry].Kind == sdn.Individual &&
		slices.ContainsFunc(a.pairs, func(p pair) bool {
			return p.qn > 1 && !pinyinRun(q[p.qi:min(p.qi+p.qn, len(q))]) && !kunya(q[p.qi].text)
		}) {
		// A person's handle of one word ("JimJones", "GustaveDore") is
		// found as written, not by joining a query's words: "Jim Jones"
		// is many men. Syllables of Chinese join into one word as
		// pinyin writes them: 彩虹, read "cai hong", is CAIHONG; and an
		// Arab's kunya is written in two words or one ("Abu Lail",
		// ABULAIL).
		return false
	}
	if informative(q, a, rec.weak, ctext, abjad) {
		return true
	}
	if rec.weak {
		return ix.weakWord(q, a, n, ctext)
	}
	return len(a.pairs) == 1 && ix.list.Entries[rec.entry].Kind == sdn.Individual &&
		loneSurname(a, ctext, rec.roles, ix.weightOf("", loneSurnameEntries))
}

// kunya reports whether t begins an Arab's kunya or a name of descent:
// Abu, Umm, Bin.
func kunya(t string) bool {
	switch t {
	case "abu", "abou", "abo", "umm", "um", "bin", "ibn", "bint":
		return true
	}
	return false
}

// pinyinRun reports whether each of q is a syllable of pinyin.
func pinyinRun(q []qtok) bool {
	for i := range q {
		if !isPinyin(q[i].text) {
			return false
		}
	}
	return true
}

// A weak alias of one word is found by that word alone when it is a
// firm's, a ship's or an aircraft's and coined (KOMID, SUGON, VEVAK,
// Masterchain): a word of weakWordLen letters or more that no other entry
// holds, no English word, no place and no name or word of the tables of
// equivalents (equivalentLines: given names, trades). Weak aliases must
// otherwise match minInfoPartial, which one word never weighs, and
// "KOMID" found nothing at all. A person's one-word weak alias is a
// nickname ("Fito", "Gonzalito") and stays unmatched alone, but for a
// handle written in camel case ("JimJones", found as written alone); so
// does a shorter acronym (BIM, GIA, CCCG), which many firms share.
const weakWordLen = 5

// weakWord reports whether a matches the weak alias n, of tokens ctext,
// whole and exactly, by a query of that one word (and legal forms) that
// such an alias may be found by.
func (ix *index) weakWord(q []qtok, a alignment, n int32, ctext []string) bool {
	rec := &ix.names[n]
	if ix.list.Entries[rec.entry].Kind == sdn.Individual && !hasCamel(rec.text) || len(a.pairs) != 1 || a.missed > legalWeight || countWords(q) != 1 {
		return false
	}
	p := a.pairs[0]
	if p.qn != 1 || p.cn != 1 || p.sim < 1 || p.cj >= len(rec.toks) {
		return false
	}
	id := rec.toks[p.cj]
	t := ctext[p.cj]
	return len(t) >= weakWordLen && ix.brandOf(id, ix.brandWeight())&brandAlone != 0 && !isEnglish(t) && equivalentGroup[t] == 0
}

// A person is named by a rare surname alone ("Deripaska", "Vekselberg")
// in lookups, and in payee records that lack the given names: the match
// rests on one word, held by loneSurnameEntries entries or fewer, of
// loneSurnameLen letters or more, matched exactly or by transliteration.
// It is not informative by minInfoPartial (a word held by one entry
// weighs under it on a list of the OFAC list's size), but it does single
// out its entries, and what the query lacks keeps its score down:
// DERIPASKA, Oleg Vladimirovich scores 0.83 for "Deripaska". A company
// is not found so: its one word may be a word of the language (hasBrand).
const (
	loneSurnameEntries = 3
	loneSurnameLen     = 7
)

// loneSurname reports whether a rests on one such word, a surname by its
// role in the listed name (roles); minW is the weight of a word held by
// loneSurnameEntries entries.
func loneSurname(a alignment, ctext []string, roles []uint8, minW float64) bool {
	if len(a.pairs) != 1 {
		return false
	}
	p := a.pairs[0]
	return p.qn == 1 && p.cn == 1 && simAtLeast(p.sim, translitSim) && len(ctext[p.cj]) >= loneSurnameLen && a.matched >= p.sim*minW &&
		p.cj < len(roles) && (roles[p.cj] == roleSurname || roles[p.cj] == roleSurnameRest)
}

// informative reports whether a match says enough about who is meant to be
// a hit: see minInfo and minInfoPartial. ctext is the listed name's tokens;
// abjad says the query was written in Arabic or Hebrew letters.
func informative(q []qtok, a alignment, weak bool, ctext []string, abjad bool) bool {
	// A legal form names no one, even where the list gives one alone
	// for a name ("S.A.S. E.U."): "Ltd" is no hit.
	legalOnly := true
	for _, p := range a.pairs {
		if p.cn != 1 || p.cj >= len(ctext) || ctext[p.cj] != legalToken {
			legalOnly = false
			break
		}
	}
	if legalOnly {
		return false
	}
	if a.brand && !weak {
		return true
	}
	if weak || a.missed >= partialInfo {
		return a.matched+initialInfo*a.initials >= minInfoPartial
	}
	if a.matched < minInfo {
		return false
	}
	// A match that rests on one word needs that word, or a spelling of
	// it: two words alike in consonants alone ("Silva" / "Slava", "Tagore"
	// / "Tagor") are not enough evidence by themselves.
	// Nor is a match of several words each alike in consonants alone or
	// one slip in a short word ("Jose Price" / PERIC, Jozo; "Hamaid
	// Abadi" / HAMADU, Abid): one of them at least must be the word
	// itself or a spelling of it. A query in Arabic or Hebrew letters
	// is exempt: it writes no short vowels, and a likeness of consonants
	// is how its words meet the list's (جوانی "jvani" / Javani).
	var lone *pair
	heavy, sure := 0, abjad
	for i := range a.pairs {
		if p := &a.pairs[i]; p.value >= minBoundWeight {
			heavy++
			lone = p
			sure = sure || simAtLeast(p.sim, minLoneSim)
		}
	}
	if heavy > 1 {
		return sure
	}
	if lone == nil {
		return true
	}
	if lone.cn == 1 && len(ctext[lone.cj]) < minLoneLen && a.missed > legalWeight {
		// "KM" is not LIMITED LIABILITY COMPANY KM GROUP: a token of
		// three letters or fewer alone is a hit only on a name it makes
		// up whole.
		return false
	}
	if lone.qn == 1 && lone.cn == 1 && !simAtLeast(lone.sim, variantSim) {
		// A slip (not a spelling the list pairs, nor a transliteration:
		// Jurij / Yuri) is a slip of the word the match rests on only
		// if it keeps how the word begins and the query's word is no
		// other word of the language: "Maybank" is not WAYBANK JSC.
		qt, ct := q[lone.qi].text, ctext[lone.cj]
		if startOf(qt) != startOf(ct) || isEnglishWord(qt) && !isEnglishWord(ct) {
			return false
		}
	}
	return simAtLeast(lone.sim, minLoneSim)
}

// simAtLeast reports whether similarity s reaches c. Similarities are
// kept as float32 (scratch.sims): s is compared at that precision, so
// that a pair at translitSim (0.96, stored as 0.9599999785) reaches it.
func simAtLeast(s, c float64) bool { return float32(s) >= float32(c) }

// minLoneLen is the least length of the one listed token a match rests
// on, unless the query holds the whole listed name but a legal form: "Top
// Group" is not TOP 3D GROUP, "SAM" not the ship SAM 121.
const minLoneLen = 4

// initialInfo, times its similarity (initialSim), is what an initial that
// agrees with a listed word adds to the matched weight when informative
// asks whether a partial match singles out one entry: its weight in the
// score is capped at 1, as an initial says little of how well two names
// agree, but it does narrow who is meant ("N. Maduro" is one of the two
// listed Nicolas Maduros).
const initialInfo = 1.0

// minLoneSim is the least similarity of the one word a match rests on:
// one edit in seven letters or more (0.889), a spelling the list pairs
// (0.92) or a transliteration key (0.96). One edit in five or six letters (0.857,
// 0.875) is not enough, nor a likeness of consonants (0.88): "Tagore" /
// "Tagor", "Silva" / "Slava". It holds whatever the query's MinScore, since
// it decides whether a match says who is meant, not how well.
const minLoneSim = 0.885

// minBoundWeight is the least weight a matched token needs to bring
// candidates: a name reached only through lighter tokens would need five
// of them to be informative (minInfo).
const minBoundWeight = 1.0

// setExtraCosts sets, for every query token, what it costs when the
// listed name of a person lacks it (qtok.extra). A name's core costs in
// full: the son listed apart from his father differs by one given name.
// What payees' documents carry and the list often leaves out costs less:
// a patronymic (Grigoryevich, Petrovna, oglu) or the father's name after
// bin, ben or ould costs patronymicCost; a middle name or a second
// surname, queryMiddleCost. The middle of a name is what lies between its
// first and last tokens ("Miguel Angel Trevino"), or what follows the
// first given name in "TREVINO, Miguel Angel"; a second surname is a
// surname after the first before the comma ("TAPIA ORTEGA, Abigail"). A
// name written in Han or Hangul (syllabic), or in pinyin a syllable a word
// ("Xia Bao Long"), has no middle: its tokens are syllables, two of which
// make one given name.
//
// It returns how many tokens stand before the comma of "SURNAME, Given
// names", or 0.
func setExtraCosts(query string, syllabic bool, ts []string, q []qtok) (surnames int) {
	if c := strings.IndexByte(query, ','); c >= 0 && len(ts) >= 2 {
		surnames = min(len(nameTokens(query[:c])), len(ts))
	}
	lo, hi := 0, 0   // given names in the middle
	sLo, sHi := 0, 0 // surnames after the first
	if len(ts) >= 3 && !syllabic && !allPinyin(ts) {
		lo, hi = 1, len(ts)-1
		if k := surnames; k > 0 {
			lo, hi = k+1, len(ts)
			sLo, sHi = 1, k
			for sLo < k && generic[ts[sLo-1]] {
				sLo++
			}
		}
	}
	abjad := hasAbjad(query)
	for i, t := range ts {
		c := 1.0
		switch {
		case isPatronymic(t) || i > 0 && lineage[ts[i-1]] || i > 1 && i+1 < len(ts) && turkicMarkers[ts[i+1]]:
			// A patronymic, the father's name after bin, or before a
			// Turkic patronymic's word: "Nasiba Erkin qizi".
			c = patronymicCost
		case descent[t] || t == "sid" && abjad:
			c = queryMiddleCost
		case i >= lo && i < hi, i >= sLo && i < sHi:
			c = queryMiddleCost
		}
		q[i].extra = c
	}
	return surnames
}

const (
	patronymicCost  = lambdaMiddle
	queryMiddleCost = lambda
	// middleSurnameCost is what a surname in the middle of a name in
	// natural order costs a listed name that lacks it.
	middleSurnameCost = 1.0
)

// hasAbjad reports whether s holds Arabic or Hebrew letters, whose
// writing leaves out short vowels.
func hasAbjad(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool {
		return r >= 0x0590 && (unicode.Is(unicode.Arabic, r) || unicode.Is(unicode.Hebrew, r))
	})
}

// isHangul reports whether r is a Hangul letter.
func isHangul(r rune) bool { return unicode.Is(unicode.Hangul, r) }

// hasSyllabic reports whether s holds Han or Hangul letters.
func hasSyllabic(s string) bool {
	for _, r := range s {
		if r >= 0x1100 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hangul, r)) {
			return true
		}
	}
	return false
}

// descent holds the Persian spellings of Seyyed (سید), the title of a
// descendant of the Prophet that Iranian names carry before the given
// name and the list's names of the same person carry or leave out: it
// costs a query that has it as a middle name does (سید علی خامنه ای,
// KHAMENEI, Ali); so does سید itself, read "sid". Syed and Sayed are
// family and given names in South Asia and the Arab world, and Sid the
// Maghreb's Sidi: they are left as they are.
var descent = map[string]bool{"seyed": true, "seyyed": true, "seyyid": true}

// lineage holds the particles after which a name is the father's: "Khalil
// Ben Ahmed Ben Mohamed".
var lineage = map[string]bool{"bin": true, "ben": true, "ibn": true, "bint": true, "binti": true, "ould": true}

// isPatronymic reports whether a token has the shape of an East Slavic or
// Turkic patronymic (Grigoryevich, Hryhorovych, Anatolijevitch as French
// and German write it, Petrovna, Aliyev oglu).
func isPatronymic(t string) bool {
	if len(t) < 7 {
		return turkicMarkers[t]
	}
	for _, suf := range patronymicEndings {
		if strings.HasSuffix(t, suf) {
			return true
		}
	}
	return false
}

// turkicMarkers are the words after a father's name that make it a
// patronymic in Azerbaijani, Uzbek, Kazakh and Kyrgyz names (son of,
// daughter of), as passports and papers spell them.
var turkicMarkers = map[string]bool{"oglu": true, "ogly": true, "ogli": true, "ugli": true, "uulu": true,
	"kyzy": true, "qizi": true, "kizi": true, "gizi": true, "uly": true}

var patronymicEndings = []string{"ovich", "evich", "ovych", "evych", "ovitch", "evitch", "avich", "ovna", "evna", "ivna", "ichna", "avna"}

// sameFather reports whether two patronymics may name one father: the same
// beginning (a patronymic mistyped keeps its own), a spelling of one
// another (Volodymyrovych and Vladimirovich by the tables), or the same
// consonants after the father's name's first vowel, with h read as g and
// f as p (Yosypovych, Iosifovich):
// Ukrainian Ihorovych and Hryhorovych are Russian Igorevich and
// Grigoryevich, Russian Khoseluisovich Spanish Joseluisovich; Ivanovich
// and Valeriyevich, Feliksovich and Petrovich are not.
func sameFather(a, b string) bool {
	if a[:2] == b[:2] || tokenSim(a, b) > 0 {
		return true
	}
	var ka, kb [24]byte
	return string(fatherKey(ka[:0], a)) == string(fatherKey(kb[:0], b))
}

// fatherKey appends to b the consonants of patronymic t's stem (t without
// its ending) after the stem's first vowel, h as g (sameFather).
func fatherKey(b []byte, t string) []byte {
	for _, suf := range patronymicEndings {
		if strings.HasSuffix(t, suf) {
			t = t[:len(t)-len(suf)]
			break
		}
	}
	vowel := false
	for i := 0; i < len(t) && len(b) < cap(b); i++ {
		c := t[i]
		switch {
		case isVowel(c) || c == 'y':
			vowel = true
		case !vowel, c == 'j', c == 'w':
		case c == 'h':
			b = append(b, 'g')
		case c == 'f':
			b = append(b, 'p') // Iosifovich, Yosypovych
		default:
			b = append(b, c)
		}
	}
	return b
}

// A patronymic says whose child one is: "Sergey Ivanovich Petrov" is not
// PETROV, Sergey Valeriyevich, though the two share every other word. A
// payee leaves the patronymic out as often as not, which costs little
// (patronymicCost), and the list leaves it out of many aliases (PUTIN,
// Vladimir beside PUTIN, Vladimir Vladimirovich); so where the query's
// patronymic is none the entry's names give, and they give one, the match
// scores fatherFactor times as much, whichever of the entry's names it
// was made on.
const (
	fatherFactor = 0.8
	// minPatronymicLen is the least length of a patronymic in -ovich,
	// -evna and the like that otherFather compares: oglu and kyzy
	// follow the father's name, which is a word of its own.
	minPatronymicLen = 7
)

// entryNames returns the first and last of the names of the entry name n
// belongs to, which the index holds in a run.
func (ix *index) entryNames(n int32) (lo, hi int32) {
	e := ix.names[n].entry
	lo, hi = n, n
	for lo > 0 && ix.names[lo-1].entry == e {
		lo--
	}
	for int(hi)+1 < len(ix.names) && ix.names[hi+1].entry == e {
		hi++
	}
	return lo, hi
}

// otherInitial returns the first of the initials a query writes with
// points after or before a surname ("Kovalenko N.A.": the given name's,
// then the patronymic's) when match m of a person leaves it unmatched:
// the listed given name begins with another letter (KOVALENKO, Andrey),
// and the other initials met it. "" when the query has no such initials
// or m matches the first.
func otherInitial(m nameMatch, query string) string {
	r, _ := initialsReading(query)
	if r == "" {
		return ""
	}
	first := strings.ToLower(r[:1])
	for i := range m.q {
		if m.q[i].text == first {
			if m.align.qUsed&(1<<i) == 0 {
				return first
			}
			return ""
		}
	}
	return ""
}

// initialMeets returns the listed word that an initial of the query
// meets in match m of a person while a name of the query's own, of three
// letters or more, meets nothing: "D. Hany Abdel Rahman" is not AL-DAKHIL,
// 'Abd al-Rahman, "A. Mohammad Reza Sohrabi" not ASHTIANI, Mohammad-Reza,
// "M. Sara Farahani" not FARAHANI, Majid. The initial stands beside a
// name the listed one lacks, and for another word than the listed one as
// likely. With initials, a query written as a surname and its initials
// (initialsReading), or as one initial and one name ("J. Jaber"), whose
// surname meets a listed given name while an initial meets the listed
// surname is another person too (not AL-JALAMAH, Jaber). "" otherwise.
func (ix *index) initialMeets(m nameMatch, query string) string {
	rec := &ix.names[m.name]
	// givenMet reports whether a word of the query, no initial, meets a
	// listed given name: written "Kamel D.A.", Kamel is the surname, and
	// DJERMANE, Kamel another man whose surname the D stands for.
	givenMet := func() bool {
		for _, p := range m.align.pairs {
			if p.qn == 1 && p.cn == 1 && p.qi < len(m.q) && p.cj < len(rec.roles) && len(m.q[p.qi].text) > 1 {
				if r := rec.roles[p.cj]; r == roleFirst || r == roleMiddle {
					return true
				}
			}
		}
		return false
	}
	// own reports whether query word i is a name of the query's own that
	// meets nothing.
	own := func(i int) bool {
		if i < 0 || i >= len(m.q) {
			return false
		}
		t := m.q[i].text
		return m.align.qUsed&(1<<i) == 0 && len(t) >= 3 && !generic[t] && !isPatronymic(t)
	}
	for _, p := range m.align.pairs {
		if p.qn != 1 || p.cn != 1 || p.qi >= len(m.q) || p.cj >= len(rec.toks) || len(m.q[p.qi].text) != 1 {
			continue
		}
		t := ix.toks[rec.toks[p.cj]].text
		if len(t) < 2 {
			continue
		}
		// The name the initial goes with follows it ("M. Sara"); a
		// surname's initial first may go with the query's own surname
		// last ("A. Mohammad Reza Sohrabi"). Words further off are as
		// often titles and towns ("Mohammad J. Zarif Hojatoleslam",
		// "Igor A. Komarov Doha").
		if p.qi+1 < len(m.q) && len(m.q[p.qi+1].text) >= 3 && strings.HasPrefix(t, m.q[p.qi].text+m.q[p.qi+1].text) {
			continue // "BENDEBKA L Hadi": an elision written apart, L'Hadi
		}
		switch r := rec.roles[p.cj]; {
		case own(p.qi + 1):
			return t
		case r == roleSurname || r == roleSurnameRest:
			// So is a query of an initial and one name after it ("J.
			// Jaber"): that name is the surname.
			if p.qi == 0 && own(len(m.q)-1) || givenMet() && (m.initials != "" || len(m.q) == 2 && p.qi == 0 || initialsForm(query)) {
				return t
			}
		}
	}
	return ""
}

// dottedLetter reports whether query writes letter (lower case) as a word
// of its own followed by a point ("A. Youssef", "Kerimov S.A.").
func dottedLetter(query string, letter byte) bool {
	for i := 0; i+1 < len(query); i++ {
		c := query[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c == letter && query[i+1] == '.' && (i == 0 || !isLetterByte(query[i-1]|0x20)) {
			return true
		}
	}
	return false
}

// otherFamily returns the query's family name, when match m of a person
// meets a listed name of given names alone whole (USMAN, Mohammed: two
// given names, one in the family name's place) and leaves the query's
// family name unmatched: "Muhammad Usman Khan" and "Abbasi, Muhammad
// Usman" give a family name, and the listed name none. The family name
// is the words before the comma of "SURNAME, Given names", or the last
// word of a name written in spoken order; it must be no given name of
// the name tables itself, no initial and no particle. "" otherwise.
func (ix *index) otherFamily(m nameMatch, query string) string {
	toks := ix.names[m.name].toks
	n := 0
	for j, id := range toks {
		t := ix.toks[id].text
		if generic[t] {
			continue
		}
		if m.align.cUsed&(1<<j) == 0 || !givenNameForm(t) {
			return ""
		}
		n++
	}
	if n < 2 || len(m.q) <= n {
		return ""
	}
	var family []string
	if before, after, ok := strings.Cut(query, ","); ok {
		if strings.Contains(after, ",") {
			return ""
		}
		family = nameTokens(before)
	} else {
		family = []string{m.q[len(m.q)-1].text}
	}
	if len(family) == 0 {
		return ""
	}
	for i := range m.q {
		if !slices.Contains(family, m.q[i].text) {
			continue
		}
		t := m.q[i].text
		if m.align.qUsed&(1<<i) != 0 || len(t) < 3 || generic[t] || givenNameForm(t) || isPatronymic(t) {
			return ""
		}
	}
	return strings.Join(family, " ")
}

// allKoreanSyllables reports whether every word of ts reads as one
// romanised Korean syllable: KANG, Chol Hak, whose family name is a
// syllable of pinyin too (koreanName leaves such names out).
func allKoreanSyllables(ts []string) bool {
	for _, t := range ts {
		if koreanKey(t) == 0 {
			return false
		}
	}
	return true
}

// givenSwapped returns the listed given names, when match m of a listed
// East Asian person's name meets two syllables of the given name in the
// query in the other order: the syllables of a Korean or Chinese given
// name keep their order, and Kim Eun-jeong (김은정, Kim Un Jong) is
// another person than KIM, Jong Un, however the words of a name may move
// ("Jong Un Kim"). "" otherwise.
func (ix *index) givenSwapped(m nameMatch) string {
	rec := &ix.names[m.name]
	if len(rec.toks) < 3 || len(rec.toks) > 4 || len(rec.roles) < len(rec.toks) || ix.list.Entries[rec.entry].Kind != sdn.Individual {
		return ""
	}
	var ctext [4]string
	for j, id := range rec.toks {
		ctext[j] = ix.toks[id].text
	}
	if !koreanName(ctext[:len(rec.toks)]) && !allPinyin(ctext[:len(rec.toks)]) && !allKoreanSyllables(ctext[:len(rec.toks)]) {
		return ""
	}
	// The given name's syllables follow the surname, as the list and
	// the languages write these names (KIM, Jong Un; 김, 수길).
	given := func(j int) bool {
		r := rec.roles[j]
		return j >= 1 && (r == roleFirst || r == roleMiddle || r == roleSyllable)
	}
	for _, a := range m.align.pairs {
		if a.qn != 1 || a.cn != 1 || !given(a.cj) || a.cj+1 >= len(rec.toks) || !given(a.cj+1) {
			continue
		}
		for _, b := range m.align.pairs {
			if b.qn == 1 && b.cn == 1 && b.cj == a.cj+1 && b.qi+1 == a.qi {
				return ctext[a.cj] + " " + ctext[b.cj]
			}
		}
	}
	return ""
}

// familyNotFirst returns the query's family name and the listed one when
// match m of a Korean's name in Hangul (m.hangul), whose first syllable
// is the family name, pairs that syllable with no listed family name of
// one word, first: 용정남 (Yong Jong-nam) is not JONG, Yong Nam, nor 용수
// KIM, Yong Su. Listed names not in the form "FAMILY, Given" are not
// judged. "", "" otherwise.
func (ix *index) familyNotFirst(m nameMatch) (query, listed string) {
	rec := &ix.names[m.name]
	if !m.hangul || len(m.q) == 0 || len(rec.toks) < 2 || len(rec.roles) < 2 ||
		rec.roles[0] != roleSurname || rec.roles[1] == roleSurnameRest || ix.list.Entries[rec.entry].Kind != sdn.Individual {
		return "", ""
	}
	for _, p := range m.align.pairs {
		if p.qi == 0 && p.cj == 0 {
			return "", ""
		}
	}
	return m.q[0].text, ix.toks[rec.toks[0]].text
}

// craftMismatch returns what of a vessel's or an aircraft's listed name
// match m leaves unmet, and what the query has instead: a number of the
// name ("FU YUAN YU 7876", "RA-76842", SEA STAR III) when the query gives
// a number too (in digits, Roman numerals or words),
// or the letters of a registration (EP-MNS). A fleet's ships are numbered
// and a registration is an identifier: FU YUAN YU 7903 and EP-MNZ are
// other craft, however alike the words. "", "" otherwise.
func (ix *index) craftMismatch(m nameMatch) (query, listed string) {
	rec := &ix.names[m.name]
	if k := ix.list.Entries[rec.entry].Kind; k != sdn.Vessel && k != sdn.Aircraft {
		return "", ""
	}
	// exact reports whether listed token j is paired, and exactly.
	exact := func(j int) bool {
		for _, p := range m.align.pairs {
			if p.cj <= j && j < p.cj+p.cn {
				return p.sim >= 1
			}
		}
		return false
	}
	var qnum string
	var qvals [4]int // the values of the query's numbers of 1 to 20
	nv := 0
	for _, t := range m.q {
		if craftNumberWord(t.text) {
			if qnum == "" {
				qnum = t.text
			}
			if n := craftNumber(t.text); n > 0 && nv < len(qvals) {
				qvals[nv] = n
				nv++
			}
		}
	}
	registration := ix.list.Entries[rec.entry].Kind == sdn.Aircraft && len(rec.toks) == 2 &&
		len(ix.toks[rec.toks[0]].text) <= 2 && len(ix.toks[rec.toks[1]].text) >= 3 && len(ix.toks[rec.toks[1]].text) <= 5
	for j, id := range rec.toks {
		c := ix.toks[id].text
		// A number the query writes in another form is the same
		// (OCEAN PRINCESS 1 for "OCEAN PRINCESS I").
		if (registration || qnum != "" && craftNumberWord(c) && (craftNumber(c) == 0 || !slices.Contains(qvals[:nv], craftNumber(c)))) && !exact(j) {
			if qnum == "" {
				qnum = strings.Join(qtexts(m.q), " ")
			}
			return qnum, c
		}
	}
	return "", ""
}

// craftNumberWord reports whether t, a token, is a number in a craft's
// name: it holds a digit, or it is a Roman numeral or an English word of
// one (SEA STAR III, "Serene One").
func craftNumberWord(t string) bool {
	return hasDigit(t) || craftNumber(t) > 0
}

// hasDigit reports whether s holds an ASCII digit.
func hasDigit(s string) bool {
	return strings.ContainsAny(s, "0123456789")
}

// qtexts returns the texts of query tokens q.
func qtexts(q []qtok) []string {
	out := make([]string, len(q))
	for i, t := range q {
		out[i] = t.text
	}
	return out
}

// otherFather returns a patronymic of the query that match m left
// unmatched, and one the entry's names give, not as a surname
// (STANKEVICH), that it is not (sameFather). It returns "", "" when the
// query has none, or the entry gives it or none.
func (ix *index) otherFather(m nameMatch) (query, listed string) {
	for i := range m.q {
		t := m.q[i].text
		if m.align.qUsed&(1<<i) == 0 && len(t) >= minPatronymicLen && isPatronymic(t) {
			query = t
			break
		}
	}
	if query == "" {
		return "", ""
	}
	lo, hi := ix.entryNames(m.name)
	for n := lo; n <= hi; n++ {
		for k, id := range ix.names[n].toks {
			c := ix.toks[id].text
			if len(c) < minPatronymicLen || !isPatronymic(c) {
				continue
			}
			if r := ix.names[n].roles; k < len(r) && (r[k] == roleSurname || r[k] == roleSurnameRest) {
				continue // STANKEVICH, Sergey
			}
			if sameFather(query, c) {
				return "", "" // the entry gives the query's
			}
			if listed == "" {
				listed = c
			}
		}
	}
	if listed == "" {
		return "", ""
	}
	return query, listed
}

// otherBinFather returns the father's name a query gives after bin, ben,
// ibn, bint, binti or ould ("Mohammad Roslan bin Ismail") when match m
// leaves it unmatched and the matched name gives a father after one of
// those words too, another one it leaves unmatched (BIN AHMAD, Mohammad
// Roslan), with that father: another man's son. "" otherwise.
func (ix *index) otherBinFather(m nameMatch) (query, listed string) {
	// The father is the name after the first bin; the names after it are
	// forefathers (Ben Ammar Ben Abdallah).
	for i := 1; i < len(m.q) && i < 64; i++ {
		if t := m.q[i].text; lineage[m.q[i-1].text] && !lineage[t] {
			if m.align.qUsed&(1<<i) == 0 && len(t) >= 3 {
				query = t
			}
			break
		}
	}
	if query == "" {
		return "", ""
	}
	// The matched name's father, unless the match meets it (BIN LADEN,
	// Hamza is Hamza bin Osama bin Laden: a family name after bin). Not
	// another name's of the entry: it may be another name altogether
	// ("BEN NARVAN ABDEL AZIZ" of JARRAYA, Khalil Ben Ahmed); but one that
	// gives the query's father says he is the one (BIN LADIN, Usama bin
	// Muhammad).
	rec := &ix.names[m.name]
	for k := 1; k < len(rec.toks) && k < 64; k++ {
		if !lineage[ix.toks[rec.toks[k-1]].text] {
			continue
		}
		c := ix.toks[rec.toks[k]].text
		if lineage[c] || len(c) < 3 {
			continue
		}
		if m.align.cUsed&(1<<k) == 0 {
			listed = c
		}
		break
	}
	if listed == "" {
		return "", ""
	}
	lo, hi := ix.entryNames(m.name)
	for n := lo; n <= hi; n++ {
		toks := ix.names[n].toks
		for k := 1; k < len(toks); k++ {
			if c := ix.toks[toks[k]].text; lineage[ix.toks[toks[k-1]].text] && sameFatherName(query, c) {
				return "", "" // Belgacem, Belkassem
			}
		}
	}
	return query, listed
}

// sameFatherName reports whether two fathers' names after bin may be one
// name: Maghreb spellings differ more than typos do (Belgacem /
// Belkassem), so three letters may differ in words of six or more that
// begin alike.
func sameFatherName(a, b string) bool {
	return a == b || tokenSim(a, b) >= minTokenSim ||
		len(a) >= 6 && len(b) >= 6 && a[0] == b[0] && boundedDistance(a, b, 3) <= 3
}

// fatherNamed returns, when match m leaves out the listed person's first
// given name and meets a name the listed name gives after bin or ben (his
// father's or a forefather's), the given name left out and that name:
// "Mohamed Kammoun" is the father of KAMMOUN, Sami Ben Mohamed, or his
// namesake, not Sami. "" otherwise.
//
// A given name of the listed person's own that the match meets (ROSLAN
// of BIN AHMAD, Mohammad Roslan) says it is he.
func (ix *index) fatherNamed(m nameMatch) (given, father string) {
	rec := &ix.names[m.name]
	for j, r := range rec.roles {
		if j >= 64 {
			return "", ""
		}
		t := ix.toks[rec.toks[j]].text
		if (r == roleFirst || r == roleMiddle) && t != "al" && t != "el" && !lineage[t] && (j == 0 || !ix.afterLineage(rec.toks, j)) {
			if m.align.cUsed&(1<<j) != 0 {
				return "", "" // one of his given names
			}
			if given == "" {
				given = t
			}
		}
	}
	if given == "" {
		return "", ""
	}
	for _, p := range m.align.pairs {
		for j := p.cj; j < p.cj+p.cn && j < len(rec.toks); j++ {
			if j > 0 && ix.afterLineage(rec.toks, j) {
				return given, ix.toks[rec.toks[j]].text
			}
		}
	}
	return "", ""
}

// afterLineage reports whether token j of a name follows bin or ben, or
// their article after them (Ben Al-Toumi).
func (ix *index) afterLineage(toks []int32, j int) bool {
	prev := ix.toks[toks[j-1]].text
	if lineage[prev] {
		return true
	}
	return j >= 2 && (prev == "al" || prev == "el") && lineage[ix.toks[toks[j-2]].text]
}

// otherGender returns the query's surname when match m meets a listed
// Russian man's surname with it in the woman's form, and the entry's
// patronymic says the listed person is a man: KADYROVA is a woman, and
// KADYROV, Oleksandr Romanovych a man, however close the two are in
// letters. Not the other way round: abroad a woman may carry the man's
// form ("Anna Sobyanin"). Nor where a given name of the query meets the
// listed one in full. "" otherwise, and where the entry gives no
// patronymic.
func (ix *index) otherGender(m nameMatch) string {
	rec := &ix.names[m.name]
	for _, p := range m.align.pairs {
		// A given name met in full says who is meant, and the a is a
		// slip ("ANDREY PETROVA" for PETROV, Andrei).
		if p.qn == 1 && p.cn == 1 && p.qi < len(m.q) && p.cj < len(rec.roles) && len(m.q[p.qi].text) > 1 && rec.roles[p.cj] == roleFirst {
			return ""
		}
	}
	for _, p := range m.align.pairs {
		if p.qn != 1 || p.cn != 1 || p.qi >= len(m.q) || p.cj >= len(rec.toks) || p.cj >= len(rec.roles) {
			continue
		}
		if r := rec.roles[p.cj]; r != roleSurname && r != roleSurnameRest {
			continue
		}
		q, c := m.q[p.qi].text, ix.toks[rec.toks[p.cj]].text
		if q != c+"a" || !russianMale(c) {
			continue
		}
		lo, hi := ix.entryNames(m.name)
		for n := lo; n <= hi; n++ {
			for k, id := range ix.names[n].toks {
				t := ix.toks[id].text
				if r := ix.names[n].roles; k < len(r) && (r[k] == roleSurname || r[k] == roleSurnameRest) {
					continue
				}
				if strings.HasSuffix(t, "vich") || strings.HasSuffix(t, "vych") {
					return q
				}
			}
		}
	}
	return ""
}

// russianMale reports whether t ends as a man's Russian surname whose
// woman's form adds an a: -ov, -ev, -yov, -in, -yn.
func russianMale(t string) bool {
	return len(t) >= 5 && (strings.HasSuffix(t, "ov") || strings.HasSuffix(t, "ev") || strings.HasSuffix(t, "in") || strings.HasSuffix(t, "yn"))
}

const (
	// boundSlack lets names whose bound is a little under the threshold
	// through to full scoring; boundSlack and scoreSlack leave room for
	// the secondary factors to raise a score.
	boundSlack = 0.15
	scoreSlack = 0.1
)

// explain writes the reasons for one name's score.
func explain(ix *index, q []qtok, m nameMatch) []string {
	rec := &ix.names[m.name]
	var what string
	switch {
	case rec.alias == "":
		what = fmt.Sprintf("name %q", rec.text)
	case rec.weak:
		what = fmt.Sprintf("weak %s %q", rec.alias, rec.text)
	default:
		what = fmt.Sprintf("%s %q", aliasWord(rec.alias), rec.text)
	}
	if rec.script != "" && rec.script != "Latn" {
		what += " (" + rec.script + " script)"
	}
	reasons := []string{fmt.Sprintf("matched %s: %.2f", what, m.align.score)}
	var exact, close []string
	pairs := append([]pair(nil), m.align.pairs...)
	sort.Slice(pairs, func(a, b int) bool { return pairs[a].qi < pairs[b].qi })
	for _, p := range pairs {
		qs := joinTexts(q, p.qi, p.qn)
		cs := joinToks(ix, rec.toks, p.cj, p.cn)
		if p.acronym {
			close = append(close, fmt.Sprintf("%s = %s (%.2f, initials)", qs, cs, p.sim))
			continue
		}
		if p.sim >= 1 {
			if p.qn == 1 && p.cn == 1 && q[p.qi].written == "" {
				exact = append(exact, shownToken(qs))
			} else {
				close = append(close, fmt.Sprintf("%s = %s (joined)", qs, cs))
			}
			continue
		}
		if (p.qn == 1 || p.qn == 2 && q[p.qi].text == "al") && p.cn == 1 && q[p.qi].arabic && math.Abs(p.sim-abjadSim) < 1e-6 &&
			sameAbjadKey(strings.ReplaceAll(qs, " ", ""), cs) && ix.abjadKeyed(rec.toks[p.cj]) {
			close = append(close, fmt.Sprintf("%s ~ %s (%.2f, one frame of consonants: an English word in Arabic letters)", qs, cs, p.sim))
			continue
		}
		if p.cn+p.qn <= 3 && math.Abs(p.sim-spellSim) < 1e-6 && ix.spells(q, p.qi, p.qn, cs) {
			close = append(close, fmt.Sprintf("%s ~ %s (%.2f, a spelling of the Arabic letters)", qs, cs, p.sim))
			continue
		}
		if p.qn == 1 && p.cn == 1 && q[p.qi].korean && math.Abs(p.sim-koreanSim) < 1e-6 && sameKoreanSyllable(qs, cs) {
			close = append(close, fmt.Sprintf("%s ~ %s (%.2f, one Korean syllable in two romanisations)", qs, cs, p.sim))
			continue
		}
		if p.qn == 1 && p.cn == 1 && !q[p.qi].arabic && math.Abs(p.sim-frameSim) < 1e-6 && q[p.qi].id < 0 &&
			ix.firmsOnly(rec.toks[p.cj]) && sameAbjadKey(qs, cs) && math.Abs(tokenSim(qs, cs)-frameSim) > 1e-6 {
			// (Not a slip that scores the frame's 0.90 as it is:
			// Jiasibao and JIASIBO.)
			close = append(close, fmt.Sprintf("%s ~ %s (%.2f, one frame of consonants: the firm's own word spelt back from another script)", qs, cs, p.sim))
			continue
		}
		if p.qn == 1 && p.cn == 1 && math.Abs(p.sim-placeSim) < 1e-6 && ix.list.Entries[rec.entry].Kind != sdn.Individual &&
			ix.isPlacePair(qs, cs) {
			close = append(close, fmt.Sprintf("%s ~ %s (%.2f, a town and the adjective made from it)", qs, cs, p.sim))
			continue
		}
		close = append(close, fmt.Sprintf("%s ~ %s (%.2f)", qs, cs, p.sim))
	}
	if len(exact) > 0 {
		reasons = append(reasons, "same tokens: "+strings.Join(exact, ", "))
	}
	if len(close) > 0 {
		reasons = append(reasons, "close tokens: "+strings.Join(close, ", "))
	}
	var qMiss, cMiss, descMiss []string
	for i := range q {
		switch {
		case m.align.qUsed&(1<<i) != 0:
		case m.align.descriptor&(1<<i) != 0:
			descMiss = append(descMiss, joinTexts(q, i, 1))
		default:
			qMiss = append(qMiss, shownToken(joinTexts(q, i, 1)))
		}
	}
	for j, id := range rec.toks[:min(len(rec.toks), 64)] {
		if m.align.cUsed&(1<<j) == 0 {
			cMiss = append(cMiss, shownToken(ix.toks[id].text))
		}
	}
	if len(descMiss) > 0 {
		reasons = append(reasons, "query word not in the listed name, an English word beside the company's own (such as what it does), which costs little: "+strings.Join(descMiss, ", "))
	}
	if len(qMiss) > 0 {
		reasons = append(reasons, "query tokens not in the listed name: "+strings.Join(qMiss, ", "))
	}
	if len(cMiss) > 0 {
		if m.align.brand {
			if words := countWords(q); words == 1 {
				reasons = append(reasons, "the query's one word is no English word and no other entry holds it: it makes the company's name its own")
			}
			reasons = append(reasons, "listed tokens not in the query, which say what the company is and cost a twentieth: "+strings.Join(cMiss, ", "))
		} else {
			reasons = append(reasons, "listed tokens not in the query: "+strings.Join(cMiss, ", "))
		}
	}
	return reasons
}

// shownToken is a token as a reason shows it: a legal form, whatever the
// names wrote (OOO, LLC, Limited Liability Company, UE), is one token,
// which the reason calls what it is.
func shownToken(t string) string {
	if t == legalToken {
		return "(legal form)"
	}
	return t
}

func aliasWord(t sdn.AliasType) string {
	if t == sdn.PrimaryVariant {
		return "other writing of the name"
	}
	return string(t) + " alias"
}

func joinTexts(q []qtok, i, n int) string {
	var s string
	for k := range n {
		if k > 0 {
			s += " "
		}
		if w := q[i+k].written; w != "" {
			s += w
		} else {
			s += q[i+k].text
		}
	}
	return s
}

func joinToks(ix *index, toks []int32, j, n int) string {
	s := ix.toks[toks[j]].text
	for k := 1; k < n; k++ {
		s += " " + ix.toks[toks[j+k]].text
	}
	return s
}

// cutGoesOn reports whether listed name n holds a word that the cut word
// of a query (cutMatches) begins, or a legal form where the cut word
// begins a word of one (legal): cutScore asks one of them of the word
// after the match.
func (ix *index) cutGoesOn(n int32, cutWord string, legal bool) bool {
	for _, id := range ix.names[n].toks {
		t := ix.toks[id].text
		if strings.HasPrefix(t, cutWord) || legal && t == legalToken {
			return true
		}
	}
	return false
}
