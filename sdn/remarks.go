package sdn

import (
	"strconv"
	"strings"
)

// In the CSV quartet most of what OFAC knows about a party lives only in the
// free-text remarks, as "; "-separated facts that each start with a key:
//
//	DOB 23 Nov 1962; POB Caracas, Venezuela; citizen Venezuela; Gender Male;
//	Cedula No. 5892464 (Venezuela); alt. Digital Currency Address - XBT 1Abc...;
//	a.k.a. 'EX-CLE'; Linked To: SOME COMPANY LTD.
//
// The keys are the names of OFAC's own reference value sets (the IDRegDocType
// and FeatureType lists that sdn_advanced.xml publishes), plus the few keys
// only the CSV uses (DOB, POB, nationality, citizen, a.k.a., Linked To: ...).
// The two tables below are copied verbatim from the ReferenceValueSets of
// sdn_advanced-2025-11-19.xml; TestRemarkKeyTables checks them against that
// file, so that a renamed or new key in a future list shows up as a failing
// test rather than as facts silently left in the free text.

// idRegDocTypes are the identity document and registration number types
// (IDRegDocType), in the order the advanced XML lists them.
var idRegDocTypes = []string{
	"Cedula No.", "Passport", "SSN", "R.F.C.", "D.N.I.", "NIT #", "US FEIN",
	"Driver's License No.", "RUC #", "N.I.E.", "C.I.F.", "Business Registration Document #",
	"RIF #", "National ID No.", "Registration ID", "LE Number", "Bosnian Personal ID No.",
	"Registered Charity No.", "V.A.T. Number", "Credencial electoral", "Kenyan ID No.",
	"Italian Fiscal Code", "Serial No.", "C.I.N.", "C.U.I.T.", "Tax ID No.",
	"Moroccan Personal ID No.", "Public Security and Immigration No.", "C.U.R.P.",
	"British National Overseas Passport", "C.R. No.", "UK Company Number", "Immigration No.",
	"Travel Document Number", "Electoral Registry No.", "Identification Number",
	"Paraguayan tax identification number", "National Foreign ID Number", "RFC",
	"Diplomatic Passport", "Dubai Chamber of Commerce Membership No.", "Trade License No.",
	"Commercial Registry Number", "Certificate of Incorporation Number", "Tourism License No.",
	"Aircraft Serial Identification", "Cartilla de Servicio Militar Nacional", "C.U.I.P.",
	"Vessel Registration Identification", "Personal ID Card", "Federal ID Card",
	"Registration Certificate Number (Dubai)", "VisaNumberID", "Matricula Mercantil No",
	"Residency Number", "Numero Unico de Identificacao Tributaria (NUIT)",
	"CNP (Personal Numerical Code)", "Romanian Permanent Resident", "Government Gazette Number",
	"Fiscal Code", "Pilot License Number", "Romanian C.R.", "Folio Mercantil No.",
	"Istanbul Chamber of Comm. No.", "Turkish Identification Number", "Romanian Tax Registration",
	"Stateless Person Passport", "Stateless Person ID Card", "Refugee ID Card",
	"Afghan Money Service Provider License Number", "MMSI", "Company Number",
	"Public Registration Number", "N.I.F.", "RTN", "Numero de Identidad", "Tarjeta de Identidad",
	"SRE Permit No.", "Tazkira National ID Card", "License", "Chinese Commercial Code", "I.F.E.",
	"Branch Unit Number", "Enterprise Number", "Organization Code", "Citizen's Card Number",
	"UAE Identification", "United Social Credit Code Certificate (USCCC)",
	"Chamber of Commerce Number", "Legal Entity Number", "Business Number",
	"Birth Certificate Number", "Business Registration Number", "Registration Number",
	"MSB Registration Number", "File Number", "C.U.I.", "Seafarer's Identification Document",
	"Unified Social Credit Code (USCC)", "Central Registration System Number",
	"Economic Register Number (CBLS)", "Trademark number", "Permit Number",
	"Military Registration Number",
	"Russian State Individual Business Registration Number Pattern (OGRNIP)",
	"Global Intermediary Identification Number",
}

