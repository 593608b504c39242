package screen

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/sanctionscreen/ofac/sdn"
	"github.com/sanctionscreen/ofac/sdn/snapshot"
)

// Kanji are read as Japanese names from the embedded dictionary, most
// common reading first; a run the dictionary cannot cut into at most two
// names is not read.
func TestJapaneseReadings(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"後藤, 忠正", []string{"goto, tadamasa"}},
		// Cut into two names; イノウエ as passports write it and with the u.
		{"井上邦雄", []string{"inoe kunio", "inoue kunio"}},
		{"井\u200b上邦雄", []string{"inoe kunio", "inoue kunio"}}, // an invisible character
		{"⼭⼝組", []string{"yamaguchi gumi", "yamakuchi gumi"}}, // Kangxi radicals
		{"田中 洋一", []string{"tanaka yoichi", "tanaka youichi"}},
		{"竹内 照明", []string{"takeuchi teruaki", "takenochi teruaki"}},
		{"津田, 力", []string{"tsuda, tsutomu", "tsuda, chikara", "tsuda, riki"}},
		{"六代目山口組", []string{"rokudaime yamaguchi gumi", "rokudaime yamakuchi gumi"}},
		{"住吉会", []string{"sumiyoshi kai"}},
		{"森尾, 卯太男", nil}, // 卯太男 would be three names
		{"会", nil},       // no name
		{"Kunio Inoue", nil},
		{"", nil},
	} {
		if diff := cmp.Diff(tc.want, japaneseReadings(tc.in)); diff != "" {
			t.Errorf("%q: (-want +got)\n%s", tc.in, diff)
		}
	}
	// At most maxJapaneseReadings, however many readings the names have.
	if got := japaneseReadings("修 力 修"); len(got) != maxJapaneseReadings {
		t.Errorf("修 力 修: %d readings %q, want %d", len(got), got, maxJapaneseReadings)
	}
}

// A Japanese name in kanji finds its listed entry though the list writes
// it only in Latin letters, and the hit says how the kanji were read.
func TestScreenJapaneseNames(t *testing.T) {
	full, err := snapshot.SDN()
	if err != nil {
		t.Fatal(err)
	}
	// Without the list's own kanji for these parties.
	s, err := New(withoutHeldout(full, map[int][]string{
		16133: {"後藤, 忠正", "後藤, 忠政"},
		20381: {"井上, 邦雄"},
		24686: {"津田, 力"},
		24829: {"光安, 克明"},
	}))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		query string
		uid   int
	}{
		{"後藤忠正", 16133},   // GOTO, Tadamasa
		{"井上 邦雄", 20381},  // INOUE, Kunio
		{"津田, 力", 24686},  // TSUDA, Chikara: the second reading of 力
		{"光安克明", 24829},   // MITSUYASU, Katsuaki
		{"六代目山口組", 13071}, // YAMAGUCHI-GUMI
		{"工藤會", 16604},    // KUDO-KAI
	} {
		wantHitSaying(t, s, tc.query, tc.uid, "kanji read as Japanese names")
	}
}

// A Japanese reading with a word of one letter meets no firm: 李峰 read
// "i mine" met "Inaglinsky Mine".
func TestJapaneseLetterNoFirm(t *testing.T) {
	s := mustScreener(t)
	for _, h := range s.Name("李峰") {
		if h.Entry.Kind != sdn.Individual {
			t.Errorf("李峰: hit firm %q at %.3f %v", h.Matched, h.Score, h.Reasons)
		}
	}
}
