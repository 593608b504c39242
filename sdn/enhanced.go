package sdn

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/encoding/htmlindex"
)

// The enhanced XML (SDN_ENHANCED.XML, CONS_ENHANCED.XML) is a flat,
// self-describing export: a <publicationInfo> header, <referenceValues> that
// name every code the file uses, then one <entity> per listed party holding
// its names (each with translations into other scripts), addresses, typed
// features, identity documents and relationships. Unlike the advanced XML,
// every reference is also spelled out in place, so an entity can be read on
// its own; the reader streams them one at a time.

// readEnhanced reads an enhanced XML document whose root has already been
// sniffed as <sanctionsData>.
func readEnhanced(r io.Reader) (*List, error) {
	td := newTreeDecoder(r)
	l := &List{Format: FormatEnhancedXML}
	er := enhancedReader{scripts: map[string]string{}}
	var filters []string
	seen := map[int]bool{}
	depth, section := 0, ""
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
				if t.Name.Local != "sanctionsData" {
					return nil, td.fail(0, fmt.Errorf("root element <%s>, want <sanctionsData>", t.Name.Local))
				}
			case depth == 2:
				section = t.Name.Local
				if section != "publicationInfo" {
					continue
				}
				info, err := td.readTree(t)
				depth--
				if err != nil {
					return nil, td.fail(0, err)
				}
				if l.Published, err = er.publication(info, &filters); err != nil {
					return nil, td.fail(0, err)
				}
			case depth == 3 && section == "referenceValues" && t.Name.Local == "referenceValue":
				rv, err := td.readTree(t)
				depth--
				if err != nil {
					return nil, td.fail(0, err)
				}
				er.referenceValue(rv)
			case depth == 3 && section == "entities" && t.Name.Local == "entity":
				uid := 0
				idText, ok := attrValue(t, "id")
				if !ok {
					return nil, td.fail(0, errors.New("<entity> without an id"))
				}
				if uid, err = parseUID(idText); err != nil {
					return nil, td.fail(0, fmt.Errorf("<entity id=%q>: %w", idText, err))
				}
				tree, err := td.readTree(t)
				depth--
				if err != nil {
					return nil, td.fail(uid, err)
				}
				e, err := er.entry(uid, tree)
				if err != nil {
					return nil, td.fail(uid, err)
				}
				if seen[uid] {
					return nil, td.fail(uid, errors.New("entity listed twice"))
				}
				seen[uid] = true
				l.Entries = append(l.Entries, e)
			default:
				// Anything else at these depths (a new header block, a
				// wrapper the format may grow) says nothing about an entry.
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
	l.Source = enhancedSource(filters, l.Entries)
	return l, nil
}

// enhancedSource tells the SDN list from the consolidated (non-SDN) lists by
// the publication filter, or by the entries' own lists when the file names
// no filter.
func enhancedSource(filters []string, entries []Entry) string {
	if len(filters) > 0 {
		for _, f := range filters {
			if !strings.EqualFold(f, "SDN List") {
				return SourceConsolidated
			}
		}
		return SourceSDN
	}
	for _, e := range entries {
		onSDN := false
		for _, name := range e.Lists {
			onSDN = onSDN || strings.EqualFold(name, "SDN List")
		}
		if !onSDN {
			return SourceConsolidated
		}
	}
	return SourceSDN
}

// enhancedReader holds what the header of an enhanced file says that the
// entities refer back to.
type enhancedReader struct {
	// scripts maps a SCRIPT reference value's refId to its ISO 15924 code.
	scripts map[string]string
}

// publication reads <publicationInfo>: the publish date and the list filter.
func (er *enhancedReader) publication(info *xtree, filters *[]string) (time.Time, error) {
	var published time.Time
	for i := range info.Kids {
		k := &info.Kids[i]
		switch k.Name {
		case "dataAsOf":
			s := k.text()
			var err error
			if published, err = parseTimestamp(s); err != nil {
				return time.Time{}, fmt.Errorf("<dataAsOf> %q: not a date", s)
			}
		case "filters":
			for _, l := range k.all("sanctionsList") {
				*filters = append(*filters, l.flat())
			}
			for _, l := range k.all("sanctionsLists") {
				for _, s := range l.all("sanctionsList") {
					*filters = append(*filters, s.flat())
				}
			}
		}
	}
	return published, nil
}

