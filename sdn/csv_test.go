package sdn

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

const (
	sdnCSVDir  = "../testdata/ofac/sdn-csv-2025-12"
	consCSVDir = "../testdata/ofac/cons-csv-2025-12"
	addrDir    = "../testdata/ofac/addresses-2025-11-19"
)

// readQuartet reads the four files of q from dir.
func readQuartet(tb testing.TB, dir string, q csvQuartet) [4][]byte {
	tb.Helper()
	var data [4][]byte
	for i := range data {
		b, err := os.ReadFile(filepath.Join(dir, q.name(i)))
		if err != nil {
			tb.Fatal(err)
		}
		data[i] = b
	}
	return data
}

var all4 = [4]bool{true, true, true, true}

// The real SDN quartet is parsed once and shared by the tests that only
// read it.
var realSDN = sync.OnceValues(func() (*List, error) {
	return Open(sdnCSVDir)
})

func sdnList(t *testing.T) *List {
	t.Helper()
	l, err := realSDN()
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// readRealCSV reads a file of the quartet with encoding/csv on its own, as an
// independent count for the parser's.
func readRealCSV(t *testing.T, path string) [][]string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(bytes.NewReader(bytes.TrimSuffix(b, []byte{0x1A})))
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

func TestParseCSVRealSDN(t *testing.T) {
	data := readQuartet(t, sdnCSVDir, sdnQuartet)
	l, st, err := parseQuartet(sdnQuartet, data, all4)
	if err != nil {
		t.Fatal(err)
	}
	if l.Source != SourceSDN || l.Format != FormatCSV || !l.Published.IsZero() {
		t.Errorf("Source, Format, Published = %q, %q, %v; want SDN, csv, zero", l.Source, l.Format, l.Published)
	}
	// The counts of the README: 18,494 entries, 24,244 address rows of
	// which 3,150 are empty, 20,107 aliases, 28 continuations.
	if len(l.Entries) != 18494 || st.sdnRows != 18494 {
		t.Errorf("entries = %d (rows %d), want 18494", len(l.Entries), st.sdnRows)
	}
	if st.addRows != 24244 || st.emptyAddRows != 3150 {
		t.Errorf("add.csv rows = %d, empty = %d; want 24244, 3150", st.addRows, st.emptyAddRows)
	}
	if st.altRows != 20107 || st.commentRows != 28 {
		t.Errorf("alt.csv rows = %d, comment rows = %d; want 20107, 28", st.altRows, st.commentRows)
	}

	var addrs, strong, weak, remarkAliases, noAddr int
	for _, e := range l.Entries {
		addrs += len(e.Addresses)
		if len(e.Addresses) == 0 {
			noAddr++
		}
		for _, a := range e.Aliases {
			if strings.TrimSpace(a.Name) == "" {
				t.Errorf("entry %d: alias with no name", e.UID)
			}
			if a.Weak {
				weak++
			} else {
				strong++
			}
		}
		// Counted on the text itself, not on the facts the parser split.
		for _, k := range []string{"a.k.a. '", "f.k.a. '", "n.k.a. '"} {
			remarkAliases += strings.Count(e.Remarks, k)
		}
	}
	// Empty rows are not addresses: the rest are, one for one.
	if addrs != st.addRows-st.emptyAddRows {
		t.Errorf("addresses = %d, want %d - %d", addrs, st.addRows, st.emptyAddRows)
	}
	// add.csv gives every entry at least one row, and an entry with no
	// known address exactly one empty row: so the entries left without an
	// address are exactly those of the empty rows.
	if noAddr != st.emptyAddRows {
		t.Errorf("entries without address = %d, want one per empty add.csv row (%d)", noAddr, st.emptyAddRows)
	}
	if strong != 20107 {
		t.Errorf("strong aliases = %d, want the 20,107 of alt.csv", strong)
	}
	if weak != remarkAliases || weak == 0 {
		t.Errorf("weak aliases from the remarks = %d, want %d (quoted a.k.a./f.k.a./n.k.a. in the remarks)", weak, remarkAliases)
	}
	t.Logf("aliases: %d from alt.csv, %d weak ones from the remarks", strong, weak)
}

// TestCSVEmptyAddressRows counts the all-empty rows of add.csv straight
// from the bytes, so that the 3,150 the parser drops are checked against
// something other than itself.
func TestCSVEmptyAddressRows(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(sdnCSVDir, "add.csv"))
	if err != nil {
		t.Fatal(err)
	}
	empty := regexp.MustCompile(`(?m)^\d+,\d+,-0- ,-0- ,-0- ,-0- \r$`)
	if n := len(empty.FindAll(b, -1)); n != 3150 {
		t.Errorf("all-empty add.csv lines = %d, want 3150", n)
	}
}

