package screen

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"slices"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

//go:generate go run ./internal/gen/kanjinames -dir /tmp/ipa/package/lib/dict -out japanese_names.txt.gz

// Japanese names are written in kanji that Chinese reads otherwise: 井上
// 邦雄 is INOUE, Kunio, not Jing Shang Bang Xiong, and nothing in the
// characters says which reading a name takes. japaneseNamesGz holds the
// family and given names of IPADIC with their readings (screen/internal/
// gen/kanjinames says where they come from), so that a query in kanji is
// also read as Japanese names.
//
//go:embed japanese_names.txt.gz
var japaneseNamesGz []byte

// maxJapaneseReadings bounds the Japanese readings of one query, each an
// extra pass of the matcher: most names have one reading, a few two or
// three (力: Tsutomu, Chikara, Riki).
const maxJapaneseReadings = 4

// maxKanjiName is the longest name in kanji that segmentation tries.
const maxKanjiName = 5

// japaneseWords are the words, other than names, of the names of Japanese
// firms and gangs the list holds (山口組 YAMAGUCHI-GUMI, 住吉会
// SUMIYOSHI-KAI, 六代目山口組 ROKUDAIME YAMAGUCHI-GUMI, 株式会社 K.K.):
// the kind of body and the generation of its leadership, with their
// readings.
var japaneseWords = map[string][]string{
	"組": {"gumi"}, "会": {"kai"}, "會": {"kai"}, "一家": {"ikka"}, "連合": {"rengo"}, "聯合": {"rengo"},
	"初代": {"shodai"}, "二代目": {"nidaime"}, "三代目": {"sandaime"}, "四代目": {"yondaime"},
	"五代目": {"godaime"}, "六代目": {"rokudaime"}, "七代目": {"nanadaime"}, "八代目": {"hachidaime"},
	"株式会社": {"kabushiki kaisha"}, "有限会社": {"yugen kaisha"}, "合同会社": {"godo kaisha"},
}

var japanese struct {
	once  sync.Once
	names map[string][]string // kanji → readings in Latin letters, most common first
	err   error
}

// loadJapanese reads the embedded names, once, when a query first holds
// kanji.
func loadJapanese() {
	zr, err := gzip.NewReader(bytes.NewReader(japaneseNamesGz))
	if err != nil {
		japanese.err = err
		return
	}
	names := make(map[string][]string, 1<<15)
	sc := bufio.NewScanner(zr)
	var buf []byte
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		surface, rest, ok1 := strings.Cut(line, "\t")
		_, kana, ok2 := strings.Cut(rest, "\t")
		if !ok1 || !ok2 {
			continue
		}
		var rs []string
		for _, k := range strings.Split(kana, ",") {
			// Each reading as passports write it (イノウエ INOE, コウイチ
			// KOICHI), and, where the kana cannot tell a long o from o +
			// u, with the u too (INOUE).
			for _, keepU := range [...]bool{false, true} {
				buf = appendKanaU(buf[:0], []rune(k), keepU)
				if r := string(buf); r != "" && !slices.Contains(rs, r) {
					rs = append(rs, r)
				}
			}
		}
		if len(rs) > 0 {
			names[surface] = rs
		}
	}
	if err := sc.Err(); err != nil {
		japanese.err = err
		return
	}
	japanese.names = names
}

// japaneseReadings returns name with every run of kanji read as Japanese
// names, one Latin word per name ("後藤, 忠正" → "goto, tadamasa"), for
// at most maxJapaneseReadings choices of readings, the most common first.
// It returns nil when name holds no kanji, or a run of kanji that is not
// made of names the dictionary knows: such a name is left to the Chinese
// reading.
func japaneseReadings(name string) []string {
	if !strings.ContainsFunc(name, isKanji) {
		return nil
	}
	name = foldKanji(name)
	japanese.once.Do(loadJapanese)
	if japanese.err != nil {
		return nil
	}
	// name as pieces: the text between kanji runs as it is, and each
	// name of a kanji run as its readings.
	var pieces [][]string
	rs := []rune(name)
	for i := 0; i < len(rs); {
		j := i
		kanji := isKanji(rs[i])
		for j < len(rs) && isKanji(rs[j]) == kanji {
			j++
		}
		if !kanji {
			pieces = append(pieces, []string{string(rs[i:j])})
		} else {
			names, n := segmentKanji(rs[i:j])
			if names == nil || n == 0 || n > 2 {
				// A run of three names or more is a cut of a name the
				// dictionary lacks into pieces (卯太男: 卯 | 太 | 男);
				// one of no name (会, 株式会社) is not a name.
				return nil
			}
			for k, n := range names {
				if k > 0 {
					pieces = append(pieces, []string{" "})
				}
				pieces = append(pieces, n)
			}
		}
		i = j
	}
	// Choices of readings by the sum of the ranks of the readings they
	// take, least first: every name's first reading, then one name's
	// second, and so on.
	maxRank := 0
	for _, p := range pieces {
		maxRank += len(p) - 1
	}
	var out []string
	choice := make([]int, len(pieces))
	var b strings.Builder
	var walk func(k, left int)
	walk = func(k, left int) {
		if len(out) == maxJapaneseReadings {
			return
		}
		if k == len(pieces) {
			if left == 0 {
				b.Reset()
				for i, p := range pieces {
					b.WriteString(p[choice[i]])
				}
				out = append(out, b.String())
			}
			return
		}
		for r := 0; r < len(pieces[k]) && r <= left; r++ {
			choice[k] = r
			walk(k+1, left-r)
		}
	}
	for rank := 0; rank <= maxRank && len(out) < maxJapaneseReadings; rank++ {
		walk(0, rank)
	}
	return out
}

// foldKanji reads name as normalize.go reads names before the readings of
// its characters are looked up: invisible characters dropped, and
// compatibility forms folded (the Kangxi radical ⼭ is 山).
func foldKanji(name string) string {
	return norm.NFKC.String(strings.Map(func(r rune) rune {
		if isIgnorable(r) {
			return -1
		}
		return r
	}, name))
}

// segmentKanji cuts a run of kanji into the fewest names the dictionary
// knows and japaneseWords, and returns the readings of each, and how many
// are names; nil when it cannot.
func segmentKanji(run []rune) ([][]string, int) {
	lookup := func(s string) ([]string, bool) {
		if r, ok := japaneseWords[s]; ok {
			return r, false
		}
		r := japanese.names[s]
		return r, r != nil
	}
	n := len(run)
	// best[i]: fewest pieces that make run[:i], -1 if none; from[i]:
	// where the last of them begins. Of two cuts with as few pieces, the
	// one whose last piece is longer wins (井上邦雄: 井上 | 邦雄).
	best := make([]int, n+1)
	from := make([]int, n+1)
	for i := 1; i <= n; i++ {
		best[i] = -1
		for j := max(0, i-maxKanjiName); j < i; j++ {
			if best[j] < 0 {
				continue
			}
			if r, _ := lookup(string(run[j:i])); r == nil {
				continue
			}
			if best[i] < 0 || best[j]+1 < best[i] {
				best[i], from[i] = best[j]+1, j
			}
		}
	}
	if best[n] < 0 {
		return nil, 0
	}
	out := make([][]string, best[n])
	names := 0
	for i, k := n, best[n]-1; i > 0; i, k = from[i], k-1 {
		r, name := lookup(string(run[from[i]:i]))
		out[k] = r
		if name {
			names++
		}
	}
	return out, names
}

// isKanji reports whether r is a Han ideograph (or the iteration mark 々).
func isKanji(r rune) bool { return unicode.Is(unicode.Han, r) }
