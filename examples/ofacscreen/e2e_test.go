package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/sanctionscreen/ofac/chain"
	"github.com/sanctionscreen/ofac/screen"
	"github.com/sanctionscreen/ofac/sdn"
	"github.com/sanctionscreen/ofac/sdn/snapshot"
)

// These tests build the binary once and run it as a user does: arguments
// in, stdout, stderr and the exit status out. The expected answers come
// from the library run on the same list, never from numbers typed here.

var binary string // the ofacscreen built by TestMain

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "ofacscreen-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	binary = filepath.Join(dir, "ofacscreen")
	if runtime.GOOS == "windows" {
		binary += ".exe"
	}
	args := []string{"build", "-o", binary}
	if dialSource != nil {
		// This test binary was built with -tags trace: so is the program.
		args = append(args, "-tags", "trace")
	}
	build := exec.Command(filepath.Join(runtime.GOROOT(), "bin", "go"), append(args, ".")...)
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "building ofacscreen:", err)
		os.Exit(2)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

type outcome struct {
	stdout, stderr string
	code           int
}

// ofacscreen runs the binary with an empty cache of its own, so that no
// test sees the user's cache or another test's.
func ofacscreen(t *testing.T, args ...string) outcome {
	t.Helper()
	return ofacscreenIn(t, t.TempDir(), nil, args...)
}

func ofacscreenIn(t *testing.T, cache string, stdin []byte, args ...string) outcome {
	t.Helper()
	cmd := execBinary(cache, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if stdin != nil {
		cmd.Stdin = bytes.NewReader(stdin)
	}
	start := time.Now()
	err := cmd.Run()
	if testing.Verbose() {
		t.Logf("%.1fs ofacscreen %s", time.Since(start).Seconds(), strings.Join(args, " "))
	}
	var ee *exec.ExitError
	code := 0
	switch {
	case errors.As(err, &ee):
		code = ee.ExitCode()
	case err != nil:
		t.Fatalf("running ofacscreen %s: %v", strings.Join(args, " "), err)
	}
	return outcome{stdout.String(), stderr.String(), code}
}

// execBinary prepares a run of the binary with cache as its cache
// directory; trace never falls back to `go run` in tests.
func execBinary(cache string, args ...string) *exec.Cmd {
	cmd := exec.Command(binary, args...)
	cmd.Env = append(os.Environ(), "OFACSCREEN_CACHE="+cache, reexecEnv+"=1")
	return cmd
}

func (o outcome) want(t *testing.T, code int) {
	t.Helper()
	if o.code != code {
		t.Fatalf("exit status %d, want %d\nstdout:\n%s\nstderr:\n%s", o.code, code, o.stdout, o.stderr)
	}
}

// oneLineError checks that a failure says what to fix in one line on
// stderr and prints nothing on stdout.
func (o outcome) oneLineError(t *testing.T, mention string) {
	t.Helper()
	o.want(t, exitError)
	lines := strings.Split(strings.TrimRight(o.stderr, "\n"), "\n")
	var errs []string
	for _, l := range lines {
		if !strings.HasPrefix(l, "list:") && !strings.HasPrefix(l, "warning: list:") {
			errs = append(errs, l)
		}
	}
	if len(errs) != 1 || !strings.HasPrefix(errs[0], "ofacscreen") || !strings.Contains(errs[0], mention) {
		t.Errorf("stderr should be one line starting \"ofacscreen\" and mentioning %q, got:\n%s", mention, o.stderr)
	}
	if o.stdout != "" {
		t.Errorf("stdout should be empty on an error, got:\n%s", o.stdout)
	}
}

// The JSON schema as README.md documents it, declared here apart from the
// program's own types so that renaming a field there breaks this test.
type jsonList struct {
	Origin        string     `json:"origin"`
	Path          string     `json:"path"`
	URL           string     `json:"url"`
	Source        string     `json:"source"`
	Format        string     `json:"format"`
	Published     string     `json:"published"`
	PublishedNote string     `json:"published_note"`
	AgeDays       *int       `json:"age_days"`
	FetchedAt     *time.Time `json:"fetched_at"`
	Entries       int        `json:"entries"`
	Stale         bool       `json:"stale"`
	Parts         []jsonList `json:"parts"`
}

type jsonHit struct {
	UID      int      `json:"uid"`
	Name     string   `json:"name"`
	Kind     string   `json:"kind"`
	Programs []string `json:"programs"`
	Lists    []string `json:"lists"`
	Score    float64  `json:"score"`
	Matched  string   `json:"matched"`
	Reasons  []string `json:"reasons"`
	Aliases  []struct {
		Name string `json:"name"`
		Type string `json:"type"`
		Weak bool   `json:"weak"`
	} `json:"aliases"`
	BirthDates    []string `json:"birth_dates"`
	BirthPlaces   []string `json:"birth_places"`
	Nationalities []string `json:"nationalities"`
	Citizenships  []string `json:"citizenships"`
	Addresses     []string `json:"addresses"`
	Wallets       []struct {
		Asset   string `json:"asset"`
		Address string `json:"address"`
	} `json:"wallets"`
	Remarks string `json:"remarks"`
}

type jsonReport struct {
	Schema  string   `json:"schema"`
	Command string   `json:"command"`
	List    jsonList `json:"list"`
	Matched bool     `json:"matched"`
	Results []struct {
		Query struct {
			Name      string  `json:"name"`
			Wallet    string  `json:"wallet"`
			Kind      string  `json:"kind"`
			BirthDate string  `json:"birth_date"`
			Country   string  `json:"country"`
			MinScore  float64 `json:"min_score"`
		} `json:"query"`
		Matched bool      `json:"matched"`
		Formats []string  `json:"formats"`
		Chain   string    `json:"chain"`
		Hits    []jsonHit `json:"hits"`
		Error   string    `json:"error"`
	} `json:"results"`
}

func decode[T any](t *testing.T, o outcome) T {
	t.Helper()
	var v T
	dec := json.NewDecoder(strings.NewReader(o.stdout))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("stdout is not the documented JSON: %v\n%s", err, o.stdout)
	}
	return v
}

