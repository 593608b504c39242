package chain

import (
	"encoding/binary"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Asset is a digital currency code as OFAC's list spells it ("XBT" for
// bitcoin, "USDT", "ARB"...). The set is open: the list may add codes at any
// time, and a code this package does not know is still a valid Asset whose
// addresses are matched as text.
type Asset string

// The asset codes used by the SDN list as of 2025-11-19, each with the
// address formats Normalize accepts for it.
const (
	XBT  Asset = "XBT"  // Bitcoin: base58check P2PKH (1...) and P2SH (3...), bech32/bech32m segwit (bc1...)
	ETH  Asset = "ETH"  // Ethereum: 0x hex, EIP-55 checked when mixed case
	XMR  Asset = "XMR"  // Monero: standard (4...), integrated (4..., 106 chars), subaddress (8...)
	LTC  Asset = "LTC"  // Litecoin: base58check L..., M..., 3... and bech32 ltc1...
	ZEC  Asset = "ZEC"  // Zcash: transparent t1.../t3... and Sapling zs1...
	DASH Asset = "DASH" // Dash: base58check X... and 7...
	BTG  Asset = "BTG"  // Bitcoin Gold: base58check G... and A...
	ETC  Asset = "ETC"  // Ethereum Classic: 0x hex
	BSV  Asset = "BSV"  // Bitcoin SV: legacy base58check and cashaddr
	BCH  Asset = "BCH"  // Bitcoin Cash: legacy base58check and cashaddr (bitcoincash:q...)
	XVG  Asset = "XVG"  // Verge: base58check D... and E...
	USDT Asset = "USDT" // Tether: on EVM chains, TRON, Solana, and Omni (bitcoin addresses)
	XRP  Asset = "XRP"  // XRP Ledger: Ripple-alphabet base58check r..., and X-addresses X...
	BNB  Asset = "BNB"  // BNB: Beacon Chain bech32 bnb1..., or 0x hex on BNB Smart Chain
	TRX  Asset = "TRX"  // TRON: base58check T..., or its hex form 41... or 0x41...
	USDC Asset = "USDC" // USD Coin: on EVM chains, TRON and Solana
	ARB  Asset = "ARB"  // Arbitrum: 0x hex
	BSC  Asset = "BSC"  // BNB Smart Chain: 0x hex
	SOL  Asset = "SOL"  // Solana: base58 of a 32-byte key, no checksum
)

// knownAssets lists the codes with codecs, in the order Detect reports them.
var knownAssets = []Asset{XBT, ETH, XMR, LTC, ZEC, DASH, BTG, ETC, BSV, BCH, XVG, USDT, XRP, BNB, TRX, USDC, ARB, BSC, SOL}

// Assets returns the asset codes this package has codecs for, in a fixed
// order.
func Assets() []Asset { return append([]Asset(nil), knownAssets...) }

// String returns the code.
func (a Asset) String() string { return string(a) }

// Known reports whether the package has a codec for the asset code.
func (a Asset) Known() bool { _, ok := assetFormats[a.canonical()]; return ok }

// canonical maps the ways callers write a code to the list's own: letter
// case and spaces are ignored, and "BTC", the code everyone but OFAC uses
// for bitcoin, is XBT.
func (a Asset) canonical() Asset {
	c := Asset(strings.ToUpper(strings.TrimSpace(string(a))))
	if c == "BTC" {
		return XBT
	}
	return c
}

// parsed is a decoded address: its canonical key, and whether that key is the
// lower-case text of a case-insensitive format (hex, bech32, cashaddr), which
// the Watchlist then finds in any letter case.
type parsed struct {
	key  string
	fold bool
}

// format is one address encoding. fits is a cheap look at the leading
// characters and length, used to pick which format's error to report when an
// asset has several; parse does the full decoding and checksum check and
// returns a reason error (not yet an *AddressError).
type format struct {
	name  string
	fits  func(s string) bool
	parse func(s string) (parsed, error)
}

// assetFormats gives, for each known code, the formats its addresses may
// take. All EVM codes share one format, hence one key space: an address
// listed as USDT is found by an ETH payout to it.
var assetFormats = map[Asset][]*format{
	XBT:  {bitcoinFormat},
	ETH:  {evmFormat},
	XMR:  {moneroFormat},
	LTC:  {litecoinFormat},
	ZEC:  {zcashFormat, zcashSaplingFormat},
	DASH: {dashFormat},
	BTG:  {bitcoinGoldFormat},
	ETC:  {evmFormat},
	BSV:  {cashFormat},
	BCH:  {cashFormat},
	XVG:  {vergeFormat},
	USDT: {evmFormat, tronFormat, bitcoinFormat, solanaFormat},
	XRP:  {rippleFormat},
	BNB:  {bnbFormat, evmFormat},
	TRX:  {tronFormat},
	USDC: {evmFormat, tronFormat, solanaFormat},
	ARB:  {evmFormat},
	BSC:  {evmFormat},
	SOL:  {solanaFormat},
}

// maxAddress bounds what the decoders look at: the longest address here is a
// 106-character Monero integrated address, and anything far longer is not an
// address of any kind.
const maxAddress = 256

// Normalize checks that address is a valid address of asset and returns its
// canonical form, the key under which the Watchlist files it:
//
//   - EVM hex (ETH, ETC, BSC, ARB, and USDT/USDC/BNB on EVM chains): "0x" and
//     40 lower-case hex digits; mixed case must pass the EIP-55 check.
//   - bech32 (bc1, ltc1, bnb1, zs1): lower case; mixed case is rejected.
//   - base58 forms (bitcoin and its forks, TRON, XRP, Monero, Solana):
//     exactly as written, since base58 is case-sensitive.
//   - Bitcoin Cash and Bitcoin SV: the legacy base58 form (1..., 3...), so
//     that a cashaddr (with or without "bitcoincash:"), its token-aware
//     variant and the legacy spelling are one key. Cashaddr hashes longer
//     than 160 bits have no legacy form and stay "bitcoincash:p...".
//   - TRON: the base58 form (T...), also when given in hex (41...), with
//     or without "0x" as TronWeb writes it (0x41...).
//   - Monero integrated addresses: the standard address they embed, since
//     the payment ID does not change whose wallet it is.
//   - XRP X-addresses: the classic address (r...) of the account they embed,
//     for the same reason: the destination tag names a customer of the
//     account, not another account.
//
// White space, control characters and invisible format characters (a
// right-to-left mark, a zero-width space, a soft hyphen) are ignored
// wherever they stand: copy and paste leaves them, and no address holds
// them. A character that is a compatibility form of ASCII under NFKC (the
// fullwidth "０ｘ…" of East Asian input methods, a mathematical bold
// letter) is read as that ASCII. So is what text puts around an address: one pair of quotes or
// brackets ("0x…", (0x…), «0x…»), the punctuation that ends a sentence
// (0x….), a label naming a known asset code ("ETH: 0x…", "BTC:bc1…",
// "TRC20: T…"), an EVM chain's EIP-3770 short name or everyday name, a
// token standard or a CAIP-10 chain ID before an EVM address ("arb1:0x…",
// "pol:0x…", "linea:0x…", "ERC20: 0x…", "eip155:1:0x…"), and a destination tag after a classic
// XRP address ("r…?dt=123", "r…:123"), which names a customer of the
// account as an X-address's tag does. The asset code is read
// case-insensitively and "BTC" means XBT. Every error is an *AddressError
// wrapping ErrInvalidAddress and a reason (ErrChecksum, ErrLength, ErrPrefix,
// ErrCharacter, or ErrUnknownAsset for a code without a codec).
func Normalize(asset Asset, address string) (string, error) {
	p, err := parse(asset, address)
	return p.key, err
}

func parse(asset Asset, address string) (parsed, error) {
	s := trim(address)
	p, err := parseTrimmed(asset, address, s)
	if err != nil {
		// An address written in text: "ETH: 0x…", "(bc1q…)."
		if u := unwrap(s); u != s && u != "" {
			if p, uerr := parseTrimmed(asset, address, u); uerr == nil {
				return p, nil
			}
		}
	}
	return p, err
}

// parseTrimmed is parse of s, the trimmed text of address.
func parseTrimmed(asset Asset, address, s string) (parsed, error) {
	formats, ok := assetFormats[asset.canonical()]
	var reason error
	switch {
	case !ok:
		reason = ErrUnknownAsset
	case s == "":
		reason = fmt.Errorf("%w: empty", ErrLength)
	case len(s) > maxAddress:
		reason = fmt.Errorf("%w: %d characters", ErrLength, len(s))
	default:
		for _, f := range formats {
			if len(formats) > 1 && !f.fits(s) {
				continue
			}
			p, err := f.parse(s)
			if err == nil {
				return p, nil
			}
			if reason == nil {
				reason = fmt.Errorf("%s: %w", f.name, err)
			}
		}
		if reason == nil {
			names := make([]string, len(formats))
			for i, f := range formats {
				names[i] = f.name
			}
			reason = fmt.Errorf("%w: fits none of %s", ErrPrefix, strings.Join(names, ", "))
		}
	}
	return parsed{}, &AddressError{Asset: asset, Address: address, Err: reason}
}

// Detect returns the known asset codes whose formats the string fits (checked
// in full, checksum included), in a fixed order: exactly the codes for which
// Normalize succeeds. All codes it returns give the same key.
//
// Detect cannot say which chain an address is used on: a 0x address fits
// every EVM code, a 1... address fits XBT, BCH, BSV and USDT (Omni). Solana
// addresses carry no checksum, so any base58 text that decodes to 32 bytes
// fits SOL (and USDT/USDC on Solana): that is a match of shape only.
//
// An address written in text is read as Normalize reads it, without its
// quotes, brackets, label or final full stop.
func Detect(address string) []Asset {
	s := trim(address)
	if out := detect(s); out != nil {
		return out
	}
	if u := unwrap(s); u != s {
		return detect(u)
	}
	return nil
}

// detect is Detect of trimmed text.
func detect(s string) []Asset {
	if s == "" || len(s) > maxAddress {
		return nil
	}
	fits := make(map[*format]bool)
	var out []Asset
	for _, a := range knownAssets {
		for _, f := range assetFormats[a] {
			ok, seen := fits[f]
			if !seen {
				_, err := f.parse(s)
				ok = err == nil
				fits[f] = ok
			}
			if ok {
				out = append(out, a)
				break
			}
		}
	}
	return out
}

// trim removes what copy and paste leaves in an address, wherever it is:
// white space (a line break where a cell wrapped), control characters (a
// trailing NUL), and the invisible format characters of Unicode's class Cf
// that right-to-left pages, chat applications and spreadsheets carry (the
// left-to-right and right-to-left marks, zero-width space, joiner and
// non-joiner, word joiner, byte-order mark, the bidirectional embeddings
// and isolates, the soft hyphen). No address or payment URI holds any of
// them. A character that is a compatibility form of ASCII (NFKC), as
// East Asian input methods and styled text write them, becomes that
// ASCII: a fullwidth "０ｘ…" is "0x…" (asciiForm).
func trim(s string) string {
	// Fast path for the usual case, a bare ASCII address: Lookup runs this
	// on every query.
	if plainASCII(s) {
		return s
	}
	// What surrounds the address is cut off without copying, so that a
	// padded address costs no allocation either.
	s = strings.TrimFunc(s, invisible)
	if plainASCII(s) {
		return s
	}
	for i := 0; i < len(s); {
		if c := s[i]; c > ' ' && c < 0x7f {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if n == 1 && r == utf8.RuneError || !invisible(r) && asciiForm(s[i:]) == nil {
			i += n
			continue
		}
		var b strings.Builder
		b.Grow(len(s))
		b.WriteString(s[:i])
		for ; i < len(s); i += n {
			r, n = utf8.DecodeRuneInString(s[i:])
			switch {
			case r < utf8.RuneSelf && !invisible(r), n == 1 && r == utf8.RuneError:
				b.WriteString(s[i : i+n])
			case invisible(r):
			default:
				if a := asciiForm(s[i:]); a != nil {
					b.Write(a)
				} else {
					b.WriteString(s[i : i+n])
				}
			}
		}
		t := b.String()
		if !utf8.ValidString(s) {
			// Bytes that were apart, not UTF-8 alone, may now spell a
			// character to remove: trim again, so that trim(trim(s))
			// is trim(s).
			return trim(t)
		}
		return t
	}
	return s
}

// asciiForm returns the compatibility decomposition (NFKC's) of the
// first character of s when it is printable ASCII, or nil: "0" for a
// fullwidth "０", "x" for a mathematical bold "𝐱", ":" for a fullwidth
// colon. Addresses are ASCII, so only such forms can be part of one; a
// character whose decomposition is not ASCII alone ("é") is left as it
// is, and the address that holds it fits no format, as it would without
// the fold. Look-alike letters of other scripts (a Cyrillic "а") are no
// compatibility forms: NFKC keeps them, and so does this.
func asciiForm(s string) []byte {
	d := norm.NFKC.PropertiesString(s).Decomposition()
	if len(d) == 0 {
		return nil
	}
	for _, c := range d {
		if c <= ' ' || c >= 0x7f {
			return nil
		}
	}
	return d
}

// plainASCII reports whether s is all printable ASCII without spaces, which
// trim leaves as it is.
func plainASCII(s string) bool {
	// Eight bytes at a time: this runs on every Lookup.
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(s); i += 8 {
		v := binary.LittleEndian.Uint64([]byte(s[i : i+8]))
		del := v ^ 0x7f*ones
		// A byte of 0x80 or more, of 0x20 or less (all below 0x80
		// once the first test passes), or 0x7f (a zero byte in del).
		if v&highs != 0 || (v-0x21*ones)&^v&highs != 0 || (del-ones)&^del&highs != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c <= ' ' || c >= 0x7f {
			return false
		}
	}
	return true
}

// invisible reports whether trim removes r: white space, a control
// character, or a format character (class Cf, the soft hyphen included).
func invisible(r rune) bool {
	if r < utf8.RuneSelf {
		return r <= ' ' || r == 0x7f
	}
	return unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r)
}

// hasPrefixFold is strings.HasPrefix ignoring ASCII letter case; prefix must
// be lower case.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// lowerASCII writes s into b, of its length, with ASCII letters in lower
// case, and returns b.
func lowerASCII(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return b
}

// isBase58 reports whether every character of s is in the Bitcoin base58
// alphabet.
func isBase58(s string) bool {
	for i := 0; i < len(s); i++ {
		if bitcoinAlphabet.dec[s[i]] < 0 {
			return false
		}
	}
	return true
}

// isHex reports whether s is non-empty and all hex digits.
func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return s != ""
}
