package sdn

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// The advanced XML (sdn_advanced.xml, cons_advanced.xml) is a normalised
// database dump: reference tables first (alias types, feature types,
// countries, scripts...), then locations and identity documents keyed by
// ID, then the parties, and after them the relationships and the sanctions
// entries that carry each party's programs. readAdvanced reads it in one
// pass, resolving references as they come and joining the trailing tables
// onto the entries at the end.

// advReader holds the state of one advanced XML parse.
type advReader struct {
	s *xmlScanner

	ref          map[string]map[int]string // reference table → ID → text
	partySubType map[int]int               // PartySubType ID → PartyType ID
	scriptCode   map[int]string            // Script ID → ISO 15924 code
	locations    map[int]Address           // Location ID → address
	idDocs       map[int][]ID              // Identity ID → documents
	byProfile    map[int]int               // Profile ID → index in list.Entries
	links        []advLink

	list List
	uid  int // the entry being read, for errors
}

type advLink struct {
	from, to int // profile IDs
	typ      string
}

// readAdvanced reads an advanced XML document whose root is <Sanctions>.
func readAdvanced(r io.Reader) (*List, error) {
	a := &advReader{
		s:            newXMLScanner(r),
		ref:          make(map[string]map[int]string),
		partySubType: make(map[int]int),
		scriptCode:   make(map[int]string),
		locations:    make(map[int]Address),
		idDocs:       make(map[int][]ID),
		byProfile:    make(map[int]int),
	}
	l, err := a.read()
	if err != nil {
		var pe *ParseError
		if errors.As(err, &pe) {
			if pe.UID == 0 {
				pe.UID = a.uid
			}
			return nil, pe
		}
		return nil, &ParseError{Offset: a.s.tokStart, UID: a.uid, Err: err}
	}
	return l, nil
}

func (a *advReader) read() (*List, error) {
	s := a.s
	k, err := s.next()
	for err == nil && k == tokText {
		k, err = s.next()
	}
	if err != nil {
		return nil, err
	}
	if k != tokStart || string(s.name) != "Sanctions" {
		return nil, s.errorf("root element is not <Sanctions>")
	}
	seenParties := false
	err = a.children(func(name string) error {
		switch name {
		case "DateOfIssue":
			d, err := a.readDate()
			if err != nil {
				return err
			}
			if d.Year == 0 || d.Month == 0 || d.Day == 0 {
				return s.errorf("incomplete DateOfIssue")
			}
			a.list.Published = time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
			return nil
		case "ReferenceValueSets":
			return a.readReferenceValues()
		case "Locations":
			return a.children(func(string) error { return a.readLocation() })
		case "IDRegDocuments":
			return a.children(func(string) error { return a.readIDRegDocument() })
		case "DistinctParties":
			seenParties = true
			return a.children(func(string) error { return a.readDistinctParty() })
		case "ProfileRelationships":
			return a.children(func(string) error { return a.readRelationship() })
		case "SanctionsEntries":
			return a.children(func(string) error { return a.readSanctionsEntry() })
		}
		return s.skip()
	})
	if err != nil {
		return nil, err
	}
	if k, err := s.next(); err != nil {
		return nil, err
	} else if k != tokEOF {
		return nil, s.errorf("content after the root element")
	}
	if !seenParties {
		return nil, s.errorf("no <DistinctParties> in the document")
	}
	if a.list.Published.IsZero() {
		return nil, s.errorf("no <DateOfIssue> in the document")
	}
	a.finish()
	return &a.list, nil
}

// children calls fn for every child element of the element just started;
// fn must consume the child whole. Character data between children is
// ignored.
func (a *advReader) children(fn func(name string) error) error {
	s := a.s
	if s.selfEnd {
		_, err := s.next()
		return err
	}
	d := s.depth
	for {
		k, err := s.next()
		if err != nil {
			return err
		}
		switch k {
		case tokStart:
			if err := fn(string(s.name)); err != nil {
				return err
			}
		case tokEnd:
			if s.depth < d {
				return nil
			}
		case tokEOF:
			return s.truncated("an element")
		}
	}
}

func (a *advReader) refText(table string, id int) string {
	if t, ok := a.ref[table][id]; ok {
		return t
	}
	return ""
}

