package screen

import (
	"strconv"
	"strings"
	"time"
	"unicode"
)

// A birth date or place written after a name, as KYC records, payee lines
// and French, Spanish, German and Russian papers give them ("Nabil Sayadi
// DOB 01/01/1966", "M. Nabil Sayadi, né le 01/01/1966 à Tripoli", "Ivan
// Petrov, born 12.03.1965 in Omsk", "Петров Иван, 1965 г.р."), is no word
// of the name. cutBirth leaves the clause out, and Screen reads its year
// as the query's birth date when the query gives none.

// birthCues begin a clause of a birth date, in any letter case, with or
// without a colon after them. Each must be followed by a date (a word with
// a digit) within maxBirthGap words, or by "in", "à", "en" or "a" and a
// place: "Born" is a word of names elsewhere.
var birthCues = wordSet(`dob d.o.b d.o.b. yob born né née geb. geboren nacido nacida nac. nascido nascida
	birthdate geburtsdatum`)

// birthPhrases are the cues of more than one word, and pobPhrases those of
// a place of birth alone, which need a place's name, not a number, after
// them.
var (
	birthPhrases = [][]string{
		{"date", "of", "birth"}, {"birth", "date"}, {"date", "de", "naissance"}, {"fecha", "de", "nacimiento"},
		{"data", "de", "nascimento"}, {"data", "di", "nascita"}, {"year", "of", "birth"},
		{"ne", "le"}, {"nee", "le"}, {"ne", "en"}, {"nee", "en"},
	}
	pobPhrases = [][]string{{"pob"}, {"place", "of", "birth"}, {"lieu", "de", "naissance"}, {"lugar", "de", "nacimiento"}}
)

// maidenCues are the birth cues that also begin a maiden name ("née
// AL-ASSAD le 24 octobre 1960", "geb. Schmidt am 3.5.1970"), and
// dateWords the words that begin the date after it.
var (
	maidenCues = wordSet(`née nee geb. born`)
	dateWords  = wordSet(`le en am on in el à`)
)

// birthEnds are the words that end a birth clause and go on with the
// name's other names ("..., né le 1 juin 1972, dit Laaouar").
var birthEnds = wordSet(`aka a.k.a. a/k/a a.k.a alias dit dite fka f.k.a. f/k/a dba d/b/a formerly`)

// maxBirthGap is how many words after a birth cue its date may begin
// ("né le 1er juin 1972": le, 1er).
const maxBirthGap = 3

// cutBirth returns name without the clause of a birth date or place that
// follows it, the clause as written, and the year of birth it gives, or
// the whole date where it is written year first ("1966-01-01"); a date
// written day and month first is read for its year alone, since either
// may come first. ok is false when name holds no such clause after a
// word of the name.
func cutBirth(name string) (rest, clause, date string, ok bool) {
	if !mayHoldBirth(name) {
		return "", "", "", false
	}
	words := strings.Fields(name)
	low := make([]string, len(words))
	for i, w := range words {
		low[i] = birthWord(w)
	}
	start, end := -1, -1
	placeOnly := false
	letter := false // a word before words[i] holds a letter
	for i := 1; i < len(words) && start < 0; i++ {
		letter = letter || hasLetter(words[i-1])
		if !letter {
			continue
		}
		// "1965 г.р.", as Russian papers write a year of birth: the
		// date first.
		if (low[i] == "г.р." || low[i] == "г.р" || low[i] == "гр") && i >= 2 && hasDigit(low[i-1]) {
			start, end = i-1, i+1
			break
		}
		n, dated := birthCue(low[i:])
		if n == 0 {
			continue
		}
		j := i + n
		if maidenCues[low[i]] && j < len(words) && !hasDigit(low[j]) && !dateWords[low[j]] {
			// "CHAOUKAT née AL-ASSAD le 24 octobre 1960": the maiden
			// name is a name; the clause begins after it.
			for k := j + 1; k < len(words) && k <= j+maxBirthGap; k++ {
				if hasDigit(low[k]) || dateWords[low[k]] {
					if k+1 < len(words) && (hasDigit(low[k]) || hasDigit(low[k+1]) || k+2 < len(words) && hasDigit(low[k+2])) {
						start = k
					}
					break
				}
			}
			continue
		}
		if !dated {
			// A place's name: "POB 2004 Lahore" is a post office box.
			if j < len(words) && hasLetter(low[j]) && !hasDigit(low[j]) {
				start, placeOnly = i, true
			}
			continue
		}
		switch {
		case j < len(words) && (low[j] == "in" || low[j] == "à" || low[j] == "a" || low[j] == "en") && j+1 < len(words) && !hasDigit(low[j+1]):
			start = i // born in Omsk
		default:
			for k := j; k < len(words) && k <= j+maxBirthGap; k++ {
				if hasDigit(low[k]) {
					start = i
					break
				}
			}
		}
	}
	if start < 0 {
		return "", "", "", false
	}
	if end < 0 {
		end = len(words)
		for k := start + 1; k < len(words); k++ {
			if birthEnds[low[k]] {
				end = k
				break
			}
		}
	}
	kept := append(append([]string(nil), words[:start]...), words[end:]...)
	kept[start-1] = strings.TrimRight(kept[start-1], ",;:")
	rest = strings.TrimRight(strings.Join(kept, " "), " ,;:")
	if !hasLetter(rest) {
		return "", "", "", false
	}
	if !placeOnly {
		date = birthYear(words[start:end]) // a place's numbers are no year
	}
	return rest, strings.TrimRight(strings.Join(words[start:end], " "), " ,;"), date, true
}