// featureTypes are the other fact types (FeatureType), in the order the
// advanced XML lists them.
var featureTypes = []string{
	"Vessel Call Sign", "VESSEL TYPE", "Vessel Flag", "Vessel Owner", "Vessel Tonnage",
	"Vessel Gross Registered Tonnage", "Birthdate", "Place of Birth", "Nationality Country",
	"Citizenship Country", "SWIFT/BIC", "Website", "Email Address", "Former Vessel Flag",
	"Location", "Title", "Aircraft Construction Number (also called L/N or S/N or F/N)",
	"Aircraft Manufacture Date", "Aircraft Mode S Transponder Code", "Aircraft Model",
	"Aircraft Operator", "Previous Aircraft Tail Number",
	"Aircraft Manufacturer's Serial Number (MSN)", "Aircraft Tail Number", "IFCA Determination -",
	"Additional Sanctions Information -", "BIK (RU)",
	"Executive Order 13662 Directive Determination -", "Gender", "UN/LOCODE", "MICEX Code",
	"Digital Currency Address - XBT", "Digital Currency Address - ETH", "D-U-N-S Number",
	"Nationality of Registration", "Registration Country", "Other Vessel Flag",
	"Other Vessel Call Sign", "Digital Currency Address - XMR", "Secondary sanctions risk:",
	"Phone Number", "CAATSA Section 235 Information:", "Other Vessel Type",
	"Digital Currency Address - LTC", "Executive Order 13846 information:",
	"Transactions Prohibited For Persons Owned or Controlled By U.S. Financial Institutions:",
	"Organization Established Date", "Organization Type:", "Digital Currency Address - ZEC",
	"Digital Currency Address - DASH", "Digital Currency Address - BTG",
	"Digital Currency Address - ETC", "Digital Currency Address - BSV",
	"Digital Currency Address - BCH", "Digital Currency Address - XVG", "Equity Ticker", "ISIN",
	"Target Type", "PEESA Information:", "Digital Currency Address - USDT",
	"Digital Currency Address - XRP", "Executive Order 14024 Directive Information -",
	"Executive Order 14024 Directive Information", "Listing Date (EO 14024 Directive 2):",
	"Effective Date (EO 14024 Directive 2):", "Listing Date (EO 14024 Directive 3):",
	"Effective Date (EO 14024 Directive 3):", "Vessel Year of Build",
	"Digital Currency Address - BNB", "Digital Currency Address - TRX",
	"Digital Currency Address - USDC", "Digital Currency Address - ARB",
	"Digital Currency Address - BSC", "Digital Currency Address - SOL",
}

// csvOnlyKeys are keys the CSV remarks use that neither table names: the
// CSV's own spelling of the birth, nationality, alias and link facts, and
// the keys found by surveying the December 2025 files (split every remark on
// "; " and count the leading words) that the advanced XML spells otherwise.
var csvOnlyKeys = []remarkKey{
	{key: "DOB", h: hDOB},
	{key: "POB", h: hPOB},
	{key: "nationality", h: hNationality},
	{key: "citizen", h: hCitizen},
	{key: "a.k.a.", h: hAlias, alias: AKA},
	{key: "f.k.a.", h: hAlias, alias: FKA},
	{key: "n.k.a.", h: hAlias, alias: NKA},
	{key: "Linked To:", h: hLink},
	{key: walletKey, h: hWallet},
	{key: "Listing Date (CMIC)", h: hFeature},
	{key: "Effective Date (CMIC)", h: hFeature},
	{key: "Purchase/Sales For Divestment Date (CMIC)", h: hFeature},
	{key: "Issuer Name", h: hFeature},
	{key: "Telephone", h: hFeature},
	{key: "Telephone No.", h: hFeature},
	{key: "Fax", h: hFeature},
	{key: "Fax No.", h: hFeature},
	{key: "PHONE", h: hFeature},
	{key: "FAX", h: hFeature},
}

// walletKey starts a digital currency address: the asset code follows it
// ("Digital Currency Address - XBT 1Abc..."). The advanced XML has one
// feature type per asset; here the asset is read from the text, so that a
// new asset code needs no new table entry.
const walletKey = "Digital Currency Address -"

// RemarkFeature is the Feature type of a remark fact that names no key the
// parser knows ("Member of the State Duma...", "ICTY indictee."): the
// segment is kept whole, as published.
const RemarkFeature = "Remark"

