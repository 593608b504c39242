package sdn

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"time"
)

// Combine returns one list holding the entries of all the given lists, in
// order: the SDN list and the consolidated (non-SDN) lists are screened
// together this way. OFAC numbers entries in one sequence across its lists,
// and a party on two lists (an SDN also on the sectoral list) appears in
// both files under the same UID: Combine keeps the first list's entry and
// adds to it what the later one gives that it lacks: programs and list
// names, aliases (a primary name of its own as an a.k.a.), addresses,
// documents, dates and places of birth, nationalities, citizenships and
// wallets. So two files of different dates, in either order, screen for
// every name and wallet either holds. Source joins
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
			merge(&out.Entries[j], e)
		}
	}
	out.Source = strings.Join(sources, "+")
	return out, nil
}

// merge adds to first (an entry of the combination, whose slices belong to
// an input list until replaced) what e gives that first lacks.
func merge(first *Entry, e Entry) {
	first.Programs = union(first.Programs, e.Programs, func(a, b string) bool { return a == b })
	first.Lists = union(first.Lists, e.Lists, func(a, b string) bool { return a == b })
	aliases := e.Aliases
	if e.Name != "" && e.Name != first.Name {
		aliases = append(append([]Alias(nil), aliases...), Alias{Name: e.Name, Type: AKA})
	}
	first.Aliases = union(first.Aliases, aliases, func(a, b Alias) bool {
		return a.Name == b.Name && a.Type == b.Type && a.Weak == b.Weak
	})
	if first.Name != "" {
		// The entry's own primary name is no alias of it.
		first.Aliases = slices.DeleteFunc(first.Aliases, func(a Alias) bool { return a.Name == first.Name && a.Type == AKA && !a.Weak })
	}
	first.Addresses = union(first.Addresses, e.Addresses, func(a, b Address) bool { return reflect.DeepEqual(a, b) })
	first.IDs = union(first.IDs, e.IDs, func(a, b ID) bool { return reflect.DeepEqual(a, b) })
	first.BirthDates = union(first.BirthDates, e.BirthDates, func(a, b Date) bool { return reflect.DeepEqual(a, b) })
	first.BirthPlaces = union(first.BirthPlaces, e.BirthPlaces, func(a, b string) bool { return a == b })
	first.Nationalities = union(first.Nationalities, e.Nationalities, func(a, b string) bool { return a == b })
	first.Citizenships = union(first.Citizenships, e.Citizenships, func(a, b string) bool { return a == b })
	first.Wallets = union(first.Wallets, e.Wallets, func(a, b Wallet) bool { return a == b })
}

// union returns a with the elements of b it lacks appended, in a new slice
// when any are: a belongs to an input list.
func union[T any](a, b []T, eq func(x, y T) bool) []T {
	out := a
	copied := false
	for _, x := range b {
		if slices.ContainsFunc(out, func(y T) bool { return eq(x, y) }) {
			continue
		}
		if !copied {
			out = append(make([]T, 0, len(a)+len(b)), a...)
			copied = true
		}
		out = append(out, x)
	}
	return out
}
