package screen

import (
	"slices"
	"strings"
	"testing"
)

// The embedded word list loads, is sorted (isEnglishWord searches it) and
// holds folded words of coinedMinLen letters or more.
func TestEnglishWords(t *testing.T) {
	english.once.Do(loadEnglish)
	if english.err != nil {
		t.Fatal(english.err)
	}
	if n := len(english.start); n < 50000 {
		t.Fatalf("%d words, want more than 50,000", n)
	}
	words := make([]string, len(english.start))
	for i := range words {
		w := englishWord(i)
		if len(w) < englishMinLen || strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" {
			t.Fatalf("word %d: %q", i, w)
		}
		words[i] = w
	}
	if !slices.IsSorted(words) {
		t.Fatal("words not sorted")
	}
	for _, w := range []string{"integrity", "aardvark", "trading", "zucchini", "horizon", "colour", "colors"} {
		if !isEnglishWord(w) {
			t.Errorf("%q: not found", w)
		}
	}
	for _, w := range []string{"tinkoff", "garantex", "novikombank", "rostec", "integrit", "integrityy", "zzzzzzz", "", "trade"} {
		if isEnglishWord(w) {
			t.Errorf("%q: found", w)
		}
	}
	// Five letters: words for isEnglish alone.
	for _, w := range []string{"horse", "medic", "argon", "trade"} {
		if !isEnglish(w) || isEnglishWord(w) {
			t.Errorf("%q: isEnglish %v, isEnglishWord %v", w, isEnglish(w), isEnglishWord(w))
		}
	}
	for _, w := range []string{"komid", "vevak", "sugon", "sedco", "ltd", ""} {
		if isEnglish(w) {
			t.Errorf("%q: found", w)
		}
	}
}
