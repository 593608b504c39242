package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/sanctionscreen/ofac/screen"
)

func runName(ctx context.Context, e *env, args []string) int {
	fs, c := newFlagSet(e, "name", `"NAME" [--dob YYYY[-MM[-DD]]] [--country CC] [--kind KIND] [--min SCORE]`,
		"Screens a name (a person, company, vessel or aircraft, in any script and word order)\n"+
			"against the list and prints the listed entries it may belong to, best first.")
	var q screen.Query
	var kind string
	fs.StringVar(&q.BirthDate, "dob", "", "date of birth, `YYYY[-MM[-DD]]`: agreement raises the score, contradiction lowers it")
	fs.StringVar(&q.Country, "country", "", "a `country` the party is tied to, ISO code (VE) or name")
	fs.StringVar(&kind, "kind", "", "keep only entries of this `kind`: individual, entity, vessel, aircraft")
	fs.Float64Var(&q.MinScore, "min", 0, fmt.Sprintf("least `score` reported, in (0, 1] (default %.2f)", screen.DefaultThreshold))
	fs.IntVar(&q.Limit, "limit", 10, "at most `n` hits (0: all)")
	pos, code, ok := parse(e, fs, args)
	if !ok {
		return code
	}
	// Unquoted words are one name: `name Nicolas Maduro` means what it says.
	q.Name = strings.TrimSpace(strings.Join(pos, " "))
	if q.Name == "" {
		return fail(e, "name", fmt.Errorf("no name given: ofacscreen name \"Nicolas Maduro\""))
	}
	k, err := kindOf(kind)
	if err != nil {
		return fail(e, "name", err)
	}
	q.Kind = k
	if q.MinScore < 0 || q.MinScore > 1 {
		return fail(e, "name", fmt.Errorf("--min %v: give a score in (0, 1]", q.MinScore))
	}
	if err := q.Validate(); err != nil {
		return fail(e, "name", err)
	}
	l, info, err := loadList(e, "name", c)
	if err != nil {
		return fail(e, "name", err)
	}
	s, err := screen.New(l)
	if err != nil {
		return fail(e, "name", err)
	}
	hits := s.Screen(q)
	min := q.MinScore
	if min == 0 {
		min = screen.DefaultThreshold
	}
	res := result{
		Query:   queryJSON{Name: q.Name, Kind: string(q.Kind), BirthDate: q.BirthDate, Country: q.Country, MinScore: min},
		Matched: len(hits) > 0,
		Hits:    []hitJSON{},
	}
	for _, h := range hits {
		res.Hits = append(res.Hits, newHit(h))
	}
	if c.json {
		if err := writeJSON(e.stdout, report{Schema: schema, Command: "name", List: info, Matched: res.Matched, Results: []result{res}}); err != nil {
			return fail(e, "name", err)
		}
	} else {
		w := e.stdout
		if len(hits) == 0 {
			fmt.Fprintf(w, "no match for %q (score ≥ %.2f, %d entries screened)\n", q.Name, min, info.Entries)
		} else {
			fmt.Fprintf(w, "MATCH: %q may be %s on the %s (score ≥ %.2f)\n", q.Name, plural(len(hits), "listed entry", "listed entries"), listsNamed(info), min)
			for _, h := range hits {
				printHit(w, h)
			}
		}
	}
	if res.Matched {
		return exitMatch
	}
	return exitClean
}

// listsNamed names the list or lists screened: "SDN list", "SDN and
// CONSOLIDATED lists".
func listsNamed(info *listInfo) string {
	if len(info.Parts) < 2 {
		return info.Source + " list"
	}
	var names []string
	for _, p := range info.Parts {
		names = append(names, p.Source)
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1] + " lists"
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
