package screen

import "strings"

// Wade–Giles. Taiwan's passports and the press before pinyin write
// Chinese names in Wade–Giles, the list in pinyin: 許斌 is Hsu Pin to the
// one and XU, Bin to the other, 蕭平 Hsiao-ping and Xiaoping. Wade–Giles
// marks the aspirated consonants with an apostrophe (p' for pinyin p, p
// for pinyin b), which payees drop; read without it, p is taken for b, t
// for d, k for g, ch for zh (j before i and ü), ts for z, as names use
// the unaspirated ones more.

// wadeGilesReading returns name with each word that is a syllable of
// Wade–Giles written in pinyin, when one of them at least is no syllable
// of pinyin itself ("Hsu", "Chiang", "Tsai"): "Hsu Pin" is "xu bin",
// "Chiang Ching-kuo" "jiang jing-guo". It returns "" when no word is such a
// syllable, or when name holds other than ASCII letters, spaces, hyphens,
// commas and apostrophes.
func wadeGilesReading(name string) string {
	if !mayBeWadeGiles(name) {
		return ""
	}
	marked, changed := false, false
	var b strings.Builder
	word := func(w string) {
		if p, written, ok := wadeGilesSyllable(w); ok {
			marked = marked || !isPinyin(written)
			changed = changed || p != written
			b.WriteString(p)
			return
		}
		b.WriteString(w)
	}
	start := -1
	for i := 0; i <= len(name); i++ {
		if i < len(name) {
			c := name[i]
			if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '\'' {
				if start < 0 {
					start = i
				}
				continue
			}
			if c >= 0x80 {
				if !strings.HasPrefix(name[i:], "’") {
					return ""
				}
				if start < 0 {
					start = i
				}
				i += len("’") - 1
				continue
			}
			if c != ' ' && c != '-' && c != ',' {
				return ""
			}
		}
		if start >= 0 {
			word(name[start:i])
			start = -1
		}
		if i < len(name) {
			b.WriteByte(name[i])
		}
	}
	if !marked || !changed {
		return ""
	}
	return b.String()
}

// wadeGilesInitials are the initials of Wade–Giles, longest first.
var wadeGilesInitials = []string{"ch", "hs", "ts", "tz", "ss", "sz", "sh", "p", "t", "k", "j", "m", "f", "n", "l", "h", "s", "y", "w"}

// wadeGilesFinals are its finals, with their pinyin.
var wadeGilesFinals = map[string]string{
	"a": "a", "ai": "ai", "an": "an", "ang": "ang", "ao": "ao", "e": "e", "ei": "ei", "en": "en", "eng": "eng",
	"erh": "er", "i": "i", "ia": "ia", "iang": "iang", "iao": "iao", "ieh": "ie", "ien": "ian", "ih": "i",
	"in": "in", "ing": "ing", "iu": "iu", "iung": "iong", "o": "o", "ou": "ou", "u": "u", "ua": "ua",
	"uai": "uai", "uan": "uan", "uang": "uang", "ui": "ui", "uei": "ui", "un": "un", "ung": "ong", "uo": "uo",
	"ueh": "ue", "eh": "e",
}

// wadeGilesBare are the finals a syllable may be without an initial.
var wadeGilesBare = map[string]bool{"a": true, "ai": true, "an": true, "ang": true, "ao": true, "e": true,
	"en": true, "eng": true, "erh": true, "o": true, "ou": true}

// wadeGilesSyllable returns the pinyin of w, one syllable of Wade–Giles
// in any letter case, with or without the apostrophe of an aspirate, and
// w as written in lower case without the apostrophe.
func wadeGilesSyllable(w string) (pinyin, written string, ok bool) {
	s := strings.ToLower(w)
	aspirated := strings.ContainsRune(s, '\'') || strings.ContainsRune(s, '’')
	s = strings.ReplaceAll(strings.ReplaceAll(s, "'", ""), "’", "")
	if len(s) == 0 || len(s) > 6 {
		return "", "", false
	}
	initial := ""
	for _, in := range wadeGilesInitials {
		if strings.HasPrefix(s, in) {
			initial = in
			break
		}
	}
	final := s[len(initial):]
	p, ok := wadeGilesFinals[final]
	if !ok || initial == "" && !wadeGilesBare[final] {
		return "", "", false
	}
	palatal := final[0] == 'i' && final != "ih" // ch, ts before i are j, q
	orig := initial
	switch initial {
	case "p":
		initial = pick(aspirated, "p", "b")
	case "t":
		initial = pick(aspirated, "t", "d")
	case "k":
		initial = pick(aspirated, "k", "g")
	case "ch":
		if palatal {
			initial = pick(aspirated, "q", "j")
		} else {
			initial = pick(aspirated, "ch", "zh")
		}
	case "ts", "tz":
		initial = pick(aspirated, "c", "z")
	case "hs":
		if !palatal && final != "u" && final != "uan" && final != "un" && final != "ueh" {
			return "", "", false // hs is only before i and ü
		}
		initial = "x"
	case "j":
		initial = "r"
	case "ss", "sz":
		initial = "s"
	}
	switch {
	case final == "ih" && orig != "ch" && orig != "sh" && orig != "j":
		return "", "", false // ih is only after ch, sh and j
	case final == "u" && (orig == "tz" || orig == "ts" || orig == "ss" || orig == "sz"):
		p = "i" // tzu zi, tz'u ci, ssu si
	case final == "o" && (orig == "k" || orig == "h"):
		p = "e" // ko ge, k'o ke, ho he
	case final == "eh" && orig != "y":
		return "", "", false
	}
	return initial + p, s, true
}

func pick(cond bool, a, b string) string {
	if cond {
		return a
	}
	return b
}

// mayBeWadeGiles reports, without allocating, whether name holds what a
// syllable of Wade–Giles that is no pinyin holds: hs, ts, tz, ss or sz
// beginning a word, an apostrophe, ung, ieh, ueh, uei, erh, ih or ch
// before i (pinyin writes zhong, jie, xue, gui, er, zhi, ji).
func mayBeWadeGiles(name string) bool {
	lower := func(i int) byte {
		if i >= len(name) {
			return 0
		}
		c := name[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		return c
	}
	for i := 0; i < len(name); i++ {
		c, d, e := lower(i), lower(i+1), lower(i+2)
		switch {
		case c == '\'' || c == 0xe2: // ' or the first byte of ’
			return true
		case (i == 0 || name[i-1] == ' ' || name[i-1] == '-' || name[i-1] == ',') &&
			(d == 's' && (c == 'h' || c == 't' || c == 's') || c == 't' && d == 'z' || c == 's' && d == 'z'):
			return true // an initial: a syllable's, so a word's
		case c == 'u' && d == 'n' && e == 'g', c == 'i' && d == 'e' && e == 'h', c == 'u' && d == 'e' && (e == 'h' || e == 'i'),
			c == 'e' && d == 'r' && e == 'h', c == 'c' && d == 'h' && e == 'i':
			return true
		case c == 'i' && d == 'h' && (e == 0 || e == ' ' || e == '-' || e == ','):
			return true
		}
	}
	return false
}
