package chain

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
)

// evmFormat is the 20-byte account address shared by Ethereum and every EVM
// chain (Ethereum Classic, BNB Smart Chain, Arbitrum, and the ERC-20 tokens
// on them): one key space, so that an address listed under one code matches
// a payment on another.
var evmFormat = &format{
	name:  "EVM hex",
	fits:  func(s string) bool { return hasPrefixFold(s, "0x") || len(s) == 40 && isHex(s) },
	parse: parseEVM,
}

// parseEVM accepts 40 hex digits with or without "0x". EIP-55 hides a
// checksum in the letter case; all-lower and all-upper carry none, mixed
// case must match it.
func parseEVM(s string) (parsed, error) {
	h, after := s, ""
	if hasPrefixFold(h, "0x") {
		h, after = h[2:], " after 0x"
	}
	if len(h) != 2*common.AddressLength {
		if !isHex(h) {
			// Not digits alone: "0x…, bc1q…" is two addresses, not an
			// EVM address with 43 digits too many.
			return parsed{}, fmt.Errorf("%w: %d characters%s, want 40 hex digits", ErrLength, utf8.RuneCountInString(h), after)
		}
		return parsed{}, fmt.Errorf("%w: %d hex digits, want 40", ErrLength, len(h))
	}
	upper, lower := false, false
	for i := 0; i < len(h); i++ {
		c := h[i]
		switch {
		case '0' <= c && c <= '9':
		case 'a' <= c && c <= 'f':
			lower = true
		case 'A' <= c && c <= 'F':
			upper = true
		default:
			return parsed{}, fmt.Errorf("%w %q at position %d", ErrCharacter, c, len(s)-len(h)+i+1)
		}
	}
	if upper && lower {
		ma, err := common.NewMixedcaseAddressFromString("0x" + h)
		if err != nil {
			return parsed{}, fmt.Errorf("%w: %v", ErrCharacter, err)
		}
		if !ma.ValidChecksum() {
			return parsed{}, fmt.Errorf("%w: mixed-case letters do not match EIP-55", ErrChecksum)
		}
	}
	return parsed{key: "0x" + strings.ToLower(h), fold: true}, nil
}
