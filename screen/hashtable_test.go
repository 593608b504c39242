package screen

import (
	"cmp"
	"hash/maphash"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestHashTableBuild checks that every hash finds exactly its values, each
// once and in order, including hashes that agree in the low bits the
// radix sort orders by and differ above them.
func TestHashTableBuild(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	b := newHashBuilder[int32](maphash.MakeSeed(), 0)
	want := make(map[uint64][]int32)
	add := func(h uint64, v int32) {
		b.pairs = append(b.pairs, hashPair[int32]{h, v})
		if !slices.Contains(want[h], v) {
			want[h] = append(want[h], v)
		}
	}
	for i := 0; i < 20000; i++ {
		h := rng.Uint64() | 1<<63 // slot fingerprints need high bits
		add(h, rng.Int32N(1000))
		if i%10 == 0 {
			// Same low radixBits bits, other high bits.
			add(h^uint64(1+rng.IntN(1000))<<radixBits, rng.Int32N(1000))
		}
		if i%7 == 0 {
			add(h, rng.Int32N(1000)) // a second value, maybe a repeat
		}
	}
	tab := b.build(cmp.Compare[int32])
	for h, vs := range want {
		slices.Sort(vs)
		if got := tab.lookupHash(h); !slices.Equal(got, vs) {
			t.Fatalf("hash %#x: got %v, want %v", h, got, vs)
		}
	}
	if got := tab.lookupHash(12345 | 1<<62); got != nil {
		t.Errorf("absent hash found %v", got)
	}
}

// TestHashTableSmall builds tables of no pair and of one: a list whose
// names are all one word has no joined words.
func TestHashTableSmall(t *testing.T) {
	for n := range 3 {
		b := newHashBuilder[int32](maphash.MakeSeed(), 0)
		for i := range n {
			b.add("key", int32(i))
		}
		tab := b.build(cmp.Compare[int32])
		if got := tab.get("key"); len(got) != n {
			t.Errorf("%d pairs: get = %v", n, got)
		}
	}
}
