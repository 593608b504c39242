package chain

import (
	"bytes"
	"crypto/sha512"
	"encoding/base32"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"strings"

	"github.com/btcsuite/btcd/btcutil/bech32"
	"golang.org/x/crypto/blake2b"
)

// OtherChainAddress is an address of a chain that has no asset code among
// the list's (Assets): a payout made there cannot be to a listed address
// of a known format, so the caller may report it as not listed rather
// than as a typo.
type OtherChainAddress struct {
	// Chain names the chain or its address family: "Stellar",
	// "Algorand", "TON", "Cardano", "Polkadot", "Kusama", "Substrate",
	// "Tezos", "Cosmos Hub", "Osmosis", "Noble"...
	Chain string
	// Code is the chain's own coin as exchanges write it ("XLM",
	// "ALGO"), or "" where the chain has none of its own (Noble carries
	// USDC, whose code the list uses for other chains).
	Code Asset
	// Key names the account whatever spelling the address takes: a
	// Stellar muxed account's G... account, a TON account's workchain
	// and hash ("ton:0:8a86…"), an SS58 account's public key under any
	// network prefix, a Cosmos account's bytes under any chain's prefix.
	// The Watchlist files a listed address of these chains under it.
	Key string
	// evm is, for a 20-byte Cosmos account, the EVM address of the same
	// bytes ("0x…"): Injective and Evmos accounts are an Ethereum key's
	// address, and a listed 0x address paid there is the same wallet.
	evm string
}

// OtherChain recognises an address of a chain outside the list's asset
// codes by its full format, checksum included where the format has one:
// Stellar account and muxed account IDs (G..., M...), Algorand addresses,
// TON user-friendly addresses on the main network (the raw "0:<hex>" form,
// which has no checksum, is not recognised),
// Cardano Shelley payment addresses (addr1...), SS58 addresses of
// Polkadot, Kusama and other Substrate chains, Tezos addresses (tz1, tz2,
// tz3, tz4, KT1), and the bech32 account addresses of Cosmos chains
// (cosmos1, osmo1, noble1...). It reports false for anything else, an
// address of a listed asset's format included (Detect answers those): a
// string it recognises fits no format of Assets.
//
// Recognising an address says nothing of whether the list names it: the
// Watchlist finds a listed address of these chains under any code, in
// any of the spellings Key joins.
func OtherChain(address string) (OtherChainAddress, bool) {
	s := trim(address)
	if len(Detect(s)) > 0 {
		return OtherChainAddress{}, false
	}
	if o, ok := otherChain(s); ok {
		return o, true
	}
	if u := unwrap(s); u != s {
		return otherChain(u)
	}
	return OtherChainAddress{}, false
}

// otherChain is OtherChain on trimmed text, without asking Detect: the
// formats here and Detect's are disjoint (FuzzOtherChain).
func otherChain(s string) (OtherChainAddress, bool) {
	if len(s) < 30 || len(s) > maxAddress {
		return OtherChainAddress{}, false
	}
	for _, f := range otherChains {
		if a, ok := f(s); ok {
			return a, true
		}
	}
	return OtherChainAddress{}, false
}

// mayBeOtherChain is a cheap look at s's length and first letters: false
// means otherChain recognises no chain in it.
func mayBeOtherChain(s string) bool {
	switch n := len(s); {
	case n == 56 && s[0] == 'G', n == 69 && s[0] == 'M', n == 58, n == 48, n == 36 && (s[0] == 't' || s[0] == 'K'),
		n >= 46 && n <= 50, hasPrefixFold(s, "addr1"):
		return true
	}
	i := strings.LastIndexByte(s, '1')
	if i < 1 || i > 8 {
		return false
	}
	var buf [8]byte
	_, ok := cosmosChains[string(lowerASCII(buf[:i], s[:i]))]
	return ok
}

var otherChains = []func(string) (OtherChainAddress, bool){
	stellarAddress, algorandAddress, tonAddress, cardanoAddress, ss58Address, tezosAddress, cosmosAddress,
}

// crc16XModem is CRC-16/XMODEM (polynomial 0x1021, initial value 0), the
// checksum of Stellar's StrKey and of TON's user-friendly addresses.
func crc16XModem(b []byte) uint16 {
	var crc uint16
	for _, c := range b {
		crc ^= uint16(c) << 8
		for range 8 {
			if crc&0x8000 != 0 {
				crc = crc<<1 ^ 0x1021
			} else {
				crc <<= 1
			}
		}
	}
	return crc
}

// base32Std is RFC 4648 base32 without padding, upper case only, as
// Stellar and Algorand write it.
var base32Std = base32.StdEncoding.WithPadding(base32.NoPadding)

// decodeBase32Strict decodes s and checks that it is the canonical text of
// the bytes: no character outside the alphabet (the decoder would skip
// line breaks), no stray bits in the last character.
func decodeBase32Strict(s string) ([]byte, bool) {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('A' <= c && c <= 'Z' || '2' <= c && c <= '7') {
			return nil, false
		}
	}
	b, err := base32Std.DecodeString(s)
	if err != nil || base32Std.EncodeToString(b) != s {
		return nil, false
	}
	return b, true
}

