package screen

import (
	"fmt"
	"strconv"
	"strings"

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

// countryCode returns the ISO alpha-2 code of a country given as a code or
// as OFAC names it, or the folded text when it is neither.
func countryCode(s string) string {
	s = strings.TrimSpace(s)
	if len(s) == 2 {
		return strings.ToUpper(s)
	}
	if c, ok := countryCodes[s]; ok {
		return c
	}
	for name, c := range countryCodes {
		if strings.EqualFold(name, s) {
			return c
		}
	}
	return strings.ToLower(s)
}

// countryFactor compares the query's country with every country the entry
// is tied to: nationality, citizenship, addresses and the last part of a
// place of birth. ok is false when the entry names no country.
func countryFactor(e *sdn.Entry, country string) (float64, string, bool) {
	want := countryCode(country)
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
	for _, c := range listed {
		if countryCode(c) == want {
			return countryAgree, fmt.Sprintf("country %s agrees with listed %s (%+.2f)", country, c, countryAgree), true
		}
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