// snapshotList is the embedded SDN list.
func snapshotList(t testing.TB) *sdn.List {
	t.Helper()
	l, err := snapshot.SDN()
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// bothLists is what the program screens against with neither --list nor
// a cache: the embedded SDN and consolidated lists together, as the
// library combines them.
func bothLists(t testing.TB) *sdn.List {
	t.Helper()
	l, err := snapshot.All()
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// consOnly is an entity of the embedded consolidated list that the SDN
// list lacks, with a name of three words or more: a name only the
// consolidated list finds.
func consOnly(t testing.TB) *sdn.Entry {
	t.Helper()
	cons, err := snapshot.Consolidated()
	if err != nil {
		t.Fatal(err)
	}
	sdnList := snapshotList(t)
	for i, e := range cons.Entries {
		if sdnList.Entry(e.UID) == nil && e.Kind == sdn.Entity && len(strings.Fields(e.Name)) >= 3 {
			return &cons.Entries[i]
		}
	}
	t.Fatal("no entity of the consolidated list alone")
	return nil
}

// screener is the library's Screener over the program's default list.
var screener = func() func(t testing.TB) *screen.Screener {
	var s *screen.Screener
	return func(t testing.TB) *screen.Screener {
		t.Helper()
		if s == nil {
			var err error
			if s, err = screen.New(bothLists(t)); err != nil {
				t.Fatal(err)
			}
		}
		return s
	}
}()

func entryNamed(t *testing.T, name string) *sdn.Entry {
	t.Helper()
	l := snapshotList(t)
	for i := range l.Entries {
		if l.Entries[i].Name == name {
			return &l.Entries[i]
		}
	}
	t.Fatalf("no entry %q in the snapshot", name)
	return nil
}

// The README's first command: it must print the listed entry.
func TestNameReadmeCommand(t *testing.T) {
	maduro := entryNamed(t, "MADURO MOROS, Nicolas")
	o := ofacscreen(t, "name", "Nicolas Maduro")
	o.want(t, exitMatch)
	for _, want := range []string{
		"MATCH", maduro.Name, "UID          " + strconv.Itoa(maduro.UID), string(maduro.Kind),
		strings.Join(maduro.Programs, ", "), "lists        " + strings.Join(maduro.Lists, ", "),
		maduro.BirthDates[0].String(), maduro.BirthPlaces[0], "why", "on the SDN and CONSOLIDATED lists",
	} {
		if !strings.Contains(o.stdout, want) {
			t.Errorf("stdout lacks %q:\n%s", want, o.stdout)
		}
	}
	if first := strings.Index(o.stdout, maduro.Name); first < 0 || strings.Index(o.stdout, "MADURO GUERRA") < first {
		t.Errorf("Nicolas Maduro himself should come first:\n%s", o.stdout)
	}
	// Which lists, how old, and what to do about it: a warning, since the
	// snapshot is older than 7 days on any day these tests run. The
	// consolidated list's date is given by hand, and the line says so.
	wantList := "warning: list: embedded snapshot: SDN list of " + day(snapshot.Published) +
		" + CONSOLIDATED list of " + day(snapshot.ConsolidatedPublished) + " (" + snapshot.ConsolidatedPublishedNote + ")"
	if !strings.Contains(o.stderr, wantList) || !strings.Contains(o.stderr, "days old") || !strings.Contains(o.stderr, "ofacscreen update") {
		t.Errorf("stderr should say %q, how old, and suggest update; got:\n%s", wantList, o.stderr)
	}
}

func TestNameJSON(t *testing.T) {
	maduro := entryNamed(t, "MADURO MOROS, Nicolas")
	o := ofacscreen(t, "name", "--json", "Nicolas Maduro")
	o.want(t, exitMatch)
	r := decode[jsonReport](t, o)
	if r.Schema != "ofacscreen/v1" || r.Command != "name" || !r.Matched || len(r.Results) != 1 {
		t.Fatalf("report header: %+v", r)
	}
	all := bothLists(t)
	if r.List.Origin != "snapshot" || r.List.Source != all.Source || r.List.Published != day(snapshot.AllPublished) || r.List.Entries != len(all.Entries) ||
		!r.List.Stale || r.List.AgeDays == nil || len(r.List.Parts) != 2 {
		t.Fatalf("list: %+v", r.List)
	}
	for i, want := range []jsonList{
		{Origin: "snapshot", Source: "SDN", Format: "advanced-xml", Published: day(snapshot.Published), Entries: snapshot.Entries, Stale: true},
		{Origin: "snapshot", Source: "CONSOLIDATED", Format: "csv", Published: day(snapshot.ConsolidatedPublished), PublishedNote: snapshot.ConsolidatedPublishedNote,
			Entries: snapshot.ConsolidatedEntries, Stale: true},
	} {
		if diff := cmp.Diff(want, r.List.Parts[i], cmpIgnoreFields("AgeDays")); diff != "" || r.List.Parts[i].AgeDays == nil {
			t.Errorf("part %d (-want +got):\n%s", i, diff)
		}
	}
	want := screener(t).Screen(screen.Query{Name: "Nicolas Maduro", Limit: 10})
	got := r.Results[0].Hits
	if len(got) != len(want) {
		t.Fatalf("%d hits, the library finds %d", len(got), len(want))
	}
	for i := range want {
		if got[i].UID != want[i].Entry.UID || got[i].Matched != want[i].Matched || got[i].Score != round(want[i].Score) {
			t.Errorf("hit %d: uid %d matched %q score %v; library: %d %q %v", i, got[i].UID, got[i].Matched, got[i].Score,
				want[i].Entry.UID, want[i].Matched, want[i].Score)
		}
	}
	top := got[0]
	var dobs []string
	for _, d := range maduro.BirthDates {
		dobs = append(dobs, d.String())
	}
	if diff := cmp.Diff(jsonHit{UID: maduro.UID, Name: maduro.Name, Kind: string(maduro.Kind), Programs: maduro.Programs, Lists: maduro.Lists,
		BirthDates: dobs, BirthPlaces: maduro.BirthPlaces, Citizenships: maduro.Citizenships, Nationalities: nonNil(maduro.Nationalities)},
		top, cmpIgnoreFields("Score", "Matched", "Reasons", "Aliases", "Addresses", "Wallets")); diff != "" {
		t.Errorf("top hit (-want +got):\n%s", diff)
	}
	if len(top.Reasons) == 0 || len(top.Aliases) != len(maduro.Aliases) {
		t.Errorf("top hit: %d reasons, %d aliases (entry has %d)", len(top.Reasons), len(top.Aliases), len(maduro.Aliases))
	}
	// stdout holds nothing but the JSON; the list line went to stderr.
	if !strings.Contains(o.stderr, "embedded snapshot") {
		t.Errorf("stderr: %s", o.stderr)
	}
}

func cmpIgnoreFields(names ...string) cmp.Option {
	return cmp.FilterPath(func(p cmp.Path) bool {
		for _, n := range names {
			if p.Last().String() == "."+n {
				return true
			}
		}
		return false
	}, cmp.Ignore())
}

// Flags after the name, and the secondary facts doing what they say: the
// right birth date raises the score, a wrong one lowers it.
func TestNameSecondaryFacts(t *testing.T) {
	maduro := entryNamed(t, "MADURO MOROS, Nicolas")
	score := func(args ...string) (float64, []string) {
		t.Helper()
		o := ofacscreen(t, append([]string{"name", "Nicolas Maduro", "--json", "--min", "0.5"}, args...)...)
		r := decode[jsonReport](t, o)
		for _, h := range r.Results[0].Hits {
			if h.UID == maduro.UID {
				return h.Score, h.Reasons
			}
		}
		t.Fatalf("%v: Maduro not among the hits:\n%s", args, o.stdout)
		return 0, nil
	}
	base, _ := score()
	d := maduro.BirthDates[0].From
	right, why := score("--dob", fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day), "--country", "VE", "--kind", "individual")
	wrong, _ := score("--dob", fmt.Sprintf("%04d", d.Year+30))
	if !(right > base && wrong < base) {
		t.Errorf("scores: right facts %v, none %v, wrong birth year %v", right, base, wrong)
	}
	if !strings.Contains(strings.Join(why, " "), "birth") {
		t.Errorf("reasons do not mention the birth date: %q", why)
	}
	// A kind filter that excludes him.
	o := ofacscreen(t, "name", "Nicolas Maduro", "--kind", "vessel")
	o.want(t, exitClean)
	if !strings.HasPrefix(o.stdout, "no match") {
		t.Errorf("stdout: %s", o.stdout)
	}
}

func TestNameClean(t *testing.T) {
	// A name the library itself does not match: the program must agree.
	name := "Margaret Thistlewood"
	if hits := screener(t).Name(name); len(hits) != 0 {
		t.Fatalf("the library matches %q: pick another clean name", name)
	}
	o := ofacscreen(t, "name", name)
	o.want(t, exitClean)
	if !strings.HasPrefix(o.stdout, "no match for") {
		t.Errorf("stdout: %s", o.stdout)
	}
	r := decode[jsonReport](t, ofacscreen(t, "name", name, "--json"))
	if r.Matched || r.Results[0].Matched || r.Results[0].Hits == nil || len(r.Results[0].Hits) != 0 {
		t.Errorf("clean report: %+v", r)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		args    []string
		mention string
	}{
		{nil, ""},
		{[]string{"frobnicate"}, `unknown command "frobnicate"`},
		{[]string{"name"}, "no name given"},
		{[]string{"name", "Nicolas Maduro", "--dob", "23/11/1962"}, "birth date"},
		{[]string{"name", "Nicolas Maduro", "--min", "2"}, "--min 2"},
		{[]string{"name", "Nicolas Maduro", "--kind", "robot"}, "--kind"},
		{[]string{"name", "Nicolas Maduro", "--bogus"}, "-bogus"},
		{[]string{"name", "Nicolas Maduro", "--list", "no/such/file.xml"}, "no such file"},
		{[]string{"name", "Nicolas Maduro", "--list", "e2e_test.go"}, "e2e_test.go"},
		{[]string{"wallet"}, "no address given"},
		{[]string{"wallet", "0xnotanaddress"}, "typo"},
		{[]string{"wallet", "ethereum:vitalik.eth"}, "is a name, not an address"},
		{[]string{"wallet", "bitcoin:1BoatSLRHtKNngkdXEeobR76b53LETtpyX?amount=1"}, "typo"},
		{[]string{"batch"}, "one CSV file"},
		{[]string{"batch", "no-such-payees.csv"}, "no-such-payees.csv"},
		{[]string{"info", "extra"}, "no arguments"},
		{[]string{"update", "--list", "x.xml"}, "--list does not apply"},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			o := ofacscreen(t, tc.args...)
			if tc.args == nil {
				o.want(t, exitError)
				if !strings.Contains(o.stderr, "Usage:") {
					t.Errorf("no usage on stderr: %s", o.stderr)
				}
				return
			}
			o.oneLineError(t, tc.mention)
		})
	}
}