func TestParseCSVRealConsolidated(t *testing.T) {
	l, err := Open(consCSVDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Entries) != 442 || l.Source != SourceConsolidated || l.Format != FormatCSV {
		t.Errorf("entries, Source, Format = %d, %q, %q; want 442, CONSOLIDATED, csv", len(l.Entries), l.Source, l.Format)
	}
	_, st, err := parseQuartet(consQuartet, readQuartet(t, consCSVDir, consQuartet), all4)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		file string
		got  int
	}{
		{"cons_add.csv", st.addRows}, {"cons_alt.csv", st.altRows}, {"cons_comments.csv", st.commentRows},
	} {
		if want := len(readRealCSV(t, filepath.Join(consCSVDir, c.file))); c.got != want {
			t.Errorf("%s: parser read %d rows, encoding/csv alone %d", c.file, c.got, want)
		}
	}
	var aliases int
	for _, e := range l.Entries {
		for _, a := range e.Aliases {
			if !a.Weak {
				aliases++
			}
		}
	}
	if aliases != st.altRows {
		t.Errorf("strong aliases = %d, want one per cons_alt.csv row (%d)", aliases, st.altRows)
	}
}

// TestParseCSVSource: ParseCSV cannot tell which list its readers hold, so
// it leaves Source empty; Open names it from the file names.
func TestParseCSVSource(t *testing.T) {
	data := readQuartet(t, consCSVDir, consQuartet)
	l, err := ParseCSV(bytes.NewReader(data[0]), bytes.NewReader(data[1]), bytes.NewReader(data[2]), bytes.NewReader(data[3]))
	if err != nil {
		t.Fatal(err)
	}
	if l.Source != "" || len(l.Entries) != 442 {
		t.Errorf("Source, entries = %q, %d; want \"\", 442", l.Source, len(l.Entries))
	}
}

// wallet facts as the remarks write them, for counting on the text.
var walletFact = regexp.MustCompile(`Digital Currency Address - (\S+) ([^\s;]+?)\.?(?:;|$)`)

func TestCSVWallets(t *testing.T) {
	l := sdnList(t)

	// The parts of the remarks that sdn.csv holds, before the continuation.
	comments := map[string]bool{}
	for _, rec := range readRealCSV(t, filepath.Join(sdnCSVDir, "sdn_comments.csv")) {
		comments[rec[0]] = true
	}
	head := map[int]string{}
	for _, rec := range readRealCSV(t, filepath.Join(sdnCSVDir, "sdn.csv")) {
		if comments[rec[0]] {
			e := l.Entry(csvUID(t, rec[0]))
			if e == nil {
				t.Fatalf("entry %s missing", rec[0])
			}
			head[e.UID] = rec[11]
		}
	}

	var total, fromContinuation int
	pairs := map[[2]string]bool{}
	for _, e := range l.Entries {
		// Every wallet fact of the joined remarks, found by a regexp on the
		// text rather than by the parser's split.
		want := map[[2]string]int{}
		for _, m := range walletFact.FindAllStringSubmatch(e.Remarks, -1) {
			want[[2]string{m[1], m[2]}]++
		}
		got := map[[2]string]int{}
		for _, w := range e.Wallets {
			got[[2]string{w.Asset, w.Address}]++
			pairs[[2]string{w.Asset, w.Address}] = true
			if h, ok := head[e.UID]; ok && !strings.Contains(h, w.Asset+" "+w.Address+";") {
				fromContinuation++
			}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("entry %d wallets (-remarks +parsed):\n%s", e.UID, diff)
		}
		total += len(e.Wallets)
	}
	if total != 760 || len(pairs) != 757 {
		t.Errorf("wallets = %d (%d distinct asset/address pairs), want 760 (757)", total, len(pairs))
	}
	if fromContinuation < 300 {
		t.Errorf("only %d wallets need sdn_comments.csv; the README says hundreds", fromContinuation)
	}
	t.Logf("%d wallet facts, %d distinct pairs, %d completed only by sdn_comments.csv", total, len(pairs), fromContinuation)

	// Without sdn_comments.csv the list would lose them: ParseCSV refuses.
	data := readQuartet(t, sdnCSVDir, sdnQuartet)
	_, err := ParseCSV(bytes.NewReader(data[0]), bytes.NewReader(data[1]), bytes.NewReader(data[2]), nil)
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrFormat) || pe.UID == 0 || pe.Line == 0 {
		t.Errorf("ParseCSV without comments: err = %v, want a ParseError naming the cut entry", err)
	}
}