// AliasRemarkFeature is the Feature type that keeps the alt_remarks column
// of alt.csv, which the Alias type has no field for: "NAME: remark".
const AliasRemarkFeature = "Alias Remark"

// remarkHandler says what a remark key fills in.
type remarkHandler uint8

const (
	hFeature     remarkHandler = iota // Features{key, value}
	hID                               // IDs
	hDOB                              // BirthDates
	hPOB                              // BirthPlaces
	hNationality                      // Nationalities
	hCitizen                          // Citizenships
	hGender                           // Gender
	hTitle                            // Title
	hAlias                            // Aliases (weak when quoted)
	hLink                             // Links
	hWallet                           // Wallets
	hVessel                           // a VesselInfo field
	hAircraft                         // an AircraftInfo field
)

// remarkKey is one key the remarks may start a fact with.
type remarkKey struct {
	key   string
	h     remarkHandler
	alias AliasType // for hAlias
}

// featureAsID are FeatureTypes that identify the party itself, so they go
// into IDs, where screening looks for identifiers, rather than Features.
var featureAsID = map[string]bool{"SWIFT/BIC": true, "BIK (RU)": true, "D-U-N-S Number": true}

// featureHandlers route the FeatureTypes the model has a field for.
var featureHandlers = map[string]remarkHandler{
	"Birthdate": hDOB, "Place of Birth": hPOB, "Nationality Country": hNationality,
	"Citizenship Country": hCitizen, "Gender": hGender, "Title": hTitle,
	"Vessel Call Sign": hVessel, "VESSEL TYPE": hVessel, "Vessel Flag": hVessel,
	"Vessel Owner": hVessel, "Vessel Tonnage": hVessel,
	"Vessel Gross Registered Tonnage": hVessel, "Vessel Year of Build": hVessel,
	"Aircraft Model": hAircraft, "Aircraft Operator": hAircraft,
	"Aircraft Tail Number": hAircraft, "Aircraft Manufacturer's Serial Number (MSN)": hAircraft,
	"Aircraft Manufacture Date": hAircraft,
}

// remarkIndex maps the first word of every key to the keys that start with
// it, longest first, so that a fact is matched with one map look-up and a
// few prefix tests instead of a scan of some 200 keys.
var remarkIndex = buildRemarkIndex()

func buildRemarkIndex() map[string][]remarkKey {
	var all []remarkKey
	for _, k := range idRegDocTypes {
		all = append(all, remarkKey{key: k, h: hID})
	}
	for _, k := range featureTypes {
		switch {
		case strings.HasPrefix(k, walletKey):
			continue // handled by walletKey, whatever the asset
		case featureAsID[k]:
			all = append(all, remarkKey{key: k, h: hID})
		default:
			all = append(all, remarkKey{key: k, h: featureHandlers[k]})
		}
	}
	all = append(all, csvOnlyKeys...)
	idx := make(map[string][]remarkKey)
	for _, k := range all {
		w := remarkFirstWord(k.key)
		idx[w] = append(idx[w], k)
	}
	for _, ks := range idx {
		// Longest first: "National ID No." must not be read as "National
		// Foreign ID Number", nor "Registration Number" as "Registration ID".
		for i := 1; i < len(ks); i++ {
			for j := i; j > 0 && len(ks[j].key) > len(ks[j-1].key); j-- {
				ks[j], ks[j-1] = ks[j-1], ks[j]
			}
		}
	}
	return idx
}

func remarkFirstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// matchKey finds the key a fact starts with and returns it with the value
// that follows it.
func matchKey(seg string) (remarkKey, string, bool) {
	w := remarkFirstWord(seg)
	ks := remarkIndex[w]
	if len(ks) == 0 && strings.HasSuffix(w, ":") {
		ks = remarkIndex[w[:len(w)-1]] // "Fax: 9821..."
	}
	for _, k := range ks {
		if !strings.HasPrefix(seg, k.key) {
			continue
		}
		rest := seg[len(k.key):]
		if rest == "" {
			return k, "", true
		}
		// The key must end at a word boundary: "License" is not the start
		// of "Licensed". "Fax: 9821..." spells "Fax 9821...".
		if rest[0] == ' ' || !remarkAlnum(k.key[len(k.key)-1]) {
			return k, strings.TrimSpace(rest), true
		}
		if rest[0] == ':' && (len(rest) == 1 || rest[1] == ' ') {
			return k, strings.TrimSpace(rest[1:]), true
		}
	}
	return remarkKey{}, "", false
}

func remarkAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// readRemarks reads the facts out of e.Remarks (the remarks joined with
// their continuation) into e. Every "; "-separated fact ends up in exactly
// one place: a typed field when its key is known, Features{key, value} when
// the key is known but not modelled or when the fact reads "Key: value",
// and Features{RemarkFeature, fact} otherwise. "alt." before a key only
// says that the value is another one of the same kind.
//
// linkUID, when not nil, names the entry a "Linked To:" name refers to; it
// settles whether a final "." belongs to the name ("... LTD.") or ends the
// remarks.
func readRemarks(e *Entry, linkUID func(name string) (int, bool)) {
	text := e.Remarks
	for text != "" {
		seg := text
		if i := strings.Index(text, "; "); i >= 0 {
			seg, text = text[:i], text[i+2:]
		} else {
			text = ""
		}
		seg = strings.TrimSpace(seg)
		if seg == "" {
			continue
		}
		readFact(e, seg, linkUID)
	}
}

// readFact reads one fact of the remarks into e.
func readFact(e *Entry, seg string, linkUID func(string) (int, bool)) {
	fact := seg
	if strings.HasPrefix(fact, "alt. ") || strings.HasPrefix(fact, "Alt. ") {
		fact = strings.TrimSpace(fact[5:])
	}
	k, raw, ok := matchKey(fact)
	if !ok {
		readUnkeyed(e, seg, fact)
		return
	}
	// A fact may end with "." (the last one always does). Names keep
	// theirs where it is part of them; see hAlias and hLink.
	v := strings.TrimSpace(strings.TrimSuffix(raw, "."))
	if v == "" && k.h != hFeature {
		e.Features = append(e.Features, Feature{Type: RemarkFeature, Value: seg})
		return
	}
	switch k.h {
	case hID:
		e.IDs = append(e.IDs, remarkID(k.key, v))
	case hDOB:
		e.BirthDates = append(e.BirthDates, remarkDate(v))
	case hPOB:
		e.BirthPlaces = append(e.BirthPlaces, v)
	case hNationality:
		e.Nationalities = append(e.Nationalities, v)
	case hCitizen:
		e.Citizenships = append(e.Citizenships, v)
	case hGender:
		setOrFeature(e, &e.Gender, k.key, v)
	case hTitle:
		setOrFeature(e, &e.Title, k.key, v)
	case hAlias:
		e.Aliases = append(e.Aliases, parseRemarkAlias(k.alias, raw))
	case hLink:
		e.Links = append(e.Links, parseLink(raw, linkUID))
	case hWallet:
		asset, addr, ok := strings.Cut(v, " ")
		addr = strings.TrimSpace(addr)
		if !ok || asset == "" || addr == "" {
			e.Features = append(e.Features, Feature{Type: k.key, Value: v})
			return
		}
		e.Wallets = append(e.Wallets, Wallet{Asset: asset, Address: addr})
	case hVessel:
		if e.Vessel == nil {
			e.Features = append(e.Features, Feature{Type: k.key, Value: v})
			return
		}
		setOrFeature(e, vesselField(e.Vessel, k.key), k.key, v)
	case hAircraft:
		if e.Aircraft == nil {
			e.Features = append(e.Features, Feature{Type: k.key, Value: v})
			return
		}
		setOrFeature(e, aircraftField(e.Aircraft, k.key), k.key, v)
	default:
		e.Features = append(e.Features, Feature{Type: k.key, Value: v})
	}
}

// readUnkeyed keeps a fact whose key the tables do not know: "Some Key:
// value" becomes Features{"Some Key:", value} (the form of OFAC's own
// feature names such as "Secondary sanctions risk:"), anything else
// Features{RemarkFeature, the fact as published}.
func readUnkeyed(e *Entry, seg, fact string) {
	if i := strings.Index(fact, ": "); i > 0 {
		key := fact[:i]
		if !strings.ContainsAny(key, ",;'\"") && strings.Count(key, " ") < 8 {
			v := strings.TrimSpace(strings.TrimSuffix(fact[i+2:], "."))
			if v != "" {
				e.Features = append(e.Features, Feature{Type: key + ":", Value: v})
				return
			}
		}
	}
	e.Features = append(e.Features, Feature{Type: RemarkFeature, Value: seg})
}

