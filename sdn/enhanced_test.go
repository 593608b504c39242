package sdn

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

const (
	realEnhancedFile   = "../testdata/ofac/CONS_ENHANCED-2025-01-10.XML"
	enhancedConsCSVDir = "../testdata/ofac/cons-csv-2025-12"
)

// realEnhancedXML is the genuine CONS_ENHANCED.XML of 2025-01-10, read once.
var realEnhancedXML = sync.OnceValues(func() ([]byte, error) {
	return os.ReadFile(realEnhancedFile)
})

var realEnhancedList = sync.OnceValues(func() (*List, error) {
	b, err := realEnhancedXML()
	if err != nil {
		return nil, err
	}
	return Parse(bytes.NewReader(b))
})

func mustRealEnhanced(t testing.TB) *List {
	t.Helper()
	l, err := realEnhancedList()
	if err != nil {
		t.Fatalf("parsing %s: %v", realEnhancedFile, err)
	}
	return l
}

func mustEnhancedBytes(t testing.TB) []byte {
	t.Helper()
	b, err := realEnhancedXML()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// enhancedPiece cuts a valid enhanced document out of the real file: its
// header, publication info and reference values (when withRefs), and the
// entities with the given ids, in file order.
func enhancedPiece(t testing.TB, withRefs bool, uids ...int) []byte {
	t.Helper()
	full := mustEnhancedBytes(t)
	start := bytes.Index(full, []byte("<entities>"))
	if start < 0 {
		t.Fatal("no <entities> in the real file")
	}
	var b bytes.Buffer
	if withRefs {
		b.Write(full[:start])
	} else {
		refs := bytes.Index(full, []byte("  <referenceValues>"))
		b.Write(full[:refs])
	}
	b.WriteString("<entities>\n")
	for _, uid := range uids {
		b.Write(enhancedEntityBlock(t, full, uid))
		b.WriteByte('\n')
	}
	b.WriteString("  </entities>\n</sanctionsData>\n")
	return b.Bytes()
}

func enhancedEntityBlock(t testing.TB, full []byte, uid int) []byte {
	t.Helper()
	open := []byte(fmt.Sprintf(`<entity id="%d">`, uid))
	i := bytes.Index(full, open)
	if i < 0 {
		t.Fatalf("entity %d not in the real file", uid)
	}
	j := bytes.Index(full[i:], []byte("</entity>"))
	return append([]byte("    "), full[i:i+j+len("</entity>")]...)
}

func TestEnhancedRealFile(t *testing.T) {
	l := mustRealEnhanced(t)
	if got, want := len(l.Entries), 443; got != want {
		t.Errorf("entries: got %d, want %d", got, want)
	}
	if l.Source != SourceConsolidated {
		t.Errorf("Source: got %q, want %q", l.Source, SourceConsolidated)
	}
	if l.Format != FormatEnhancedXML {
		t.Errorf("Format: got %q", l.Format)
	}
	if want := time.Date(2025, 1, 10, 0, 0, 0, 0, time.UTC); !l.Published.Equal(want) {
		t.Errorf("Published: got %v, want %v", l.Published, want)
	}
	kinds := map[Kind]int{}
	seen := map[int]bool{}
	for _, e := range l.Entries {
		if seen[e.UID] {
			t.Errorf("UID %d twice", e.UID)
		}
		seen[e.UID] = true
		kinds[e.Kind]++
		if e.Name == "" || len(e.NameParts) == 0 || len(e.Programs) == 0 || len(e.Lists) == 0 {
			t.Errorf("entry %d lacks a name, name parts, programs or lists: %+v", e.UID, e)
		}
		for _, a := range e.Aliases {
			if a.Name == "" || a.Script == "" {
				t.Errorf("entry %d: alias without name or script: %+v", e.UID, a)
			}
		}
		for _, f := range e.Features {
			// Paths are how the reader keeps elements it does not model: the
			// real file has none.
			if strings.Contains(f.Type, "/") && f.Type != "Purchase/Sales For Divestment Date (CMIC)" && f.Type != "SWIFT/BIC" {
				t.Errorf("entry %d: unmodelled element kept as %q", e.UID, f.Type)
			}
		}
	}
	// Counted with grep on the raw file: 80 <entityType>Individual, 363 Entity.
	if diff := cmp.Diff(map[Kind]int{Individual: 80, Entity: 363}, kinds); diff != "" {
		t.Errorf("kinds (-want +got):\n%s", diff)
	}
	// Original-script names: 39 Cyrillic, 5 Chinese Simplified and 1
	// Chinese Traditional translations in the file.
	scripts := map[string]int{}
	for _, e := range l.Entries {
		for _, a := range e.Aliases {
			scripts[a.Script]++
		}
	}
	if scripts["Cyrl"] != 39 || scripts["Hans"] != 5 || scripts["Hant"] != 1 {
		t.Errorf("scripts: got %v, want 39 Cyrl, 5 Hans, 1 Hant", scripts)
	}
}

// readCSVRecords reads one of OFAC's legacy CSV files (no header, the
// end-of-file mark 0x1A) with encoding/csv, independently of ParseCSV.
func readCSVRecords(t testing.TB, path string) [][]string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	b = bytes.TrimRight(b, "\x1a\r\n")
	r := csv.NewReader(bytes.NewReader(b))
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return recs
}

