package chain

import (
	"fmt"
	"strings"

	"github.com/btcsuite/btcd/btcutil/bech32"
)

// Bitcoin Cash (and, for a while, Bitcoin SV) write addresses in cashaddr
// (https://github.com/bitcoincashorg/bitcoincash.org/blob/master/spec/cashaddr.md):
// "bitcoincash:" (which may be left out), then base32 in the bech32
// alphabet of a type byte, the hash and a 40-bit BCH-code checksum. The
// legacy base58check form of the same hash (1..., 3...) is the same address,
// and so is the CashTokens "token-aware" variant (z..., r...). The key is the
// legacy form, which also makes it the key of the bitcoin address with the
// same hash: the same private key controls both.

const cashPrefix = "bitcoincash"

// cashCharset is the bech32 alphabet, which cashaddr reuses.
const cashCharset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

var cashRev = func() (t [256]int8) {
	for i := range t {
		t[i] = -1
	}
	for i := 0; i < len(cashCharset); i++ {
		c := cashCharset[i]
		t[c] = int8(i)
		if 'a' <= c && c <= 'z' {
			t[c-'a'+'A'] = int8(i)
		}
	}
	return t
}()

// cashHashSizes are the hash lengths the type byte's three size bits encode.
var cashHashSizes = [8]int{20, 24, 28, 32, 40, 48, 56, 64}

// Cashaddr type bits: 0 P2PKH, 1 P2SH, and their token-aware twins 2 and 3.
const (
	cashP2PKH      = 0
	cashP2SH       = 1
	cashTokenPKH   = 2
	cashTokenP2SH  = 3
	cashTokenShift = 2 // token-aware type = plain type + 2
)

var cashFormat = &format{
	name:  "bitcoin cash",
	fits:  func(s string) bool { return true },
	parse: parseCash,
}

// parseCash accepts cashaddr (prefixed or not) and legacy base58check.
func parseCash(s string) (parsed, error) {
	if s[0] == '1' || s[0] == '3' {
		if _, err := bitcoinCoin.parse(s); err != nil {
			return parsed{}, err
		}
		return parsed{key: s}, nil
	}
	typ, hash, err := decodeCashAddr(s)
	if err != nil {
		return parsed{}, err
	}
	plain := typ % cashTokenShift // token-aware pays the same script
	if len(hash) == 20 {
		v := byte(0x00)
		if plain == cashP2SH {
			v = 0x05
		}
		return parsed{key: bitcoinAlphabet.encodeCheck([]byte{v}, hash)}, nil
	}
	// P2SH32 and other long hashes have no legacy spelling.
	return parsed{key: encodeCashAddr(cashPrefix, plain, hash), fold: true}, nil
}

// cashPolymod is the spec's checksum over 5-bit values.
func cashPolymod(values []byte) uint64 {
	c := uint64(1)
	for _, d := range values {
		c0 := byte(c >> 35)
		c = ((c & 0x07ffffffff) << 5) ^ uint64(d)
		if c0&0x01 != 0 {
			c ^= 0x98f2bc8e61
		}
		if c0&0x02 != 0 {
			c ^= 0x79b76d99e2
		}
		if c0&0x04 != 0 {
			c ^= 0xf33e5fb3c4
		}
		if c0&0x08 != 0 {
			c ^= 0xae2eabe2a8
		}
		if c0&0x10 != 0 {
			c ^= 0x1e4f43e470
		}
	}
	return c ^ 1
}

// cashPrefixValues expands a prefix for the checksum: the low five bits of
// each character, then a zero for the separator.
func cashPrefixValues(prefix string) []byte {
	v := make([]byte, 0, len(prefix)+1+42+8)
	for i := 0; i < len(prefix); i++ {
		v = append(v, prefix[i]&0x1f)
	}
	return append(v, 0)
}