// parseTimestamp reads the enhanced XML's date-times ("2025-01-10T00:00:00")
// and plain ISO dates.
func parseTimestamp(s string) (time.Time, error) {
	for _, layout := range []string{"2006-01-02T15:04:05", time.RFC3339, "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, errors.New("unreadable date")
}

// referenceValue records the SCRIPT reference values: they are the only
// codes whose meaning the entities do not spell out (a translation names its
// script in words, the ISO code is only here).
func (er *enhancedReader) referenceValue(rv *xtree) {
	if rv.childText("type") != "SCRIPT" {
		return
	}
	code := scriptCode(rv.childText("value"), rv.childText("isoCode"))
	if id := rv.attr("refId"); id != "" && code != "" {
		er.scripts[id] = code
	}
}

// iso15924 maps the ISO 15924 numeric codes the list uses to the
// four-letter codes of the model.
var iso15924 = map[string]string{
	"125": "Hebr", "160": "Arab", "200": "Grek", "215": "Latn", "220": "Cyrl",
	"230": "Armn", "240": "Geor", "286": "Hang", "287": "Kore", "315": "Deva",
	"350": "Mymr", "352": "Thai", "355": "Khmr", "413": "Jpan", "430": "Ethi",
	"500": "Hani", "501": "Hans", "502": "Hant",
}

// scriptNames maps OFAC's script names to ISO 15924 codes, for files whose
// reference values carry no isoCode.
var scriptNames = map[string]string{
	"arabic": "Arab", "armenian": "Armn", "chinese simplified": "Hans",
	"chinese traditional": "Hant", "cyrillic": "Cyrl", "georgian": "Geor",
	"greek": "Grek", "hangul": "Hang", "hebrew": "Hebr", "japanese": "Jpan",
	"korean": "Kore", "latin": "Latn",
}

// scriptCode returns the ISO 15924 code for a script given by name and,
// optionally, numeric code. A script it does not know keeps its name, so
// that the information is not lost.
func scriptCode(name, numeric string) string {
	if c, ok := iso15924[numeric]; ok {
		return c
	}
	if c, ok := scriptNames[strings.ToLower(strings.TrimSpace(name))]; ok {
		return c
	}
	return strings.TrimSpace(name)
}

// entry converts one <entity>.
func (er *enhancedReader) entry(uid int, t *xtree) (Entry, error) {
	e := Entry{UID: uid}
	primary := false
	for i := range t.Kids {
		k := &t.Kids[i]
		switch k.Name {
		case "generalInfo":
			er.generalInfo(&e, k)
		case "sanctionsLists":
			for _, s := range k.all("sanctionsList") {
				e.Lists = append(e.Lists, s.flat())
			}
			er.unknownKids(&e, k, "sanctionsList")
		case "sanctionsPrograms":
			for _, s := range k.all("sanctionsProgram") {
				e.Programs = append(e.Programs, s.flat())
			}
			er.unknownKids(&e, k, "sanctionsProgram")
		case "sanctionsTypes":
			for _, s := range k.all("sanctionsType") {
				e.Features = append(e.Features, Feature{Type: "Sanctions Type", Value: s.flat()})
			}
			er.unknownKids(&e, k, "sanctionsType")
		case "legalAuthorities":
			for _, s := range k.all("legalAuthority") {
				e.Features = append(e.Features, Feature{Type: "Legal Authority", Value: s.flat()})
			}
			er.unknownKids(&e, k, "legalAuthority")
		case "names":
			for j := range k.Kids {
				n := &k.Kids[j]
				if n.Name != "name" {
					er.unknown(&e, "names/"+n.Name, n)
					continue
				}
				if err := er.name(&e, n, &primary); err != nil {
					return e, err
				}
			}
		case "addresses":
			for _, a := range k.all("address") {
				er.address(&e, a)
			}
			er.unknownKids(&e, k, "address")
		case "features":
			for _, f := range k.all("feature") {
				er.feature(&e, f)
			}
			er.unknownKids(&e, k, "feature")
		case "identityDocuments":
			for _, d := range k.all("identityDocument") {
				e.IDs = append(e.IDs, er.document(d))
			}
			er.unknownKids(&e, k, "identityDocument")
		case "relationships":
			for _, r := range k.all("relationship") {
				if err := er.relationship(&e, r); err != nil {
					return e, err
				}
			}
			er.unknownKids(&e, k, "relationship")
		default:
			er.unknown(&e, k.Name, k)
		}
	}
	if !primary {
		return e, errors.New("entity without a primary name")
	}
	return e, nil
}

// unknown keeps an element the reader does not model as a feature named
// after its path, so that a field added to the format is not dropped.
func (er *enhancedReader) unknown(e *Entry, path string, t *xtree) {
	if v := t.flat(); v != "" {
		e.Features = append(e.Features, Feature{Type: path, Value: v})
	}
}

// unknownKids keeps the children of a list element other than its items.
func (er *enhancedReader) unknownKids(e *Entry, t *xtree, item string) {
	for i := range t.Kids {
		if k := &t.Kids[i]; k.Name != item {
			er.unknown(e, t.Name+"/"+k.Name, k)
		}
	}
}

func (er *enhancedReader) generalInfo(e *Entry, t *xtree) {
	for i := range t.Kids {
		k := &t.Kids[i]
		switch k.Name {
		case "identityId":
			// The identity's internal number: no other format has it and
			// nothing in the file refers to it.
		case "entityType":
			raw := k.flat()
			kind, ok := ParseKind(raw)
			if !ok || raw == "" {
				e.Features = append(e.Features, Feature{Type: "Entity Type", Value: raw})
				kind = ""
			}
			e.Kind = kind
		case "remarks":
			e.Remarks = k.flat()
		case "title":
			e.Title = k.flat()
		default:
			er.unknown(e, "generalInfo/"+k.Name, k)
		}
	}
}

// name reads one <name>: the primary name, or an alias, each with its
// translations into other scripts.
func (er *enhancedReader) name(e *Entry, n *xtree, primary *bool) error {
	isPrimary := n.childText("isPrimary") == "true"
	weak := n.childText("isLowQuality") == "true"
	var typ AliasType
	if a := n.child("aliasType"); a != nil {
		raw := a.flat()
		var ok bool
		if typ, ok = ParseAliasType(raw); !ok {
			typ = AliasType(raw) // kept as published rather than dropped
		}
	}
	trs := []*xtree{}
	if ts := n.child("translations"); ts != nil {
		trs = ts.all("translation")
	}
	if len(trs) == 0 {
		return fmt.Errorf("<name id=%q> without a translation", n.attr("id"))
	}
	// The translation marked primary is the name itself; the others render
	// it in other scripts. Files have one primary translation per name; if
	// none is marked, the first stands in.
	lead := 0
	for i, tr := range trs {
		if tr.childText("isPrimary") == "true" {
			lead = i
			break
		}
	}
	for i, tr := range trs {
		full, parts, script := er.translation(e, tr)
		if full == "" {
			return fmt.Errorf("<name id=%q>: translation %q has no name", n.attr("id"), tr.attr("id"))
		}
		if isPrimary && !*primary && i == lead {
			e.Name, e.NameParts = full, parts
			continue
		}
		// Other-script forms of the primary name are not a.k.a.s: they keep
		// an empty Type.
		at := typ
		if isPrimary {
			at = ""
		}
		e.Aliases = append(e.Aliases, Alias{Name: full, Type: at, Weak: weak, Script: script, Parts: parts})
	}
	if isPrimary {
		*primary = true
	}
	return nil
}

// translation reads one rendering of a name: OFAC's formatted full name
// ("LAST, First" for people), its parts and its script.
func (er *enhancedReader) translation(e *Entry, tr *xtree) (full string, parts []NamePart, script string) {
	for i := range tr.Kids {
		k := &tr.Kids[i]
		switch k.Name {
		case "isPrimary", "formattedFirstName", "formattedLastName":
			// formattedFullName says it all; the first and last forms are
			// its halves.
		case "script":
			script = er.scripts[k.attr("refId")]
			if script == "" {
				script = scriptCode(k.flat(), "")
			}
		case "formattedFullName":
			full = k.flat()
		case "nameParts":
			for _, p := range k.all("namePart") {
				if v := p.childText("value"); v != "" {
					parts = append(parts, NamePart{Type: NamePartType(p.childText("type")), Value: v})
				}
			}
		default:
			er.unknown(e, "translation/"+k.Name, k)
		}
	}
	if full == "" {
		full = joinNameParts(parts)
	}
	return full, parts, script
}

// joinNameParts composes a name the way OFAC prints it when a file gives
// only parts: "LAST, First Middle", or the parts in order.
func joinNameParts(parts []NamePart) string {
	var last, rest []string
	for _, p := range parts {
		if p.Type == LastName {
			last = append(last, p.Value)
		} else {
			rest = append(rest, p.Value)
		}
	}
	switch {
	case len(last) == 0:
		return strings.Join(rest, " ")
	case len(rest) == 0:
		return strings.Join(last, " ")
	}
	return strings.Join(last, " ") + ", " + strings.Join(rest, " ")
}

// address reads one <address>. Its primary (Latin) translation becomes the
// Address; renderings in other scripts are kept as features, so that the
// address list stays one line per address as in OFAC's other formats.
func (er *enhancedReader) address(e *Entry, t *xtree) {
	country := ""
	var trs []*xtree
	for i := range t.Kids {
		k := &t.Kids[i]
		switch k.Name {
		case "country":
			country = k.flat()
		case "translations":
			trs = k.all("translation")
		default:
			er.unknown(e, "address/"+k.Name, k)
		}
	}
	lead := 0
	for i, tr := range trs {
		if tr.childText("isPrimary") == "true" {
			lead = i
			break
		}
	}
	if len(trs) == 0 {
		if country != "" {
			e.Addresses = append(e.Addresses, Address{Country: country})
		}
		return
	}
	for i, tr := range trs {
		a := er.addressParts(e, tr)
		a.Country = country
		if i == lead {
			// An address with neither parts nor country (the file has a
			// few) says nothing.
			if !a.IsZero() {
				e.Addresses = append(e.Addresses, a)
			}
			continue
		}
		if !a.IsZero() {
			script := tr.childText("script")
			e.Features = append(e.Features, Feature{Type: "Address (" + script + ")", Value: a.String()})
		}
	}
}

func (er *enhancedReader) addressParts(e *Entry, tr *xtree) Address {
	var a Address
	var lines, extra []string
	for i := range tr.Kids {
		k := &tr.Kids[i]
		switch k.Name {
		case "isPrimary", "script":
		case "addressParts":
			for _, p := range k.all("addressPart") {
				v := p.childText("value")
				if v == "" {
					continue
				}
				if typ := p.childText("type"); !a.setPart(&lines, typ, v) {
					extra = append(extra, typ+": "+v)
				}
			}
		default:
			er.unknown(e, "address/translation/"+k.Name, k)
		}
	}
	a.Address = strings.Join(lines, ", ")
	a.Remarks = strings.Join(extra, "; ")
	return a
}

// feature reads one <feature>: a typed fact. Birth dates, places,
// nationality, citizenship, gender, vessel and aircraft details and digital
// currency addresses go to their fields; everything else is kept as a
// Feature.
func (er *enhancedReader) feature(e *Entry, t *xtree) {
	typ, value, comments := "", "", ""
	var valueDate *xtree
	for i := range t.Kids {
		k := &t.Kids[i]
		switch k.Name {
		case "type":
			typ = k.flat()
		case "value":
			value = k.flat()
		case "valueDate":
			valueDate = k
		case "comments":
			comments = k.flat()
		case "versionId", "isPrimary", "valueRefId", "reliability":
			// Bookkeeping: the value is spelled out in <value>, and OFAC's
			// other formats carry neither the version nor the reliability.
		default:
			er.unknown(e, "feature/"+k.Name, k)
		}
	}
	if value == "" && valueDate != nil {
		value = valueDate.flat()
	}
	if strings.EqualFold(typ, "Birthdate") {
		d, ok := parseListDate(value)
		if !ok && valueDate != nil {
			if vd, ok := dateFromValueDate(valueDate); ok {
				vd.Text = d.Text
				d = vd
			}
		}
		e.BirthDates = append(e.BirthDates, d)
		if comments != "" {
			e.Features = append(e.Features, Feature{Type: typ + " comments", Value: comments})
		}
		return
	}
	if !applyListFeature(e, typ, value, comments) && comments != "" {
		e.Features = append(e.Features, Feature{Type: typ + " comments", Value: comments})
	}
}

// dateFromValueDate reads the enhanced XML's structured date: the bounds of
// the earliest and latest day meant. A year-only date runs from 1 January to
// 31 December, a month-only date over the month; a range says so.
func dateFromValueDate(t *xtree) (Date, bool) {
	get := func(name string) (time.Time, bool) {
		v, err := time.Parse("2006-01-02", t.childText(name))
		return v, err == nil
	}
	// fromDateBegin is the first day the date may mean and toDateEnd the
	// last; the inner bounds (fromDateEnd, toDateBegin) add nothing for
	// the units OFAC uses.
	fb, ok1 := get("fromDateBegin")
	te, ok2 := get("toDateEnd")
	if !ok1 || !ok2 || te.Before(fb) {
		return Date{}, false
	}
	d := Date{Circa: t.childText("isApproximate") == "true"}
	if t.childText("isDateRange") != "true" {
		d.From = spanPart(fb, te)
		d.To = d.From
		return d, true
	}
	// A range runs from the first day of its first unit to the last day of
	// its last: whole years, whole months, or days.
	switch {
	case fb.YearDay() == 1 && te.AddDate(0, 0, 1).Year() != te.Year():
		d.From, d.To = DatePart{Year: fb.Year()}, DatePart{Year: te.Year()}
	case fb.Day() == 1 && te.AddDate(0, 0, 1).Month() != te.Month():
		d.From = DatePart{Year: fb.Year(), Month: int(fb.Month())}
		d.To = DatePart{Year: te.Year(), Month: int(te.Month())}
	default:
		d.From = DatePart{Year: fb.Year(), Month: int(fb.Month()), Day: fb.Day()}
		d.To = DatePart{Year: te.Year(), Month: int(te.Month()), Day: te.Day()}
	}
	return d, true
}

// spanPart names the calendar unit a span of days covers: a whole year, a
// whole month, or one day. Any other span is read from its first day.
func spanPart(begin, end time.Time) DatePart {
	switch {
	case begin.Equal(end):
		return DatePart{Year: begin.Year(), Month: int(begin.Month()), Day: begin.Day()}
	case begin.Year() == end.Year() && begin.YearDay() == 1 && end.AddDate(0, 0, 1).Year() != end.Year():
		return DatePart{Year: begin.Year()}
	case begin.Year() == end.Year() && begin.Month() == end.Month() && begin.Day() == 1 && end.AddDate(0, 0, 1).Month() != end.Month():
		return DatePart{Year: begin.Year(), Month: int(begin.Month())}
	}
	return DatePart{Year: begin.Year(), Month: int(begin.Month()), Day: begin.Day()}
}

// document reads one <identityDocument>.
func (er *enhancedReader) document(t *xtree) ID {
	var id ID
	var remarks []string
	location := ""
	for i := range t.Kids {
		k := &t.Kids[i]
		switch k.Name {
		case "type":
			id.Type = k.flat()
		case "documentNumber":
			id.Number = k.flat()
		case "issuingCountry":
			id.Country = k.flat()
		case "issuingLocation":
			location = k.flat()
		case "issuingAuthority":
			remarks = append(remarks, "Issuing Authority: "+k.flat())
		case "isValid":
			if k.text() == "false" {
				remarks = append(remarks, "not valid")
			}
		case "name":
			// The name the document is issued in: one of the entry's own
			// names, already read.
		case "issueDate", "issuingDate", "dateOfIssue":
			id.IssueDate = k.flat()
		case "expirationDate", "expiryDate":
			id.ExpirationDate = k.flat()
		default:
			if v := k.flat(); v != "" {
				remarks = append(remarks, k.Name+": "+v)
			}
		}
	}
	switch {
	case id.Country == "":
		id.Country = location
	case location != "" && location != id.Country:
		remarks = append(remarks, "Issuing Location: "+location)
	}
	id.Remarks = strings.Join(remarks, "; ")
	return id
}

// relationship reads one <relationship> into a Link.
func (er *enhancedReader) relationship(e *Entry, t *xtree) error {
	var l Link
	quality := ""
	for i := range t.Kids {
		k := &t.Kids[i]
		switch k.Name {
		case "type":
			l.Type = k.flat()
		case "relatedEntity":
			l.Name = k.flat()
			if s := k.attr("entityId"); s != "" {
				uid, err := parseUID(s)
				if err != nil {
					return fmt.Errorf("<relatedEntity entityId=%q>: %w", s, err)
				}
				l.UID = uid
			}
		case "quality":
			quality = k.flat()
		default:
			er.unknown(e, "relationship/"+k.Name, k)
		}
	}
	e.Links = append(e.Links, l)
	if quality != "" {
		e.Features = append(e.Features, Feature{
			Type:  "Relationship Quality",
			Value: fmt.Sprintf("%s (%s %s)", quality, l.Type, l.Name),
		})
	}
	return nil
}

// applyListFeature files one typed fact, as OFAC names its types in every
// format ("Gender", "Vessel Flag", "Digital Currency Address - XBT"...), into
// the entry: the modelled ones into their fields, the rest as a Feature. A
// field that is already set keeps its value and the new one becomes a
// Feature, so nothing is lost. comments, when given, are published remarks
// on the value; it reports whether they were kept.
func applyListFeature(e *Entry, typ, value, comments string) (keptComments bool) {
	typ = strings.TrimSpace(typ)
	set := func(field *string) bool {
		if *field == "" {
			*field = value
			return true
		}
		return false
	}
	done := true
	switch strings.ToLower(typ) {
	case "birthdate":
		d, _ := parseListDate(value)
		e.BirthDates = append(e.BirthDates, d)
	case "place of birth":
		e.BirthPlaces = append(e.BirthPlaces, value)
	case "nationality country":
		e.Nationalities = append(e.Nationalities, value)
	case "citizenship country":
		e.Citizenships = append(e.Citizenships, value)
	case "gender":
		done = set(&e.Gender)
	case "title":
		done = set(&e.Title)
	case "vessel call sign":
		done = set(&e.vessel().CallSign)
	case "vessel type":
		done = set(&e.vessel().Type)
	case "vessel flag":
		done = set(&e.vessel().Flag)
	case "vessel owner":
		done = set(&e.vessel().Owner)
	case "vessel tonnage":
		done = set(&e.vessel().Tonnage)
	case "vessel gross registered tonnage":
		done = set(&e.vessel().GRT)
	case "vessel year of build":
		done = set(&e.vessel().BuildYear)
	case "aircraft model":
		done = set(&e.aircraft().Model)
	case "aircraft operator":
		done = set(&e.aircraft().Operator)
	case "aircraft tail number":
		done = set(&e.aircraft().TailNumber)
	case "aircraft manufacturer's serial number (msn)":
		done = set(&e.aircraft().SerialNumber)
	case "aircraft manufacture date":
		done = set(&e.aircraft().BuildDate)
	default:
		if asset, ok := walletAsset(typ); ok {
			e.Wallets = append(e.Wallets, Wallet{Asset: asset, Address: value})
		} else {
			done = false
		}
	}
	if done {
		return false
	}
	v := value
	if comments != "" {
		if strings.HasPrefix(comments, "(") {
			v += " " + comments
		} else {
			v += " (" + comments + ")"
		}
	}
	e.Features = append(e.Features, Feature{Type: typ, Value: v})
	return true
}

// walletAsset reads the asset code out of a "Digital Currency Address - XBT"
// type.
func walletAsset(typ string) (string, bool) {
	const prefix = "digital currency address"
	if len(typ) <= len(prefix) || !strings.EqualFold(typ[:len(prefix)], prefix) {
		return "", false
	}
	asset := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(typ[len(prefix):]), "-–:"))
	return asset, asset != ""
}