// birthCue returns how many of ws make a birth cue at their head (0 for
// none), and whether a date must follow it.
func birthCue(ws []string) (n int, dated bool) {
	if birthCues[ws[0]] {
		return 1, true
	}
	for _, p := range birthPhrases {
		if hasWords(ws, p) {
			return len(p), true
		}
	}
	for _, p := range pobPhrases {
		if hasWords(ws, p) {
			return len(p), false
		}
	}
	return 0, false
}

func hasWords(ws, p []string) bool {
	if len(ws) < len(p) {
		return false
	}
	for i, w := range p {
		if ws[i] != w {
			return false
		}
	}
	return true
}

// birthWord is a word as birthCues and birthPhrases hold it: in lower
// case, without the commas, colons and brackets around it.
func birthWord(w string) string {
	return strings.ToLower(strings.Trim(w, ",;:()"))
}

// mayHoldBirth reports, cheaply, whether name may hold a birth clause: it
// has a space and a word that may begin one (birthStarts), looked for in
// one pass.
func mayHoldBirth(name string) bool {
	if !strings.Contains(name, " ") {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		for _, s := range birthStarts[c] {
			if len(name)-i >= len(s) && strings.EqualFold(name[i:i+len(s)], s) {
				return true
			}
		}
	}
	return false
}

// birthStarts are the beginnings of birth cues mayHoldBirth looks for, by
// their first byte in lower case.
var birthStarts = func() (m [256][]string) {
	for _, s := range []string{"dob", "d.o.b", "yob", "born", "birth", "né", "ne le", "ne en", "nee", "geb", "nac",
		"nasc", "naiss", "pob", "place", "lieu", "lugar", "г.р", "гр"} {
		m[s[0]] = append(m[s[0]], s)
	}
	return m
}()

// birthYear returns the year of birth a clause's words give ("1966" of
// "01/01/1966" or "1 January 1966"), or the whole date when it is written
// year first ("1966-01-01"); "" when it gives none, or more than one.
func birthYear(ws []string) string {
	year := ""
	for _, w := range ws {
		w = strings.Trim(w, ",;:()")
		if len(w) == len("2006-01-02") {
			if _, err := time.Parse("2006-01-02", w); err == nil {
				return w
			}
		}
		for _, f := range strings.FieldsFunc(w, func(r rune) bool { return !unicode.IsDigit(r) }) {
			if len(f) != 4 {
				continue
			}
			y, err := strconv.Atoi(f)
			if err != nil || y < 1900 || y > time.Now().Year() {
				continue
			}
			if year != "" && year != f {
				return ""
			}
			year = f
		}
	}
	return year
}

func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}