func TestHelp(t *testing.T) {
	o := ofacscreen(t, "--help")
	o.want(t, exitClean)
	for _, c := range commands {
		if !strings.Contains(o.stdout, "  "+c.name+" ") {
			t.Errorf("--help does not list %s:\n%s", c.name, o.stdout)
		}
		for _, h := range []string{"--help", "-h"} {
			o := ofacscreen(t, c.name, h)
			o.want(t, exitClean)
			if !strings.HasPrefix(o.stdout, "Usage: ofacscreen "+c.name) || !strings.Contains(o.stdout, "-json") || !strings.Contains(o.stdout, "-list") {
				t.Errorf("%s %s:\n%s", c.name, h, o.stdout)
			}
		}
	}
}

// A wallet listed under one asset code, screened in another spelling: the
// program finds it and names the entry.
func TestWallet(t *testing.T) {
	l := snapshotList(t)
	var entry *sdn.Entry
	var listed string
	for i := range l.Entries {
		for _, w := range l.Entries[i].Wallets {
			if w.Asset == "ETH" && strings.HasPrefix(w.Address, "0x") && w.Address != strings.ToLower(w.Address) {
				entry, listed = &l.Entries[i], w.Address
				break
			}
		}
		if entry != nil {
			break
		}
	}
	if entry == nil {
		t.Fatal("no mixed-case ETH wallet in the snapshot")
	}
	lower := strings.ToLower(listed)
	o := ofacscreen(t, "wallet", lower)
	o.want(t, exitMatch)
	if !strings.Contains(o.stdout, entry.Name) || !strings.Contains(o.stdout, strconv.Itoa(entry.UID)) || !strings.Contains(o.stdout, "ETH") {
		t.Errorf("stdout should name entry %d %q:\n%s", entry.UID, entry.Name, o.stdout)
	}

	// The zero address fits the EVM format and is on no list.
	clean := "0x0000000000000000000000000000000000000000"
	if hits := screener(t).Wallet(clean); len(hits) != 0 {
		t.Fatalf("the library matches %s", clean)
	}
	o = ofacscreen(t, "wallet", "--json", lower, clean)
	o.want(t, exitMatch)
	r := decode[jsonReport](t, o)
	if len(r.Results) != 2 || !r.Matched {
		t.Fatalf("report: %+v", r)
	}
	var formats []string
	for _, a := range chain.Detect(lower) {
		formats = append(formats, string(a))
	}
	if got := r.Results[0]; !got.Matched || got.Query.Wallet != lower || len(got.Hits) == 0 || got.Hits[0].UID != entry.UID ||
		got.Hits[0].Score != 1 || !cmp.Equal(got.Formats, formats) {
		t.Errorf("listed wallet result: %+v (formats want %v)", got, formats)
	}
	if got := r.Results[1]; got.Matched || len(got.Hits) != 0 || len(got.Formats) == 0 {
		t.Errorf("clean wallet result: %+v", got)
	}
	ofacscreen(t, "wallet", clean).want(t, exitClean)

	// A payment URI: a token transfer to the listed wallet.
	uri := "ethereum:0xdAC17F958D2ee523a2206206994597C13D831ec7/transfer?address=" + listed + "&uint256=1e6"
	o = ofacscreen(t, "wallet", uri)
	o.want(t, exitMatch)
	if !strings.Contains(o.stdout, strconv.Itoa(entry.UID)) || !strings.Contains(o.stdout, "payment URI") {
		t.Errorf("stdout should name entry %d and the URI:\n%s", entry.UID, o.stdout)
	}
	ofacscreen(t, "wallet", "ethereum:"+clean+"?value=1").want(t, exitClean)

	// An address of a chain outside the list's formats is not listed,
	// and the answer says which chain it is; mistyped, it is an error.
	const stellar = "GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWHF"
	o = ofacscreen(t, "wallet", stellar)
	o.want(t, exitClean)
	if !strings.Contains(o.stdout, "no match for "+stellar+" (a Stellar (XLM) address)") {
		t.Errorf("stdout: %s", o.stdout)
	}
	o = ofacscreen(t, "wallet", "--json", stellar)
	o.want(t, exitClean)
	if r := decode[jsonReport](t, o); len(r.Results) != 1 || r.Results[0].Chain != "Stellar" || len(r.Results[0].Formats) != 0 {
		t.Errorf("report: %+v", r)
	}
	ofacscreen(t, "wallet", stellar[:55]+"G").oneLineError(t, "check it for a typo")
	// The error says what is wrong with a near miss, read as the asset
	// its first characters point to; a naming service's name is no
	// address at all.
	ofacscreen(t, "wallet", listed[:len(listed)-1]).oneLineError(t, "read as ETH: EVM hex: wrong length: 39 hex digits, want 40")
	ofacscreen(t, "wallet", "tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx").oneLineError(t, "read as XBT: bitcoin: unknown prefix: not a mainnet address")
	ofacscreen(t, "wallet", "vitalik.eth").oneLineError(t, "is a name in ENS, not an address")
	// A slip in another chain's address is no slip in a bitcoin one.
	o = ofacscreen(t, "wallet", "15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp6")
	o.oneLineError(t, "check it for a typo")
	if strings.Contains(o.stderr, "read as") {
		t.Errorf("a Polkadot address with a slip given a hint: %s", o.stderr)
	}
}