func csvValue(s string) string {
	if strings.TrimSpace(s) == "-0-" {
		return ""
	}
	return s
}

// TestEnhancedAgreesWithCSV checks the enhanced reader against the
// consolidated CSV, an independent rendering of the same list. The CSV is of
// December 2025 and the XML of January 2025: the differences listed are
// changes OFAC made in between, checked one by one in both files.
func TestEnhancedAgreesWithCSV(t *testing.T) {
	l := mustRealEnhanced(t)
	knownDiffs := map[int]string{
		// Delisted between January and December 2025.
		26182: "in the XML only",
		// RUSSIA-EO14024 added to these entries after 2025-01-10.
		17022: "programs", 17248: "programs", 18267: "programs", 18269: "programs",
		18271: "programs", 18274: "programs", 18276: "programs", 18282: "programs",
		18290: "programs", 18292: "programs",
		// Renamed to RN KOMSOMOLSKIY REFINERY LLC, and RUSSIA-EO14024 added.
		18284: "name, programs",
		// SYRIA removed from its programs after 2025-01-10.
		18782: "programs",
	}
	type row struct {
		name, kind string
		programs   []string
	}
	csvRows := map[int]row{}
	for _, rec := range readCSVRecords(t, enhancedConsCSVDir+"/cons_prim.csv") {
		if len(rec) < 4 {
			continue
		}
		uid, err := strconv.Atoi(rec[0])
		if err != nil {
			t.Fatalf("cons_prim.csv: ent_num %q", rec[0])
		}
		kind, ok := ParseKind(rec[2])
		if !ok {
			t.Fatalf("cons_prim.csv %d: kind %q", uid, rec[2])
		}
		progs := strings.Split(rec[3], "] [")
		sort.Strings(progs)
		csvRows[uid] = row{name: rec[1], kind: string(kind), programs: progs}
	}
	if len(csvRows) != 442 {
		t.Fatalf("cons_prim.csv: %d entries, want 442", len(csvRows))
	}
	got := map[int]string{}
	for _, e := range l.Entries {
		c, ok := csvRows[e.UID]
		if !ok {
			got[e.UID] = "in the XML only"
			continue
		}
		progs := append([]string(nil), e.Programs...)
		sort.Strings(progs)
		var what []string
		if e.Name != c.name {
			what = append(what, "name")
		}
		if string(e.Kind) != c.kind {
			what = append(what, "kind")
		}
		if !cmp.Equal(progs, c.programs) {
			what = append(what, "programs")
		}
		if len(what) > 0 {
			got[e.UID] = strings.Join(what, ", ")
			t.Logf("%d: XML %q %s %v; CSV %q %s %v", e.UID, e.Name, e.Kind, progs, c.name, c.kind, c.programs)
		}
	}
	for uid := range csvRows {
		if l.Entry(uid) == nil {
			got[uid] = "in the CSV only"
		}
	}
	if diff := cmp.Diff(knownDiffs, got); diff != "" {
		t.Errorf("differences from cons_prim.csv (-known +got):\n%s", diff)
	}
}

