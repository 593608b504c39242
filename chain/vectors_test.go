package chain

import (
	"errors"
	"strings"
	"testing"
)

// vector is one codec test case: the key Normalize must return, or the
// reason it must fail with.
type vector struct {
	asset Asset
	in    string
	want  string // expected key when err is nil
	err   error  // expected reason (ErrChecksum, ErrLength...), nil for valid
	note  string // where the vector comes from or what it shows
}

func runVectors(t *testing.T, vs []vector) {
	t.Helper()
	for _, v := range vs {
		got, err := Normalize(v.asset, v.in)
		if v.err == nil {
			if err != nil || got != v.want {
				t.Errorf("Normalize(%s, %q) = %q, %v; want %q (%s)", v.asset, v.in, got, err, v.want, v.note)
			}
			continue
		}
		if err == nil {
			t.Errorf("Normalize(%s, %q) = %q, want an error wrapping %v (%s)", v.asset, v.in, got, v.err, v.note)
			continue
		}
		checkAddressError(t, err, v.asset, v.in)
		if !errors.Is(err, v.err) {
			t.Errorf("Normalize(%s, %q) error %q, want one wrapping %v (%s)", v.asset, v.in, err, v.err, v.note)
		}
	}
}

// checkAddressError checks the error contract: an *AddressError that wraps
// ErrInvalidAddress and names the asset and the address.
func checkAddressError(t testing.TB, err error, asset Asset, in string) {
	t.Helper()
	var ae *AddressError
	if !errors.As(err, &ae) || !errors.Is(err, ErrInvalidAddress) {
		t.Fatalf("Normalize(%s, %q) error %T %v is not an *AddressError wrapping ErrInvalidAddress", asset, in, err, err)
	}
	if ae.Asset != asset || ae.Address != in || ae.Err == nil {
		t.Errorf("AddressError = %+v, want asset %s, address %q and a reason", ae, asset, in)
	}
	if msg := err.Error(); !strings.Contains(msg, string(asset)) {
		t.Errorf("error %q does not name the asset %s", msg, asset)
	}
}

// flip replaces the character at i with the next one of alphabet, so the
// result is still made of valid characters but says something else.
func flip(s string, i int, alphabet string) string {
	j := strings.IndexByte(alphabet, s[i])
	return s[:i] + string(alphabet[(j+1)%len(alphabet)]) + s[i+1:]
}

const (
	b58   = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
	xrp58 = "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz"
	b32   = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
	hexd  = "0123456789abcdef"
)

func TestNormalizeGeneral(t *testing.T) {
	const evm = "0x4f47bc496083c727c5fbe3ce9cdf2b0f6496270c" // listed as ARB and BSC
	runVectors(t, []vector{
		{"DOGE", "DFFJhnQNZf8rf67tYnesPu7MuGUpYtzv7Z", "", ErrUnknownAsset, "no codec: the caller matches text"},
		{ETH, "", "", ErrLength, "empty"},
		{ETH, " \t\n", "", ErrLength, "only space"},
		{ETH, strings.Repeat("a", 1000), "", ErrLength, "hostile length"},
		{ETH, " \t" + evm + "\r\n", evm, nil, "surrounding white space"},
		{ETH, "\ufeff" + evm + "\u200b", evm, nil, "byte-order mark and zero-width space from a pasted cell"},
		{"eth", evm, evm, nil, "asset code in lower case"},
		{"BTC", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", nil, "BTC means XBT"},
		{USDT, evm, evm, nil, "USDT on an EVM chain"},
		{USDT, "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", nil, "USDT on TRON"},
		{USDT, "16iWn2J1McqjToYLHSsAyS6En3QA8YQ91H", "16iWn2J1McqjToYLHSsAyS6En3QA8YQ91H", nil, "USDT on Omni: listed so"},
		{USDT, "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v", "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v", nil, "USDT on Solana"},
		{USDC, "16iWn2J1McqjToYLHSsAyS6En3QA8YQ91H", "", ErrLength, "USDC has no Omni form; as Solana it is 25 bytes"},
		{USDT, "rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh", "", ErrLength, "an XRP address: base58, but 25 bytes as Solana"},
		{USDT, "bnb136ns6lfw4zs5hg4n85vdthaad7hq5m4gtkgf23", "", ErrPrefix, "a BNB Beacon address fits no USDT format"},
		{BNB, evm, evm, nil, "BNB on BNB Smart Chain"},
	})
}

func TestDetect(t *testing.T) {
	tests := []struct {
		in   string
		want []Asset
	}{
		{"0x4f47bc496083c727c5fbe3ce9cdf2b0f6496270c", []Asset{ETH, ETC, USDT, BNB, USDC, ARB, BSC}},
		{"1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", []Asset{XBT, BSV, BCH, USDT}},
		{"3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", []Asset{XBT, LTC, BSV, BCH, USDT}},
		{"bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", []Asset{XBT, USDT}},
		{"qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a", []Asset{BSV, BCH}},
		{"TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", []Asset{USDT, TRX, USDC}},
		{"rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh", []Asset{XRP}},
		{"EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v", []Asset{USDT, USDC, SOL}},
		{"LNf2JDiuunBz7GMDKFYHN4rq5meXWxiwfb", []Asset{LTC}},
		{"bnb136ns6lfw4zs5hg4n85vdthaad7hq5m4gtkgf23", []Asset{BNB}},
		{"5be5543ff73456ab9f2d207887e2af87322c651ea1a873c5b25b7ffae456c320", nil},
		{"not an address", nil},
		{"", nil},
	}
	for _, tt := range tests {
		got := Detect(tt.in)
		if !equalAssets(got, tt.want) {
			t.Errorf("Detect(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func equalAssets(a, b []Asset) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestAssets(t *testing.T) {
	as := Assets()
	if len(as) != 19 {
		t.Fatalf("Assets() has %d codes, want the list's 19", len(as))
	}
	for _, a := range as {
		if !a.Known() {
			t.Errorf("%s.Known() = false", a)
		}
	}
	as[0] = "changed"
	if Assets()[0] != XBT {
		t.Error("Assets() shares its backing array with the package")
	}
	if Asset("DOGE").Known() {
		t.Error(`Asset("DOGE").Known() = true`)
	}
}
