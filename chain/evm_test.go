package chain

import (
	"errors"
	"strings"
	"testing"
)

// EIP-55's own examples (https://eips.ethereum.org/EIPS/eip-55).
var eip55 = []string{
	"0x52908400098527886E0F7030069857D2E4169EE7", // all caps
	"0x8617E340B3D01FA5F11F306F4090FD50E238070D",
	"0xde709f2102306220921060314715629080e2fb77", // all lower
	"0x27b1fdb04752bbc536007a920d24acb045561c26",
	"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", // mixed: checked
	"0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
	"0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
	"0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
}

func TestEVMVectors(t *testing.T) {
	var vs []vector
	for _, a := range eip55 {
		low := strings.ToLower(a)
		vs = append(vs,
			vector{ETH, a, low, nil, "EIP-55 example"},
			vector{ETC, low[2:], low, nil, "without 0x"},
			vector{ARB, "0X" + strings.ToUpper(a[2:]), low, nil, "0X and upper case"},
			vector{BSC, a[:41], "", ErrLength, "last digit dropped"},
			vector{USDC, a + "0", "", ErrLength, "a digit added"},
			vector{ETH, a[:10] + "g" + a[11:], "", ErrCharacter, "not hex"},
		)
	}
	// Changing the case of one letter of a checksummed address breaks it.
	for _, a := range eip55[4:] {
		i := strings.IndexAny(a[2:], "abcdef") + 2
		bad := a[:i] + strings.ToUpper(a[i:i+1]) + a[i+1:]
		vs = append(vs, vector{ETH, bad, "", ErrChecksum, "one letter's case changed"})
	}
	runVectors(t, vs)
}

// TestEVMLengthMessage: the wrong-length error counts hex digits only
// when the value is all hex digits; otherwise it counts characters, so
// that two addresses in one string are not called an EVM address with
// 43 digits too many.
func TestEVMLengthMessage(t *testing.T) {
	const lazarus = "0x098B716B8Aaf21512996dC57EB0615e2383E2f96"
	tests := []struct{ in, want string }{
		{lazarus[:41], "39 hex digits, want 40"},
		{lazarus + "0", "41 hex digits, want 40"},
		{lazarus + ", bc1q05aktddf9ce4p7hh3stgsf253m4vweu7nkhtmw", "83 characters after 0x, want 40 hex digits"},
		{"0x12é4", "4 characters after 0x, want 40 hex digits"},
	}
	for _, tc := range tests {
		_, err := Normalize(ETH, tc.in)
		if !errors.Is(err, ErrLength) || !strings.HasSuffix(err.Error(), tc.want) {
			t.Errorf("Normalize(ETH, %q) = %v, want ErrLength ending %q", tc.in, err, tc.want)
		}
	}
}