// TestEnhancedAliasesAgreeWithCSV compares the strong Latin aliases with
// cons_alt.csv. Weak aliases are not in alt.csv: the CSV quotes them in the
// remarks.
func TestEnhancedAliasesAgreeWithCSV(t *testing.T) {
	l := mustRealEnhanced(t)
	knownDiffs := map[int]string{
		// Aliases added after 2025-01-10.
		17248: "csv only: a.k.a. PUBLIC JOINT-STOCK COMPANY OIL COMPANY LUKOIL",
		18271: "csv only: a.k.a. AO VCHNG",
		18282: "csv only: a.k.a. OJSC NOVOKUYBYSHEV REFINERY",
		18284: "csv only: a.k.a. LLC RN KOMSOMOLSKIY NPZ",
		18292: "csv only: a.k.a. ACHINSK OIL REFINERY OF THE EASTERN OIL COMPANY; a.k.a. JOINT STOCK COMPANY ACHINSK REFINERY OF EASTERN PETROLEUM COMPANY; a.k.a. JSC ACHINSK OIL REFINERY VNK",
		// The CSV turns the inner double quotes into single quotes.
		22391: `xml only: a.k.a. OPEN JOINT-STOCK COMPANY "OIL TRUNK PIPELINES 'DRUZHBA'"; csv only: a.k.a. OPEN JOINT-STOCK COMPANY 'OIL TRUNK PIPELINES 'DRUZHBA''`,
	}
	csvAliases := map[int]map[string]bool{}
	for _, rec := range readCSVRecords(t, enhancedConsCSVDir+"/cons_alt.csv") {
		if len(rec) < 4 {
			continue
		}
		uid, _ := strconv.Atoi(rec[0])
		typ, ok := ParseAliasType(rec[2])
		if !ok {
			t.Fatalf("cons_alt.csv %d: alias type %q", uid, rec[2])
		}
		if csvAliases[uid] == nil {
			csvAliases[uid] = map[string]bool{}
		}
		csvAliases[uid][string(typ)+" "+rec[3]] = true
	}
	got := map[int]string{}
	for _, e := range l.Entries {
		xmlAliases := map[string]bool{}
		for _, a := range e.Aliases {
			if a.Script == "Latn" && !a.Weak {
				xmlAliases[string(a.Type)+" "+a.Name] = true
			}
		}
		var xmlOnly, csvOnly []string
		for a := range xmlAliases {
			if !csvAliases[e.UID][a] {
				xmlOnly = append(xmlOnly, a)
			}
		}
		for a := range csvAliases[e.UID] {
			if !xmlAliases[a] {
				csvOnly = append(csvOnly, a)
			}
		}
		sort.Strings(xmlOnly)
		sort.Strings(csvOnly)
		var what []string
		if len(xmlOnly) > 0 {
			what = append(what, "xml only: "+strings.Join(xmlOnly, "; "))
		}
		if len(csvOnly) > 0 {
			what = append(what, "csv only: "+strings.Join(csvOnly, "; "))
		}
		if len(what) > 0 {
			got[e.UID] = strings.Join(what, "; ")
		}
	}
	if diff := cmp.Diff(knownDiffs, got); diff != "" {
		t.Errorf("alias differences from cons_alt.csv (-known +got):\n%s", diff)
	}
}