// parseUID reads an entry number: a positive decimal integer.
func parseUID(s string) (int, error) {
	s = strings.TrimSpace(s)
	n, err := strconv.Atoi(s)
	if err != nil || n <= 0 || strings.HasPrefix(s, "+") {
		return 0, fmt.Errorf("uid %q is not a positive number", s)
	}
	return n, nil
}

// attrValue returns the value of the attribute with the given local name.
func attrValue(t xml.StartElement, name string) (string, bool) {
	for _, a := range t.Attr {
		if a.Name.Local == name {
			return a.Value, true
		}
	}
	return "", false
}

// treeDecoder reads an XML list one element subtree at a time, and turns
// decoder errors into ParseErrors that say where they happened.
type treeDecoder struct {
	d *xml.Decoder
}

func newTreeDecoder(r io.Reader) *treeDecoder {
	d := xml.NewDecoder(r)
	// The files are UTF-8; older exports or re-saved copies may declare
	// another encoding, which x/text can read.
	d.CharsetReader = func(label string, input io.Reader) (io.Reader, error) {
		enc, err := htmlindex.Get(label)
		if err != nil {
			return nil, fmt.Errorf("unsupported encoding %q", label)
		}
		return enc.NewDecoder().Reader(input), nil
	}
	return &treeDecoder{d: d}
}

