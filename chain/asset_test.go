package chain

import (
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
