package chain

import (
	"bytes"
	"fmt"
	"math/bits"

	"golang.org/x/crypto/sha3"
)

// Monero addresses use Monero's own base58: the bytes are cut into 8-byte
// blocks, each written as exactly 11 base58 digits (a shorter last block
// takes the digits moneroBlockDigits gives), so the text length is fixed by
// the byte length. The bytes are a varint network/type prefix, the public
// spend and view keys (32 bytes each), for an integrated address an 8-byte
// payment ID, and the first 4 bytes of the legacy Keccak-256 of all that.

// Mainnet prefixes (cryptonote_config.h). All fit a one-byte varint.
const (
	moneroStandard   = 18 // 4...
	moneroIntegrated = 19 // 4..., 106 characters
	moneroSubaddress = 42 // 8...
)

// Lengths in bytes and in characters.
const (
	moneroStdBytes = 1 + 32 + 32 + 4
	moneroIntBytes = 1 + 32 + 32 + 8 + 4
	moneroStdChars = 95
	moneroIntChars = 106
)

// moneroBlockDigits[n] is how many digits encode a block of n bytes.
var moneroBlockDigits = [9]int{0, 2, 3, 5, 6, 7, 9, 10, 11}

var moneroFormat = &format{
	name:  "monero",
	fits:  func(s string) bool { return s[0] == '4' || s[0] == '8' },
	parse: parseMonero,
}

func parseMonero(s string) (parsed, error) {
	var buf [moneroIntBytes]byte
	b, err := moneroDecodeChecked(buf[:0], s)
	if err != nil {
		return parsed{}, err
	}
	prefix, want := b[0], moneroStdBytes
	switch prefix {
	case moneroStandard, moneroSubaddress:
	case moneroIntegrated:
		want = moneroIntBytes
	case 53, 54, 63:
		return parsed{}, fmt.Errorf("%w: testnet prefix %d", ErrPrefix, prefix)
	case 24, 25, 36:
		return parsed{}, fmt.Errorf("%w: stagenet prefix %d", ErrPrefix, prefix)
	default:
		return parsed{}, fmt.Errorf("%w: network prefix %d, want 18, 19 or 42", ErrPrefix, prefix)
	}
	if len(b) != want {
		return parsed{}, fmt.Errorf("%w: %d bytes for prefix %d, want %d", ErrLength, len(b), prefix, want)
	}
	if prefix == moneroIntegrated {
		var out [moneroStdChars]byte
		return parsed{key: string(moneroStandardOf(out[:0], b))}, nil
	}
	return parsed{key: s}, nil
}

// moneroDecodeChecked decodes s (95 or 106 characters) into dst and checks
// the Keccak checksum.
func moneroDecodeChecked(dst []byte, s string) ([]byte, error) {
	if len(s) != moneroStdChars && len(s) != moneroIntChars {
		return nil, fmt.Errorf("%w: %d characters, want 95 (standard, subaddress) or 106 (integrated)", ErrLength, len(s))
	}
	b, err := moneroDecode(dst, s)
	if err != nil {
		return nil, err
	}
	var sum [32]byte
	if !bytes.Equal(moneroChecksum(&sum, b[:len(b)-4]), b[len(b)-4:]) {
		return nil, fmt.Errorf("%w (keccak)", ErrChecksum)
	}
	if b[0] >= 0x80 {
		return nil, fmt.Errorf("%w: multi-byte network prefix", ErrPrefix)
	}
	return b, nil
}

// moneroChecksum returns the first four bytes of Keccak-256(data), the
// original Keccak padding that Monero (like Ethereum) uses, not SHA-3's.
func moneroChecksum(sum *[32]byte, data []byte) []byte {
	h := sha3.NewLegacyKeccak256()
	h.Write(data)
	return h.Sum(sum[:0])[:4]
}

// moneroStandardOf turns decoded integrated-address bytes into the text of
// the standard address they embed (same keys, no payment ID), appended to
// dst.
func moneroStandardOf(dst []byte, integrated []byte) []byte {
	var b [moneroStdBytes]byte
	b[0] = moneroStandard
	copy(b[1:65], integrated[1:65])
	var sum [32]byte
	copy(b[65:], moneroChecksum(&sum, b[:65]))
	return moneroEncode(dst, b[:])
}

// moneroDecode appends the bytes of Monero base58 text s to dst.
func moneroDecode(dst []byte, s string) ([]byte, error) {
	full, rest := len(s)/11, len(s)%11
	last := -1
	for n, d := range moneroBlockDigits {
		if d == rest {
			last = n
		}
	}
	if last < 0 {
		return nil, fmt.Errorf("%w: %d characters is no whole number of blocks", ErrLength, len(s))
	}
	for blk := 0; blk <= full; blk++ {
		chars, size := 11, 8
		if blk == full {
			chars, size = rest, last
		}
		var v uint64
		for i := 0; i < chars; i++ {
			pos := blk*11 + i
			d := bitcoinAlphabet.dec[s[pos]]
			if d < 0 {
				return nil, fmt.Errorf("%w %q at position %d", ErrCharacter, s[pos], pos+1)
			}
			hi, lo := bits.Mul64(v, 58)
			sum, carry := bits.Add64(lo, uint64(d), 0)
			if hi != 0 || carry != 0 {
				return nil, fmt.Errorf("%w: block %d overflows 64 bits", ErrCharacter, blk+1)
			}
			v = sum
		}
		if size < 8 && v>>(8*size) != 0 {
			return nil, fmt.Errorf("%w: block %d overflows %d bytes", ErrCharacter, blk+1, size)
		}
		for i := size - 1; i >= 0; i-- {
			dst = append(dst, byte(v>>(8*i)))
		}
	}
	return dst, nil
}

// moneroEncode appends the Monero base58 text of b to dst.
func moneroEncode(dst []byte, b []byte) []byte {
	for len(b) > 0 {
		size := min(8, len(b))
		var v uint64
		for _, c := range b[:size] {
			v = v<<8 | uint64(c)
		}
		var digits [11]byte
		n := moneroBlockDigits[size]
		for i := n - 1; i >= 0; i-- {
			digits[i] = bitcoinAlphabet.enc[v%58]
			v /= 58
		}
		dst = append(dst, digits[:n]...)
		b = b[size:]
	}
	return dst
}
