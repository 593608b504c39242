package screen

import (
	"cmp"
	"hash/maphash"
	"math"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	lru "github.com/hashicorp/golang-lru/v2"

	"github.com/sanctionscreen/ofac/sdn"
)

// index is the name index over one list: every name and alias of every
// entry as tokens, a dictionary of the tokens with their weights, and the
// ways in to it that a query takes (exact token, one-edit neighbours,
// phonetic skeleton, spelling variants learned from the list, joined
// tokens). It is built once and only read after, so queries share it
// without locks, but for the cache of lookups (found), which has its own.
type index struct {
	list  *sdn.List
	names []nameRec

	// imo holds the entries that list each IMO number (imo.go), built
	// once by the first query that gives one.
	imoOnce sync.Once
	imo     map[string][]imoListing
	// serialOnce builds serials, the aircraft by their serial numbers
	// (serialListed).
	serialOnce sync.Once
	serials    map[string][]*sdn.Entry
	// mmsiOnce builds mmsis, the entries by the MMSI they list
	// (mmsiListed).
	mmsiOnce sync.Once
	mmsis    map[string][]*sdn.Entry
	// identOnce builds idents, the entries by the identifiers they list
	// (identsListed).
	identOnce sync.Once
	idents    map[string][]identListing

	// found caches what lookup finds for a query token: payees share
	// given names, surnames and company words, and the search for a
	// token's neighbours is most of a query's work.
	found *lru.Cache[string, []found]
	// pairFound caches what speltPairs finds for a query word in Arabic
	// letters (spell.go).
	pairFound *lru.Cache[string, []joinRef]
	// costed caches, for a query word in Arabic letters and its reading,
	// the tokens lookup finds for the reading that the letters do not
	// spell (spell.go).
	costed *lru.Cache[[2]string, []int32]

	dict     map[string]int32 // token → id
	toks     []tokInfo        // by id
	postings [][]int32        // token id → names that hold it (ascending, unique)

	// deletes maps every token of three letters or more with one letter
	// deleted (and every token itself) to the ids of the tokens it came
	// from: a query token and its own deletions found here are the
	// dictionary tokens one edit away (the symmetric-delete method).
	deletes hashTable[int32]
	// skeletons maps a phonetic skeleton to the tokens that have it, a
	// transliteration key (translitKeyTable) to the tokens of five
	// letters or more that have it, the forms of short tokens
	// (shortForms) to the tokens, and a name (allahKey) to the tokens
	// that are it joined to Allah.
	skeletons hashTable[int32]
	// variants pairs tokens that the list itself spells both ways for the
	// same party (MOHAMMED / MUHAMMAD): learned at build time.
	variants map[int32][]int32
	// joined maps the concatenation of two adjacent tokens of a name
	// ("abubakr" from "abu bakr") to where they stand, so that a query
	// that writes them as one word finds them.
	joined hashTable[joinRef]
	// near finds the tokens two edits from a query token (near.go).
	near nearTable

	// repeats marks the names that hold a token twice ("MORFIN MORFIN,
	// Cesar"), whose candidate bound counts every query token that
	// matches it (a bit per name).
	repeats []uint64
	// light maps the sorted tokens of every name too light to be found
	// by its tokens (minInfo: "3K GROUP LIMITED") to the names: such a
	// name is a hit when the query is exactly it.
	light map[string][]int32

	totalEntries int

	// abjad finds the listed words of firms that a query in Arabic
	// letters borrowed (abjad.go); built when first needed.
	abjad frameTable
	// spell finds the listed words of people's names that a query word
	// in Arabic letters spells (spell.go); built when first needed.
	spell spellTable
	// letters holds the consonants of the list's words in Arabic letters
	// (spell.go); built when first needed.
	letters listedLetters
	// pairSpell finds two adjacent words of people's names that a query
	// word in Arabic letters spells written together (spell.go).
	pairSpell pairTable
	// placeNames are the cities, states, regions and countries of the
	// list's addresses, whole (markPlaces), placeEnds their last tokens
	// and placeTokens all their tokens, listed or not.
	placeNames, placeEnds, placeTokens map[string]bool
	// cityCountry maps the cities of the list's addresses, their tokens
	// joined by spaces, to the country they are in; "" for a name the
	// addresses give in two countries or more.
	cityCountry map[string]string
	// places pairs towns and their adjectives (places.go).
	places placeTable
	// surnames marks the tokens the list holds as surnames (roles.go);
	// built when first needed.
	surnames surnameStats

	pool sync.Pool // of *scratch: per-query working memory
}

// nameRec is one indexed name: an entry's primary name or one alias.
type nameRec struct {
	entry int32 // index into list.Entries
	text  string
	toks  []int32
	alias sdn.AliasType // "" for the primary name
	weak  bool
	// somali marks a listed Somali name indexed in English spelling
	// (listedSomaliReading), which scores somaliListedFactor as much.
	somali bool
	script string
	// roles says what each token is in an individual's name (surname,
	// first name, middle name...), which sets what its absence from a
	// query costs.
	roles []uint8
	// heavy counts the distinct tokens of weight partialInfo or more.
	heavy uint8
}

// Roles of a name's tokens.
const (
	roleOther       uint8 = iota
	roleSurname           // the first surname
	roleSurnameRest       // further surnames: the maternal one of "MADURO MOROS"
	roleFirst             // the first given name
	roleMiddle            // further given names, patronymics
	roleSyllable          // a syllable of a Chinese or Korean name
	roleAncestor          // a grandfather's name after a father's: "Ben Belkassem Ben Mohamed"
)