// setOrFeature fills a single-valued field, or keeps a second value (an
// "alt." one, or the same one again) as a Feature rather than overwrite the
// first, so that every fact of the remarks lands somewhere exactly once.
func setOrFeature(e *Entry, field *string, key, v string) {
	if field != nil && *field == "" {
		*field = v
		return
	}
	e.Features = append(e.Features, Feature{Type: key, Value: v})
}

func vesselField(v *VesselInfo, key string) *string {
	switch key {
	case "Vessel Call Sign":
		return &v.CallSign
	case "VESSEL TYPE":
		return &v.Type
	case "Vessel Flag":
		return &v.Flag
	case "Vessel Owner":
		return &v.Owner
	case "Vessel Tonnage":
		return &v.Tonnage
	case "Vessel Gross Registered Tonnage":
		return &v.GRT
	case "Vessel Year of Build":
		return &v.BuildYear
	}
	return nil
}

func aircraftField(a *AircraftInfo, key string) *string {
	switch key {
	case "Aircraft Model":
		return &a.Model
	case "Aircraft Operator":
		return &a.Operator
	case "Aircraft Tail Number":
		return &a.TailNumber
	case "Aircraft Manufacturer's Serial Number (MSN)":
		return &a.SerialNumber
	case "Aircraft Manufacture Date":
		return &a.BuildDate
	}
	return nil
}

// parseRemarkAlias reads "'NAME'" (a weak alias: OFAC quotes weak a.k.a.s in
// the CSV remarks) or an unquoted or double-quoted name (a strong one). raw
// may end with the "." that closes the remarks.
func parseRemarkAlias(t AliasType, raw string) Alias {
	v := strings.TrimSpace(raw)
	if q := strings.TrimSuffix(v, "."); len(q) >= 2 && (q[0] == '\'' || q[0] == '"') && q[len(q)-1] == q[0] {
		return Alias{Name: strings.TrimSpace(q[1 : len(q)-1]), Type: t, Weak: q[0] == '\''}
	}
	if len(v) >= 2 && (v[0] == '\'' || v[0] == '"') && v[len(v)-1] == v[0] {
		return Alias{Name: strings.TrimSpace(v[1 : len(v)-1]), Type: t, Weak: v[0] == '\''}
	}
	return Alias{Name: strings.TrimSpace(strings.TrimSuffix(v, ".")), Type: t}
}

// parseLink reads the name after "Linked To:". The final "." of a fact is
// ambiguous here ("Linked To: HIZBALLAH." but "Linked To: ACME CO., LTD."),
// so the list itself decides when linkUID is given: the name as written if
// an entry has it, else without the dot.
func parseLink(raw string, linkUID func(string) (int, bool)) Link {
	name := strings.TrimSpace(raw)
	trimmed := strings.TrimSpace(strings.TrimSuffix(name, "."))
	l := Link{Type: "Linked To", Name: trimmed}
	if linkUID == nil {
		return l
	}
	if uid, ok := linkUID(name); ok {
		l.Name, l.UID = name, uid
	} else if uid, ok := linkUID(trimmed); ok {
		l.UID = uid
	}
	return l
}

