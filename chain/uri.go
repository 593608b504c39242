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
	"bitcoin":     uriPlain,
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
	"solana":      uriPlain,
	"ethereum":    uriEthereum,
}

type uriKind uint8

const (
	uriPlain    uriKind = iota + 1 // scheme:address?params
	uriEthereum                    // EIP-681: ethereum:[pay-]target[@chain][/function]?params
)

// URIAddresses returns the addresses a payment URI names, as written, in
// the order it names them. Wallets and QR codes hand over
// "bitcoin:bc1q...?amount=0.1" rather than the address alone, and a payee
// record may hold either. The schemes are those of BIP 21 (bitcoin, and
// litecoin, dash, zcash, bitcoingold, bitcoincash, bitcoinsv, verge),
// monero, tron, ripple, xrpl and xrp, Solana Pay (solana: its recipient,
// not the token mint or the references), and EIP-681 (ethereum). The scheme
// is read in any letter case, as QR codes write it in capitals.
//
// An EIP-681 request to call a token's transfer function names the token
// contract as its target and the payee in its "address" parameter:
// "ethereum:0xdAC17F958D2ee523a2206206994597C13D831ec7/transfer?address=0x...".
// Both are returned, the payee second; screening the target alone would
// screen the token and miss the payee.
//
// The addresses are not checked: Normalize, Detect and Watchlist.Lookup do
// that. An error wraps ErrURI and says what is wrong: a string that is no
// URI, a scheme not read here, no address, a target that is an ENS name
// rather than an address.
func URIAddresses(uri string) ([]string, error) {
	s := trim(uri)
	i := strings.IndexByte(s, ':')
	if i <= 0 {
		return nil, fmt.Errorf("%w: %q has no scheme", ErrURI, uri)
	}
	kind := schemeKind(s[:i])
	if kind == 0 {
		return nil, fmt.Errorf("%w: %q: scheme %q is not one of a payment URI", ErrURI, uri, s[:i])
	}
	rest := strings.TrimPrefix(s[i+1:], "//")
	target, params, _ := strings.Cut(rest, "?")
	values, err := url.ParseQuery(params)
	if err != nil {
		return nil, fmt.Errorf("%w: %q: parameters: %v", ErrURI, uri, err)
	}
	var out []string
	if kind == uriEthereum {
		target = strings.TrimPrefix(target, "pay-")
		if j := strings.IndexAny(target, "@/"); j >= 0 {
			target = target[:j]
		}
		if target != "" && !hasPrefixFold(target, "0x") {
			return nil, fmt.Errorf("%w: %q: target %q is a name, not an address", ErrURI, uri, target)
		}
		if target != "" {
			out = append(out, target)
		}
		if a := values.Get("address"); a != "" {
			out = append(out, a)
		}
	} else if target != "" {
		// A cashaddr's prefix is the scheme: "bitcoincash:qp..." is
		// read as "qp...", which is the same address.
		out = append(out, target)
	}
	addrs := out[:0]
	for _, a := range out {
		a, err := url.PathUnescape(a)
		if err != nil {
			return nil, fmt.Errorf("%w: %q: %v", ErrURI, uri, err)
		}
		if a = trim(a); a != "" {
			addrs = append(addrs, a)
		}
	}
	if len(addrs) == 0 {
		return nil, fmt.Errorf("%w: %q names no address", ErrURI, uri)
	}
	return addrs, nil
}

// IsURI reports whether s begins with a payment URI scheme URIAddresses
// reads: a string that does is screened by the addresses it names.
func IsURI(s string) bool {
	s = trim(s)
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
