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

	// maxSecondaryRaise is the most the secondary factors raise a score.
	maxSecondaryRaise = dobAgree + countryAgree
)

// secondary returns the score change the query's birth date and country
// (qc, read once per query) make for entry e, with the reasons.
func secondary(e *sdn.Entry, q Query, qc queryCountry) (float64, []string) {
	var delta float64
	var why []string
	if q.BirthDate != "" && len(e.BirthDates) > 0 {
		d, reason := dobFactor(e.BirthDates, q.BirthDate)
		delta += d
		why = append(why, reason)
	}
	if q.Country != "" {
		if d, reason, ok := countryFactor(e, qc); ok {
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
// alpha-2, alpha-3 or numeric code ("VE", "VEN", "862"; a code since
// replaced is read as its successor: "BUR" is Myanmar), as OFAC names it
// ("Korea, North"), by its English name ("North Korea", "Chad"), or by a
// formal or everyday name ("Bolivarian Republic of Venezuela", "Iran
// (Islamic Republic of)", "USA"), in any letter case and with or without
// accents. It returns "" when s names no country it knows, and for "NA",
// which a country field holds for "not available" as often as for Namibia.
func countryCode(s string) string {
	t := strings.TrimSpace(s)
	if isCountryCodeText(t) {
		if c := countryOfCode(t); c != "" {
			return c
		}
	}
	f := foldCountry(t)
	if f == "" {
		return ""
	}
	names := countryNames()
	if c, ok := names[f]; ok {
		return c
	}
	// "Venezuela (Bolivarian Republic of)", "Iran, Islamic Republic of":
	// a name, then the formal words of the state, which end in "of".
	// ("Ireland, Northern" and "Georgia (US)" are no such thing.)
	if i := strings.IndexAny(t, "(,"); i > 0 {
		rest := strings.Fields(strings.ToLower(strings.Trim(t[i+1:], " )")))
		if n := len(rest); n > 1 && (rest[n-1] == "of" || rest[n-2] == "of" && rest[n-1] == "the") {
			if c, ok := names[foldCountry(t[:i])]; ok {
				return c
			}
		}
	}
	return ""
}

// isCountryCodeText reports whether t has the shape of a code: two or three
// ASCII letters, or three digits.
func isCountryCodeText(t string) bool {
	if len(t) != 2 && len(t) != 3 {
		return false
	}
	letters, digits := 0, 0
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			letters++
		case '0' <= c && c <= '9':
			digits++
		}
	}
	return letters == len(t) || digits == 3
}

// notCountryCodes are codes x/text reads as countries that a country field
// should not be compared by: dissolved states (the USSR, Yugoslavia, Serbia
// and Montenegro, the Netherlands Antilles) and the United Nations.
var notCountryCodes = map[string]bool{"SU": true, "YU": true, "CS": true, "AN": true, "UN": true}

// countryOfCode reads a code (isCountryCodeText).
func countryOfCode(t string) string {
	if strings.EqualFold(t, "uk") {
		return "GB" // the United Kingdom's own, reserved in ISO 3166
	}
	if strings.EqualFold(t, "na") {
		return ""
	}
	r, err := language.ParseRegion(strings.ToUpper(t))
	if err != nil {
		return ""
	}
	r = r.Canonicalize()
	if !r.IsCountry() || notCountryCodes[r.String()] {
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

// formalCountryNames are names of countries that OFAC's and CLDR's tables
// lack: formal names, as ISO 3166 and the UN write them, and names in
// everyday use.
var formalCountryNames = map[string]string{
	"Bolivarian Republic of Venezuela": "VE", "Venezuela, Bolivarian Republic of": "VE",
	"Islamic Republic of Iran": "IR", "Iran, Islamic Republic of": "IR", "Persia": "IR",
	"Russian Federation": "RU", "Syrian Arab Republic": "SY",
	"Democratic People's Republic of Korea": "KP", "Korea, Democratic People's Republic of": "KP", "DPRK": "KP",
	"Republic of Korea": "KR", "Korea, Republic of": "KR",
	"Democratic Republic of the Congo": "CD", "Congo, The Democratic Republic of the": "CD", "DRC": "CD",
	"Republic of the Congo":            "CG",
	"Lao People's Democratic Republic": "LA", "United Republic of Tanzania": "TZ", "Tanzania, United Republic of": "TZ",
	"Plurinational State of Bolivia": "BO", "Bolivia, Plurinational State of": "BO",
	"Republic of Moldova": "MD", "Moldova, Republic of": "MD",
	"United States of America": "US", "U.S.A.": "US", "U.S.": "US", "America": "US",
	"Great Britain": "GB", "Britain": "GB", "England": "GB", "Scotland": "GB", "Wales": "GB", "Northern Ireland": "GB",
	"United Kingdom of Great Britain and Northern Ireland": "GB",
	"UAE": "AE", "Ivory Coast": "CI", "Holland": "NL", "Czechia": "CZ", "Türkiye": "TR", "Viet Nam": "VN",
	"Macedonia": "MK", "Eswatini": "SZ", "East Timor": "TL", "Cape Verde": "CV",
	"State of Palestine": "PS", "Palestine, State of": "PS", "Holy See": "VA", "Brunei Darussalam": "BN",
	"Micronesia, Federated States of": "FM", "Taiwan, Province of China": "TW",
	"Hong Kong SAR": "HK", "Macao SAR": "MO", "Macau": "MO",
	"People's Republic of China": "CN", "PRC": "CN", "Mainland China": "CN",
	// French names, as French-language papers write a party's country
	// ("Ets Haddad Frères (Liban)"), of the countries whose French name
	// is not the English one.
	"Liban": "LB", "Syrie": "SY", "Maroc": "MA", "Algérie": "DZ", "Tunisie": "TN", "Libye": "LY", "Égypte": "EG",
	"Tchad": "TD", "Mauritanie": "MR", "Sénégal": "SN", "Cameroun": "CM", "Guinée": "GN", "Soudan": "SD",
	"Soudan du Sud": "SS", "Centrafrique": "CF", "République centrafricaine": "CF", "Éthiopie": "ET",
	"Érythrée": "ER", "Somalie": "SO", "République démocratique du Congo": "CD", "Irak": "IQ", "Jordanie": "JO",
	"Arabie saoudite": "SA", "Émirats arabes unis": "AE", "Koweït": "KW", "Yémen": "YE", "Turquie": "TR",
	"Chypre": "CY", "Russie": "RU", "Biélorussie": "BY", "Chine": "CN", "Corée du Nord": "KP", "Birmanie": "MM",
	"Inde": "IN", "Allemagne": "DE", "Belgique": "BE", "Suisse": "CH", "Espagne": "ES", "Italie": "IT",
	"Grèce": "GR", "Pays-Bas": "NL", "Royaume-Uni": "GB", "États-Unis": "US", "Mexique": "MX", "Colombie": "CO",
	"Brésil": "BR", "Équateur": "EC", "Pérou": "PE",
}

// countryNames maps folded country names to alpha-2 codes: CLDR's English
// names (isoCountryNames, and each part of one written "Myanmar (Burma)"),
// then OFAC's (countryCodes), then formalCountryNames, each over the one
// before.
var countryNames = sync.OnceValue(func() map[string]string {
	m := make(map[string]string)
	for name, code := range isoCountryNames {
		m[foldCountry(name)] = code
		if i := strings.IndexByte(name, '('); i > 0 {
			m[foldCountry(name[:i])] = code
			m[foldCountry(strings.TrimSuffix(name[i+1:], ")"))] = code
		}
	}
	for name, code := range countryCodes {
		m[foldCountry(name)] = code
	}
	for name, code := range formalCountryNames {
		m[foldCountry(name)] = code
	}
	return m
})

// listedCountries caches what the list's own country strings read as
// (countryCode and foldCountry): a few thousand strings, met again on
// every query that gives a country.
var listedCountries sync.Map // string → listedCountry

type listedCountry struct{ code, fold string }

func readListedCountry(s string) listedCountry {
	if v, ok := listedCountries.Load(s); ok {
		return v.(listedCountry)
	}
	c := listedCountry{countryCode(s), foldCountry(s)}
	listedCountries.Store(s, c)
	return c
}

// queryCountry is the query's country as read once per query.
type queryCountry struct{ text, code, fold string }

func readQueryCountry(s string) queryCountry {
	if s == "" {
		return queryCountry{}
	}
	return queryCountry{s, countryCode(s), foldCountry(s)}
}

// countryFactor compares the query's country with every country the entry
// is tied to: nationality, citizenship, addresses and the last part of a
// place of birth. ok is false when the entry names no country. Two
// countries are compared by code where both are known, else by their
// folded text, which can only agree: a country not known on either side
// contradicts nothing, and the reason says so.
func countryFactor(e *sdn.Entry, q queryCountry) (float64, string, bool) {
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
	comparable := false
	for _, c := range listed {
		lc := readListedCountry(c)
		if q.code != "" && lc.code == q.code || lc.fold != "" && lc.fold == q.fold {
			return countryAgree, fmt.Sprintf("country %s agrees with listed %s (%+.2f)", q.text, c, countryAgree), true
		}
		comparable = comparable || lc.code != ""
	}
	if q.code == "" {
		return 0, fmt.Sprintf("country %q is no country known here: not compared with the listed %s", q.text, strings.Join(dedupe(listed), ", ")), true
	}
	if !comparable {
		return 0, fmt.Sprintf("the listed %s is no country known here: not compared with %s", strings.Join(dedupe(listed), ", "), q.text), true
	}
	return countryDisagree, fmt.Sprintf("country %s is none of the listed %s (%+.2f)", q.text, strings.Join(dedupe(listed), ", "), countryDisagree), true
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