// TestEnhancedGolden checks whole entries against what the raw file says,
// read by hand from CONS_ENHANCED-2025-01-10.XML.
func TestEnhancedGolden(t *testing.T) {
	l := mustRealEnhanced(t)
	latn := func(name string, typ AliasType, weak bool, parts ...NamePart) Alias {
		return Alias{Name: name, Type: typ, Weak: weak, Script: "Latn", Parts: parts}
	}
	want := []Entry{
		{
			UID:  9647,
			Name: "ZAHHAR, Mahmoud Khaled",
			Kind: Individual,
			NameParts: []NamePart{
				{Type: LastName, Value: "ZAHHAR"},
				{Type: FirstName, Value: "Mahmoud Khaled"},
			},
			Programs: []string{"NS-PLC", "SDGT"},
			Lists:    []string{"Non-SDN Palestinian Legislative Council List", "Consolidated List", "SDN List"},
			Aliases: []Alias{
				latn("AL ZAHAR, Mahmoud Khaled", AKA, false,
					NamePart{Type: LastName, Value: "AL ZAHAR"}, NamePart{Type: FirstName, Value: "Mahmoud Khaled"}),
				// Weak (isLowQuality): the parts keep the file's own case.
				latn("ZAHAR, Mahmoud", AKA, true,
					NamePart{Type: LastName, Value: "Zahar"}, NamePart{Type: FirstName, Value: "Mahmoud"}),
				latn("AL-ZAHAR, Mahmoud", AKA, true,
					NamePart{Type: LastName, Value: "al-Zahar"}, NamePart{Type: FirstName, Value: "Mahmoud"}),
			},
			Addresses:     []Address{{Region: "Gaza"}},
			BirthDates:    []Date{{From: DatePart{Year: 1945}, To: DatePart{Year: 1945}, Text: "1945"}},
			BirthPlaces:   []string{"Gaza Strip"},
			Nationalities: []string{"Palestinian"},
			Gender:        "Male",
			Links:         []Link{{Type: "Acting for or on behalf of", UID: 4695, Name: "HAMAS"}},
			Features: []Feature{
				{Type: "Sanctions Type", Value: "Reject"},
				{Type: "Sanctions Type", Value: "Block"},
				{Type: "Legal Authority", Value: "General License 4 Under EO 13224 (Terrorism)"},
				{Type: "Legal Authority", Value: "Executive Order 13224 (Terrorism)"},
				{Type: "Secondary sanctions risk:", Value: "section 1(b) of Executive Order 13224, as amended by Executive Order 13886"},
			},
		},
		{
			UID:       33112,
			Name:      "CLOUDWALK TECHNOLOGY CO., LTD.",
			Kind:      Entity,
			NameParts: []NamePart{{Type: EntityName, Value: "Cloudwalk Technology Co., Ltd."}},
			Programs:  []string{"CMIC-EO13959"},
			Lists:     []string{"Non-SDN CMIC List", "Consolidated List"},
			Aliases: []Alias{
				// The primary name in Chinese: not an a.k.a., so no Type.
				{Name: "云从科技集团股份有限公司", Script: "Hans", Parts: []NamePart{{Type: EntityName, Value: "云从科技集团股份有限公司"}}},
				latn("CLOUDWALK", AKA, true, NamePart{Type: EntityName, Value: "CloudWalk"}),
			},
			Addresses: []Address{
				{Address: "Room 501, No. 37, Jinlong Road, Nansha District", City: "Guangzhou", State: "Guangdong", PostalCode: "511457", Country: "China"},
				{Address: "Building 11, Zhangjiang Artificial Intelligence Island, Chuanhe Road, Pudong New Area", City: "Shanghai", Country: "China"},
			},
			IDs: []ID{{Type: "Unified Social Credit Code (USCC)", Number: "914401153314442716", Country: "China"}},
			Features: []Feature{
				{Type: "Sanctions Type", Value: "CMIC Executive Order"},
				{Type: "Legal Authority", Value: "Executive Order 14032 (CMIC)"},
				{Type: "Purchase/Sales For Divestment Date (CMIC)", Value: "16 Dec 2022"},
				{Type: "Effective Date (CMIC)", Value: "14 Feb 2022"},
				{Type: "Listing Date (CMIC)", Value: "16 Dec 2021"},
			},
		},
		{
			UID:  26182,
			Name: "KAYAKIRAN, Evren",
			Kind: Individual,
			NameParts: []NamePart{
				{Type: LastName, Value: "KAYAKIRAN"},
				{Type: FirstName, Value: "Evren"},
			},
			Programs:     []string{"FSE-IR"},
			Lists:        []string{"FSE List", "Consolidated List"},
			Addresses:    []Address{{Country: "Turkey"}},
			IDs:          []ID{{Type: "Passport", Number: "U00242309", Country: "Turkey"}},
			BirthDates:   []Date{{From: DatePart{1980, 2, 8}, To: DatePart{1980, 2, 8}, Text: "08 Feb 1980"}},
			Citizenships: []string{"Turkey"},
			Gender:       "Male",
			Features: []Feature{
				{Type: "Sanctions Type", Value: "Reject"},
				{Type: "Legal Authority", Value: "Executive Order 13608 (Iran/Syria)"},
			},
		},
	}
	for _, w := range want {
		got := l.Entry(w.UID)
		if got == nil {
			t.Errorf("entry %d missing", w.UID)
			continue
		}
		if diff := cmp.Diff(w, *got); diff != "" {
			t.Errorf("entry %d (-want +got):\n%s", w.UID, diff)
		}
	}
}