// stellarAddress: StrKey, base32 of a version byte, the payload and
// CRC-16/XMODEM of both, little-endian. An account ID (version 6<<3, "G")
// holds a 32-byte ed25519 key; a muxed account (12<<3, "M", SEP-23) the
// key and a 64-bit ID.
func stellarAddress(s string) (OtherChainAddress, bool) {
	var version byte
	switch {
	case len(s) == 56 && s[0] == 'G':
		version = 6 << 3
	case len(s) == 69 && s[0] == 'M':
		version = 12 << 3
	default:
		return OtherChainAddress{}, false
	}
	b, ok := decodeBase32Strict(s)
	if !ok || b[0] != version {
		return OtherChainAddress{}, false
	}
	body := b[:len(b)-2]
	if binary.LittleEndian.Uint16(b[len(b)-2:]) != crc16XModem(body) {
		return OtherChainAddress{}, false
	}
	key := s
	if version != 6<<3 {
		// A muxed account is an account and an ID the account's owner
		// gives a customer: the account is the wallet.
		g := append([]byte{6 << 3}, b[1:33]...)
		key = base32Std.EncodeToString(binary.LittleEndian.AppendUint16(g, crc16XModem(g)))
	}
	return OtherChainAddress{Chain: "Stellar", Code: "XLM", Key: "xlm:" + key}, true
}

// algorandAddress: base32 of a 32-byte ed25519 key and the last 4 bytes
// of its SHA-512/256, 58 characters.
func algorandAddress(s string) (OtherChainAddress, bool) {
	if len(s) != 58 {
		return OtherChainAddress{}, false
	}
	b, ok := decodeBase32Strict(s)
	if !ok || len(b) != 36 {
		return OtherChainAddress{}, false
	}
	sum := sha512.Sum512_256(b[:32])
	if !bytes.Equal(sum[28:], b[32:]) {
		return OtherChainAddress{}, false
	}
	return OtherChainAddress{Chain: "Algorand", Code: "ALGO", Key: "algo:" + s}, true
}

// tonAddress: the user-friendly form is base64 (either alphabet) of 36
// bytes: a tag (0x11 bounceable, 0x51 not; 0x80 added on test networks,
// which are refused), the workchain (0 or -1), the 32-byte account hash
// and CRC-16/XMODEM of those 34 bytes, big-endian. Its key is the raw form,
// "<workchain>:<64 hex digits>", the same for both tags.
func tonAddress(s string) (OtherChainAddress, bool) {
	if len(s) != 48 {
		return OtherChainAddress{}, false
	}
	enc := base64.StdEncoding
	if strings.ContainsAny(s, "-_") {
		enc = base64.URLEncoding
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '\r' || c == '\n' || c == '=' {
			return OtherChainAddress{}, false
		}
	}
	b, err := enc.DecodeString(s)
	if err != nil || len(b) != 36 {
		return OtherChainAddress{}, false
	}
	if b[0] != 0x11 && b[0] != 0x51 || b[1] != 0x00 && b[1] != 0xff {
		return OtherChainAddress{}, false
	}
	if binary.BigEndian.Uint16(b[34:]) != crc16XModem(b[:34]) {
		return OtherChainAddress{}, false
	}
	wc := "0:"
	if b[1] == 0xff {
		wc = "-1:"
	}
	return OtherChainAddress{Chain: "TON", Code: "TON", Key: "ton:" + wc + hex.EncodeToString(b[2:34])}, true
}

// tonRawKey returns the key of a TON account given in its raw form
// ("0:<64 hex digits>", "-1:…"), or "".
func tonRawKey(s string) string {
	wc, h, ok := strings.Cut(s, ":")
	if !ok || wc != "0" && wc != "-1" || len(h) != 64 {
		return ""
	}
	if _, err := hex.DecodeString(h); err != nil {
		return ""
	}
	return "ton:" + wc + ":" + strings.ToLower(h)
}

// cardanoAddress: a Shelley payment address on the main network, bech32
// (not bech32m, and longer than BIP 173 allows) with prefix "addr": a
// header byte (address type in the high nibble, 0-7 for payment
// addresses; network 1, the main one, in the low) and the credentials:
// 56 bytes after it for a base address, 28 for an enterprise address, 28
// and a pointer for a pointer address (CIP-19).
func cardanoAddress(s string) (OtherChainAddress, bool) {
	if !hasPrefixFold(s, "addr1") {
		return OtherChainAddress{}, false
	}
	hrp, data, v, err := bech32.DecodeNoLimitWithVersion(s)
	if err != nil || v != bech32.Version0 || hrp != "addr" {
		return OtherChainAddress{}, false
	}
	b, err := bech32.ConvertBits(data, 5, 8, false)
	if err != nil || len(b) < 29 || b[0]&0x0f != 1 {
		return OtherChainAddress{}, false
	}
	// A pointer is three variable-length numbers, a byte each at least.
	switch typ := b[0] >> 4; {
	case typ <= 3 && len(b) == 57, typ >= 6 && typ <= 7 && len(b) == 29, typ >= 4 && typ <= 5 && len(b) >= 29+3 && len(b) <= 29+3*10:
		return OtherChainAddress{Chain: "Cardano", Code: "ADA", Key: "ada:" + strings.ToLower(s)}, true
	}
	return OtherChainAddress{}, false
}

