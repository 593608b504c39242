package chain

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
)

// ErrURI is what URIAddresses's errors wrap: the string is not a payment URI
// it can read.
var ErrURI = errors.New("chain: payment URI not read")

// uriSchemes are the payment URI schemes URIAddresses reads, by how each
// writes its addresses: BIP 21 and the coins that took it up, Monero's
// URI, EIP-681, Solana Pay, and the TRON and XRP Ledger wallets' URIs.
var uriSchemes = map[string]uriKind{
	"bitcoin":     uriBitcoin,
	"litecoin":    uriPlain,
	"dash":        uriPlain,
	"zcash":       uriPlain,
	"bitcoingold": uriPlain,
	"bitcoincash": uriPlain,
	"bitcoinsv":   uriPlain,
	"verge":       uriPlain,
	"monero":      uriPlain,
	"tron":        uriPlain,
	"ripple":      uriPlain,
	"xrpl":        uriPlain,
	"xrp":         uriPlain,
	"solana":      uriSolana,
	"ethereum":    uriEthereum,
}

type uriKind uint8

const (
	uriPlain    uriKind = iota + 1 // scheme:address?params
	uriBitcoin                     // BIP 21, and BIP 321's bc parameter
	uriSolana                      // Solana Pay: a recipient, or a link to a transaction request
	uriEthereum                    // EIP-681: ethereum:[pay-]target[@chain][/function]?params
)

// URIAddresses returns the addresses a payment URI names, as written, in
// the order it names them. Wallets and QR codes hand over
// "bitcoin:bc1q...?amount=0.1" rather than the address alone, and a payee
// record may hold either. The schemes are those of BIP 21 (bitcoin, and
// litecoin, dash, zcash, bitcoingold, bitcoincash, bitcoinsv, verge),
// monero, tron, ripple, xrpl and xrp, Solana Pay (solana: its recipient,
// not the token mint or the references), and EIP-681 (ethereum). Scheme,
// prefixes and parameter names are read in any letter case, as QR codes
// write them in capitals.
//
// Besides the address after the scheme, every "address" parameter is
// returned, and for bitcoin every "bc" one (BIP 321 gives a segwit
// address there, beside the path's or instead of it). An EIP-681 request
// to call a token's transfer function names the token contract as its
// target and the payee in its "address" parameter:
// "ethereum:0xdAC17F958D2ee523a2206206994597C13D831ec7/transfer?address=0x...".
// Both are returned, the payee last; screening the target alone would
// screen the token and miss the payee.
//
// What the URI says besides cannot hide an address: parameters are read
// one by one, a value that cannot be unescaped ("50% off") is kept as
// written, and a "#" or a second "?" written unescaped in a label does
// not end them. An EIP-681 target that is an ENS name is passed over, and
// the payee of its address parameter returned; one of 40 hex digits
// without "0x" is an address. The addresses are not
// checked: Normalize, Detect and Watchlist.Lookup do that. An error wraps
// ErrURI and says what is wrong: a string that is no URI, a scheme not
// read here, no address, a link rather than an address. A URI written in
// text inside one pair of quotes or brackets ("<bitcoin:…>") is read
// without them.
func URIAddresses(uri string) ([]string, error) {
	s, _ := cutPair(trim(uri))
	i := strings.IndexByte(s, ':')
	if i <= 0 {
		return nil, fmt.Errorf("%w: %q has no scheme", ErrURI, uri)
	}
	kind := schemeKind(s[:i])
	if kind == 0 {
		return nil, fmt.Errorf("%w: %q: %q is not a payment URI scheme read here", ErrURI, uri, s[:i])
	}
	rest := strings.TrimPrefix(s[i+1:], "//")
	target, query, _ := strings.Cut(rest, "?")
	target, _, _ = strings.Cut(target, "#")
	target = unescape(target, url.PathUnescape)
	name := "" // an ENS name in place of an EIP-681 target
	switch kind {
	case uriEthereum:
		if hasPrefixFold(target, "pay-") {
			target = target[len("pay-"):]
		}
		if j := strings.IndexAny(target, "@/"); j >= 0 {
			target = target[:j]
		}
		if target != "" && !hasPrefixFold(target, "0x") && !(len(target) == 40 && isHex(target)) {
			// 40 hex digits without "0x" are an address, as some
			// wallets write it; no ENS name is hex digits alone, as
			// every one ends in its top-level domain.
			name, target = target, ""
		}
	case uriSolana:
		if strings.Contains(target, "://") {
			return nil, fmt.Errorf("%w: %q: a link to a transaction request, not an address", ErrURI, uri)
		}
	}
	out := []string{target}
	// Parameters are read one by one, so that none can hide another:
	// "&" or ";" apart, or past a "?" or "#" written unescaped in a label.
	for _, kv := range strings.FieldsFunc(query, func(r rune) bool { return r == '&' || r == ';' || r == '?' || r == '#' }) {
		k, v, _ := strings.Cut(kv, "=")
		k = strings.ToLower(trim(unescape(k, url.QueryUnescape)))
		if k == "address" || kind == uriBitcoin && k == "bc" {
			out = append(out, strings.TrimRight(trim(unescape(v, url.QueryUnescape)), ",/"))
		}
	}
	addrs := out[:0]
	for _, a := range out {
		if a = trim(a); a != "" {
			addrs = append(addrs, a)
		}
	}
	switch {
	case len(addrs) > 0:
		return addrs, nil
	case name != "":
		return nil, fmt.Errorf("%w: %q: target %q is a name, not an address, and no address parameter names the payee", ErrURI, uri, name)
	}
	return nil, fmt.Errorf("%w: %q names no address", ErrURI, uri)
}

// unescape is s unescaped by f, or s as written where f cannot read it.
func unescape(s string, f func(string) (string, error)) string {
	if u, err := f(s); err == nil {
		return u
	}
	return s
}

// IsURI reports whether s begins with a payment URI scheme URIAddresses
// reads: a string that does is screened by the addresses it names.
func IsURI(s string) bool {
	s, _ = cutPair(trim(s))
	i := strings.IndexByte(s, ':')
	return i > 0 && schemeKind(s[:i]) != 0
}

// schemeKind looks scheme up in uriSchemes in any letter case, without
// allocating.
func schemeKind(scheme string) uriKind {
	var buf [16]byte
	if len(scheme) > len(buf) {
		return 0
	}
	return uriSchemes[string(lowerASCII(buf[:len(scheme)], scheme))]
}