// TestEnhancedCyrillicAndDocuments checks what the goldens above do not
// reach, on entries 17013 (VTB Bank) and 17015: Cyrillic translations of
// names and addresses, feature comments, identity documents, f.k.a.s.
func TestEnhancedCyrillicAndDocuments(t *testing.T) {
	e := mustRealEnhanced(t).Entry(17013)
	if e == nil {
		t.Fatal("entry 17013 missing")
	}
	has := func(what string, ok bool) {
		t.Helper()
		if !ok {
			t.Errorf("entry 17013: no %s", what)
		}
	}
	find := func(pred func(Alias) bool) bool {
		for _, a := range e.Aliases {
			if pred(a) {
				return true
			}
		}
		return false
	}
	has("Cyrillic alias", find(func(a Alias) bool { return a.Script == "Cyrl" && a.Name != "" }))
	has("f.k.a.", find(func(a Alias) bool { return a.Type == FKA }))
	has("weak alias", find(func(a Alias) bool { return a.Weak }))
	hasFeature := func(f Feature) bool {
		for _, g := range e.Features {
			if g == f {
				return true
			}
		}
		return false
	}
	// <comments>Russian Language website for the bank</comments> on www.vtb.ru.
	has("commented website", hasFeature(Feature{Type: "Website", Value: "www.vtb.ru (Russian Language website for the bank)"}))
	has("SWIFT/BIC", hasFeature(Feature{Type: "SWIFT/BIC", Value: "VTBRRUMM"}))
	has("registration ID", func() bool {
		for _, id := range e.IDs {
			if id == (ID{Type: "Registration ID", Number: "1027739609391", Country: "Russia"}) {
				return true
			}
		}
		return false
	}())
	// Entry 17015's address 52521 has a Cyrillic translation; the Latin one
	// is the Address.
	e15 := mustRealEnhanced(t).Entry(17015)
	if e15 == nil {
		t.Fatal("entry 17015 missing")
	}
	if !containsFeature(e15.Features, Feature{Type: "Address (Cyrillic)", Value: "Пр-Кт Академика Сахарова, Д. 9, Город Москва, 107078, Russia"}) {
		t.Errorf("entry 17015: Cyrillic address missing: %v", e15.Features)
	}
	latin := Address{Address: "Pr-kt, Akademika Sakharova, D. 9", City: "Moscow", PostalCode: "107078", Country: "Russia"}
	found := false
	for _, a := range e15.Addresses {
		found = found || a == latin
	}
	if !found {
		t.Errorf("entry 17015: address %+v missing: %+v", latin, e15.Addresses)
	}
}

// TestEnhancedDatesAgreeWithValueDate reads every dated feature of the real
// file twice: from its printed value and from its structured <valueDate>.
// The two must agree, which checks the text reader against OFAC's own
// reading of the same date.
func TestEnhancedDatesAgreeWithValueDate(t *testing.T) {
	d := xml.NewDecoder(bytes.NewReader(mustEnhancedBytes(t)))
	n := 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "feature" {
			continue
		}
		tree, err := (&treeDecoder{d: d}).readTree(se)
		if err != nil {
			t.Fatal(err)
		}
		vd := tree.child("valueDate")
		if vd == nil {
			continue
		}
		n++
		value := tree.childText("value")
		fromText, ok := parseListDate(value)
		if !ok {
			t.Errorf("feature %s: value %q unreadable", tree.attr("id"), value)
			continue
		}
		fromStruct, ok := dateFromValueDate(vd)
		if !ok {
			t.Errorf("feature %s: valueDate unreadable", tree.attr("id"))
			continue
		}
		fromStruct.Text = fromText.Text
		if diff := cmp.Diff(fromStruct, fromText); diff != "" {
			t.Errorf("feature %s %q (-valueDate +text):\n%s", tree.attr("id"), value, diff)
		}
	}
	if n != 363 {
		t.Errorf("dated features: got %d, want 363", n)
	}
}