// ss58Address: Substrate's SS58, base58 (bitcoin's alphabet) of a network
// prefix (one byte below 64, or two bytes whose first is 64-127), a
// 32-byte account and the first two bytes of BLAKE2b-512 over "SS58PRE",
// the prefix and the account.
func ss58Address(s string) (OtherChainAddress, bool) {
	if len(s) < 46 || len(s) > 50 {
		return OtherChainAddress{}, false
	}
	b, err := bitcoinAlphabet.decode(s)
	if err != nil || len(b) < 35 {
		return OtherChainAddress{}, false
	}
	prefixLen := 1
	switch {
	case b[0] >= 128:
		return OtherChainAddress{}, false
	case b[0] >= 64:
		prefixLen = 2
	}
	if len(b) != prefixLen+32+2 {
		return OtherChainAddress{}, false
	}
	h, _ := blake2b.New512(nil)
	h.Write([]byte("SS58PRE"))
	h.Write(b[:len(b)-2])
	if !bytes.Equal(h.Sum(nil)[:2], b[len(b)-2:]) {
		return OtherChainAddress{}, false
	}
	// One key is one account on every network: the prefix says which
	// network the address is for.
	key := "ss58:" + hex.EncodeToString(b[prefixLen:prefixLen+32])
	if prefixLen == 1 {
		switch b[0] {
		case 0:
			return OtherChainAddress{Chain: "Polkadot", Code: "DOT", Key: key}, true
		case 2:
			return OtherChainAddress{Chain: "Kusama", Code: "KSM", Key: key}, true
		}
	}
	return OtherChainAddress{Chain: "Substrate", Key: key}, true
}

// tezosPrefixes are the base58check prefixes of Tezos addresses, each of a
// 20-byte hash: tz1 (ed25519), tz2 (secp256k1), tz3 (P-256), tz4 (BLS),
// KT1 (a contract).
var tezosPrefixes = map[string][3]byte{
	"tz1": {6, 161, 159},
	"tz2": {6, 161, 161},
	"tz3": {6, 161, 164},
	"tz4": {6, 161, 166},
	"KT1": {2, 90, 121},
}

func tezosAddress(s string) (OtherChainAddress, bool) {
	if len(s) != 36 {
		return OtherChainAddress{}, false
	}
	want, ok := tezosPrefixes[s[:3]]
	if !ok {
		return OtherChainAddress{}, false
	}
	v, _, err := bitcoinAlphabet.decodeCheck(s, 3, 20)
	if err != nil || [3]byte(v) != want {
		return OtherChainAddress{}, false
	}
	return OtherChainAddress{Chain: "Tezos", Code: "XTZ", Key: "xtz:" + s}, true
}

// cosmosChains maps the bech32 prefixes of Cosmos SDK account addresses to
// their chains and coins.
var cosmosChains = map[string]OtherChainAddress{
	"cosmos":   {Chain: "Cosmos Hub", Code: "ATOM"},
	"osmo":     {Chain: "Osmosis", Code: "OSMO"},
	"noble":    {Chain: "Noble"},
	"celestia": {Chain: "Celestia", Code: "TIA"},
	"dydx":     {Chain: "dYdX", Code: "DYDX"},
	"inj":      {Chain: "Injective", Code: "INJ"},
	"kava":     {Chain: "Kava", Code: "KAVA"},
	"akash":    {Chain: "Akash", Code: "AKT"},
	"axelar":   {Chain: "Axelar", Code: "AXL"},
	"juno":     {Chain: "Juno", Code: "JUNO"},
	"terra":    {Chain: "Terra", Code: "LUNA"},
	"sei":      {Chain: "Sei", Code: "SEI"},
	"cro":      {Chain: "Cronos POS", Code: "CRO"},
	"thor":     {Chain: "THORChain", Code: "RUNE"},
}

// cosmosAddress: bech32 (BIP 173) of a 20-byte account, or a 32-byte one
// (a module or interchain account), under a prefix of cosmosChains.
func cosmosAddress(s string) (OtherChainAddress, bool) {
	i := strings.LastIndexByte(s, '1')
	if i < 1 {
		return OtherChainAddress{}, false
	}
	c, ok := cosmosChains[strings.ToLower(s[:i])]
	if !ok {
		return OtherChainAddress{}, false
	}
	hrp, data, v, err := bech32.DecodeGeneric(s)
	if err != nil || v != bech32.Version0 || cosmosChains[hrp] != c {
		return OtherChainAddress{}, false
	}
	b, err := bech32.ConvertBits(data, 5, 8, false)
	if err != nil || len(b) != 20 && len(b) != 32 {
		return OtherChainAddress{}, false
	}
	// The same bytes are one account under every chain's prefix.
	c.Key = "cosmos:" + hex.EncodeToString(b)
	if len(b) == 20 {
		c.evm = "0x" + hex.EncodeToString(b)
	}
	return c, true
}
