// Package snapshot embeds a copy of OFAC's SDN list, so that screening works
// offline and out of the box. It is its own package so that only programs
// that want the bytes (about 5 MB) pay for them.
//
// The snapshot is as old as Published says: tools that use it must say so,
// and production screening should load the current list (sdn.Fetcher).
//
//	list, err := snapshot.SDN()
//	fmt.Println(len(list.Entries), "entries published", snapshot.Published.Format("2006-01-02"))
//
// The data is regenerated from an official file by `go generate`.
package snapshot

import (
	_ "embed"
	"fmt"
	"sync"

	"github.com/sanctionscreen/ofac/sdn"
)

//go:generate go run ./internal/gen -in ../../testdata/ofac/sdn_advanced-2025-11-19.xml.bz2 -out sdn.bin -go published.go

//go:embed sdn.bin
var sdnData []byte

// SDN returns the embedded SDN list. It is decoded once, on the first call
// (a few tens of milliseconds); the List is shared and must not be
// modified.
func SDN() (*sdn.List, error) { return loadSDN() }

var loadSDN = sync.OnceValues(func() (*sdn.List, error) {
	l := new(sdn.List)
	if err := l.UnmarshalBinary(sdnData); err != nil {
		return nil, fmt.Errorf("snapshot: embedded SDN list: %w", err)
	}
	return l, nil
})
