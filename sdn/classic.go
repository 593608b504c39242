package sdn

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// The classic XML (SDN.XML, consolidated.xml) follows OFAC's sdn.xsd
// (namespace http://tempuri.org/sdnList.xsd; the Sanctions List Service
// exports the same elements under .../exports/XML): a <publshInformation>
// header (OFAC's spelling) with Publish_Date (MM/DD/YYYY) and Record_Count,
// then one <sdnEntry> per party. The reader matches elements by local name,
// so either namespace reads the same.

// readClassic reads a classic XML document whose root has already been
// sniffed as <sdnList>.
func readClassic(r io.Reader) (*List, error) {
	td := newTreeDecoder(r)
	l := &List{Format: FormatClassicXML, Source: SourceSDN}
	recordCount := -1
	seen := map[int]bool{}
	depth := 0
	rootClosed := false
	for {
		tok, err := td.d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, td.fail(0, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if rootClosed {
				return nil, td.fail(0, fmt.Errorf("element <%s> after the end of the document", t.Name.Local))
			}
			depth++
			switch {
			case depth == 1:
				if t.Name.Local != "sdnList" {
					return nil, td.fail(0, fmt.Errorf("root element <%s>, want <sdnList>", t.Name.Local))
				}
			case depth == 2 && t.Name.Local == "publshInformation":
				info, err := td.readTree(t)
				depth--
				if err != nil {
					return nil, td.fail(0, err)
				}
				if l.Published, recordCount, err = classicHeader(info); err != nil {
					return nil, td.fail(0, err)
				}
			case depth == 2 && t.Name.Local == "sdnEntry":
				tree, err := td.readTree(t)
				depth--
				if err != nil {
					// Name the entry when its uid was read before the
					// document broke.
					uid, _ := parseUID(tree.childText("uid"))
					return nil, td.fail(uid, err)
				}
				e, err := classicEntry(tree)
				if err != nil {
					return nil, td.fail(e.UID, err)
				}
				if seen[e.UID] {
					return nil, td.fail(e.UID, errors.New("entry listed twice"))
				}
				seen[e.UID] = true
				l.Entries = append(l.Entries, e)
			default:
				if err := td.d.Skip(); err != nil {
					return nil, td.fail(0, err)
				}
				depth--
			}
		case xml.EndElement:
			depth--
			if depth == 0 {
				rootClosed = true
			}
		}
	}
	if !rootClosed {
		return nil, td.fail(0, io.ErrUnexpectedEOF)
	}
	// Record_Count is the publisher's own count: a file that holds another
	// number of entries was cut or spliced, and must not pass for the list.
	if recordCount >= 0 && recordCount != len(l.Entries) {
		return nil, td.fail(0, fmt.Errorf("Record_Count is %d but the file holds %d entries", recordCount, len(l.Entries)))
	}
	if sourceIsConsolidated(l.Entries) {
		l.Source = SourceConsolidated
	}
	return l, nil
}

// sourceIsConsolidated tells consolidated.xml from SDN.XML: they share the
// schema and neither names its list. Most consolidated entries carry a
// program of the non-SDN lists (NS-PLC, FSE-*, CMIC-*, the sectoral
// UKRAINE-EO13662, 561-Related, CAATSA - RUSSIA); on the SDN list such
// entries are a small minority (those also on a non-SDN list). More than
// half decides; an empty file is taken for the SDN list.
func sourceIsConsolidated(entries []Entry) bool {
	n := 0
	for _, e := range entries {
		for _, p := range e.Programs {
			if nonSDNProgram(p) {
				n++
				break
			}
		}
	}
	return 2*n > len(entries)
}

func nonSDNProgram(p string) bool {
	for _, prefix := range []string{"NS-", "FSE-", "CMIC", "CAPTA", "UKRAINE-EO13662", "561", "CAATSA - RUSSIA"} {
		if strings.HasPrefix(p, prefix) {
			return true
		}
	}
	return false
}

