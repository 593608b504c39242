package chain

import (
	"slices"
	"strings"

	"github.com/sanctionscreen/ofac/sdn"
)

// Listing is one place where the list names an address: the entry, and the
// asset code and address exactly as published.
type Listing struct {
	// Entry is the listed party: a pointer into the Entries of the
	// *sdn.List the Watchlist was built from.
	Entry *sdn.Entry
	// Asset is the asset code as listed ("USDT"), which need not be the
	// chain a payment is made on.
	Asset Asset
	// Address is the address as listed, before normalising.
	Address string
	// Key is the canonical key the address is filed under: what Normalize
	// returns for it, or its trimmed text when Raw.
	Key string
	// Raw marks a value that fits no known address format (or whose asset
	// code has no codec and whose text fits no format either). It is
	// matched only as its exact, trimmed text.
	Raw bool
}

// Irregular is a listed value that does not normalise under its own asset
// code. It is still indexed, never dropped: under the format it does fit
// (Fits), or as raw text.
type Irregular struct {
	Listing
	// Err says why Normalize rejected the value under its asset code; it
	// wraps ErrInvalidAddress.
	Err error
	// Fits lists the asset codes whose format the value does fit (Detect),
	// as for a TRON address listed as XBT. It is nil for a Raw listing.
	Fits []Asset
}

// Watchlist finds the list entries that name a wallet address, whatever
// asset code the address was listed under and whichever of its equivalent
// spellings is screened: any letter case where the format ignores case (hex,
// bech32, cashaddr; never base58, which is case-sensitive), white space
// and invisible characters anywhere (as Normalize ignores them), the
// quotes, brackets, labels and punctuation of an address written in text
// (as Detect reads them), cashaddr with or without "bitcoincash:" and its legacy form,
// TRON hex or base58, an EVM address under any EVM code, a Monero integrated
// address of a listed standard address, an XRP X-address of a listed
// account, a Litecoin script hash in either of its spellings (M... and the
// older 3...), an address of another chain (OtherChain) in any spelling of
// its account, and a Cosmos account whose bytes are a listed EVM address.
//
// A Watchlist is immutable once built and safe for concurrent use. The zero
// value is an empty watchlist.
type Watchlist struct {
	// exact maps the keys of case-sensitive formats (base58) and raw
	// values, as they are.
	exact map[string][]Listing
	// folded maps every spelling of the case-insensitive formats (hex,
	// bech32, cashaddr) in lower case. Kept apart from exact so that
	// lower-casing a base58 query can never find another base58 key.
	folded map[string][]Listing
	// xrp maps the 20-byte account IDs of the XRP keys, for X-addresses.
	xrp map[string][]Listing
	// other maps the listed addresses of chains outside the known codes
	// by their OtherChainAddress.Key, for their other spellings.
	other map[string][]Listing
	// exactLen and foldedLen say which lengths occur among the keys of
	// each map, so that most queries (and most misses, the common case)
	// cost one map access.
	exactLen, foldedLen lengthSet
	keys                int
	irregular           []Irregular
}

// lengthSet is a set of string lengths; 255 stands for all longer ones.
type lengthSet [4]uint64

func (l *lengthSet) add(n int) { n = min(n, 255); l[n>>6] |= 1 << (n & 63) }

func (l *lengthSet) has(n int) bool { n = min(n, 255); return l[n>>6]&(1<<(n&63)) != 0 }

// NewWatchlist indexes the wallets of every entry of list. A nil list gives
// an empty Watchlist. Values that do not normalise under their asset code
// are indexed all the same (see Irregular).
func NewWatchlist(list *sdn.List) *Watchlist {
	w := &Watchlist{exact: make(map[string][]Listing), folded: make(map[string][]Listing)}
	if list == nil {
		return w
	}
	type group struct {
		listings []Listing
		fold     bool
	}
	groups := make(map[string]*group)
	var order []string
	for i := range list.Entries {
		e := &list.Entries[i]
		for _, wallet := range e.Wallets {
			l := Listing{Entry: e, Asset: Asset(wallet.Asset), Address: wallet.Address}
			p, err := parse(l.Asset, wallet.Address)
			if err != nil {
				ir := Irregular{Err: err}
				if fits := Detect(wallet.Address); len(fits) > 0 {
					// All codes Detect returns give the same key.
					p, _ = parse(fits[0], wallet.Address)
					ir.Fits = fits
				} else {
					p = parsed{key: trim(wallet.Address)}
					l.Raw = true
				}
				ir.Listing = l
				ir.Key = p.key
				w.irregular = append(w.irregular, ir)
				if p.key == "" {
					continue // an empty value can match nothing
				}
			}
			l.Key = p.key
			g := groups[p.key]
			if g == nil {
				g = &group{}
				groups[p.key] = g
				order = append(order, p.key)
			}
			if !containsListing(g.listings, l) {
				g.listings = append(g.listings, l)
			}
			g.fold = g.fold || p.fold
		}
	}
	for _, key := range order {
		g := groups[key]
		ls := g.listings[:len(g.listings):len(g.listings)]
		if g.fold {
			put(w.folded, key, ls)
			w.foldedLen.add(len(key))
		} else {
			put(w.exact, key, ls)
			w.exactLen.add(len(key))
		}
		for _, alt := range alternates(key) {
			put(w.folded, alt, ls)
			w.foldedLen.add(len(alt))
		}
		ltc := slices.ContainsFunc(ls, func(l Listing) bool { return l.Asset.canonical() == LTC })
		if twin := litecoinP2SHTwin(key, ltc); twin != "" {
			put(w.exact, twin, ls)
			w.exactLen.add(len(twin))
		}
		if o, ok := otherChain(key); ok {
			if w.other == nil {
				w.other = make(map[string][]Listing)
			}
			put(w.other, o.Key, ls)
			if o.evm != "" {
				// A listed Cosmos account of an Ethereum key is found
				// by its 0x address too.
				put(w.folded, o.evm, ls)
				w.foldedLen.add(len(o.evm))
				put(w.folded, o.evm[2:], ls)
				w.foldedLen.add(len(o.evm) - 2)
			}
		} else if k := tonRawKey(key); k != "" {
			// The list may give a TON account in its raw form, which has
			// no checksum for otherChain to recognise; its user-friendly
			// forms are found under the same key.
			if w.other == nil {
				w.other = make(map[string][]Listing)
			}
			put(w.other, k, ls)
		}
		if id := rippleAccount(key); id != "" {
			if w.xrp == nil {
				w.xrp = make(map[string][]Listing)
			}
			put(w.xrp, id, ls)
		}
	}
	w.keys = len(order)
	return w
}

