package screen

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/sanctionscreen/ofac/chain"
	"github.com/sanctionscreen/ofac/sdn"
)

// DefaultThreshold is the score at and above which Screen reports a hit
// when the query sets no MinScore. It was chosen on the evaluation set in
// testdata/screen (held-out aliases, perturbed listed names and negatives
// from many cultures): see the README for the measurements.
const DefaultThreshold = 0.85

// Limits on a query. Longer input is refused by Validate, and Screen then
// screens no name: no real name is longer, and bounding it bounds the
// work. Wallets are bounded by their bytes all together, not by their
// number, since one wallet may hold several addresses (ReadField in
// package chain): MaxWalletBytes holds thousands of addresses, or a
// hundred payment URIs with long labels. Screen reads every wallet of a
// query all the same, valid or not.
const (
	MaxNameBytes    = 1024
	MaxWalletBytes  = 256 << 10
	MaxCountryBytes = 128
)

// Errors that Query.Validate and New return.
var (
	ErrEmptyQuery = errors.New("screen: query has neither a name nor a wallet")
	ErrQuery      = errors.New("screen: invalid query")
	ErrEmptyList  = errors.New("screen: list has no entries")
)

// Query is what to screen: a name, wallets, or both, with optional facts
// that raise or lower a name match's score.
type Query struct {
	// Name is the name of a person, company, vessel or aircraft, in any
	// script and in any order.
	Name string
	// Kind, when set, keeps only name matches of entries of that kind: a
	// person is not matched against a vessel. It does not filter wallets,
	// or an IMO number, an MMSI or another identifier the list gives (a
	// tax or registration number, a passport, a SWIFT/BIC code) that the
	// name gives: those are exact identifiers, and their entry is a hit
	// whatever its kind, as when a payee's wallet belongs to a listed
	// group, or a shipowner's company number is given as a vessel's. An
	// aircraft's serial number the name gives ("MSN 391") is read when
	// Kind is unset or sdn.Aircraft.
	Kind sdn.Kind
	// BirthDate is the date of birth, as "YYYY", "YYYY-MM" or
	// "YYYY-MM-DD". One that agrees with a listed date of birth raises a
	// name match's score, one that contradicts it lowers it. When it is
	// empty, the year of a birth date Name gives after the name ("Nabil
	// Sayadi DOB 01/01/1966", "né le 01/01/1966") is read as it.
	BirthDate string
	// Country is a country the party is tied to (nationality, citizenship,
	// residence), as an ISO 3166 alpha-2, alpha-3 or numeric code ("VE",
	// "VEN", "862"), as OFAC writes it ("Venezuela"), or by a formal or
	// everyday name ("Bolivarian Republic of Venezuela", "USA").
	// Agreement raises a name match's score a little, contradiction
	// lowers it a little: people move. A country not known this way is
	// not compared, and the hit's reasons say so.
	Country string
	// Wallets are digital currency addresses, in any asset's format, or
	// what a payee's wallet field holds instead: a payment URI
	// ("bitcoin:bc1q...?amount=0.1"), a block explorer's link
	// ("https://etherscan.io/address/0x..."), an address with a label in
	// words ("USDT TRC20: T..."), several addresses ("0x..., bc1q...").
	// Each is screened by the addresses it holds (chain.ReadField), whole
	// words only, and a hit's reasons say how its address was read. A
	// string in no known format is matched as text and gives no hit
	// unless the list names it so: a caller that must tell a mistyped
	// address from a clean one reads the wallet first with
	// chain.ReadField, whose pieces with an Err are no address, as
	// ofacscreen does. Screen reads every wallet; Validate bounds their
	// bytes all together (MaxWalletBytes), not their number.
	Wallets []string
	// Limit caps the number of hits; 0 means no cap.
	Limit int
	// MinScore is the least score reported; 0 means the Screener's
	// threshold (DefaultThreshold unless set by WithThreshold).
	MinScore float64
}

// Validate says what is wrong with a query, if anything. Screen does not
// screen the name of a query that does not validate, but still reports
// every listed wallet of it: one bad field must not hide a listed wallet
// from a caller that screens without validating. A caller that validates
// first refuses the query instead. A wallet in no known format is no
// error of the query (see Query.Wallets).
func (q Query) Validate() error {
	if strings.TrimSpace(q.Name) == "" && len(q.Wallets) == 0 {
		return ErrEmptyQuery
	}
	if len(q.Name) > MaxNameBytes {
		return fmt.Errorf("%w: name is %d bytes, more than %d", ErrQuery, len(q.Name), MaxNameBytes)
	}
	if !utf8.ValidString(q.Name) {
		return fmt.Errorf("%w: name is not valid UTF-8", ErrQuery)
	}
	walletBytes := 0
	for _, w := range q.Wallets {
		walletBytes += len(w)
	}
	if walletBytes > MaxWalletBytes {
		return fmt.Errorf("%w: %d wallets of %d bytes in all, more than %d", ErrQuery, len(q.Wallets), walletBytes, MaxWalletBytes)
	}
	for i, w := range q.Wallets {
		// A mistyped address is simply not listed; a payment URI that
		// names no address it can read would pass as clean.
		if chain.IsURI(w) {
			if _, err := chain.URIAddresses(w); err != nil {
				return fmt.Errorf("%w: wallet %d: %v", ErrQuery, i+1, err)
			}
		}
	}
	if q.Kind != "" {
		if _, ok := sdn.ParseKind(string(q.Kind)); !ok || q.Kind != sdn.Individual && q.Kind != sdn.Entity && q.Kind != sdn.Vessel && q.Kind != sdn.Aircraft {
			return fmt.Errorf("%w: unknown kind %q (individual, entity, vessel, aircraft)", ErrQuery, q.Kind)
		}
	}
	if len(q.Country) > MaxCountryBytes {
		return fmt.Errorf("%w: country is %d bytes, more than %d", ErrQuery, len(q.Country), MaxCountryBytes)
	}
	if q.BirthDate != "" {
		if _, ok := parseQueryDate(q.BirthDate); !ok {
			return fmt.Errorf("%w: birth date %q is not YYYY, YYYY-MM or YYYY-MM-DD", ErrQuery, q.BirthDate)
		}
	}
	if q.MinScore < 0 || q.MinScore > 1 {
		return fmt.Errorf("%w: MinScore %v outside [0, 1]", ErrQuery, q.MinScore)
	}
	return nil
}

// Hit is one listed entry that matched a query.
type Hit struct {
	// Entry is the listed party (shared: do not modify).
	Entry *sdn.Entry
	// Score is in [0, 1]: 1 for a wallet on the list or a name identical
	// after normalisation.
	Score float64
	// Matched is the listed name, alias or address that matched, or the
	// IMO number ("IMO 9116412") a vessel is listed with.
	Matched string
	// Reasons say in words why: which tokens paired, what the birth date
	// or the country did to the score, which wallet is listed.
	Reasons []string

	// partial says that the match read part of the query alone (a place
	// left out, one of several names): of two hits of one score, the one
	// that read all of it comes first ("VTB Bank Kazakhstan" is VTB BANK
	// (KAZAKHSTAN) before VTB BANK).
	partial bool
}

// Option configures a Screener.
type Option func(*options)

type options struct {
	threshold float64
}

// WithThreshold sets the score at and above which hits are reported when a
// query sets no MinScore.
func WithThreshold(t float64) Option { return func(o *options) { o.threshold = t } }

// Screener screens names and wallets against one list. It is safe for
// concurrent use; Update swaps in a new list while queries run, and each
// query sees one list from start to end.
type Screener struct {
	opts  options
	state atomic.Pointer[state]
}

type state struct {
	list  *sdn.List
	names *index
	coins *chain.Watchlist
}

// New indexes list for screening. To screen against several lists at once
// (the SDN list and the consolidated lists), pass sdn.Combine of them.
func New(list *sdn.List, opts ...Option) (*Screener, error) {
	s := &Screener{opts: options{threshold: DefaultThreshold}}
	for _, o := range opts {
		o(&s.opts)
	}
	if s.opts.threshold <= 0 || s.opts.threshold > 1 {
		return nil, fmt.Errorf("screen: threshold %v outside (0, 1]", s.opts.threshold)
	}
	if err := s.load(list, false); err != nil {
		return nil, err
	}
	return s, nil
}

// Update builds the index of a new list and swaps it in atomically.
// Queries under way finish on the old list. If list is nil or empty the
// Screener keeps the list it has and Update returns an error. The tables
// that the first queries in some scripts would build (Warm) are built
// before the swap, so that a service that reloads its list under load
// sees no slow query after it.
func (s *Screener) Update(list *sdn.List) error {
	return s.load(list, true)
}

// load builds the index of list, warms it if warm says so, and swaps it
// in.
func (s *Screener) load(list *sdn.List, warm bool) error {
	if list == nil || len(list.Entries) == 0 {
		return ErrEmptyList
	}
	st := &state{list: list, names: buildIndex(list), coins: chain.NewWatchlist(list)}
	if warm {
		st.names.warm()
	}
	s.state.Store(st)
	return nil
}

// Warm builds now the tables that queries otherwise build when first
// needed: the readings of names in Arabic letters, kanji and Hanja, the
// towns of the list's addresses, the roles of people's names. New leaves
// them to the first queries that need them (the first query in Arabic
// letters then takes tens of milliseconds); a service that wants every
// query fast calls Warm once after New. Update calls it itself. It is
// safe to call at any time, from any goroutine, and more than once.
func (s *Screener) Warm() { s.state.Load().names.warm() }

// List returns the list in service.
func (s *Screener) List() *sdn.List { return s.state.Load().list }

// Watchlist returns the wallet watchlist of the list in service.
func (s *Screener) Watchlist() *chain.Watchlist { return s.state.Load().coins }

// Name screens a name alone.
func (s *Screener) Name(name string) []Hit { return s.Screen(Query{Name: name}) }

// Wallet screens a wallet address alone, in any asset's format.
func (s *Screener) Wallet(address string) []Hit { return s.Screen(Query{Wallets: []string{address}}) }

// Screen returns the entries that match the query, best first.
//
// A query that does not validate (Validate says why) is screened by its
// wallets alone: the hits are the entries that list one of its wallets
// that can be read (a payment URI that names no address it can read gives
// none), with Limit applied and no name screened. A listed wallet is an
// exact identifier, and a bad date or an overlong name beside it must not
// hide it.
//
// Every wallet is read, however many the query has and however long they
// are, since an answer for some of them would look like an answer for
// all: the work grows with their bytes (a wallet costs a map access or
// a few), and a caller that takes wallets from others bounds them with
// Validate (MaxWalletBytes).
func (s *Screener) Screen(q Query) []Hit {
	if q.Validate() != nil {
		// MinScore is dropped with the rest: it may be the bad field,
		// and a listed wallet scores 1, the most there is.
		q = Query{Wallets: q.Wallets, Limit: q.Limit}
	}
	st := s.state.Load()
	minScore := q.MinScore
	if minScore == 0 {
		minScore = s.opts.threshold
	}
	byEntry := make(map[*sdn.Entry]*Hit)
	order := []*Hit{}
	add := func(h Hit) {
		if old, ok := byEntry[h.Entry]; ok {
			if h.Score > old.Score || h.Score == old.Score && old.partial && !h.partial {
				old.Score, old.Matched, old.partial = h.Score, h.Matched, h.partial
				old.Reasons = append(h.Reasons, old.Reasons...)
			} else {
				old.Reasons = append(old.Reasons, h.Reasons...)
			}
			return
		}
		hp := &h
		byEntry[h.Entry] = hp
		order = append(order, hp)
	}
	// said holds the wallet reasons given, so that a wallet the query
	// repeats says why once, not once for every copy.
	type saidKey struct {
		entry  *sdn.Entry
		reason string
	}
	var said map[saidKey]bool
	addListed := func(ls []chain.Listing, why func(l chain.Listing) string) {
		for _, l := range ls {
			r := why(l)
			if said[saidKey{l.Entry, r}] {
				continue
			}
			if said == nil {
				said = make(map[saidKey]bool)
			}
			said[saidKey{l.Entry, r}] = true
			add(Hit{Entry: l.Entry, Score: 1, Matched: l.Address, Reasons: []string{r}})
		}
	}
	for _, w := range q.Wallets {
		screenWallet(st.coins, w, addListed)
	}
	// A vessel's IMO number beside its name ("MT ADRIAN DARYA IMO
	// 9116412") is its own identifier: a hit on every entry that lists
	// it, whatever the name and kind, and no word of the name (imo.go).
	if num, rest, ok := cutIMO(q.Name); ok {
		for _, l := range st.names.imoListed(num) {
			add(Hit{Entry: l.entry, Score: 1, Matched: "IMO " + num, Reasons: []string{imoReason(num, l)}})
		}
		q.Name = rest
	}
	// So is a vessel's MMSI after its cue ("MMSI 273358680"), against
	// every kind, as an IMO number is: a shipowner's papers give it.
	if mmsi, rest, ok := cutMMSI(q.Name); ok {
		for _, e := range st.names.mmsiListed(mmsi) {
			add(Hit{Entry: e, Score: 1, Matched: "MMSI " + mmsi, Reasons: []string{fmt.Sprintf("MMSI %s is listed for it", mmsi)}})
		}
		q.Name = rest
	}
	// So is an identifier the list gives (a tax or registration number,
	// a passport, a SWIFT/BIC code) among the name's words (ident.go).
	for _, h := range st.names.identHits(q.Name) {
		add(h)
	}
	// So is an aircraft's serial number after its cue ("MSN 391", "S/N
	// 345"): a hit on the aircraft that lists it, against aircraft alone
	// (msn.go).
	if serial, rest, ok := cutSerial(q.Name); ok && (q.Kind == "" || q.Kind == sdn.Aircraft) {
		for _, e := range st.names.serialListed(serial) {
			add(serialHit(e, serial, rest))
		}
		// The list names some aircraft by it ("MSN 391"): a serial
		// number alone is read as a name too.
		if rest != "" {
			q.Name = rest
		}
	}
	// A birth date or place after the name ("Nabil Sayadi DOB
	// 01/01/1966", "né le 01/01/1966 à Tripoli") is no word of it; its
	// year is the birth date, when the query gives none (birth.go).
	var birthWhy string
	if rest, clause, date, ok := cutBirth(q.Name); ok {
		q.Name = rest
		birthWhy = fmt.Sprintf("%q read as a date or place of birth, not as words of the name", clause)
		if q.BirthDate == "" && date != "" {
			q.BirthDate = date
		}
	}
	if strings.TrimSpace(q.Name) != "" {
		for _, h := range st.names.screenName(q, minScore) {
			if birthWhy != "" {
				h.Reasons = append(h.Reasons, birthWhy)
			}
			add(h)
		}
	}
	hits := make([]Hit, 0, len(order))
	for _, h := range order {
		if h.Score >= minScore {
			hits = append(hits, *h)
		}
	}
	sort.SliceStable(hits, func(i, j int) bool {
		if hits[i].Score != hits[j].Score {
			return hits[i].Score > hits[j].Score
		}
		if hits[i].partial != hits[j].partial {
			return hits[j].partial
		}
		return hits[i].Entry.UID < hits[j].Entry.UID
	})
	if q.Limit > 0 && len(hits) > q.Limit {
		hits = hits[:q.Limit]
	}
	return hits
}

// screenName scores the query's name against the index and applies the
// secondary factors, one hit per entry.
// A firm's name cut where a payment message's line ends, in the name of
// a state ("CENTRAL BANK OF THE ISLAMIC REPUBLI", "ROSOBORONEXPORT JSC
// MOSCOW RUSSIAN"), is also read with that name written out
// (stateCompletions), against firms, vessels and aircraft, at cutFactor
// times the score.
func (ix *index) screenName(q Query, minScore float64) []Hit {
	hits := ix.screenWritten(q, minScore)
	for _, c := range stateCompletions(q.Name) {
		qc := q
		qc.Name = c
		for _, h := range ix.screenWritten(qc, minScore/cutFactor) {
			if h.Entry.Kind == sdn.Individual {
				continue
			}
			h.Score *= cutFactor
			if h.Score < minScore {
				continue
			}
			h.Reasons = append(h.Reasons, fmt.Sprintf("the query is %d characters, where payment messages cut a name, and ends in the beginning of a state's name: read as %q, score × %.2f", utf8.RuneCountInString(strings.TrimSpace(q.Name)), c, cutFactor))
			i := slices.IndexFunc(hits, func(o Hit) bool { return o.Entry == h.Entry })
			switch {
			case i < 0:
				hits = append(hits, h)
			case h.Score > hits[i].Score:
				hits[i] = h
			}
		}
	}
	return hits
}

// stateCompletions returns the query, when it is as long as a cut name
// (cutAtWidth) and its last words begin the long name of a state
// (stateNames), with that name written out: one reading per state whose
// name its most words begin. None when its last word alone begins the
// name and is shorter than minStateStart, or when more than
// maxStateCompletions states fit.
func stateCompletions(name string) []string {
	rest, last := cutAtWidth(name)
	if rest == "" || last == "" {
		return nil
	}
	tail := tokens(rest)
	best := 0
	var out []string
	seen := make(map[string]bool, 2)
	for _, p := range stateLongNames {
		l, short, _ := strings.Cut(p, "=")
		long := strings.Fields(l)
		for n := min(len(long), len(tail)+1); n >= max(1, best); n-- {
			if !strings.HasPrefix(long[n-1], last) || n == len(long) && long[n-1] == last ||
				n == 1 && len(last) < minStateStart || !slices.Equal(long[:n-1], tail[len(tail)-(n-1):]) {
				continue
			}
			if n > best {
				best, out, seen = n, out[:0], make(map[string]bool, 2)
			}
			// One reading per state, the first of its long names
			// ("RUSSIAN FEDERATION", not "RUSSIAN FED").
			if !seen[short] {
				seen[short] = true
				c := rest + " " + strings.Join(long[n-1:], " ")
				if strings.ToUpper(rest) == rest {
					c = strings.ToUpper(c)
				}
				out = append(out, c)
			}
			break
		}
	}
	if len(out) > maxStateCompletions {
		return nil
	}
	return out
}

const (
	// minStateStart is the fewest letters of a state's name's first word
	// that, cut, say which state it begins ("DEMOCRATI", not "DE").
	minStateStart = 4
	// maxStateCompletions is the most states a cut name is read as
	// ending in ("ISLAMIC REPUBLI": Iran and Afghanistan).
	maxStateCompletions = 2
)

