package screen

//go:generate go run ./internal/gen/hanzi -out hanzi_table.go

// Chinese characters are read in Mandarin pinyin without tones, one token
// per character: Chinese names have no spaces, and their Latin forms split
// them variously ("Guoying", "Hong Ri"), so the scorer joins syllables
// rather than this package guessing word bounds. The readings come from
// Unihan's kMandarin (hanzi_table.go); github.com/mozillazg/go-pinyin reads
// the same data with heteronym and phrase handling and can replace it
// (translit_han_gopinyin.go, build tag gopinyin).
//
// Japanese kanji get their Chinese reading too: a run of kanji alone does
// not say it is Japanese, and Japanese name readings cannot be derived from
// the characters. Japanese names on the list are still found through their
// listed Latin aliases and by a query written in the same characters.

func appendHan(dst []byte, r rune) []byte {
	switch {
	case r == 0x3007: // 〇, ideographic zero
		return append(dst, "ling"...)
	case r == 0x3005: // 々, iteration mark: its reading is the previous one's
		return dst
	}
	if s := hanziReading(r); s != "" {
		return append(dst, s...)
	}
	return appendFallback(dst, r)
}
