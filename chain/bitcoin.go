package chain

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/btcutil/bech32"
	"github.com/btcsuite/btcd/chaincfg"
)

// Bitcoin and the coins that copied its address formats differ only in
// their version bytes and bech32 human-readable part.

// version is a base58check version prefix and what it means.
type version struct {
	b    []byte
	kind string
}

// utxoCoin describes a bitcoin-like coin's mainnet addresses.
type utxoCoin struct {
	name     string    // format name for errors
	lead     string    // leading characters of its base58 addresses, for fits
	versions []version // base58check versions, all of one length, 20-byte payload
	hrp      string    // segwit human-readable part, "" when the coin has none
}

func (c *utxoCoin) format() *format {
	return &format{name: c.name, fits: c.fits, parse: c.parse}
}

func (c *utxoCoin) fits(s string) bool {
	if c.hrp != "" && hasPrefixFold(s, c.hrp+"1") {
		return true
	}
	return strings.IndexByte(c.lead, s[0]) >= 0
}

func (c *utxoCoin) parse(s string) (parsed, error) {
	if c.hrp != "" && hasPrefixFold(s, c.hrp+"1") {
		return decodeSegwit(s, c.hrp)
	}
	v, _, err := bitcoinAlphabet.decodeCheck(s, len(c.versions[0].b), 20)
	if err != nil {
		// Valid bech32 of another coin or network (tb1..., ltc1... given
		// as bitcoin) is a wrong prefix, not a bad character.
		if hrp, _, _, berr := bech32.DecodeGeneric(s); berr == nil {
			return parsed{}, fmt.Errorf("%w: bech32 human-readable part %q is not %s", ErrPrefix, hrp, c.name)
		}
		return parsed{}, err
	}
	for _, want := range c.versions {
		if bytes.Equal(v, want.b) {
			return parsed{key: s}, nil
		}
	}
	kinds := make([]string, len(c.versions))
	for i, want := range c.versions {
		kinds[i] = fmt.Sprintf("%x (%s)", want.b, want.kind)
	}
	return parsed{}, fmt.Errorf("%w: version %x, want %s", ErrPrefix, v, strings.Join(kinds, " or "))
}

var (
	bitcoinCoin = &utxoCoin{name: "bitcoin", lead: "13", hrp: "bc", versions: []version{
		{[]byte{0x00}, "P2PKH 1..."}, {[]byte{0x05}, "P2SH 3..."}}}
	litecoinCoin = &utxoCoin{name: "litecoin", lead: "LM3", hrp: "ltc", versions: []version{
		{[]byte{0x30}, "P2PKH L..."}, {[]byte{0x32}, "P2SH M..."}, {[]byte{0x05}, "P2SH 3..."}}}
	dashCoin = &utxoCoin{name: "dash", lead: "X7", versions: []version{
		{[]byte{0x4c}, "P2PKH X..."}, {[]byte{0x10}, "P2SH 7..."}}}
	zcashCoin = &utxoCoin{name: "zcash transparent", lead: "t", versions: []version{
		{[]byte{0x1c, 0xb8}, "P2PKH t1..."}, {[]byte{0x1c, 0xbd}, "P2SH t3..."}}}
	bitcoinGoldCoin = &utxoCoin{name: "bitcoin gold", lead: "GA", versions: []version{
		{[]byte{0x26}, "P2PKH G..."}, {[]byte{0x17}, "P2SH A..."}}}
	vergeCoin = &utxoCoin{name: "verge", lead: "DE", versions: []version{
		{[]byte{0x1e}, "P2PKH D..."}, {[]byte{0x21}, "P2SH E..."}}}
)

var (
	bitcoinFormat      = &format{name: "bitcoin", fits: bitcoinCoin.fits, parse: parseBitcoin}
	litecoinFormat     = litecoinCoin.format()
	dashFormat         = dashCoin.format()
	zcashFormat        = zcashCoin.format()
	bitcoinGoldFormat  = bitcoinGoldCoin.format()
	vergeFormat        = vergeCoin.format()
	zcashSaplingFormat = &format{
		name: "zcash sapling",
		fits: func(s string) bool { return hasPrefixFold(s, "zs1") },
		// A Sapling payment address is an 11-byte diversifier and a 32-byte
		// transmission key, bech32 (not bech32m) with HRP "zs".
		parse: func(s string) (parsed, error) { return decodeBech32Payload(s, "zs", 43) },
	}
)

// parseBitcoin decodes with btcutil, the reference Go implementation. Where
// btcutil refuses, our own decoder runs to say precisely why (btcutil's
// errors do not tell a typo from a wrong coin), and it also accepts the
// segwit versions 2 to 16 and other program lengths that BIP-350 defines as
// valid recipients but btcutil v1.2.0 does not know.
func parseBitcoin(s string) (parsed, error) {
	addr, err := btcutil.DecodeAddress(s, &chaincfg.MainNetParams)
	if err != nil {
		return bitcoinCoin.parse(s)
	}
	if _, ok := addr.(*btcutil.AddressPubKey); ok {
		return parsed{}, fmt.Errorf("%w: a hex public key, not an address", ErrPrefix)
	}
	if !addr.IsForNet(&chaincfg.MainNetParams) {
		return parsed{}, fmt.Errorf("%w: not a mainnet address", ErrPrefix)
	}
	key := addr.EncodeAddress()
	segwit := hasPrefixFold(s, "bc1")
	if !segwit && key != s {
		// Cannot happen for base58check, which has one spelling per value;
		// refuse rather than file an address under a key it was not given as.
		return parsed{}, fmt.Errorf("%w: re-encodes as %s", ErrCharacter, key)
	}
	return parsed{key: key, fold: segwit}, nil
}