// screenWritten is screenName for the query as written.
func (ix *index) screenWritten(q Query, minScore float64) []Hit {
	// "Nat. Iranian Tanker Co.", "Korea Mining Dev. Trading Corp.": an
	// abbreviation written with its point is read written out, by every
	// reading below.
	abbreviated := dottedReading(q.Name)
	if abbreviated != "" {
		q.Name = abbreviated
	}
	// "In trust for John Smith", "F/B/O Hamas": the party paid is the
	// one after such words, and they are no part of a name.
	if rest := cutOnBehalf(q.Name); rest != "" {
		q.Name = rest
	}
	matches := ix.nameMatches(q.Name, q.Kind, minScore)
	// A payee line may join several names: "Blue Ocean Trading LLC dba
	// Sovcomflot", "John Smith a/k/a Viktor Bout", "Joaquin Guzman (El
	// Chapo)". Each part is matched on its own as well.
	firmLine := -1 // whether the query has a legal form, once asked
	for _, p := range splitNames(q.Name) {
		place, legal := ix.placeOnly(p)
		if place && !legal && firmLine < 0 {
			firmLine = 0
			if slices.Contains(nameTokens(q.Name), legalToken) {
				firmLine = 1
			}
		}
		if place && (legal || firmLine == 1) {
			// "WuXi Biologics (Cayman) Inc.", "Gulf Agency Company
			// (GAC) Dubai LLC": a place in a firm's name names no firm,
			// and a place alone none but a ship named after it
			// ("Charter hire (MURMANSK)").
			continue
		}
		for _, m := range ix.nameMatches(p, q.Kind, minScore) {
			if k := ix.list.Entries[ix.names[m.name].entry].Kind; place && (k == sdn.Entity || k == sdn.Individual) {
				continue
			}
			m.part = p
			matches = append(matches, m)
		}
	}
	// "Sovcomflot, Moscow": a name, then where the payee is. The name
	// before the comma is matched on its own as well.
	// The same in Cyrillic letters: "Сбербанк г. Москва" is read in
	// Latin ones for where the payee is.
	placed := q.Name
	if r := ix.cyrillicPlaceReading(q.Name); r != "" {
		placed = r
	}
	name, place := ix.cutPlace(placed)
	if place != "" {
		for _, m := range ix.nameMatches(name, q.Kind, minScore) {
			m.place, m.placeless = place, name
			matches = append(matches, m)
		}
	}
	// "Rosneft Moscow", "Rosneft Moscow, Russia": a payment's
	// beneficiary line runs a firm's name and its city together. Without
	// the comma the place may be a surname ("Sarah Garcia", "Alexandre
	// Costa"), so only firms are matched so.
	// A name of no word of its own ("Russian Agricultural Bank Moscow")
	// is matched so against the firms whose own addresses name the place.
	if firm, placed, own := ix.cutTrailingPlace(name); placed != "" {
		city := withoutBranch(placed)
		branch := city != placed
		if place != "" {
			placed += ", " + place
		}
		for _, m := range ix.nameMatches(firm, q.Kind, minScore) {
			if e := ix.names[m.name].entry; ix.list.Entries[e].Kind == sdn.Entity && (!own || ix.ownPlaces(e, city)) {
				m.place, m.placeless = placed, firm
				if branch {
					m.branch = true
					m.align.score *= branchFactor
				}
				matches = append(matches, m)
			}
		}
		// "Central Bank Tehran", "Foreign Trade Bank Pyongyang": a firm
		// of words of a trade alone, which name no firm, is named by
		// the state it is of (CENTRAL BANK OF IRAN). It is also read with
		// the country of its city, against the firms whose own addresses
		// are in that city and whose names say they are of that state
		// (ofState: "Insurance Company Tehran" is no IRAN INSURANCE
		// COMPANY), at placeStateFactor.
		if country := ix.countryOfCity(city); country != "" && namesNoOne(firm) {
			reading := firm + " of " + country
			for _, m := range ix.nameMatches(reading, q.Kind, minScore/placeStateFactor) {
				if e := ix.names[m.name].entry; ix.list.Entries[e].Kind == sdn.Entity && ix.ownPlaces(e, city) && ix.ofState(m.name, country) {
					m.place, m.placeless, m.placeState = placed, reading, country
					m.align.score *= placeStateFactor
					matches = append(matches, m)
				}
			}
		}
	}
	// "PARK JIN HYOK KP", "SOE WIN BURMA", "AHMED ABDALLA ODESSA UA": a
	// person's name, then where the payee is. Without a comma the place
	// may be a family name ("Maria Lima"), so the name is read without it
	// against the people whose listed country is the place's country (or
	// who name no country and are listed under that country's programme:
	// PARK, Jin Hyok of DPRK3), or, for a town alone, whose listed
	// addresses name it.
	if who, where, country := ix.cutPersonPlace(name); where != "" {
		qc := readQueryCountry(country)
		for _, m := range ix.nameMatches(who, q.Kind, minScore) {
			ei := ix.names[m.name].entry
			e := &ix.list.Entries[ei]
			if e.Kind != sdn.Individual {
				continue
			}
			if country != "" {
				f, _, named := countryFactor(e, qc)
				if f != countryAgree && (named || !programmeOf(e, qc.code)) {
					continue
				}
			} else if len(e.Addresses) == 0 || !ix.ownPlaces(ei, where) {
				continue
			}
			m.place, m.placeless, m.personPlace = where, who, true
			matches = append(matches, m)
		}
	}
	// company reports whether the query holds a legal form that the
	// matched name lacks: "Abbas QSC" for the man "ABBAS, Abu", not the
	// "ag" of "Iyad ag Ghaly" that folds to a legal form on both sides.
	// company returns what in the query, unmatched, says it names a
	// company: a legal form, or a word of a firm's trade or kind
	// ("Atlas Trading" is no ship ATLAS); "" if nothing does.
	company := func(m nameMatch) string {
		for i, t := range m.q {
			if m.align.qUsed&(1<<i) != 0 {
				continue
			}
			if t.text == legalToken {
				return "a legal form"
			}
			if firmWords[t.text] || tradeWords[t.text] {
				return fmt.Sprintf("a firm's word (%s)", t.text)
			}
		}
		return ""
	}
	best := make(map[int32]int) // entry → index into matches
	abjad := hasAbjad(q.Name)
	for i, m := range matches {
		rec := &ix.names[m.name]
		if q.Kind != "" && ix.list.Entries[rec.entry].Kind != q.Kind {
			continue
		}
		if rec.somali && abjad {
			// Somali spelling is a matter of Latin letters; a name in
			// Arabic letters already stands for every spelling of it.
			continue
		}
		if j, ok := best[rec.entry]; !ok || nameScore(ix, m) > nameScore(ix, matches[j]) {
			best[rec.entry] = i
		}
	}
	// Whether a part of the query is words of a trade alone (namesNoOne):
	// asked once per part.
	var tradeOnlyOf map[string]bool
	tradeOnly := func(part string) bool {
		v, ok := tradeOnlyOf[part]
		if !ok {
			if tradeOnlyOf == nil {
				tradeOnlyOf = make(map[string]bool, 1)
			}
			v = namesNoOne(part)
			tradeOnlyOf[part] = v
		}
		return v
	}
	// Whether a part of the query is written as a person's name, in the
	// list's form or in spoken order: asked once per part.
	type forms struct{ comma, natural, initials bool }
	formsOf := make(map[string]forms, 1)
	personForms := func(part string) forms {
		f, ok := formsOf[part]
		if !ok {
			f = forms{ix.personForm(part), ix.naturalPersonForm(part) || vietnamesePersonForm(part), slavicInitials(part)}
			formsOf[part] = f
		}
		return f
	}
	qc := readQueryCountry(q.Country)
	var hits []Hit
	for ei, i := range best {
		m := matches[i]
		e := &ix.list.Entries[ei]
		score := nameScore(ix, m)
		if score+maxSecondaryRaise < minScore {
			// What follows lowers the score but for the secondary
			// factors: the reasons of a match that cannot reach
			// minScore are not written.
			continue
		}
		reasons := explain(ix, m.q, m)
		if m.part != "" {
			reasons = append(reasons, fmt.Sprintf("matched the part %q of the query, which joins several names", m.part))
		}
		switch {
		case m.personPlace:
			reasons = append(reasons, fmt.Sprintf("%q read as where the payee is, in the listed person's country or addresses, and left out", m.place))
		case m.place != "":
			reasons = append(reasons, fmt.Sprintf("%q read as a place (one the list's addresses name) and left out", m.place))
		}
		if m.branch {
			reasons = append(reasons, fmt.Sprintf("read as the bank of the branch: score × %.2f", branchFactor))
		}
		if m.placeState != "" {
			reasons = append(reasons, fmt.Sprintf("a firm named by its trade alone, read as the one of the state of its city, as %q: score × %.2f", m.placeless, placeStateFactor))
		}
		if m.vesselPrefix != "" {
			reasons = append(reasons, fmt.Sprintf("%q read as the word of a vessel's type and left out", m.vesselPrefix))
		}
		if m.craft != "" {
			reasons = append(reasons, fmt.Sprintf("read as a vessel's or an aircraft's name: %q", m.craft))
		}
		if m.japanese != "" {
			reasons = append(reasons, fmt.Sprintf("kanji read as Japanese names: %q", m.japanese))
		}
		if m.korean != "" {
			reasons = append(reasons, fmt.Sprintf("Chinese characters read as a Korean name: %q, score × %.2f", m.korean, koreanReadingFactor))
		}
		if m.koreanCyr != "" {
			reasons = append(reasons, fmt.Sprintf("Cyrillic read as a Korean name: %q, score × %.2f", m.koreanCyr, koreanReadingFactor))
		}
		if m.wadeGiles != "" {
			reasons = append(reasons, fmt.Sprintf("read from Wade–Giles in pinyin: %q, score × %.2f", m.wadeGiles, wadeGilesFactor))
		}
		if m.somali != "" {
			reasons = append(reasons, fmt.Sprintf("read in the English spelling of Somali names: %q", m.somali))
		}
		if m.german != "" {
			reasons = append(reasons, fmt.Sprintf("read from German transliteration: %q, score × %.2f", m.german, transliterationReadingFactor))
		}
		if m.slavic != "" {
			reasons = append(reasons, fmt.Sprintf("read from Polish or Czech transliteration: %q, score × %.2f", m.slavic, transliterationReadingFactor))
		}
		if m.french != "" {
			reasons = append(reasons, fmt.Sprintf("read from French transliteration: %q, score × %.2f", m.french, transliterationReadingFactor))
		}
		if m.northKorean != "" {
			reasons = append(reasons, fmt.Sprintf("family name read as North Korea writes it: %q, score × %.2f", m.northKorean, transliterationReadingFactor))
		}
		if m.domain != "" {
			reasons = append(reasons, fmt.Sprintf("a web address read as the name it holds: %q", m.domain))
		}
		if m.title != "" {
			reasons = append(reasons, fmt.Sprintf("%q read as a title and left out", m.title))
		}
		if m.camel != "" {
			reasons = append(reasons, fmt.Sprintf("read with its words apart at their capitals: %q", m.camel))
		}
		if m.payment != "" {
			reasons = append(reasons, fmt.Sprintf("read as a payment message's field, whose name is %q: what else it holds (an account, a label, a street address, SWIFT's lines other than 1/) left out", m.payment))
		}
		if m.cut != 0 {
			cut := "at a word's end"
			if m.cutWord != "" {
				cut = fmt.Sprintf("its last word %q cut", m.cutWord)
			}
			reasons = append(reasons, fmt.Sprintf("the query is %d characters, where payment messages cut a name: read as the listed name's beginning, %s, score × %.2f", m.cut, cut, cutFactor))
		}
		if m.letters != "" {
			reasons = append(reasons, fmt.Sprintf("read with its spaced letters as one word: %q", m.letters))
		}
		if abbreviated != "" {
			reasons = append(reasons, fmt.Sprintf("read with its abbreviations written out: %q", abbreviated))
		}
		if m.abbreviated != "" {
			reasons = append(reasons, fmt.Sprintf("a firm's name: read with its abbreviations written out: %q", m.abbreviated))
		}
		if m.initials != "" {
			reasons = append(reasons, fmt.Sprintf("read with its initials apart: %q", m.initials))
		}
		if m.chinese != "" {
			reasons = append(reasons, fmt.Sprintf("Chinese words of the firm's trade read in English: %q", strings.Join(strings.Fields(m.chinese), " ")))
		}
		if ix.names[m.name].weak {
			reasons = append(reasons, fmt.Sprintf("weak alias: score × %.2f", weakFactor))
		}
		if ix.names[m.name].somali {
			reasons = append(reasons, fmt.Sprintf("the listed name read in the English spelling of Somali names: score × %.2f", somaliListedFactor))
		}
		what, firm := notCompany[e.Kind], ""
		if what != "" {
			firm = company(m) // for people, vessels and aircraft alone
		}
		if firm != "" {
			// "Abbas QSC" names a company; "ABBAS, Abu" is a man, and
			// "Sunrise Trading Co Ltd" is not the ship "SUNRISE".
			score *= companyFactor
			reasons = append(reasons, fmt.Sprintf("the query has %s, the listed party is %s: score × %.2f", firm, what, companyFactor))
		} else if f := personForms(m.partOr(q.Name)); e.Kind != sdn.Individual && e.Kind != "" && f.comma || e.Kind == sdn.Entity && f.natural {
			score *= companyFactor
			reasons = append(reasons, fmt.Sprintf("the query is written as a person's name (SURNAME, Given names, or given names then surnames), the listed party is not a person: score × %.2f", companyFactor))
		} else if e.Kind == sdn.Entity && f.initials && !ix.initialsNamed(m) && !slavicInitials(ix.names[m.name].text) {
			// "KUZNETSOV S.A." is Sergey Aleksandrovich, no firm
			// KUZNETSOV PAO; but "MV Protsenko" is the firm M V
			// PROTSENKO PA START, named after him, and a listed name
			// written so is a firm's (AVIANDINA S.A.C., Katina D.O.O.).
			score *= companyFactor
			reasons = append(reasons, fmt.Sprintf("the query is written as a Russian surname and its initials, the listed party is a firm: score × %.2f", companyFactor))
		}
		if p := vesselNamed(m.partOr(q.Name)); p != "" && e.Kind != sdn.Vessel {
			// "M/V Nord Stream" is a ship, not Nord Stream 2 AG, and
			// M/T's T is no TRADING.
			score *= companyFactor
			reasons = append(reasons, fmt.Sprintf("the query names a vessel (%s), the listed party is %s: score × %.2f", p, kindPhrase(e.Kind), companyFactor))
		}
		if e.Kind != sdn.Individual && m.cut == 0 && !ix.wholeName(m, m.partOr(q.Name)) && tradeOnly(m.partOr(q.Name)) {
			// "Central Research Institute" is not 46TH CENTRAL RESEARCH
			// AND DEVELOPMENT INSTITUTE OF THE MINISTRY OF DEFENSE.
			score *= descriptiveFactor
			reasons = append(reasons, fmt.Sprintf("the query is words of a trade and a firm's kind alone, which name no firm, and the listed name has more: score × %.2f", descriptiveFactor))
		} else if w := ix.descriptiveClash(m, m.partOr(q.Name)); w != "" {
			score *= descriptiveFactor
			reasons = append(reasons, fmt.Sprintf("the listed name is of words that say what or where a firm is, and %q is on one side alone: another firm of a like name, score × %.2f", w, descriptiveFactor))
		}
		if e.Kind != sdn.Individual {
			if w := ix.firmInitial(m, m.partOr(q.Name)); w != "" {
				// "K-Electric (Private) Limited" is not KALAYE ELECTRIC
				// COMPANY, "P. Steel Ltd" not Pacific Steel.
				score *= descriptiveFactor
				reasons = append(reasons, fmt.Sprintf("an initial of the query stands for the listed %q, and the match meets no other word of the firm's own: score × %.2f", w, descriptiveFactor))
			}
			if m.cut == 0 && ix.placeAlone(m) {
				// "Standard Bank of South Africa" is not K2016212771
				// SOUTH AFRICA PTY LTD.
				score *= descriptiveFactor
				reasons = append(reasons, fmt.Sprintf("the match rests on the name of a place alone: score × %.2f", descriptiveFactor))
			}
			if c := ix.otherCountry(m, ei); c != "" {
				// "Joint Stock Commercial Bank for Foreign Trade of
				// Vietnam" is not VTB's Bank for Foreign Trade.
				score *= descriptiveFactor
				reasons = append(reasons, fmt.Sprintf("the query's name is of %q, a country none of the listed party's addresses is in: another state's body or firm, score × %.2f", c, descriptiveFactor))
			}
		}
		if q, c := ix.wordSlip(m, m.partOr(q.Name)); q != "" {
			score *= wordSlipFactor
			reasons = append(reasons, fmt.Sprintf("the query's %q is a word of its own, not a spelling of the listed %q: score × %.2f", q, c, wordSlipFactor))
		}
		if qn, c := ix.craftMismatch(m); qn != "" {
			// (nameScore applies the factor too.)
			reasons = append(reasons, fmt.Sprintf("the listed %s's %s is not met (the query has %s): another %s, score × %.2f", e.Kind, strings.ToUpper(c), strings.ToUpper(qn), e.Kind, fatherFactor))
		}
		if e.Kind == sdn.Individual {
			if i := otherInitial(m, m.partOr(q.Name)); i != "" {
				score *= fatherFactor
				reasons = append(reasons, fmt.Sprintf("the query's first initial %s, the given name's, begins no word of the listed name: another person, score × %.2f", strings.ToUpper(i), fatherFactor))
			}
			if w := ix.initialMeets(m, m.partOr(q.Name)); w != "" {
				score *= fatherFactor
				reasons = append(reasons, fmt.Sprintf("an initial of the query stands for the listed %s, and a name of the query's own meets nothing: another person, score × %.2f", strings.ToUpper(w), fatherFactor))
			}
			if f := ix.otherFamily(m, m.partOr(q.Name)); f != "" {
				score *= fatherFactor
				reasons = append(reasons, fmt.Sprintf("the listed name is of given names alone, and the query's family name %s is none of them: another family, score × %.2f", f, fatherFactor))
			}
			if g := ix.givenSwapped(m); g != "" {
				// (nameScore applies the factor, so that the entry's
				// best name is chosen with it.)
				reasons = append(reasons, fmt.Sprintf("the query holds the syllables of the listed given name %s in the other order: another given name, score × %.2f", g, fatherFactor))
			}
			if q, c := ix.familyNotFirst(m); q != "" {
				// (nameScore applies the factor too.)
				reasons = append(reasons, fmt.Sprintf("the query, in Hangul, writes its family name %s first, and it is not the listed family name %s: another name, score × %.2f", q, strings.ToUpper(c), fatherFactor))
			}
			if g := ix.otherGender(m); g != "" {
				score *= fatherFactor
				reasons = append(reasons, fmt.Sprintf("the query's %s is a woman's form of the listed surname, whose patronymic is a man's: another person, score × %.2f", g, fatherFactor))
			}
			if qp, lp := ix.otherFather(m); qp != "" {
				score *= fatherFactor
				reasons = append(reasons, fmt.Sprintf("the query's patronymic %s is none the listed names give (%s): another father, score × %.2f", qp, lp, fatherFactor))
			} else if g, f := ix.fatherNamed(m); g != "" {
				score *= fatherFactor
				reasons = append(reasons, fmt.Sprintf("the query meets %s, a father's name the listed name gives after bin or ben, and not the listed given name %s: the father or his namesake, score × %.2f", strings.ToUpper(f), strings.ToUpper(g), fatherFactor))
			} else if qf, lf := ix.otherBinFather(m); qf != "" {
				score *= fatherFactor
				reasons = append(reasons, fmt.Sprintf("the query's father's name %s, after bin or ben, is none the listed names give (%s): another father, score × %.2f", qf, lf, fatherFactor))
			}
		}
		delta, why := secondary(e, q, qc)
		score = min(max(score+delta, 0), 1)
		reasons = append(reasons, why...)
		if score >= minScore {
			hits = append(hits, Hit{Entry: e, Score: score, Matched: ix.names[m.name].text, Reasons: reasons,
				partial: m.place != "" || m.part != ""})
		}
	}
	return hits
}

