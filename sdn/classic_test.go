package sdn

import (
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

const classicFixture = "../testdata/classic/sdn-handbuilt.xml"

func mustClassicFixture(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile(classicFixture)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestClassicHandBuilt reads the hand-built SDN.XML and compares the whole
// list with what the fixture says, written out here by hand.
func TestClassicHandBuilt(t *testing.T) {
	f, err := os.Open(classicFixture)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got, err := Parse(f)
	if err != nil {
		t.Fatal(err)
	}
	year := func(y int) DatePart { return DatePart{Year: y} }
	day := func(y, m, d int) DatePart { return DatePart{Year: y, Month: m, Day: d} }
	person := func(name string, typ AliasType, weak bool, last, first string) Alias {
		parts := []NamePart{{Type: LastName, Value: last}}
		if first != "" {
			parts = append(parts, NamePart{Type: FirstName, Value: first})
		}
		return Alias{Name: name, Type: typ, Weak: weak, Parts: parts}
	}
	named := func(name string, typ AliasType, weak bool, part NamePartType) Alias {
		return Alias{Name: name, Type: typ, Weak: weak, Parts: []NamePart{{Type: part, Value: name}}}
	}
	want := &List{
		Source:    SourceSDN,
		Format:    FormatClassicXML,
		Published: time.Date(2025, 12, 15, 0, 0, 0, 0, time.UTC),
		Entries: []Entry{
			{
				UID:          22790,
				Name:         "MADURO MOROS, Nicolas",
				Kind:         Individual,
				NameParts:    []NamePart{{Type: LastName, Value: "MADURO MOROS"}, {Type: FirstName, Value: "Nicolas"}},
				Title:        "President of the Bolivarian Republic of Venezuela",
				Programs:     []string{"VENEZUELA", "IRAN-CON-ARMS-EO"},
				Addresses:    []Address{{City: "Caracas", State: "Capital District", Country: "Venezuela"}},
				IDs:          []ID{{Type: "Cedula No.", Number: "5892464", Country: "Venezuela"}},
				BirthDates:   []Date{{From: day(1962, 11, 23), To: day(1962, 11, 23), Text: "23 Nov 1962"}},
				BirthPlaces:  []string{"Caracas, Venezuela"},
				Citizenships: []string{"Venezuela"},
				Gender:       "Male",
				Remarks:      "President of the Bolivarian Republic of Venezuela.",
			},
			{
				UID:       11748,
				Name:      "MAHAMOUD, Bashir Mohamed",
				Kind:      Individual,
				NameParts: []NamePart{{Type: LastName, Value: "MAHAMOUD"}, {Type: FirstName, Value: "Bashir Mohamed"}},
				Programs:  []string{"SOMALIA"},
				Aliases: []Alias{
					person("MAHMOUD, Bashir Mohamed", AKA, false, "MAHMOUD", "Bashir Mohamed"),
					person("MOHAMMED, Bashir Mahmud", AKA, false, "MOHAMMED", "Bashir Mahmud"),
					person("MOHAMUD, Bashir Mohamed", AKA, false, "MOHAMUD", "Bashir Mohamed"),
					person("MOHAMOUD, Bashir Mohamed", AKA, false, "MOHAMOUD", "Bashir Mohamed"),
					person("YARE, Bashir", AKA, false, "YARE", "Bashir"),
					person("QORGAB, Bashir", AKA, false, "QORGAB", "Bashir"),
					person("GAP, Gure", AKA, false, "GAP", "Gure"),
					person("MUSCAB, Abu", AKA, true, "MUSCAB", "Abu"),
					person("QORGAB", AKA, true, "QORGAB", ""),
				},
				Addresses:     []Address{{City: "Mogadishu", Country: "Somalia"}},
				Nationalities: []string{"Somalia"},
				BirthDates: []Date{
					{From: year(1979), To: year(1982), Circa: true, Text: "circa 1979-1982"},
					{From: year(1982), To: year(1982), Text: "1982"},
				},
			},
			{
				UID:       26323,
				Name:      "ZHENG, Guanghua",
				Kind:      Individual,
				NameParts: []NamePart{{Type: LastName, Value: "ZHENG"}, {Type: FirstName, Value: "Guanghua"}},
				Programs:  []string{"SDNTK"},
				IDs: []ID{
					{Type: "Passport", Number: "E51809923", Country: "China", IssueDate: "25 May 2015", ExpirationDate: "24 May 2025"},
					{Type: "Identification Number", Number: "310108195511041616", Country: "China"},
					{Type: "Chinese Commercial Code", Number: "6774 1639 5478"},
				},
				BirthDates:    []Date{{From: day(1955, 11, 4), To: day(1955, 11, 4), Text: "04 Nov 1955"}},
				BirthPlaces:   []string{"Shanghai, China"},
				Nationalities: []string{"China"},
				Citizenships:  []string{"China"},
				Gender:        "Male",
				Wallets: []Wallet{
					{Asset: "XBT", Address: "33Kja69SQVc8kozpoP7Qw6HFtGxHkiWzTz"},
					{Asset: "XBT", Address: "3MkUNScqf21EcfWq6T4x2MFgBeSTqhB5t6"},
					{Asset: "XBT", Address: "18uKfaUjgG52rVeXEi3wxnveww7zZuECtE"},
					{Asset: "LTC", Address: "LaizKtS5DUhPuP1nTQcc83MS7HwK6vk85z"},
				},
				Features: []Feature{
					{Type: "Email Address", Value: "zhenguanghua1955@outlook.com"},
					{Type: "Email Address", Value: "zhenguanghua1955@gmail.com"},
				},
			},
			{
				UID:       4238,
				Name:      "MAR AZUL",
				Kind:      Vessel,
				NameParts: []NamePart{{Type: VesselName, Value: "MAR AZUL"}},
				Programs:  []string{"CUBA"},
				Vessel:    &VesselInfo{CallSign: "CL2192", Type: "Tug", Flag: "Cuba", Owner: "Samir de Navegacion S.A.", GRT: "212"},
			},
			{
				UID:       4243,
				Name:      "EBANO",
				Kind:      Vessel,
				NameParts: []NamePart{{Type: VesselName, Value: "EBANO"}},
				Programs:  []string{"CUBA"},
				Aliases: []Alias{
					named("ANA I", FKA, true, VesselName),
					named("SAND SWAN", FKA, true, VesselName),
				},
				IDs:    []ID{{Type: "Vessel Registration Identification", Number: "IMO 7406784"}},
				Vessel: &VesselInfo{Type: "General Cargo", Flag: "Panama", Tonnage: "2595", GRT: "1865"},
			},
			{
				UID:       45678,
				Name:      "BUY CASH MONEY AND MONEY TRANSFER COMPANY",
				Kind:      Entity,
				NameParts: []NamePart{{Type: EntityName, Value: "BUY CASH MONEY AND MONEY TRANSFER COMPANY"}},
				Programs:  []string{"SDGT"},
				Aliases:   []Alias{named("BUY CASH", AKA, true, EntityName)},
				Addresses: []Address{{City: "Khan Yunis", Country: "Region: Gaza"}},
				Wallets:   []Wallet{{Asset: "XBT", Address: "19D1iGzDr7FyAdiy3ZZdxMd6ttHj1kj6WW"}},
				Features: []Feature{
					{Type: "Secondary sanctions risk:", Value: "section 1(b) of Executive Order 13224, as amended by Executive Order 13886"},
					{Type: "Organization Type:", Value: "Other monetary intermediation"},
				},
				Remarks: "Linked To: HAMAS.",
			},
			{
				UID:       8244,
				Name:      "AERO CONTINENTE S.A",
				Kind:      Entity,
				NameParts: []NamePart{{Type: EntityName, Value: "AERO CONTINENTE S.A"}},
				Programs:  []string{"SDNTK"},
				Aliases: []Alias{
					named("AEROCONTINENTE S.A.", AKA, false, EntityName),
					named("AERO CONTINENT S.A.", AKA, false, EntityName),
					named("NUEVO CONTINENTE S.A.", NKA, false, EntityName),
					named("NUEVOCONTINENTE S.A.", NKA, false, EntityName),
					named("WWW.AEROCONTINENTE.COM", AKA, false, EntityName),
					named("WWW.AEROCONTINENTE.COM.PE", AKA, false, EntityName),
					named("WWW.NUEVOCONTINENTE.COM.PE", NKA, false, EntityName),
				},
				Addresses: []Address{
					{Address: "Jr. Francisco Bolognesi 125, Piso 16, Miraflores", City: "Lima 18", Country: "Peru"},
					{Address: "8940 NW 24 Terrace", City: "Miami", State: "FL", PostalCode: "33172", Country: "United States"},
				},
				IDs: []ID{
					{Type: "NIT #", Number: "8300720300", Country: "Colombia"},
					{Type: "US FEIN", Number: "55-2197267"},
					{Type: "RUC #", Number: "20108363101", Country: "Peru"},
					{Type: "Business Registration Document #", Number: "F01000003035", Country: "United States"},
				},
			},
		},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("hand-built SDN.XML (-want +got):\n%s", diff)
	}
}

// sdnXSDElements are the elements of OFAC's sdn.xsd
// (http://tempuri.org/sdnList.xsd).
var sdnXSDElements = []string{
	"sdnList", "publshInformation", "Publish_Date", "Record_Count",
	"sdnEntry", "uid", "firstName", "lastName", "title", "sdnType", "remarks",
	"programList", "program",
	"idList", "id", "idType", "idNumber", "idCountry", "issueDate", "expirationDate",
	"akaList", "aka", "type", "category",
	"addressList", "address", "address1", "address2", "address3", "city", "stateOrProvince", "postalCode", "country",
	"nationalityList", "nationality", "mainEntry",
	"citizenshipList", "citizenship",
	"dateOfBirthList", "dateOfBirthItem", "dateOfBirth",
	"placeOfBirthList", "placeOfBirthItem", "placeOfBirth",
	"vesselInfo", "callSign", "vesselType", "vesselFlag", "vesselOwner", "tonnage", "grossRegisteredTonnage",
}

// TestClassicFixtureCoversSchema checks that the hand-built fixture uses
// every element of sdn.xsd, in its namespace, and nothing else.
func TestClassicFixtureCoversSchema(t *testing.T) {
	d := xml.NewDecoder(bytes.NewReader(mustClassicFixture(t)))
	used := map[string]int{}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			if se.Name.Space != "http://tempuri.org/sdnList.xsd" {
				t.Errorf("<%s> in namespace %q", se.Name.Local, se.Name.Space)
			}
			used[se.Name.Local]++
		}
	}
	schema := map[string]bool{}
	for _, e := range sdnXSDElements {
		schema[e] = true
		if used[e] == 0 {
			t.Errorf("schema element <%s> not in the fixture", e)
		}
	}
	for e := range used {
		if !schema[e] {
			t.Errorf("<%s> is not an sdn.xsd element", e)
		}
	}
}