// mustRef resolves a reference the model depends on; an unknown ID means
// the file is not what it claims to be.
func (a *advReader) mustRef(table, attr string) (string, error) {
	id, ok := a.s.attrInt(attr)
	if !ok {
		return "", a.s.errorf("<%s> without a numeric %s", a.s.name, attr)
	}
	t, ok := a.ref[table][id]
	if !ok {
		return "", a.s.errorf("<%s> refers to unknown %s %d", a.s.name, attr, id)
	}
	return t, nil
}

func (a *advReader) readReferenceValues() error {
	s := a.s
	return a.children(func(string) error {
		return a.children(func(table string) error {
			id, ok := s.attrInt("ID")
			if !ok {
				return s.errorf("reference value <%s> without a numeric ID", table)
			}
			switch table {
			case "PartySubType":
				a.partySubType[id], _ = s.attrInt("PartyTypeID")
			case "Script":
				code, err := s.attrString("ScriptCode")
				if err != nil {
					return err
				}
				a.scriptCode[id] = isoScript(code)
			}
			text, err := s.textContent()
			if err != nil {
				return err
			}
			m := a.ref[table]
			if m == nil {
				m = make(map[int]string)
				a.ref[table] = m
			}
			m[id] = text
			return nil
		})
	})
}

// isoScript turns the advanced XML's script codes into ISO 15924: most are
// already ("Cyrl", "Arab"), a few are spelled out ("Latin", "Korean").
func isoScript(code string) string {
	switch code {
	case "Latin":
		return "Latn"
	case "Hebrew":
		return "Hebr"
	case "Japanese":
		return "Jpan"
	case "Korean":
		return "Kore"
	}
	return code
}

