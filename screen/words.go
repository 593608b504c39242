package screen

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"sort"
	"strings"
	"sync"
)

//go:generate go run ./internal/gen/words -dir /tmp/wl/package -out english_words.txt.gz

// englishWordsGz holds the English words of englishMinLen letters or more,
// sorted, one per line, after a notice on lines that begin with '#'
// (screen/internal/gen/words says where they come from).
//
//go:embed english_words.txt.gz
var englishWordsGz []byte

// coinedMinLen is the least length of a word that can make a company's
// name its own when a query holds it alone (hasBrand): shorter words meet
// by chance.
const coinedMinLen = 6

// englishMinLen is the length of the shortest word of the embedded list
// (isEnglish).
const englishMinLen = 5

var english struct {
	once  sync.Once
	text  string
	start []uint32 // offset of each word in text
	err   error
}

// loadEnglish decompresses the word list, once, when a query first needs it.
func loadEnglish() {
	zr, err := gzip.NewReader(bytes.NewReader(englishWordsGz))
	if err == nil {
		var data []byte
		if data, err = io.ReadAll(zr); err == nil {
			indexEnglish(string(data))
			return
		}
	}
	english.err = err
}

// indexEnglish notes where each word of text begins.
func indexEnglish(text string) {
	var start []uint32
	for off := 0; off < len(text); {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text) - off
		}
		if text[off] != '#' {
			start = append(start, uint32(off))
		}
		off += end + 1
	}
	english.text, english.start = text, start
}

// englishWord returns the i-th word of the list.
func englishWord(i int) string {
	s := english.text[english.start[i]:]
	if end := strings.IndexByte(s, '\n'); end >= 0 {
		s = s[:end]
	}
	return s
}

// isEnglishWord reports whether tok, a folded token, is a common English
// word of coinedMinLen letters or more (SCOWL's sizes up to 50, all
// dialects): "integrity", "phoenix", "trading". It is false for shorter
// tokens, and for names and coined words ("tinkoff", "garantex"). Were the
// embedded list unreadable (TestEnglishWords guards it), every token would
// count as a word, which only keeps hasBrand from trusting a word alone.
func isEnglishWord(tok string) bool {
	if len(tok) < coinedMinLen {
		return false
	}
	return isEnglish(tok)
}

// isEnglish is isEnglishWord for words of englishMinLen letters or more:
// "horse", "medic", "argon".
func isEnglish(tok string) bool {
	if len(tok) < englishMinLen {
		return false
	}
	english.once.Do(loadEnglish)
	if english.err != nil {
		return true
	}
	i := sort.Search(len(english.start), func(i int) bool { return englishWord(i) >= tok })
	return i < len(english.start) && englishWord(i) == tok
}
