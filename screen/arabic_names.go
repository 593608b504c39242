package screen

import (
	"slices"
	"strings"
)

// Arabic names built on عبد ("servant of") are written in as many ways as
// there are transliteration habits: "Abd al-Rahman", "Abdul Rahman",
// "Abdel Rahman", "Abdulrahman", "Abderrahmane", "Abdurrahman". As tokens
// they are one, two or three words, which neither an edit distance nor a
// join of two words bridges ("Abdulrahman Khalil" scored 0.42 against
// "KHALIL, Abd al-Rahman"). joinAbd writes each of them as one token,
// "abdal" + the name: "abdalrahman".

// abdArticles are the Arabic article as transliterations write it after
// "Abd", sun letters assimilated or not.
var abdArticles = map[string]bool{
	"al": true, "el": true, "ul": true, "ol": true, "il": true,
	"ar": true, "er": true, "ur": true, "as": true, "es": true, "us": true,
	"az": true, "ez": true, "uz": true, "an": true, "en": true, "un": true,
	"ad": true, "ed": true, "ud": true, "at": true, "et": true, "ut": true,
	"ash": true, "esh": true, "ush": true,
}

// abdHeads are the words that stand for "Abd" before an article written
// apart: "Abd al-Hadi", "Abdal al-Hadi", عبد الرحمن ("abad al rahmn").
var abdHeads = map[string]bool{
	"abd": true, "abad": true, "abdu": true, "abdul": true, "abdel": true, "abdal": true,
	"abdol": true, "abdoul": true,
}

// joinAbd rewrites the Abd-names of ts (see above) and returns ts,
// shortened where words were joined. A word "Abdul" or "Abdel" standing
// alone is left as it is: "Abdul Rahman" meets "abdalrahman" as two words
// written together, and "KARIM, Abdul" keeps its order-free match with
// "Abdul Karim".
func joinAbd(ts []string) []string {
	if !hasAbd(ts) {
		return ts
	}
	out := ts[:0]
	for i := 0; i < len(ts); i++ {
		t := ts[i]
		switch {
		case abdHeads[t] && i+2 < len(ts) && abdArticles[ts[i+1]] && len(ts[i+2]) >= 2:
			out = append(out, "abdal"+ts[i+2])
			i += 2
		case (t == "abd" || t == "abad") && i+1 < len(ts) && len(ts[i+1]) >= 5 && abdLinked(ts[i+1][:2]):
			// Abd Alrahman.
			out = append(out, "abdal"+ts[i+1][2:])
			i++
		default:
			out = append(out, canonicalAbd(t))
		}
	}
	return out
}

// abdLinked reports whether p is the article's vowel and l: "al", "el", "ul".
func abdLinked(p string) bool {
	return p == "al" || p == "el" || p == "ul" || p == "ol"
}

// canonicalAbd writes one word of seven letters or more that begins with
// Abd, a vowel and the article as "abdal" + the name: Abdulrahman,
// Abdelaziz, Abdallah, Abdoulaye; with the article's l taken by a sun
// letter, Abderrahmane, Abdussalam, Abdennour; with the article left out,
// Abdurahman. Other words are returned as they are.
func canonicalAbd(t string) string {
	if len(t) < 7 || t[0] != 'a' || t[1] != 'b' {
		return t
	}
	switch {
	case strings.HasPrefix(t, "abadal"):
		return "abdal" + t[6:] // عبدالرحمن reads "abadalrhmn"
	case strings.HasPrefix(t, "abdoul"):
		return "abdal" + t[6:]
	case t[2] != 'd' || !isVowel(t[3]) || t[3] == 'y':
		return t
	}
	switch c := t[4]; {
	case c == 'l':
		return "abdal" + t[5:]
	case strings.IndexByte("tdrzsn", c) < 0:
		return t
	case t[5] == c:
		return "abdal" + t[5:] // the sun letter doubled: abd-ur-rahman
	default:
		return "abdal" + t[4:] // abdu-rahman
	}
}

// hasAbd reports whether a token of ts begins with "ab": most names hold
// none, and joinAbd leaves them alone.
func hasAbd(ts []string) bool {
	for _, t := range ts {
		if len(t) >= 3 && t[0] == 'a' && t[1] == 'b' {
			return true
		}
	}
	return false
}

// Names built on الدين ("of the faith") are as varied: "Salah al-Din",
// "Salah ad-Din", "Salah Eddine", "Salahuddin", "Salaheddine". joinDin
// writes each as one token, the first word + "aldin": "salahaldin".

// dinArticles are the article before "Din" as transliterations write it.
var dinArticles = map[string]bool{
	"al": true, "el": true, "ul": true, "ol": true,
	"ad": true, "ed": true, "ud": true, "od": true, "id": true,
}

// dinWords are "Din" as a word of its own after the article.
var dinWords = map[string]bool{"din": true, "dine": true, "deen": true, "diin": true}