func (a *advReader) readLocation() error {
	s := a.s
	id, ok := s.attrInt("ID")
	if !ok {
		return s.errorf("<Location> without a numeric ID")
	}
	var addr Address
	var lines []string
	err := a.children(func(name string) error {
		switch name {
		case "LocationCountry":
			c, _ := s.attrInt("CountryID")
			addr.Country = a.refText("Country", c)
			return s.skip()
		case "LocationAreaCode":
			if addr.Country == "" {
				c, _ := s.attrInt("AreaCodeID")
				addr.Country = a.refText("AreaCode", c)
			}
			return s.skip()
		case "LocationPart":
			typ, err := a.mustRef("LocPartType", "LocPartTypeID")
			if err != nil {
				return err
			}
			var val string
			err = a.children(func(string) error { // LocationPartValue
				return a.children(func(name string) error {
					if name != "Value" {
						return s.skip()
					}
					v, err := s.textContent()
					if val == "" {
						val = v
					}
					return err
				})
			})
			if err != nil {
				return err
			}
			switch {
			case addr.setPart(&lines, typ, val):
			case typ == "Unknown":
				// Nationality and citizenship locations are a bare
				// country name in a part of unknown type.
				if addr.Country == "" {
					addr.Country = val
				} else {
					lines = append(lines, val)
				}
			default:
				addr.Remarks = joinNonEmpty("; ", addr.Remarks, typ+": "+val)
			}
			return nil
		}
		return s.skip()
	})
	addr.Address = strings.Join(lines, ", ")
	a.locations[id] = addr
	return err
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

func (a *advReader) readIDRegDocument() error {
	s := a.s
	typ, err := a.mustRef("IDRegDocType", "IDRegDocTypeID")
	if err != nil {
		return err
	}
	identity, ok := s.attrInt("IdentityID")
	if !ok {
		return s.errorf("<IDRegDocument> without a numeric IdentityID")
	}
	c, _ := s.attrInt("IssuedBy-CountryID")
	v, _ := s.attrInt("ValidityID")
	doc := ID{Type: typ, Country: a.refText("Country", c)}
	var comment, authority string
	if validity := a.refText("Validity", v); validity != "" && validity != "Valid" {
		comment = validity
	}
	err = a.children(func(name string) error {
		var err error
		switch name {
		case "IDRegistrationNo":
			doc.Number, err = s.textContent()
		case "Comment":
			var t string
			t, err = s.textContent()
			comment = joinNonEmpty("; ", comment, t)
		case "IssuingAuthority":
			authority, err = s.textContent()
		case "DocumentDate":
			dt := a.refText("IDRegDocDateType", mustAttrInt(s, "IDRegDocDateTypeID"))
			var d Date
			err = a.children(func(name string) error {
				if name != "DatePeriod" {
					return s.skip()
				}
				var err error
				d, err = a.readDatePeriod()
				return err
			})
			switch dt {
			case "Issue Date":
				doc.IssueDate = d.String()
			case "Expiration Date":
				doc.ExpirationDate = d.String()
			default:
				comment = joinNonEmpty("; ", comment, dt+" "+d.String())
			}
		default:
			err = s.skip()
		}
		return err
	})
	if authority != "" {
		comment = joinNonEmpty("; ", comment, "Issued by "+authority)
	}
	doc.Remarks = comment
	a.idDocs[identity] = append(a.idDocs[identity], doc)
	return err
}

func mustAttrInt(s *xmlScanner, name string) int {
	n, _ := s.attrInt(name)
	return n
}

// advName is a documented name before its parts' types are known (the
// NamePartGroups that give them follow the aliases in the file).
type advName struct {
	aliasType string
	primary   bool // the primary alias
	latin     bool // DocNameStatus "Primary Latin"
	weak      bool
	parts     []advPart
}

type advPart struct {
	group  int
	script int
	value  string
}

func (a *advReader) readDistinctParty() error {
	s := a.s
	uid, ok := s.attrInt("FixedRef")
	if !ok {
		return s.errorf("<DistinctParty> without a numeric FixedRef")
	}
	a.uid = uid
	e := Entry{UID: uid}
	var names []advName
	groupType := make(map[int]string)
	var identities []int
	err := a.children(func(name string) error {
		if name != "Profile" {
			return s.skip()
		}
		profile, ok := s.attrInt("ID")
		if !ok {
			return s.errorf("<Profile> without a numeric ID")
		}
		a.byProfile[profile] = len(a.list.Entries)
		sub, _ := s.attrInt("PartySubTypeID")
		e.Kind = a.kind(sub)
		return a.children(func(name string) error {
			switch name {
			case "Identity":
				id, _ := s.attrInt("ID")
				identities = append(identities, id)
				return a.readIdentity(&names, groupType)
			case "Feature":
				return a.readFeature(&e)
			}
			return s.skip()
		})
	})
	if err != nil {
		return err
	}
	if err := a.buildNames(&e, names, groupType); err != nil {
		return err
	}
	for _, id := range identities {
		e.IDs = append(e.IDs, a.idDocs[id]...)
	}
	a.list.Entries = append(a.list.Entries, e)
	a.uid = 0
	return nil
}

func (a *advReader) kind(subType int) Kind {
	switch a.refText("PartySubType", subType) {
	case "Vessel":
		return Vessel
	case "Aircraft":
		return Aircraft
	}
	switch a.refText("PartyType", a.partySubType[subType]) {
	case "Individual":
		return Individual
	case "Transport":
		return Vessel
	}
	return Entity
}

func (a *advReader) readIdentity(names *[]advName, groupType map[int]string) error {
	s := a.s
	return a.children(func(name string) error {
		switch name {
		case "Alias":
			typ, err := a.mustRef("AliasType", "AliasTypeID")
			if err != nil {
				return err
			}
			// Attribute slices point into the scanner's buffer: read them
			// before the next token.
			primary := s.attrIs("Primary", "true")
			weak := s.attrIs("LowQuality", "true")
			return a.children(func(name string) error {
				if name != "DocumentedName" {
					return s.skip()
				}
				status, _ := s.attrInt("DocNameStatusID")
				n := advName{
					aliasType: typ,
					primary:   primary,
					weak:      weak,
					latin:     a.refText("DocNameStatus", status) == "Primary Latin",
				}
				err := a.children(func(name string) error {
					if name != "DocumentedNamePart" {
						return s.skip()
					}
					return a.children(func(name string) error {
						if name != "NamePartValue" {
							return s.skip()
						}
						g, _ := s.attrInt("NamePartGroupID")
						sc, _ := s.attrInt("ScriptID")
						v, err := s.textContent()
						n.parts = append(n.parts, advPart{group: g, script: sc, value: v})
						return err
					})
				})
				*names = append(*names, n)
				return err
			})
		case "NamePartGroups":
			return a.children(func(string) error { // MasterNamePartGroup
				return a.children(func(string) error { // NamePartGroup
					g, _ := s.attrInt("ID")
					t, err := a.mustRef("NamePartType", "NamePartTypeID")
					if err != nil {
						return err
					}
					groupType[g] = t
					return s.skip()
				})
			})
		}
		return s.skip()
	})
}

// buildNames turns the documented names into the entry's primary name and
// aliases.
func (a *advReader) buildNames(e *Entry, names []advName, groupType map[int]string) error {
	var havePrimary bool
	for _, n := range names {
		parts := make([]NamePart, 0, len(n.parts))
		script := ""
		for _, p := range n.parts {
			t, ok := groupType[p.group]
			if !ok {
				return fmt.Errorf("name part %q refers to unknown NamePartGroup %d", p.value, p.group)
			}
			parts = append(parts, NamePart{Type: NamePartType(t), Value: p.value})
			if script == "" {
				script = a.scriptCode[p.script]
			}
		}
		full := formatName(parts, e.Kind, script)
		if n.primary && n.latin && !havePrimary {
			havePrimary = true
			e.Name = full
			e.NameParts = parts
			continue
		}
		typ := PrimaryVariant
		if !n.primary {
			var ok bool
			if typ, ok = ParseAliasType(n.aliasType); !ok {
				return fmt.Errorf("unknown alias type %q", n.aliasType)
			}
		}
		e.Aliases = append(e.Aliases, Alias{Name: full, Type: typ, Weak: n.weak, Script: script, Parts: parts})
	}
	if !havePrimary {
		return errors.New("entry has no primary Latin name")
	}
	return nil
}

// formatName writes a name the way OFAC prints it in its other formats:
// for individuals the surname parts in capitals, a comma, then the given
// names ("MADURO MOROS, Nicolas"); for everything else the parts in order.
func formatName(parts []NamePart, kind Kind, script string) string {
	if kind != Individual {
		vals := make([]string, len(parts))
		for i, p := range parts {
			vals[i] = p.Value
		}
		return strings.Join(vals, " ")
	}
	// OFAC prints the surnames first, in capitals: the last name, then the
	// paternal and maternal surnames (Spanish double surnames come as
	// Patronymic and Matronymic, not always in that order in the file),
	// then a maiden name; then the given names, first before middle. A
	// "Patronymic" that is one (Russian -ovich, -evna...) is a given name.
	surname := NamePart.Surname
	var sur, given []string
	add := func(p NamePart) {
		if surname(p) {
			v := p.Value
			if script == "Latn" || script == "" {
				v = strings.ToUpper(v)
			}
			sur = append(sur, v)
		} else {
			given = append(given, p.Value)
		}
	}
	for _, t := range []NamePartType{LastName, Patronymic, Matronymic, MaidenName, FirstName, MiddleName} {
		for _, p := range parts {
			if p.Type == t && (surname(p) || t == FirstName || t == MiddleName) {
				add(p)
			}
		}
	}
	for _, p := range parts {
		switch {
		case p.Type == Patronymic && !surname(p):
			add(p)
		case p.Type != LastName && p.Type != Patronymic && p.Type != Matronymic && p.Type != MaidenName &&
			p.Type != FirstName && p.Type != MiddleName:
			add(p)
		}
	}
	switch {
	case len(sur) == 0:
		return strings.Join(given, " ")
	case len(given) == 0:
		return strings.Join(sur, " ")
	}
	return strings.Join(sur, " ") + ", " + strings.Join(given, " ")
}

// readFeature reads one <Feature> into the entry: the facts the model has
// a field for go there, every other one into Features as text.
func (a *advReader) readFeature(e *Entry) error {
	s := a.s
	typ, err := a.mustRef("FeatureType", "FeatureTypeID")
	if err != nil {
		return err
	}
	var values []string
	var dates []Date
	var locs []Address
	var comment string
	err = a.children(func(name string) error {
		if name != "FeatureVersion" {
			return s.skip()
		}
		return a.children(func(name string) error {
			switch name {
			case "VersionDetail":
				ref, hasRef := s.attrInt("DetailReferenceID")
				v, err := s.textContent()
				if err != nil {
					return err
				}
				if hasRef {
					v = joinNonEmpty(" ", a.refText("DetailReference", ref), v)
				}
				if v != "" {
					values = append(values, v)
				}
				return nil
			case "DatePeriod":
				d, err := a.readDatePeriod()
				dates = append(dates, d)
				return err
			case "VersionLocation":
				id, _ := s.attrInt("LocationID")
				if loc, ok := a.locations[id]; ok {
					locs = append(locs, loc)
				} else {
					return s.errorf("<VersionLocation> refers to unknown Location %d", id)
				}
				return s.skip()
			case "Comment":
				t, err := s.textContent()
				comment = joinNonEmpty("; ", comment, t)
				return err
			}
			return s.skip()
		})
	})
	if err != nil {
		return err
	}
	value := strings.Join(values, "; ")
	for _, d := range dates {
		value = joinNonEmpty("; ", value, d.String())
	}
	switch {
	case typ == "Birthdate":
		e.BirthDates = append(e.BirthDates, dates...)
		return nil
	case typ == "Place of Birth":
		e.BirthPlaces = append(e.BirthPlaces, value)
		return nil
	case typ == "Nationality Country" || typ == "Citizenship Country":
		for _, l := range locs {
			c := l.Country
			if typ[0] == 'N' {
				e.Nationalities = append(e.Nationalities, c)
			} else {
				e.Citizenships = append(e.Citizenships, c)
			}
		}
		return nil
	case typ == "Gender":
		e.Gender = value
		return nil
	case typ == "Title":
		e.Title = joinNonEmpty("; ", e.Title, value)
		return nil
	case typ == "Location":
		for _, l := range locs {
			if l.IsZero() {
				// The file has empty locations (the CSV's all-empty
				// add.csv rows): an address that says nothing is none.
				continue
			}
			if comment != "" {
				l.Remarks = joinNonEmpty("; ", l.Remarks, comment)
			}
			e.Addresses = append(e.Addresses, l)
		}
		return nil
	case strings.HasPrefix(typ, "Digital Currency Address - "):
		asset := strings.TrimSpace(strings.TrimPrefix(typ, "Digital Currency Address - "))
		for _, v := range values {
			e.Wallets = append(e.Wallets, Wallet{Asset: asset, Address: v})
		}
		return nil
	}
	if a.vesselOrAircraft(e, typ, value) {
		return nil
	}
	for _, l := range locs {
		value = joinNonEmpty("; ", value, l.String())
	}
	value = joinNonEmpty("; ", value, comment)
	e.Features = append(e.Features, Feature{Type: typ, Value: value})
	return nil
}

func (a *advReader) vesselOrAircraft(e *Entry, typ, value string) bool {
	switch typ {
	case "Vessel Call Sign":
		e.vessel().CallSign = value
	case "VESSEL TYPE":
		e.vessel().Type = value
	case "Vessel Flag":
		e.vessel().Flag = value
	case "Vessel Owner":
		e.vessel().Owner = value
	case "Vessel Tonnage":
		e.vessel().Tonnage = value
	case "Vessel Gross Registered Tonnage":
		e.vessel().GRT = value
	case "Vessel Year of Build":
		e.vessel().BuildYear = value
	case "Aircraft Model":
		e.aircraft().Model = value
	case "Aircraft Operator":
		e.aircraft().Operator = value
	case "Aircraft Tail Number":
		e.aircraft().TailNumber = value
	case "Aircraft Manufacturer's Serial Number (MSN)":
		e.aircraft().SerialNumber = value
	case "Aircraft Manufacture Date":
		e.aircraft().BuildDate = value
	default:
		return false
	}
	return true
}

// readDate reads <Year>, <Month>, <Day> children.
func (a *advReader) readDate() (DatePart, error) {
	s := a.s
	var d DatePart
	err := a.children(func(name string) error {
		var dst *int
		switch name {
		case "Year":
			dst = &d.Year
		case "Month":
			dst = &d.Month
		case "Day":
			dst = &d.Day
		default:
			return s.skip()
		}
		t, err := s.textContent()
		if err != nil {
			return err
		}
		n, err := strconv.Atoi(t)
		if err != nil || n < 0 {
			return s.errorf("bad <%s> %q", name, t)
		}
		*dst = n
		return nil
	})
	if err == nil && (d.Month > 12 || d.Day > 31) {
		err = s.errorf("impossible date %d-%d-%d", d.Year, d.Month, d.Day)
	}
	return d, err
}

// readDatePeriod reads a <DatePeriod> into a Date at the precision it
// expresses: Start 1 Jan and End 31 Dec of a year is that year, a month's
// first to last day that month, anything else the days themselves.
func (a *advReader) readDatePeriod() (Date, error) {
	s := a.s
	var lo, hi DatePart
	var circa bool
	err := a.children(func(name string) error {
		if name != "Start" && name != "End" {
			return s.skip()
		}
		if s.attrIs("Approximate", "true") {
			circa = true
		}
		isStart := name == "Start"
		return a.children(func(name string) error {
			if name != "From" && name != "To" {
				return s.skip()
			}
			d, err := a.readDate()
			if isStart && name == "From" {
				lo = d
			} else if !isStart && name == "To" {
				hi = d
			}
			return err
		})
	})
	if err != nil {
		return Date{}, err
	}
	if hi.IsZero() {
		hi = lo
	}
	if lo.IsZero() {
		lo = hi
	}
	switch {
	case lo == hi:
	case lo.Month == 1 && lo.Day == 1 && hi.Month == 12 && hi.Day == 31:
		lo, hi = DatePart{Year: lo.Year}, DatePart{Year: hi.Year}
	case lo.Day == 1 && hi.Month >= 1 && hi.Month <= 12 && hi.Day == daysIn(hi.Year, hi.Month):
		lo, hi = DatePart{Year: lo.Year, Month: lo.Month}, DatePart{Year: hi.Year, Month: hi.Month}
	}
	return Date{From: lo, To: hi, Circa: circa}, nil
}

func daysIn(year, month int) int {
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func (a *advReader) readRelationship() error {
	s := a.s
	from, ok1 := s.attrInt("From-ProfileID")
	to, ok2 := s.attrInt("To-ProfileID")
	if !ok1 || !ok2 {
		return s.errorf("<ProfileRelationship> without numeric From-ProfileID and To-ProfileID")
	}
	typ, err := a.mustRef("RelationType", "RelationTypeID")
	if err != nil {
		return err
	}
	a.links = append(a.links, advLink{from: from, to: to, typ: typ})
	return s.skip()
}

func (a *advReader) readSanctionsEntry() error {
	s := a.s
	profile, ok := s.attrInt("ProfileID")
	if !ok {
		return s.errorf("<SanctionsEntry> without a numeric ProfileID")
	}
	i, ok := a.byProfile[profile]
	if !ok {
		return s.errorf("<SanctionsEntry> for unknown profile %d", profile)
	}
	e := &a.list.Entries[i]
	a.uid = e.UID
	defer func() { a.uid = 0 }()
	listName, err := a.mustRef("List", "ListID")
	if err != nil {
		return err
	}
	e.Lists = appendUnique(e.Lists, listName)
	return a.children(func(name string) error {
		switch name {
		case "SanctionsMeasure":
			typ, err := a.mustRef("SanctionsType", "SanctionsTypeID")
			if err != nil {
				return err
			}
			var comment string
			err = a.children(func(name string) error {
				if name != "Comment" {
					return s.skip()
				}
				var err error
				comment, err = s.textContent()
				return err
			})
			if typ == "Program" {
				if comment == "" {
					return s.errorf("program measure without a program code")
				}
				e.Programs = appendUnique(e.Programs, comment)
			} else if typ != "Block" {
				e.Features = append(e.Features, Feature{Type: "Sanctions Measure", Value: joinNonEmpty(": ", typ, comment)})
			}
			return err
		case "EntryEvent":
			basis, _ := s.attrInt("LegalBasisID")
			var d DatePart
			err := a.children(func(name string) error {
				if name != "Date" {
					return s.skip()
				}
				var err error
				d, err = a.readDate()
				return err
			})
			lb := a.refText("LegalBasis", basis)
			if lb == "Unknown" {
				lb = ""
			}
			e.Features = append(e.Features, Feature{Type: "Listed", Value: joinNonEmpty("; ", d.String(), lb)})
			return err
		}
		return s.skip()
	})
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// finish joins the relationships onto the entries and says which list the
// file is.
func (a *advReader) finish() {
	l := &a.list
	l.Format = FormatAdvancedXML
	l.Source = SourceConsolidated
	for _, e := range l.Entries {
		for _, n := range e.Lists {
			if n == "SDN List" {
				l.Source = SourceSDN
			}
		}
		if l.Source == SourceSDN {
			break
		}
	}
	for _, ln := range a.links {
		i, ok := a.byProfile[ln.from]
		if !ok {
			continue
		}
		link := Link{Type: ln.typ, UID: ln.to}
		if j, ok := a.byProfile[ln.to]; ok {
			link.UID = l.Entries[j].UID
			link.Name = l.Entries[j].Name
		}
		l.Entries[i].Links = append(l.Entries[i].Links, link)
	}
}