// TestCSVWalletsAgainstAddressFiles compares the wallets of the December
// 2025 CSV with the independent extraction of the 2025-11-19 advanced XML.
// The lists are three weeks apart, so they need not be equal: every
// difference is reported, and each one must be a real change of the list
// (the entry's remarks in the CSV do not hold the address at all), not an
// address the parser missed.
func TestCSVWalletsAgainstAddressFiles(t *testing.T) {
	l := sdnList(t)
	csvPairs := map[[2]string]int{} // pair → entry
	var raw strings.Builder
	for _, e := range l.Entries {
		for _, w := range e.Wallets {
			csvPairs[[2]string{w.Asset, w.Address}] = e.UID
		}
		raw.WriteString(e.Remarks)
	}
	files, err := filepath.Glob(filepath.Join(addrDir, "sanctioned_addresses_*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no address files: %v", err)
	}
	filePairs := map[[2]string]bool{}
	for _, f := range files {
		asset := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(f), "sanctioned_addresses_"), ".txt")
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			if a := strings.TrimSpace(sc.Text()); a != "" {
				filePairs[[2]string{asset, a}] = true
			}
		}
		fh.Close()
	}
	var onlyCSV, onlyFiles [][2]string
	for p := range csvPairs {
		if !filePairs[p] {
			onlyCSV = append(onlyCSV, p)
		}
	}
	for p := range filePairs {
		if _, ok := csvPairs[p]; !ok {
			onlyFiles = append(onlyFiles, p)
			// A pair the parser missed would still be in the text.
			if strings.Contains(raw.String(), p[1]) {
				t.Errorf("%s %s is in the CSV remarks but was not read as a wallet", p[0], p[1])
			}
		}
	}
	sortWalletPairs(onlyCSV)
	sortWalletPairs(onlyFiles)
	t.Logf("CSV (Dec 2025) %d pairs, address files (2025-11-19) %d; only in CSV %v; only in files %v",
		len(csvPairs), len(filePairs), onlyCSV, onlyFiles)
	// Known at the time of writing: the 2025-11-19 list gave entry 56360
	// (SOKOLOVSKI, Rolan) nine addresses, among them a BNB one; its
	// December remarks list the other eight and no BNB address at all. A
	// large difference would mean a parsing fault rather than three weeks
	// of list changes.
	if n := len(onlyCSV) + len(onlyFiles); n > len(filePairs)/50 {
		t.Errorf("%d pairs differ between the CSV and the address files: more than list changes explain", n)
	}
	if e := l.Entry(56360); e == nil || len(e.Wallets) != 8 || strings.Contains(e.Remarks, "BNB") {
		t.Errorf("entry 56360: want its 8 December wallets and no BNB one, got %+v", e)
	}
}

func sortWalletPairs(p [][2]string) {
	sort.Slice(p, func(i, j int) bool { return p[i][0]+p[i][1] < p[j][0]+p[j][1] })
}

