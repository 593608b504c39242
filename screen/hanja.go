package screen

import (
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:generate go run ./internal/gen/hanja -out hanja_table.go

// Korean names are written in Chinese characters too (hanja): Chinese
// documents write KIM, Jong Un as 金正恩, which Mandarin reads Jin Zheng'en
// and no listed name resembles. hanjaReading reads such a name in Hangul,
// a syllable a character (hanja_table.go, from Unihan's kHangul), so that
// it is matched as a name written in Hangul is: 金正恩 as 김정은, which is
// KIM, Jong Un.

// hanjaSurnames are the family names of Korea in Chinese characters, the
// commonest first, traditional and simplified, with the surnames of two
// characters. A name in characters is read in Hangul only when it begins
// with one: the reading is an extra pass of the matcher.
var hanjaSurnames = func() map[string]bool {
	m := make(map[string]bool)
	for _, s := range strings.Fields(`
		金 李 朴 崔 鄭 郑 姜 趙 赵 尹 張 张 林 韓 韩 吳 吴 申 徐 權 权 黃 黄 安 宋 全 洪 柳
		高 文 梁 孫 孙 裵 裴 白 許 许 劉 刘 南 沈 盧 卢 河 丁 成 車 车 具 禹 朱 任 羅 罗 田
		閔 闵 辛 池 陳 陈 嚴 严 元 蔡 千 方 孔 玄 康 咸 卞 廉 楊 杨 邊 边 呂 吕 秋 魯 鲁
		都 蘇 苏 愼 慎 石 宣 薛 馬 马 吉 周 延 房 魏 表 明 奇 潘 王 琴 玉 陸 陆 印 孟 諸 诸
		卓 秦 太 片 龍 龙 桂 奉 承 芮 慶 庆 鞠 殷 魚 鱼 甘 景 史 夫 皮 睦 晉 晋 陰 阴 尙 尚
		韋 韦 智 胡 程 董 余 包 昔 麻 段 鄧 邓 丘 邢 賈 贾 異 毛 弓 相 唐 溫 温 那 葉 叶
		南宮 南宫 皇甫 諸葛 诸葛 鮮于 鲜于 西門 西门 獨孤 独孤 東方 东方 司空 乙支`) {
		m[s] = true
	}
	return m
}()

// minHanjaName and maxHanjaName bound the characters of a name read in
// Hangul: a Korean name is most often a family name and a given name of
// two, while two characters are as often a Chinese name (李婷 read 리정
// met RI, Jong Chol); a family name of two and a given name of three are
// the most.
const (
	minHanjaName = 3
	maxHanjaName = 5
)

var hanja struct {
	once  sync.Once
	chars []rune // sorted
	read  []rune // read[i] is the syllable of chars[i]
}

func loadHanja() {
	n := utf8.RuneCountInString(hanjaReadings) / 2
	hanja.chars, hanja.read = make([]rune, 0, n), make([]rune, 0, n)
	for i, r := range []rune(hanjaReadings) {
		if i%2 == 0 {
			hanja.chars = append(hanja.chars, r)
		} else {
			hanja.read = append(hanja.read, r)
		}
	}
}

// hanjaSyllable returns the Korean reading of a Chinese character, or 0.
func hanjaSyllable(r rune) rune {
	hanja.once.Do(loadHanja)
	i := sort.Search(len(hanja.chars), func(i int) bool { return hanja.chars[i] >= r })
	if i < len(hanja.chars) && hanja.chars[i] == r {
		return hanja.read[i]
	}
	return 0
}

// hanjaReading returns a name in Chinese characters read as a Korean name
// in Hangul (金正恩 as 김정은, 崔 龍海 as 최 룡해), or "" when it is not one:
// when it holds anything but characters and spaces, is shorter than
// minHanjaName characters or longer than maxHanjaName, does not begin with
// a Korean family name, or holds a character Korean does not read.
func hanjaReading(name string) string {
	if !strings.ContainsFunc(name, isKanji) {
		return ""
	}
	name = strings.TrimSpace(foldKanji(name))
	var b strings.Builder
	n := 0
	for _, r := range name {
		switch {
		case r == ' ' || r == '\u3000':
			b.WriteByte(' ')
			continue
		case !isKanji(r):
			return ""
		}
		s := hanjaSyllable(r)
		if s == 0 {
			return ""
		}
		n++
		b.WriteRune(s)
	}
	if n < minHanjaName || n > maxHanjaName {
		return ""
	}
	rs := []rune(strings.ReplaceAll(name, " ", ""))
	if !hanjaSurnames[string(rs[:1])] && !hanjaSurnames[string(rs[:min(2, len(rs))])] {
		return ""
	}
	return b.String()
}