// containsListing reports whether ls already holds l: the list repeats an
// address within an entry at times, and one report per entry is enough.
func containsListing(ls []Listing, l Listing) bool {
	for _, x := range ls {
		if x.Entry == l.Entry && x.Asset == l.Asset && x.Address == l.Address {
			return true
		}
	}
	return false
}

// put files ls under spelling s, merging with what is there: two keys whose
// spellings meet are, as far as screening can tell, one address.
func put(m map[string][]Listing, s string, ls []Listing) {
	old, ok := m[s]
	if !ok || (len(old) > 0 && &old[0] == &ls[0]) {
		m[s] = ls
		return
	}
	merged := append([]Listing(nil), old...)
	for _, l := range ls {
		if !containsListing(merged, l) {
			merged = append(merged, l)
		}
	}
	m[s] = merged[:len(merged):len(merged)]
}

// alternates returns the other spellings of a canonical key, each in lower
// case: an EVM address without "0x", a TRON address in hex with and
// without "0x", the cashaddr
// forms of a bitcoin-style hash.
func alternates(key string) []string {
	switch {
	case len(key) == 42 && strings.HasPrefix(key, "0x"):
		return []string{key[2:]}
	case len(key) == 34 && key[0] == 'T':
		if h := tronHex(key); h != "" {
			return []string{h, "0x" + h}
		}
		return nil
	}
	return cashSpellings(key)
}

// maxFold bounds the case-insensitive spellings Lookup lower-cases on the
// stack: bech32 stops at 90 characters, a prefixed cashaddr of the longest
// (512-bit) hash at 125.
const maxFold = 128

// Lookup returns the listings of address, or nil when it is not listed. It
// does not validate the address (a mistyped address is simply not listed)
// and, for the formats of the known codes, does not allocate, unless the
// address has white space or invisible characters inside it, which are
// removed on a copy, or characters that NFKC writes as ASCII (fullwidth
// "０ｘ…"), which are read as that ASCII on a copy. The returned slice is shared: do not modify it.
func (w *Watchlist) Lookup(address string) []Listing {
	s := trim(address)
	// An address written in text: "ETH: 0x…", "(bc1q…).", "r…?dt=1". No
	// address of a known format has what unwrap cuts, so the address
	// within is looked up first, and the text as given only if that
	// finds nothing (it may be a listed value of no known format).
	if u := unwrap(s); u != s {
		if ls := w.lookup(u); ls != nil {
			return ls
		}
	}
	return w.lookup(s)
}

// lookup is Lookup of trimmed text.
func (w *Watchlist) lookup(s string) []Listing {
	if w.exactLen.has(len(s)) {
		if ls, ok := w.exact[s]; ok {
			return ls
		}
	}
	if len(s) <= maxFold && w.foldedLen.has(len(s)) {
		var buf [maxFold]byte
		b := lowerASCII(buf[:len(s)], s)
		// The compiler does not allocate for a string(bytes) map index.
		if ls, ok := w.folded[string(b)]; ok {
			return ls
		}
	}
	if len(s) == moneroIntChars && s[0] == '4' {
		return w.lookupIntegrated(s)
	}
	if w.xrp != nil && len(s) >= 40 && len(s) <= 50 && s[0] == 'X' {
		var buf [xAddressBytes]byte
		if account, ok := xAddressAccount(buf[:0], s); ok {
			return w.xrp[string(account)]
		}
	}
	if mayBeOtherChain(s) {
		// Another chain's address: a listed one in another spelling
		// (a Stellar muxed account, TON's other tag, SS58 under another
		// network, a Cosmos account under another chain's prefix), or
		// a Cosmos account whose bytes are a listed EVM address.
		if o, ok := otherChain(s); ok {
			if ls := w.other[o.Key]; ls != nil {
				return ls
			}
			if o.evm != "" {
				return w.folded[o.evm]
			}
		}
	}
	return nil
}

// lookupIntegrated finds a Monero integrated address by the standard
// address it embeds.
func (w *Watchlist) lookupIntegrated(s string) []Listing {
	var buf [moneroIntBytes]byte
	b, err := moneroDecodeChecked(buf[:0], s)
	if err != nil || b[0] != moneroIntegrated || len(b) != moneroIntBytes {
		return nil
	}
	var out [moneroStdChars]byte
	return w.exact[string(moneroStandardOf(out[:0], b))]
}

// Len returns the number of distinct keys (addresses) in the watchlist.
func (w *Watchlist) Len() int { return w.keys }

// Irregular returns the listed values that did not normalise under their
// own asset code, in list order: the list's own errors, worth a look by
// whoever maintains the screening.
func (w *Watchlist) Irregular() []Irregular {
	return append([]Irregular(nil), w.irregular...)
}