// remarkID reads "NUMBER (Country) issued DATE expires DATE", every part
// after the number optional. The number may itself hold parentheses
// ("D489833(9) (Hong Kong)", "HRA 738077 (Stuttgart) (Germany)"): only the
// last group set off by a space is the country.
func remarkID(typ, v string) ID {
	id := ID{Type: typ}
	iss := remarkMarker(v, " issued ")
	exp := remarkMarker(v, " expires ")
	switch {
	case iss >= 0 && exp > iss:
		id.IssueDate = strings.TrimSpace(v[iss+len("issued ") : exp])
		id.ExpirationDate = strings.TrimSpace(v[exp+len("expires "):])
		v = v[:iss]
	case exp >= 0 && iss > exp:
		id.ExpirationDate = strings.TrimSpace(v[exp+len("expires ") : iss])
		id.IssueDate = strings.TrimSpace(v[iss+len("issued "):])
		v = v[:exp]
	case iss >= 0:
		id.IssueDate = strings.TrimSpace(v[iss+len("issued "):])
		v = v[:iss]
	case exp >= 0:
		id.ExpirationDate = strings.TrimSpace(v[exp+len("expires "):])
		v = v[:exp]
	}
	v = strings.TrimRight(v, " ")
	if strings.HasSuffix(v, ")") {
		// The country is the last "(...)" that starts the value or follows
		// a space.
		if i := strings.LastIndexByte(v, '('); i >= 0 && (i == 0 || v[i-1] == ' ') &&
			!strings.ContainsAny(v[i+1:len(v)-1], "()") {
			id.Country = strings.TrimSpace(v[i+1 : len(v)-1])
			v = v[:i]
		}
	}
	id.Number = strings.TrimSpace(v)
	return id
}

// remarkMarker finds a word such as " issued " at the start of v (without
// its leading space) or anywhere after a space, and returns where the word
// itself starts; -1 if it is not there.
func remarkMarker(v, word string) int {
	if strings.HasPrefix(v, word[1:]) {
		return 0
	}
	if i := strings.Index(v, word); i >= 0 {
		return i + 1
	}
	return -1
}

// remarkDate reads a date of birth as the remarks write it: "23 Nov 1962",
// "Feb 1965", "1961", "circa 1958", "1960 to 1962", "01 Jan 1960 to 31 Dec
// 1962", "circa 1970-1972". Text keeps it as published; a date that does
// not read as one of these keeps only Text (and Circa).
func remarkDate(v string) Date {
	d := Date{Text: v}
	s := v
	if rest, ok := strings.CutPrefix(s, "circa "); ok {
		d.Circa, s = true, strings.TrimSpace(rest)
	}
	from, to, isRange := strings.Cut(s, " to ")
	if !isRange && len(s) == 9 && s[4] == '-' {
		from, to, isRange = s[:4], s[5:], true // "1970-1972"
	}
	f, ok := remarkDatePart(from)
	if !ok {
		return Date{Text: v, Circa: d.Circa}
	}
	d.From, d.To = f, f
	if isRange {
		t, ok := remarkDatePart(to)
		if !ok {
			return Date{Text: v, Circa: d.Circa}
		}
		d.To = t
	}
	return d
}

// remarkDatePart reads "23 Nov 1962", "Nov 1962" or "1962".
func remarkDatePart(s string) (DatePart, bool) {
	var p DatePart
	s = strings.TrimSpace(s)
	day, rest, hasDay := strings.Cut(s, " ")
	if hasDay && len(day) <= 2 {
		n, ok := remarkAtoi(day, 1, 31)
		if !ok {
			return p, false
		}
		p.Day, s = n, strings.TrimSpace(rest)
	}
	if mon, rest, ok := strings.Cut(s, " "); ok {
		m := remarkMonth(mon)
		if m == 0 {
			return p, false
		}
		p.Month, s = m, strings.TrimSpace(rest)
	} else if p.Day != 0 {
		return p, false // "23 1962"
	}
	if len(s) != 4 {
		return p, false
	}
	y, ok := remarkAtoi(s, 1000, 9999)
	if !ok {
		return p, false
	}
	p.Year = y
	return p, true
}

// remarkAtoi parses an all-digit decimal in [lo, hi].
func remarkAtoi(s string, lo, hi int) (int, bool) {
	if s == "" || len(s) > 4 {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
	}
	n, err := strconv.Atoi(s)
	return n, err == nil && n >= lo && n <= hi
}

// remarkMonth reads "Nov", "nov" or "November"; 0 if it is none of these.
func remarkMonth(s string) int {
	if len(s) < 3 {
		return 0
	}
	for m := 1; m <= 12; m++ {
		abbr := monthAbbr[m]
		if !strings.EqualFold(s[:3], abbr) {
			continue
		}
		if len(s) == 3 || strings.EqualFold(s, remarkMonthNames[m]) {
			return m
		}
	}
	return 0
}

var remarkMonthNames = [...]string{"", "January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}