// decodeCashAddr decodes a mainnet cashaddr, with or without its prefix, and
// returns the type bits and the hash.
func decodeCashAddr(s string) (typ byte, hash []byte, err error) {
	prefix, payload := cashPrefix, s
	if i := strings.IndexByte(s, ':'); i >= 0 {
		prefix, payload = strings.ToLower(s[:i]), s[i+1:]
		if prefix != cashPrefix {
			return 0, nil, fmt.Errorf("%w %q, want %q", ErrPrefix, s[:i], cashPrefix)
		}
	}
	upper, lower := false, false
	for i := 0; i < len(s); i++ {
		upper = upper || 'A' <= s[i] && s[i] <= 'Z'
		lower = lower || 'a' <= s[i] && s[i] <= 'z'
	}
	if upper && lower {
		return 0, nil, fmt.Errorf("%w: mixed upper and lower case", ErrCharacter)
	}
	if len(payload) < 8+2 || len(payload) > 120 {
		return 0, nil, fmt.Errorf("%w: %d characters after the prefix", ErrLength, len(payload))
	}
	values := cashPrefixValues(prefix)
	for i := 0; i < len(payload); i++ {
		d := cashRev[payload[i]]
		if d < 0 {
			return 0, nil, fmt.Errorf("%w %q at position %d", ErrCharacter, payload[i], len(s)-len(payload)+i+1)
		}
		values = append(values, byte(d))
	}
	if cashPolymod(values) != 0 {
		return 0, nil, fmt.Errorf("%w (cashaddr)", ErrChecksum)
	}
	data := values[len(prefix)+1 : len(values)-8]
	b, err := bech32.ConvertBits(data, 5, 8, false)
	if err != nil || len(b) < 1 {
		return 0, nil, fmt.Errorf("%w: payload is not whole bytes", ErrLength)
	}
	vb := b[0]
	if vb&0x80 != 0 {
		return 0, nil, fmt.Errorf("%w: reserved bit of the type byte %02x is set", ErrPrefix, vb)
	}
	typ = vb >> 3
	if typ > cashTokenP2SH {
		return 0, nil, fmt.Errorf("%w: cashaddr type %d", ErrPrefix, typ)
	}
	if want := cashHashSizes[vb&7]; len(b)-1 != want {
		return 0, nil, fmt.Errorf("%w: hash of %d bytes, type byte says %d", ErrLength, len(b)-1, want)
	}
	return typ, b[1:], nil
}

// encodeCashAddr returns prefix:payload in lower case.
func encodeCashAddr(prefix string, typ byte, hash []byte) string {
	size := 0
	for i, n := range cashHashSizes {
		if n == len(hash) {
			size = i
		}
	}
	data, _ := bech32.ConvertBits(append([]byte{typ<<3 | byte(size)}, hash...), 8, 5, true)
	values := append(cashPrefixValues(prefix), data...)
	sum := cashPolymod(append(values, 0, 0, 0, 0, 0, 0, 0, 0))
	var b strings.Builder
	b.Grow(len(prefix) + 1 + len(data) + 8)
	b.WriteString(prefix)
	b.WriteByte(':')
	for _, d := range data {
		b.WriteByte(cashCharset[d])
	}
	for i := 0; i < 8; i++ {
		b.WriteByte(cashCharset[(sum>>(5*(7-i)))&0x1f])
	}
	return b.String()
}

// cashSpellings returns the lower-case cashaddr spellings of a legacy
// base58 key (version 0 or 5, 20-byte hash) or of a cashaddr key: plain and
// token-aware, each with and without the prefix. Others get nil.
func cashSpellings(key string) []string {
	var (
		typ  byte
		hash []byte
	)
	switch {
	case strings.HasPrefix(key, cashPrefix+":"):
		t, h, err := decodeCashAddr(key)
		if err != nil {
			return nil
		}
		typ, hash = t%cashTokenShift, h
	case len(key) >= 26 && len(key) <= 35 && (key[0] == '1' || key[0] == '3'):
		v, h, err := bitcoinAlphabet.decodeCheck(key, 1, 20)
		if err != nil || v[0] != 0x00 && v[0] != 0x05 {
			return nil
		}
		typ, hash = cashP2PKH, h
		if v[0] == 0x05 {
			typ = cashP2SH
		}
	default:
		return nil
	}
	var out []string
	for _, t := range []byte{typ, typ + cashTokenShift} {
		full := encodeCashAddr(cashPrefix, t, hash)
		out = append(out, full, full[len(cashPrefix)+1:])
	}
	return out
}
