package screen

import (
	"runtime"
	"sort"
	"testing"
	"time"

	"github.com/sanctionscreen/ofac/sdn"
	"github.com/sanctionscreen/ofac/sdn/snapshot"
)

// benchList is the full SDN list (the embedded snapshot) plus the
// consolidated non-SDN lists (the December 2025 CSV quartet): what a
// screening service indexes.
func benchList(b *testing.B) *sdn.List {
	b.Helper()
	s, err := snapshot.SDN()
	if err != nil {
		b.Fatal(err)
	}
	cons, err := sdn.Open("../testdata/ofac/cons-csv-2025-12")
	if err != nil {
		b.Fatal(err)
	}
	// The consolidated list repeats no SDN entry; Combine checks.
	l, err := sdn.Combine(s, cons)
	if err != nil {
		b.Fatal(err)
	}
	return l
}

// BenchmarkBuildCombined builds the index of the SDN and consolidated
// lists, and reports the heap the Screener holds.
func BenchmarkBuildCombined(b *testing.B) {
	l := benchList(b)
	b.ReportAllocs()
	var s *Screener
	for b.Loop() {
		var err error
		if s, err = New(l); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	b.ReportMetric(float64(m.HeapAlloc)/(1<<20), "heap-MB")
	runtime.KeepAlive(s)
}

// BenchmarkScreenArabic screens the evaluation set's names in Arabic
// letters alone (negatives and held-out aliases), each once: the queries
// that also read the Arabic letters as spellings of listed names
// (spell.go). The first of them builds the table of frames, outside the
// timing.
func BenchmarkScreenArabic(b *testing.B) {
	l := benchList(b)
	s, err := New(l)
	if err != nil {
		b.Fatal(err)
	}
	set := loadEvalSet(b)
	var queries []string
	for _, n := range set.Negatives {
		if hasAbjad(n.Name) {
			queries = append(queries, n.Name)
		}
	}
	for _, c := range set.Heldout {
		if hasAbjad(c.Query) {
			queries = append(queries, c.Query)
		}
	}
	s.Name(queries[len(queries)-1])
	queries = queries[:len(queries)-1]
	timeQueries(b, s, queries)
}

// BenchmarkScreenName screens a mixed set of real queries one after the
// other: perturbed listed names, held-out aliases and names that are not
// listed, in the proportions of the evaluation set, and reports the median
// and 99th percentile latency besides the mean.
func BenchmarkScreenName(b *testing.B) {
	l := benchList(b)
	s, err := New(l)
	if err != nil {
		b.Fatal(err)
	}
	set := loadEvalSet(b)
	var queries []string
	for _, c := range set.Perturbed {
		queries = append(queries, c.Query)
	}
	for _, c := range set.Heldout {
		queries = append(queries, c.Query)
	}
	for _, n := range set.Negatives {
		queries = append(queries, n.Name)
	}
	// Warm the pools with the last thousand queries, then time the
	// others, each once: a query seen before would find its tokens in the
	// index's lookup cache and flatter the figures. With -benchtime above
	// len(queries)-1000 (20,369) queries repeat, and the benchmark says so.
	for _, q := range queries[len(queries)-1000:] {
		s.Name(q)
	}
	queries = queries[:len(queries)-1000]
	timeQueries(b, s, queries)
}

// timeQueries screens queries in turn, b.N of them, and reports the median
// and 99th percentile latency besides the mean.
func timeQueries(b *testing.B, s *Screener, queries []string) {
	if b.N > len(queries) {
		b.Logf("%d iterations over %d distinct queries: later ones repeat", b.N, len(queries))
	}
	lat := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		t := time.Now()
		s.Name(queries[i%len(queries)])
		lat = append(lat, time.Since(t))
		i++
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Nanoseconds())/1e3, "p50-µs")
	b.ReportMetric(float64(lat[len(lat)*99/100].Nanoseconds())/1e3, "p99-µs")
}
