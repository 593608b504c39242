package chain

import (
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"unicode"
)

// A wallet field (a form's, a spreadsheet's cell, a line of a chat) holds
// more than one address at times, or more than an address: several
// addresses ("0x…, bc1q…"), a label in words ("USDT TRC20: T…",
// "ARB 0x…"), a payment URI among other words, a block explorer's link to
// the address's page ("https://etherscan.io/address/0x…"). ReadField
// finds the addresses in it, and says which of its pieces may be meant as
// an address but are none, so that a caller can tell a field it read
// from one it could not.

// ErrLink is what the error of a Piece that is a link wraps: the link is
// to no address's page (a transaction's, a block's), or to a page whose
// path names none.
var ErrLink = errors.New("chain: link names no address")

// PieceKind says what a Piece of a wallet field is.
type PieceKind uint8

const (
	// PieceAddress is an address, or text that may be meant as one and
	// is none (then its Err says so).
	PieceAddress PieceKind = iota + 1
	// PieceURI is a payment URI, read by URIAddresses.
	PieceURI
	// PieceLink is a link to a web page, a block explorer's, that shows
	// an address: its address is a segment of the link's path, fragment
	// or query.
	PieceLink
)

// Piece is one part of a wallet field that ReadField reads.
type Piece struct {
	// Text is the piece as the field writes it, without white space or
	// invisible characters around it.
	Text string
	// Kind says what the piece is.
	Kind PieceKind
	// Addresses are the addresses the piece names, as written, each
	// once: Text itself for an address, those a payment URI names (as
	// URIAddresses returns them, unchecked), those a link shows (each a
	// segment that Detect or OtherChain recognises). Empty when Err is
	// set.
	Addresses []string
	// Err says why the piece names no address. It wraps
	// ErrInvalidAddress for text in no known format (a typo, an address
	// cut short), ErrURI for a payment URI that names none, ErrLink for a
	// link to a transaction, a block or a page whose link shows none.
	Err error
}

// minAddress is the fewest bytes an address of any format known here
// (Detect's or OtherChain's) has: a classic XRP address has 25
// characters at the least, the others more. Shorter words of a field are
// labels, never addresses, and are passed over without decoding.
const minAddress = 25

// ReadField returns the pieces of a wallet field that name addresses or
// may be meant to, in the order the field gives them:
//
//   - A field that is an address, as Detect or OtherChain read it
//     (quotes, a label such as "ETH:", white space inside and all), is
//     one piece: itself.
//   - A field that is a payment URI is read whole (its parameters may
//     hold the separators below: "label=ACME; Corp"), up to an address
//     written after it, which is none of its parameters and a piece of
//     its own.
//   - Any other field is cut into words at white space, ",", ";" and "|".
//     A word that is an address, a payment URI or a link is a piece; a
//     word with colons is cut at them too, so that a label joined to its
//     address ("USDT-TRC20:T…", "polygon:0x…") leaves the address.
//     Numbers (an XRP destination tag, an amount) and short words
//     ("ETH", "TRC20", "wallet:", "(BEP20)") are passed over. Every
//     whole word that is an address is screened, and never a part of a
//     word: free text gives no address that is not written as one.
//   - A word that is none of these but may be meant as an address (it
//     begins with "0x", or it is as long as the shortest address) is a
//     piece with an Err: a typo or an address cut short, which a caller
//     must not report as clean. So is the whole field, as written, when
//     no word of it names an address, or when it is one such word.
//
// A link is read when it is an http(s) link or a host and path
// ("etherscan.io/address/0x…"): its addresses are the segments of its
// path, fragment ("tronscan.org/#/address/T…") and query
// ("?a=0x…") that Detect or OtherChain recognise. A link to a
// transaction or a block ("/tx/0x…", "/block/…") names no address, though
// a page of it shows some: its piece has an Err wrapping ErrLink.
//
// An empty field has no pieces. ReadField does not look addresses up:
// Watchlist.Lookup does, for each of a piece's Addresses.
func ReadField(field string) []Piece {
	text := strings.TrimFunc(field, invisible)
	if text == "" {
		return nil
	}
	if isAddress(text) {
		return []Piece{{Text: text, Kind: PieceAddress, Addresses: []string{text}}}
	}
	words := strings.FieldsFunc(text, isSeparator)
	var r fieldReader
	if IsURI(text) {
		r.uri(text, words)
		return r.pieces
	}
	for _, w := range words {
		r.word(w)
	}
	if len(r.pieces) == 0 || len(words) == 1 && len(r.pieces) == 1 && r.pieces[0].Kind == PieceAddress && r.pieces[0].Err != nil {
		// No word names an address; a word alone is said as written,
		// quotes and all ("\"0x098B…\"").
		return []Piece{unread(text)}
	}
	return r.pieces
}

