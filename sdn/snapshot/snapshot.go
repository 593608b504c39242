// Package snapshot embeds a copy of OFAC's lists, so that screening works
// offline and out of the box: the SDN list, and the consolidated (non-SDN)
// lists (SSI, NS-MBS, CAPTA, NS-PLC, NS-CMIC...). It is its own package so
// that only programs that want the bytes (about 5 MB) pay for them.
//
// Each list is as old as its date says (Published, ConsolidatedPublished):
// tools that use it must say so, and production screening should load the
// current lists (sdn.Fetcher).
//
//	list, err := snapshot.All() // the SDN and the consolidated lists together
//	fmt.Println(len(list.Entries), "entries, the oldest part published", snapshot.AllPublished.Format("2006-01-02"))
//
// The consolidated lists were made from OFAC's CSV files, which carry no
// publish date: their date is the month of the files, given by hand
// (ConsolidatedPublishedNote says so). The data is regenerated from the
// official files by `go generate`.
package snapshot

import (
	_ "embed"
	"fmt"
	"sync"
	"time"

	"github.com/sanctionscreen/ofac/sdn"
)

//go:generate go run ./internal/gen -in ../../testdata/ofac/sdn_advanced-2025-11-19.xml.bz2 -out sdn.bin -go published.go
//go:generate go run ./internal/gen -in ../../testdata/ofac/cons-csv-2025-12 -published 2025-12 -name Consolidated -out cons.bin -go consolidated.go

//go:embed sdn.bin
var sdnData []byte

//go:embed cons.bin
var consData []byte

// SDN returns the embedded SDN list. It is decoded once, on the first call
// (a few tens of milliseconds); the List is shared and must not be
// modified.
func SDN() (*sdn.List, error) { return loadSDN() }

var loadSDN = sync.OnceValues(func() (*sdn.List, error) {
	return decode("SDN list", sdnData)
})

// Consolidated returns the embedded consolidated (non-SDN) lists: one List
// with Source "CONSOLIDATED". Its Published is ConsolidatedPublished, the
// month of its files given by hand, since the CSV files carry no date. It
// is decoded once, on the first call (about a millisecond); the List is
// shared and must not be modified.
//
// A party on both the SDN and the consolidated lists appears in both under
// the same UID; All merges the two entries into one.
func Consolidated() (*sdn.List, error) { return loadConsolidated() }

var loadConsolidated = sync.OnceValues(func() (*sdn.List, error) {
	return decode("consolidated list", consData)
})

// All returns the SDN and the consolidated lists as one list, as
// sdn.Combine(SDN, Consolidated) makes it: the SDN entries first, a party
// on both lists once, with the programs, list names, aliases, addresses and
// documents of both. Its Source is "SDN+CONSOLIDATED" and its Published is
// AllPublished, the older of the two dates. It is built once, on the first
// call; the List is shared and must not be modified.
func All() (*sdn.List, error) { return loadAll() }

var loadAll = sync.OnceValues(func() (*sdn.List, error) {
	s, err := SDN()
	if err != nil {
		return nil, err
	}
	c, err := Consolidated()
	if err != nil {
		return nil, err
	}
	l, err := sdn.Combine(s, c)
	if err != nil {
		return nil, fmt.Errorf("snapshot: combining the embedded lists: %w", err)
	}
	return l, nil
})

// AllPublished is the date of All: the older of Published and
// ConsolidatedPublished, since a combination is only as current as its
// oldest part.
var AllPublished = older(Published, ConsolidatedPublished)

func older(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

func decode(what string, data []byte) (*sdn.List, error) {
	l := new(sdn.List)
	if err := l.UnmarshalBinary(data); err != nil {
		return nil, fmt.Errorf("snapshot: embedded %s: %w", what, err)
	}
	return l, nil
}