// missCost is, per role, the cost of a listed token the query lacks
// relative to its weight: payees drop a second surname or a middle name
// far more often than a surname or a first name.
var missCost = [...]float64{
	roleOther:       lambda,
	roleSurname:     lambda,
	roleSurnameRest: lambdaMiddle,
	roleFirst:       lambda,
	roleMiddle:      lambdaMiddle,
	roleSyllable:    syllableMissCost,
	roleAncestor:    0,
}

// syllableMissCost is the cost of a syllable of a Chinese or Korean name
// the query lacks: each is a character, and two of the three characters of
// 夏宝龙 are another man's name.
const syllableMissCost = 1.0

// tokenRoles assigns roles to the tokens of an individual's name: from the
// name parts where the file gives them (the advanced and enhanced XML),
// else from OFAC's "SURNAME, Given names" form. Particles (al, bin, de)
// are never the first surname. A name of three syllables or more in Han
// or Hangul, or in pinyin a syllable a word, has roleSyllable throughout.
func tokenRoles(kind sdn.Kind, text string, parts []sdn.NamePart, toks []string, tokenize func(string) []string) []uint8 {
	if kind != sdn.Individual && len(toks) <= len(noRoles) {
		return noRoles[:len(toks):len(toks)]
	}
	roles := make([]uint8, len(toks))
	if kind != sdn.Individual {
		return roles
	}
	// A token takes the role of its first name part; every place it
	// stands in the name gets that role. known marks the tokens placed.
	var known uint64
	set := func(t string, r uint8) {
		for i, x := range toks {
			if x == t && i < 64 {
				if known&(1<<i) != 0 {
					return
				}
				known |= 1 << i
				roles[i] = r
			}
		}
	}
	haveSurname := false
	surname := func(ts []string) {
		for _, t := range ts {
			if !haveSurname && !generic[t] {
				set(t, roleSurname)
				haveSurname = true
			} else {
				set(t, roleSurnameRest)
			}
		}
	}
	if len(parts) > 0 {
		for _, p := range parts {
			ts := tokenize(p.Value)
			switch {
			case p.Surname():
				surname(ts)
			case p.Type == sdn.FirstName:
				// The list's first-name part often holds the
				// patronymic too (BOUT, Viktor Anatolijevitch): it is a
				// middle name, as the Patronymic part is.
				for k, t := range ts {
					if k == 0 || !isPatronymic(t) {
						set(t, roleFirst)
					} else {
						set(t, roleMiddle)
					}
				}
			case p.Type == sdn.MiddleName || p.Type == sdn.Patronymic:
				for _, t := range ts {
					set(t, roleMiddle)
				}
			}
		}
	} else if i := strings.IndexByte(text, ','); i >= 0 {
		surname(tokenize(text[:i]))
		for k, t := range tokenize(text[i+1:]) {
			if k == 0 {
				set(t, roleFirst)
			} else {
				set(t, roleMiddle)
			}
		}
	}
	if len(toks) >= 3 && (hasSyllabic(text) || allPinyin(toks)) {
		for i := range roles {
			roles[i] = roleSyllable
		}
		return roles
	}
	// The father's name after bin or ben is a middle name, whichever
	// part of the name the list gives it in; a chain of forefathers, as
	// Maghreb names write it ("JELASSI, Riadh Ben Belkassem Ben
	// Mohamed"), payees leave out whole, and it costs as the father's
	// name alone does.
	// The article of a name after ben is no name: "Ben Al-Toumi" is
	// Toumi's.
	father, first := false, firstGiven(roles)
	for i := 1; i < len(toks) && i < 64; i++ {
		after := lineage[toks[i-1]] || i >= 2 && lineage[toks[i-2]] && (toks[i-1] == "al" || toks[i-1] == "el")
		if !after || lineage[toks[i]] || toks[i] == "al" || toks[i] == "el" || roles[i] != roleFirst && roles[i] != roleMiddle || i == first {
			continue
		}
		if father {
			roles[i] = roleAncestor
		} else {
			roles[i] = roleMiddle
		}
		father = true
	}
	return roles
}

// firstGiven returns the place of the first token of role roleFirst, or
// -1.
func firstGiven(roles []uint8) int {
	for i, r := range roles {
		if r == roleFirst {
			return i
		}
	}
	return -1
}

// noRoles is the roles of names other than individuals', shared: they
// are only read.
var noRoles [64]uint8

// allPinyin reports whether every token is a syllable of pinyin: a Chinese
// name romanised a syllable a token ("LI, Cheng He").
func allPinyin(toks []string) bool {
	for _, t := range toks {
		if !isPinyin(t) {
			return false
		}
	}
	return true
}

type tokInfo struct {
	text   string
	weight float64 // information weight: see weightOf
	df     int32   // entries holding it
	// place is set for a word of a city, state, region or country in an
	// address of the list ("kaliningrad", "hong"): see markPlaces.
	place bool
	shape shape // for mayMeet
	// firmPinyin is set for a word of two syllables of pinyin that only
	// Chinese firms' and ships' names hold (see pinyinSlip).
	firmPinyin bool
}

type joinRef struct {
	name int32
	pos  int32 // the first of the two tokens
}

