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
	case r == '曾':
		// The surname Zeng (曾庆红 Zeng Qinghong), where Unihan gives the
		// ceng of the word for "once".
		return append(dst, "zeng"...)
	}
	if s := hanziReading(r); s != "" {
		return append(dst, s...)
	}
	return appendFallback(dst, r)
}

// hanPhrases are words whose characters read otherwise than alone, as
// Unihan's one reading per character gives them: mostly the names of
// cities and firms that the list writes in pinyin (重庆 CHONGQING, not
// Zhongqing; 成都 CHENGDU, not Chengdou; 厦门 XIAMEN; 长沙 CHANGSHA; 延长
// YANCHANG), and 银行 yinhang, bank. Each is read a syllable a token, as
// any run of characters is.
var hanPhrases = map[string][]string{
	"重庆": {"chong", "qing"}, "重慶": {"chong", "qing"},
	"厦门": {"xia", "men"}, "廈門": {"xia", "men"},
	"成都": {"cheng", "du"}, "首都": {"shou", "du"}, "京都": {"jing", "du"},
	"都江堰": {"du", "jiang", "yan"}, "江都": {"jiang", "du"}, "丰都": {"feng", "du"}, "豐都": {"feng", "du"},
	"长沙": {"chang", "sha"}, "長沙": {"chang", "sha"},
	"长春": {"chang", "chun"}, "長春": {"chang", "chun"},
	"长安": {"chang", "an"}, "長安": {"chang", "an"},
	"长城": {"chang", "cheng"}, "長城": {"chang", "cheng"},
	"长江": {"chang", "jiang"}, "長江": {"chang", "jiang"},
	"长光": {"chang", "guang"}, "長光": {"chang", "guang"},
	"长庆": {"chang", "qing"}, "長慶": {"chang", "qing"},
	"长治": {"chang", "zhi"}, "長治": {"chang", "zhi"},
	"长征": {"chang", "zheng"}, "長征": {"chang", "zheng"},
	"延长": {"yan", "chang"}, "延長": {"yan", "chang"},
	"西藏": {"xi", "zang"},
	"银行": {"yin", "hang"}, "銀行": {"yin", "hang"},
	"乐清": {"yue", "qing"}, "樂清": {"yue", "qing"},
	"蚌埠": {"beng", "bu"},
	"六安": {"lu", "an"},
}

// maxHanPhrase is the longest phrase of hanPhrases, in characters.
const maxHanPhrase = 3

// hanPhrase returns the readings of the phrase of hanPhrases that w
// begins with, and its length in characters; 0 when none.
func hanPhrase(w []rune) ([]string, int) {
	if len(w) < 2 {
		return nil, 0
	}
	for k := min(maxHanPhrase, len(w)); k >= 2; k-- {
		if r, ok := hanPhrases[string(w[:k])]; ok {
			return r, k
		}
	}
	return nil, 0
}
