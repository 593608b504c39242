package chain

import (
	"encoding/hex"
	"fmt"
	"strings"
)

// TRON addresses are base58check over a 0x41 version byte and a 20-byte
// hash (so they start with T). Nodes and explorers also show the same 21
// bytes in hex ("41..."); both spellings are one key, the base58 one.

const tronVersion = 0x41

var tronFormat = &format{
	name:  "TRON base58check",
	fits:  func(s string) bool { return s[0] == 'T' || len(s) == 42 && isHex(s) },
	parse: parseTron,
}

func parseTron(s string) (parsed, error) {
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
