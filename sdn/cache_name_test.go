package sdn

import (
	"strings"
	"testing"
)

// TestCacheBaseLength: a URL whose last element is longer than a file
// name may be still names a cache that fits, and two such URLs name two.
func TestCacheBaseLength(t *testing.T) {
	a := "https://h/" + strings.Repeat("0", 300)
	b := "https://h/" + strings.Repeat("0", 299) + "1"
	ba, bb := cacheBase(a), cacheBase(b)
	if len(ba) > maxCacheBase || len(bb) > maxCacheBase {
		t.Errorf("cacheBase lengths %d, %d: want at most %d", len(ba), len(bb), maxCacheBase)
	}
	if ba == bb {
		t.Errorf("two URLs share the cache name %q", ba)
	}
	if got := cacheBase(SDNAdvancedURL); got != "SDN_ADVANCED.XML" {
		t.Errorf("cacheBase(SDNAdvancedURL) = %q", got)
	}
}