func csvUID(t *testing.T, s string) int {
	t.Helper()
	n, err := csvEntNum(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestCSVGolden compares whole entries with what their lines say, read by
// hand from the December 2025 files.
func TestCSVGolden(t *testing.T) {
	l := sdnList(t)
	day := func(y, m, d int) DatePart { return DatePart{Year: y, Month: m, Day: d} }
	secondary13224 := Feature{Type: "Secondary sanctions risk:", Value: "section 1(b) of Executive Order 13224, as amended by Executive Order 13886"}
	tests := []struct {
		name string
		want Entry
		// remarks: the start and end of the joined remarks.
		remarksHead, remarksTail string
	}{
		{
			name: "individual: MADURO MOROS",
			want: Entry{
				UID: 22790, Name: "MADURO MOROS, Nicolas", Kind: Individual,
				Title:       "President of the Bolivarian Republic of Venezuela",
				Programs:    []string{"VENEZUELA", "IRAN-CON-ARMS-EO"},
				Addresses:   []Address{{City: "Caracas, Capital District", Country: "Venezuela"}},
				IDs:         []ID{{Type: "Cedula No.", Number: "5892464", Country: "Venezuela"}},
				BirthDates:  []Date{{From: day(1962, 11, 23), To: day(1962, 11, 23), Text: "23 Nov 1962"}},
				BirthPlaces: []string{"Caracas, Venezuela"}, Citizenships: []string{"Venezuela"},
				Gender:   "Male",
				Features: []Feature{{Type: RemarkFeature, Value: "President of the Bolivarian Republic of Venezuela."}},
				Remarks:  "DOB 23 Nov 1962; POB Caracas, Venezuela; citizen Venezuela; Gender Male; Cedula No. 5892464 (Venezuela); President of the Bolivarian Republic of Venezuela.",
			},
		},
		{
			name: "vessel from the columns: MAR AZUL",
			want: Entry{
				UID: 4238, Name: "MAR AZUL", Kind: Vessel, Programs: []string{"CUBA"},
				Vessel: &VesselInfo{CallSign: "CL2192", Type: "Tug", GRT: "212", Flag: "Cuba", Owner: "Samir de Navegacion S.A."},
			},
		},
		{
			name: "vessel with remarks: ANATTA",
			want: Entry{
				UID: 40560, Name: "ANATTA", Kind: Vessel, Programs: []string{"RUSSIA-EO14024"},
				Vessel: &VesselInfo{CallSign: "ZGB15", Type: "Yacht", Flag: "Cayman Islands", BuildYear: "2011"},
				IDs: []ID{
					{Type: "Vessel Registration Identification", Number: "IMO 1011159"},
					{Type: "MMSI", Number: "319025900"},
				},
				Links:    []Link{{Type: "Linked To", UID: 40558, Name: "ADONEV, Sergei Nikolaevich"}},
				Features: []Feature{{Type: "Secondary sanctions risk:", Value: "See Section 11 of Executive Order 14024"}},
			},
			remarksHead: "Secondary sanctions risk: See Section 11", remarksTail: "Linked To: ADONEV, Sergei Nikolaevich.",
		},
		{
			name: "aircraft: EP-GOL",
			want: Entry{
				UID: 15432, Name: "EP-GOL", Kind: Aircraft, Programs: []string{"SDGT"},
				Aircraft: &AircraftInfo{Model: "IL-76TD", Operator: "YAS AIR", SerialNumber: "1013409297", BuildDate: "1991"},
				Links:    []Link{{Type: "Linked To", UID: 13109, Name: "POUYA AIR"}},
				Features: []Feature{
					{Type: "Aircraft Construction Number (also called L/N or S/N or F/N)", Value: "8305"},
					secondary13224,
				},
			},
			remarksHead: "Aircraft Construction Number", remarksTail: "Linked To: POUYA AIR.",
		},
		{
			name: "entity with many IDs: MARSHAL SHIP MANAGEMENT",
			want: Entry{
				UID: 52816, Name: "MARSHAL SHIP MANAGEMENT PRIVATE LIMITED", Kind: Entity, Programs: []string{"SDGT"},
				Aliases: []Alias{
					{Name: "MARSHAL SHIP MANAGEMENT PVT LTD", Type: AKA},
					{Name: "MARSHAL SHIP MANNING AGENCY PRIVATE LIMITED", Type: AKA},
					{Name: "MARSHAL CREW MANAGEMENT FZCO", Type: AKA},
					{Name: "MARSHAL CREW MANAGEMENT PHILIPPINES INC", Type: AKA},
				},
				Addresses: []Address{
					{Address: "Unit No. 1, 5th Floor D Wing, Times Square Marol Naka, Andheri East", City: "Mumbai 400059", Country: "India"},
					{Address: "Indiqube, Oceans Bay, 2nd Floor, Plot No. A-19 & A-20, Sidco Thiru Vi Ka Industrial Estate", City: "Chennai 600032", Country: "India"},
					{Address: "D Wing, 6th Floor, Unit 605 606 607, Times Square Andheri Kurla Road Opp Mittal Estate, An, Dheri(E), Mumbai City", City: "Mumbai 400059", Country: "India"},
					{Address: "Unit 905A, 9th Floor, 8912 ASEAN Avenue Building, ASEAN Avenue, Aseana City, Brgy. Tambo Paranaque City", City: "Manila", Country: "Philippines"},
					{Address: "Unit Number BCB3 602, Building 3", City: "Dubai", Country: "United Arab Emirates"},
					{Address: "Number 202, Second Floor, Wellington Business Park 2, Andheri Kurla Road, Andheri East", City: "Mumbai 400059", Country: "India"},
				},
				IDs: []ID{
					{Type: "Tax ID No.", Number: "AANCM1876A", Country: "India"},
					{Type: "Tax ID No.", Number: "27AANCM1876A1ZF", Country: "India"},
					{Type: "Trade License No.", Number: "3274086", Country: "United Arab Emirates"},
					{Type: "Company Number", Number: "U74910MH2019PTC334992", Country: "India"},
					{Type: "Registration Number", Number: "2023120129285-02", Country: "Philippines"},
					{Type: "Registration Number", Number: "334992", Country: "India"},
				},
				Links: []Link{{Type: "Linked To", UID: 46350, Name: "SEPEHR ENERGY JAHAN NAMA PARS COMPANY"}},
				Features: []Feature{
					{Type: "Website", Value: "www.marshal-shipmanagement.com"},
					secondary13224,
					{Type: "Organization Established Date", Value: "25 Dec 2019"},
					{Type: "Organization Established Date", Value: "28 Dec 2023"},
				},
			},
			remarksHead: "Website www.marshal-shipmanagement.com;", remarksTail: "; Linked To: SEPEHR ENERGY JAHAN NAMA PARS COMPANY.",
		},
		{
			// The remarks are cut after "...ezzGa;" and the continuation
			// starts with " alt. Digital...": the "; " between two facts is
			// itself cut in two.
			name: "wallets, four of them in sdn_comments.csv: WU Huihui",
			want: Entry{
				UID: 42496, Name: "WU, Huihui", Kind: Individual, Programs: []string{"DPRK3"},
				Aliases: []Alias{
					{Name: "WAKEMEUPUPUP", Type: AKA, Weak: true},
					{Name: "FAST4RELEASE", Type: AKA, Weak: true},
				},
				Addresses: []Address{{Country: "China"}},
				IDs: []ID{
					{Type: "Passport", Number: "E59165201", Country: "China", ExpirationDate: "01 Sep 2025"},
					{Type: "Identification Number", Number: "371326198812157611", Country: "China"},
				},
				BirthDates:    []Date{{From: day(1988, 12, 15), To: day(1988, 12, 15), Text: "15 Dec 1988"}},
				BirthPlaces:   []string{"Shandong, China"},
				Nationalities: []string{"China"},
				Gender:        "Male",
				Wallets: []Wallet{
					{"XBT", "1986rYHckYbJpGQJy6ornuMyD2N5MTqwDt"}, {"XBT", "125W5ek3DT6Zqy5S2iPt4FHQdNMCbZA3FU"},
					{"XBT", "1Kc6egXevyLEaeTxLFA1Zyw7GuhCN8jQtt"}, {"XBT", "12w6v1qAaBc4W8h8C2Cu5SKFaKDSv3erUW"},
					{"XBT", "1CPJak9ZyddbawMGJPyEhCiJLXXb4sYv8N"}, {"XBT", "1DJoVLgn1foJHHngduRPJvRbwpaFEKxvxd"},
					{"XBT", "15kZobLkD6HZgEECtz4oS2Vz21XHTnNfSg"}, {"XBT", "15qyVrZvvVGvB7GWiAZ82TNcZ6QWMKu3kx"},
					{"XBT", "12YCfVAEzkEZXBYhUTyJJaRkgMXiFxJgcu"}, {"XBT", "1MkCnCa9agS5t6V1B15bzusBgYECB4LfWp"},
					{"XBT", "1NuBZQXJPyYQGfoBib8wWBDpZmbtkJa5Ba"}, {"XBT", "14rjAD8ZP5xaL571cMRE98qgxxbg1S8mAN"},
					{"XBT", "18yWCu6agTxYqAerMxiz9sgHrK3ViezzGa"},
					// From sdn_comments.csv:
					{"XBT", "12jVCWW1ZhTLA5yVnroEJswqKwsfiZKsax"}, {"XBT", "1J378PbmTKn2sEw6NBrSWVfjZLBZW3DZem"},
					{"XBT", "18aqbRhHupgvC9K8qEqD78phmTQQWs7B5d"}, {"XBT", "16ti2EXaae5izfkUZ1Zc59HMcsdnHpP5QJ"},
				},
				Links: []Link{{Type: "Linked To", UID: 27307, Name: "LAZARUS GROUP"}},
				Features: []Feature{
					{Type: "Secondary sanctions risk:", Value: "North Korea Sanctions Regulations, sections 510.201 and 510.210"},
					{Type: "Transactions Prohibited For Persons Owned or Controlled By U.S. Financial Institutions:", Value: "North Korea Sanctions Regulations section 510.214"},
				},
			},
			remarksHead: "DOB 15 Dec 1988; POB Shandong, China;", remarksTail: "ezzGa; alt. Digital Currency Address - XBT 12jVCWW1ZhTLA5yVnroEJswqKwsfiZKsax;",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := l.Entry(tt.want.UID)
			if got == nil {
				t.Fatalf("entry %d missing", tt.want.UID)
			}
			opts := []cmp.Option{cmpopts.EquateEmpty()}
			if tt.want.Remarks == "" && tt.remarksHead != "" {
				opts = append(opts, cmpopts.IgnoreFields(Entry{}, "Remarks"))
				if !strings.HasPrefix(got.Remarks, tt.remarksHead) || !strings.Contains(got.Remarks, tt.remarksTail) {
					t.Errorf("Remarks = %q, want it to start %q and hold %q", got.Remarks, tt.remarksHead, tt.remarksTail)
				}
			}
			if diff := cmp.Diff(tt.want, *got, opts...); diff != "" {
				t.Errorf("entry %d (-want +got):\n%s", tt.want.UID, diff)
			}
		})
	}
}

// TestCSVRemarksAccounted checks, over every real entry, that each fact of
// the remarks landed in exactly one place, and that no fact left as free
// text starts with a key the tables know (in any letter case): that would
// be a fact the parser failed to read.
func TestCSVRemarksAccounted(t *testing.T) {
	l := sdnList(t)
	keys := map[string]bool{}
	for _, ks := range remarkIndex {
		for _, k := range ks {
			keys[strings.ToLower(k.key)] = true
		}
	}
	var facts, remarkFacts int
	for _, src := range l.Entries {
		e := Entry{UID: src.UID, Kind: src.Kind, Remarks: src.Remarks}
		if src.Vessel != nil {
			e.Vessel = &VesselInfo{}
		}
		if src.Aircraft != nil {
			e.Aircraft = &AircraftInfo{}
		}
		readRemarks(&e, nil)
		n := 0
		for _, s := range strings.Split(e.Remarks, "; ") {
			if strings.TrimSpace(s) != "" {
				n++
			}
		}
		got := len(e.IDs) + len(e.BirthDates) + len(e.BirthPlaces) + len(e.Nationalities) +
			len(e.Citizenships) + len(e.Aliases) + len(e.Wallets) + len(e.Links) + len(e.Features) +
			countNonEmpty(e.Gender, e.Title)
		if e.Vessel != nil {
			got += countNonEmpty(e.Vessel.CallSign, e.Vessel.Type, e.Vessel.Flag, e.Vessel.Owner, e.Vessel.Tonnage, e.Vessel.GRT, e.Vessel.BuildYear)
		}
		if e.Aircraft != nil {
			got += countNonEmpty(e.Aircraft.Model, e.Aircraft.Operator, e.Aircraft.TailNumber, e.Aircraft.SerialNumber, e.Aircraft.BuildDate)
		}
		if got != n {
			t.Errorf("entry %d: %d facts in the remarks, %d read out of them", e.UID, n, got)
		}
		facts += n
		for _, f := range e.Features {
			if f.Type != RemarkFeature {
				continue
			}
			remarkFacts++
			v := strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(f.Value, "alt. "), "Alt. "))
			for k := range keys {
				if strings.HasPrefix(v, k+" ") || strings.HasPrefix(v, k+":") {
					t.Errorf("entry %d: %q left as free text but starts with the key %q", e.UID, f.Value, k)
				}
			}
		}
	}
	t.Logf("%d facts in the remarks, %d of them free text (titles, roles, notes)", facts, remarkFacts)
	if remarkFacts*20 > facts {
		t.Errorf("%d of %d facts left as free text: the key tables miss something", remarkFacts, facts)
	}
}