// buildIndex indexes every name of every entry of list.
func buildIndex(list *sdn.List) *index {
	ix := &index{
		list:         list,
		dict:         make(map[string]int32, 1<<16),
		variants:     make(map[int32][]int32),
		totalEntries: len(list.Entries),
	}
	ix.found, _ = lru.New[string, []found](foundCacheSize)
	ix.pairFound, _ = lru.New[string, []joinRef](pairCacheSize)
	ix.costed, _ = lru.New[[2]string, []int32](pairCacheSize)
	tz := tokenizeNames(list)
	names := tz.names
	ix.names = make([]nameRec, 0, 3*len(list.Entries))
	var postCount []int32 // token id → names that hold it
	seed := maphash.MakeSeed()
	joined := newHashBuilder[joinRef](seed, 1<<17)
	seenInEntry := make([]int32, 0, 1<<15) // token → 1 + last entry that counted it
	// Each new token's one-letter deletions and skeleton go to their
	// tables as the token is met, while the cores still normalise names.
	deletes := newHashBuilder[int32](seed, 16*len(list.Entries))
	skeletons := newHashBuilder[int32](seed, 2*len(list.Entries))
	var buf [64]byte
	var kbuf [33]byte
	var ids, idArena []int32 // idArena: storage for the names' ids
	var jb []byte
	for ei := range names {
		if ei%tokenChunk == 0 {
			tz.chunk(ei)
		}
		for _, tn := range names[ei] {
			ids = ids[:0]
			known := len(ix.toks)
			for _, t := range tn.toks {
				ids = append(ids, ix.tokenID(t))
			}
			for id := known; id < len(ix.toks); id++ {
				t := ix.toks[id].text
				deletes.add(t, int32(id))
				if len(t) >= 3 && len(t) <= len(buf) {
					for i := 0; i < len(t); i++ {
						deletes.addBytes(append(append(buf[:0], t[:i]...), t[i+1:]...), int32(id))
					}
				}
				if sk := skeleton(t); len(sk) >= 2 {
					skeletons.add(sk, int32(id))
				}
				if len(t) >= minKeyLen {
					if k := translitKeyTable(&kbuf, t); k != nil {
						skeletons.addBytes(k, int32(id))
					}
					if k := altKeyTable(&kbuf, t); k != nil {
						skeletons.addBytes(k, int32(id))
					}
				}
				keys, nk := shortForms(t)
				for _, k := range keys[:nk] {
					skeletons.addBytes(k.b[:k.n], int32(id))
				}
				allahStems(t, func(stem string) {
					var ab [maxDistanceLen + 1]byte
					if k := allahKey(&ab, stem); k != nil {
						skeletons.addBytes(k, int32(id))
					}
				})
			}
			// An alias that normalises to a name the entry already has
			// adds nothing (diacritic variants mostly).
			dup := false
			for j := len(ix.names) - 1; j >= 0 && ix.names[j].entry == int32(ei); j-- {
				if equalIDs(ix.names[j].toks, ids) {
					dup = true
					break
				}
			}
			if dup {
				continue
			}
			n := int32(len(ix.names))
			rec := tn.rec
			if len(idArena) < len(ids) {
				idArena = make([]int32, max(4096, len(ids)))
			}
			rec.toks, idArena = idArena[:len(ids):len(ids)], idArena[len(ids):]
			copy(rec.toks, ids)
			if hasRepeat(ids) {
				for len(ix.repeats) <= int(n)/64 {
					ix.repeats = append(ix.repeats, 0)
				}
				ix.repeats[n/64] |= 1 << (n % 64)
			}
			ix.names = append(ix.names, rec)
			for len(seenInEntry) < len(ix.toks) {
				seenInEntry = append(seenInEntry, 0)
			}
			for len(postCount) < len(ix.toks) {
				postCount = append(postCount, 0)
			}
			for i, id := range rec.toks {
				if !slices.Contains(rec.toks[:i], id) {
					postCount[id]++
				}
				if seenInEntry[id] != int32(ei)+1 {
					seenInEntry[id] = int32(ei) + 1
					ix.toks[id].df++
				}
				if i+1 < len(rec.toks) {
					jb = append(append(jb[:0], tn.toks[i]...), tn.toks[i+1]...)
					if jb[0] == 'a' && len(jb) > 1 && jb[1] == 'b' {
						// "Abdul Majid" written together is "abdalmajid".
						jb = append(jb[:0], canonicalAbd(string(jb))...)
					}
					joined.addBytes(jb, joinRef{name: n, pos: int32(i)})
				}
			}
		}
		ix.learnVariants(tz.variants[ei])
	}
	ix.learnVariants(equivalentPairs(ix.dict))
	// The postings, in one array: counted above, filled in name order so
	// that each is ascending.
	total := 0
	for _, c := range postCount {
		total += int(c)
	}
	arena := make([]int32, total)
	ix.postings = make([][]int32, len(ix.toks))
	for id, c := range postCount {
		ix.postings[id], arena = arena[:0:c], arena[c:]
	}
	for n := range ix.names {
		for _, id := range ix.names[n].toks {
			if p := ix.postings[id]; len(p) == 0 || p[len(p)-1] != int32(n) {
				ix.postings[id] = append(p, int32(n))
			}
		}
	}
	// The three lookup tables are independent: build them at once.
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		// The place flags are written here, beside the other goroutines'
		// reads of the tokens' weights: other fields, no race.
		ix.markPlaces()
		ix.joined = joined.build(func(a, b joinRef) int {
			if a.name != b.name {
				return cmp.Compare(a.name, b.name)
			}
			return cmp.Compare(a.pos, b.pos)
		})
	}()
	for id := range ix.toks {
		t := &ix.toks[id]
		t.weight = ix.weightOf(t.text, float64(t.df))
		t.firmPinyin = twoSyllables(t.text) && ix.chineseFirmWord(int32(id))
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		ix.skeletons = skeletons.build(cmp.Compare[int32])
		for n := range ix.names {
			ix.names[n].heavy = ix.heavyTokens(ix.names[n].toks)
		}
	}()
	ix.findLight()
	ix.near = ix.buildNear()
	ix.deletes = deletes.build(cmp.Compare[int32])
	wg.Wait()
	return ix
}

