package screen

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"

	"github.com/sanctionscreen/ofac/sdn"
)

//go:generate go run ./internal/gencountries -in ../testdata/advanced/sdn_advanced-2025-11-19-trimmed.xml -out countries_table.go

// Secondary factors move a name match's score: a birth date or a country
// that agrees with the entry raises it, one that contradicts lowers it. They
// never make a hit on their own. The amounts are small next to the name
// score on purpose: the list's dates are often approximate and people move,
// so a contradiction makes a match less likely, not impossible.
const (
	dobAgree         = 0.05
	dobSameYear      = -0.05 // same year, another month or day
	dobContradict    = -0.15
	countryAgree     = 0.03
	countryDisagree  = -0.05
	dobNearYearsSpan = 1 // years of tolerance around a circa date
)

// secondary returns the score change the query's birth date and country
// make for entry e, with the reasons.
func secondary(e *sdn.Entry, q Query) (float64, []string) {
	var delta float64
	var why []string
	if q.BirthDate != "" && len(e.BirthDates) > 0 {
		d, reason := dobFactor(e.BirthDates, q.BirthDate)
		delta += d
		why = append(why, reason)
	}
	if q.Country != "" {
		if d, reason, ok := countryFactor(e, q.Country); ok {
			delta += d
			why = append(why, reason)
		}
	}
	return delta, why
}

// parseQueryDate reads "YYYY", "YYYY-MM" or "YYYY-MM-DD".
func parseQueryDate(s string) (sdn.DatePart, bool) {
	parts := strings.Split(strings.TrimSpace(s), "-")
	if len(parts) == 0 || len(parts) > 3 {
		return sdn.DatePart{}, false
	}
	var d sdn.DatePart
	dst := []*int{&d.Year, &d.Month, &d.Day}
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n <= 0 {
			return sdn.DatePart{}, false
		}
		*dst[i] = n
	}
	if d.Year < 1000 || d.Year > 9999 || d.Month > 12 || d.Day > 31 {
		return sdn.DatePart{}, false
	}
	return d, true
}

// dobFactor compares a query date with the entry's dates of birth: the
// best agreement among them counts.
func dobFactor(dates []sdn.Date, query string) (float64, string) {
	qd, ok := parseQueryDate(query)
	if !ok {
		return 0, ""
	}
	best, bestWhy := dobContradict, ""
	for _, d := range dates {
		v, why := compareDate(d, qd)
		if v > best || bestWhy == "" {
			best, bestWhy = v, why
		}
	}
	return best, bestWhy
}

func compareDate(d sdn.Date, q sdn.DatePart) (float64, string) {
	lo, hi := d.From, d.To
	if hi.IsZero() {
		hi = lo
	}
	listed := d.String()
	span := 0
	if d.Circa {
		span = dobNearYearsSpan
	}
	if q.Year < lo.Year-span || q.Year > hi.Year+span {
		return dobContradict, fmt.Sprintf("birth date %s contradicts listed DOB %s (%+.2f)", query(q), listed, dobContradict)
	}
	// The year fits. A single listed day or month is compared further.
	if lo == hi && q.Month != 0 && lo.Month != 0 && (q.Month != lo.Month || q.Day != 0 && lo.Day != 0 && q.Day != lo.Day) {
		return dobSameYear, fmt.Sprintf("birth date %s has the year of listed DOB %s but not the day (%+.2f)", query(q), listed, dobSameYear)
	}
	return dobAgree, fmt.Sprintf("birth date %s agrees with listed DOB %s (%+.2f)", query(q), listed, dobAgree)
}

func query(d sdn.DatePart) string {
	switch {
	case d.Day != 0:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	case d.Month != 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d", d.Year)
}

// countryCode returns the ISO 3166 alpha-2 code of a country given as an
// alpha-2 or alpha-3 code ("VE", "VEN"), a UN M.49 number ("862"), as OFAC
// names it ("Korea, North", in any letter case, with or without accents),
// or by a formal or everyday name ("Bolivarian Republic of Venezuela",
// "Iran (Islamic Republic of)", "USA"). It returns "" when s names no
// country it knows.
func countryCode(s string) string {
	f := foldCountry(s)
	if f == "" {
		return ""
	}
	if c := countryOfCode(f); c != "" {
		return c
	}
	names := countryNames()
	if c, ok := names[f]; ok {
		return c
	}
	// "Venezuela (Bolivarian Republic of)", "Iran, Islamic Republic of":
	// the name before the bracket or comma, when that alone is a
	// country's ("Korea, Republic of" is not: "korea" is no name here).
	if i := strings.IndexAny(s, "(,"); i > 0 {
		if c, ok := names[foldCountry(s[:i])]; ok {
			return c
		}
	}
	return ""
}

// countryOfCode reads a folded code: two or three letters, or three digits.
func countryOfCode(f string) string {
	if len(f) != 2 && len(f) != 3 {
		return ""
	}
	if f == "uk" {
		return "GB" // the United Kingdom's own, reserved in ISO 3166
	}
	r, err := language.ParseRegion(strings.ToUpper(f))
	if err != nil || !r.IsCountry() {
		return ""
	}
	return r.String()
}

// foldCountry lower-cases s and keeps its letters and digits alone, accents
// taken off, without a "the" first or last: "Côte d'Ivoire" and "Cote d
// Ivoire" are both "cotedivoire", "The Bahamas" and "Bahamas, The"
// "bahamas".
func foldCountry(s string) string {
	var b strings.Builder
	words := strings.FieldsFunc(norm.NFKD.String(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) && r != '\'' && r != '’'
	})
	for i, w := range words {
		if (i == 0 || i == len(words)-1) && len(words) > 1 && strings.EqualFold(w, "the") {
			continue // "The Gambia", "Bahamas, The"
		}
		for _, r := range w {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				b.WriteRune(unicode.ToLower(r))
			}
		}
	}
	return b.String()
}

