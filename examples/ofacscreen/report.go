package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/sanctionscreen/ofac/screen"
	"github.com/sanctionscreen/ofac/sdn"
)

// schema names the JSON schema of name, wallet, info, update and trace
// output (documented in README.md). It changes only when a field changes
// meaning or goes away; new fields may be added under the same name.
const schema = "ofacscreen/v1"

// report is the JSON output of `name` and `wallet`.
type report struct {
	Schema  string    `json:"schema"`
	Command string    `json:"command"`
	List    *listInfo `json:"list"`
	// Matched is true when any query matched: the exit status is 1.
	Matched bool     `json:"matched"`
	Results []result `json:"results"`
}

// result is the outcome of one query: the name, or one wallet address.
type result struct {
	Query   queryJSON `json:"query"`
	Matched bool      `json:"matched"`
	// Formats lists the asset codes whose address format the wallet fits
	// (wallet queries only).
	Formats []string `json:"formats,omitempty"`
	// Chain names, for a wallet that fits none of those formats, the
	// other chain whose address it is ("Stellar", "TON"): it was
	// screened as text.
	Chain string    `json:"chain,omitempty"`
	Hits  []hitJSON `json:"hits"`
	// Error says what is wrong with the wallet as written (wallet
	// queries only): a piece of it that may be meant as an address and
	// is none (a typo, an address cut short, a transaction's link), or,
	// for a wallet that matched though no format reads it as written,
	// how it is written (its letter case fails the EIP-55 checksum,
	// look-alike letters of another script).
	Error string `json:"error,omitempty"`
}

type queryJSON struct {
	Name      string  `json:"name,omitempty"`
	Wallet    string  `json:"wallet,omitempty"`
	Kind      string  `json:"kind,omitempty"`
	BirthDate string  `json:"birth_date,omitempty"`
	Country   string  `json:"country,omitempty"`
	MinScore  float64 `json:"min_score"`
}

// hitJSON is one listed entry that matched, with what the list says of it.
type hitJSON struct {
	UID      int      `json:"uid"`
	Name     string   `json:"name"`
	Kind     string   `json:"kind"`
	Programs []string `json:"programs"`
	// Lists names the lists the entry is on ("SDN List", "Sectoral
	// Sanctions Identifications List"), as the file says, or where it
	// says none (the CSV files) the list of the file that holds it.
	Lists         []string     `json:"lists"`
	Score         float64      `json:"score"`
	Matched       string       `json:"matched"`
	Reasons       []string     `json:"reasons"`
	Aliases       []aliasJSON  `json:"aliases"`
	BirthDates    []string     `json:"birth_dates"`
	BirthPlaces   []string     `json:"birth_places"`
	Nationalities []string     `json:"nationalities"`
	Citizenships  []string     `json:"citizenships"`
	Addresses     []string     `json:"addresses"`
	Wallets       []walletJSON `json:"wallets"`
	Remarks       string       `json:"remarks,omitempty"`
}

type aliasJSON struct {
	Name string `json:"name"`
	Type string `json:"type"`
	Weak bool   `json:"weak,omitempty"`
}

type walletJSON struct {
	Asset   string `json:"asset"`
	Address string `json:"address"`
}

func newHit(h screen.Hit) hitJSON {
	e := h.Entry
	j := hitJSON{
		UID:           e.UID,
		Name:          e.Name,
		Kind:          string(e.Kind),
		Programs:      nonNil(e.Programs),
		Lists:         nonNil(e.Lists),
		Score:         round(h.Score),
		Matched:       h.Matched,
		Reasons:       nonNil(h.Reasons),
		Aliases:       []aliasJSON{},
		BirthDates:    []string{},
		BirthPlaces:   nonNil(e.BirthPlaces),
		Nationalities: nonNil(e.Nationalities),
		Citizenships:  nonNil(e.Citizenships),
		Addresses:     []string{},
		Wallets:       []walletJSON{},
		Remarks:       e.Remarks,
	}
	for _, a := range e.Aliases {
		j.Aliases = append(j.Aliases, aliasJSON{Name: a.Name, Type: string(a.Type), Weak: a.Weak})
	}
	for _, d := range e.BirthDates {
		j.BirthDates = append(j.BirthDates, d.String())
	}
	for _, a := range e.Addresses {
		if !a.IsZero() {
			j.Addresses = append(j.Addresses, a.String())
		}
	}
	for _, w := range e.Wallets {
		j.Wallets = append(j.Wallets, walletJSON{Asset: w.Asset, Address: w.Address})
	}
	return j
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// round keeps scores to four decimals: more is noise, and a stable text
// makes outputs comparable across runs.
func round(f float64) float64 { return float64(int(f*10000+0.5)) / 10000 }

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// printHit prints one hit for people: the entry first (who is listed), then
// why it matched.
func printHit(w io.Writer, h screen.Hit) {
	e := h.Entry
	fmt.Fprintf(w, "\n  %s\n", e.Name)
	row := func(label, value string) {
		if value != "" {
			fmt.Fprintf(w, "    %-12s %s\n", label, value)
		}
	}
	row("UID", fmt.Sprint(e.UID))
	row("kind", string(e.Kind))
	row("programs", strings.Join(e.Programs, ", "))
	row("lists", strings.Join(e.Lists, ", "))
	row("score", fmt.Sprintf("%.2f", h.Score))
	row("matched", h.Matched)
	for i, r := range h.Reasons {
		label := ""
		if i == 0 {
			label = "why"
		}
		fmt.Fprintf(w, "    %-12s %s\n", label, r)
	}
	var dobs []string
	for _, d := range e.BirthDates {
		dobs = append(dobs, d.String())
	}
	row("born", strings.Join(dobs, "; "))
	row("birthplace", strings.Join(e.BirthPlaces, "; "))
	row("nationality", strings.Join(e.Nationalities, ", "))
	row("citizenship", strings.Join(e.Citizenships, ", "))
	if n := len(e.Aliases); n > 0 {
		var names []string
		for i, a := range e.Aliases {
			if i == 4 {
				names = append(names, fmt.Sprintf("and %d more", n-4))
				break
			}
			names = append(names, a.Name)
		}
		row("aliases", strings.Join(names, "; "))
	}
	for i, wa := range e.Wallets {
		if i == 3 {
			row("", fmt.Sprintf("and %d more", len(e.Wallets)-3))
			break
		}
		label := ""
		if i == 0 {
			label = "wallets"
		}
		fmt.Fprintf(w, "    %-12s %s %s\n", label, wa.Asset, wa.Address)
	}
}

// kindOf reads --kind.
func kindOf(s string) (sdn.Kind, error) {
	if s == "" {
		return "", nil
	}
	switch k := sdn.Kind(strings.ToLower(s)); k {
	case sdn.Individual, sdn.Entity, sdn.Vessel, sdn.Aircraft:
		return k, nil
	}
	return "", fmt.Errorf("--kind %q: use individual, entity, vessel or aircraft", s)
}