// chineseFirmWord reports whether no person's name holds token id, and a
// name that does is a Chinese firm's or ship's: its entry has an address
// in China, Hong Kong, Macau or Taiwan, or the name holds another word of
// pinyin of three letters or more.
// Words of other languages read as two syllables of pinyin too (Mobin,
// Pouyan, Douran, Dubai), and their slips are slips.
func (ix *index) chineseFirmWord(id int32) bool {
	chinese := false
	for _, n := range ix.postings[id] {
		rec := &ix.names[n]
		if ix.list.Entries[rec.entry].Kind == sdn.Individual {
			return false // people's names keep their slips
		}
		if chinese {
			continue
		}
		for _, a := range ix.list.Entries[rec.entry].Addresses {
			switch a.Country {
			case "China", "Hong Kong", "Macau", "Taiwan":
				chinese = true
			}
		}
		for _, o := range rec.toks {
			if t := ix.toks[o].text; o != id && len(t) >= 3 && (isPinyin(t) || twoSyllables(t)) {
				chinese = true
			}
		}
	}
	return chinese
}

// chineseName reports whether a listed name may be a Chinese one: its
// entry has an address, a nationality, a citizenship or a place of birth
// in China, Hong Kong, Macau or Taiwan, or its words, two or more besides
// a legal form, are all pinyin.
func (ix *index) chineseName(rec *nameRec) bool {
	e := &ix.list.Entries[rec.entry]
	for _, a := range e.Addresses {
		if chinesePlace(a.Country) {
			return true
		}
	}
	for _, ps := range [...][]string{e.Nationalities, e.Citizenships, e.BirthPlaces} {
		for _, p := range ps {
			if chinesePlace(p) {
				return true
			}
		}
	}
	words := 0
	for _, id := range rec.toks {
		t := ix.toks[id].text
		if t == legalToken || isNumber(t) {
			continue // FU YUAN YU 8691
		}
		if !isPinyin(t) && !twoSyllables(t) {
			return false
		}
		words++
	}
	return words >= 2
}

// chinesePlace reports whether a country or a place of birth as the list
// writes it ("Fujian, China") is in China, Hong Kong, Macau or Taiwan.
func chinesePlace(p string) bool {
	for _, c := range [...]string{"China", "Hong Kong", "Macau", "Macao", "Taiwan"} {
		if strings.Contains(p, c) {
			return true
		}
	}
	return false
}

// markPlaces sets tokInfo.place for the name tokens that are words of the
// places in the list's addresses: a firm named for its city ("Kaliningrad
// Balttrans") is not what a payee means by the city's name alone. Only
// the places the list's addresses name are known: a city no address names
// counts as a coined word.
//
// It also keeps the places whole, their tokens joined by spaces
// (placeNames), for a query that ends in one (cutTrailingPlace), and their
// words, for the towns of the firms named after them (places.go).
func (ix *index) markPlaces() {
	seen := make(map[string]bool, 1024)
	names := make(map[string]bool, 1024)
	ends := make(map[string]bool, 1024)
	words := make(map[string]bool, 4096)
	cities := make(map[string]string, 1024)
	for e := range ix.list.Entries {
		for _, a := range ix.list.Entries[e].Addresses {
			if a.City != "" && a.Country != "" {
				c := strings.Join(tokens(a.City), " ")
				if was, ok := cities[c]; ok && was != a.Country {
					cities[c] = ""
				} else if !ok {
					cities[c] = a.Country
				}
			}
			for _, p := range [...]string{a.City, a.State, a.Region, a.Country} {
				if p == "" || seen[p] {
					continue
				}
				seen[p] = true
				ts := tokens(p)
				for _, t := range ts {
					words[t] = true
					if id, ok := ix.dict[t]; ok {
						ix.toks[id].place = true
					}
				}
				// Places of one or two letters are codes (DE, CA, MD)
				// that are words of names too.
				if j := strings.Join(ts, " "); len(ts) > 0 && len(ts) <= maxPlaceWords && len(j) > 2 {
					names[j] = true
					ends[ts[len(ts)-1]] = true
				}
			}
		}
	}
	// Countries as payees abbreviate them: "PDVSA USA", "Sovcomflot UK",
	// "Kim Jong Un DPRK"; and where firms are registered, as their names
	// say it ("ZTO Express (Cayman) Inc.").
	for _, ab := range [...]string{"usa", "uk", "uae", "ksa", "dprk", "cayman", "bvi", "asia pacific"} {
		names[ab], ends[ab[strings.LastIndexByte(ab, ' ')+1:]] = true, true
	}
	// The Emirates' places as Gulf payment lines write them
	// (emiratesPlaces): "MAHROUS TRADING FZE RAK", "PACIFIC STEEL FZE
	// JAFZA DUBAI".
	for ab := range emiratesPlaces {
		names[ab], ends[ab[strings.LastIndexByte(ab, ' ')+1:]] = true, true
		if _, ok := cities[ab]; !ok {
			cities[ab] = "United Arab Emirates"
		}
	}
	// A country the addresses name is a place in its state's long name
	// too: "ROSOBORONEXPORT JSC MOSCOW RUSSIAN FEDERATION".
	for _, forms := range stateNames {
		for _, f := range forms {
			long := f[:len(f)-1]
			if names[f[len(f)-1]] && len(long) <= maxPlaceWords {
				names[strings.Join(long, " ")] = true
				ends[long[len(long)-1]] = true
			}
		}
	}
	ix.placeNames, ix.placeEnds, ix.placeTokens, ix.cityCountry = names, ends, words, cities
}