func countNonEmpty(ss ...string) int {
	n := 0
	for _, s := range ss {
		if s != "" {
			n++
		}
	}
	return n
}

// quartet builds a small quartet from real lines, for the error tests.
type quartet struct{ sdn, add, alt, comments string }

func (q quartet) parse() (*List, error) {
	r := func(s string) io.Reader { return strings.NewReader(s) }
	return ParseCSV(r(q.sdn), r(q.add), r(q.alt), r(q.comments))
}

const (
	eof         = "\x1a"
	lineMaduro  = "22790,\"MADURO MOROS, Nicolas\",\"individual\",\"VENEZUELA] [IRAN-CON-ARMS-EO\",\"President of the Bolivarian Republic of Venezuela\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 23 Nov 1962; POB Caracas, Venezuela; citizen Venezuela; Gender Male; Cedula No. 5892464 (Venezuela); President of the Bolivarian Republic of Venezuela.\"\r\n"
	lineAero    = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
	addMaduro   = "22790,34442,-0- ,\"Caracas, Capital District\",\"Venezuela\",-0- \r\n"
	addAero     = "36,25,-0- ,\"Havana\",\"Cuba\",-0- \r\n"
	altAero     = "36,12,\"aka\",\"AERO-CARIBBEAN\",-0- \r\n"
	commentAero = "36,\" more.\"\r\n"
)