// uri reads a field that is a payment URI, whose words are given (see
// ReadField). The URI ends where an address written after it begins,
// so that reading its piece alone again names no address twice.
func (r *fieldReader) uri(text string, words []string) {
	uri := uriPiece(text)
	var after []Piece
	for _, w := range words[1:] {
		w = strings.TrimFunc(w, wordEdge) // punctuation, and the invisible characters a word may carry
		if !isAddress(w) || slices.Contains(uri.Addresses, w) {
			continue
		}
		if len(after) == 0 {
			if i := strings.Index(text, w); i > 0 {
				uri = uriPiece(strings.TrimRightFunc(text[:i], isSeparator))
			}
		}
		after = append(after, Piece{Text: w, Kind: PieceAddress, Addresses: []string{w}})
	}
	r.add(uri)
	for _, p := range after {
		r.add(p)
	}
}

// fieldReader gathers the pieces of a field, each address once.
type fieldReader struct {
	pieces []Piece
	seen   map[string]bool
}

// add adds p, or for an address that a piece before named, nothing.
func (r *fieldReader) add(p Piece) {
	if p.Kind == PieceAddress && r.seen[p.Text] {
		return
	}
	if r.seen == nil {
		r.seen = make(map[string]bool)
	}
	for _, a := range p.Addresses {
		r.seen[a] = true
	}
	r.pieces = append(r.pieces, p)
}

// word reads one word of a field (see ReadField).
func (r *fieldReader) word(w string) {
	// The brackets of "(T…)" split from their words, the full stop that
	// ends a sentence: no address, URI or link ends in them; nor in the
	// invisible characters they may enclose ("!\x01T…").
	w = strings.TrimFunc(w, wordEdge)
	switch {
	case w == "":
	case isNumber(w):
		// An XRP destination tag, an amount.
	case isAddress(w):
		r.add(Piece{Text: w, Kind: PieceAddress, Addresses: []string{w}})
	case IsURI(w) && !strings.HasSuffix(w, ":"):
		// "bitcoin:" alone is a label ("Bitcoin: bc1q…" in words).
		r.add(uriPiece(w))
	case isLink(w):
		r.add(linkPiece(w))
	default:
		// A label joined to its address ("USDT-TRC20:T…").
		for _, part := range strings.FieldsFunc(w, isColon) {
			part = strings.TrimFunc(part, wordEdge)
			switch {
			case isAddress(part):
				r.add(Piece{Text: part, Kind: PieceAddress, Addresses: []string{part}})
			case mayBeAddress(part):
				r.add(unread(part))
			}
		}
	}
}

// wordEdge reports whether r is what a word of a field may begin or end
// with that is no part of an address: punctuation around a word
// (isWordPunct), and invisible characters.
func wordEdge(r rune) bool { return isWordPunct(r) || invisible(r) }

// unread is the piece of text s that may be meant as an address and is
// none.
func unread(s string) Piece {
	return Piece{Text: s, Kind: PieceAddress, Err: fmt.Errorf("%w: %q is in no known format", ErrInvalidAddress, s)}
}

// uriPiece is the piece of the payment URI s.
func uriPiece(s string) Piece {
	addrs, err := URIAddresses(s)
	return Piece{Text: s, Kind: PieceURI, Addresses: addrs, Err: err}
}