// emiratesPlaces are the abbreviations of the Emirates' places that Gulf
// payment lines write after a firm's name (Ras Al Khaimah, Dubai, Abu
// Dhabi, Sharjah), and its free zones and districts, with the place of
// the addresses each is in: the firm's own place when its addresses name
// that (ownPlace).
var emiratesPlaces = map[string]string{
	"rak": "ras al khaimah", "dxb": "dubai", "auh": "abu dhabi", "shj": "sharjah",
	"jafza": "dubai", "jlt": "dubai", "deira": "dubai", "kizad": "abu dhabi",
	// Free zones written out, and U.A.E. with points: "GRIFFON FZC.
	// AJMAN FREE ZONE", "Air Leo Fz-e Sharjah U.A.E.".
	"dafza": "dubai", "saif zone": "sharjah", "hamriyah free zone": "sharjah", "ajman free zone": "ajman",
	"rak ftz": "ras al khaimah", "jebel ali": "dubai", "jebel ali free zone": "dubai", "u a e": "united arab emirates",
	"fujairah free zone": "fujairah", "sharjah airport free zone": "sharjah",
}

// Flags of a listed token for hasBrand (brandOf).
const (
	brandWord  = 1 << iota // held by no other entry of the list
	brandAlone             // and no place's name: it may stand alone
)

// brandOf gives the brand flags of token id; brandW is ix.brandWeight().
func (ix *index) brandOf(id int32, brandW float64) uint8 {
	t := &ix.toks[id]
	if t.weight < brandW {
		return 0
	}
	if t.place {
		return brandWord
	}
	return brandWord | brandAlone
}

// heavyTokens counts the distinct tokens of toks of weight partialInfo or
// more, at most 255.
func (ix *index) heavyTokens(toks []int32) uint8 {
	var n uint8
	for i, id := range toks {
		if ix.toks[id].weight >= partialInfo && !slices.Contains(toks[:i], id) && n < 255 {
			n++
		}
	}
	return n
}

// tokenName is one name of an entry, tokenised, before it is indexed.
type tokenName struct {
	rec  nameRec // all but toks
	toks []string
}

// tokenized is the names of a list's entries, normalised in chunks of
// tokenChunk entries on all cores while the index takes them in order.
type tokenized struct {
	names    [][]tokenName
	variants [][][2]string   // variantPairs of each entry's names
	ready    []chan struct{} // closed when a chunk is done
}

// tokenChunk is the entries of one chunk: small enough that the index
// starts early, large enough that handing chunks out costs nothing.
const tokenChunk = 256

// tokenizeNames starts normalising every name of every entry, on all
// cores, and returns at once; chunk waits for a chunk. The index is built
// from the chunks as they finish, so that its single-threaded part runs
// beside the normalisation rather than after it.
func tokenizeNames(list *sdn.List) *tokenized {
	n := len(list.Entries)
	tz := &tokenized{
		names:    make([][]tokenName, n),
		variants: make([][][2]string, n),
		ready:    make([]chan struct{}, (n+tokenChunk-1)/tokenChunk),
	}
	for c := range tz.ready {
		tz.ready[c] = make(chan struct{})
	}
	var next atomic.Int32
	for range min(runtime.GOMAXPROCS(0), 8) {
		go func() {
			// Name parts repeat across names ("Mohammed", "LIMITED"):
			// tokenise each once. Whole names rarely repeat.
			memo := make(map[string][]string)
			var sc variantScratch
			partTokens := func(s string) []string {
				if t, ok := memo[s]; ok {
					return t
				}
				t := nameTokens(s)
				memo[s] = t
				return t
			}
			for {
				c := int(next.Add(1)) - 1
				if c >= len(tz.ready) {
					return
				}
				for ei := c * tokenChunk; ei < min((c+1)*tokenChunk, n); ei++ {
					tz.tokenizeEntry(list, ei, partTokens, &sc)
				}
				close(tz.ready[c])
			}
		}()
	}
	return tz
}

// chunk waits until the chunk of entry ei is normalised.
func (tz *tokenized) chunk(ei int) {
	<-tz.ready[ei/tokenChunk]
}

