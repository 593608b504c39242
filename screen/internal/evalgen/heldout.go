package main

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strconv"

	"github.com/sanctionscreen/ofac/sdn"
)

// Sizes of the held-out sample.
const (
	heldoutLatinPerKind = 1050 // individuals, and as many entities
	heldoutScriptRows   = 300
)

// heldout is one held-out alias.
type heldout struct {
	uid     int
	alias   sdn.Alias
	overlap float64
}

// isStrongLatinAlias reports whether a is an a.k.a./f.k.a./n.k.a. alias,
// not weak, written in Latin script.
func isStrongLatinAlias(a sdn.Alias) bool {
	return a.Type != sdn.PrimaryVariant && !a.Weak && (a.Script == "" || a.Script == "Latn") && isLatin(a.Name)
}

// isOriginalScript reports whether a is a strong name in a non-Latin script.
func isOriginalScript(a sdn.Alias) bool {
	return !a.Weak && a.Script != "" && a.Script != "Latn" && !isLatin(a.Name)
}

// pickHeldout draws the held-out aliases. It returns them and the set of
// (uid, alias name) pairs held out.
func pickHeldout(l *sdn.List, rng *rand.Rand) []heldout {
	// Latin: candidates grouped per entry, one alias drawn per entry.
	type cand struct {
		e       *sdn.Entry
		aliases []int // indexes into e.Aliases
	}
	var indiv, ent []cand
	for i := range l.Entries {
		e := &l.Entries[i]
		if e.Kind != sdn.Individual && e.Kind != sdn.Entity {
			continue
		}
		c := cand{e: e}
		for j, a := range e.Aliases {
			if isStrongLatinAlias(a) && !trivialAlias(e, j) {
				c.aliases = append(c.aliases, j)
			}
		}
		if len(c.aliases) == 0 {
			continue
		}
		if e.Kind == sdn.Individual {
			indiv = append(indiv, c)
		} else {
			ent = append(ent, c)
		}
	}
	var out []heldout
	used := map[int]bool{}
	for _, group := range [][]cand{indiv, ent} {
		rng.Shuffle(len(group), func(i, j int) { group[i], group[j] = group[j], group[i] })
		for _, c := range group[:min(heldoutLatinPerKind, len(group))] {
			a := c.e.Aliases[c.aliases[rng.IntN(len(c.aliases))]]
			out = append(out, heldout{uid: c.e.UID, alias: a})
			used[c.e.UID] = true
		}
	}

	// Original script: groups (entry, script) of strong names.
	type sgroup struct {
		e       *sdn.Entry
		script  string
		aliases []sdn.Alias
	}
	byScript := map[string][]sgroup{}
	for i := range l.Entries {
		e := &l.Entries[i]
		if (e.Kind != sdn.Individual && e.Kind != sdn.Entity) || used[e.UID] || !isLatin(e.Name) {
			continue
		}
		idx := map[string]int{}
		var groups []sgroup
		for _, a := range e.Aliases {
			if !isOriginalScript(a) {
				continue
			}
			s := scriptFamily(a.Script)
			k, ok := idx[s]
			if !ok {
				k = len(groups)
				idx[s] = k
				groups = append(groups, sgroup{e: e, script: s})
			}
			groups[k].aliases = append(groups[k].aliases, a)
		}
		for _, g := range groups {
			byScript[g.script] = append(byScript[g.script], g)
		}
	}
	// Rare scripts whole, then Han and Arabic up to a share, Cyrillic the rest.
	quota := map[string]int{"Han": 60, "Arab": 70}
	order := []string{"Kore", "Jpan", "Grek", "Geor", "Armn", "Hebr", "Han", "Arab", "Cyrl"}
	rows := 0
	taken := map[int]bool{}
	for _, s := range order {
		gs := byScript[s]
		rng.Shuffle(len(gs), func(i, j int) { gs[i], gs[j] = gs[j], gs[i] })
		n := 0
		for _, g := range gs {
			if taken[g.e.UID] {
				continue // one script per entry: its other scripts stay indexed
			}
			if q, ok := quota[s]; ok && n >= q {
				break
			}
			if s == "Cyrl" && rows >= heldoutScriptRows {
				break
			}
			for _, a := range g.aliases {
				out = append(out, heldout{uid: g.e.UID, alias: a})
				n++
				rows++
			}
			taken[g.e.UID] = true
		}
	}
	return out
}

