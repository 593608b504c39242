package snapshot

import (
	"testing"

	"github.com/sanctionscreen/ofac/sdn"
)

// BenchmarkLoad measures what SDN's first call costs: decoding the
// embedded bytes into a List.
func BenchmarkLoad(b *testing.B) {
	b.SetBytes(int64(len(sdnData)))
	b.ReportAllocs()
	for b.Loop() {
		var l sdn.List
		if err := l.UnmarshalBinary(sdnData); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadConsolidated measures what Consolidated's first call costs.
func BenchmarkLoadConsolidated(b *testing.B) {
	b.SetBytes(int64(len(consData)))
	b.ReportAllocs()
	for b.Loop() {
		var l sdn.List
		if err := l.UnmarshalBinary(consData); err != nil {
			b.Fatal(err)
		}
	}
}