func (tz *tokenized) tokenizeEntry(list *sdn.List, ei int, partTokens func(string) []string, sc *variantScratch) {
	e := &list.Entries[ei]
	tz.names[ei] = make([]tokenName, 0, 1+len(e.Aliases))
	add := func(text string, typ sdn.AliasType, weak bool, script string, parts []sdn.NamePart) {
		ts := nameTokens(text)
		if len(ts) == 0 {
			return
		}
		if e.Kind == sdn.Entity && len(ts) >= 3 && (ts[0] == "too" || ts[len(ts)-1] == "too") {
			// Kazakhstan's ТОО, the limited liability partnership,
			// as the list writes it after a firm's name (KBR
			// TEKHNOLOGII TOO); a person's Too is a Kenyan surname.
			ts = slices.Clone(ts)
			if ts[0] == "too" {
				ts[0] = legalToken
			} else {
				ts[len(ts)-1] = legalToken
			}
		}
		tz.names[ei] = append(tz.names[ei], tokenName{
			rec: nameRec{entry: int32(ei), text: text, alias: typ, weak: weak, script: script,
				roles: tokenRoles(e.Kind, text, parts, ts, partTokens)},
			toks: ts,
		})
	}
	add(e.Name, "", false, "", e.NameParts)
	for _, a := range e.Aliases {
		add(a.Name, a.Type, a.Weak, a.Script, a.Parts)
	}
	tz.variants[ei] = variantPairs(tz.names[ei], sc)
	// A company's name with spaced letters (O N C U TRADING) is indexed
	// with them joined too (joinLetters), after the spellings are
	// learned: ONCU is no spelling of O.
	// A Somali person's name the list writes in Somali spelling is
	// indexed in the English one too (listedSomaliReading).
	if e.Kind == sdn.Individual && somaliEntry(e) {
		for _, n := range tz.names[ei] {
			if n.rec.script != "" && n.rec.script != "Latn" {
				continue
			}
			if r := listedSomaliReading(n.rec.text); r != "" {
				if ts := nameTokens(r); len(ts) > 0 {
					rec := n.rec
					rec.somali = true
					rec.roles = tokenRoles(e.Kind, r, nil, ts, partTokens)
					tz.names[ei] = append(tz.names[ei], tokenName{rec: rec, toks: ts})
				}
			}
		}
	}
	if e.Kind == sdn.Entity {
		for _, n := range tz.names[ei] {
			if js := joinLetters(n.toks); js != nil && len(js) <= len(noRoles) {
				n.rec.roles = noRoles[:len(js):len(js)]
				tz.names[ei] = append(tz.names[ei], tokenName{rec: n.rec, toks: js})
			}
		}
	}
}

func hasRepeat(ids []int32) bool {
	for i, a := range ids {
		for _, b := range ids[i+1:] {
			if a == b {
				return true
			}
		}
	}
	return false
}

// repeated reports whether name n holds a token twice.
func (ix *index) repeated(n int32) bool {
	return int(n)/64 < len(ix.repeats) && ix.repeats[n/64]&(1<<(n%64)) != 0
}

// findLight fills ix.light, once token weights are known. A name of
// legal forms alone ("S.A.S. E.U.", an alias the list gives) is left out:
// "Ltd" names no one. So is a person's weak alias of words or numbers
// alone ("Ben", "Mr. O", "40"), which OFAC gives to confirm a match, not
// to make one: "Ben" is every Benjamin. A handle of letters and digits
// ("lucky12345") is kept: nobody else is written so.
func (ix *index) findLight() {
	ix.light = make(map[string][]int32)
	for n := range ix.names {
		if !slices.ContainsFunc(ix.names[n].toks, func(id int32) bool { return ix.toks[id].text != legalToken }) {
			continue
		}
		if ix.names[n].weak && ix.list.Entries[ix.names[n].entry].Kind == sdn.Individual &&
			!slices.ContainsFunc(ix.names[n].toks, func(id int32) bool { return handle(ix.toks[id].text) }) {
			continue
		}
		var w float64
		for _, id := range ix.names[n].toks {
			if len(ix.toks[id].text) == 1 {
				w += min(ix.toks[id].weight, 1) // as a query weighs an initial
			} else {
				w += ix.toks[id].weight
			}
		}
		if w < minInfo {
			k := ix.lightKey(ix.names[n].toks, nil)
			ix.light[k] = append(ix.light[k], int32(n))
		}
	}
}

// lightKey is the sorted texts of tokens ids (or, with ids nil, of ts).
func (ix *index) lightKey(ids []int32, ts []string) string {
	var k []string
	for _, id := range ids {
		k = append(k, ix.toks[id].text)
	}
	k = append(k, ts...)
	slices.Sort(k)
	return strings.Join(k, " ")
}

func appendID(s []int32, id int32) []int32 {
	if len(s) > 0 && s[len(s)-1] == id {
		return s
	}
	return append(s, id)
}

