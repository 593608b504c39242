package screen

import (
	"hash/maphash"
	"slices"
)

// hashTable is a read-only multimap from strings to values, built once:
// the keys' 64-bit hashes, each once, and the values of each key in one
// flat array. It replaces a map of small slices for the index's large tables
// (the one-edit deletions of every token, skeletons, joined tokens), which
// would cost a few hundred thousand allocations to build. A lookup is a
// probe of an open-addressing table; the rare hash collision only adds candidates, which the
// caller checks anyway.
type hashTable[V any] struct {
	seed   maphash.Seed
	keys   []uint64 // unique, in the order of their low radixBits bits
	starts []int32  // values of keys[i] are vals[starts[i]:starts[i+1]]
	vals   []V
	// slots is an open-addressing table over keys, found by linear
	// probing: the high 32 bits of the key's hash, and 1 + the key's index
	// in the low 32; 0 is empty. Most lookups miss (a query token's
	// deletions are mostly no token's), and the fingerprint lets a miss
	// be decided in the slot without reading keys.
	slots []uint64
	mask  uint64
	// filter has one bit set per key, at bits of the hash the slots do
	// not use, in an array eight times smaller than slots that stays in
	// cache: most misses end there, without reading a slot from memory.
	filter     []uint64
	filterMask uint64
}

// hashPair is one (key hash, value) pair while a table is built.
type hashPair[V any] struct {
	h uint64
	v V
}

// hashBuilder collects the pairs of a table.
type hashBuilder[V any] struct {
	seed  maphash.Seed
	pairs []hashPair[V]
}

func newHashBuilder[V any](seed maphash.Seed, sizeHint int) *hashBuilder[V] {
	return &hashBuilder[V]{seed: seed, pairs: make([]hashPair[V], 0, sizeHint)}
}

func (b *hashBuilder[V]) add(key string, v V) {
	b.pairs = append(b.pairs, hashPair[V]{maphash.String(b.seed, key), v})
}

func (b *hashBuilder[V]) addBytes(key []byte, v V) {
	b.pairs = append(b.pairs, hashPair[V]{maphash.Bytes(b.seed, key), v})
}

// build groups the pairs by hash (radixSort, then each run of hashes that
// agree in their low bits in order), orders each hash's values (cmp), and
// drops repeated (hash, value) pairs.
func (b *hashBuilder[V]) build(cmp func(a, b V) int) hashTable[V] {
	b.pairs = radixSort(b.pairs)
	// Values of one hash come out in the order they were added (the sort
	// is stable), and hashes that agree in their low radixBits bits
	// side by side: order each such run by hash, then value, for the
	// dedup below.
	for i := 0; i < len(b.pairs); {
		j := i + 1
		for j < len(b.pairs) && b.pairs[j].h&radixMask == b.pairs[i].h&radixMask {
			j++
		}
		if j-i > 1 {
			slices.SortStableFunc(b.pairs[i:j], func(x, y hashPair[V]) int {
				if x.h != y.h {
					if x.h < y.h {
						return -1
					}
					return 1
				}
				return cmp(x.v, y.v)
			})
		}
		i = j
	}
	keys := 0
	for i, p := range b.pairs {
		if i == 0 || p.h != b.pairs[i-1].h {
			keys++
		}
	}
	t := hashTable[V]{seed: b.seed, vals: make([]V, 0, len(b.pairs)),
		keys: make([]uint64, 0, keys), starts: make([]int32, 0, keys+1)}
	for i, p := range b.pairs {
		if i == 0 || p.h != b.pairs[i-1].h {
			t.keys = append(t.keys, p.h)
			t.starts = append(t.starts, int32(len(t.vals)))
		} else if cmp(p.v, t.vals[len(t.vals)-1]) == 0 {
			continue
		}
		t.vals = append(t.vals, p.v)
	}
	t.starts = append(t.starts, int32(len(t.vals)))
	b.pairs = nil
	size := 1
	for size < 2*len(t.keys) {
		size <<= 1
	}
	t.slots = make([]uint64, size)
	t.mask = uint64(size - 1)
	for i, h := range t.keys {
		j := h & t.mask
		for t.slots[j] != 0 {
			j = (j + 1) & t.mask
		}
		t.slots[j] = h&^0xffffffff | uint64(i+1)
	}
	bits := 64
	for bits < 8*len(t.keys) {
		bits <<= 1
	}
	t.filter = make([]uint64, bits/64)
	t.filterMask = uint64(bits - 1)
	for _, h := range t.keys {
		b := filterBit(h) & t.filterMask
		t.filter[b/64] |= 1 << (b % 64)
	}
	return t
}

// filterBit picks the hash bits the filter uses: the high ones, which the
// slot index (low bits) does not.
func filterBit(h uint64) uint64 { return h >> 40 }

func (t *hashTable[V]) lookupHash(h uint64) []V {
	if len(t.slots) == 0 {
		return nil
	}
	if b := filterBit(h) & t.filterMask; t.filter[b/64]&(1<<(b%64)) == 0 {
		return nil
	}
	for j := h & t.mask; ; j = (j + 1) & t.mask {
		k := t.slots[j]
		if k == 0 {
			return nil
		}
		if k&^0xffffffff == h&^0xffffffff {
			if i := uint32(k) - 1; t.keys[i] == h {
				return t.vals[t.starts[i]:t.starts[i+1]]
			}
		}
	}
}

// get returns the values filed under key (and, rarely, under a key with
// the same hash).
func (t *hashTable[V]) get(key string) []V { return t.lookupHash(maphash.String(t.seed, key)) }

// getBytes is get for a key held in bytes, without converting it.
func (t *hashTable[V]) getBytes(key []byte) []V { return t.lookupHash(maphash.Bytes(t.seed, key)) }

// radixBits is how many low bits of the hash radixSort orders by: four
// passes of radixDigit bits. Pairs whose hashes differ only above them
// are rare (a few in a million for the largest table) and are put in order
// by build.
const (
	radixDigit = 11
	radixBits  = 4 * radixDigit
	radixMask  = 1<<radixBits - 1
)

// radixSort sorts pairs by the low radixBits bits of their hash, stably, in
// four passes: several times faster than a comparison sort for the few
// hundred thousand pairs of an index.
func radixSort[V any](a []hashPair[V]) []hashPair[V] {
	if len(a) < 2 {
		return a
	}
	tmp := make([]hashPair[V], len(a))
	for shift := uint(0); shift < radixBits; shift += radixDigit {
		var count [1<<radixDigit + 1]int
		for i := range a {
			count[int(a[i].h>>shift&(1<<radixDigit-1))+1]++
		}
		if count[int(a[0].h>>shift&(1<<radixDigit-1))+1] == len(a) {
			continue // every key has the same digit here
		}
		for i := 1; i < len(count); i++ {
			count[i] += count[i-1]
		}
		for i := range a {
			k := a[i].h >> shift & (1<<radixDigit - 1)
			tmp[count[k]] = a[i]
			count[k]++
		}
		a, tmp = tmp, a
	}
	return a
}
