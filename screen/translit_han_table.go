//go:build !gopinyin

package screen

// hanziReading returns the toneless pinyin of a CJK ideograph, or "".
func hanziReading(r rune) string {
	if r < hanziFirst || r > hanziLast {
		return ""
	}
	i := int(r-hanziFirst) * 2
	idx := int(hanziIndex[i]) | int(hanziIndex[i+1])<<8
	if idx == 0 {
		return ""
	}
	return hanziSyllables[idx-1]
}
