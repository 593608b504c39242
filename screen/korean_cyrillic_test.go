package screen

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sanctionscreen/ofac/sdn/snapshot"
)

func TestCyrillicKoreanReadings(t *testing.T) {
	for _, tc := range []struct {
		name string
		want string // one of the readings; "" for none
	}{
		{"Ким Чен Ын", "김 정 은"},   // е closed: ㅓ; н: ㅇ, then ㄴ
		{"Ким Ир Сен", "김 일 성"},   // р final: ㄹ
		{"Ким Ё Чжон", "김 여 종"},   // чж: ㅈ
		{"Чхве Рён Хэ", "최 령 해"},  // чх: ㅊ; ве: ㅚ; э: ㅐ
		{"Цой Рён Хэ", "최 령 해"},   // the older spelling of 최
		{"Ли Бён Чхоль", "리 병 촐"}, // ль: ㄹ
		{"Ким Ен Чер", "김 영 절"},   // е first in a word: ㅕ
		{"Чо Ён Вон", "조 영 원"},    // во: ㅝ
		{"Ким, Чен-Ын", "김 정 은"},  // comma and hyphen
		{"Ким Сергей", ""},        // a Russian given name
		{"Пак Олег", ""},
		{"Иванов Иван", ""}, // no Korean family name
		{"Ким", ""},         // one word
		{"Kim Jong Un", ""}, // no Cyrillic
		{"", ""},
	} {
		got := cyrillicKoreanReadings(tc.name)
		if tc.want == "" && got != nil || tc.want != "" && !slices.Contains(got, tc.want) {
			t.Errorf("cyrillicKoreanReadings(%q) = %q, want one %q", tc.name, got, tc.want)
		}
	}
	// A final н is read both ways, at most maxCyrKoreanReadings in all.
	if got := cyrillicKoreanReadings("Ким Чен Ын"); len(got) != 4 {
		t.Errorf("Ким Чен Ын: %d readings %q, want 4", len(got), got)
	}
	if got := cyrillicKoreanReadings("Пан Сон Нам Хён"); len(got) != maxCyrKoreanReadings {
		t.Errorf("four final н: %d readings, want %d", len(got), maxCyrKoreanReadings)
	}
	// Every query is asked: one that is no Korean name costs no
	// allocation, in either reader.
	for _, q := range []string{"Nicolas Maduro", "Путин Владимир Владимирович", "ПУТИН", "Ким", "الزمر", "習近平", "Ким Сергей"} {
		if n := testing.AllocsPerRun(100, func() { cyrillicKoreanReadings(q) }); n > 0 {
			t.Errorf("cyrillicKoreanReadings(%q) allocates %v times", q, n)
		}
		if n := testing.AllocsPerRun(100, func() { hanjaReading(q) }); n > 0 && !strings.ContainsFunc(q, isKanji) {
			t.Errorf("hanjaReading(%q) allocates %v times", q, n)
		}
	}
}

// A Korean name in Russian Cyrillic finds the list's romanisation, and
// the hit says how it was read.
func TestScreenCyrillicKoreanNames(t *testing.T) {
	full, err := snapshot.SDN()
	if err != nil {
		t.Fatal(err)
	}
	// Without the list's own Hangul for O, In Chun.
	s, err := New(withoutHeldout(full, map[int][]string{48268: {"오, 인 준"}}))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		query string
		uid   int
	}{
		{"Ким Чен Ын", 20157},    // KIM, Jong Un
		{"Ким Ё Чжон", 21444},    // KIM, Yo Jong
		{"Чхве Рён Хэ", 23213},   // CHOE, Ryong Hae
		{"Цой Рён Хэ", 23213},    // the same, the older spelling
		{"Ли Бён Чхоль", 23215},  // RI, Pyong Chol
		{"Ким Ен Чер", 12211},    // KIM, Yong Chol
		{"Чо Ён Вон", 21303},     // JO, Yong Won
		{"Пак Чжон Чхон", 52117}, // PAK, Jong Chon
	} {
		wantHitSaying(t, s, tc.query, tc.uid, "Cyrillic read as a Korean name")
	}
	// O, In Chun is found by the Russian reading as well, which scores
	// more than the Korean one (koreanReadingFactor).
	if hits := s.Name("О Ин Чжун"); topUID(hits) != 48268 {
		t.Errorf("О Ин Чжун: top hit %d, want O, In Chun (48268)", topUID(hits))
	}
}

// Names in Chinese characters or in Cyrillic that are not Korean, or are
// Korean but not listed, hit nothing: neither Chinese names of two
// characters, nor three that the Korean reading would pair out of order,
// nor Chinese names in Russian spelling, nor Russian given names after a
// Korean family name.
func TestKoreanReadingsNoFalseAlarms(t *testing.T) {
	s := mustScreener(t)
	for _, q := range []string{
		"李婷", "李平", "王倩", "王海燕", "罗伟", "高明", "张成", "金子", "南京", "南京银行",
		"许元莉", "宋男强", "阿里", "阿木",
		"Ван Цян", "Ли Ян", "Ли Ли", "Ян Чэн", "Чжан Пин", "Ван Мин", "Хан Мин",
		"Ким Роман", "Кан Роман", "Кан Алан", "Ан Дина", "Сон Ада", "Ко Иван",
	} {
		if hits := s.Name(q); len(hits) > 0 {
			t.Errorf("%q hits %s at %.3f: %v", q, hits[0].Entry.Name, hits[0].Score, hits[0].Reasons)
		}
	}
}

func FuzzKoreanReadings(f *testing.F) {
	for _, s := range []string{"Ким Чен Ын", "Чхве Рён Хэ", "金正恩", "崔龙海", "Пан Сон Нам Хён", "Ли Ёёёё"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		rs := cyrillicKoreanReadings(name)
		if len(rs) > maxCyrKoreanReadings {
			t.Errorf("%q: %d readings", name, len(rs))
		}
		if h := hanjaReading(name); h != "" {
			rs = append(rs, h)
		}
		for _, r := range rs {
			if !utf8.ValidString(r) {
				t.Errorf("%q read as invalid UTF-8 %q", name, r)
			}
			for _, c := range r {
				if c != ' ' && (c < 0xAC00 || c > 0xD7A3) {
					t.Errorf("%q read as %q, which holds %q, no Hangul syllable", name, r, c)
				}
			}
		}
	})
}
