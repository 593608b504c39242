package sdn

import (
	"compress/bzip2"
	"encoding/xml"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestRemarkKeyTables checks the key tables of remarks.go against the
// reference value sets of the real advanced XML, which OFAC's CSV remarks
// use as their keys. Only the head of the file is read.
func TestRemarkKeyTables(t *testing.T) {
	f, err := os.Open("../testdata/ofac/sdn_advanced-2025-11-19.xml.bz2")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d := xml.NewDecoder(bzip2.NewReader(f))
	var ids, features []string
	var in string
	var text strings.Builder
	for {
		tok, err := d.Token()
		if err == io.EOF {
			t.Fatal("no end of ReferenceValueSets")
		}
		if err != nil {
			t.Fatal(err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if tok.Name.Local == "IDRegDocType" || tok.Name.Local == "FeatureType" {
				in = tok.Name.Local
				text.Reset()
			}
		case xml.CharData:
			if in != "" {
				text.Write(tok)
			}
		case xml.EndElement:
			switch tok.Name.Local {
			case "IDRegDocType":
				ids = append(ids, text.String())
			case "FeatureType":
				features = append(features, text.String())
			case "ReferenceValueSets":
				if diff := cmp.Diff(ids, idRegDocTypes); diff != "" {
					t.Errorf("idRegDocTypes differ from the file's IDRegDocType values (-file +table):\n%s", diff)
				}
				if diff := cmp.Diff(features, featureTypes); diff != "" {
					t.Errorf("featureTypes differ from the file's FeatureType values (-file +table):\n%s", diff)
				}
				return
			}
			in = ""
		}
	}
}

func TestRemarkDate(t *testing.T) {
	day := func(y, m, d int) DatePart { return DatePart{Year: y, Month: m, Day: d} }
	tests := []struct {
		in   string
		want Date
	}{
		{"01 Jan 1960", Date{From: day(1960, 1, 1), To: day(1960, 1, 1), Text: "01 Jan 1960"}},
		{"1961", Date{From: day(1961, 0, 0), To: day(1961, 0, 0), Text: "1961"}},
		{"Feb 1965", Date{From: day(1965, 2, 0), To: day(1965, 2, 0), Text: "Feb 1965"}},
		{"circa 1958", Date{From: day(1958, 0, 0), To: day(1958, 0, 0), Circa: true, Text: "circa 1958"}},
		{"circa 01 Jul 1960", Date{From: day(1960, 7, 1), To: day(1960, 7, 1), Circa: true, Text: "circa 01 Jul 1960"}},
		{"1960 to 1962", Date{From: day(1960, 0, 0), To: day(1962, 0, 0), Text: "1960 to 1962"}},
		{"01 Jan 1960 to 31 Dec 1962", Date{From: day(1960, 1, 1), To: day(1962, 12, 31), Text: "01 Jan 1960 to 31 Dec 1962"}},
		{"Mar 1945 to Feb 1946", Date{From: day(1945, 3, 0), To: day(1946, 2, 0), Text: "Mar 1945 to Feb 1946"}},
		{"circa 1970-1972", Date{From: day(1970, 0, 0), To: day(1972, 0, 0), Circa: true, Text: "circa 1970-1972"}},
		{"3 September 1950", Date{From: day(1950, 9, 3), To: day(1950, 9, 3), Text: "3 September 1950"}},
		// Not dates this reader knows: kept as text.
		{"32 Jan 1960", Date{Text: "32 Jan 1960"}},
		{"01 Foo 1960", Date{Text: "01 Foo 1960"}},
		{"23 1962", Date{Text: "23 1962"}},
		{"1960s", Date{Text: "1960s"}},
		{"circa", Date{Text: "circa"}},
		{"1960 to", Date{Text: "1960 to"}},
		{"circa 1960 to later", Date{Text: "circa 1960 to later", Circa: true}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, remarkDate(tt.in)); diff != "" {
			t.Errorf("remarkDate(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestRemarkID(t *testing.T) {
	tests := []struct {
		typ, in string
		want    ID
	}{
		{"Cedula No.", "5892464 (Venezuela)", ID{Number: "5892464", Country: "Venezuela"}},
		{"Passport", "E590976 (Tunisia) issued 19 Jun 1987 expires 18 Jun 1992",
			ID{Number: "E590976", Country: "Tunisia", IssueDate: "19 Jun 1987", ExpirationDate: "18 Jun 1992"}},
		{"Passport", "K754050 issued 26 May 1999 expires 25 May 2004",
			ID{Number: "K754050", IssueDate: "26 May 1999", ExpirationDate: "25 May 2004"}},
		{"Passport", "284158 (Iraq) expires 21 Aug 2005", ID{Number: "284158", Country: "Iraq", ExpirationDate: "21 Aug 2005"}},
		{"Passport", "Z3079423 (India) expires 01 Jan 2026 to 31 Dec 2026",
			ID{Number: "Z3079423", Country: "India", ExpirationDate: "01 Jan 2026 to 31 Dec 2026"}},
		{"Diplomatic Passport", "008827 (Iran) issued 1999", ID{Number: "008827", Country: "Iran", IssueDate: "1999"}},
		{"Registration Number", "HRA 738077 (Stuttgart) (Germany)", ID{Number: "HRA 738077 (Stuttgart)", Country: "Germany"}},
		{"National ID No.", "D489833(9) (Hong Kong)", ID{Number: "D489833(9)", Country: "Hong Kong"}},
		{"National ID No.", "7/KATAKHA(N)007836 (Burma)", ID{Number: "7/KATAKHA(N)007836", Country: "Burma"}},
		{"National ID No.", "D489833(9)", ID{Number: "D489833(9)"}},
		{"Passport", "(Iran)", ID{Country: "Iran"}},
		{"Passport", "issued 2001", ID{IssueDate: "2001"}},
		{"Vessel Registration Identification", "IMO 7406784", ID{Number: "IMO 7406784"}},
		{"Public Registration Number", "467323, Doc. 694710 (Panama)", ID{Number: "467323, Doc. 694710", Country: "Panama"}},
		{"Passport", "X1 expires 2010 issued 2000", ID{Number: "X1", IssueDate: "2000", ExpirationDate: "2010"}},
	}
	for _, tt := range tests {
		tt.want.Type = tt.typ
		if diff := cmp.Diff(tt.want, remarkID(tt.typ, tt.in)); diff != "" {
			t.Errorf("remarkID(%q, %q) (-want +got):\n%s", tt.typ, tt.in, diff)
		}
	}
}

func TestReadRemarks(t *testing.T) {
	one := func(y, m, d int) Date {
		p := DatePart{Year: y, Month: m, Day: d}
		return Date{From: p, To: p, Text: p.String()}
	}
	names := map[string]int{"HIZBALLAH": 100, "ACME CO., LTD.": 200}
	resolve := func(n string) (int, bool) { uid, ok := names[n]; return uid, ok }
	tests := []struct {
		name    string
		remarks string
		vessel  bool
		want    Entry
	}{
		{
			name:    "dates of birth, every form",
			remarks: "DOB 01 Jan 1960; alt. DOB 1961; DOB circa 1958; DOB 1960 to 1962; DOB Feb 1965.",
			want: Entry{BirthDates: []Date{
				{From: DatePart{1960, 1, 1}, To: DatePart{1960, 1, 1}, Text: "01 Jan 1960"},
				one(1961, 0, 0),
				{From: DatePart{1958, 0, 0}, To: DatePart{1958, 0, 0}, Circa: true, Text: "circa 1958"},
				{From: DatePart{1960, 0, 0}, To: DatePart{1962, 0, 0}, Text: "1960 to 1962"},
				one(1965, 2, 0),
			}},
		},
		{
			name:    "person",
			remarks: "POB Caracas, Venezuela; nationality Korea, North; alt. nationality Iran; citizen Venezuela; Gender Male; alt. Gender Female.",
			want: Entry{
				BirthPlaces: []string{"Caracas, Venezuela"}, Nationalities: []string{"Korea, North", "Iran"},
				Citizenships: []string{"Venezuela"}, Gender: "Male",
				Features: []Feature{{Type: "Gender", Value: "Female"}},
			},
		},
		{
			name:    "IDs of many kinds",
			remarks: "Passport X123 (Mexico) issued 01 Jan 2000 expires 01 Jan 2010; Cedula No. V-8348784 (Venezuela).; Tax ID No. 7744001497 (Russia); RIF # J-31136071-9 (Venezuela); SWIFT/BIC HAVIGB2L; National ID No. 216040 (Yemen); Registration Number 1027700167110 (Russia); Identification Number IMO 5342883; NIT # 800018928-0 (Colombia).",
			want: Entry{IDs: []ID{
				{Type: "Passport", Number: "X123", Country: "Mexico", IssueDate: "01 Jan 2000", ExpirationDate: "01 Jan 2010"},
				{Type: "Cedula No.", Number: "V-8348784", Country: "Venezuela"},
				{Type: "Tax ID No.", Number: "7744001497", Country: "Russia"},
				{Type: "RIF #", Number: "J-31136071-9", Country: "Venezuela"},
				{Type: "SWIFT/BIC", Number: "HAVIGB2L"},
				{Type: "National ID No.", Number: "216040", Country: "Yemen"},
				{Type: "Registration Number", Number: "1027700167110", Country: "Russia"},
				{Type: "Identification Number", Number: "IMO 5342883"},
				{Type: "NIT #", Number: "800018928-0", Country: "Colombia"},
			}},
		},
		{
			name:    "wallets",
			remarks: "Digital Currency Address - XBT 1Abc; alt. Digital Currency Address - ETH 0xdef; Digital Currency Address - NEWCOIN n1; Digital Currency Address - XBT; alt. Digital Currency Address - USDT TXyz.",
			want: Entry{
				Wallets: []Wallet{{"XBT", "1Abc"}, {"ETH", "0xdef"}, {"NEWCOIN", "n1"}, {"USDT", "TXyz"}},
				// An asset with no address is no wallet, but kept.
				Features: []Feature{{Type: walletKey, Value: "XBT"}},
			},
		},
		{
			name:    "aliases in the remarks",
			remarks: "a.k.a. 'EX-CLE'; a.k.a. 'AL-QA'IDA'; f.k.a. \"OLD NAME\"; n.k.a. NEW NAME; a.k.a. 'X Y.'.",
			want: Entry{Aliases: []Alias{
				{Name: "EX-CLE", Type: AKA, Weak: true},
				{Name: "AL-QA'IDA", Type: AKA, Weak: true},
				{Name: "OLD NAME", Type: FKA},
				{Name: "NEW NAME", Type: NKA},
				{Name: "X Y.", Type: AKA, Weak: true},
			}},
		},
		{
			name:    "links: the final dot is the name's or the list's",
			remarks: "Linked To: HIZBALLAH.; Linked To: UNKNOWN PARTY; Linked To: ACME CO., LTD.",
			want: Entry{Links: []Link{
				{Type: "Linked To", UID: 100, Name: "HIZBALLAH"},
				{Type: "Linked To", Name: "UNKNOWN PARTY"},
				{Type: "Linked To", UID: 200, Name: "ACME CO., LTD."},
			}},
		},
		{
			name:    "vessel facts",
			vessel:  true,
			remarks: "Vessel Registration Identification IMO 9167265; Vessel Year of Build 1999; MMSI 572469210; Former Vessel Flag Tanzania; alt. Former Vessel Flag Malta.",
			want: Entry{
				Vessel: &VesselInfo{BuildYear: "1999"},
				IDs:    []ID{{Type: "Vessel Registration Identification", Number: "IMO 9167265"}, {Type: "MMSI", Number: "572469210"}},
				Features: []Feature{
					{Type: "Former Vessel Flag", Value: "Tanzania"}, {Type: "Former Vessel Flag", Value: "Malta"},
				},
			},
		},
		{
			name:    "vessel facts on a party that is no vessel",
			remarks: "Vessel Year of Build 1999; Aircraft Model IL-76TD.",
			want:    Entry{Features: []Feature{{Type: "Vessel Year of Build", Value: "1999"}, {Type: "Aircraft Model", Value: "IL-76TD"}}},
		},
		{
			name: "features kept as typed text",
			remarks: "Website http://example.org; Email Address a@b.c; Phone Number 982188526300; Fax: 982188526337; Alt. Fax: 9221227700019; " +
				"Additional Sanctions Information - Subject to Secondary Sanctions; Secondary sanctions risk: section 1(b) of Executive Order 13224; " +
				"Organization Established Date 19 Nov 1991; Organization Type: Transnational Terrorist Group; Listing Date (CMIC) 03 Jun 2021; " +
				"Executive Order 14059 information: Prohibition on any transactions; Licensed operator; Member of the State Duma.",
			want: Entry{Features: []Feature{
				{Type: "Website", Value: "http://example.org"},
				{Type: "Email Address", Value: "a@b.c"},
				{Type: "Phone Number", Value: "982188526300"},
				{Type: "Fax", Value: "982188526337"},
				{Type: "Fax", Value: "9221227700019"},
				{Type: "Additional Sanctions Information -", Value: "Subject to Secondary Sanctions"},
				{Type: "Secondary sanctions risk:", Value: "section 1(b) of Executive Order 13224"},
				{Type: "Organization Established Date", Value: "19 Nov 1991"},
				{Type: "Organization Type:", Value: "Transnational Terrorist Group"},
				{Type: "Listing Date (CMIC)", Value: "03 Jun 2021"},
				{Type: "Executive Order 14059 information:", Value: "Prohibition on any transactions"},
				// "License" is a key; "Licensed" is not.
				{Type: RemarkFeature, Value: "Licensed operator"},
				{Type: RemarkFeature, Value: "Member of the State Duma."},
			}},
		},
		{
			name:    "empty facts and keys with no value",
			remarks: "; ;Passport; DOB ; Gender Male",
			want: Entry{
				Gender: "Male",
				Features: []Feature{
					{Type: RemarkFeature, Value: ";Passport"},
					{Type: RemarkFeature, Value: "DOB"},
				},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := Entry{Remarks: tt.remarks}
			if tt.vessel {
				e.Vessel = &VesselInfo{}
			}
			readRemarks(&e, resolve)
			tt.want.Remarks = tt.remarks
			if diff := cmp.Diff(tt.want, e, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestRemarkKeyBoundary: a key only matches a whole word, and the longest
// key wins.
func TestRemarkKeyBoundary(t *testing.T) {
	tests := []struct{ fact, key, value string }{
		{"National ID No. 123", "National ID No.", "123"},
		{"National Foreign ID Number 4203016171 (France)", "National Foreign ID Number", "4203016171 (France)"},
		{"Registration ID 14063277", "Registration ID", "14063277"},
		{"Registration Number 1", "Registration Number", "1"},
		{"Registration Numbers 5", "", ""},
		{"Passport", "Passport", ""},
		{"Passports 1", "", ""},
		{"DOBS 1960", "", ""},
		{"NIT # 800018928-0", "NIT #", "800018928-0"},
		{"Fax: 1", "Fax", "1"},
		{"Fax:1", "", ""},
	}
	for _, tt := range tests {
		k, v, ok := matchKey(tt.fact)
		if ok != (tt.key != "") || k.key != tt.key || v != tt.value {
			t.Errorf("matchKey(%q) = %q, %q, %v; want %q, %q", tt.fact, k.key, v, ok, tt.key, tt.value)
		}
	}
}