// nameMatches matches name, and the readings of it that screenName tries
// besides: without the prefix of a ship's type, with its kanji read as
// Japanese names, with its words apart where a one-word name runs them
// together (camelReading), without the titles it begins with (cutTitles),
// in the English spelling of Somali names, and with the words of a
// Chinese firm's trade in English.
func (ix *index) nameMatches(name string, kind sdn.Kind, minScore float64) []nameMatch {
	_, matches := ix.matchName(name, minScore)
	// A payment message's field is also read as the name alone, with
	// every reading below: "BENEFICIARY MR OLEG DERIPASKA ACC 40817...".
	if pr := paymentReading(name); pr != "" && paymentReading(pr) == "" {
		for _, m := range ix.nameMatches(pr, kind, minScore) {
			m.payment = pr
			matches = append(matches, m)
		}
	}
	// Ships are written with the prefix of their type ("MV SABANETA",
	// "M/T Global Angel"), which the list leaves out: the rest of the
	// name is matched too, against vessels alone.
	if rest, p := cutVesselPrefix(name); p != "" && (kind == "" || kind == sdn.Vessel) {
		_, more := ix.matchName(rest, minScore)
		for _, m := range more {
			if ix.list.Entries[ix.names[m.name].entry].Kind == sdn.Vessel {
				m.vesselPrefix = p
				matches = append(matches, m)
			}
		}
	}
	// "Adrian Darya One" for ADRIAN DARYA 1, "MV Lydia 2" for LYDIA II,
	// "EPGOL" for the aircraft EP-GOL: read against vessels and aircraft
	// alone.
	base, prefix := cutVesselPrefix(name)
	for _, r := range craftReadings(base) {
		_, more := ix.matchName(r, minScore)
		// I alone is an initial too, which meets II, III and IV as their
		// first letter: "Tyche I" meets a listed name that ends in I.
		roman1 := strings.HasSuffix(r, " I")
		for _, m := range more {
			if roman1 && !ix.endsInI(m) {
				continue
			}
			if k := ix.list.Entries[ix.names[m.name].entry].Kind; (k == sdn.Vessel || k == sdn.Aircraft) && (kind == "" || kind == k) {
				m.craft, m.vesselPrefix = r, prefix
				matches = append(matches, m)
			}
		}
	}
	// "Reg. EP-ITH", "Iran Air EP-CFI": an aircraft's registration among
	// other words is read alone, against aircraft.
	if r := registrationReading(base); r != "" && (kind == "" || kind == sdn.Aircraft) {
		_, more := ix.matchName(r, minScore)
		for _, m := range more {
			if ix.list.Entries[ix.names[m.name].entry].Kind == sdn.Aircraft {
				m.craft = r
				matches = append(matches, m)
			}
		}
	}
	// also matches another reading of the name, each match marked with
	// what the reading was.
	also := func(reading string, mark func(m *nameMatch)) {
		_, more := ix.matchName(reading, minScore)
		for _, m := range more {
			mark(&m)
			matches = append(matches, m)
		}
	}
	// alsoPeople is also for the listed people's names that keep allows.
	alsoPeople := func(reading string, keep func(rec *nameRec) bool, mark func(m *nameMatch)) {
		_, more := ix.matchName(reading, minScore)
		for _, m := range more {
			rec := &ix.names[m.name]
			if ix.list.Entries[rec.entry].Kind == sdn.Individual && keep(rec) {
				mark(&m)
				matches = append(matches, m)
			}
		}
	}
	// A name in kanji may be Japanese: it is also read as Japanese names
	// (井上邦雄 as "inoue kunio"), as well as in Mandarin. A reading with
	// a word of one letter meets people alone: against a firm's name the
	// letter stands for any word (李峰 read "i mine" met "Inaglinsky
	// Mine" at 0.97).
	for _, jp := range japaneseReadings(name) {
		mark := func(m *nameMatch) { m.japanese = jp }
		if slices.ContainsFunc(strings.Fields(jp), func(w string) bool { return utf8.RuneCountInString(strings.Trim(w, ",")) == 1 }) {
			alsoPeople(jp, func(*nameRec) bool { return true }, mark)
		} else {
			also(jp, mark)
		}
	}
	// A name in Chinese characters may be Korean: it is also read in
	// Hangul (金正恩 as 김정은, KIM, Jong Un); so may a name in Cyrillic
	// (Ким Чен Ын). Such a reading is a guess at the language, which must
	// meet a listed person's name as Korean names are written
	// (koreanShaped), and scores koreanReadingFactor times as much.
	cn := chineseReadings(name)
	korean := func(reading string, mark func(m *nameMatch)) {
		_, more := ix.matchName(reading, minScore)
		for _, m := range more {
			if ix.list.Entries[ix.names[m.name].entry].Kind != sdn.Individual || !koreanShaped(m) {
				continue
			}
			mark(&m)
			matches = append(matches, m)
		}
	}
	if kr := hanjaReading(name); kr != "" && cn == nil {
		korean(kr, func(m *nameMatch) { m.korean = kr })
	}
	for _, kr := range cyrillicKoreanReadings(name) {
		korean(kr, func(m *nameMatch) { m.koreanCyr = kr })
	}
	// A North Korean's name as South Korea writes it in Hangul (이병철)
	// is also read as the North writes it (리병철), against people.
	if nk := northKoreanReading(name); nk != "" {
		alsoPeople(nk, func(*nameRec) bool { return true }, func(m *nameMatch) { m.northKorean = nk })
	}
	// A Chinese name in Wade–Giles ("Hsu Pin", "Chiang Ching-kuo") is
	// also read in pinyin, as the list writes it, at wadeGilesFactor:
	// an aspirate's apostrophe dropped makes the reading a guess.
	// The reading meets Chinese names alone: read into pinyin, "Tsang Ka
	// Yan" of Hong Kong met the Colombian firm Zanga S.A.S. at 0.86.
	if wg := wadeGilesReading(name); wg != "" {
		_, more := ix.matchName(wg, minScore)
		for _, m := range more {
			if ix.chineseName(&ix.names[m.name]) {
				m.wadeGiles = wg
				matches = append(matches, m)
			}
		}
	}
	// A name written with its words run together and their capitals
	// kept ("NicolasMaduro", "KimJongUn": a user name, a field that
	// takes no spaces) is also read with its words apart.
	if cc := camelReading(name); cc != "" {
		also(cc, func(m *nameMatch) { m.camel = cc })
	}
	// "Eng. Nicolas Maduro", "Lic. Rafael Caro Quintero": a title of
	// profession or rank before a name is also left out. Such titles are
	// someone's name somewhere ("Dara Ing"), so they are not weighed as
	// nothing, and are left out only before two words or more.
	// An office ("President", "General") is a title before a person's
	// name alone (officeHolder): before a firm's it is a word of the name
	// ("Senator Shipping Lines").
	if rest, title := cutTitles(name); title != "" && (!hasOffice(title) || ix.officeHolder(rest)) {
		also(rest, func(m *nameMatch) { m.title = title })
		if cc := camelReading(rest); cc != "" {
			also(cc, func(m *nameMatch) { m.title, m.camel = title, cc })
		}
	}
	// A firm's initials written with spaces or points ("O N C U
	// Trading", "B.S. Company") are also read as one word, against
	// companies: a person's initials are letters.
	// Not a Russian surname and its initials: "KUZNETSOV A.O." is a
	// man, no firm KUZNETSOV AO.
	if spacedLetters(name) && !slavicInitials(name) {
		if js := joinLetters(nameTokens(name)); js != nil {
			reading := strings.Join(js, " ")
			_, more := ix.matchName(reading, minScore)
			for _, m := range more {
				if ix.list.Entries[ix.names[m.name].entry].Kind == sdn.Entity {
					m.letters = reading
					matches = append(matches, m)
				}
			}
		}
	}
	// A person's initials written with points after or before the
	// surname ("Kerimov S.A.", "Kovalchuk Yu.V.") are also read as
	// initials, against people: as written they may spell a legal form
	// (S.A., N.V., A.S.), and Russian writes Ю, Я, Е, Ж, Ч, Ш, Х and Ц as
	// two letters.
	// Each initial meets one word alone ("Ali S.M." read "S Ali M" is no
	// SALIM), the first the first given name ("Kadyrov R.Kh." is not
	// KADYROVA, Karina Ramzanovna); initials that spell a legal form
	// must each meet a given name or a patronymic.
	if r, legal, written := readInitials(name); r != "" {
		_, more := ix.matchName(r, minScore)
		for _, m := range more {
			if ix.list.Entries[ix.names[m.name].entry].Kind == sdn.Individual && ix.initialsFit(m, legal, written) {
				m.initials = r
				matches = append(matches, m)
			}
		}
	}
	// A firm's name cut where a payment message's line ends is also read
	// as the beginning of a listed name.
	matches = append(matches, ix.cutMatches(name)...)
	// A firm of the internet is written as its web address
	// ("Garantex.io", "www.bitzlato.com"): it is also read without the
	// address's top-level domain.
	if d := domainReading(name); d != "" {
		_, more := ix.matchName(d, minScore)
		for _, m := range more {
			// Firms alone: "www.atlas.com" is no ship ATLAS.
			if ix.list.Entries[ix.names[m.name].entry].Kind == sdn.Entity {
				m.domain = d
				matches = append(matches, m)
			}
		}
	}
	// "CENTRAL BK OF IRAN": a firm's words that are names elsewhere,
	// abbreviated without their point, are also read written out,
	// against firms, vessels and aircraft.
	if ab := firmAbbreviationReading(name); ab != "" {
		_, more := ix.matchName(ab, minScore)
		for _, m := range more {
			if ix.list.Entries[ix.names[m.name].entry].Kind != sdn.Individual {
				m.abbreviated = ab
				matches = append(matches, m)
			}
		}
	}
	// A name in Somali spelling is also read in the English one.
	if so := ix.somaliReading(name); so != "" {
		also(so, func(m *nameMatch) { m.somali = so })
	}
	// A person's name in German transliteration is also read in the
	// English one, against people whose listed name is in English
	// letters: a German name (FROSCH, Daniel) is written as it is.
	de := germanReading(name)
	if de != "" {
		alsoPeople(de, func(rec *nameRec) bool { return !containsFoldASCII(rec.text, "sch") }, func(m *nameMatch) { m.german = de })
	}
	// So is a Russian name as German writes its other letters (z for ц,
	// s for з, w for в, sch for ж too), against people whose listed name
	// has no w or sch of German.
	for _, rd := range germanRussianReadings(name) {
		if rd != "" && rd != de {
			alsoPeople(rd, func(rec *nameRec) bool {
				return !containsFoldASCII(rec.text, "sch") && !containsFoldASCII(rec.text, "w")
			}, func(m *nameMatch) { m.german = rd })
		}
	}
	// So is a Russian name in Polish or Czech transliteration, against
	// people whose listed name has none of its letters.
	if sl := westSlavicReading(name); sl != "" {
		alsoPeople(sl, func(rec *nameRec) bool { return !westSlavicWritten(rec.text) }, func(m *nameMatch) { m.slavic = sl })
	}
	// So is one in French transliteration, whose j is ж, against people
	// whose listed name has no j.
	if fr := frenchReading(name); fr != "" {
		alsoPeople(fr, func(rec *nameRec) bool { return !containsFoldASCII(rec.text, "j") }, func(m *nameMatch) { m.french = fr })
	}
	// A Chinese firm's name says its trade in Chinese, which the list
	// translates: it is also read with those words in English.
	for _, cn := range cn {
		also(cn, func(m *nameMatch) { m.chinese = cn })
	}
	// Hangul writes a Korean's family name first: each match is
	// marked, for familyNotFirst.
	if hangulPersonName(name) {
		for i := range matches {
			matches[i].hangul = true
		}
	}
	return matches
}

// germanReading returns name with German transliteration's dsch, tsch
// and sch written as English writes them (j, ch, sh), or "" when it has
// none: German writes Jafari Dschafari, Mojtaba Modschtaba, Chernyshenko
// Tschernyschenko, and each such letter costs the name a slip, two of
// them the match.
func germanReading(name string) string {
	// Most names have no sch: ruled out without allocating.
	lower := func(c byte) byte { return c | 0x20 }
	for i := 0; i+2 < len(name); i++ {
		if lower(name[i]) == 's' && lower(name[i+1]) == 'c' && lower(name[i+2]) == 'h' {
			return germanSpelling.Replace(strings.ToLower(name))
		}
	}
	return ""
}

var germanSpelling = strings.NewReplacer("dsch", "j", "tsch", "ch", "sch", "sh")

// germanRussianReadings returns a Russian name in German transliteration
// read in the English one, in up to three readings, or none when it does
// not look so. Besides dsch, tsch and sch (germanReading), German writes ц
// as z (Kusnezow, Zarew, Mesenzew: Kuznetsov, Tsarev, Mezentsev), з as s
// between vowels, where с is ss (Kasikajew: Kazikaev), в as w, and ж as
// sch, as it writes ш (Poschidajew, Iwanjuschenkow: Pozhidaev,
// Ivanyuzhenkov). The first reading reads sch as ш, the second, for a name
// with an sch of its own, as ж. First in a surname, s is з (Sacharow,
// Saizew) as often as с (Syrowazkaja, Syrovatskaya): the first reading
// reads it as з, the third as с.
// Those letters are German names' own (Schulz, Seidel, Wolf): a name is
// read so only when a word of it ends as German writes a Russian surname
// or patronymic (germanRussianWord).
func germanRussianReadings(name string) (readings [3]string) {
	// Most names end otherwise: ruled out without allocating.
	if !anyWord(name, germanRussianWord) || !germanRussianLetters(name) {
		return readings
	}
	lower := strings.ToLower(name)
	if readings[0] = germanRussianSpelling(lower, "sh", true); readings[0] == lower {
		return [3]string{}
	}
	for i := strings.Index(lower, "sch"); i >= 0; {
		// Not the sch of tsch, dsch or schtsch (щ).
		if (i == 0 || lower[i-1] != 't' && lower[i-1] != 'd') && !strings.HasPrefix(lower[i+3:], "tsch") {
			readings[1] = germanRussianSpelling(lower, "zh", true)
			break
		}
		j := strings.Index(lower[i+3:], "sch")
		if j < 0 {
			break
		}
		i += 3 + j
	}
	if s := germanRussianSpelling(lower, "sh", false); s != readings[0] && s != lower {
		readings[2] = s
	}
	return readings
}

// germanRussianWord reports whether a word ends as German writes a
// Russian surname or patronymic: -ow, -ew, -owa, -ewa, -owna, -ewna,
// -itsch, -ski, -skaja, -skij, -zki, -zkaja, -zkij, -enko, and -in or -ina
// after a consonant (Putin, Potanina; not Klein, Stein).
func germanRussianWord(w string) bool {
	for _, e := range germanRussianEndings {
		if len(w) >= len(e)+3 && hasSuffixFold(w, e) {
			return true
		}
	}
	for _, e := range [...]string{"in", "ina"} {
		if len(w) >= len(e)+3 && hasSuffixFold(w, e) && !isVowel(w[len(w)-len(e)-1]|0x20) && !givenNameFold(w) {
			return true
		}
	}
	return false
}

// givenNameFold is givenNameForm for a word of ASCII letters in either
// case, without allocating: Martin and Karina end as Putin and Potanina.
func givenNameFold(w string) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return false
	}
	b := buf[:len(w)]
	for i := range len(w) {
		b[i] = w[i] | 0x20
	}
	return givenNameGroup(int(equivalentGroup[string(b)]))
}

// germanRussianSurname reports whether a word is such a surname, not a
// patronymic.
func germanRussianSurname(w string) bool {
	return germanRussianWord(w) && !hasSuffixFold(w, "itsch") && !hasSuffixFold(w, "owna") && !hasSuffixFold(w, "ewna")
}

// wordAt returns the word of s that begins at i.
func wordAt(s string, i int) string {
	j := i
	for j < len(s) && isLetterFold(s[j]) {
		j++
	}
	return s[i:j]
}

var germanRussianEndings = []string{"ow", "ew", "owa", "ewa", "owna", "ewna", "itsch", "ski", "skaja", "skij", "zki", "zkaja", "zkij", "enko"}

// germanRussianLetters reports, without allocating, whether name has a
// letter that germanRussianSpelling reads otherwise: w, z, sch, or an s
// first in a word or after a vowel, and before a vowel.
func germanRussianLetters(name string) bool {
	for i := 0; i < len(name); i++ {
		switch name[i] | 0x20 {
		case 'w', 'z':
			return true
		case 's':
			if i+2 < len(name) && name[i+1]|0x20 == 'c' && name[i+2]|0x20 == 'h' {
				return true
			}
			if (i == 0 || !isLetterFold(name[i-1]) || isVowel(name[i-1]|0x20)) && i+1 < len(name) && isVowel(name[i+1]|0x20) {
				return true
			}
		}
	}
	return false
}