// decodeSegwit decodes a BIP-173/BIP-350 segregated witness address: bech32
// for witness version 0 (a 20- or 32-byte program), bech32m for versions 1
// to 16 (2 to 40 bytes).
func decodeSegwit(s, hrp string) (parsed, error) {
	got, data, bv, err := bech32.DecodeGeneric(s)
	if err != nil {
		return parsed{}, bech32Reason(err)
	}
	if got != hrp {
		return parsed{}, fmt.Errorf("%w: human-readable part %q, want %q", ErrPrefix, got, hrp)
	}
	if len(data) < 1 {
		return parsed{}, fmt.Errorf("%w: no witness version", ErrLength)
	}
	wv := data[0]
	if wv > 16 {
		return parsed{}, fmt.Errorf("%w: witness version %d", ErrPrefix, wv)
	}
	prog, err := bech32.ConvertBits(data[1:], 5, 8, false)
	if err != nil {
		return parsed{}, fmt.Errorf("%w: witness program is not whole bytes (%v)", ErrLength, err)
	}
	if len(prog) < 2 || len(prog) > 40 {
		return parsed{}, fmt.Errorf("%w: witness program of %d bytes, want 2 to 40", ErrLength, len(prog))
	}
	if wv == 0 && len(prog) != 20 && len(prog) != 32 {
		return parsed{}, fmt.Errorf("%w: version 0 witness program of %d bytes, want 20 or 32", ErrLength, len(prog))
	}
	if wv == 0 && bv != bech32.Version0 {
		return parsed{}, fmt.Errorf("%w: bech32m checksum on a version 0 address (BIP-350 wants bech32)", ErrChecksum)
	}
	if wv != 0 && bv != bech32.VersionM {
		return parsed{}, fmt.Errorf("%w: bech32 checksum on a version %d address (BIP-350 wants bech32m)", ErrChecksum, wv)
	}
	return parsed{key: strings.ToLower(s), fold: true}, nil
}

// decodeBech32Payload decodes a plain (BIP-173, not bech32m) bech32 string
// whose data is n bytes, as Binance Chain and Zcash Sapling use it.
func decodeBech32Payload(s, hrp string, n int) (parsed, error) {
	got, data, bv, err := bech32.DecodeGeneric(s)
	if err != nil {
		return parsed{}, bech32Reason(err)
	}
	if got != hrp {
		return parsed{}, fmt.Errorf("%w: human-readable part %q, want %q", ErrPrefix, got, hrp)
	}
	if bv != bech32.Version0 {
		return parsed{}, fmt.Errorf("%w: bech32m checksum, want bech32", ErrChecksum)
	}
	b, err := bech32.ConvertBits(data, 5, 8, false)
	if err != nil {
		return parsed{}, fmt.Errorf("%w: data is not whole bytes (%v)", ErrLength, err)
	}
	if len(b) != n {
		return parsed{}, fmt.Errorf("%w: %d bytes of data, want %d", ErrLength, len(b), n)
	}
	return parsed{key: strings.ToLower(s), fold: true}, nil
}

// bech32Reason maps the bech32 package's errors to ours.
func bech32Reason(err error) error {
	var (
		mixed  bech32.ErrMixedCase
		sum    bech32.ErrInvalidChecksum
		length bech32.ErrInvalidLength
		sep    bech32.ErrInvalidSeparatorIndex
		char   bech32.ErrInvalidCharacter
		nonset bech32.ErrNonCharsetChar
	)
	switch {
	case errors.As(err, &mixed):
		return fmt.Errorf("%w: mixed upper and lower case", ErrCharacter)
	case errors.As(err, &sum):
		return fmt.Errorf("%w (bech32)", ErrChecksum)
	case errors.As(err, &length):
		return fmt.Errorf("%w: %d characters", ErrLength, int(length))
	case errors.As(err, &sep):
		return fmt.Errorf("%w: separator '1' missing or too close to the end", ErrLength)
	case errors.As(err, &char):
		return fmt.Errorf("%w %q", ErrCharacter, rune(char))
	case errors.As(err, &nonset):
		return fmt.Errorf("%w %q (not in the bech32 alphabet)", ErrCharacter, rune(nonset))
	}
	return fmt.Errorf("%w: %v", ErrCharacter, err)
}

// litecoinP2SHTwin returns the other spelling of a Litecoin P2SH address:
// Litecoin first wrote script hashes with bitcoin's version 05 ("3...") and
// moved to 32 ("M...") in 2017; wallets accept both, and both pay the same
// script. Given an M... key it returns the 3... spelling; given a 3... key
// with ltc set (the key is listed as Litecoin) the M... one; otherwise "".
func litecoinP2SHTwin(key string, ltc bool) string {
	if len(key) < 26 || len(key) > 35 || key[0] != 'M' && (key[0] != '3' || !ltc) {
		return ""
	}
	v, hash, err := bitcoinAlphabet.decodeCheck(key, 1, 20)
	if err != nil {
		return ""
	}
	switch v[0] {
	case 0x32:
		return bitcoinAlphabet.encodeCheck([]byte{0x05}, hash)
	case 0x05:
		return bitcoinAlphabet.encodeCheck([]byte{0x32}, hash)
	}
	return ""
}
