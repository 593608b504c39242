package chain

import (
	"bytes"
	"crypto/sha256"
	"fmt"
)

// alphabet is a base58 digit set. Bitcoin and Ripple use the same 58
// characters in a different order, so the decoder is shared and the table
// differs.
type alphabet struct {
	enc string
	dec [256]int8 // digit value, -1 for characters outside the alphabet
}

func newAlphabet(enc string) *alphabet {
	a := &alphabet{enc: enc}
	for i := range a.dec {
		a.dec[i] = -1
	}
	for i := 0; i < len(enc); i++ {
		a.dec[enc[i]] = int8(i)
	}
	return a
}

var (
	// bitcoinAlphabet is used by Bitcoin and its forks, TRON, Solana and
	// (block-wise) Monero.
	bitcoinAlphabet = newAlphabet("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")
	// rippleAlphabet is XRP Ledger's order: 'r' is zero, so account IDs
	// (version 0) start with 'r'.
	rippleAlphabet = newAlphabet("rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz")
)

// maxBase58 bounds the input of the quadratic decoder: no address format
// here is longer, and it keeps hostile input cheap.
const maxBase58 = 128

// decode turns base58 text into bytes. Each leading zero digit is one
// leading zero byte; the rest is a big-endian number.
func (a *alphabet) decode(s string) ([]byte, error) { return a.appendDecode(nil, s) }

// appendDecode is decode appending to dst, so that a caller with a buffer
// of its own decodes without allocating.
func (a *alphabet) appendDecode(dst []byte, s string) ([]byte, error) {
	if len(s) > maxBase58 {
		return nil, fmt.Errorf("%w: %d characters is too long", ErrLength, len(s))
	}
	zeros := 0
	for zeros < len(s) && s[zeros] == a.enc[0] {
		zeros++
	}
	// log(58)/log(256) < 0.733: enough room for the number part.
	var buf [maxBase58]byte
	out := buf[:(len(s)-zeros)*733/1000+1]
	for i := zeros; i < len(s); i++ {
		d := a.dec[s[i]]
		if d < 0 {
			return nil, fmt.Errorf("%w %q at position %d", ErrCharacter, s[i], i+1)
		}
		carry := int(d)
		for j := len(out) - 1; j >= 0; j-- {
			carry += 58 * int(out[j])
			out[j] = byte(carry)
			carry >>= 8
		}
	}
	k := 0
	for k < len(out) && out[k] == 0 {
		k++
	}
	for i := 0; i < zeros; i++ {
		dst = append(dst, 0)
	}
	if dst == nil {
		dst = []byte{} // decode has always returned a non-nil slice
	}
	return append(dst, out[k:]...), nil
}

// encode is the inverse of decode.
func (a *alphabet) encode(b []byte) string {
	zeros := 0
	for zeros < len(b) && b[zeros] == 0 {
		zeros++
	}
	// log(256)/log(58) < 1.366
	digits := make([]byte, (len(b)-zeros)*1366/1000+1)
	n := 0 // digits in use, least significant first
	for _, v := range b[zeros:] {
		carry := int(v)
		for j := 0; j < n; j++ {
			carry += int(digits[j]) << 8
			digits[j] = byte(carry % 58)
			carry /= 58
		}
		for carry > 0 {
			digits[n] = byte(carry % 58)
			carry /= 58
			n++
		}
	}
	out := make([]byte, zeros+n)
	for i := 0; i < zeros; i++ {
		out[i] = a.enc[0]
	}
	for i := 0; i < n; i++ {
		out[zeros+i] = a.enc[digits[n-1-i]]
	}
	return string(out)
}

// checksum4 is base58check's checksum: the first four bytes of
// SHA-256(SHA-256(data)).
func checksum4(data []byte) [4]byte {
	h := sha256.Sum256(data)
	h = sha256.Sum256(h[:])
	return [4]byte{h[0], h[1], h[2], h[3]}
}

// decodeCheck decodes base58check text that must hold a version of
// versionLen bytes and a payload of payloadLen bytes. It returns the version
// and the payload.
func (a *alphabet) decodeCheck(s string, versionLen, payloadLen int) (version, payload []byte, err error) {
	b, err := a.decode(s)
	if err != nil {
		return nil, nil, err
	}
	if want := versionLen + payloadLen + 4; len(b) != want {
		return nil, nil, fmt.Errorf("%w: decodes to %d bytes, want %d", ErrLength, len(b), want)
	}
	body := b[:len(b)-4]
	sum := checksum4(body)
	if !bytes.Equal(sum[:], b[len(b)-4:]) {
		return nil, nil, fmt.Errorf("%w (base58check)", ErrChecksum)
	}
	return body[:versionLen], body[versionLen:], nil
}

// encodeCheck is the inverse of decodeCheck.
func (a *alphabet) encodeCheck(version, payload []byte) string {
	b := make([]byte, 0, len(version)+len(payload)+4)
	b = append(b, version...)
	b = append(b, payload...)
	sum := checksum4(b)
	return a.encode(append(b, sum[:]...))
}
