package screen

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/unicode/runenames"
)

// The normalisation fixes the look-alike corpus (lookalike_test.go) asked
// for, each alone, and the names they must leave in their own script.
func TestLookalikeNormalisation(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		// Latin names in disguise.
		{"palochka is an l", "Раvеӏ", []string{"pavel"}},
		{"apple.com homograph, all Cyrillic", "аррӏе", []string{"apple"}},
		{"word of look-alikes alone", "ЅОЕ, Аung", []string{"soe", "aung"}},
		{"mixed word nothing in it decides", "ЅАВАHІ, Rооzbеһ", []string{"sabahi", "roozbeh"}},
		{"Cyrillic capital qa", "АL-ԚАDНАFІ", []string{"al", "qadhafi"}},
		{"Greek kappa", "Αleκsandr", []string{"aleksandr"}},
		{"lunate sigmas", "ΚΙΜ, Μυn Ϲhοl", []string{"kim", "mun", "chol"}},
		{"lunate sigma in a word", "Ηαϲi Βαsιr", []string{"haci", "basir"}},
		{"Zalgo over Greek look-alikes", "Τ\u0313Η\u0313Ε\u0345 ΜΙ\u0313LL", []string{"the", "mill"}},
		{"small capitals", "ᴠʟᴀᴅɪᴍɪʀ ᴘᴜᴛɪɴ", []string{"vladimir", "putin"}},
		{"small capitals after a capital", "Vʟᴀᴅɪᴍɪʀ Pᴜᴛɪɴ", []string{"vladimir", "putin"}},
		{"negative squared", "🅿🆄🆃🅸🅽", []string{"putin"}},
		{"negative circled", "🅟🅤🅣🅘🅝, 🅥🅛🅐🅓🅘🅜🅘🅡", []string{"putin", "vladimir"}},
		// Names that stay in their script.
		{"Russian in capitals of look-alikes", "АНТОН", []string{"anton"}},
		{"Russian company in capitals", "ООО «ТЕХНОСТАР»", []string{"ooo", "tekhnostar"}},
		{"Ukrainian in capitals", "ІВАН", []string{"ivan"}},
		{"Greek in capitals", "ΚΑΤΕΡΙΝΑ", []string{"katerina"}},
		{"Cyrillic with a Latin slip", "Oбщество", []string{"obshchestvo"}},
		{"Cyrillic and a Latin word", "Путин Vladimir", []string{"putin", "vladimir"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tokens(tt.in)); diff != "" {
				t.Errorf("tokens(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestSmallCapitals checks the generated table against the Unicode names:
// every LATIN LETTER SMALL CAPITAL of a single letter reads as that letter.
func TestSmallCapitals(t *testing.T) {
	n := 0
	for r := rune(0x80); r < 0x20000; r++ {
		name, ok := strings.CutPrefix(runenames.Name(r), "LATIN LETTER SMALL CAPITAL ")
		if !ok || len(name) != 1 || !unicode.IsLetter(r) {
			continue
		}
		n++
		want := strings.ToLower(name)
		if got := tokens("b" + string(r) + "b"); len(got) != 1 || got[0] != "b"+want+"b" {
			t.Errorf("%U %s: tokens = %q, want [b%sb]", r, runenames.Name(r), got, want)
		}
	}
	if n < 20 {
		t.Errorf("%d small capitals, want ≥20", n)
	}
}

// TestConfusablesInLatinWords checks every look-alike of a Latin letter in
// the table, inside a Latin word, through the whole normalisation: NFKC
// must not turn one into a letter that imitates nothing (the lunate sigmas
// did). Where NFKC gives an ASCII letter, that is what the character means
// (the long s "ſ" is an s, whatever it looks like), and a character NFKC
// makes into something else than one letter is no letter of a name.
func TestConfusablesInLatinWords(t *testing.T) {
	for i, r := range confusableRunes {
		c := confusableASCII[i]
		if c <= '9' || !unicode.IsLetter(r) {
			continue
		}
		if f := []rune(norm.NFKC.String(string(r))); len(f) != 1 || f[0] < utf8.RuneSelf || !unicode.IsLetter(f[0]) {
			continue
		}
		want := "b" + string(c) + "b"
		if got := tokens("b" + string(r) + "b"); len(got) != 1 || got[0] != want {
			t.Errorf("%U %q imitates %q: tokens(b%cb) = %q, want [%s]", r, r, c, r, got, want)
		}
	}
}

// FuzzLookalikeTokens runs the normalisation on the look-alike corpus and
// what the fuzzer makes of it: tokens stay lower-case ASCII and stable, and
// invisible characters change nothing wherever they are put.
func FuzzLookalikeTokens(f *testing.F) {
	for i, c := range loadLookalikes(f) {
		if i%10 == 0 {
			f.Add(c.Query, uint8(i))
		}
	}
	f.Fuzz(func(t *testing.T, s string, at uint8) {
		toks := tokens(s)
		checkTokens(t, s, toks)
		if !utf8.ValidString(s) {
			return
		}
		rs := []rune(s)
		i := int(at) % (len(rs) + 1)
		hidden := string(rs[:i]) + "\u200b\u2066" + string(rs[i:]) + "\u2069"
		if got := tokens(hidden); !slices.Equal(got, toks) {
			t.Fatalf("tokens(%+q) = %q, but %q without the invisible characters", hidden, got, toks)
		}
	})
}