func equalIDs(a, b []int32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func (ix *index) tokenID(t string) int32 {
	if id, ok := ix.dict[t]; ok {
		return id
	}
	id := int32(len(ix.toks))
	ix.dict[t] = id
	ix.toks = append(ix.toks, tokInfo{text: t, shape: shapeOf(t)})
	return id
}

// variantPairs pairs the tokens of one entry's names that are spellings
// of one another (see learnVariants), as text: it runs in the parallel
// phase of the build, before tokens have ids.
func variantPairs(names []tokenName, sc *variantScratch) [][2]string {
	if len(names) < 2 {
		return nil
	}
	// The distinct tokens, each with the names it stands in (bit k for
	// name k; names past the 64th share the last bit) and the parts of a
	// person's name it stands as (roleClass). Two spellings of one word
	// stand in different names and as one part: tokens that stand
	// together in any name are different words of it, however alike
	// ("SHOR, Sara": surname and given name share a skeleton), and so are
	// a surname and a given name of two names ("SHORE, Jasmine" does not
	// make Shore a spelling of Sara).
	toks, in, parts := sc.toks[:0], sc.in[:0], sc.parts[:0]
	defer func() { sc.toks, sc.in, sc.parts = toks[:0], in[:0], parts[:0] }()
	for k, n := range names {
		bit := uint64(1) << min(k, 63)
		for p, t := range n.toks {
			if len(t) < 2 {
				continue
			}
			part := roleClass(n.rec.roles, p)
			if i := slices.Index(toks, t); i >= 0 {
				in[i] |= bit
				parts[i] |= part
				continue
			}
			toks = append(toks, t)
			in = append(in, bit)
			parts = append(parts, part)
		}
	}
	// Keys are computed when a pair first needs them.
	const unknown = ^uint32(0)
	kor := slices.Grow(sc.kor[:0], len(toks))[:len(toks)]
	// skels[i] is token i's skeleton as offsets into skelBuf, {-1, 0}
	// until computed.
	skels := slices.Grow(sc.skels[:0], len(toks))[:len(toks)]
	skelBuf := sc.skelBuf[:0]
	defer func() { sc.kor, sc.skels, sc.skelBuf = kor[:0], skels[:0], skelBuf[:0] }()
	for i := range kor {
		kor[i], skels[i] = unknown, [2]int32{-1, 0}
	}
	korOf := func(i int) uint32 {
		if kor[i] == unknown {
			kor[i] = koreanKey(toks[i])
		}
		return kor[i]
	}
	skelOf := func(i int) []byte {
		if skels[i][0] < 0 {
			var b [32]byte
			start := len(skelBuf)
			skelBuf = append(skelBuf, skeletonTo(&b, toks[i])...)
			skels[i] = [2]int32{int32(start), int32(len(skelBuf))}
		}
		return skelBuf[skels[i][0]:skels[i][1]]
	}
	var out [][2]string
	for i, ta := range toks {
		for j := i + 1; j < len(toks); j++ {
			if in[i]&in[j] != 0 {
				continue // they stand together in a name
			}
			if parts[i]&parts[j] == 0 {
				continue // a surname and a given name
			}
			tb := toks[j]
			if k := korOf(i); k != 0 && k == korOf(j) {
				// One Korean syllable in two romanisations: Chong / Jong.
				out = append(out, [2]string{ta, tb})
				continue
			}
			if len(ta) < 4 || len(tb) < 4 {
				continue
			}
			if ta[0] != tb[0] && !(isVowel(ta[0]) && isVowel(tb[0])) {
				continue
			}
			if d := len(ta) - len(tb); d > 3 || d < -3 {
				continue
			}
			if (string(skelOf(i)) == string(skelOf(j)) || tokenSim(ta, tb) > 0) && !differentNames(ta, tb) && !otherForms(ta, tb) {
				out = append(out, [2]string{ta, tb})
			}
		}
	}
	return out
}

// roleClass is the part of a name that role p of roles stands for, as a
// bit: surnames, given names, or any part (names whose parts are not
// known, of syllables, or not a person's), which agrees with every other.
func roleClass(roles []uint8, p int) uint8 {
	if p >= len(roles) {
		return anyPart
	}
	switch roles[p] {
	case roleSurname, roleSurnameRest:
		return 1
	case roleFirst, roleMiddle:
		return 2
	}
	return anyPart
}

const anyPart = 3

// variantScratch is storage variantPairs reuses from one entry to the
// next.
type variantScratch struct {
	toks    []string
	in      []uint64
	parts   []uint8
	kor     []uint32
	skels   [][2]int32
	skelBuf []byte
}

// learnVariants pairs the tokens of one entry's names that are spellings
// of one another: same skeleton, or close in letters, and long enough to
// carry a name. The list gives a party's name in the spellings it is known
// by, so these are the transliteration variants that matter.
func (ix *index) learnVariants(pairs [][2]string) {
	for _, p := range pairs {
		a, b := ix.dict[p[0]], ix.dict[p[1]]
		ix.variants[a] = appendUniqueID(ix.variants[a], b)
		ix.variants[b] = appendUniqueID(ix.variants[b], a)
	}
}

// isVariant reports whether the list pairs tokens a and b as spellings of
// one name.
func (ix *index) isVariant(a, b int32) bool {
	for _, v := range ix.variants[a] {
		if v == b {
			return true
		}
	}
	return false
}

func appendUniqueID(s []int32, id int32) []int32 {
	for _, x := range s {
		if x == id {
			return s
		}
	}
	return append(s, id)
}

// weightOf is how much a token tells about who a name is: the inverse
// document frequency over entries (a surname held by one party says much,
// "mohammed" or "trading" little), lowered further for the words that
// describe a legal form, an honorific or a particle rather than a name, and
// for numbers. The count of entries is smoothed by priorEntries unseen
// ones, so that a short list of a few names (a firm's own watch list) does
// not make every token look common.
// brandWeight is the least weight of a word that only one entry of the
// list holds (see brandLen): between the weights of one entry and two.
func (ix *index) brandWeight() float64 {
	return (ix.weightOf("", 1) + ix.weightOf("", 2)) / 2
}

func (ix *index) weightOf(tok string, df float64) float64 {
	w := math.Log((float64(ix.totalEntries) + priorEntries) / (df + 0.5))
	return adjustWeight(tok, w)
}

func adjustWeight(tok string, w float64) float64 {
	if tok == legalToken || courtesy[tok] {
		return legalWeight
	}
	if generic[tok] || genericForms[tok] {
		w *= 0.15
	}
	for i := 0; i < len(tok); i++ {
		if isDigit(tok[i]) {
			// "1962", "31m", "40": dates and numbers stray into names
			// and say little of who is meant.
			w = min(w, 0.5)
			break
		}
	}
	return max(w, 0.05)
}

const (
	priorEntries = 10000
	// legalWeight is the weight of a legal form: next to nothing.
	legalWeight = 0.05
)

// unknownWeight is the weight of a query token the list has never seen: as
// informative as the rarest listed token.
func (ix *index) unknownWeight(tok string) float64 {
	return adjustWeight(tok, math.Log((float64(ix.totalEntries)+priorEntries)/0.5))
}

// generic words carry little of a name's identity: legal forms, honorifics
// and name particles. Their weight is cut, not zeroed, so that "X Trading
// LLC" and "X Trading" still differ a little. The list is short on purpose:
// inverse document frequency already makes common words light, and this
// only covers the ones whose frequency in the list understates how often
// payees carry them.
var generic = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range []string{
		// Words companies' names share.
		"group", "holding", "holdings", "international", "trading", "enterprise", "enterprises",
		// Group as other languages write it: "Grupo" alone is no firm.
		"gruppa", "grupp", "grupo", "gruppo", "grupa", "groupe", "grup",
		// Société and Società, company in French and Italian names
		// ("Societe Generale" is a general company).
		"societe", "societa",
		// The kind of an armed group or party, as firms have Group:
		// "Hamas Movement" is HAMAS. (Organization is left out: the
		// list's drug trafficking organizations are named after
		// families, "ARRIOLA MARQUEZ ORGANIZATION".)
		"movement",
		// Honorifics and titles (courtesy ones weigh less still).
		"mr", "mrs", "ms", "miss", "messrs", "dr", "prof", "sir", "sheikh", "shaykh", "sheik", "haji", "hajji",
		"mullah", "mulla", "maulana", "imam", "general", "gen", "colonel", "col",
		"daw",
		// Religious titles and the mark of descent from the Prophet
		// ("Seyyed Ali Khamenei"); each is also someone's given name
		// somewhere, so they weigh little rather than nothing.
		"shaikh", "cheikh", "sheykh", "hadji", "hajj", "alhaji", "alhajji",
		"maulvi", "mawlawi", "maulavi", "moulavi", "mawlana", "moulana", "mufti", "qari", "ustad", "ustadh",
		"sayyid", "sayyed", "seyyed", "seyed", "seyyid", "sayed", "syed", "sayid", "sid",
		// Particles that name parts carry in many languages.
		"al", "el", "bin", "ben", "ibn", "bint", "ould", "abu", "abou", "abo", "ebu",
		"van", "von", "der", "den", "la", "le", "du", "da",
		"dos", "das", "del", "di", "ould", "the", "and", "of",
		// "And" in Turkish, Persian, German and French company names.
		"ve", "va", "und", "et",
	} {
		m[w] = true
	}
	return m
}()

