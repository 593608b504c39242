package chain

import "fmt"

// XRP Ledger classic addresses are base58check in Ripple's own alphabet (in
// which 'r' is the zero digit) over a zero version byte and a 20-byte
// account ID. X-addresses (which pack a destination tag) are not supported.
var rippleFormat = &format{
	name:  "XRP base58check",
	fits:  func(s string) bool { return s[0] == 'r' },
	parse: parseRipple,
}

func parseRipple(s string) (parsed, error) {
	v, _, err := rippleAlphabet.decodeCheck(s, 1, 20)
	if err != nil {
		return parsed{}, err
	}
	if v[0] != 0 {
		return parsed{}, fmt.Errorf("%w: version %02x, want 00 (an account ID, r...)", ErrPrefix, v[0])
	}
	return parsed{key: s}, nil
}