var goodQuartet = quartet{
	sdn:      lineAero + lineMaduro + eof,
	add:      addAero + addMaduro + eof,
	alt:      altAero + eof,
	comments: eof,
}

func TestParseCSVSmall(t *testing.T) {
	l, err := goodQuartet.parse()
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Entries) != 2 || l.Entries[0].UID != 36 || len(l.Entries[0].Aliases) != 1 || len(l.Entries[1].Addresses) != 1 {
		t.Errorf("got %+v", l.Entries)
	}
	if k := l.Entries[0].Kind; k != Entity {
		t.Errorf("Kind of a \"-0- \" SDN_Type = %q, want entity", k)
	}
	// Rows of one entry need not be together: interleaved rows keep their
	// file order within each entry.
	q := goodQuartet
	q.alt = altAero + "22790,2,\"aka\",\"MADURO, Nicolas\",-0- \r\n" + "36,13,\"fka\",\"AERO-CARIBE\",-0- \r\n" + eof
	q.add = addAero + addMaduro + "36,26,\"Calle 23\",-0- ,\"Cuba\",-0- \r\n" + eof
	l, err = q.parse()
	if err != nil {
		t.Fatal(err)
	}
	wantAliases := [][]Alias{
		{{Name: "AERO-CARIBBEAN", Type: AKA}, {Name: "AERO-CARIBE", Type: FKA}},
		{{Name: "MADURO, Nicolas", Type: AKA}},
	}
	wantAddrs := [][]Address{
		{{City: "Havana", Country: "Cuba"}, {Address: "Calle 23", Country: "Cuba"}},
		{{City: "Caracas, Capital District", Country: "Venezuela"}},
	}
	for i, e := range l.Entries {
		if diff := cmp.Diff(wantAliases[i], e.Aliases); diff != "" {
			t.Errorf("entry %d aliases (-want +got):\n%s", e.UID, diff)
		}
		if diff := cmp.Diff(wantAddrs[i], e.Addresses); diff != "" {
			t.Errorf("entry %d addresses (-want +got):\n%s", e.UID, diff)
		}
	}

	// nil companions: the entries alone.
	l, err = ParseCSV(strings.NewReader(goodQuartet.sdn), nil, nil, nil)
	if err != nil || len(l.Entries) != 2 || l.Entries[1].Addresses != nil || len(l.Entries[1].IDs) != 1 {
		t.Errorf("ParseCSV(sdn, nil, nil, nil) = %+v, %v", l, err)
	}
}