// TestClassicFixtureAgreesWithCSV checks the data copied into the fixture
// against the SDN CSV it was copied from: names, kinds, programs, vessel
// columns and strong aliases.
func TestClassicFixtureAgreesWithCSV(t *testing.T) {
	l, err := Parse(bytes.NewReader(mustClassicFixture(t)))
	if err != nil {
		t.Fatal(err)
	}
	dir := "../testdata/ofac/sdn-csv-2025-12"
	rows := map[int][]string{}
	for _, rec := range readCSVRecords(t, dir+"/sdn.csv") {
		if uid, err := strconv.Atoi(rec[0]); err == nil && l.Entry(uid) != nil {
			rows[uid] = rec
		}
	}
	aliases := map[int][]string{}
	for _, rec := range readCSVRecords(t, dir+"/alt.csv") {
		if uid, err := strconv.Atoi(rec[0]); err == nil && l.Entry(uid) != nil {
			typ, _ := ParseAliasType(rec[2])
			aliases[uid] = append(aliases[uid], string(typ)+" "+rec[3])
		}
	}
	for _, e := range l.Entries {
		rec, ok := rows[e.UID]
		if !ok {
			t.Errorf("%d not in sdn.csv", e.UID)
			continue
		}
		kind, _ := ParseKind(rec[2])
		progs := strings.Split(rec[3], "] [")
		if e.Name != rec[1] || e.Kind != kind || !cmp.Equal(e.Programs, progs) || e.Title != csvValue(rec[4]) {
			t.Errorf("%d: fixture %q %s %v %q, CSV %q %s %v %q", e.UID, e.Name, e.Kind, e.Programs, e.Title, rec[1], kind, progs, csvValue(rec[4]))
		}
		if e.Kind == Vessel {
			csvVessel := &VesselInfo{CallSign: csvValue(rec[5]), Type: csvValue(rec[6]), Tonnage: csvValue(rec[7]),
				GRT: csvValue(rec[8]), Flag: csvValue(rec[9]), Owner: csvValue(rec[10])}
			if diff := cmp.Diff(csvVessel, e.Vessel); diff != "" {
				t.Errorf("%d vessel (-csv +fixture):\n%s", e.UID, diff)
			}
		}
		var strong []string
		for _, a := range e.Aliases {
			if !a.Weak {
				strong = append(strong, string(a.Type)+" "+a.Name)
			}
		}
		sort.Strings(strong)
		sort.Strings(aliases[e.UID])
		if !cmp.Equal(strong, aliases[e.UID]) {
			t.Errorf("%d strong aliases: fixture %v, alt.csv %v", e.UID, strong, aliases[e.UID])
		}
	}
}