func TestInfo(t *testing.T) {
	l := bothLists(t)
	wallets := 0
	for _, e := range l.Entries {
		wallets += len(e.Wallets)
	}
	o := ofacscreen(t, "info")
	o.want(t, exitClean)
	for _, want := range []string{
		"list        SDN+CONSOLIDATED",
		fmt.Sprintf("SDN list: advanced-xml, published %s, %d entries", day(snapshot.Published), snapshot.Entries),
		fmt.Sprintf("CONSOLIDATED list: csv, published %s (%s), %d entries", day(snapshot.ConsolidatedPublished), snapshot.ConsolidatedPublishedNote, snapshot.ConsolidatedEntries),
		"from the snapshot embedded in this binary (" + snapshot.SourceFile + ")",
		"from the snapshot embedded in this binary (" + snapshot.ConsolidatedSourceFile + ")",
		fmt.Sprintf("entries     %d", len(l.Entries)), fmt.Sprintf("wallets     %d", wallets), "older than 7 days",
	} {
		if !strings.Contains(o.stdout, want) {
			t.Errorf("info lacks %q:\n%s", want, o.stdout)
		}
	}
	o = ofacscreen(t, "info", "--json")
	o.want(t, exitClean)
	type snap struct {
		Source        string `json:"source"`
		File          string `json:"file"`
		Published     string `json:"published"`
		PublishedNote string `json:"published_note"`
		Entries       int    `json:"entries"`
	}
	info := decode[struct {
		Schema    string         `json:"schema"`
		Command   string         `json:"command"`
		List      jsonList       `json:"list"`
		Snapshot  string         `json:"snapshot"`
		Snapshots []snap         `json:"snapshots"`
		Kinds     map[string]int `json:"kinds"`
		Programs  int            `json:"programs"`
		Wallets   int            `json:"wallets"`
		Assets    map[string]int `json:"assets"`
		Entries   int            `json:"entries_with_wallets"`
		Cache     string         `json:"cache_dir"`
	}](t, o)
	kinds := map[string]int{}
	for _, e := range l.Entries {
		kinds[string(e.Kind)]++
	}
	if info.Wallets != wallets || info.List.Entries != len(l.Entries) || !cmp.Equal(info.Kinds, kinds) || info.Snapshot != day(snapshot.Published) ||
		len(info.List.Parts) != 2 {
		t.Errorf("info: %+v; want %d wallets, kinds %v", info, wallets, kinds)
	}
	if diff := cmp.Diff([]snap{
		{"SDN", snapshot.SourceFile, day(snapshot.Published), "", snapshot.Entries},
		{"CONSOLIDATED", snapshot.ConsolidatedSourceFile, day(snapshot.ConsolidatedPublished), snapshot.ConsolidatedPublishedNote, snapshot.ConsolidatedEntries},
	}, info.Snapshots); diff != "" {
		t.Errorf("snapshots (-want +got):\n%s", diff)
	}
}

