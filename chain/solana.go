package chain

import "fmt"

// A Solana address is a 32-byte Ed25519 public key in plain base58: no
// version, no checksum. A mistyped Solana address that still decodes to 32
// bytes is accepted, and any such string "is" a Solana address; that is the
// format's limit, not ours.
var solanaFormat = &format{
	name:  "Solana base58",
	fits:  func(s string) bool { return len(s) >= 32 && len(s) <= 44 && isBase58(s) },
	parse: parseSolana,
}

func parseSolana(s string) (parsed, error) {
	if len(s) < 32 || len(s) > 44 {
		return parsed{}, fmt.Errorf("%w: %d characters, want 32 to 44", ErrLength, len(s))
	}
	b, err := bitcoinAlphabet.decode(s)
	if err != nil {
		return parsed{}, err
	}
	if len(b) != 32 {
		return parsed{}, fmt.Errorf("%w: decodes to %d bytes, want 32", ErrLength, len(b))
	}
	return parsed{key: s}, nil
}
