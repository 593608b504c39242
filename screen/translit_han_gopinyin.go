//go:build gopinyin

package screen

import (
	pinyin "github.com/mozillazg/go-pinyin"
)

// pinyinArgs asks go-pinyin for toneless readings (its Normal style), the
// first reading of heteronyms, and nothing for characters it does not know.
var pinyinArgs = pinyin.Args{Style: pinyin.Normal, Heteronym: false}

// hanziReading returns the toneless pinyin of a CJK ideograph, or "", from
// go-pinyin's dictionary (which covers the supplementary planes too).
func hanziReading(r rune) string {
	p := pinyin.SinglePinyin(r, pinyinArgs)
	if len(p) == 0 {
		return ""
	}
	s := p[0]
	// go-pinyin writes ü as "v" in the Normal style; the list writes "u".
	b := []byte(s)
	for i, c := range b {
		if c == 'v' {
			b[i] = 'u'
		}
	}
	return string(b)
}
