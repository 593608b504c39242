package chain

import (
	"strings"
	"unicode/utf8"
)

// People write an address in running text, a chat message or a form's
// field with more around it than the address: quotes or brackets, the full
// stop that ends a sentence, a label naming the coin ("ETH: 0x…",
// "USDT:T…", "TRC20: T…"), an EVM chain's short name of EIP-3770
// ("arb1:0x…", "pol:0x…") or the token standard ("ERC20: 0x…"), CAIP-10's
// chain ID ("eip155:1:0x…"), an XRP destination tag after the account
// ("r…?dt=123", "r…:123"). No address holds any of these. unwrap cuts
// them off; the Watchlist, Detect and Normalize read the address that
// remains when the text as given is no address, so that an address never
// loses a character it has.

// closer returns the quote or bracket that closes open, or 0 when open
// opens none.
func closer(open rune) rune {
	switch open {
	case '"', '\'', '`':
		return open
	case '“':
		return '”'
	case '‘':
		return '’'
	case '«':
		return '»'
	case '‹':
		return '›'
	case '<':
		return '>'
	case '(':
		return ')'
	case '[':
		return ']'
	case '{':
		return '}'
	}
	return 0
}

// labels are the prefixes, before a ":", that name a coin rather than
// begin an address, in lower case: the asset codes this package knows,
// BTC, and TRC20, as exchanges name USDT on TRON.
var labels = func() map[string]bool {
	m := map[string]bool{"btc": true, "trc20": true}
	for _, a := range knownAssets {
		m[strings.ToLower(string(a))] = true
	}
	return m
}()

// evmLabels name EVM chains, read as a label before an EVM address only:
// "arb1:0x…" is an Arbitrum address. They are the chains' EIP-3770 short
// names (the chain registry's shortName: "pol" and Polygon's older
// "matic", "oeth" for OP Mainnet, "scr" for Scroll...), the names people
// write instead ("polygon", "op", "arbitrum"), and the token standards
// exchanges name a deposit address by (ERC20, BEP20). Every EVM chain
// shares one key space, so the label chooses nothing: it is cut off.
var evmLabels = map[string]bool{
	"eth": true, "arb1": true, "arb-nova": true, "bnb": true, "matic": true, "pol": true, "base": true,
	"oeth": true, "avax": true, "ftm": true, "gno": true, "celo": true, "linea": true, "zksync": true,
	"scr": true, "blast": true, "mnt": true, "zkevm": true, "cro": true, "mode": true,
	"polygon": true, "op": true, "optimism": true, "arbitrum": true, "avalanche": true, "fantom": true,
	"gnosis": true, "scroll": true, "mantle": true, "erc20": true, "bep20": true,
}

// maxLabel is the longest label, "eip155" and the EVM chains' names
// ("avalanche") included.
const maxLabel = 9

// unwrap cuts off what surrounds an address written in text (see above),
// from s, already trimmed: trailing sentence punctuation, one pair of
// quotes or brackets, a label, and an XRP destination tag written after a
// classic address. It returns s itself when there is nothing to cut, and
// never allocates.
func unwrap(s string) string {
	// The usual case, a bare address, is told apart at once: Lookup runs
	// this on every query.
	if len(s) == 0 || isAlnum(s[0]) && isAlnum(s[len(s)-1]) && s[0] != 'r' && strings.IndexByte(s[:min(len(s), maxLabel+1)], ':') < 0 {
		return s
	}
	s = cutPunct(s)
	s, paired := cutPair(s)
	s = cutPunct(s)
	s = cutLabel(s)
	if !paired {
		// `ETH: "0x…"`: the label outside the quotes.
		s, _ = cutPair(s)
		s = cutPunct(s)
	}
	return cutRippleTag(s)
}

// cutPunct cuts the punctuation that ends a sentence or a list item
// ("pay 0x….", "0x…, 0x…") off the end of s.
func cutPunct(s string) string {
	for len(s) > 0 {
		switch s[len(s)-1] {
		case '.', ',', ';', '!':
			s = s[:len(s)-1]
		default:
			return s
		}
	}
	return s
}

// isAlnum reports whether c is an ASCII letter or digit.
func isAlnum(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// cutPair cuts one pair of matching quotes or brackets around s, and says
// whether it did.
func cutPair(s string) (string, bool) {
	if len(s) < 2 {
		return s, false
	}
	open, n := utf8.DecodeRuneInString(s)
	closing := closer(open)
	if closing == 0 {
		return s, false
	}
	last, m := utf8.DecodeLastRuneInString(s)
	if last != closing || n+m > len(s) {
		return s, false
	}
	return s[n : len(s)-m], true
}

// cutLabel cuts a label off the start of s: an asset code ("ETH:",
// "usdt:", "TRC20:"), an EVM chain's name before an EVM address
// ("arb1:0x…", "polygon:0x…", "ERC20:0x…"; evmLabels), or
// CAIP-10's namespace and chain ID before an EVM address
// ("eip155:1:0x…").
func cutLabel(s string) string {
	i := strings.IndexByte(s[:min(len(s), maxLabel+1)], ':')
	if i < 2 {
		return s
	}
	var buf [maxLabel]byte
	label := lowerASCII(buf[:i], s[:i])
	rest := s[i+1:]
	switch {
	case string(label) == "eip155":
		// CAIP-10: eip155:<chain ID, decimal>:<address>.
		j := strings.IndexByte(rest, ':')
		if j < 1 || j > 20 || strings.Trim(rest[:j], "0123456789") != "" || !hasPrefixFold(rest[j+1:], "0x") {
			return s
		}
		return rest[j+1:]
	case labels[string(label)]:
		return rest
	case evmLabels[string(label)] && hasPrefixFold(rest, "0x"):
		return rest
	}
	return s
}

// cutRippleTag cuts a destination tag written after a classic XRP address
// without a URI's scheme ("r…?dt=123", "r…:123"): the tag names a
// customer of the account, and the account is the wallet, as with an
// X-address.
func cutRippleTag(s string) string {
	if len(s) < 27 || s[0] != 'r' {
		return s
	}
	i := strings.IndexAny(s, "?:")
	if i < 25 || i > 35 {
		return s
	}
	tag := s[i+1:]
	if s[i] == '?' {
		k, v, ok := strings.Cut(tag, "=")
		if !ok || !strings.EqualFold(k, "dt") && !strings.EqualFold(k, "tag") {
			return s
		}
		tag, _, _ = strings.Cut(v, "&")
	}
	if tag == "" || len(tag) > 10 || strings.Trim(tag, "0123456789") != "" {
		return s
	}
	return s[:i]
}