// Without --list, a name only the consolidated list holds is found, and
// the hit says which list it is on; a party on both lists has the names
// of both.
func TestDefaultScreensBothLists(t *testing.T) {
	cons := consOnly(t)
	o := ofacscreen(t, "name", cons.Name, "--json")
	o.want(t, exitMatch)
	r := decode[jsonReport](t, o)
	if len(r.Results[0].Hits) == 0 || r.Results[0].Hits[0].UID != cons.UID {
		t.Fatalf("%q: hits %+v, want UID %d first", cons.Name, r.Results[0].Hits, cons.UID)
	}
	if h := r.Results[0].Hits[0]; !cmp.Equal(h.Lists, []string{"Consolidated List"}) || !cmp.Equal(h.Programs, cons.Programs) {
		t.Errorf("hit on the consolidated list: lists %q, programs %q (want %q)", h.Lists, h.Programs, cons.Programs)
	}
	o = ofacscreen(t, "name", cons.Name)
	o.want(t, exitMatch)
	if !strings.Contains(o.stdout, "lists        Consolidated List") || !strings.Contains(o.stdout, strings.Join(cons.Programs, ", ")) {
		t.Errorf("text output does not say the list:\n%s", o.stdout)
	}

	// A party on both: the first one the SDN file says is on another list
	// besides.
	var both *sdn.Entry
	all := bothLists(t)
	for i, e := range all.Entries {
		if len(e.Lists) > 1 && e.Kind == sdn.Entity && len(strings.Fields(e.Name)) >= 3 {
			both = &all.Entries[i]
			break
		}
	}
	if both == nil {
		t.Fatal("no entity on two lists")
	}
	o = ofacscreen(t, "name", both.Name, "--json")
	o.want(t, exitMatch)
	r = decode[jsonReport](t, o)
	if h := r.Results[0].Hits[0]; h.UID != both.UID || !cmp.Equal(h.Lists, both.Lists) || !slices.Contains(h.Lists, "SDN List") {
		t.Errorf("%q: top hit %d, lists %q; want %d on %q", both.Name, h.UID, h.Lists, both.UID, both.Lists)
	}
}

