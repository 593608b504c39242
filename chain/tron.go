package chain

import (
	"encoding/hex"
	"fmt"
	"strings"
)

// TRON addresses are base58check over a 0x41 version byte and a 20-byte
// hash (so they start with T). Nodes and explorers also show the same 21
// bytes in hex ("41..."), and TronWeb writes that hex with "0x"
// ("0x41..."): 42 digits, which no EVM address has. All spellings are one
// key, the base58 one.

const tronVersion = 0x41

var tronFormat = &format{
	name:  "TRON base58check",
	fits:  func(s string) bool { return s[0] == 'T' || len(s) == 42 && isHex(s) || isTronHex0x(s) },
	parse: parseTron,
}

// isTronHex0x reports whether s is "0x" and 42 hex digits.
func isTronHex0x(s string) bool { return len(s) == 44 && hasPrefixFold(s, "0x") && isHex(s[2:]) }

func parseTron(s string) (parsed, error) {
	if isTronHex0x(s) {
		s = s[2:]
	}
	if len(s) == 42 && isHex(s) {
		b, _ := hex.DecodeString(s)
		if b[0] != tronVersion {
			return parsed{}, fmt.Errorf("%w: hex form starts %02x, want 41", ErrPrefix, b[0])
		}
		return parsed{key: bitcoinAlphabet.encodeCheck(b[:1], b[1:])}, nil
	}
	v, _, err := bitcoinAlphabet.decodeCheck(s, 1, 20)
	if err != nil {
		return parsed{}, err
	}
	if v[0] != tronVersion {
		return parsed{}, fmt.Errorf("%w: version %02x, want 41 (T...)", ErrPrefix, v[0])
	}
	return parsed{key: s}, nil
}

// tronHex returns the lower-case hex spelling of a canonical TRON key, or ""
// if key is not one.
func tronHex(key string) string {
	v, payload, err := bitcoinAlphabet.decodeCheck(key, 1, 20)
	if err != nil || v[0] != tronVersion {
		return ""
	}
	return strings.ToLower(hex.EncodeToString(append(v, payload...)))
}