// formalCountryNames are names of countries that the tables countryNames
// is built from lack: formal names, as ISO 3166 and the UN write them, and
// names in everyday use.
var formalCountryNames = map[string]string{
	"bolivarian republic of venezuela": "VE", "venezuela bolivarian republic of": "VE",
	"islamic republic of iran": "IR", "iran islamic republic of": "IR", "persia": "IR",
	"russian federation": "RU", "syrian arab republic": "SY",
	"democratic peoples republic of korea": "KP", "korea democratic peoples republic of": "KP", "dprk": "KP",
	"republic of korea": "KR", "korea republic of": "KR",
	"democratic republic of the congo": "CD", "congo democratic republic of the": "CD", "drc": "CD",
	"republic of the congo": "CG", "congo republic of the": "CG",
	"lao peoples democratic republic": "LA", "united republic of tanzania": "TZ", "tanzania united republic of": "TZ",
	"plurinational state of bolivia": "BO", "bolivia plurinational state of": "BO",
	"republic of moldova": "MD", "moldova republic of": "MD",
	"united states of america": "US", "u s a": "US", "u s": "US", "america": "US",
	"great britain": "GB", "britain": "GB", "england": "GB", "scotland": "GB", "wales": "GB", "northern ireland": "GB",
	"united kingdom of great britain and northern ireland": "GB",
	"uae": "AE", "ivory coast": "CI", "holland": "NL", "czechia": "CZ", "turkiye": "TR", "viet nam": "VN",
	"macedonia": "MK", "swaziland": "SZ", "east timor": "TL", "cape verde": "CV",
	"state of palestine": "PS", "palestine state of": "PS", "holy see": "VA", "brunei darussalam": "BN",
	"micronesia federated states of": "FM", "taiwan province of china": "TW",
	"hong kong sar": "HK", "macao sar": "MO", "macau": "MO",
	"peoples republic of china": "CN", "prc": "CN", "mainland china": "CN",
}

// countryNames maps folded country names to alpha-2 codes: OFAC's names
// (countryCodes) and formalCountryNames.
var countryNames = sync.OnceValue(func() map[string]string {
	m := make(map[string]string, len(countryCodes)+len(formalCountryNames))
	for name, code := range countryCodes {
		m[foldCountry(name)] = code
	}
	for name, code := range formalCountryNames {
		m[foldCountry(name)] = code
	}
	return m
})

// countryFactor compares the query's country with every country the entry
// is tied to: nationality, citizenship, addresses and the last part of a
// place of birth. ok is false when the entry names no country. A query
// country that countryCode does not know is not compared, and the reason
// says so: it may well be the listed one, written some other way.
func countryFactor(e *sdn.Entry, country string) (float64, string, bool) {
	var listed []string
	for _, c := range e.Nationalities {
		listed = append(listed, c)
	}
	listed = append(listed, e.Citizenships...)
	for _, a := range e.Addresses {
		if a.Country != "" {
			listed = append(listed, a.Country)
		}
	}
	for _, p := range e.BirthPlaces {
		if i := strings.LastIndex(p, ","); i >= 0 {
			listed = append(listed, strings.TrimSpace(p[i+1:]))
		} else if p != "" {
			listed = append(listed, p)
		}
	}
	if len(listed) == 0 {
		return 0, "", false
	}
	want := countryCode(country)
	if want == "" {
		return 0, fmt.Sprintf("country %q is no country known here: not compared with the listed %s", country, strings.Join(dedupe(listed), ", ")), true
	}
	known := false
	for _, c := range listed {
		code := countryCode(c)
		if code == want {
			return countryAgree, fmt.Sprintf("country %s agrees with listed %s (%+.2f)", country, c, countryAgree), true
		}
		known = known || code != ""
	}
	if !known {
		return 0, fmt.Sprintf("the listed %s is no country known here: not compared with %s", strings.Join(dedupe(listed), ", "), country), true
	}
	return countryDisagree, fmt.Sprintf("country %s is none of the listed %s (%+.2f)", country, strings.Join(dedupe(listed), ", "), countryDisagree), true
}

func dedupe(ss []string) []string {
	var out []string
	seen := make(map[string]bool)
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
