package chain

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

// XRP Ledger classic addresses are base58check in Ripple's own alphabet (in
// which 'r' is the zero digit) over a zero version byte and a 20-byte
// account ID.
//
// An X-address (XLS-5d) packs an account ID and a destination tag into one
// string: base58check, Ripple's alphabet, over a 2-byte network prefix
// (05 44 on the main network, which makes it "X..."), the 20-byte account ID,
// a flag byte (0: no tag, 1: a tag) and the tag as 8 bytes little-endian, of
// which only the low 4 may be set. Exchanges hand out X-addresses as deposit
// addresses; the tag names the customer, the account whose wallet it is, so
// an X-address has the key of its classic address. Test network X-addresses
// ("T...", prefix 04 93) name no account on the ledger the list means and
// are rejected.
var rippleFormat = &format{
	name:  "XRP base58check",
	fits:  func(s string) bool { return s[0] == 'r' || s[0] == 'X' || s[0] == 'T' },
	parse: parseRipple,
}

// X-address layout.
const (
	xAddressPrefixLen = 2
	xAddressBodyLen   = 20 + 1 + 8 // account ID, flag, tag
)

var (
	xAddressMain = [xAddressPrefixLen]byte{0x05, 0x44}
	xAddressTest = [xAddressPrefixLen]byte{0x04, 0x93}
)

func parseRipple(s string) (parsed, error) {
	if s[0] == 'X' || s[0] == 'T' {
		return parseXAddress(s)
	}
	v, _, err := rippleAlphabet.decodeCheck(s, 1, 20)
	if err != nil {
		return parsed{}, err
	}
	if v[0] != 0 {
		return parsed{}, fmt.Errorf("%w: version %02x, want 00 (an account ID, r...)", ErrPrefix, v[0])
	}
	return parsed{key: s}, nil
}

// parseXAddress reads an X-address and returns its account's classic
// address as the key.
func parseXAddress(s string) (parsed, error) {
	var buf [xAddressBytes]byte
	account, err := decodeXAddress(buf[:0], s)
	if err != nil {
		return parsed{}, err
	}
	return parsed{key: rippleAlphabet.encodeCheck([]byte{0}, account)}, nil
}

// xAddressBytes is an X-address's length in bytes, checksum included.
const xAddressBytes = xAddressPrefixLen + xAddressBodyLen + 4

// decodeXAddress checks a main network X-address and returns its 20-byte
// account ID, decoded into buf (which needs xAddressBytes of capacity not
// to allocate).
func decodeXAddress(buf []byte, s string) (account []byte, err error) {
	b, err := rippleAlphabet.appendDecode(buf, s)
	if err != nil {
		return nil, fmt.Errorf("X-address: %w", err)
	}
	if len(b) != xAddressBytes {
		return nil, fmt.Errorf("X-address: %w: decodes to %d bytes, want %d", ErrLength, len(b), xAddressBytes)
	}
	body := b[:len(b)-4]
	if sum := checksum4(body); !bytes.Equal(sum[:], b[len(b)-4:]) {
		return nil, fmt.Errorf("X-address: %w (base58check)", ErrChecksum)
	}
	switch [xAddressPrefixLen]byte(body) {
	case xAddressMain:
	case xAddressTest:
		return nil, fmt.Errorf("%w: a test network X-address (T...), not an account on the XRP Ledger", ErrPrefix)
	default:
		return nil, fmt.Errorf("%w: X-address prefix %x, want 0544", ErrPrefix, bytes.Clone(body[:xAddressPrefixLen]))
	}
	body = body[xAddressPrefixLen:]
	account, flag, tag := body[:20], body[20], binary.LittleEndian.Uint64(body[21:])
	switch {
	case flag > 1:
		return nil, fmt.Errorf("%w: X-address flag %d, want 0 (no tag) or 1 (a tag)", ErrPrefix, flag)
	case tag > 0xffffffff:
		return nil, fmt.Errorf("%w: X-address tag %d does not fit 32 bits", ErrPrefix, tag)
	case flag == 0 && tag != 0:
		return nil, fmt.Errorf("%w: X-address flagged without a tag holds tag %d", ErrPrefix, tag)
	}
	return account, nil
}

// xAddressAccount is decodeXAddress for the Watchlist: whether s is a main
// network X-address, and its account ID, without saying why not, so that
// it never allocates (for a buf of xAddressBytes capacity), whatever s is.
func xAddressAccount(buf []byte, s string) ([]byte, bool) {
	for i := 0; i < len(s); i++ {
		if rippleAlphabet.dec[s[i]] < 0 {
			return nil, false
		}
	}
	if len(s) > maxBase58 {
		return nil, false
	}
	b, err := rippleAlphabet.appendDecode(buf, s)
	if err != nil || len(b) != xAddressBytes {
		return nil, false
	}
	body := b[:len(b)-4]
	if sum := checksum4(body); !bytes.Equal(sum[:], b[len(b)-4:]) || [xAddressPrefixLen]byte(body) != xAddressMain {
		return nil, false
	}
	body = body[xAddressPrefixLen:]
	flag, tag := body[20], binary.LittleEndian.Uint64(body[21:])
	if flag > 1 || tag > 0xffffffff || flag == 0 && tag != 0 {
		return nil, false
	}
	return body[:20], true
}

// rippleAccount returns the account ID of a classic XRP address, or "" if
// key is not one.
func rippleAccount(key string) string {
	if len(key) < 25 || len(key) > 35 || key[0] != 'r' {
		return ""
	}
	v, account, err := rippleAlphabet.decodeCheck(key, 1, 20)
	if err != nil || v[0] != 0 {
		return ""
	}
	return string(account)
}
