package screen

import "testing"

func TestWadeGilesReading(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Hsu Pin", "xu bin"},
		{"Hsiao-ping Yan", "xiao-bing yan"},
		{"Hsing-piao Shen", "xing-biao shen"},
		{"Chiang Ching-kuo", "jiang jing-guo"},
		{"Tsai Ing-wen", "zai Ing-wen"}, // ts read unaspirated; ing alone is no syllable
		{"Mao Tse-tung", "mao ze-dong"},
		{"Chou En-lai", ""}, // every word a syllable of pinyin too: not read
		{"Teng Hsiao-p'ing", "deng xiao-ping"},
		{"Li Chen-yu", ""},       // every word a syllable of pinyin
		{"Kim Jong Un", ""},      // Korean: no syllable of Wade–Giles is no pinyin
		{"Lee Fang Wei", ""},     // Lee is no syllable
		{"John Smith", ""},       // nothing to read
		{"Hsu Bin Ltd.", ""},     // a point is no letter of a name
		{"Nguyen Van Thanh", ""}, // Vietnamese
		{"Kuo Tai-chi", ""},
	} {
		if got := wadeGilesReading(tc.in); got != tc.want {
			t.Errorf("wadeGilesReading(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestWadeGilesNoAlloc checks that a name with nothing of Wade–Giles is
// ruled out without allocating.
func TestWadeGilesNoAlloc(t *testing.T) {
	for _, name := range []string{"Nicolas Maduro", "Vladimir Putin", "Mohammed Ali", "Zhang Wei"} {
		if a := testing.AllocsPerRun(100, func() { wadeGilesReading(name) }); a != 0 {
			t.Errorf("%q: %v allocations", name, a)
		}
	}
}