// isAddress reports whether s, trimmed, is an address of a format Detect
// or OtherChain recognises, with what text may put around it (unwrap).
func isAddress(s string) bool {
	if len(s) < minAddress {
		return false
	}
	t := trim(s)
	if detect(t) != nil {
		return true
	}
	if _, ok := otherChain(t); ok {
		return true
	}
	u := unwrap(t)
	if u == t {
		return false
	}
	if detect(u) != nil {
		return true
	}
	_, ok := otherChain(u)
	return ok
}

// mayBeAddress reports whether a word that is no address may be meant as
// one: it begins with "0x", or it is as long as an address.
func mayBeAddress(s string) bool {
	return hasPrefixFold(s, "0x") || len(s) >= minAddress && !isNumber(s)
}

// isNumber reports whether s is ASCII digits alone.
func isNumber(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// isSeparator reports whether r separates the words of a field: white
// space, and the commas, semicolons and bars of a list, fullwidth ones
// included.
func isSeparator(r rune) bool {
	switch r {
	case ',', ';', '|', '，', '；', '｜', '、':
		return true
	}
	return unicode.IsSpace(r)
}

// isColon reports whether r is a colon, which joins a label to its
// address.
func isColon(r rune) bool { return r == ':' || r == '：' }

// isWordPunct reports whether r is punctuation that text puts around a
// word and no address holds: brackets and quotes, and what ends a
// sentence.
func isWordPunct(r rune) bool {
	switch r {
	case '.', '!', '?', ')', ']', '}', '>', '”', '’', '»', '›':
		return true
	}
	return closer(r) != 0
}

// isLink reports whether s is a link to a web page: an http(s) URL, or a
// host name and a path ("etherscan.io/address/0x…").
func isLink(s string) bool {
	if hasPrefixFold(s, "https://") || hasPrefixFold(s, "http://") {
		return true
	}
	host, _, ok := strings.Cut(s, "/")
	return ok && strings.Contains(host, ".") && !strings.HasPrefix(host, ".") && !strings.ContainsAny(host, ":?#@=&")
}

// notAddressPages are the path segments of block explorers' links to
// what is not an address, and what each is a link to.
var notAddressPages = map[string]string{
	"tx": "a transaction", "txs": "a transaction", "transaction": "a transaction", "transactions": "a transaction",
	"block": "a block", "blocks": "a block",
}

// linkPiece is the piece of the link s (see ReadField).
func linkPiece(s string) Piece {
	p := Piece{Text: s, Kind: PieceLink}
	rest := s
	if i := strings.Index(rest, "://"); i >= 0 {
		rest = rest[i+len("://"):]
	}
	// The page's own path and query, then a single-page application's
	// route in the fragment ("tronscan.org/#/address/T…"), which has its
	// own path and query.
	rest, fragment, _ := strings.Cut(rest, "#")
	_, rest, _ = strings.Cut(rest, "/") // the host
	var path, query []string
	for _, part := range []string{rest, fragment} {
		pth, q, _ := strings.Cut(part, "?")
		path = append(path, strings.Split(pth, "/")...)
		query = append(query, strings.FieldsFunc(q, func(r rune) bool { return r == '&' || r == '=' || r == ';' })...)
	}
	for _, seg := range path {
		if what := notAddressPages[strings.ToLower(seg)]; what != "" {
			p.Err = fmt.Errorf("%w: %q is a link to %s, not to an address", ErrLink, s, what)
			return p
		}
	}
	for _, seg := range path {
		p.addLinked(unescape(seg, url.PathUnescape))
	}
	for _, seg := range query {
		p.addLinked(unescape(seg, url.QueryUnescape))
	}
	if len(p.Addresses) == 0 {
		p.Err = fmt.Errorf("%w: %q has no address in its path", ErrLink, s)
	}
	return p
}

// addLinked adds seg, a segment of a link, to the piece's addresses if it
// is an address not yet there.
func (p *Piece) addLinked(seg string) {
	if !isAddress(seg) {
		return
	}
	for _, a := range p.Addresses {
		if a == seg {
			return
		}
	}
	p.Addresses = append(p.Addresses, seg)
}