// scriptFamily groups the script codes whose names a reader treats as one
// writing: simplified and traditional Han, Hangul under both codes the list
// uses.
func scriptFamily(s string) string {
	switch s {
	case "Hans", "Hant", "Hani":
		return "Han"
	case "Kore", "Hang":
		return "Kore"
	}
	return s
}

// trivialAlias reports whether alias j of e folds to the same token set as
// another name of e (the primary or any other alias).
func trivialAlias(e *sdn.Entry, j int) bool {
	k := foldKey(e.Aliases[j].Name)
	if k == "" || k == foldKey(e.Name) {
		return true
	}
	for i, a := range e.Aliases {
		if i != j && foldKey(a.Name) == k {
			return true
		}
	}
	return false
}

// trigrams returns the set of character trigrams of the folded, sorted
// tokens of s, padded with spaces.
func trigrams(s string) map[string]bool {
	r := []rune(" " + foldKey(s) + " ")
	set := map[string]bool{}
	for i := 0; i+3 <= len(r); i++ {
		set[string(r[i:i+3])] = true
	}
	return set
}

func jaccard(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return float64(n) / float64(len(a)+len(b)-n)
}

// fillOverlap sets the overlap of each Latin held-out alias with the closest
// Latin name of its entry that stays indexed.
func fillOverlap(l *sdn.List, hs []heldout, removed map[int]map[string]bool) {
	for i := range hs {
		h := &hs[i]
		if !isLatin(h.alias.Name) {
			continue
		}
		e := l.Entry(h.uid)
		q := trigrams(h.alias.Name)
		best := jaccard(q, trigrams(e.Name))
		for _, a := range e.Aliases {
			if removed[e.UID][a.Name] || !isStrongLatinAlias(a) {
				continue
			}
			best = max(best, jaccard(q, trigrams(a.Name)))
		}
		h.overlap = best
	}
}

func heldoutRows(hs []heldout) [][]string {
	slices.SortStableFunc(hs, func(a, b heldout) int { return cmp.Compare(a.uid, b.uid) })
	rows := make([][]string, 0, len(hs))
	for _, h := range hs {
		script := h.alias.Script
		if script == "" {
			script = "Latn"
		}
		rows = append(rows, []string{
			strconv.Itoa(h.uid), h.alias.Name, string(h.alias.Type),
			strconv.FormatBool(h.alias.Weak), script, strconv.FormatFloat(h.overlap, 'f', 2, 64),
		})
	}
	return rows
}

func runLists(out string, seed uint64) error {
	l, err := loadList()
	if err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(seed, 1))
	hs := pickHeldout(l, rng)
	removed := map[int]map[string]bool{}
	heldScript := map[int]map[string]bool{} // uid → script families held out
	for _, h := range hs {
		if removed[h.uid] == nil {
			removed[h.uid] = map[string]bool{}
			heldScript[h.uid] = map[string]bool{}
		}
		removed[h.uid][h.alias.Name] = true
		heldScript[h.uid][scriptFamily(h.alias.Script)] = true
	}
	fillOverlap(l, hs, removed)
	if err := writeTSV(filepath.Join(out, "heldout.tsv"),
		[]string{"uid", "alias", "type", "weak", "script", "overlap"}, heldoutRows(hs)); err != nil {
		return err
	}

	rows := perturb(l, rand.New(rand.NewPCG(seed, 2)), removed, heldScript)
	if err := writeTSV(filepath.Join(out, "perturbed.tsv"),
		[]string{"uid", "query", "kind", "source"}, rows); err != nil {
		return err
	}
	counts := map[string]int{}
	for _, h := range hs {
		k := "Latn " + string(l.Entry(h.uid).Kind)
		if !isLatin(h.alias.Name) {
			k = h.alias.Script
		}
		counts[k]++
	}
	for _, r := range rows {
		counts["perturbed "+r[2]]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	fmt.Printf("held-out %d, perturbed %d\n", len(hs), len(rows))
	for _, k := range keys {
		fmt.Printf("  %-24s %5d\n", k, counts[k])
	}
	return nil
}