// germanRussianSpelling writes lower, a name in German transliteration
// of Russian in lower case, as English writes it, with sch as sch says
// (sh or zh), and with firstZ the s that begins a surname before a vowel
// as z.
func germanRussianSpelling(lower, sch string, firstZ bool) string {
	var b strings.Builder
	b.Grow(len(lower) + 8)
	for i := 0; i < len(lower); i++ {
		c, rest := lower[i], lower[i:]
		switch {
		case strings.HasPrefix(rest, "dsch"):
			b.WriteByte('j')
			i += 3
		case strings.HasPrefix(rest, "tsch"):
			b.WriteString("ch")
			i += 3
		case strings.HasPrefix(rest, "schtsch"):
			b.WriteString("shch")
			i += 6
		case strings.HasPrefix(rest, "sch"):
			b.WriteString(sch)
			i += 2
		case strings.HasPrefix(rest, "tz"), c == 'z':
			b.WriteString("ts")
			if c == 't' {
				i++
			}
		case strings.HasPrefix(rest, "ss"):
			b.WriteByte('s')
			i++
		case c == 's' && i > 0 && isVowel(lower[i-1]) && i+1 < len(lower) && isVowel(lower[i+1]):
			b.WriteByte('z')
		case firstZ && c == 's' && (i == 0 || !isLetterFold(lower[i-1])) && i+1 < len(lower) && isVowel(lower[i+1]) && germanRussianSurname(wordAt(lower, i)):
			// A given name or patronymic that begins so is read with
			// с: Sergej, Semjonowitsch.
			b.WriteByte('z')
		case c == 'w':
			b.WriteByte('v')
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// anyWord reports, without allocating, whether is holds for a word of
// name, the words being cut at spaces and punctuation.
func anyWord(name string, is func(w string) bool) bool {
	end := len(name)
	for i := len(name) - 1; i >= -1; i-- {
		if i >= 0 && isLetterFold(name[i]) {
			continue
		}
		if i+1 < end && is(name[i+1:end]) {
			return true
		}
		end = i
	}
	return false
}

// isLetterFold reports whether c is an ASCII letter in either case or a
// byte of a character beyond ASCII (which names write letters with).
func isLetterFold(c byte) bool {
	return c|0x20 >= 'a' && c|0x20 <= 'z' || c >= 0x80
}

// hasSuffixFold reports whether w ends with suffix, lower-case ASCII, in
// any letter case.
func hasSuffixFold(w, suffix string) bool {
	if len(w) < len(suffix) {
		return false
	}
	w = w[len(w)-len(suffix):]
	for k := 0; k < len(suffix); k++ {
		if w[k]|0x20 != suffix[k] {
			return false
		}
	}
	return true
}

// transliterationReadingFactor scales the score of a match made through
// a reading of the query in another transliteration (germanReading,
// germanRussianReadings, westSlavicReading, frenchReading,
// northKoreanReading): a guess at the convention, which may be wrong (the
// Dutch and Italian sch: "Ali Schaik", "Omar Schiavo"; a South Korean's
// own 이).
const transliterationReadingFactor = 0.95

// containsFoldASCII reports whether s holds sub, a lower-case ASCII
// string, in any letter case, without allocating.
func containsFoldASCII(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		k := 0
		for k < len(sub) && s[i+k]|0x20 == sub[k] {
			k++
		}
		if k == len(sub) {
			return true
		}
	}
	return false
}

// westSlavicReading returns a name in Polish or Czech transliteration of
// Russian written as English writes it, or "" when it shows none: Polish
// sz, cz, ż and w, its soft ie after a consonant (Siergiej Ławrow,
// Dmitrij Miedwiediew, Jewgienij Prigożin), Czech š, č, ž and j after a
// vowel (Sergej Šojgu), and the c of both, ц (Nowicki, Kuznecov:
// Novitskiy, Kuznetsov). The soft ie alone is read only beside a w, as
// English, French and Spanish names have it too (Daniel, Pierre,
// GUTIERREZ, Jorge); a c alone only in a name a word of which ends as
// Polish or Czech write a Russian name (westRussianWord), as Western names
// have it too.
func westSlavicReading(name string) string {
	marked, soft, w := false, false, false
	prev := ' '
	for _, r := range name {
		r = unicode.ToLower(r)
		switch {
		case strings.ContainsRune("šžčżśćńłź", r):
			marked = true
		case (r == 'z') && (prev == 's' || prev == 'c'):
			marked = true
		case r == 'i' && prev >= 'a' && prev <= 'z' && !strings.ContainsRune("aeiouy", prev):
			soft = true // checked with the e below
		case r == 'w':
			w = true
		}
		prev = r
	}
	if !marked && !(soft && w && strings.Contains(strings.ToLower(name), "ie")) && !(hasLoneC(name) && anyWord(name, westRussianWord)) {
		return ""
	}
	lower := []rune(westSlavicSpelling.Replace(strings.ToLower(name)))
	var b strings.Builder
	vowel := func(r rune) bool { return strings.ContainsRune("aeiouy", r) }
	for i, r := range lower {
		switch {
		case r == 'i' && i > 0 && i+1 < len(lower) && lower[i+1] == 'e' && unicode.IsLetter(lower[i-1]) && !vowel(lower[i-1]):
			continue // Siergiej: Sergej
		case r == 'j' && i > 0 && vowel(lower[i-1]) && (i+1 == len(lower) || !vowel(lower[i+1])):
			r = 'y' // Šojgu: Shoygu; Sergej: Sergey
		case r == 'w':
			r = 'v'
		case r == 'c' && (i+1 == len(lower) || loneCBefore(lower[i+1])):
			b.WriteString("ts") // Cybulski, Kuznecov: Tsybulskiy, Kuznetsov
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// hasLoneC reports, without allocating, whether name has a c that is
// Polish and Czech ц (loneCBefore): not that of ch or cz.
func hasLoneC(name string) bool {
	for i := 0; i < len(name); i++ {
		if name[i]|0x20 == 'c' && (i+1 == len(name) || name[i+1] < utf8.RuneSelf && loneCBefore(rune(name[i+1]|0x20))) {
			return true
		}
	}
	return false
}

// loneCBefore reports whether a c before r is Polish and Czech ц: before
// a vowel, k, v or w, or last in a word (Carev, Novickij, Cvetkov,
// Kuznec); not in ch and cz, nor before another consonant, as in the
// Western forms of given names (Victor).
func loneCBefore(r rune) bool {
	return r < utf8.RuneSelf && (isVowel(byte(r)) || r == 'k' || r == 'v' || r == 'w' || !isLetterFold(byte(r)))
}

// westRussianWord reports whether a word ends as Polish or Czech write a
// Russian surname, given name or patronymic: -ow, -ew, -owa, -ewa as
// Polish, -ov, -ev, -ova, -eva as Czech, -in, -ina, -yn, -ij, -aja, -ki,
// -enko.
func westRussianWord(w string) bool {
	for _, e := range westRussianEndings {
		if len(w) >= len(e)+3 && hasSuffixFold(w, e) {
			return true
		}
	}
	return false
}

var westRussianEndings = []string{"ow", "ew", "owa", "ewa", "ov", "ev", "ova", "eva", "in", "ina", "yn", "yna", "ij", "aja", "ki", "enko"}

// frenchReading returns a Russian name in French transliteration with its
// j read as ж, as English writes it (zh), or "" when it does not look so:
// French writes Pozhidaev Pojidaiev, Ivanyuzhenkov Ivanioujenkov,
// Zherebtsov Jerebtsov. German, Polish and Czech write й so, and begin
// Yelena, Yuri and Yakov with it (Jelena, Jurij, Jakov): the name must
// have no w, no mark of theirs nor a soft sign's apostrophe, each j must
// begin a word or follow a vowel other than i (Julija: French writes
// Ioulia), and come before a vowel, and a word of it must end as French
// writes a Russian name (frenchRussianWord), not in -aja (Lesnaja: French
// writes Lesnaïa).
func frenchReading(name string) string {
	// Most names have no j: ruled out without allocating.
	if strings.IndexAny(name, "jJ") < 0 || strings.ContainsAny(name, "wWčšžřěůłśńżźćČŠŽŘĚŮŁŚŃŻŹĆ'ʹ’") {
		return ""
	}
	for i := 0; i < len(name); i++ {
		if name[i]|0x20 != 'j' {
			continue
		}
		if i+1 == len(name) || !isVowel(name[i+1]|0x20) ||
			i > 0 && isLetterFold(name[i-1]) && (!isVowel(name[i-1]|0x20) || name[i-1]|0x20 == 'i') {
			return ""
		}
	}
	if !anyWord(name, frenchRussianWord) || anyWord(name, func(w string) bool { return hasSuffixFold(w, "aja") }) {
		return ""
	}
	return strings.ReplaceAll(strings.ToLower(name), "j", "zh")
}

// frenchRussianWord reports whether a word ends as French writes a
// Russian surname or patronymic: -ov, -ev, -ova, -eva, -ine, -ina, -ski,
// -itch, -ovna, -evna, -enko, -off, -eff.
func frenchRussianWord(w string) bool {
	for _, e := range frenchRussianEndings {
		if len(w) >= len(e)+3 && hasSuffixFold(w, e) {
			return true
		}
	}
	return false
}

var frenchRussianEndings = []string{"ov", "ev", "ova", "eva", "ine", "ina", "ski", "itch", "ovna", "evna", "enko", "off", "eff"}

var westSlavicSpelling = strings.NewReplacer("szcz", "shch", "sz", "sh", "cz", "ch", "š", "sh", "č", "ch", "ž", "zh", "ż", "zh",
	"ś", "s", "ć", "ch", "ń", "n", "ł", "l", "ź", "z")

// westSlavicWritten reports whether a listed name is itself written with
// Polish or Czech letters (w, sz, cz, or marks), which westSlavicReading
// would not find.
func westSlavicWritten(text string) bool {
	return strings.ContainsAny(text, "wWšžčżśćńłźŠŽČŻŚĆŃŁŹ") || containsFoldASCII(text, "sz") || containsFoldASCII(text, "cz")
}

// koreanReadingFactor scales the score of a match made through a reading
// of a name as Korean (hanjaReading, cyrillicKoreanReadings): the name
// may as well be Chinese or Russian, and only a reading that meets the
// listed name whole should reach DefaultThreshold.
const koreanReadingFactor = 0.92

// koreanShaped reports whether a match of a name read as Korean pairs it
// as a Korean name is written: its family name, first, with the listed
// family name, which the list writes first too (许元莉 read 허원리 is not
// RI, Won Ho); its syllables in their order (김철성 is not KIM, Song
// Chol); and every syllable of it (徐志明, 서지명, is not SO, Myong).
func koreanShaped(m nameMatch) bool {
	if len(m.q) > maxQueryTokens || m.align.qUsed != 1<<len(m.q)-1 {
		return false
	}
	// The pair that begins at each query token, in the query's order.
	var at [maxQueryTokens]int16
	for k, p := range m.align.pairs {
		at[p.qi] = int16(k + 1)
	}
	next := 0 // the first listed token the next pair may take
	for qi := 0; qi < len(m.q); qi++ {
		if at[qi] == 0 {
			continue
		}
		p := m.align.pairs[at[qi]-1]
		if qi == 0 && p.cj != 0 || p.cj < next {
			return false
		}
		next = p.cj + p.cn
	}
	return at[0] != 0
}

// cutPlace splits a query of the form "Name, Place" where every word after
// its one comma is a place the list's addresses name (tokInfo.place):
// "Sovcomflot, Moscow", "Bank Melli, Tehran, Iran". It returns the name and
// the place, or "" for the place when the query has no such form.
func (ix *index) cutPlace(query string) (name, place string) {
	name, place, ok := strings.Cut(query, ",")
	if !ok {
		return query, ""
	}
	name, place = strings.TrimSpace(name), strings.TrimSpace(place)
	if name == "" || len(place) > maxPlaceLen {
		return query, ""
	}
	ts := nameTokens(place)
	if len(ts) == 0 {
		return query, ""
	}
	// A place of two letters is a code, in capitals ("Bank Melli, IR"):
	// "Mia, Md." is Md, Mohammad as Bangladesh abbreviates it, not
	// Maryland.
	if len(ts) == 1 && len(ts[0]) <= 2 {
		switch {
		case strings.ToUpper(place) != place || strings.ContainsRune(place, '.'):
			return query, ""
		case isoCode(place) && !ix.surnameBefore(name):
			return name, place // "Sovcomflot, RU"; "Patrushev, NP" is initials
		}
	}
	for _, t := range ts {
		// A given name is no place, though towns bear some
		// ("GARCIA LOPEZ, Guadalupe").
		if id, ok := ix.dict[t]; !ok || !ix.toks[id].place || ix.givenLike(id) {
			return query, ""
		}
	}
	return name, place
}

// surnameBefore reports whether name, before a query's comma, holds a
// word the list holds as a surname or a surname of Russia or its
// neighbours: what follows the comma is the given names' initials then.
func (ix *index) surnameBefore(name string) bool {
	for _, t := range nameTokens(name) {
		if id, ok := ix.dict[t]; ok && ix.surnameLike(id) || slavicSurname(t) {
			return true
		}
	}
	return false
}

// cutTrailingPlace splits a query without a comma that ends in places
// the list's addresses name, whole (placeNames; a city and a country at
// most), as a payment's beneficiary line runs a name and where the payee
// is together: "Rosneft Moscow", "Sovcomflot Saint Petersburg Russia". A
// word of a place's name alone is none ("Bank" of West Bank), nor a given
// name ("Guadalupe"). What stays must not end in a particle ("National
// Bank of Egypt" is a bank's name: the place is given back) and must not
// be a place itself ("Saint Petersburg Russia"), nor, one word, stand
// beside a place as a person's name may ("Noor Farah"). When it holds no word
// of its own (distinctive), own is true: "National Bank Egypt" and
// "Investment Bank London" would meet every listed bank of that name, and
// are matched only against the firms whose own addresses name the place
// (ownPlaces). A country's alpha-2 code in capitals may follow the places.
// typographicQuotes writes the quotes of Russian, German and English
// typography around a firm's name as ASCII ones.
var typographicQuotes = strings.NewReplacer("«", `"`, "»", `"`, "„", `"`, "“", `"`, "”", `"`, "‹", "'", "›", "'")

// postalCode reports whether w is a postal code of three to six digits,
// a comma after it or not.
func postalCode(w string) bool {
	w = strings.TrimRight(w, ",")
	return len(w) >= 3 && len(w) <= 6 && digits(w) == len(w)
}

func (ix *index) cutTrailingPlace(query string) (name, place string, own bool) {
	if !isASCII(query) {
		query = typographicQuotes.Replace(query) // ООО «Тако» Ереван
	}
	if !isASCII(query) {
		return query, "", false
	}
	// A bank's branch after its city: "Bank Tejarat Dushanbe Branch". A
	// country before the city is the bank's ("Bank Saderat Iran
	// Ashgabat Branch").
	if rest, last, ok := cutLastWord(query); ok && strings.EqualFold(last, "branch") {
		words := strings.Fields(rest)
		if w := ix.placeAtEnd(words); w > 0 && w < len(words) && !connector(words[len(words)-w-1]) {
			name := strings.Join(words[:len(words)-w], " ")
			return name, strings.Join(words[len(words)-w:], " ") + " " + last, !slices.ContainsFunc(nameTokens(name), ix.distinctive)
		}
	}
	if !ix.mayEndInPlace(query) {
		return query, "", false
	}
	words := strings.Fields(query)
	k := len(words)
	// A country's code after a place ends it too: "SBERBANK MOSCOW RU".
	code := k >= 3 && isoCode(words[k-1])
	if code {
		k--
	}
	var cuts [maxPlaces]int
	n := 0
	for n < maxPlaces {
		w := ix.placeAtEnd(words[:k])
		if w == 0 && n > 0 && k > 2 && postalCode(words[k-1]) {
			// A postal code between a town and its country:
			// "BIMEH IRAN, MUSCAT 113, OMAN".
			if w = ix.placeAtEnd(words[:k-1]); w > 0 {
				k--
			}
		}
		if w == 0 {
			break
		}
		cuts[n] = k
		n++
		k -= w
	}
	for n > 0 && connector(words[k-1]) {
		n--
		k = cuts[n]
	}
	if n == 0 || k == 0 {
		return query, "", false
	}
	name = strings.Join(words[:k], " ")
	// What stays is no place itself ("Hong Kong China", "Saint Petersburg
	// Russia").
	ts := nameTokens(name)
	if ix.placeNames[strings.Join(ts, " ")] {
		return query, "", false
	}
	// One word that stays may be a person's name and the place a family
	// name: "Noor Farah" and "Yasmine Valencia" are no firms NOOR HOLDING
	// or AL-YASMEEN CONTRACTING of Farah and Valencia. Neither may be a
	// word the list's people's names hold more than once.
	if len(ts) == 1 && (ix.inPeoplesNames(ts[0]) || len(words)-k == 1 && ix.inPeoplesNames(words[k])) {
		return query, "", false
	}
	return name, strings.Join(words[k:], " "), !slices.ContainsFunc(ts, ix.distinctive)
}

// withoutBranch returns the place cutTrailingPlace read without the word
// Branch after it.
func withoutBranch(place string) string {
	if rest, last, ok := cutLastWord(place); ok && strings.EqualFold(last, "branch") {
		return rest
	}
	return place
}

// cutLastWord returns s without its last word, and that word; ok is false
// when s has one word or none.
func cutLastWord(s string) (rest, last string, ok bool) {
	s = strings.TrimRight(s, " ")
	i := strings.LastIndexByte(s, ' ')
	if i <= 0 {
		return "", "", false
	}
	return strings.TrimRight(s[:i], " "), s[i+1:], true
}

// inPeoplesNames reports whether the list's people's names hold word t
// (a token) twice or more: a given name or a family name, not the word of
// one alias (HAMAS, HIZBULLAH).
func (ix *index) inPeoplesNames(t string) bool {
	ts := nameTokens(t)
	if len(ts) != 1 {
		return false
	}
	id, ok := ix.dict[ts[0]]
	return ok && ix.personUses(id) >= 2
}

// cutPersonPlace splits a query without a comma that ends in where a
// person is, as a payment's beneficiary line gives it: a country's
// alpha-2 code in capitals, a place of the list's addresses in capitals,
// or both (placeAtEnd). It returns the name before them, of two words at
// least and not ending in a particle, the place as written, and the
// country's code when the place names one (the code, or a country's
// name); "" when the query ends in none. A code that is a legal form or a
// particle too (SA, AG, CO; AL, DE) is none.
func (ix *index) cutPersonPlace(query string) (name, place, country string) {
	if !isASCII(query) || strings.ContainsRune(query, ',') {
		return "", "", ""
	}
	// Most queries end in neither: ruled out before the words are split.
	trimmed := strings.TrimRight(query, " ")
	last := trimmed[strings.LastIndexByte(trimmed, ' ')+1:]
	code := isoCode(last) && !legalMaybe(strings.ToLower(last)) && !connector(last)
	if !code && !ix.mayEndInPlace(query) {
		return "", "", ""
	}
	words := strings.Fields(query)
	k := len(words)
	if k < 3 {
		return "", "", ""
	}
	if code {
		country = countryOfCode(words[k-1])
		k--
	}
	// A town in capitals, as payment lines write them: "Hassan Mohamed
	// Kismayo" ends in a family name as likely. A country, and a town
	// before it: "LY YONG PHAT KOH KONG CAMBODIA".
	for cuts := 0; cuts < 2; cuts++ {
		n := ix.placeAtEnd(words[:k])
		if n == 0 || k-n < 2 {
			break
		}
		place := strings.Join(words[k-n:k], " ")
		if place != strings.ToUpper(place) {
			break
		}
		c := countryNames()[foldCountry(place)]
		if cuts > 0 && (c != "" || k-n < 3) {
			break // two countries; or a town that would leave two words ("AHMED ALI MOGADISHU SOMALIA")
		}
		if country == "" {
			country = c
		}
		k -= n
		if c == "" {
			break // a town ends the name's place
		}
	}
	if k == len(words) || k < 2 || connector(words[k-1]) || nameParticle(words[k-1]) {
		return "", "", ""
	}
	return strings.Join(words[:k], " "), strings.Join(words[k:], " "), country
}

// nameParticle reports whether w is a particle of Arabic names that a
// name does not end in: "MOHAMMED BIN AL" is not MOHAMMED BIN of Albania.
func nameParticle(w string) bool {
	switch strings.ToLower(w) {
	case "bin", "ibn", "ben", "bint", "abu", "abou", "ould", "abd", "abdul", "abdel":
		return true
	}
	return false
}

// programmeOf reports whether entry e is listed under a programme of the
// country of alpha-2 code c (programmeCountries).
func programmeOf(e *sdn.Entry, c string) bool {
	for _, p := range e.Programs {
		for prefix, code := range programmeCountries {
			if code == c && strings.HasPrefix(p, prefix) {
				return true
			}
		}
	}
	return false
}

// programmeCountries are the programmes of one country, by the prefix of
// their tags (DPRK, DPRK2, DPRK3...), and its alpha-2 code.
var programmeCountries = map[string]string{
	"DPRK": "KP", "IRAN": "IR", "IRGC": "IR", "SYRIA": "SY", "VENEZUELA": "VE", "CUBA": "CU",
	"RUSSIA": "RU", "BELARUS": "BY", "BURMA": "MM", "SUDAN": "SD", "SOUTH SUDAN": "SS", "DARFUR": "SD",
	"LIBYA": "LY", "SOMALIA": "SO", "YEMEN": "YE", "IRAQ": "IQ", "LEBANON": "LB", "MALI": "ML",
	"CAR": "CF", "DRCONGO": "CD", "NICARAGUA": "NI", "ETHIOPIA": "ET", "HK-": "HK",
}

// ofState reports whether listed name n says it is of country, as a
// payee writes it: "... of [the] <country>" or "... de <country>".
func (ix *index) ofState(n int32, country string) bool {
	ts := nameTokens(country)
	if len(ts) == 0 {
		return false
	}
	c := ts[len(ts)-1]
	toks := ix.names[n].toks
	for j := 1; j < len(toks); j++ {
		if ix.toks[toks[j]].text != c {
			continue
		}
		before := ix.toks[toks[j-1]].text
		if before == "the" && j >= 2 {
			before = ix.toks[toks[j-2]].text
		}
		if placeOf[before] {
			return true
		}
	}
	return false
}

// placeStateFactor scales a match of a firm named by its trade alone,
// read as the one of the state of the city after its name (screenName):
// a guess at which state, as the cut of a name is.
const placeStateFactor = cutFactor

// countryOfCity returns the country, as a payee writes it ("North Korea"
// for the list's "Korea, North"), of the city that place begins with, when
// the list's addresses give that city in one country alone; else "".
func (ix *index) countryOfCity(place string) string {
	city, _, _ := strings.Cut(place, ",")
	ts := tokens(city)
	if len(ts) > 1 && (isoCodes()[strings.ToUpper(ts[len(ts)-1])] || ix.placeNames[ts[len(ts)-1]]) {
		ts = ts[:len(ts)-1] // "TEHRAN IR", "Pyongyang North Korea"
	}
	c := ix.cityCountry[strings.Join(ts, " ")]
	if before, after, ok := strings.Cut(c, ", "); ok {
		c = after + " " + before
	}
	return c
}

// firmInitial returns the listed word that an initial of the query meets
// in match m of a firm's name, when that word is no word of a trade and m
// meets no other word that says which firm (descriptiveWord; a town the
// list's addresses name says where, not which): a letter stands for the
// firm's own word on its own say ("K-Electric" for KALAYE ELECTRIC
// COMPANY, "G Shipping" for Gooryong Shipping, "Shenzhen H.T. Electronics"
// for TAIHUI ELECTRONICS SHENZHEN, "Capital A Berhad" for Avrora Capital).
// "" when it does not; "S. Babaei Industries" meets BABAIE too.
func (ix *index) firmInitial(m nameMatch, query string) string {
	toks := ix.names[m.name].toks
	initial := ""
	for _, p := range m.align.pairs {
		if p.qi >= len(m.q) || p.cj+p.cn > len(toks) {
			continue
		}
		// After the first word, a letter of a name in Latin letters,
		// not its last word: there it may be a word cut short.
		at := p.qi == 0 || p.qi < len(m.q)-1 && m.cut == 0 && isASCII(query)
		if t := ix.toks[toks[p.cj]].text; at && p.qn == 1 && p.cn == 1 && len(m.q[p.qi].text) == 1 && len(t) > 1 {
			if tradeWords[t] {
				return ""
			}
			initial = t
			continue
		}
		if p.qn > 1 && p.qi+p.qn <= len(m.q) && !slices.ContainsFunc(m.q[p.qi:p.qi+p.qn], func(t qtok) bool { return !descriptiveWord(t.text) }) {
			continue // "ship management" for SHIPMANAGEMENT
		}
		for _, id := range toks[p.cj : p.cj+p.cn] {
			if t := ix.toks[id].text; t != legalToken && !descriptiveWord(t) && !ix.toks[id].place {
				return ""
			}
		}
	}
	return initial
}

// placeAlone reports whether every listed word that match m meets, but
// legal forms, particles and the words of a group of firms, is a
// country, a people or a region, and the match leaves out a word of the
// listed name's own: K2016212771 SOUTH AFRICA PTY LTD and "Standard Bank
// of South Africa".
func (ix *index) placeAlone(m nameMatch) bool {
	toks := ix.names[m.name].toks
	// inCountry reports whether listed word j is a word of a country's
	// name of two or three words ("SOUTH AFRICA").
	inCountry := func(j int) bool {
		var joined string
		for lo := max(0, j-2); lo <= j; lo++ {
			for hi := j + 1; hi <= min(len(toks), lo+3); hi++ {
				if hi-lo < 2 {
					continue
				}
				joined = ""
				for _, id := range toks[lo:hi] {
					joined += ix.toks[id].text
				}
				if _, ok := countryNames()[joined]; ok {
					return true
				}
			}
		}
		return false
	}
	n := 0
	for _, p := range m.align.pairs {
		for j := p.cj; j < p.cj+p.cn; j++ {
			switch t := ix.toks[toks[j]].text; {
			case t == legalToken || generic[t]:
			case placeWord(t) || inCountry(j):
				n++
			case kindWords[t] || tradeWords[t]:
				// "Bank of Georgia": a word of what a firm is, which
				// names no firm, beside the place.
			default:
				return false
			}
		}
	}
	if n == 0 {
		return false
	}
	// The listed name's own word is left out: no word of a trade, a
	// firm's kind or a legal form ("MEDITERRANEAN INTERNATIONAL TRADING
	// DIS TICARET" is met whole but its words of a trade).
	for j, id := range toks {
		if t := ix.toks[id].text; m.align.cUsed&(1<<j) == 0 && t != legalToken && !generic[t] && !kindWords[t] && !isNumber(t) {
			return true
		}
	}
	return false
}

// otherCountry returns a country that the query's name says it is of
// ("... of Vietnam", "... de Colombia") and that match m leaves unmatched,
// where entry e has no address: the body or firm of another state. "" if
// there is none, if e gives no address, or if m meets a word that makes
// the firm's name its own (hasBrand). A country written after a name
// without "of" is where the payee is ("Mahan Air UAE"): a listed firm's
// branch or front there is the firm.
func (ix *index) otherCountry(m nameMatch, e int32) string {
	if m.align.brand || len(ix.list.Entries[e].Addresses) == 0 {
		return ""
	}
	for i := 1; i < len(m.q); i++ {
		t := m.q[i].text
		if m.align.qUsed&(1<<i) != 0 || countryNames()[t] == "" {
			continue
		}
		before := m.q[i-1].text
		if before == "the" && i >= 2 {
			before = m.q[i-2].text
		}
		if placeOf[before] && !ix.ownPlace(e, t) {
			return t
		}
	}
	return ""
}

// ownPlaces reports whether every word of place is a place of entry e's
// own addresses (ownPlace).
func (ix *index) ownPlaces(e int32, place string) bool {
	ts := nameTokens(place)
	for _, t := range ts {
		if !ix.ownPlace(e, t) {
			return false
		}
	}
	return len(ts) > 0
}

// ownPlace reports whether token t is a word of the city, state or
// country of one of entry e's addresses, or names the country of one, or
// is its people's adjective (demonyms: "National Iranian Petrochemical
// Company"). An entry that gives no address (the consolidated lists'
// firms) may be anywhere: any place the list's addresses name or country
// is its own.
func (ix *index) ownPlace(e int32, t string) bool {
	if full, ok := emiratesPlaces[t]; ok && ix.ownPlaces(e, full) {
		return true // JAFZA, in Dubai
	}
	as := ix.list.Entries[e].Addresses
	if len(as) == 0 {
		_, ok := countryNames()[t]
		return ok || demonyms[t] != "" || ix.town(t)
	}
	code := demonyms[t]
	for _, a := range as {
		for _, f := range [...]string{a.City, a.State, a.Country} {
			if f != "" && slices.Contains(nameTokens(f), t) {
				return true
			}
		}
		if a.Country != "" {
			if code == "" {
				if code = countryCode(t); code == "" {
					code = "-"
				}
			}
			if code != "-" && readListedCountry(a.Country).code == code {
				return true
			}
		}
	}
	return false
}

// distinctive reports whether a token of a name may say whose name it is
// when the words beside it are left out: no particle, legal form, word of
// a firm's trade (companyWords) or English word, nor a word that more
// than maxDistinctiveEntries entries' names hold ("Islamic", 230 names,
// "Global", "Star"). A town's name may be one: Kazan Helicopters.
func (ix *index) distinctive(t string) bool {
	if t == legalToken || generic[t] || tradeWords[t] || isEnglishWord(t) {
		return false
	}
	id, ok := ix.dict[t]
	return !ok || ix.toks[id].weight >= ix.weightOf("", maxDistinctiveEntries)
}

// maxDistinctiveEntries is the most entries a distinctive word is held
// by: VTB (about 60 entries, the bank and its subsidiaries) is one.
const maxDistinctiveEntries = 60

// tradeWords holds every word of companyWords.
var tradeWords = func() map[string]bool {
	m := make(map[string]bool)
	for _, line := range companyWords {
		for _, w := range strings.Fields(line) {
			m[w] = true
		}
	}
	return m
}()

// mayEndInPlace reports, without allocating, whether the last word of an
// ASCII query may end a place (placeEnds), or has other signs than
// letters and digits, which tokens would read.
func (ix *index) mayEndInPlace(query string) bool {
	end := len(query)
	for end > 0 && query[end-1] <= ' ' {
		end--
	}
	start := end
	for start > 0 && query[start-1] > ' ' {
		start--
	}
	var buf [32]byte
	if end-start > len(buf) {
		return false
	}
	b := buf[:0]
	for i := start; i < end; i++ {
		switch c := query[i]; {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			b = append(b, c)
		case 'A' <= c && c <= 'Z':
			b = append(b, c+'a'-'A')
		default:
			return true
		}
	}
	return ix.placeEnds[string(b)] || end-start == 2 && isoCode(query[start:end])
}

// isoCodes are the ISO 3166 alpha-2 codes of countries.
var isoCodes = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool)
	for _, code := range isoCountryNames {
		m[code] = true
	}
	return m
})

// isoCode reports whether w is a country's alpha-2 code written in
// capitals, as payment messages end an address with it ("MOSCOW RU").
func isoCode(w string) bool {
	return len(w) == 2 && 'A' <= w[0] && w[0] <= 'Z' && 'A' <= w[1] && w[1] <= 'Z' && isoCodes()[w]
}

// maxPlaces bounds the places cutTrailingPlace reads, and maxPlaceWords
// the words of one.
const (
	maxPlaces     = 2
	maxPlaceWords = 4
)

// placeAtEnd returns how many of words' last words (leaving one at least)
// make a place of the list's addresses, the longest such, or 0.
func (ix *index) placeAtEnd(words []string) int {
	var ts []string
	for n := 1; n <= maxPlaceWords && n < len(words); n++ {
		w := tokens(words[len(words)-n])
		if len(w) == 0 {
			return 0 // "&": no word of a place
		}
		ts = append(w, ts...)
		if !ix.placeNames[strings.Join(ts, " ")] {
			continue
		}
		if len(ts) == 1 {
			if id, ok := ix.dict[ts[0]]; ok && ix.givenLike(id) {
				continue
			}
		}
		best := n
		for m := n + 1; m <= maxPlaceWords && m < len(words); m++ {
			w := tokens(words[len(words)-m])
			if len(w) == 0 {
				break
			}
			ts = append(w, ts...)
			if ix.placeNames[strings.Join(ts, " ")] {
				best = m
			}
		}
		return best
	}
	return 0
}

// connector reports whether w is a particle that joins a name's words:
// "National Bank of", "Banco Nacional de".
func connector(w string) bool {
	switch strings.ToLower(w) {
	case "of", "the", "and", "&", "for", "in", "de", "do", "da", "du", "des", "del", "di", "la", "le",
		"al", "el", "y", "e", "et", "und", "van", "von":
		return true
	}
	return false
}

// maxPlaceLen bounds the place cutPlace reads after a name: a city,
// region and country at most.
const maxPlaceLen = 80

// nameSeparators finds where a payee line joins names: "dba", "d/b/a",
// "aka", "a.k.a.", "fka", "nka", "t/a", "trading as", "c/o", "formerly"
// and their words written out, between spaces; the words of a payment
// made to one party for another ("FBO", "OBO", "FFC", "ITF" and written
// out: "Fidelity FBO John Smith"); a ship's former name after "renamed",
// or after "ex-" that follows a word ("DEVON ex-DELVAR"); "alias", and
// what French papers write for these ("dit", "connu sous le nom de",
// "anciennement", "au profit de"...); and brackets, semicolons and bars.
// A married woman's names are read apart (marriedNames).
var nameSeparators = regexp.MustCompile(nameSeparatorsExpr + `)(?:\s|$)|\sex-|[()\[\];|]`)

// shipSeparators is nameSeparators for the name of a ship, one written
// with its type (cutVesselPrefix): there "ex" and "ex-" also begin a
// former name at the start and as a word ("MT DEVON ex DELVAR", "MV
// ex-SABRINA"), where in other names they are a word of the name ("Ex
// Libris LLC", "Ex-Im Bank").
var shipSeparators = regexp.MustCompile(nameSeparatorsExpr + `|ex)(?:\s|$)|(?:^|\s)ex-|[()\[\];|]`)

const nameSeparatorsExpr = `(?i)(?:^|\s)(?:d\.?/?b\.?/?a\.?|doing business as|a\.?/?k\.?/?a\.?|also known as|f\.?/?k\.?/?a\.?|formerly known as|formerly|n\.?/?k\.?/?a\.?|now known as|t/a|trading as|c/o|care of|` +
	`f[/.]?b[/.]?o\.?|for (?:the )?benefit of|o[/.]?b[/.]?o\.?|on behalf of|f[/.]?f[/.]?c\.?|for further credit(?: to| of)?|i[/.]?t[/.]?f\.?|in trust for|in favou?r of|` +
	`renamed|alias|dit|dite|connue? sous le nom de|anciennement|au profit de|en faveur de|pour le compte de`

// maxNameParts bounds the parts of a query matched on their own, each a
// pass of the matcher.
const maxNameParts = 4

// splitNames returns the names a query joins (splitNames("Blue Ocean LLC
// dba Sovcomflot") is "Blue Ocean LLC" and "Sovcomflot"), at most
// maxNameParts; nil when it joins none. Each side of a bracket is a
// name, and the two joined are one more: "IVANOV IVAN (A/C 40817810) VTB
// BANK" is "IVANOV IVAN", "A/C 40817810", "VTB BANK" and "IVANOV IVAN VTB
// BANK". A part that is a country ("(Hong Kong)", "(Taiwan)") or words of
// a trade and legal forms alone ("(Pvt) Ltd", "Investment Co") names no
// one and is left out; so is the side before a bracket that a legal form
// follows ("SUNRISE (HK) LTD" is "SUNRISE LTD" alone).
func splitNames(name string) []string {
	if !mayJoinNames(name) {
		return nil
	}
	if parts := marriedNames(name); parts != nil {
		return parts
	}
	separators := nameSeparators
	if _, p := cutVesselPrefix(name); p != "" {
		separators = shipSeparators
	}
	parts := separators.Split(name, -1)
	if outside, inside := unbracket(name); len(inside) > 0 {
		// Each side of a bracket is a name too ("IVANOV IVAN (A/C
		// 40817810) VTB BANK"), but for a name whose legal form follows
		// the bracket: "SUNRISE (HK) LTD" is a firm, not the ship
		// SUNRISE.
		tail := name[strings.LastIndexAny(name, ")]")+1:]
		switch {
		case strings.TrimSpace(tail) != "" && namesNoOne(tail):
			parts = parts[1:]
		case len(inside) == 1 && len(parts) >= 3 && placeLike(inside[0]) && oneWordFirm(tail):
			// Nor, for a firm's name with a place in the bracket and
			// one word and a legal form after it, that word: "Aurobindo
			// Pharma (Datong) Biopharm Co Ltd" is no BIO PHARM TRADE
			// LLC. A firm of more words after the bracket is one
			// ("IVANOV IVAN (MOSCOW) VTB BANK PJSC").
			parts = parts[1 : len(parts)-1]
		}
		parts = append(parts, separators.Split(outside, -1)...)
	}
	if len(parts) < 2 {
		return nil
	}
	var out []string
	for _, p := range parts {
		p = strings.TrimSpace(strings.Trim(strings.TrimSpace(p), ",-–—:"))
		if strings.Contains(p, "  ") {
			p = strings.Join(strings.Fields(p), " ")
		}
		if p == "" || len(out) == maxNameParts || slices.Contains(out, p) || namesNoOne(p) {
			continue
		}
		out = append(out, p)
	}
	if len(out) == 1 && out[0] == strings.TrimSpace(name) || len(out) == 0 {
		return nil
	}
	return out
}

// marriedWords are the words by which civil status writes a woman's
// names at birth and by marriage ("BENNANI épouse HASSAN", "AL-ASSAD née
// AKHRAS", "Müller geb. Schmidt").
var marriedWords = wordSet(`née nee épouse epouse ép. ep. épse veuve vve geb. geborene`)

// marriedNames returns the names of a woman written with a marriedWord
// once: each side with her given names, "Fatima Zahra BENNANI" and
// "Fatima Zahra HASSAN" for "Fatima Zahra BENNANI épouse HASSAN", "AKHRAS
// Asma" and "AL-ASSAD Asma" for "AL-ASSAD née AKHRAS Asma". A surname alone
// is no name to screen. Of the side with the given names, the surname
// replaced is the one in capitals where the side mixes cases, else its
// last word, or its first when the surname alone came first. nil when
// name holds no marriedWord, or more than one.
func marriedNames(name string) []string {
	words := strings.Fields(name)
	// Veuve or épouse first or last is her state, as a title is: "Veuve
	// SHAWKAT Bushra née AL-ASSAD".
	married := func(w string) bool { return marriedWords[strings.ToLower(strings.Trim(w, ","))] }
	trimmed := false
	for len(words) > 1 && married(words[0]) {
		words, trimmed = words[1:], true
	}
	for len(words) > 1 && married(words[len(words)-1]) {
		words, trimmed = words[:len(words)-1], true
	}
	at := -1
	for i, w := range words {
		if marriedWords[strings.ToLower(strings.Trim(w, ","))] {
			if at >= 0 {
				return nil
			}
			at = i
		}
	}
	if at < 0 && trimmed {
		return []string{strings.TrimRight(strings.Join(words, " "), ",")}
	}
	if at <= 0 || at == len(words)-1 {
		return nil
	}
	left := slices.Clone(words[:at])
	right := slices.Clone(words[at+1:])
	left[len(left)-1] = strings.TrimRight(left[len(left)-1], ",")
	right[len(right)-1] = strings.TrimRight(right[len(right)-1], ",")
	switch {
	case len(left) >= 2 && len(right) >= 2:
		return []string{strings.Join(left, " "), strings.Join(right, " ")}
	case len(left) == 1 && len(right) >= 2:
		return []string{strings.Join(right, " "), strings.Join(withSurname(right, left[0], true), " ")}
	case len(right) == 1 && len(left) >= 2:
		return []string{strings.Join(left, " "), strings.Join(withSurname(left, right[0], false), " ")}
	}
	return nil
}

// withSurname returns names with its surname replaced by s (marriedNames):
// its words in capitals where the others are not, else its first word
// (first) or its last.
func withSurname(names []string, s string, first bool) []string {
	caps := func(w string) bool { return strings.ToUpper(w) == w && strings.ToLower(w) != w }
	out := make([]string, 0, len(names))
	if n := countFunc(names, caps); n > 0 && n < len(names) {
		done := false
		for _, w := range names {
			switch {
			case !caps(w):
				out = append(out, w)
			case !done:
				out = append(out, s)
				done = true
			}
		}
		return out
	}
	out = append(out, names...)
	if first {
		out[0] = s
	} else {
		out[len(out)-1] = s
	}
	return out
}

func countFunc(ws []string, f func(string) bool) int {
	n := 0
	for _, w := range ws {
		if f(w) {
			n++
		}
	}
	return n
}

// placeLike reports whether s, a bracket's content, may be a place: one or
// two words of letters ("Datong", "Hong Kong").
func placeLike(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 2 {
		return false
	}
	for _, w := range f {
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '.' && r != '-' {
				return false
			}
		}
	}
	return true
}

// oneWordFirm reports whether s is one word and a legal form after it.
func oneWordFirm(s string) bool {
	ts := nameTokens(s)
	return len(ts) == 2 && ts[0] != legalToken && ts[1] == legalToken
}

// unbracket returns name with its bracketed runs taken out, and what they
// held. A bracket left open runs to the end; one closed that was not open
// is a separator as before.
func unbracket(name string) (outside string, inside []string) {
	if !strings.ContainsAny(name, "([") {
		return name, nil
	}
	var b strings.Builder
	for rest := name; rest != ""; {
		i := strings.IndexAny(rest, "([")
		if i < 0 {
			b.WriteString(rest)
			break
		}
		b.WriteString(rest[:i])
		b.WriteByte(' ')
		closing := ")"
		if rest[i] == '[' {
			closing = "]"
		}
		rest = rest[i+1:]
		j := strings.Index(rest, closing)
		if j < 0 {
			j = len(rest)
		}
		inside = append(inside, rest[:j])
		rest = rest[min(j+1, len(rest)):]
	}
	return b.String(), inside
}

// placeOnly reports whether a part of a query is a place of the list's
// addresses or a country, alone or with legal forms ("Dubai LLC",
// "Cayman"), and whether it has a legal form. With any other word it may
// be a firm's name: EXPORT DEVELOPMENT BANK OF IRAN, DUBAI TRADING
// COMPANY, KINGSTON HOLDING.
func (ix *index) placeOnly(p string) (place, legal bool) {
	var words []string
	for _, t := range nameTokens(p) {
		if t == legalToken {
			legal = true
		} else {
			words = append(words, t)
		}
	}
	if len(words) == 0 || len(words) > maxPlaceWords {
		return false, false
	}
	j := strings.Join(words, " ")
	_, country := countryNames()[foldCountry(j)]
	return ix.placeNames[j] || country, legal
}

// namesNoOne reports whether a part of a query is a country, or words of
// a firm's trade or kind, their abbreviations ("Sci Res Ctr") and legal
// forms alone ("Ltd", "Investment Co").
func namesNoOne(p string) bool {
	for _, t := range nameTokens(p) {
		if t != legalToken && !tradeWords[t] && !firmWords[t] && !generic[t] && abbreviations[t] == nil && dottedAbbreviations[t] == "" {
			_, country := countryNames()[foldCountry(p)]
			return country
		}
	}
	return true
}

// titles are the titles of profession, rank and courtesy that payee
// records write before a name, as abbreviated in English, Spanish,
// Portuguese, French, German, Italian, Indonesian and Malay, without their
// full stops. Those that are also names somewhere ("Eng" and "Ing" are
// surnames, "Dato" a given name, "Lt" and "Sr" initials) count as titles
// only written with their full stop ("Eng."); titlesBare count without it.
var titles = wordSet(`eng ing ir arq arch lic abg abog av sr sra sgt cpt lt tte maj cdr adm brig rev fr hon
	gov amb dra dr mr mrs ms dato datin`)

var titlesBare = wordSet(`engr dipl licda licdo avv atty dott dottssa mtro mtra geom sigra srta sres sgnt capt
	cmdr gral cnel revd pbro insp supt prof mme mlle herr frau datuk oknha okhna neak`)

// offices are the offices and ranks that the press writes in full before
// the names of officials ("President Nicolas Maduro", "Vice President Delcy
// Rodriguez"). They are words of firms' names as often ("General Maritime
// Management", "Admiral Shipping Lines"), so they are left out only before
// what reads as a person's name (nameMatches).
// The words of a ministry ("Defense Minister", "Foreign Minister") and
// the ranks of clerics and armies ("Grand Ayatollah", "Senior General",
// "Supreme Leader") are here too.
var offices = wordSet(`president presidente vicepresident minister ministre ministro senator senador governor
	gobernador ambassador embajador commander comandante admiral marshal lieutenant sergeant captain
	colonel coronel general vice prime deputy supreme leader chairman chairwoman chief secretary
	premier chancellor speaker director ayatollah grand major brigadier senior
	defense defence foreign interior
	depute prefet senateur marechal commandant capitaine`)

func wordSet(ws string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(ws) {
		m[w] = true
	}
	return m
}

// maxTitles is how many titles cutTitles takes off at most.
const maxTitles = 4

// cutTitles returns name without the titles it begins with ("Eng.",
// "Dipl.-Ing. Dr."), at most maxTitles, and those titles as written; ""
// for the titles when there are none or fewer than two words follow
// them (or one that runs words together: "Eng. NicolasMaduro"). A word
// with a comma after it is no title: "DATO, Ali" is a surname.
func cutTitles(name string) (rest, cut string) {
	// Most names begin with no title: say so without allocating.
	first := strings.TrimSpace(name)
	if i := strings.IndexFunc(first, unicode.IsSpace); i >= 0 {
		first = first[:i]
	} else {
		return name, ""
	}
	if !isTitleWord(first) {
		return name, ""
	}
	words := strings.Fields(name)
	n := 0
	for n < len(words) && n < maxTitles && isTitleWord(words[n]) {
		n++
	}
	if len(words)-n < 2 && (len(words) == n || !hasCamel(words[n])) {
		return name, ""
	}
	rest = strings.Join(words[n:], " ")
	if len(words)-n >= 2 {
		// A title before a firm's name is a word of that name: "President
		// Hotel LLC" is not the firm "Hotel LLC". What follows titles
		// must hold two words besides legal forms.
		k := 0
		for _, t := range nameTokens(rest) {
			if t != legalToken {
				k++
			}
		}
		if k < 2 {
			return name, ""
		}
	}
	return rest, strings.Join(words[:n], " ")
}

// officeHolder reports whether rest, what follows an office, reads as a
// person's name: no legal form, and no word that the list holds in the
// names of firms, vessels or bodies alone ("Hassan Trading", "Shipping
// Lines"). Words the list does not hold may be anyone's; the order of
// the words is not asked, since the family name comes first as often
// ("Marshal Kim Jong Un", "President PUTIN, Vladimir").
func (ix *index) officeHolder(rest string) bool {
	ts := nameTokens(rest)
	if len(ts) < 2 {
		return false
	}
	for _, t := range ts {
		if t == legalToken {
			return false
		}
		if id, ok := ix.dict[t]; ok && ix.personUses(id) == 0 {
			return false
		}
	}
	return true
}

// hasOffice reports whether titles, as cutTitles cut them, hold one of
// offices.
func hasOffice(titles string) bool {
	return slices.ContainsFunc(strings.FieldsFunc(titles, func(r rune) bool { return r == ' ' || r == '-' || r == '.' }),
		func(w string) bool {
			var buf [16]byte
			return offices[string(foldTitle(buf[:0], w))]
		})
}

// foldTitle appends w to b in lower case, without the accents French and
// Spanish titles carry ("Général", "Député", "Sénateur"); it returns nil
// when w does not fit in b's capacity.
func foldTitle(b []byte, w string) []byte {
	for _, r := range w {
		switch {
		case 'A' <= r && r <= 'Z':
			r += 'a' - 'A'
		case r >= utf8.RuneSelf:
			r = titleLetter(unicode.ToLower(r))
		}
		if r >= utf8.RuneSelf || len(b) == cap(b) {
			return nil
		}
		b = append(b, byte(r))
	}
	return b
}

// titleLetter is the letter an accented letter of a title is written
// without.
func titleLetter(r rune) rune {
	switch r {
	case 'é', 'è', 'ê', 'ë':
		return 'e'
	case 'à', 'â', 'á', 'ä':
		return 'a'
	case 'î', 'ï', 'í':
		return 'i'
	case 'ô', 'ó', 'ö':
		return 'o'
	case 'û', 'ù', 'ú', 'ü':
		return 'u'
	case 'ç':
		return 'c'
	case 'ñ':
		return 'n'
	}
	return r
}

// isTitleWord is isTitle for a word that may join titles with hyphens
// ("Dipl.-Ing."), without allocating.
func isTitleWord(w string) bool {
	if !strings.Contains(w, "-") {
		return isTitle(w)
	}
	for w != "" {
		var p string
		p, w, _ = strings.Cut(w, "-")
		if !isTitle(p) {
			return false
		}
	}
	return true
}

// isTitle reports whether w is one of titles with its full stop or one
// of titlesBare with or without it, in any letter case.
func isTitle(w string) bool {
	var buf [16]byte
	b := foldTitle(buf[:0], w)
	dot := len(b) > 0 && b[len(b)-1] == '.'
	if dot {
		b = b[:len(b)-1]
	}
	return len(b) > 0 && (titlesBare[string(b)] || offices[string(b)] || dot && titles[string(b)])
}

// camelReading returns a name written as one word that runs several
// capitalised words together ("NicolasMaduro", "KimJongUn") written as
// those words, or "" when it is no such name. The word splits where a
// lower-case letter meets a capital, into two to four pieces of two
// letters or more, one of three or more; "JPMorgan" and "MaDuRo"-like
// noise do not split. Capitals inside a word are also how firms write
// their brands ("BlueSky Trading", "NorthStar Energy") and how many
// surnames are written ("Ahmed AlThani", "Ronald McDonald"), and read
// apart these meet other names: so only a name of one word is read so,
// not one with a legal form, nor a word that begins with a particle or
// whose pieces are all English words.
func camelReading(name string) string {
	// Most names have no lower-case letter before a capital, or more
	// than one word: say so without allocating.
	name = strings.TrimSpace(name)
	if strings.IndexFunc(name, unicode.IsSpace) >= 0 || !hasCamel(name) {
		return ""
	}
	var b strings.Builder
	split := false
	for i, w := range strings.Fields(name) {
		if i > 0 {
			b.WriteByte(' ')
		}
		if p := camelPieces(w); p != nil {
			b.WriteString(strings.Join(p, " "))
			split = true
			continue
		}
		b.WriteString(w)
	}
	if !split || slices.Contains(nameTokens(name), legalToken) {
		return ""
	}
	return b.String()
}

// hasCamel reports whether s has a lower-case letter, accents (combining
// marks) after it aside, before a capital.
func hasCamel(s string) bool {
	var prev rune
	for _, r := range s {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if unicode.IsLower(prev) && unicode.IsUpper(r) {
			return true
		}
		prev = r
	}
	return false
}

// camelParticles are the particles a surname written with an inner
// capital begins with.
var camelParticles = wordSet("al el mc mac de di da du la le van von der den o bin ben ibn abu abd st san dos das del ter ten")

// camelPieces splits one word at its lower-to-capital changes, or returns
// nil (see camelReading).
func camelPieces(w string) []string {
	var pieces []string
	start := 0
	var prev rune
	for i, r := range w {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if i > 0 && unicode.IsLower(prev) && unicode.IsUpper(r) {
			pieces = append(pieces, w[start:i])
			start = i
		}
		prev = r
	}
	if len(pieces) == 0 || camelParticles[strings.ToLower(pieces[0])] {
		return nil
	}
	pieces = append(pieces, w[start:])
	if len(pieces) > 4 {
		return nil
	}
	long, english := false, true
	for _, p := range pieces {
		n := 0
		for _, r := range p {
			if unicode.IsLetter(r) {
				n++
			}
		}
		if n < 2 {
			return nil
		}
		long = long || n >= 3
		english = english && isEnglishWord(strings.ToLower(p))
	}
	if !long || english {
		return nil
	}
	return pieces
}

// joinWords are the words a payee line joins names with, or begins such a
// phrase with ("also known as"); mayJoinNames looks for them before
// nameSeparators is run.
var joinWords = []string{"dba", "d/b/a", "d.b.a.", "d.b.a", "aka", "a/k/a", "a.k.a.", "a.k.a", "fka", "f/k/a",
	"f.k.a.", "f.k.a", "nka", "n/k/a", "n.k.a.", "n.k.a", "t/a", "c/o", "formerly", "known", "doing", "trading", "care",
	"fbo", "f/b/o", "f.b.o.", "obo", "o/b/o", "o.b.o.", "ffc", "f/f/c", "f.f.c.", "itf", "i/t/f", "i.t.f.", "benefit", "behalf",
	"further", "favour", "favor", "renamed", "alias", "dit", "dite", "connu", "connue", "anciennement", "profit",
	"faveur", "compte", "née", "nee", "épouse", "epouse", "ép.", "ep.", "épse", "veuve", "vve", "geb.", "geborene"}

// mayJoinNames reports, cheaply, whether name may join several names: it
// holds a bracket, semicolon or bar, one of joinWords, or "ex".
func mayJoinNames(name string) bool {
	if strings.ContainsAny(name, "()[];|") {
		return true
	}
	for rest := name; rest != ""; {
		i := strings.IndexByte(rest, ' ')
		w := rest
		if i >= 0 {
			w, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		if strings.EqualFold(w, "ex") || len(w) > 3 && strings.EqualFold(w[:3], "ex-") {
			return true // a ship's former name
		}
		if len(w) < 3 || len(w) > 12 {
			continue
		}
		for _, j := range joinWords {
			if strings.EqualFold(w, j) {
				return true
			}
		}
	}
	return false
}

// cutVesselPrefix returns name without the prefix of a ship's type that
// begins it (MV, M/V and M.V. motor vessel, MT motor tanker, MY motor
// yacht, SS steamship, FV fishing vessel, or a word of vesselWords), or
// the word of vesselWords that ends it, and that word as written; ""
// when there is none.
func cutVesselPrefix(name string) (rest, prefix string) {
	s := strings.TrimSpace(name)
	end := strings.IndexByte(s, ' ')
	if end < 0 {
		return name, ""
	}
	// Two words of a ship's type: "LNG carrier PAMIR", "Oil tanker
	// SOFIA".
	if two := strings.IndexByte(s[end+1:], ' '); two > 0 && slices.ContainsFunc(vesselTypeFirsts, func(w string) bool { return strings.EqualFold(w, s[:end]) }) {
		two += end + 1
		if vesselTypes[strings.ToLower(strings.TrimRight(s[:two], ":"))] {
			return strings.TrimSpace(s[two:]), s[:two]
		}
	}
	var letters []byte
	for k, c := range []byte(s[:end]) {
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letters = append(letters, c|0x20)
		case c == ':' && k == end-1: // "MT: SARDASHT"
		case c != '/' && c != '.':
			return name, ""
		}
	}
	if len(letters) == 2 && vesselPrefixes[string(letters)] ||
		vesselWords[string(letters)] && (strings.ContainsRune(strings.TrimSpace(s[end:]), ' ') || string(letters) != "ship") {
		// "Tanker Simran", "Yacht Tango": the press writes a ship's type
		// before its name. "Ship" alone before one word is a firm's
		// word as often ("Ship Supply").
		return strings.TrimSpace(s[end:]), s[:end]
	}
	// The word of a ship's type after its name: "NS Century tanker".
	// Before or after, it leaves two words at least: "Blue Ship" is no
	// ship BLUE.
	if i := strings.LastIndexByte(s, ' '); i > 0 && vesselWords[strings.ToLower(strings.Trim(s[i+1:], ".,()"))] {
		rest = strings.TrimSpace(s[:i])
		if strings.ContainsRune(rest, ' ') {
			return rest, s[i+1:]
		}
	}
	return name, ""
}

// craftReadings returns the readings of a name that may be a ship's or an
// aircraft's: with its last word, a number from 1 to 20, in its other
// forms (digits, Roman numerals, English words: the list has LYDIA II,
// ADRIAN DARYA 1 and ARK III), and with a word of capitals and digits
// that begins with a country's registration prefix split after it (the
// list writes EP-GOL and RA-76686; payments write EPGOL). None for most
// names, without allocating.
func craftReadings(name string) []string {
	s := strings.TrimSpace(name)
	numbered := craftNumbered(s)
	if numbered != "" {
		s = numbered
	}
	i := strings.LastIndexByte(s, ' ')
	last := s[i+1:]
	if len(last) > 9 || last == "" {
		return nil
	}
	// A final I after two words or more is a person's initial as often
	// ("SMITH JOHN I"), and its readings would cost two passes of the
	// matcher for them.
	if i > 0 && !(strings.EqualFold(last, "i") && strings.ContainsRune(strings.TrimSpace(s[:i]), ' ')) {
		if n := craftNumber(last); n > 0 {
			var out []string
			if numbered != "" {
				out = append(out, s)
			}
			for _, f := range []string{strconv.Itoa(n), romanNumerals[n-1], numberWords[n-1]} {
				if !strings.EqualFold(f, last) {
					out = append(out, s[:i+1]+f)
				}
			}
			return out
		}
	}
	if i < 0 && len(last) >= 5 {
		for _, p := range registrationPrefixes {
			if len(last) > len(p)+2 && strings.HasPrefix(last, p) && isRegistration(last[len(p):]) {
				return []string{p + " " + last[len(p):]}
			}
		}
	}
	if numbered != "" {
		return []string{numbered}
	}
	return nil
}

// craftNumbered returns s, a name that ends in a ship's number written
// "No. 8", "NO.1", "Nr 3", "# 2" or "-12" ("Nam San No. 8", "DREAM-2"),
// with the number a word of its own as the list writes it ("Nam San 8"),
// or "" when it ends in none.
func craftNumbered(s string) string {
	if !hasDigit(s) {
		return "" // most names: without allocating
	}
	s = strings.TrimSpace(s)
	i := strings.LastIndexAny(s, " \t")
	head, last := strings.TrimSpace(s[:max(i, 0)]), s[i+1:]
	digits := func(w string) bool { return w != "" && len(w) <= 5 && isNumber(w) }
	// "NO.1", "#2" after a word.
	if d, ok := cutNumberSign(last); ok && digits(d) && head != "" {
		return head + " " + d
	}
	// "No. 8" after a word.
	if j := strings.LastIndexAny(head, " \t"); j > 0 && digits(last) {
		if sign := head[j+1:]; slices.ContainsFunc(numberSignWords, func(w string) bool { return strings.EqualFold(w, sign) }) {
			return strings.TrimSpace(head[:j]) + " " + last
		}
	}
	// "DREAM-2"; not a registration's prefix: RA-76842 is read as it
	// is.
	if h := strings.LastIndexByte(last, '-'); h >= 3 && digits(last[h+1:]) && !hasDigit(last[:h]) {
		return strings.TrimSpace(head+" "+last[:h]) + " " + last[h+1:]
	}
	return ""
}

// numberSignWords are the words written before a number, each before
// its own beginning (cutNumberSign takes the first that fits).
var numberSignWords = strings.Fields(`no. nr. no nr # n° №`)

// cutNumberSign returns w without the sign of a number it begins with
// ("No.", "NO", "Nr.", "#"), and whether it began with one.
func cutNumberSign(w string) (string, bool) {
	for _, p := range numberSignWords {
		if len(w) >= len(p) && strings.EqualFold(w[:len(p)], p) {
			return w[len(p):], true
		}
	}
	return w, false
}

// endsInI reports whether the listed name of match m ends in the word I.
func (ix *index) endsInI(m nameMatch) bool {
	toks := ix.names[m.name].toks
	return len(toks) > 0 && ix.toks[toks[len(toks)-1]].text == "i"
}

// craftNumber is the number from 1 to 20 that w writes in digits, Roman
// numerals or an English word, or 0. (The readings of a final I meet
// vessels and aircraft alone, where it is a number: REX 1 for "REX I".)
func craftNumber(w string) int {
	if n, err := strconv.Atoi(w); err == nil {
		if n >= 1 && n <= 20 && w[0] != '0' {
			return n
		}
		return 0
	}
	for i := range 20 {
		if strings.EqualFold(w, romanNumerals[i]) || strings.EqualFold(w, numberWords[i]) {
			return i + 1
		}
	}
	return 0
}

var romanNumerals = [20]string{"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
	"XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"}

var numberWords = [20]string{"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
	"Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen", "Twenty"}

// registrationPrefixes are the nationality prefixes of two characters
// of the aircraft the list names (EP Iran, RA and RF Russia, YV
// Venezuela, UR Ukraine, EW Belarus, YI Iraq, EX Kyrgyzstan, EK Armenia,
// S5 Slovenia, T7 San Marino, P4 Aruba, 3A Monaco, LX Luxembourg, VP
// and VQ British territories, 4K Azerbaijan, YK Syria), in capitals: a
// payee writes a registration so.
var registrationPrefixes = []string{"EP", "RA", "RF", "YV", "UR", "EW", "YI", "EX", "EK", "S5", "T7", "P4", "3A", "LX", "VP", "VQ", "4K", "YK"}

// letterPrefixes are the nationality prefixes of one letter of the
// aircraft the list names (P North Korea, M the Isle of Man, F France),
// which a registration reading takes with its hyphen alone: "P-632".
var letterPrefixes = []string{"P", "M", "F"}

// registrationReading returns the registration of an aircraft that a
// name of several words gives among other words ("Reg. EP-ITH", "tail
// number YV2869", "A/C RA86906", "Iran Air EP-CFI", "IL-76 RA-78831"),
// as the list writes it with its prefix apart ("EP ITH"), or "". A word
// is a registration when it begins with a prefix of registrationPrefixes,
// with a hyphen or in capitals without one (after a word of
// registrationCues, or with a digit), or of letterPrefixes with a
// hyphen, and goes on with three to six capitals or digits; a model's
// name (IL-76, AN-124) begins with none.
func registrationReading(name string) string {
	prev, first := "", true
	for rest := name; rest != ""; {
		rest = strings.TrimLeft(rest, " \t")
		i := strings.IndexAny(rest, " \t")
		if i < 0 {
			i = len(rest)
		}
		word := rest[:i]
		rest = rest[i:]
		if first && strings.TrimSpace(rest) == "" {
			return "" // one word: craftReadings
		}
		first = false
		w := strings.Trim(word, ",;:()[]")
		if len(w) >= 5 && len(w) <= 11 {
			if r := registrationWord(w, prev); r != "" {
				return r
			}
		}
		prev = word
	}
	return ""
}

// registrationWord returns w, a word after prev, as registrationReading
// reads it, or "".
func registrationWord(w, prev string) string {
	if h := strings.IndexByte(w, '-'); h > 0 || strings.Contains(w, "–") {
		body := ""
		switch {
		case h > 0:
			body = w[h+1:]
		default:
			h = strings.Index(w, "–")
			body = w[h+len("–"):]
		}
		if h > 2 || len(body) < 3 || len(body) > 6 || !lettersFit(h, body) {
			return ""
		}
		fold := func(p string) bool { return strings.EqualFold(p, w[:h]) }
		for _, c := range []byte(body) {
			if !isASCIIAlnum(c) {
				return ""
			}
		}
		if slices.ContainsFunc(registrationPrefixes, fold) || slices.ContainsFunc(letterPrefixes, fold) {
			return strings.ToUpper(w[:h]) + " " + strings.ToUpper(body)
		}
		return ""
	}
	// Without its hyphen, a word of capitals alone is as often a name in
	// capitals (RAFAEL, EPSILON): it is a registration after a word that
	// says so, or with a digit.
	for k := 0; k < len(w); k++ {
		if c := w[k]; !('A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return ""
		}
	}
	for _, p := range registrationPrefixes {
		if len(w) > len(p)+2 && strings.HasPrefix(w, p) && isRegistration(w[len(p):]) && lettersFit(len(p), w[len(p):]) {
			if !hasDigit(w) && !slices.ContainsFunc(registrationCues, func(c string) bool { return strings.EqualFold(prev, c) }) {
				return ""
			}
			return p + " " + w[len(p):]
		}
	}
	return ""
}

// lettersFit reports whether body, what follows a registration's prefix
// of n characters, is as long as a registration of letters alone is
// after it: three letters after two (EP-MNS, UR-CKF), four after one
// (F-OJHH, M-SAAN). A body with a digit fits at any length: "UR-REHMAN"
// and "RA-MADAN" are names.
func lettersFit(n int, body string) bool {
	return hasDigit(body) || len(body) == 5-n
}

// registrationCues are the words written before an aircraft's
// registration.
var registrationCues = strings.Fields(`reg reg. reg: registration registration: a/c tail aircraft number no no. #`)

// isRegistration reports whether w, after a registration's prefix, is
// three to six capitals or digits, as registrations are.
func isRegistration(w string) bool {
	if len(w) < 3 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; !('A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

// vesselPrefixes are the prefixes of ships' types, as two letters.
var vesselPrefixes = map[string]bool{"mv": true, "mt": true, "my": true, "ss": true, "fv": true}

// vesselNamed returns the prefix of a ship's type that name begins with
// when it says the name is a ship's and nothing else: M/V, M/T and the
// like, written with their slash, or a type of two words ("LNG
// carrier"), before a name without a legal form or a firm's word.
// "MV Protsenko" is as often the firm M V PROTSENKO, and "M.V. FRUNZE
// ARSENAL DESIGN BUREAU" is named after a man's initials. "" otherwise.
func vesselNamed(name string) string {
	rest, p := cutVesselPrefix(name)
	if p == "" || rest == name || !strings.ContainsAny(p, "/ ") {
		return ""
	}
	// A firm named after its ships' trade ("GENERAL CARGO SHIPPING
	// COMPANY", "Oil/Chemical Tanker Co") names no ship.
	for _, t := range foldLegalForms(nameTokens(name)) {
		if t == legalToken || firmWords[t] || shipFirmWords[t] {
			return ""
		}
	}
	return p
}

// shipFirmWords are words of the names of shipping firms.
var shipFirmWords = wordSet(`shipping lines line owners management services agency agencies association assoc`)

// kindPhrase names a kind of listed party, with its article.
func kindPhrase(k sdn.Kind) string {
	switch k {
	case sdn.Individual:
		return "a person"
	case sdn.Vessel:
		return "a vessel"
	case sdn.Aircraft:
		return "an aircraft"
	}
	return "a firm"
}

// vesselTypes are ships' types of two words that papers write before a
// ship's name.
var vesselTypes = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(`lng_carrier lpg_carrier gas_carrier bulk_carrier ore_carrier oil_tanker crude_tanker
		product_tanker chemical_tanker oil/chemical_tanker container_ship cargo_ship general_cargo fishing_vessel
		motor_vessel motor_tanker`) {
		m[strings.ReplaceAll(w, "_", " ")] = true
	}
	return m
}()

// vesselTypeFirsts are the first words of vesselTypes: most names begin
// with none, and are told so without allocating.
var vesselTypeFirsts = func() []string {
	var out []string
	for t := range vesselTypes {
		if w, _, _ := strings.Cut(t, " "); !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}()

// vesselWords are the words of ships' types that the press writes before
// or after a ship's name ("tanker Grace 1").
var vesselWords = wordSet(`tanker vessel ship yacht tug barge freighter`)

// companyFactor lowers the score of the listed name of a person, vessel
// or aircraft against a query that carries a legal form the name lacks: a
// company is not the person its name recalls ("QSC Abbas" is not the man
// "ABBAS, Abu") nor the ship ("Sunrise Trading Co Ltd" is not the vessel
// "SUNRISE"), and a company named after a listed person ("Viktor Bout
// LLC", 0.74 against "BOUT, Viktor") is a question of ownership, not of
// names. A legal form the listed name holds too (the "ag" of "Iyad ag
// Ghaly" folds as one) does not count.
const companyFactor = 0.85

// notCompany names, for the kinds of party companyFactor applies to, what
// the reason calls them.
var notCompany = map[sdn.Kind]string{
	sdn.Individual: "a person",
	sdn.Vessel:     "a vessel",
	sdn.Aircraft:   "an aircraft",
}

func nameScore(ix *index, m nameMatch) float64 {
	s := m.align.score
	if ix.names[m.name].weak {
		s *= weakFactor
	}
	if ix.names[m.name].somali {
		s *= somaliListedFactor
	}
	if m.german != "" || m.slavic != "" || m.french != "" || m.northKorean != "" {
		s *= transliterationReadingFactor
	}
	if ix.givenSwapped(m) != "" {
		s *= fatherFactor
	}
	if q, _ := ix.familyNotFirst(m); q != "" {
		s *= fatherFactor
	}
	if q, _ := ix.craftMismatch(m); q != "" {
		s *= fatherFactor
	}
	if m.korean != "" || m.koreanCyr != "" {
		s *= koreanReadingFactor
	}
	if m.wadeGiles != "" {
		s *= wadeGilesFactor
	}
	return s
}

// wadeGilesFactor scales the score of a match made through a reading of
// Wade–Giles (wadeGilesReading).
const wadeGilesFactor = 0.95

// Similarity scores how well name a matches name b, in [0, 1], with the
// same normalisation and token alignment as Screen. a is the name being
// screened and b the listed name: a token of b missing from a costs less
// than one of a missing from b. Without a list to weigh tokens by, every
// token weighs the same but for legal forms, honorifics and particles.
func Similarity(a, b string) float64 {
	ta, tb := nameTokens(a), nameTokens(b)
	if len(ta) == 0 || len(tb) == 0 {
		return 0
	}
	if len(ta) > maxQueryTokens {
		ta = ta[:maxQueryTokens]
	}
	if len(tb) > 64 {
		tb = tb[:64]
	}
	weight := func(t string) float64 {
		switch {
		case t == legalToken || courtesy[t]:
			return legalWeight
		case generic[t]:
			return 0.15
		case len(t) == 1:
			return 0.5
		}
		return 1
	}
	q := make([]qtok, len(ta))
	for i, t := range ta {
		q[i] = qtok{text: t, weight: weight(t), id: -1}
	}
	if k := setExtraCosts(a, hasSyllabic(a), ta, q); k > 0 && k < len(ta) {
		// As matchName does: "SURNAME, Given names" in spoken order.
		ta, q = slices.Concat(ta[k:], ta[:k]), slices.Concat(q[k:], q[:k])
	}
	cw := make([]float64, len(tb))
	clam := make([]float64, len(tb))
	roles := tokenRoles(sdn.Individual, b, nil, tb, nameTokens)
	for j, t := range tb {
		cw[j] = weight(t)
		clam[j] = missCost[roles[j]]
	}
	var buf alignBuf
	a2 := align(q, true, true, nil, cw, clam, tb,
		func(i, j int) float64 { return wordSim(ta[i], tb[j]) },
		func(i, j int) float64 { return joinedSim(canonicalAbd(ta[i]+ta[i+1]), tb[j]) },
		func(i, j int) float64 { return joinedSim(ta[i], canonicalAbd(tb[j]+tb[j+1])) },
		nil, &buf)
	return a2.score
}

// joinedSim is how a word written as two compares with one, as the index
// compares them: forms of one word in equivalentLines count ("ke ji",
// 科技, against "technology").
func joinedSim(a, b string) float64 {
	if s := wordSim(a, b); s >= minJoinSim {
		return s
	}
	return 0
}

// topLevelDomains are the top-level domains of the web addresses that
// exchanges, mixers and markets are known by.
var topLevelDomains = wordSet(`io com net org ru su ua by kz info biz cc me to xyz app ai exchange
	finance cash market money trade pro onion co uk eu de ch`)

// domainReading returns name, a web address or a name that ends in one
// ("Garantex.io", "https://www.bitzlato.com/"), with that address read as
// the name it holds: no scheme, www, path or top-level domain, and its
// other dots as spaces. It returns "" when name ends in no such address.
func domainReading(name string) string {
	name = strings.TrimSpace(name)
	i := strings.LastIndexFunc(name, unicode.IsSpace)
	head, w := name[:i+1], name[i+1:]
	if !strings.Contains(w, ".") || len(w) > 253 || !isASCII(w) {
		return "" // and lower case keeps an ASCII word's offsets
	}
	lw := strings.ToLower(w)
	for _, p := range []string{"https://", "http://", "www."} {
		if strings.HasPrefix(lw, p) {
			lw, w = lw[len(p):], w[len(p):]
		}
	}
	if j := strings.IndexAny(lw, "/?#"); j >= 0 {
		lw, w = lw[:j], w[:j]
	}
	j := strings.LastIndexByte(lw, '.')
	if j < 0 || !topLevelDomains[lw[j+1:]] {
		return ""
	}
	label := strings.ReplaceAll(w[:j], ".", " ")
	if len(strings.TrimSpace(label)) < 3 {
		return ""
	}
	return head + label
}

// russianInitials are the two letters by which Russian initials write
// Ю, Я, Е, Ё, Ж, Ч, Ш, Х and Ц ("Yu.V. Kovalchuk").
var russianInitials = wordSet("Yu Ya Ye Yo Zh Ch Sh Kh Ts")

// initialsReading returns name with its initials apart, when it is one
// or two words and a run of two or three initials with points, written
// together or apart, before or after them ("Kerimov S.A.", "D.Yu.
// Khoroshev"), or a surname of Russia or its neighbours (slavicSurname)
// and two or three capitals without points ("PUTIN VV"): the first
// initial, the words, then the others ("S Kerimov A"), which no legal form
// spells. Initials that spell one follow one word alone, such a surname;
// legal says they do ("S.A."). It returns "" for any other name.
func initialsReading(name string) (reading string, legal bool) {
	reading, legal, _ = readInitials(name)
	return reading, legal
}

// readInitials is initialsReading, with the initials as the name writes
// them besides, in the order of the reading ("Yu", "V").
func readInitials(name string) (reading string, legal bool, written []string) {
	if !isASCII(name) {
		name = latinCyrillic(name)
	}
	if surname, letters := undottedInitials(name); letters != "" && slavicSurname(surname) {
		// "PUTIN VV", "Lavrov SV": Russian payment files write a
		// person's initials so, without points. Not where the letters
		// are a legal form or a Russian firm's mark ("IVANOV AO",
		// "Orlov SA", "IP Kozlov", the sole proprietor; "TD", a
		// trading house), nor an Arab name that ends as a Slavic
		// surname does (Hussein, Yassin, Al-Amin).
		lower := strings.ToLower(surname)
		if letters == "IP" || letters == "TD" || slices.Contains(nameTokens(name), legalToken) ||
			givenNameForm(lower) || strings.ContainsAny(surname, "-'") || strings.HasPrefix(lower, "al") || strings.HasPrefix(lower, "el") {
			return "", false, nil
		}
		ls := strings.Split(letters, "")
		return ls[0] + " " + surname + " " + strings.Join(ls[1:], " "), false, ls
	}
	if !mayHaveInitials(name) {
		return "", false, nil
	}
	var words []string
	for _, w := range strings.Fields(name) {
		// Initials written apart are one run: "Kerimov S. A.".
		if n := len(words); n > 0 && countInitials(w) == 1 && countInitials(words[n-1]) > 0 {
			words[n-1] += w
			continue
		}
		words = append(words, w)
	}
	if len(words) < 2 || len(words) > 3 {
		return "", false, nil
	}
	at := -1
	var letters []string
	for i, w := range words {
		if ls := dottedInitials(w); ls != nil {
			if at >= 0 || i != 0 && i != len(words)-1 {
				return "", false, nil
			}
			at, letters = i, ls
		}
	}
	if at < 0 {
		return "", false, nil
	}
	rest := slices.Delete(slices.Clone(words), at, at+1)
	for _, w := range rest {
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' && r != '\'' {
				return "", false, nil
			}
		}
	}
	legal = slices.Contains(nameTokens(name), legalToken)
	if legal && (len(rest) > 1 || !slavicSurname(rest[0])) {
		// "Acme Trading S.A.", "Moretti S.A.": a firm's name.
		return "", false, nil
	}
	first := make([]string, len(letters))
	for i, l := range letters {
		first[i] = l[:1]
	}
	return first[0] + " " + strings.Join(rest, " ") + " " + strings.Join(first[1:], " "), legal, letters
}

// latinCyrillic returns name with its Cyrillic words in Latin letters,
// their capitals kept, for the readings of initials, which look at
// capitals and points: "Рогов М.В." is "Rogov M.V.", "РОГОВ Ю.В." "ROGOV
// Yu.V.", and a word of two or three capitals a capital each, as
// initials without points ("КОВАЛЬЧУК ЮВ" is "KOVALCHUK YV"). A name
// with no Cyrillic letter, or with neither a point nor such a word, is
// returned as it is.
func latinCyrillic(name string) string {
	i := strings.IndexFunc(name, func(r rune) bool { return scriptOf(r) == scriptCyrillic })
	if i < 0 || strings.IndexByte(name, '.') < 0 && !cyrillicCapitals(name) {
		return name // no initials: most Cyrillic names, read without allocating
	}
	return latinCyrillicFrom(name, i)
}

// latinCyrillicFrom is latinCyrillic for a name whose first Cyrillic
// letter is at i.
func latinCyrillicFrom(name string, i int) string {
	out := make([]byte, 0, len(name)+8)
	out = append(out, name[:i]...)
	var run []rune
	flush := func() {
		if len(run) == 0 {
			return
		}
		start := len(out)
		if len(run) <= 3 && len(run) > 1 && !slices.ContainsFunc(run, unicode.IsLower) {
			// Initials without points ("КОВАЛЬЧУК ЮВ"): a capital
			// each, as dottedInitials reads Yu. as Y.
			var buf [8]byte
			for _, r := range run {
				if l := appendCyrillic(buf[:0], []rune{r}, false); len(l) > 0 && 'a' <= l[0] && l[0] <= 'z' {
					out = append(out, l[0]-('a'-'A'))
				}
			}
			run = run[:0]
			return
		}
		out = appendCyrillic(out, run, false)
		switch {
		case len(run) > 1 && !slices.ContainsFunc(run, unicode.IsLower):
			for k := start; k < len(out); k++ {
				if 'a' <= out[k] && out[k] <= 'z' {
					out[k] -= 'a' - 'A'
				}
			}
		case unicode.IsUpper(run[0]) && start < len(out) && 'a' <= out[start] && out[start] <= 'z':
			out[start] -= 'a' - 'A'
		}
		run = run[:0]
	}
	for _, r := range name[i:] {
		if scriptOf(r) == scriptCyrillic && unicode.IsLetter(r) {
			run = append(run, r)
			continue
		}
		flush()
		out = utf8.AppendRune(out, r)
	}
	flush()
	return string(out)
}

// cyrillicPlaceReading returns a name in Cyrillic letters in Latin ones,
// for the reading of where the payee is after the name ("Сбербанк г.
// Москва", "Sberbank Moskva"), without the word for a city before a place
// (г., гор., город); "" for a name without Cyrillic letters, or with none
// of a comma (cutPlace), such a word or a place at its end.
func (ix *index) cyrillicPlaceReading(name string) string {
	i := strings.IndexFunc(name, func(r rune) bool { return scriptOf(r) == scriptCyrillic })
	if i < 0 || strings.IndexByte(name, ' ') < 0 {
		return ""
	}
	if !strings.ContainsRune(name, ',') && !strings.Contains(name, "г.") && !strings.Contains(name, " г ") &&
		!strings.Contains(name, " гор") && !ix.cyrillicPlaceEnd(name) {
		return "" // most Cyrillic names: read without allocating
	}
	words := strings.Fields(latinCyrillicFrom(name, i))
	out := words[:0]
	for k, w := range words {
		switch strings.ToLower(strings.TrimRight(w, ".")) {
		case "g", "gor", "gorod":
			if k > 0 && k+1 < len(words) {
				continue
			}
		}
		out = append(out, w)
	}
	r := strings.Join(out, " ")
	if !strings.ContainsRune(r, ',') && !ix.mayEndInPlace(r) {
		return ""
	}
	return r
}

// cyrillicPlaceEnd reports, without allocating, whether the last word of
// name, in Cyrillic letters, read in Latin ones ends a place (placeEnds):
// "Москва" is moskva.
func (ix *index) cyrillicPlaceEnd(name string) bool {
	last := strings.TrimSpace(name)
	last = last[strings.LastIndexByte(last, ' ')+1:]
	var rs [24]rune
	n := 0
	for _, r := range last {
		if n == len(rs) || scriptOf(r) != scriptCyrillic || !unicode.IsLetter(r) {
			return false
		}
		rs[n] = unicode.ToLower(r)
		n++
	}
	var buf [64]byte
	return n > 0 && ix.placeEnds[string(appendCyrillic(buf[:0], rs[:n], false))]
}

// cyrillicCapitals reports, without allocating, whether name has a word
// of two or three Cyrillic capitals: initials without points ("ПУТИН
// ВВ").
func cyrillicCapitals(name string) bool {
	n, caps, start := 0, true, 0
	initials := func(end int) bool {
		return n >= 2 && n <= 3 && caps && !cyrillicForms[name[start:end]]
	}
	for i, r := range name {
		if r == ' ' || r == ',' {
			if initials(i) {
				return true
			}
			n, caps, start = 0, true, i+1
			continue
		}
		n++
		caps = caps && scriptOf(r) == scriptCyrillic && unicode.IsUpper(r)
	}
	return initials(len(name))
}

// cyrillicForms are the Russian legal forms and marks of two or three
// capitals, which are no initials: a joint-stock or limited company, a
// sole proprietor, a trading house, a research and production firm.
var cyrillicForms = map[string]bool{
	"ООО": true, "ОАО": true, "ЗАО": true, "ПАО": true, "АО": true, "НАО": true, "ИП": true, "ТД": true,
	"НПО": true, "НПП": true, "ГУП": true, "МУП": true, "ТОО": true, "ЧП": true, "ЧОП": true,
}

// initialsForm reports whether name is a surname and its initials
// (initialsReading).
func initialsForm(name string) bool {
	r, _ := initialsReading(name)
	return r != ""
}

// initialsNamed reports whether match m meets a word of the query of
// three letters or fewer, its initials, with the same word of the listed
// name, neither being a legal form: the listed firm is named after the
// person the initials and surname are ("MV Protsenko", M V PROTSENKO PA
// START).
func (ix *index) initialsNamed(m nameMatch) bool {
	toks := ix.names[m.name].toks
	for _, p := range m.align.pairs {
		if p.sim < 1 || p.acronym {
			continue
		}
		short := true
		for k := p.qi; k < p.qi+p.qn && k < len(m.q); k++ {
			if t := m.q[k].text; len(t) > 3 || t == legalToken {
				short = false
			}
		}
		for k := p.cj; k < p.cj+p.cn && k < len(toks); k++ {
			if ix.toks[toks[k]].text == legalToken {
				short = false
			}
		}
		if short {
			return true
		}
	}
	return false
}

// slavicInitials reports whether name is a surname of Russia or its
// neighbours (slavicSurname) and two or three initials (initialsReading):
// "Kuznetsov A.O.", "SMIRNOV S.A.", "Рогов М.В.". That is how Russian
// papers write a person, whatever legal form the initials spell: a
// Russian firm writes AO, PAO or OOO without points, and before its name.
func slavicInitials(name string) bool {
	r, _ := initialsReading(name)
	if r == "" {
		return false
	}
	f := strings.Fields(r)
	if len(f) < 3 || len(f) > 4 || !slavicSurname(f[1]) {
		return false
	}
	for i, w := range f {
		if i != 1 && len(w) != 1 {
			return false // two words: "Zarko Veselinovic B.I."
		}
	}
	return true
}

// undottedInitials returns, without allocating, the two words of a name
// that is a word and two or three capital letters A-Z, in either order
// ("PUTIN VV", "SV Lavrov", "PUTIN, VV"): the word, and the letters. "",
// "" otherwise.
func undottedInitials(name string) (word, letters string) {
	a, b, ok := strings.Cut(strings.TrimSpace(name), " ")
	a, b = strings.TrimSuffix(a, ","), strings.TrimSpace(b) // "PUTIN, VV"
	if !ok || a == "" || b == "" || strings.ContainsRune(b, ' ') {
		return "", ""
	}
	caps := func(w string) bool {
		if len(w) < 2 || len(w) > 3 {
			return false
		}
		for i := 0; i < len(w); i++ {
			if w[i] < 'A' || w[i] > 'Z' {
				return false
			}
		}
		return true
	}
	switch {
	case caps(b) && len(a) > 3:
		return a, b
	case caps(a) && len(b) > 3 && !arabicArticle(a, b):
		return b, a
	}
	return "", ""
}

// arabicArticle reports whether a, before b, is the Arabic article of a
// name that ends as a Slavic surname may ("AL HARAMAIN", "EL HUSSEIN"),
// not two initials ("AL Kostin", Andrey Leonidovich).
func arabicArticle(a, b string) bool {
	if a != "AL" && a != "EL" && a != "UL" {
		return false
	}
	b = strings.ToLower(b)
	return strings.HasSuffix(b, "ain") || strings.HasSuffix(b, "ein") || strings.HasSuffix(b, "ayn") || strings.HasSuffix(b, "eyn")
}

// initialsFit reports whether match m of a name read with its initials
// apart (initialsReading: the first initial is the query's first token)
// pairs each initial with one listed word alone, the first with the
// listed first given name where the name has one; with legal, whether
// each initial meets a word that is no surname.
func (ix *index) initialsFit(m nameMatch, legal bool, written []string) bool {
	roles := ix.names[m.name].roles
	hasFirst := slices.Contains(roles, roleFirst)
	letters := 0
	for i := range m.q {
		if len(m.q[i].text) == 1 {
			letters++
		}
	}
	nth := -1 // the initial m.q[i] is, of written
	for i := range m.q {
		if len(m.q[i].text) != 1 {
			continue
		}
		nth++
		var pr *pair
		for k := range m.align.pairs {
			if p := &m.align.pairs[k]; p.qi <= i && i < p.qi+p.qn {
				pr = p
			}
		}
		if pr == nil {
			if legal {
				return false
			}
			continue
		}
		if pr.qn != 1 || pr.cn != 1 || pr.cj >= len(roles) {
			return false
		}
		role := roles[pr.cj]
		if legal && (role == roleSurname || role == roleSurnameRest) || i == 0 && hasFirst && role != roleFirst {
			return false
		}
		if letters == len(written) && len(written[nth]) == 2 && pr.cj < len(ix.names[m.name].toks) &&
			!beginsAs(ix.toks[ix.names[m.name].toks[pr.cj]].text, strings.ToLower(written[nth])) {
			// Yu. is no Yevgeny, Kh. no Kira.
			return false
		}
	}
	return true
}

// russianInitialSpellings are the ways the list's romanisations begin a
// name whose Russian initial is written in two letters (russianInitials):
// Yevgeny and Evgeny, Iurii and Juri, Khasan and Hasan.
var russianInitialSpellings = map[string][]string{
	"ye": {"ye", "e", "je", "ie"}, "yo": {"yo", "e", "io", "jo", "ye"}, "yu": {"yu", "iu", "ju", "u"},
	"ya": {"ya", "ia", "ja"}, "zh": {"zh", "j", "z"}, "ch": {"ch", "tch", "c"}, "sh": {"sh", "sch", "s"},
	"kh": {"kh", "h", "ch"}, "ts": {"ts", "tz", "c", "z"},
}

// beginsAs reports whether the listed word w begins as a name of the
// Russian initial in (two letters, lower case) is written.
func beginsAs(w, in string) bool {
	for _, p := range russianInitialSpellings[in] {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// slavicEndings are the endings of the surnames of Russia and its
// neighbours that are written with initials after them: Kerimov,
// Poklonskaya, Kovalenko, Delimkhanov, Shoigu's neighbours in -in, -sky;
// Yanukovych as Ukraine writes -ich; Chernykh and Sedykh; Donskoy.
var slavicEndings = []string{"ov", "ova", "ev", "eva", "yov", "yova", "in", "ina", "yn", "yna", "sky", "skiy",
	"skii", "skaya", "ska", "enko", "uk", "yuk", "ich", "ych", "ykh", "ikh", "skoy", "dze", "shvili", "yan", "ian", "ko"}

// slavicSurname reports whether w ends as such a surname does.
func slavicSurname(w string) bool {
	w = strings.ToLower(w)
	if len(w) < 5 {
		return false
	}
	for _, e := range slavicEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// mayHaveInitials reports, without allocating, whether name holds a run
// of two or three initials (dottedInitials), in one word or in words
// apart ("S. A.").
func mayHaveInitials(name string) bool {
	if strings.IndexByte(name, '.') < 0 {
		return false
	}
	run := 0
	for rest := name; ; {
		rest = strings.TrimLeft(rest, " ")
		if rest == "" {
			return false
		}
		end := strings.IndexByte(rest, ' ')
		if end < 0 {
			end = len(rest)
		}
		if n := countInitials(rest[:end]); n == 0 {
			run = 0
		} else if run += n; run >= 2 && run <= 3 {
			return true
		}
		rest = rest[end:]
	}
}

// countInitials returns how many initials w is (dottedInitials), or 0.
func countInitials(w string) int {
	n := 0
	for w != "" {
		i := strings.IndexByte(w, '.')
		if i < 0 {
			return 0
		}
		l := w[:i]
		if !(len(l) == 1 && 'A' <= l[0] && l[0] <= 'Z' || len(l) == 2 && russianInitials[l]) {
			return 0
		}
		n++
		w = w[i+1:]
	}
	return n
}

// dottedInitials returns the initials of w when it is two or three of
// them, each a capital (or the two letters of russianInitials) and a
// point: "S.A.", "Yu.V.", as written.
func dottedInitials(w string) []string {
	var out []string
	for w != "" {
		i := strings.IndexByte(w, '.')
		if i < 0 {
			return nil
		}
		l := w[:i]
		if !(len(l) == 1 && 'A' <= l[0] && l[0] <= 'Z' || len(l) == 2 && russianInitials[l]) {
			return nil
		}
		out = append(out, l)
		w = w[i+1:]
	}
	if len(out) < 2 || len(out) > 3 {
		return nil
	}
	return out
}

// dottedAbbreviations are abbreviations of firms' words that are names or
// words elsewhere (Nat, Dev, Min), read as abbreviations only when written
// with their point, or beside a word that says firm
// (firmAbbreviationReading): "Nat." is National, "Nat" a given name.
var dottedAbbreviations = map[string]string{
	"nat": "National", "dev": "Development", "bk": "Bank", "int": "International", "ind": "Industries",
	"min": "Ministry", "govt": "Government", "res": "Research", "prod": "Production", "sci": "Scientific",
	"mach": "Machinery", "invest": "Investment", "ins": "Insurance", "fin": "Finance",
	"inv": "Investment", "log": "Logistics", "petr": "Petroleum",
}

// mayHaveDotted reports, without allocating, whether name holds a word of
// dottedAbbreviations with its point.
func mayHaveDotted(name string) bool {
	var buf [6]byte
	for i := 1; i < len(name); i++ {
		if name[i] != '.' {
			continue
		}
		start := i
		for start > 0 && name[start-1] != ' ' && i-start < len(buf) {
			start--
		}
		if start > 0 && name[start-1] != ' ' {
			continue
		}
		if isDottedAbbreviation(&buf, name[start:i]) {
			return true
		}
	}
	return false
}

// isDottedAbbreviation reports, without allocating, whether w, in any
// case and of len(buf) bytes at most, is one of dottedAbbreviations.
func isDottedAbbreviation(buf *[6]byte, w string) bool {
	b := buf[:0]
	for _, c := range []byte(w) {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return dottedAbbreviations[string(b)] != ""
}

// dottedReading returns name with its dottedAbbreviations written out,
// when it has one and two words or more besides; else "".
func dottedReading(name string) string {
	if !mayHaveDotted(name) {
		return ""
	}
	words := strings.Fields(name)
	if len(words) < 3 {
		return ""
	}
	found := false
	for i, w := range words {
		stem, ok := strings.CutSuffix(w, ".")
		if !ok || len(stem) > 6 || strings.Contains(stem, ".") {
			continue
		}
		if full := dottedAbbreviations[strings.ToLower(stem)]; full != "" {
			words[i], found = full, true
		}
	}
	if !found {
		return ""
	}
	return strings.Join(words, " ")
}

// firmAbbreviationReading returns name with its dottedAbbreviations
// written out where they are written without their point, when another of
// its words says the name is a firm's: a legal form, a word of a trade
// ("CENTRAL BK OF IRAN", "VTB BK PJSC", "KOREA MNG DEV TRDG CORP"), or an
// abbreviation no name shares. Payment messages, short of room, write
// them so. "" when there is none, or nothing says firm: "Nat Smith", "Dev
// Patel" and the Nepali surname BK are names. The first word is read so
// before "of" alone. The matches of the reading are kept against firms,
// vessels and aircraft alone (nameMatches).
func firmAbbreviationReading(name string) string {
	if !mayHaveAbbreviation(name) {
		return ""
	}
	firm := false
	for _, t := range nameTokens(name) {
		if dottedAbbreviations[t] != "" {
			continue
		}
		if t == legalToken || tradeWords[t] || firmWords[t] || abbreviations[t] != nil {
			firm = true
			break
		}
	}
	if !firm {
		return ""
	}
	words := strings.Fields(name)
	found := false
	for i, w := range words {
		stem := strings.TrimRight(w, ",;:")
		// A firm's first word is as often its initials ("BK Trading",
		// "DEV Construction"): it is read so before "of" alone ("BK OF
		// CHINA").
		if i == 0 && (len(words) < 2 || !strings.EqualFold(words[1], "of")) {
			continue
		}
		if full := dottedAbbreviations[strings.ToLower(stem)]; full != "" {
			if strings.ToUpper(stem) == stem {
				full = strings.ToUpper(full)
			}
			words[i], found = full+w[len(stem):], true
		}
	}
	if !found {
		return ""
	}
	return strings.Join(words, " ")
}

// mayHaveAbbreviation reports, without allocating, whether a word of name
// (between spaces, a comma after it or not) is one of
// dottedAbbreviations, without its point.
func mayHaveAbbreviation(name string) bool {
	var buf [6]byte
	for i := 0; i < len(name); {
		for i < len(name) && name[i] == ' ' {
			i++
		}
		start := i
		for i < len(name) && name[i] != ' ' {
			i++
		}
		end := i
		for end > start && (name[end-1] == ',' || name[end-1] == ';' || name[end-1] == ':') {
			end--
		}
		if end-start < 2 || end-start > len(buf) {
			continue
		}
		if isDottedAbbreviation(&buf, name[start:end]) {
			return true
		}
	}
	return false
}

// wholeName reports whether match m meets every word of the listed name
// but legal forms and particles ("Ministry State Security" is MINISTRY OF
// STATE SECURITY), or query is a name cut at a payment line's width
// (cutAtWidth), past whose end the listed words were cut off.
func (ix *index) wholeName(m nameMatch, query string) bool {
	if rest, _ := cutAtWidth(query); rest != "" {
		return true
	}
	for j, id := range ix.names[m.name].toks {
		if t := ix.toks[id].text; m.align.cUsed&(1<<j) == 0 && t != legalToken && !(generic[t] && !firmWords[t]) {
			return false
		}
	}
	return true
}