// fail wraps err into a ParseError at the decoder's current position.
func (td *treeDecoder) fail(uid int, err error) error {
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	line, _ := td.d.InputPos()
	return &ParseError{Line: line, Offset: td.d.InputOffset(), UID: uid, Err: err}
}

// xtree is one XML element with its attributes, direct text and children,
// by local name: the entries are small, and a tree lets the readers keep
// whatever they do not model.
type xtree struct {
	Name  string
	Attrs []xml.Attr
	Text  string
	Kids  []xtree
}

// readTree reads the element opened by start up to its end. On error it
// returns what it read so far, so that the caller can name the entry.
func (td *treeDecoder) readTree(start xml.StartElement) (*xtree, error) {
	root := &xtree{Name: start.Name.Local, Attrs: start.Attr}
	// The stack holds pointers into parents' Kids; a parent's Kids only grow
	// while it is on top, when none of its children is on the stack. Text
	// gathers in a buffer per open element (an element's text may come in
	// many pieces, split by comments), set when the element closes.
	type open struct {
		node *xtree
		text []byte
	}
	stack := []open{{node: root}}
	for len(stack) > 0 {
		tok, err := td.d.Token()
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			for _, o := range stack {
				o.node.Text = string(o.text)
			}
			return root, err
		}
		top := &stack[len(stack)-1]
		switch t := tok.(type) {
		case xml.StartElement:
			top.node.Kids = append(top.node.Kids, xtree{Name: t.Name.Local, Attrs: t.Attr})
			stack = append(stack, open{node: &top.node.Kids[len(top.node.Kids)-1]})
		case xml.EndElement:
			top.node.Text = string(top.text)
			stack = stack[:len(stack)-1]
		case xml.CharData:
			top.text = append(top.text, t...)
		}
	}
	return root, nil
}

func (t *xtree) attr(name string) string {
	for _, a := range t.Attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// text is the element's own text, trimmed.
func (t *xtree) text() string { return strings.TrimSpace(t.Text) }

// flat is all the text of the element and its descendants, trimmed and
// joined with single spaces.
func (t *xtree) flat() string {
	if len(t.Kids) == 0 {
		return t.text()
	}
	var parts []string
	var walk func(*xtree)
	walk = func(n *xtree) {
		if s := n.text(); s != "" {
			parts = append(parts, s)
		}
		for i := range n.Kids {
			walk(&n.Kids[i])
		}
	}
	walk(t)
	return strings.Join(parts, " ")
}

func (t *xtree) child(name string) *xtree {
	for i := range t.Kids {
		if t.Kids[i].Name == name {
			return &t.Kids[i]
		}
	}
	return nil
}

func (t *xtree) childText(name string) string {
	if c := t.child(name); c != nil {
		return c.flat()
	}
	return ""
}

func (t *xtree) all(name string) []*xtree {
	var out []*xtree
	for i := range t.Kids {
		if t.Kids[i].Name == name {
			out = append(out, &t.Kids[i])
		}
	}
	return out
}