// classicHeader reads <publshInformation>.
func classicHeader(t *xtree) (published time.Time, count int, err error) {
	count = -1
	if s := t.childText("Publish_Date"); s != "" {
		if published, err = parsePublishDate(s); err != nil {
			return time.Time{}, 0, err
		}
	}
	if s := t.childText("Record_Count"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			return time.Time{}, 0, fmt.Errorf("Record_Count %q is not a count", s)
		}
		count = n
	}
	return published, count, nil
}

// parsePublishDate reads Publish_Date: MM/DD/YYYY in OFAC's files, ISO in
// some re-exports.
func parsePublishDate(s string) (time.Time, error) {
	for _, layout := range []string{"1/2/2006", "2006-01-02", "2006-01-02T15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("Publish_Date %q is not a date", s)
}

// classicEntry converts one <sdnEntry>.
func classicEntry(t *xtree) (Entry, error) {
	var e Entry
	uidTree := t.child("uid")
	if uidTree == nil {
		return e, errors.New("<sdnEntry> without a uid")
	}
	uid, err := parseUID(uidTree.flat())
	if err != nil {
		return e, err
	}
	e.UID = uid
	var first, last, sdnType string
	hasType := false
	for i := range t.Kids {
		k := &t.Kids[i]
		switch k.Name {
		case "uid":
		case "firstName":
			first = k.flat()
		case "lastName":
			last = k.flat()
		case "title":
			e.Title = k.flat()
		case "sdnType":
			sdnType, hasType = k.flat(), true
		case "remarks":
			e.Remarks = k.flat()
		case "programList":
			for _, p := range k.all("program") {
				if v := p.flat(); v != "" {
					e.Programs = append(e.Programs, v)
				}
			}
			classicUnknownKids(&e, k, "program")
		case "idList", "akaList", "addressList", "nationalityList", "citizenshipList",
			"dateOfBirthList", "placeOfBirthList", "vesselInfo":
			// Read once the kind is known: it decides how names are split.
		default:
			classicUnknown(&e, k.Name, k)
		}
	}
	if last == "" {
		return e, errors.New("<sdnEntry> without a lastName")
	}
	if hasType {
		kind, ok := ParseKind(sdnType)
		if !ok || sdnType == "" {
			e.Features = append(e.Features, Feature{Type: "sdnType", Value: sdnType})
			kind = ""
		}
		e.Kind = kind
	}
	e.Name, e.NameParts = classicName(e.Kind, last, first)

	for i := range t.Kids {
		k := &t.Kids[i]
		switch k.Name {
		case "idList":
			for _, id := range k.all("id") {
				classicID(&e, id)
			}
			classicUnknownKids(&e, k, "id")
		case "akaList":
			for _, a := range k.all("aka") {
				classicAka(&e, a)
			}
			classicUnknownKids(&e, k, "aka")
		case "addressList":
			for _, a := range k.all("address") {
				classicAddress(&e, a)
			}
			classicUnknownKids(&e, k, "address")
		case "nationalityList":
			e.Nationalities = append(e.Nationalities, classicItems(&e, k, "nationality", "country")...)
		case "citizenshipList":
			e.Citizenships = append(e.Citizenships, classicItems(&e, k, "citizenship", "country")...)
		case "dateOfBirthList":
			for _, s := range classicItems(&e, k, "dateOfBirthItem", "dateOfBirth") {
				d, _ := parseListDate(s)
				e.BirthDates = append(e.BirthDates, d)
			}
		case "placeOfBirthList":
			e.BirthPlaces = append(e.BirthPlaces, classicItems(&e, k, "placeOfBirthItem", "placeOfBirth")...)
		case "vesselInfo":
			classicVessel(&e, k)
		}
	}
	return e, nil
}

// classicName renders the primary name as OFAC prints it elsewhere ("LAST,
// First" when a first name is given) with its parts. The schema calls the
// one name of an entity or vessel lastName; the parts say what it is.
func classicName(kind Kind, last, first string) (string, []NamePart) {
	lastType := LastName
	switch kind {
	case Entity:
		lastType = EntityName
	case Vessel:
		lastType = VesselName
	case Aircraft:
		lastType = AircraftName
	}
	parts := []NamePart{{Type: lastType, Value: last}}
	name := last
	if first != "" {
		parts = append(parts, NamePart{Type: FirstName, Value: first})
		name = last + ", " + first
	}
	return name, parts
}

// classicUnknown keeps an element the schema does not define as a feature
// named after it.
func classicUnknown(e *Entry, path string, t *xtree) {
	if v := t.flat(); v != "" {
		e.Features = append(e.Features, Feature{Type: path, Value: v})
	}
}

func classicUnknownKids(e *Entry, t *xtree, item string) {
	for i := range t.Kids {
		if k := &t.Kids[i]; k.Name != item {
			classicUnknown(e, t.Name+"/"+k.Name, k)
		}
	}
}

// classicItems reads the values of a list of (uid, value, mainEntry) items
// such as nationalityList/nationality/country.
func classicItems(e *Entry, list *xtree, item, field string) []string {
	var out []string
	for i := range list.Kids {
		it := &list.Kids[i]
		if it.Name != item {
			classicUnknown(e, list.Name+"/"+it.Name, it)
			continue
		}
		for j := range it.Kids {
			k := &it.Kids[j]
			switch k.Name {
			case field:
				if v := k.flat(); v != "" {
					out = append(out, v)
				}
			case "uid", "mainEntry":
				// Item numbers are internal; the main entry comes first in
				// the files.
			default:
				classicUnknown(e, item+"/"+k.Name, k)
			}
		}
	}
	return out
}

// classicID reads one <id>. The classic XML lists under idList every typed
// fact OFAC holds, not only documents: digital currency addresses, gender,
// vessel and aircraft details, websites, sanctions notes. Those go where the
// other formats put them; documents become IDs.
func classicID(e *Entry, t *xtree) {
	var id ID
	var extra []string
	for i := range t.Kids {
		k := &t.Kids[i]
		switch k.Name {
		case "uid":
		case "idType":
			id.Type = k.flat()
		case "idNumber":
			id.Number = k.flat()
		case "idCountry":
			id.Country = k.flat()
		case "issueDate":
			id.IssueDate = k.flat()
		case "expirationDate":
			id.ExpirationDate = k.flat()
		default:
			if v := k.flat(); v != "" {
				extra = append(extra, k.Name+": "+v)
			}
		}
	}
	id.Remarks = strings.Join(extra, "; ")
	if isFeatureType(id.Type) && id.IssueDate == "" && id.ExpirationDate == "" && id.Remarks == "" {
		value := id.Number
		if id.Country != "" {
			value += " (" + id.Country + ")"
		}
		applyListFeature(e, id.Type, value, "")
		return
	}
	e.IDs = append(e.IDs, id)
}

// classicFeatureTypes are OFAC's feature types (the FeatureType names of the
// advanced XML, the feature types of the enhanced XML) that the classic XML
// files under idList. They are facts about the party, not documents.
var classicFeatureTypes = map[string]bool{}

func init() {
	for _, s := range []string{
		"Additional Sanctions Information -",
		"Aircraft Construction Number (also called L/N or S/N or F/N)",
		"Aircraft Manufacture Date", "Aircraft Manufacturer's Serial Number (MSN)",
		"Aircraft Mode S Transponder Code", "Aircraft Model", "Aircraft Operator",
		"Aircraft Tail Number", "BIK (RU)", "Birthdate", "CAATSA Section 235 Information:",
		"Citizenship Country", "D-U-N-S Number", "Email Address", "Equity Ticker",
		"Former Vessel Flag", "Gender", "IFCA Determination -", "ISIN", "Location",
		"MICEX Code", "Nationality Country", "Nationality of Registration",
		"Organization Established Date", "Organization Type:", "Other Vessel Call Sign",
		"Other Vessel Flag", "Other Vessel Type", "PEESA Information:", "Phone Number",
		"Place of Birth", "Previous Aircraft Tail Number", "Registration Country",
		"SWIFT/BIC", "Secondary sanctions risk:", "Target Type", "Title",
		"Transactions Prohibited For Persons Owned or Controlled By U.S. Financial Institutions:",
		"UN/LOCODE", "VESSEL TYPE", "Vessel Call Sign", "Vessel Flag",
		"Vessel Gross Registered Tonnage", "Vessel Owner", "Vessel Tonnage",
		"Vessel Year of Build", "Website", "Issuer Name",
		"Purchase/Sales For Divestment Date (CMIC)",
	} {
		classicFeatureTypes[strings.ToLower(s)] = true
	}
}

// isFeatureType reports whether an idType names a feature rather than a
// document. Families whose names carry a number or a date ("Executive Order
// 14024 Directive Information", "Listing Date (EO 14024 Directive 2):") are
// told by their prefix.
func isFeatureType(typ string) bool {
	t := strings.ToLower(strings.TrimSpace(typ))
	if classicFeatureTypes[t] {
		return true
	}
	if _, ok := walletAsset(typ); ok {
		return true
	}
	for _, prefix := range []string{"executive order ", "listing date", "effective date"} {
		if strings.HasPrefix(t, prefix) {
			return true
		}
	}
	return false
}

// classicAka reads one <aka>.
func classicAka(e *Entry, t *xtree) {
	var a Alias
	var first, last, category string
	for i := range t.Kids {
		k := &t.Kids[i]
		switch k.Name {
		case "uid":
		case "type":
			raw := k.flat()
			typ, ok := ParseAliasType(raw)
			if !ok {
				typ = AliasType(raw) // kept as published rather than dropped
			}
			a.Type = typ
		case "category":
			category = k.flat()
		case "firstName":
			first = k.flat()
		case "lastName":
			last = k.flat()
		default:
			classicUnknown(e, "aka/"+k.Name, k)
		}
	}
	switch strings.ToLower(category) {
	case "weak":
		a.Weak = true
	case "strong", "":
	default:
		e.Features = append(e.Features, Feature{Type: "aka/category", Value: category})
	}
	if last == "" && first == "" {
		return
	}
	if last == "" {
		last, first = first, ""
	}
	a.Name, a.Parts = classicName(e.Kind, last, first)
	e.Aliases = append(e.Aliases, a)
}

// classicAddress reads one <address>.
func classicAddress(e *Entry, t *xtree) {
	var a Address
	var lines, extra []string
	for i := range t.Kids {
		k := &t.Kids[i]
		v := k.flat()
		switch k.Name {
		case "uid":
		case "address1", "address2", "address3":
			if v != "" {
				lines = append(lines, v)
			}
		case "city":
			a.City = v
		case "stateOrProvince":
			a.State = v
		case "postalCode":
			a.PostalCode = v
		case "country":
			a.Country = v
		case "region":
			a.Region = v
		default:
			if v != "" {
				extra = append(extra, k.Name+": "+v)
			}
		}
	}
	a.Address = strings.Join(lines, ", ")
	a.Remarks = strings.Join(extra, "; ")
	if !a.IsZero() {
		e.Addresses = append(e.Addresses, a)
	}
}

// classicVessel reads <vesselInfo>.
func classicVessel(e *Entry, t *xtree) {
	if e.Vessel == nil {
		e.Vessel = &VesselInfo{}
	}
	v := e.Vessel
	for i := range t.Kids {
		k := &t.Kids[i]
		var field *string
		switch k.Name {
		case "callSign":
			field = &v.CallSign
		case "vesselType":
			field = &v.Type
		case "vesselFlag":
			field = &v.Flag
		case "vesselOwner":
			field = &v.Owner
		case "tonnage":
			field = &v.Tonnage
		case "grossRegisteredTonnage":
			field = &v.GRT
		default:
			classicUnknown(e, "vesselInfo/"+k.Name, k)
			continue
		}
		if s := k.flat(); *field == "" {
			*field = s
		} else if s != "" {
			e.Features = append(e.Features, Feature{Type: "vesselInfo/" + k.Name, Value: s})
		}
	}
}

var monthNumbers = map[string]int{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
	"january": 1, "february": 2, "march": 3, "april": 4, "june": 6, "july": 7,
	"august": 8, "september": 9, "sept": 9, "october": 10, "november": 11, "december": 12,
}

// parseListDate reads a date as OFAC prints it: "23 Nov 1962", "Nov 1962",
// "1962", "circa 1958", "1960 to 1962", "01 Jan 1964 to 17 Feb 1964",
// "circa 1979-1982", or ISO "1962-11-23". The published text is always kept
// in Text; when the wording is not one of these, Text is all there is and
// ok is false. An unusual date is data, not a broken file.
func parseListDate(s string) (d Date, ok bool) {
	s = strings.TrimSpace(s)
	d.Text = s
	body := strings.TrimSpace(strings.TrimSuffix(s, "."))
	lower := strings.ToLower(body)
	for _, prefix := range []string{"circa ", "approximately ", "approx. ", "about "} {
		if strings.HasPrefix(lower, prefix) {
			d.Circa = true
			body = strings.TrimSpace(body[len(prefix):])
			break
		}
	}
	from, to := body, ""
	if i := strings.Index(strings.ToLower(body), " to "); i >= 0 {
		from, to = body[:i], body[i+4:]
	} else if len(body) == 9 && body[4] == '-' && allDigits(body[:4]) && allDigits(body[5:]) {
		from, to = body[:4], body[5:] // "1979-1982"
	}
	f, ok := parseListDatePart(from)
	if !ok {
		return Date{Text: s}, false
	}
	d.From, d.To = f, f
	if to != "" {
		t, ok := parseListDatePart(to)
		if !ok || !datePartBefore(f, t) {
			return Date{Text: s}, false
		}
		d.To = t
	}
	return d, true
}

// parseListDatePart reads "23 Nov 1962", "Nov 1962", "1962" or "1962-11-23".
func parseListDatePart(s string) (DatePart, bool) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return DatePart{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}, true
	}
	f := strings.Fields(s)
	var p DatePart
	switch len(f) {
	case 1:
	case 2:
		p.Month = monthNumbers[strings.ToLower(f[0])]
		if p.Month == 0 {
			return DatePart{}, false
		}
	case 3:
		p.Month = monthNumbers[strings.ToLower(f[1])]
		if p.Month == 0 || !allDigits(f[0]) || len(f[0]) > 2 {
			return DatePart{}, false
		}
		p.Day, _ = strconv.Atoi(f[0])
	default:
		return DatePart{}, false
	}
	y := f[len(f)-1]
	if len(y) != 4 || !allDigits(y) {
		return DatePart{}, false
	}
	p.Year, _ = strconv.Atoi(y)
	if p.Year == 0 {
		return DatePart{}, false
	}
	if p.Day != 0 {
		// Reject 31 Feb and the like: time.Date would roll them over.
		t := time.Date(p.Year, time.Month(p.Month), p.Day, 0, 0, 0, 0, time.UTC)
		if t.Day() != p.Day {
			return DatePart{}, false
		}
	}
	return p, true
}

// datePartBefore reports whether a is not after b, comparing what both know.
func datePartBefore(a, b DatePart) bool {
	if a.Year != b.Year {
		return a.Year < b.Year
	}
	if a.Month == 0 || b.Month == 0 || a.Month != b.Month {
		return a.Month <= b.Month || b.Month == 0
	}
	return a.Day <= b.Day || b.Day == 0
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