// classicDoc wraps entries in a classic document with the given header.
func classicDoc(header, entries string) string {
	return `<?xml version="1.0" standalone="yes"?>
<sdnList xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://tempuri.org/sdnList.xsd">
` + header + entries + "</sdnList>\n"
}

const classicTwoEntries = `<sdnEntry><uid>4238</uid><lastName>MAR AZUL</lastName><sdnType>Vessel</sdnType><programList><program>CUBA</program></programList></sdnEntry>
<sdnEntry><uid>11748</uid><firstName>Bashir Mohamed</firstName><lastName>MAHAMOUD</lastName><sdnType>Individual</sdnType><programList><program>SOMALIA</program></programList><dateOfBirthList><dateOfBirthItem><uid>1</uid><dateOfBirth>circa 1979-1982</dateOfBirth><mainEntry>true</mainEntry></dateOfBirthItem></dateOfBirthList></sdnEntry>
`

const classicHeader2 = "<publshInformation><Publish_Date>12/15/2025</Publish_Date><Record_Count>2</Record_Count></publshInformation>\n"

func TestClassicErrors(t *testing.T) {
	base := classicDoc(classicHeader2, classicTwoEntries)
	fixture := string(mustClassicFixture(t))
	tests := []struct {
		name string
		doc  string
		uid  int
	}{
		{"cut in an entry", base[:strings.Index(base, "MAHAMOUD")], 11748},
		{"cut between entries", base[:strings.Index(base, "<sdnEntry><uid>11748")], 0},
		{"cut in the fixture", fixture[:len(fixture)/2], 26323},
		{"root not closed", strings.TrimSuffix(base, "</sdnList>\n"), 0},
		{"mismatched tag", strings.Replace(base, "</lastName>", "</lastname>", 1), 4238},
		{"bad character", strings.Replace(base, "MAR AZUL", "MAR \x01AZUL", 1), 4238},
		{"sdnEntry without uid", strings.Replace(base, "<uid>4238</uid>", "", 1), 0},
		{"uid not a number", strings.Replace(base, "<uid>4238</uid>", "<uid>42x38</uid>", 1), 0},
		{"uid negative", strings.Replace(base, "<uid>4238</uid>", "<uid>-4238</uid>", 1), 0},
		{"sdnEntry without lastName", strings.Replace(base, "<lastName>MAR AZUL</lastName>", "", 1), 4238},
		{"uid twice", strings.Replace(base, "<uid>11748</uid>", "<uid>4238</uid>", 1), 4238},
		{"Record_Count too high", strings.Replace(base, "<Record_Count>2<", "<Record_Count>3<", 1), 0},
		{"Record_Count not a number", strings.Replace(base, "<Record_Count>2<", "<Record_Count>two<", 1), 0},
		{"Publish_Date unreadable", strings.Replace(base, "12/15/2025", "the 15th", 1), 0},
		{"element after the root", base + "<sdnList/>", 0},
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

// TestClassicTruncatedEverywhere cuts the hand-built fixture at many
// points: every cut must fail cleanly.
func TestClassicTruncatedEverywhere(t *testing.T) {
	doc := mustClassicFixture(t)
	end := bytes.LastIndex(doc, []byte("</sdnList>"))
	for cut := 40; cut <= end; cut += 53 {
		l, err := Parse(bytes.NewReader(doc[:cut]))
		if err == nil || l != nil {
			t.Fatalf("cut at %d: list %v, error %v", cut, l != nil, err)
		}
	}
}

// TestClassicVariants covers what the fixture, faithful to sdn.xsd, does not:
// the Sanctions List Service's namespace and its <region>, elements the
// schema does not define, unusual dates, another declared encoding, and
// telling consolidated.xml from SDN.XML.
func TestClassicVariants(t *testing.T) {
	mustParse := func(t *testing.T, doc string) *List {
		t.Helper()
		l, err := Parse(strings.NewReader(doc))
		if err != nil {
			t.Fatal(err)
		}
		return l
	}
	t.Run("service namespace, region, ISO date", func(t *testing.T) {
		doc := `<?xml version="1.0"?>
<sdnList xmlns="https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML">
<publshInformation><Publish_Date>2025-05-11</Publish_Date><Record_Count>1</Record_Count></publshInformation>
<sdnEntry><uid>45678</uid><lastName>BUY CASH MONEY AND MONEY TRANSFER COMPANY</lastName><sdnType>Entity</sdnType><programList><program>SDGT</program></programList>
<addressList><address><uid>67900</uid><city>Khan Yunis</city><region>Gaza</region></address></addressList></sdnEntry>
</sdnList>`
		l := mustParse(t, doc)
		if !l.Published.Equal(time.Date(2025, 5, 11, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("Published: %v", l.Published)
		}
		if diff := cmp.Diff([]Address{{City: "Khan Yunis", Region: "Gaza"}}, l.Entries[0].Addresses); diff != "" {
			t.Errorf("addresses (-want +got):\n%s", diff)
		}
	})
	t.Run("unknown elements and values kept", func(t *testing.T) {
		doc := classicDoc("", `<sdnEntry><uid>4238</uid><lastName>MAR AZUL</lastName><sdnType>Ship</sdnType>
<programList><program>CUBA</program></programList>
<akaList><aka><uid>1</uid><type>also spelled</type><category>medium</category><lastName>MARAZUL</lastName></aka></akaList>
<vesselInfo><callSign>CL2192</callSign><imo>7406784</imo></vesselInfo>
<height>12 m</height>
<dateOfBirthList><dateOfBirthItem><uid>2</uid><dateOfBirth>early 1960s</dateOfBirth><mainEntry>true</mainEntry></dateOfBirthItem></dateOfBirthList>
</sdnEntry>`)
		e := mustParse(t, doc).Entries[0]
		want := Entry{
			UID:        4238,
			Name:       "MAR AZUL",
			NameParts:  []NamePart{{Type: LastName, Value: "MAR AZUL"}},
			Programs:   []string{"CUBA"},
			Aliases:    []Alias{{Name: "MARAZUL", Type: "also spelled", Parts: []NamePart{{Type: LastName, Value: "MARAZUL"}}}},
			Vessel:     &VesselInfo{CallSign: "CL2192"},
			BirthDates: []Date{{Text: "early 1960s"}},
			Features: []Feature{
				{Type: "height", Value: "12 m"},
				{Type: "sdnType", Value: "Ship"},
				{Type: "aka/category", Value: "medium"},
				{Type: "vesselInfo/imo", Value: "7406784"},
			},
		}
		if diff := cmp.Diff(want, e); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})
	t.Run("ISO-8859-1", func(t *testing.T) {
		doc := "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<sdnList><sdnEntry><uid>1</uid><lastName>MU\xd1OZ</lastName><sdnType>Individual</sdnType><programList/></sdnEntry></sdnList>"
		if got := mustParse(t, doc).Entries[0].Name; got != "MUÑOZ" {
			t.Errorf("name: got %q", got)
		}
	})
	t.Run("consolidated", func(t *testing.T) {
		doc := classicDoc("", `<sdnEntry><uid>9639</uid><firstName>Ismail Abdul Salah</firstName><lastName>HANIYA</lastName><sdnType>Individual</sdnType><programList><program>NS-PLC</program></programList></sdnEntry>
<sdnEntry><uid>17013</uid><lastName>VTB BANK PUBLIC JOINT STOCK COMPANY</lastName><sdnType>Entity</sdnType><programList><program>UKRAINE-EO13662</program><program>RUSSIA-EO14024</program></programList></sdnEntry>`)
		if got := mustParse(t, doc).Source; got != SourceConsolidated {
			t.Errorf("Source: got %q", got)
		}
	})
	t.Run("no header", func(t *testing.T) {
		l := mustParse(t, classicDoc("", classicTwoEntries))
		if !l.Published.IsZero() || len(l.Entries) != 2 {
			t.Errorf("Published %v, %d entries", l.Published, len(l.Entries))
		}
	})
}

func BenchmarkParseClassic(b *testing.B) {
	data := mustClassicFixture(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}
