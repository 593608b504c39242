package screen

import (
	"strings"
	"testing"

	"github.com/sanctionscreen/ofac/sdn/snapshot"
)

func TestHanjaReading(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"金正恩", "김정은"},
		{"金 正恩", "김 정은"},
		{"崔龍海", "최룡해"}, // 龍 before the initial-sound rule: Ryong
		{"崔龙海", "최룡해"}, // simplified, as Chinese writes it
		{"李炳哲", "리병철"}, // 李 is Ri, as North Korea writes it
		{"盧光哲", "로광철"}, // kHangul gives 노 and 로: the one before the rule
		{"朴成北", "박성북"}, // the usual reading (E), not the first (배)
		{"葉永哲", "엽영철"}, // a family name's own reading
		{"趙甬元", "조용원"},
		{"南宮民", "남궁민"},      // a family name of two characters
		{"翦天娇", ""},         // no Korean family name
		{"金", ""},           // one character
		{"李婷", ""},          // two: as often a Chinese name
		{"金正恩Kim", ""},      // not all characters
		{"北京正宇兴科技有限公司", ""}, // too long for a name
		{"", ""},
	} {
		if got := hanjaReading(tc.name); got != tc.want {
			t.Errorf("hanjaReading(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// Every family name that lets a name be read in Hangul has a reading.
func TestHanjaSurnamesRead(t *testing.T) {
	for s := range hanjaSurnames {
		for _, r := range s {
			if hanjaSyllable(r) == 0 {
				t.Errorf("family name %q: no Korean reading of %q", s, r)
			}
		}
	}
}

// A Korean name in Chinese characters finds the listed romanisation of
// the name: the reading agrees with the list's own Hangul where the list
// gives it, and the hit says how it was read.
func TestScreenHanjaNames(t *testing.T) {
	full, err := snapshot.SDN()
	if err != nil {
		t.Fatal(err)
	}
	// Without the list's own Hangul for PAK, Jong Chon, so that the
	// match is made with the romanisation.
	const pak = 52117
	var hangul string
	for _, e := range full.Entries {
		if e.UID != pak {
			continue
		}
		for _, a := range e.Aliases {
			if a.Script == "Kore" || a.Script == "Hang" {
				hangul = a.Name
			}
		}
	}
	if got := hanjaReading("朴正天"); hangul == "" || got != strings.NewReplacer(",", "", " ", "").Replace(hangul) {
		t.Errorf("朴正天 reads %q; the list writes PAK, Jong Chon %q", got, hangul)
	}
	s, err := New(withoutHeldout(full, map[int][]string{pak: {hangul}}))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		query string
		uid   int
	}{
		{"金正恩", 20157}, // KIM, Jong Un
		{"金与正", 21444}, // KIM, Yo Jong, simplified
		{"崔龍海", 23213}, // CHOE, Ryong Hae
		{"崔龙海", 23213}, // simplified
		{"李炳哲", 23215}, // RI, Pyong Chol
		{"趙甬元", 21303}, // JO, Yong Won
		{"朴正天", pak},   // PAK, Jong Chon
	} {
		wantHitSaying(t, s, tc.query, tc.uid, "Chinese characters read as a Korean name")
	}
}

// In a name written in Hangul or Han, a syllable of one letter is a
// syllable, not an initial: it costs the listed name that lacks it as
// much as any other, and weighs as much where it matches.
func TestOneLetterSyllables(t *testing.T) {
	s := mustScreener(t)
	for _, q := range []string{"방소우", "方笑愚"} { // Pang So U
		for _, h := range s.Name(q) {
			if h.Entry.UID == 22984 { // PANG, So-nam
				t.Errorf("%q hits PANG, So-nam at %.3f", q, h.Score)
			}
		}
	}
	// O, In Chun, whose family name is one letter, without the list's
	// Hangul.
	full, err := snapshot.SDN()
	if err != nil {
		t.Fatal(err)
	}
	w, err := New(withoutHeldout(full, map[int][]string{48268: {"오, 인 준"}}))
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"오인준", "오, 인 준"} {
		if hits := w.Name(q); topUID(hits) != 48268 {
			t.Errorf("%q: top hit %d, want O, In Chun (48268)", q, topUID(hits))
		}
	}
}