func TestParseCSVErrors(t *testing.T) {
	tests := []struct {
		name string
		q    quartet
		file string
		line int
		uid  int
	}{
		{"empty sdn.csv", quartet{"", eof, eof, eof}, "sdn.csv", 0, 0},
		{"sdn.csv with only the end mark", quartet{eof, eof, eof, eof}, "sdn.csv", 1, 0},
		{"empty add.csv", quartet{goodQuartet.sdn, "", eof, eof}, "add.csv", 0, 0},
		{"truncated at a line end", quartet{lineAero + lineMaduro, eof, eof, eof}, "sdn.csv", 3, 0},
		{"truncated mid-quote", quartet{lineAero + lineMaduro[:120], eof, eof, eof}, "sdn.csv", 2, 0},
		{"truncated mid-quote, end mark kept", quartet{lineAero + lineMaduro[:120] + eof, eof, eof, eof}, "sdn.csv", 2, 0},
		{"truncated add.csv", quartet{goodQuartet.sdn, addAero, eof, eof}, "add.csv", 2, 0},
		{"wrong column count", quartet{lineAero + "22790,\"MADURO MOROS, Nicolas\",\"individual\"\r\n" + eof, eof, eof, eof}, "sdn.csv", 2, 22790},
		{"add.csv with sdn.csv's columns", quartet{goodQuartet.sdn, goodQuartet.sdn, eof, eof}, "add.csv", 1, 36},
		{"bad ent_num", quartet{strings.Replace(goodQuartet.sdn, "22790,", "22x90,", 1), eof, eof, eof}, "sdn.csv", 2, 0},
		{"negative ent_num", quartet{strings.Replace(goodQuartet.sdn, "22790,", "-5,", 1), eof, eof, eof}, "sdn.csv", 2, 0},
		{"duplicate ent_num", quartet{lineAero + lineAero + eof, eof, eof, eof}, "sdn.csv", 2, 36},
		{"unknown SDN_Type", quartet{strings.Replace(goodQuartet.sdn, "\"individual\"", "\"person\"", 1), eof, eof, eof}, "sdn.csv", 2, 22790},
		{"empty name", quartet{strings.Replace(goodQuartet.sdn, "\"AEROCARIBBEAN AIRLINES\"", "-0- ", 1), eof, eof, eof}, "sdn.csv", 1, 36},
		{"orphan alt row", quartet{goodQuartet.sdn, goodQuartet.add, altAero + "999,1,\"aka\",\"NOBODY\",-0- \r\n" + eof, eof}, "alt.csv", 2, 999},
		{"orphan add row", quartet{goodQuartet.sdn, "999,1,-0- ,\"Havana\",\"Cuba\",-0- \r\n" + eof, eof, eof}, "add.csv", 1, 999},
		{"orphan comment", quartet{goodQuartet.sdn, eof, eof, "999,\"x\"\r\n" + eof}, "sdn_comments.csv", 1, 999},
		{"unknown alt_type", quartet{goodQuartet.sdn, eof, "36,12,\"bka\",\"AERO-CARIBBEAN\",-0- \r\n" + eof, eof}, "alt.csv", 1, 36},
		{"empty alt_name", quartet{goodQuartet.sdn, eof, "36,12,\"aka\",-0- ,-0- \r\n" + eof, eof}, "alt.csv", 1, 36},
		{"bad add_num", quartet{goodQuartet.sdn, "36,x,-0- ,\"Havana\",\"Cuba\",-0- \r\n" + eof, eof, eof}, "add.csv", 1, 36},
		{"bare quote", quartet{lineAero + "22790,\"MADURO \"MOROS\", Nicolas\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n" + eof, eof, eof, eof}, "sdn.csv", 2, 0},
		{"garbage bytes", quartet{lineAero + "\x00\xff\xfe\x89PNG\r\n" + eof, eof, eof, eof}, "sdn.csv", 2, 0},
		{"end mark mid-file", quartet{lineAero + eof + lineMaduro + eof, eof, eof, eof}, "sdn.csv", 2, 0},
		{"XML instead of CSV", quartet{"<?xml version=\"1.0\"?>\r\n<sdnList>\r\n" + eof, eof, eof, eof}, "sdn.csv", 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := tt.q.parse()
			if err == nil {
				t.Fatalf("no error; list = %+v", l)
			}
			if l != nil {
				t.Errorf("a list came back with the error")
			}
			if !errors.Is(err, ErrFormat) {
				t.Errorf("error %v does not wrap ErrFormat", err)
			}
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %T is not a *ParseError", err)
			}
			if pe.File != tt.file || pe.Line != tt.line || pe.UID != tt.uid {
				t.Errorf("error %q names file %q line %d entry %d; want %q line %d entry %d",
					err, pe.File, pe.Line, pe.UID, tt.file, tt.line, tt.uid)
			}
		})
	}
}

