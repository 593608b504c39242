package sdn

import (
	"fmt"
	"strings"
	"time"
)

// Combine returns one list holding the entries of all the given lists, in
// order: the SDN list and the consolidated (non-SDN) lists are screened
// together this way. OFAC numbers entries in one sequence across its lists,
// so a UID that appears in two of them means the same party listed twice;
// Combine reports it as an error rather than keeping two entries under one
// number. Source joins the sources ("SDN+CONSOLIDATED"); Published is the
// oldest of the publish dates, since the combination is only as current as
// its oldest part (zero if any part has no date).
func Combine(lists ...*List) (*List, error) {
	out := &List{}
	var sources []string
	seen := make(map[int]string)
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
			if src, dup := seen[e.UID]; dup {
				return nil, fmt.Errorf("sdn: Combine: entry %d is in both %s and %s", e.UID, src, l.Source)
			}
			seen[e.UID] = l.Source
		}
		out.Entries = append(out.Entries, l.Entries...)
	}
	out.Source = strings.Join(sources, "+")
	return out, nil
}
