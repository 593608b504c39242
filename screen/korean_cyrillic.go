package screen

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Russian writes Korean names by their sounds, a syllable a word (Ким Чен
// Ын for 김정은, KIM, Jong Un), in spellings that owe nothing to Russian
// names: read as Russian, Чен Ын is Chen Yn. cyrillicKoreanReadings reads
// such a name back into Hangul, so that it is matched as a name written in
// Hangul is. The spellings are those of the Kontsevich system and of the
// older habit it replaced (Чен and Чон for 정, Цой and Чхве for 최).

// cyrKoreanInitials are the spellings of a syllable's first consonant,
// longest first, with its index among Hangul's initials.
var cyrKoreanInitials = []struct {
	spell string
	ini   int
}{
	{"кх", 15}, {"тх", 16}, {"пх", 17}, {"чх", 14}, {"чж", 12}, {"дж", 12}, {"сс", 10}, {"кк", 1},
	{"к", 0}, {"г", 0}, {"н", 2}, {"т", 3}, {"д", 3}, {"р", 5}, {"л", 5}, {"м", 6},
	{"п", 7}, {"б", 7}, {"с", 9}, {"ш", 9}, {"ч", 12}, {"ц", 14}, {"х", 18},
}

// cyrKoreanVowels are the spellings of a syllable's vowel, longest first,
// with its index among Hangul's medials: ㅏ 0, ㅐ 1, ㅑ 2, ㅓ 4, ㅔ 5, ㅕ 6,
// ㅗ 8, ㅘ 9, ㅙ 10, ㅚ 11, ㅛ 12, ㅜ 13, ㅝ 14, ㅟ 16, ㅠ 17, ㅡ 18, ㅢ 19,
// ㅣ 20. An е closed by a consonant is ㅓ (Чен 정, Сен 성), open ㅔ (Се
// 세), and at the start of a word ㅕ (Ен 영).
var cyrKoreanVowels = []struct {
	spell string
	med   int
}{
	{"ый", 19}, {"вэ", 10}, {"ве", 11}, {"ва", 9}, {"во", 14}, {"ви", 16}, {"ой", 11},
	{"а", 0}, {"э", 1}, {"я", 2}, {"е", 5}, {"ё", 6}, {"о", 8}, {"у", 13}, {"ю", 17}, {"ы", 18}, {"и", 20},
}

// cyrKoreanFinals are the spellings of a final consonant, longest first,
// with its index among Hangul's finals. A final н is ㄴ or ㅇ, which
// Russian does not tell apart (Ын 은, Чен 정): cyrKoreanFinalN.
var cyrKoreanFinals = []struct {
	spell string
	fin   int
}{
	{"ль", 8}, {"к", 1}, {"н", cyrKoreanFinalN}, {"л", 8}, {"р", 8}, {"м", 16}, {"п", 17}, {"т", 19},
}

const cyrKoreanFinalN = -1

// cyrKoreanSurnames are Korean family names as Russian writes them: a
// name is read in Hangul only when its first word is one.
var cyrKoreanSurnames = wordSet(`ким ли ри пак пхак чхве цой чой чве чон чен чжон кан чо чжо
	юн чан чжан лим рим им хан о со сон син шин квон хван ан ю рю ню хон ко мун ян рян пэ пэк пек
	хо нам сим шим но ро ха мён мен хён хен ом тхэ тэ пхё пё ын ван кил сок тхак чха чу чжу ток
	кон пан чи ки ку сын хам пхи мин рём ём квак чжи ча у на чин чжин пён бён чхэ вон чхон ё до то
	ма ок юк ин`)

// maxCyrKoreanReadings bounds the readings of one name, each one more
// pass of the matcher: two for each final н, up to three of them.
const maxCyrKoreanReadings = 8

// cyrillicKoreanReadings returns name, a Korean name in Cyrillic, read in
// Hangul, one reading for each way of reading its final н's, or nil when
// name is not one: three or four words (a family name and a given name of
// two syllables or three, written apart or with hyphens), the first a
// Korean family name, each one syllable of Korean as Russian writes it.
// Two words are as often a Chinese name (Ли Ян, Ван Мин) or a Russian
// given name after a Korean family name (Ким Роман), whose syllables
// would meet other names.
func cyrillicKoreanReadings(name string) []string {
	sep := func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '-' || r == '.' || r == ';'
	}
	// Most queries are no such name: tell by the first word, without
	// allocating.
	first := strings.TrimLeftFunc(name, sep)
	if i := strings.IndexFunc(first, sep); i >= 0 {
		first = first[:i]
	}
	var buf [16]byte
	b := buf[:0]
	for _, r := range first {
		if !unicode.Is(unicode.Cyrillic, r) || len(b)+utf8.UTFMax > len(buf) {
			return nil
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	if !cyrKoreanSurnames[string(b)] {
		return nil
	}
	n, in := 0, false
	for _, r := range name {
		if sep(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	if n < 3 || n > 4 {
		return nil
	}
	words := strings.FieldsFunc(strings.ToLower(name), sep)
	sylls := make([][3]int, len(words)) // initial, medial, final
	ns := 0
	for i, w := range words {
		syl, rest, ok := cyrKoreanSyllable(w)
		if !ok || rest != "" {
			return nil
		}
		if syl[2] == cyrKoreanFinalN {
			ns++
		}
		sylls[i] = syl
	}
	ns = min(ns, 3) // the н's past the third are read as ㅇ alone
	var out []string
	for mask := 0; mask < 1<<ns; mask++ {
		var b strings.Builder
		k := 0
		for i, s := range sylls {
			if i > 0 {
				b.WriteByte(' ')
			}
			fin := s[2]
			if fin == cyrKoreanFinalN {
				fin = 21 // ㅇ
				if k < ns && mask&(1<<k) != 0 {
					fin = 4 // ㄴ
				}
				k++
			}
			b.WriteRune(rune(0xAC00 + (s[0]*21+s[1])*28 + fin))
		}
		out = append(out, b.String())
		if len(out) == maxCyrKoreanReadings {
			break
		}
	}
	return out
}

// cyrKoreanSyllable reads the syllable that begins w, a word: its initial,
// medial and final (cyrKoreanFinalN for a final н), and what follows it.
func cyrKoreanSyllable(w string) ([3]int, string, bool) {
	ini := 11 // ㅇ: no consonant
	for _, c := range cyrKoreanInitials {
		if strings.HasPrefix(w, c.spell) {
			ini, w = c.ini, w[len(c.spell):]
			break
		}
	}
	med := -1
	for _, v := range cyrKoreanVowels {
		if strings.HasPrefix(w, v.spell) {
			med, w = v.med, w[len(v.spell):]
			break
		}
	}
	if med < 0 {
		return [3]int{}, w, false
	}
	fin := 0
	for _, f := range cyrKoreanFinals {
		if strings.HasPrefix(w, f.spell) && !startsVowel(w[len(f.spell):]) {
			fin, w = f.fin, w[len(f.spell):]
			break
		}
	}
	if med == 5 { // е
		switch {
		case ini == 11:
			med = 6 // Ен 영
		case fin != 0:
			med = 4 // Чен 정
		}
	}
	return [3]int{ini, med, fin}, w, true
}

// startsVowel reports whether w begins with a Cyrillic vowel.
func startsVowel(w string) bool {
	for _, v := range cyrKoreanVowels {
		if strings.HasPrefix(w, v.spell) && !strings.HasPrefix(v.spell, "в") {
			return true
		}
	}
	return false
}