// The names given to entries of files that name no list are OFAC's own:
// every entry of the real advanced SDN XML and of the real enhanced
// consolidated XML carries the name of its list.
func TestListNames(t *testing.T) {
	cons, err := sdn.Open("../../testdata/ofac/CONS_ENHANCED-2025-01-10.XML")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range []*sdn.List{snapshotList(t), cons} {
		name := listNames[l.Source]
		for _, e := range l.Entries {
			if !slices.Contains(e.Lists, name) {
				t.Fatalf("%s entry %d is on %q, not %q", l.Source, e.UID, e.Lists, name)
			}
		}
	}
	// The CSV names none: each entry is given its file's list, and the
	// list read is left as it was.
	csvList, err := sdn.Open("../../testdata/ofac/cons-csv-2025-12")
	if err != nil {
		t.Fatal(err)
	}
	named := withListNames(csvList)
	for i := range named.Entries {
		if !cmp.Equal(named.Entries[i].Lists, []string{"Consolidated List"}) || len(csvList.Entries[i].Lists) != 0 {
			t.Fatalf("entry %d: lists %q, read %q", named.Entries[i].UID, named.Entries[i].Lists, csvList.Entries[i].Lists)
		}
	}
	if sl := snapshotList(t); withListNames(sl) != sl {
		t.Error("a list whose entries all name their lists was copied")
	}
}