func TestOpenCSVDirErrors(t *testing.T) {
	write := func(t *testing.T, files map[string]string) string {
		dir := t.TempDir()
		for name, s := range files {
			if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return dir
	}
	full := map[string]string{"sdn.csv": goodQuartet.sdn, "add.csv": goodQuartet.add, "alt.csv": goodQuartet.alt, "sdn_comments.csv": goodQuartet.comments}

	t.Run("complete, names in upper case", func(t *testing.T) {
		files := map[string]string{}
		for k, v := range full {
			files[strings.ToUpper(k)] = v
		}
		l, err := Open(write(t, files))
		if err != nil || len(l.Entries) != 2 || l.Source != SourceSDN {
			t.Errorf("Open = %+v, %v", l, err)
		}
	})
	for _, missing := range []string{"add.csv", "alt.csv", "sdn_comments.csv"} {
		t.Run("missing "+missing, func(t *testing.T) {
			files := map[string]string{}
			for k, v := range full {
				if k != missing {
					files[k] = v
				}
			}
			_, err := Open(write(t, files))
			var pe *ParseError
			if !errors.As(err, &pe) || pe.File != missing || !errors.Is(err, fs.ErrNotExist) || !errors.Is(err, ErrFormat) {
				t.Errorf("err = %v, want a ParseError naming %s", err, missing)
			}
		})
	}
	t.Run("both quartets", func(t *testing.T) {
		files := map[string]string{"cons_prim.csv": goodQuartet.sdn}
		for k, v := range full {
			files[k] = v
		}
		if _, err := Open(write(t, files)); !errors.Is(err, ErrFormat) {
			t.Errorf("err = %v, want an error", err)
		}
	})
	t.Run("no quartet", func(t *testing.T) {
		if _, err := Open(write(t, map[string]string{"readme.txt": "x"})); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("err = %v, want not-exist", err)
		}
	})
}

// BenchmarkParseCSV parses the real SDN quartet, read into memory once.
func BenchmarkParseCSV(b *testing.B) {
	data := readQuartet(b, sdnCSVDir, sdnQuartet)
	b.SetBytes(int64(len(data[0]) + len(data[1]) + len(data[2]) + len(data[3])))
	b.ReportAllocs()
	for b.Loop() {
		l, err := ParseCSV(bytes.NewReader(data[0]), bytes.NewReader(data[1]), bytes.NewReader(data[2]), bytes.NewReader(data[3]))
		if err != nil || len(l.Entries) != 18494 {
			b.Fatal(err)
		}
	}
}
