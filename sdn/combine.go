package sdn

import (
	"fmt"
	"strings"
	"time"
)

// Combine returns one list holding the entries of all the given lists, in
// order: the SDN list and the consolidated (non-SDN) lists are screened
// together this way. OFAC numbers entries in one sequence across its lists,
// and a party on two lists (an SDN also on the sectoral list) appears in
// both files under the same UID: Combine keeps the first list's entry and
// adds to it the programs and list names the later one gives. Source joins
// the sources ("SDN+CONSOLIDATED"); Published is the oldest of the publish
// dates, since the combination is only as current as its oldest part (zero
// if any part has no date). The given lists are not modified.
func Combine(lists ...*List) (*List, error) {
	out := &List{}
	var sources []string
	at := make(map[int]int) // UID → index in out.Entries
	for i, l := range lists {
		if l == nil {
			return nil, fmt.Errorf("sdn: Combine: list %d is nil", i)
		}
		sources = append(sources, l.Source)
		switch {
		case i == 0:
			out.Published, out.Format = l.Published, l.Format
		case l.Published.IsZero() || out.Published.IsZero():
			out.Published = time.Time{}
		case l.Published.Before(out.Published):
			out.Published = l.Published
		}
		if l.Format != out.Format {
			out.Format = ""
		}
		for _, e := range l.Entries {
			j, dup := at[e.UID]
			if !dup {
				at[e.UID] = len(out.Entries)
				out.Entries = append(out.Entries, e)
				continue
			}
			first := &out.Entries[j]
			// Copy before appending: the slices belong to the input lists.
			programs := append([]string(nil), first.Programs...)
			listNames := append([]string(nil), first.Lists...)
			for _, p := range e.Programs {
				programs = appendUnique(programs, p)
			}
			for _, n := range e.Lists {
				listNames = appendUnique(listNames, n)
			}
			first.Programs, first.Lists = programs, listNames
		}
	}
	out.Source = strings.Join(sources, "+")
	return out, nil
}
