package chain

import (
	"bufio"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/sanctionscreen/ofac/sdn"
)

// addressDir holds every digital currency address of the 2025-11-19
// advanced XML, one file per asset code, extracted independently of our
// parsers.
const addressDir = "../testdata/ofac/addresses-2025-11-19"

type pair struct {
	asset   Asset
	address string
}

// listedPairs reads the address files: the 758 distinct (asset, address)
// pairs of the list, sorted by file name and line.
func listedPairs(t testing.TB) []pair {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(addressDir, "sanctioned_addresses_*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no address files in %s: %v", addressDir, err)
	}
	sort.Strings(files)
	var pairs []pair
	seen := make(map[pair]bool)
	for _, name := range files {
		asset := Asset(strings.TrimSuffix(strings.TrimPrefix(filepath.Base(name), "sanctioned_addresses_"), ".txt"))
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			p := pair{asset, sc.Text()}
			if p.address == "" || seen[p] {
				continue
			}
			seen[p] = true
			pairs = append(pairs, p)
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	return pairs
}

// listedList makes an *sdn.List with one entry per listed pair, UIDs from 1
// in file order. (The parsed advanced XML is checked elsewhere.)
func listedList(pairs []pair) *sdn.List {
	l := &sdn.List{Source: sdn.SourceSDN}
	for i, p := range pairs {
		l.Entries = append(l.Entries, sdn.Entry{
			UID:     i + 1,
			Name:    string(p.asset) + " " + p.address,
			Kind:    sdn.Entity,
			Wallets: []sdn.Wallet{{Asset: string(p.asset), Address: p.address}},
		})
	}
	return l
}

// listErrors are the list's own values that are not addresses of the asset
// they are listed under, with the reason. Any other failure fails the test.
var listErrors = map[pair]error{
	// A TRON address (base58check, version 0x41) listed as bitcoin.
	{XBT, "TUCsTq7TofTCJRRoHk6RvhMoS2mJLm5Yzq"}: ErrPrefix,
	// 64 hex digits: a key or transaction hash, not a Monero address.
	{XMR, "5be5543ff73456ab9f2d207887e2af87322c651ea1a873c5b25b7ffae456c320"}: ErrLength,
}

func TestListedAddressesNormalize(t *testing.T) {
	pairs := listedPairs(t)
	if len(pairs) != 758 {
		t.Fatalf("read %d distinct (asset, address) pairs, the list has 758", len(pairs))
	}
	codes := make(map[Asset]int)
	failed := make(map[pair]bool)
	for _, p := range pairs {
		codes[p.asset]++
		key, err := Normalize(p.asset, p.address)
		if err != nil {
			want, expected := listErrors[p]
			if !expected {
				t.Errorf("listed %s address %q does not normalise: %v", p.asset, p.address, err)
				continue
			}
			checkAddressError(t, err, p.asset, p.address)
			if !errors.Is(err, want) {
				t.Errorf("listed %s address %q: error %v, want one wrapping %v", p.asset, p.address, err, want)
			}
			failed[p] = true
			t.Logf("list's own malformed value: %v", err)
			continue
		}
		if _, expected := listErrors[p]; expected {
			t.Errorf("listed %s address %q normalises to %q, but is listed as malformed", p.asset, p.address, key)
		}
		if again, err := Normalize(p.asset, key); err != nil || again != key {
			t.Errorf("Normalize(%s, %q) = %q, %v: not idempotent", p.asset, key, again, err)
		}
		if !containsAsset(Detect(p.address), p.asset) {
			t.Errorf("Detect(%q) = %v, lacks %s", p.address, Detect(p.address), p.asset)
		}
		// Base58 keys are the text as listed; hex and bech32 keys are its
		// lower case; cashaddr becomes legacy base58.
		switch {
		case p.asset == BCH && p.address[0] != '1' && p.address[0] != '3':
			if key[0] != '1' && key[0] != '3' {
				t.Errorf("BCH %s: key %s is not legacy base58", p.address, key)
			}
		case strings.HasPrefix(p.address, "0x") || strings.HasPrefix(p.address, "bc1") || strings.HasPrefix(p.address, "bnb1"):
			if key != strings.ToLower(p.address) {
				t.Errorf("%s %s: key %s, want lower case", p.asset, p.address, key)
			}
		default:
			if key != p.address {
				t.Errorf("%s %s: key %s, want the base58 text", p.asset, p.address, key)
			}
		}
	}
	for p := range listErrors {
		if !failed[p] {
			t.Errorf("expected malformed value %s %q is not in the files or did not fail", p.asset, p.address)
		}
	}
	if len(codes) != 19 {
		t.Errorf("files hold %d asset codes, want 19", len(codes))
	}
	for a := range codes {
		if !a.Known() {
			t.Errorf("listed asset code %s has no codec", a)
		}
	}
}

func containsAsset(as []Asset, a Asset) bool {
	for _, x := range as {
		if x == a {
			return true
		}
	}
	return false
}