// dinSuffixes are the article and "Din" written as one, alone ("Salah
// Eddine") or at the end of the name ("Salahuddin"), longest first.
var dinSuffixes = []string{"eddine", "iddine", "uddine", "addine", "oddine", "uddeen", "eddeen", "aldine", "eldine", "aldin", "eldin", "uddin", "eddin", "addin", "oddin", "iddin", "uldin",
	"ideen", "udeen", "edeen"}

// minDinStem is the least length of the word before the article: shorter
// ones are names of their own ("Baldin", "Aladdin").
const minDinStem = 3

// joinDin rewrites the al-Din names of ts (see above) and returns ts,
// shortened where words were joined.
func joinDin(ts []string) []string {
	if !hasDin(ts) {
		return ts
	}
	out := ts[:0]
	for i := 0; i < len(ts); i++ {
		t := ts[i]
		switch {
		case len(t) >= minDinStem && i+2 < len(ts) && dinArticles[ts[i+1]] && dinWords[ts[i+2]]:
			out = append(out, t+"aldin") // Salah al-Din
			i += 2
		case len(t) >= minDinStem && i+1 < len(ts) && slices.Contains(dinSuffixes, ts[i+1]):
			out = append(out, t+"aldin") // Salah Eddine
			i++
		default:
			out = append(out, canonicalDin(t))
		}
	}
	return out
}

// canonicalDin writes a word that ends in the article and "Din"
// (Salahuddin, Noureddine) as the word before them + "aldin"; other words
// are returned as they are.
func canonicalDin(t string) string {
	if strings.HasSuffix(t, "abideen") {
		return t // Zayn al-Abidin: Abideen is no Din name
	}
	for _, suf := range dinSuffixes {
		if len(t) >= len(suf)+minDinStem && strings.HasSuffix(t, suf) {
			return t[:len(t)-len(suf)] + "aldin"
		}
	}
	// The article's vowel left out after a consonant: Nourddin,
	// Nasrddine (not Aladdin, whose d follows a vowel).
	for _, suf := range [...]string{"ddine", "ddin"} {
		if n := len(t) - len(suf); n >= minDinStem && strings.HasSuffix(t, suf) && !isVowel(t[n-1]) {
			return t[:n] + "aldin"
		}
	}
	return t
}

// hasDin reports whether a token of ts may be part of an al-Din name: one
// that ends in "din", "dine" or "deen".
func hasDin(ts []string) bool {
	for _, t := range ts {
		if strings.HasSuffix(t, "din") || strings.HasSuffix(t, "dine") || strings.HasSuffix(t, "deen") || t == "diin" {
			return true
		}
	}
	return false
}

// The Arabic article al- takes the sound of a "sun letter" that follows
// it, and many transliterations write it so: "Ash-Shabaab" for
// al-Shabaab, "Jabhat an-Nusra", "Ansar as-Sunna", "Hizb ut-Tahrir". The
// list writes al- nearly always. foldArticles writes the assimilated
// article as "al" where the next word begins with its consonant, as only
// the article does.

// sunArticles are the assimilated article as a word of its own. Ed and et
// are left out: "Ed Davis" is a man, "Dupont et Tissot" a firm.
var sunArticles = map[string]bool{
	"ad": true, "adh": true, "ar": true, "as": true, "ash": true, "at": true, "ath": true,
	"az": true, "an": true, "er": true, "es": true, "esh": true, "ez": true, "en": true,
	"ud": true, "ur": true, "ut": true, "uz": true, "ush": true, "un": true,
}

// foldArticles rewrites in ts, the tokens of name, each sunArticles word
// followed by a word of three letters or more that begins with its
// consonant as "al", and returns ts. A word of two letters must be joined
// to the next by a hyphen in name, as transliterations write the article:
// "An Nam Chol" and "AN, Nam Chol" are Korean, "As Sam" English. A pinyin
// syllable after it is not taken ("An-Ning"), nor a Vietnamese word with
// ng or nh.
func foldArticles(name string, ts []string) []string {
	var lower string
	for i := 0; i+1 < len(ts); i++ {
		a, next := ts[i], ts[i+1]
		if !sunArticles[a] || len(next) < 3 || !strings.HasPrefix(next, a[1:]) || isPinyin(next) {
			continue
		}
		if a[1] == 'n' && len(next) >= 2 && (next[1] == 'g' || next[1] == 'h') {
			continue // Vietnamese: "An Nguyen", "An Nhu"
		}
		if len(a) == 2 {
			if lower == "" {
				lower = strings.ToLower(name)
			}
			if !hyphened(lower, a, next[:2]) {
				continue
			}
		}
		ts[i] = "al"
	}
	return ts
}

// hyphened reports whether lower holds the word a joined by a hyphen to a
// word that begins with next.
func hyphened(lower, a, next string) bool {
	for off := 0; ; {
		j := strings.Index(lower[off:], a+"-"+next)
		if j < 0 {
			return false
		}
		j += off
		if j == 0 || !isLetterByte(lower[j-1]) {
			return true
		}
		off = j + 1
	}
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 0x80 }
