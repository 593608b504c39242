package chain

import (
	"bytes"
	"testing"

	"github.com/btcsuite/btcd/btcutil/base58"
)

// Our base58 (needed for Ripple's alphabet) must agree with btcutil's on
// Bitcoin's alphabet.
func TestBase58AgreesWithBtcutil(t *testing.T) {
	for _, b := range [][]byte{nil, {0}, {0, 0, 1}, {0xff}, bytes.Repeat([]byte{0xff}, 40), []byte("hello world"), append(make([]byte, 5), 0x3a, 0x00, 0x7f)} {
		s := bitcoinAlphabet.encode(b)
		if want := base58.Encode(b); s != want {
			t.Errorf("encode(%x) = %q, btcutil says %q", b, s, want)
		}
		back, err := bitcoinAlphabet.decode(s)
		if err != nil || !bytes.Equal(back, b) && len(b) > 0 {
			t.Errorf("decode(%q) = %x, %v; want %x", s, back, err, b)
		}
	}
}

func FuzzBase58(f *testing.F) {
	for _, s := range []string{"", "1", "111z", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v", "0OIl"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := bitcoinAlphabet.decode(s)
		if len(s) > maxBase58 {
			if err == nil {
				t.Fatalf("decode of %d characters succeeded", len(s))
			}
			return
		}
		want := base58.Decode(s)
		if (err != nil) != (len(want) == 0 && s != "") {
			t.Fatalf("decode(%q) = %x, %v; btcutil says %x", s, got, err, want)
		}
		if err != nil {
			return
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("decode(%q) = %x; btcutil says %x", s, got, want)
		}
		if back := bitcoinAlphabet.encode(got); back != s {
			t.Fatalf("encode(decode(%q)) = %q", s, back)
		}
	})
}