// --list reads any list file, or a folder holding the CSV quartet, and the
// program says which.
func TestListFlag(t *testing.T) {
	cons := "../../testdata/ofac/CONS_ENHANCED-2025-01-10.XML"
	l, err := sdn.Open(cons)
	if err != nil {
		t.Fatal(err)
	}
	o := ofacscreen(t, "info", "--json", "--list", cons)
	o.want(t, exitClean)
	var info struct {
		List jsonList `json:"list"`
	}
	if err := json.Unmarshal([]byte(o.stdout), &info); err != nil {
		t.Fatal(err)
	}
	if info.List.Origin != "file" || info.List.Source != l.Source || info.List.Entries != len(l.Entries) || info.List.Published != day(l.Published) {
		t.Errorf("list: %+v", info.List)
	}
	if !strings.Contains(o.stderr, l.Source+" list of "+day(l.Published)+" from "+cons) {
		t.Errorf("stderr: %s", o.stderr)
	}

	// A name from that list, screened against it and not the snapshot.
	name := l.Entries[0].Name
	o = ofacscreen(t, "name", name, "--list", cons, "--json")
	o.want(t, exitMatch)
	r := decode[jsonReport](t, o)
	if r.Results[0].Hits[0].UID != l.Entries[0].UID {
		t.Errorf("top hit %d, want %d", r.Results[0].Hits[0].UID, l.Entries[0].UID)
	}

	// The CSV quartet carries no date: the program says so.
	o = ofacscreen(t, "name", "Nicolas Maduro", "--list", "../../testdata/ofac/sdn-csv-2025-12")
	o.want(t, exitMatch)
	if !strings.Contains(o.stderr, "carries no publish date") {
		t.Errorf("stderr: %s", o.stderr)
	}

	// --list twice: the SDN list and the consolidated lists together.
	// An entry of the consolidated list alone is found, and so is an SDN.
	sdnCSV, consCSV := "../../testdata/ofac/sdn-csv-2025-12", "../../testdata/ofac/cons-csv-2025-12"
	sl, err := sdn.Open(sdnCSV)
	if err != nil {
		t.Fatal(err)
	}
	cl, err := sdn.Open(consCSV)
	if err != nil {
		t.Fatal(err)
	}
	inSDN := make(map[int]bool)
	for _, e := range sl.Entries {
		inSDN[e.UID] = true
	}
	var consOnly *sdn.Entry
	for i, e := range cl.Entries {
		if !inSDN[e.UID] && e.Kind == sdn.Entity && len(strings.Fields(e.Name)) >= 3 {
			consOnly = &cl.Entries[i]
			break
		}
	}
	if consOnly == nil {
		t.Fatal("no entity of the consolidated list alone")
	}
	for _, c := range []struct {
		name string
		uid  int
	}{{consOnly.Name, consOnly.UID}, {"Nicolas Maduro", 22790}} {
		o = ofacscreen(t, "name", c.name, "--list", sdnCSV, "--list", consCSV, "--json")
		o.want(t, exitMatch)
		r := decode[jsonReport](t, o)
		if r.List.Source != "SDN+CONSOLIDATED" || len(r.Results[0].Hits) == 0 || r.Results[0].Hits[0].UID != c.uid {
			t.Fatalf("%q against both lists: source %s, hits %+v, want UID %d first", c.name, r.List.Source, r.Results[0].Hits, c.uid)
		}
		// Neither CSV file names lists: each hit is on its file's list.
		want := []string{"SDN List"}
		if c.uid == consOnly.UID {
			want = []string{"Consolidated List"}
		}
		if got := r.Results[0].Hits[0].Lists; !cmp.Equal(got, want) {
			t.Errorf("%q against both lists: lists %q, want %q", c.name, got, want)
		}
	}
	if o = ofacscreen(t, "name", consOnly.Name, "--list", sdnCSV, "--json"); o.code == exitMatch {
		if r := decode[jsonReport](t, o); len(r.Results[0].Hits) > 0 && r.Results[0].Hits[0].UID == consOnly.UID {
			t.Errorf("%q found in the SDN list alone", consOnly.Name)
		}
	}
	ofacscreen(t, "name", "x", "--list", sdnCSV, "--list", "no/such/folder").oneLineError(t, "--list no/such/folder: no such file")
	ofacscreen(t, "name", "x", "--list", sdnCSV, "--list", sdnCSV).oneLineError(t, "is given twice")
	// With an undated part, the combination is undated, but as stale as
	// its oldest dated part at least.
	o = ofacscreen(t, "info", "--json", "--list", sdnCSV, "--list", cons)
	o.want(t, exitClean)
	var both struct {
		List jsonList `json:"list"`
	}
	if err := json.Unmarshal([]byte(o.stdout), &both); err != nil {
		t.Fatal(err)
	}
	if both.List.Published != "" || both.List.AgeDays == nil || !both.List.Stale || !strings.Contains(o.stderr, "the oldest that does is of "+day(l.Published)) {
		t.Errorf("combined with an undated part: %+v\n%s", both.List, o.stderr)
	}
}

// trace is built only with -tags trace (the node clients are heavy to
// compile); a default build says so and how to get it.
func TestTraceNotInDefaultBuild(t *testing.T) {
	if dialSource != nil {
		t.Skip("built with the trace tag")
	}
	o := ofacscreen(t, "trace", "--rpc", "http://127.0.0.1:1", "0x098B716B8Aaf21512996dC57EB0615e2383E2f96")
	o.oneLineError(t, "-tags trace")
	if !strings.Contains(o.stderr, "not available in this build") {
		t.Errorf("stderr: %s", o.stderr)
	}
}

// readCSV parses the program's CSV output.
func readCSV(t *testing.T, s string) []map[string]string {
	t.Helper()
	recs, err := csv.NewReader(strings.NewReader(s)).ReadAll()
	if err != nil {
		t.Fatalf("output is not CSV: %v\n%s", err, s)
	}
	var rows []map[string]string
	for _, r := range recs[1:] {
		m := map[string]string{}
		for i, h := range recs[0] {
			m[h] = r[i]
		}
		rows = append(rows, m)
	}
	return rows
}