// genericForms are the other forms of the generic words in
// equivalentLines: "mezhdunarodny" and "guoji" say as little as
// "international", and "Mezhdunarodny Bank" should find no more than
// "International Bank" does.
var genericForms = func() map[string]bool {
	m := make(map[string]bool)
	for _, line := range equivalentLines {
		fs := strings.Fields(line)
		if slices.ContainsFunc(fs, func(f string) bool { return generic[f] }) {
			for _, f := range fs {
				if !generic[f] {
					m[f] = true
				}
			}
		}
	}
	return m
}()

// courtesy titles and suffixes say nothing of who is meant: a payee
// record's "Mr." or "Jr." weighs as little as a legal form.
var courtesy = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "messrs": true, "mister": true, "madam": true,
	"mme": true, "mlle": true, "herr": true, "frau": true, "dr": true, "prof": true,
	"sir": true, "jr": true, "phd": true, "esq": true,
	// Shia clerical ranks: never a name.
	"ayatollah": true, "ayatullah": true, "hojatoleslam": true, "hojjatoleslam": true,
	"hojatolislam": true, "hujjatulislam": true,
}

// entryOf returns the entry a name belongs to.
func (ix *index) entryOf(n int32) *sdn.Entry { return &ix.list.Entries[ix.names[n].entry] }

// sortIDs sorts and dedups a slice of ids in place.
func sortIDs(s []int32) []int32 {
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	out := s[:0]
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// warm builds the tables of ix that are built on first use, and the
// package's own (the Hanja and Japanese readings, Korean keys, country
// names and codes), each once: the frames of the Latin
// words of firms and of people's names, the pairs of people's words, the
// consonants of the list's words in Arabic letters, the roles of
// people's names and the towns.
func (ix *index) warm() {
	ix.abjadTokens(nil)
	ix.spellTokens(nil)
	ix.spellPairs(nil)
	if len(ix.toks) > 0 {
		ix.listedConsonants(0)
	}
	ix.roleStats()
	ix.places.once.Do(ix.buildPlaces)
	hanja.once.Do(loadHanja)
	japanese.once.Do(loadJapanese)
	isEnglishWord("")
	koreanKeys()
	ignorableBMP()
	isoCodes()
	countryNames()
	ix.imoListed("")
	ix.serialListed("")
	ix.mmsiListed("")
	ix.identsListed(nil)
}

// handle reports whether token t mixes letters and digits, as the
// handles of the internet do ("lucky12345", "nitr0jen").
func handle(t string) bool {
	return strings.ContainsAny(t, "0123456789") && strings.ContainsAny(t, "abcdefghijklmnopqrstuvwxyz")
}
