package chain

import (
	"slices"
	"testing"
	"unicode/utf8"
)

// TestTrim: every character trim removes is one copy and paste leaves in an
// address, wherever it stands; what an address is made of is kept.
func TestTrim(t *testing.T) {
	const a = "rnXyVQzgxZe7TR1EPzTkGj2jxH4LMJYh66" // CHATEX, listed as XRP
	tests := []struct{ in, want string }{
		{a, a},
		{"", ""},
		{" \t" + a + "\r\n", a},
		{"\u200e" + a + "\u200f", a},       // left-to-right and right-to-left marks
		{"\u202a" + a + "\u202c", a},       // a bidirectional embedding
		{"\u2066" + a + "\u2069", a},       // a bidirectional isolate
		{"\u200c" + a + "\u200d", a},       // zero-width non-joiner and joiner
		{a[:5] + "\u200b" + a[5:], a},      // zero-width space inside
		{a[:5] + "\u00ad" + a[5:], a},      // a soft hyphen where a page broke it
		{a[:17] + "\n" + a[17:], a},        // a line break where a cell wrapped
		{a[:17] + " " + a[17:], a},         // a space inside
		{a + "\x00", a},                    // a trailing NUL
		{"\ufeff" + a + "\u2060", a},       // byte-order mark, word joiner
		{"\u00a0\u3000" + a + "\u2028", a}, // no-break, ideographic space, line separator
		{"ethereum:0xab?label=Bob Smith", "ethereum:0xab?label=BobSmith"},
		{"caf\u00e9", "caf\u00e9"},    // a letter is kept
		{"\xff" + a, "\xff" + a},      // so is a byte that is not UTF-8
		{"\xe2\x80\u200b\x8b" + a, a}, // a ZWSP spelt across a removed one
		// Compatibility forms of ASCII (NFKC) are that ASCII: an East
		// Asian input method's fullwidth letters, styled text's
		// mathematical ones; other letters stay.
		{"ｒｎＸｙ" + a[4:], a},
		{"\U0001d42b" + a[1:], a},            // MATHEMATICAL BOLD SMALL R
		{"ETH\uff1a0x1", "ETH:0x1"},          // FULLWIDTH COLON
		{"\u0440" + a[1:], "\u0440" + a[1:]}, // CYRILLIC SMALL LETTER ER: a look-alike, no compatibility form
		{"\u3000ｒ\u200bｎ" + a[2:], a},
	}
	for _, tc := range tests {
		got := trim(tc.in)
		if got != tc.want {
			t.Errorf("trim(%+q) = %+q, want %+q", tc.in, got, tc.want)
		}
		if again := trim(got); again != got {
			t.Errorf("trim(%+q) = %+q, and trim of that %+q", tc.in, got, again)
		}
	}
	// A bare address, and one with space around it, are not copied.
	for _, s := range []string{a, " " + a + "\n", "\u200e" + a} {
		if n := testing.AllocsPerRun(100, func() { trim(s) }); n > 0 {
			t.Errorf("trim(%+q) allocates %.0f times", s, n)
		}
	}
	if !utf8.ValidString(trim("\u200b" + a)) {
		t.Error("trim made invalid UTF-8")
	}
}

// TestPlainASCII: the eight-bytes-at-a-time test agrees with the plain one
// for every byte at every place.
func TestPlainASCII(t *testing.T) {
	base := []byte("abcdefghijklmnopqrstuvw") // 23 bytes: two words and a tail
	for i := range base {
		for c := 0; c < 256; c++ {
			b := append([]byte(nil), base...)
			b[i] = byte(c)
			want := c > ' ' && c < 0x7f
			if got := plainASCII(string(b)); got != want {
				t.Errorf("plainASCII with byte %#x at %d = %v, want %v", c, i, got, want)
			}
		}
	}
}

// TestFullwidthAddresses: a listed address typed with an East Asian input
// method's fullwidth characters is the address: Detect, Normalize and
// Lookup read it as its ASCII.
func TestFullwidthAddresses(t *testing.T) {
	w := NewWatchlist(listedList(listedPairs(t)))
	for _, listed := range []string{
		"0x098B716B8Aaf21512996dC57EB0615e2383E2f96", // Lazarus Group, ETH
		"TAYhjpL8pPs8T84FSM329nffQpc6jD8GBM",         // Grinex, TRX
		"bc1q05aktddf9ce4p7hh3stgsf253m4vweu7nkhtmw", // WANG, Yunhe, XBT
	} {
		var wide []rune
		for _, r := range listed {
			wide = append(wide, r-'!'+'！') // the fullwidth forms of U+0021…U+007E
		}
		s := string(wide)
		if len(Detect(s)) == 0 || !slices.Equal(Detect(s), Detect(listed)) {
			t.Errorf("Detect(%s) = %v, want %v", s, Detect(s), Detect(listed))
		}
		a := Detect(listed)[0]
		if k, err := Normalize(a, s); err != nil || k != mustNormalize(t, a, listed) {
			t.Errorf("Normalize(%s, %s) = %q, %v", a, s, k, err)
		}
		if got := w.Lookup(s); len(got) == 0 || got[0].Address != listed {
			t.Errorf("Lookup(%s) = %v, want the listing of %s", s, uids(got), listed)
		}
	}
}

func mustNormalize(t *testing.T, a Asset, s string) string {
	t.Helper()
	k, err := Normalize(a, s)
	if err != nil {
		t.Fatal(err)
	}
	return k
}