func TestParseListDate(t *testing.T) {
	day := func(y, m, d int) DatePart { return DatePart{Year: y, Month: m, Day: d} }
	tests := []struct {
		in   string
		want Date
		ok   bool
	}{
		{"23 Nov 1962", Date{From: day(1962, 11, 23), To: day(1962, 11, 23), Text: "23 Nov 1962"}, true},
		{"08 Feb 1980", Date{From: day(1980, 2, 8), To: day(1980, 2, 8), Text: "08 Feb 1980"}, true},
		{"Nov 1962", Date{From: DatePart{Year: 1962, Month: 11}, To: DatePart{Year: 1962, Month: 11}, Text: "Nov 1962"}, true},
		{"1962", Date{From: DatePart{Year: 1962}, To: DatePart{Year: 1962}, Text: "1962"}, true},
		{"1962.", Date{From: DatePart{Year: 1962}, To: DatePart{Year: 1962}, Text: "1962."}, true},
		{"circa 1958", Date{From: DatePart{Year: 1958}, To: DatePart{Year: 1958}, Circa: true, Text: "circa 1958"}, true},
		{"circa 01 Jan 1960", Date{From: day(1960, 1, 1), To: day(1960, 1, 1), Circa: true, Text: "circa 01 Jan 1960"}, true},
		{"1960 to 1962", Date{From: DatePart{Year: 1960}, To: DatePart{Year: 1962}, Text: "1960 to 1962"}, true},
		{"01 Jan 1964 to 17 Feb 1964", Date{From: day(1964, 1, 1), To: day(1964, 2, 17), Text: "01 Jan 1964 to 17 Feb 1964"}, true},
		{"Feb 1980 to Mar 1981", Date{From: DatePart{Year: 1980, Month: 2}, To: DatePart{Year: 1981, Month: 3}, Text: "Feb 1980 to Mar 1981"}, true},
		{"circa 1979-1982", Date{From: DatePart{Year: 1979}, To: DatePart{Year: 1982}, Circa: true, Text: "circa 1979-1982"}, true},
		{"1962-11-23", Date{From: day(1962, 11, 23), To: day(1962, 11, 23), Text: "1962-11-23"}, true},
		// Unusual wording is kept as text, not an error.
		{"early 1960s", Date{Text: "early 1960s"}, false},
		{"31 Feb 1980", Date{Text: "31 Feb 1980"}, false},
		{"1962 to 1960", Date{Text: "1962 to 1960"}, false},
		{"23 Foo 1962", Date{Text: "23 Foo 1962"}, false},
		{"", Date{}, false},
	}
	for _, tt := range tests {
		got, ok := parseListDate(tt.in)
		if ok != tt.ok {
			t.Errorf("parseListDate(%q) ok = %v, want %v", tt.in, ok, tt.ok)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("parseListDate(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestDateFromValueDate(t *testing.T) {
	vd := func(fb, fe, tb, te string, approx, rng bool) *xtree {
		return &xtree{Name: "valueDate", Kids: []xtree{
			{Name: "fromDateBegin", Text: fb}, {Name: "fromDateEnd", Text: fe},
			{Name: "toDateBegin", Text: tb}, {Name: "toDateEnd", Text: te},
			{Name: "isApproximate", Text: strconv.FormatBool(approx)},
			{Name: "isDateRange", Text: strconv.FormatBool(rng)},
		}}
	}
	tests := []struct {
		name string
		in   *xtree
		want Date
		ok   bool
	}{
		{"day", vd("1980-02-08", "1980-02-08", "1980-02-08", "1980-02-08", false, false),
			Date{From: DatePart{1980, 2, 8}, To: DatePart{1980, 2, 8}}, true},
		{"year", vd("1962-01-01", "1962-01-01", "1962-12-31", "1962-12-31", false, false),
			Date{From: DatePart{Year: 1962}, To: DatePart{Year: 1962}}, true},
		{"month", vd("1962-02-01", "1962-02-01", "1962-02-28", "1962-02-28", false, false),
			Date{From: DatePart{Year: 1962, Month: 2}, To: DatePart{Year: 1962, Month: 2}}, true},
		{"circa year", vd("1958-01-01", "1958-01-01", "1958-12-31", "1958-12-31", true, false),
			Date{From: DatePart{Year: 1958}, To: DatePart{Year: 1958}, Circa: true}, true},
		{"year range", vd("1960-01-01", "1960-01-01", "1962-12-31", "1962-12-31", false, true),
			Date{From: DatePart{Year: 1960}, To: DatePart{Year: 1962}}, true},
		{"day range", vd("1964-01-01", "1964-01-01", "1964-02-17", "1964-02-17", false, true),
			Date{From: DatePart{1964, 1, 1}, To: DatePart{1964, 2, 17}}, true},
		{"reversed", vd("1964-01-01", "1964-01-01", "1963-02-17", "1963-02-17", false, true), Date{}, false},
		{"not a date", vd("1964-13-01", "", "", "1964-02-17", false, false), Date{}, false},
	}
	for _, tt := range tests {
		got, ok := dateFromValueDate(tt.in)
		if ok != tt.ok {
			t.Errorf("%s: ok = %v, want %v", tt.name, ok, tt.ok)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestEnhancedVariants edits a real piece of the file to reach what this
// consolidated file does not show: the SDN list filter, vessels and wallets
// (SDN_ENHANCED.XML has them), a date only the structure can read, and an
// element the reader does not know.
func TestEnhancedVariants(t *testing.T) {
	base := string(enhancedPiece(t, true, 9639))
	mustParse := func(t *testing.T, doc string) *List {
		t.Helper()
		l, err := Parse(strings.NewReader(doc))
		if err != nil {
			t.Fatal(err)
		}
		return l
	}
	t.Run("SDN filter", func(t *testing.T) {
		doc := strings.Replace(base, `<sanctionsList refId="91512">Consolidated List</sanctionsList>`,
			`<sanctionsList refId="1550">SDN List</sanctionsList>`, 1)
		if got := mustParse(t, doc).Source; got != SourceSDN {
			t.Errorf("Source: got %q, want SDN", got)
		}
	})
	t.Run("no filter", func(t *testing.T) {
		doc := strings.Replace(base, `<sanctionsList refId="91512">Consolidated List</sanctionsList>`, "", 1)
		// 9639 is on the PLC and consolidated lists, not on the SDN list.
		if got := mustParse(t, doc).Source; got != SourceConsolidated {
			t.Errorf("Source: got %q, want CONSOLIDATED", got)
		}
	})
	t.Run("vessel and wallet features", func(t *testing.T) {
		feature := func(typ, value string) string {
			return fmt.Sprintf(`<feature id="1"><type featureTypeId="1">%s</type><versionId>1</versionId><value>%s</value><isPrimary>true</isPrimary></feature>`, typ, value)
		}
		extra := feature("VESSEL TYPE", "Crude Oil Tanker") + feature("Vessel Flag", "Panama") +
			feature("Vessel Flag", "Iran") + feature("Vessel Year of Build", "1998") +
			feature("Digital Currency Address - XBT", "1JPfVv5cWRLx1js9NWxg46dG2CGbeRz4th") +
			feature("Aircraft Tail Number", "EP-ABC")
		doc := strings.Replace(base, "</features>", extra+"</features>", 1)
		e := mustParse(t, doc).Entries[0]
		if diff := cmp.Diff(&VesselInfo{Type: "Crude Oil Tanker", Flag: "Panama", BuildYear: "1998"}, e.Vessel); diff != "" {
			t.Errorf("vessel (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff(&AircraftInfo{TailNumber: "EP-ABC"}, e.Aircraft); diff != "" {
			t.Errorf("aircraft (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff([]Wallet{{Asset: "XBT", Address: "1JPfVv5cWRLx1js9NWxg46dG2CGbeRz4th"}}, e.Wallets); diff != "" {
			t.Errorf("wallets (-want +got):\n%s", diff)
		}
		// The second flag does not overwrite the first; it is kept.
		if !containsFeature(e.Features, Feature{Type: "Vessel Flag", Value: "Iran"}) {
			t.Errorf("second Vessel Flag dropped: %v", e.Features)
		}
	})
	t.Run("date read from valueDate", func(t *testing.T) {
		doc := strings.Replace(base, "<value>1962</value>", "<value>some time in 1962</value>", 1)
		got := mustParse(t, doc).Entries[0].BirthDates
		want := []Date{{From: DatePart{Year: 1962}, To: DatePart{Year: 1962}, Text: "some time in 1962"}}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("birth dates (-want +got):\n%s", diff)
		}
	})
	t.Run("unknown elements kept", func(t *testing.T) {
		doc := strings.Replace(base, "</generalInfo>", "<height>5 feet 9 inches</height></generalInfo>", 1)
		doc = strings.Replace(doc, "</features>", "</features><vehicles><vehicle>Toyota</vehicle></vehicles>", 1)
		e := mustParse(t, doc).Entries[0]
		for _, f := range []Feature{{Type: "generalInfo/height", Value: "5 feet 9 inches"}, {Type: "vehicles", Value: "Toyota"}} {
			if !containsFeature(e.Features, f) {
				t.Errorf("%v dropped: %v", f, e.Features)
			}
		}
	})
	t.Run("scripts without reference values", func(t *testing.T) {
		l := mustParse(t, string(enhancedPiece(t, false, 33112)))
		if got := l.Entries[0].Aliases[0].Script; got != "Hans" {
			t.Errorf("script: got %q, want Hans", got)
		}
	})
}

func containsFeature(fs []Feature, f Feature) bool {
	for _, g := range fs {
		if g == f {
			return true
		}
	}
	return false
}

// checkParseError asserts that err is a *ParseError wrapping ErrFormat with
// the given UID (0: any) and a position.
func checkParseError(t *testing.T, l *List, err error, uid int) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error; got a list of %d entries", len(l.Entries))
	}
	if l != nil {
		t.Errorf("a list came back with the error %v", err)
	}
	if !errors.Is(err, ErrFormat) {
		t.Errorf("error %v does not wrap ErrFormat", err)
	}
	var pe *ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("error %T %v is not a *ParseError", err, err)
	}
	if uid != 0 && pe.UID != uid {
		t.Errorf("UID: got %d, want %d (%v)", pe.UID, uid, err)
	}
	if pe.Offset <= 0 {
		t.Errorf("no offset in %v", err)
	}
}

func TestEnhancedErrors(t *testing.T) {
	base := string(enhancedPiece(t, false, 9639, 9640))
	entity := `<entity id="9640">`
	tests := []struct {
		name string
		doc  string
		uid  int
	}{
		{"cut in an entity", base[:strings.Index(base, entity)+200], 9640},
		{"cut between entities", base[:strings.Index(base, entity)], 0},
		{"cut before the root closes", strings.TrimSuffix(strings.TrimSpace(base), "</sanctionsData>"), 0},
		{"mismatched tag", strings.Replace(base, "</formattedFullName>", "</formattedName>", 1), 9639},
		{"bad entity reference", strings.Replace(base, "Shati", "Sh&ati;", 1), 9639},
		{"entity without id", strings.Replace(base, `<entity id="9639">`, `<entity>`, 1), 0},
		{"id not a number", strings.Replace(base, `<entity id="9639">`, `<entity id="96x39">`, 1), 0},
		{"no primary name", strings.Replace(base, "<isPrimary>true</isPrimary>\n          <isLowQuality>false</isLowQuality>\n          <translations>\n            <translation id=\"1978\">",
			"<isPrimary>false</isPrimary>\n          <isLowQuality>false</isLowQuality>\n          <translations>\n            <translation id=\"1978\">", 1), 9639},
		{"related entity not a number", strings.Replace(base, "</features>", `</features><relationships><relationship id="1"><type>Linked To</type><relatedEntity entityId="x">A</relatedEntity></relationship></relationships>`, 1), 9639},
		{"entity twice", strings.Replace(base, entity, `<entity id="9639">`, 1), 9639},
		{"bad dataAsOf", strings.Replace(base, "2025-01-10T00:00:00", "10 January", 1), 0},
		{"second root", base + "<sanctionsData/>", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.doc == base {
				t.Fatal("the edit did not apply")
			}
			l, err := Parse(strings.NewReader(tt.doc))
			checkParseError(t, l, err, tt.uid)
		})
	}
}

// TestEnhancedTruncatedEverywhere cuts a real two-entity document at many
// points: every cut must fail, none may panic or return part of the list.
func TestEnhancedTruncatedEverywhere(t *testing.T) {
	doc := enhancedPiece(t, false, 9639, 33112)
	end := bytes.LastIndex(doc, []byte("</sanctionsData>"))
	for cut := 40; cut <= end; cut += 97 {
		l, err := Parse(bytes.NewReader(doc[:cut]))
		if err == nil || l != nil || !errors.Is(err, ErrFormat) {
			t.Fatalf("cut at %d: list %v, error %v", cut, l != nil, err)
		}
	}
}

func BenchmarkParseEnhanced(b *testing.B) {
	data := mustEnhancedBytes(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}
