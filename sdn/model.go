package sdn

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// List is one sanctions list as published: every entry of one file (or CSV
// quartet), with the publish date printed in it. A List is not modified after
// a parser returns it; share it freely between goroutines.
type List struct {
	// Source says which list this is: "SDN" or "CONSOLIDATED".
	Source string
	// Format names the file format it was read from: one of the Format
	// constants.
	Format Format
	// Published is the publish date printed in the file. It is the zero time
	// for formats that carry no date (the CSV quartet).
	Published time.Time
	// Entries holds the list's entries in file order.
	Entries []Entry
}

// Format names an OFAC list file format.
type Format string

// The file formats a List can be read from.
const (
	FormatAdvancedXML Format = "advanced-xml" // sdn_advanced.xml, cons_advanced.xml
	FormatEnhancedXML Format = "enhanced-xml" // SDN_ENHANCED.XML, CONS_ENHANCED.XML
	FormatClassicXML  Format = "classic-xml"  // SDN.XML, consolidated.xml (sdn.xsd)
	FormatCSV         Format = "csv"          // sdn.csv, add.csv, alt.csv, sdn_comments.csv
	FormatSnapshot    Format = "snapshot"     // the compact form of package snapshot
)

// Source values of a List.
const (
	SourceSDN          = "SDN"
	SourceConsolidated = "CONSOLIDATED"
)

// Entry returns the entry with the given UID, or nil.
func (l *List) Entry(uid int) *Entry {
	for i := range l.Entries {
		if l.Entries[i].UID == uid {
			return &l.Entries[i]
		}
	}
	return nil
}

// Kind is what a listed party is. The zero value means "not known" (or, in
// a query, "any kind").
type Kind string

// The kinds of party OFAC lists.
const (
	Individual Kind = "individual"
	Entity     Kind = "entity"
	Vessel     Kind = "vessel"
	Aircraft   Kind = "aircraft"
)

// ParseKind reads a kind as the files spell it ("individual", "Entity",
// "-0- " for entities in the CSV). It returns the zero Kind and false for
// anything else.
func ParseKind(s string) (Kind, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "individual":
		return Individual, true
	case "entity", "-0-", "":
		return Entity, true
	case "vessel":
		return Vessel, true
	case "aircraft":
		return Aircraft, true
	}
	return "", false
}

// Entry is one listed party, with everything the files say of it.
type Entry struct {
	// UID is OFAC's entry number (ent_num in the CSV, uid in the classic
	// XML, FixedRef in the advanced XML): the same number in every format.
	UID int
	// Name is the primary name as published ("MADURO MOROS, Nicolas").
	Name string
	// Kind is the kind of party.
	Kind Kind
	// NameParts are the parts of the primary name, where the file gives
	// them (the advanced, enhanced and classic XML do; the CSV does not).
	NameParts []NamePart
	// Title is the title or position, as published.
	Title string
	// Programs are the sanctions program codes ("SDGT", "VENEZUELA-EO13850").
	Programs []string
	// Lists names the lists the entry is on, where the file says ("SDN
	// List", "Sectoral Sanctions Identifications List").
	Lists []string
	// Aliases are all other names: a.k.a., f.k.a. and n.k.a., weak and
	// strong, in Latin and in original scripts.
	Aliases []Alias
	// Addresses are the known addresses.
	Addresses []Address
	// IDs are identity documents and registration numbers (passport,
	// national ID, tax ID, IMO number, SWIFT/BIC...).
	IDs []ID
	// BirthDates are the dates of birth exactly as given: a day, a month,
	// a year, a range, approximate.
	BirthDates []Date
	// BirthPlaces are places of birth as published.
	BirthPlaces []string
	// Nationalities and Citizenships are country names as published.
	Nationalities []string
	Citizenships  []string
	// Gender as published ("Male", "Female"), or "".
	Gender string
	// Vessel holds vessel details for vessels, else nil.
	Vessel *VesselInfo
	// Aircraft holds aircraft details for aircraft, else nil.
	Aircraft *AircraftInfo
	// Wallets are the digital currency addresses listed for the entry.
	Wallets []Wallet
	// Links name related entries ("Linked To: ...", ownership, ...).
	Links []Link
	// Features holds every other fact the file gives, as typed text
	// ("Website", "Email Address", "Secondary sanctions risk:", ...), so
	// that nothing the parser does not model is dropped.
	Features []Feature
	// Remarks is the free-text remarks field, where the format has one
	// (the CSV's remarks, joined with their continuation).
	Remarks string
}

// NamePartType says what a part of a name is.
type NamePartType string

// Name part types used by the files.
const (
	LastName     NamePartType = "Last Name"
	FirstName    NamePartType = "First Name"
	MiddleName   NamePartType = "Middle Name"
	MaidenName   NamePartType = "Maiden Name"
	Patronymic   NamePartType = "Patronymic"
	Matronymic   NamePartType = "Matronymic"
	Nickname     NamePartType = "Nickname"
	EntityName   NamePartType = "Entity Name"
	VesselName   NamePartType = "Vessel Name"
	AircraftName NamePartType = "Aircraft Name"
)

// NamePart is one part of a name.
type NamePart struct {
	Type  NamePartType
	Value string
}

// Surname reports whether OFAC prints the part among the surnames, before
// the comma: a last name, a Spanish paternal or maternal surname (the files
// type those Patronymic and Matronymic) or a maiden name. A Russian,
// Ukrainian or Belarusian patronymic (Ivanovich, Petrovna, Volodymyrovych),
// which the files also type Patronymic, is a given name.
func (p NamePart) Surname() bool {
	switch p.Type {
	case LastName, Matronymic, MaidenName:
		return true
	case Patronymic:
		return !isEastSlavicPatronymic(p.Value)
	}
	return false
}

func isEastSlavicPatronymic(v string) bool {
	v = strings.ToLower(strings.TrimSpace(v))
	for _, suf := range []string{"ovich", "evich", "ovych", "evych", "ich", "ovna", "evna", "ivna", "ichna", "ychna"} {
		if strings.HasSuffix(v, suf) && len(v) > len(suf)+2 {
			return true
		}
	}
	return false
}

// AliasType is the kind of alias: a.k.a., f.k.a. or n.k.a.
type AliasType string

// The alias types OFAC uses.
const (
	AKA AliasType = "a.k.a."
	FKA AliasType = "f.k.a."
	NKA AliasType = "n.k.a."
	// PrimaryVariant is another writing of the primary name itself: the
	// same name in its original script, or with its diacritics, as the
	// advanced XML gives it.
	PrimaryVariant AliasType = "name"
)

// ParseAliasType reads an alias type as the files spell it ("aka",
// "A.K.A.", "f.k.a."). Anything else gives the zero value and false.
func ParseAliasType(s string) (AliasType, bool) {
	switch strings.ToLower(strings.ReplaceAll(strings.TrimSpace(s), ".", "")) {
	case "aka":
		return AKA, true
	case "fka":
		return FKA, true
	case "nka":
		return NKA, true
	}
	return "", false
}

// Alias is another name of an entry.
type Alias struct {
	// Name is the alias as published.
	Name string
	// Type is a.k.a., f.k.a. or n.k.a.
	Type AliasType
	// Weak marks a low-quality alias: OFAC's "weak a.k.a." (quoted in the
	// CSV remarks, LowQuality in the advanced XML, category "weak" in the
	// classic XML). Weak aliases alone are not meant to be a match.
	Weak bool
	// Script is the ISO 15924 code of the alias's writing system ("Latn",
	// "Cyrl", "Arab", "Hans", ...). Latin names have "Latn" where the file
	// says so and "" where it does not.
	Script string
	// Parts are the parts of the name, where the file gives them.
	Parts []NamePart
}

// Address is one postal address. Every field is as published; any may be
// empty.
type Address struct {
	Address    string // street lines, joined with ", "
	City       string
	State      string // state or province
	PostalCode string
	Country    string
	Region     string
	Remarks    string
}

// String renders the address on one line, skipping empty fields.
func (a Address) String() string {
	var parts []string
	for _, s := range []string{a.Address, a.City, a.State, a.PostalCode, a.Region, a.Country} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, ", ")
}

// setPart files one part of an address under the location part type that
// OFAC's XML formats use (ADDRESS1 to ADDRESS3, CITY, STATE/PROVINCE,
// POSTAL CODE, REGION; any case), appending street lines to lines. It
// reports false for any other type, which the caller keeps another way.
func (a *Address) setPart(lines *[]string, typ, val string) bool {
	switch strings.ToUpper(typ) {
	case "ADDRESS1", "ADDRESS2", "ADDRESS3":
		*lines = append(*lines, val)
	case "CITY":
		a.City = val
	case "STATE/PROVINCE":
		a.State = val
	case "POSTAL CODE":
		a.PostalCode = val
	case "REGION":
		a.Region = val
	default:
		return false
	}
	return true
}

// IsZero reports whether every field of the address is empty.
func (a Address) IsZero() bool { return a == Address{} }

// ID is an identity document or registration number.
type ID struct {
	Type           string // "Passport", "Cedula No.", "IMO", "Tax ID No." ...
	Number         string
	Country        string // issuing country, as published
	IssueDate      string // as published
	ExpirationDate string // as published
	Remarks        string
}

// Date is a date as the list gives it: possibly partial, a range, or
// approximate. From and To are equal for a single date; a year-only date has
// Month and Day zero.
type Date struct {
	From, To DatePart
	Circa    bool   // "circa", "Approximate"
	Text     string // the date as published, when the format gives text
}

// DatePart is a possibly partial calendar date: zero fields are unknown.
type DatePart struct {
	Year, Month, Day int
}

// IsZero reports whether nothing of the date is known.
func (d DatePart) IsZero() bool { return d == DatePart{} }

var monthAbbr = [...]string{"", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// String renders the part the way OFAC's text does: "23 Nov 1962",
// "Nov 1962", "1962".
func (d DatePart) String() string {
	var b strings.Builder
	if d.Day > 0 {
		b.WriteString(strconv.Itoa(d.Day))
		b.WriteByte(' ')
	}
	if d.Month > 0 && d.Month <= 12 {
		b.WriteString(monthAbbr[d.Month])
		b.WriteByte(' ')
	}
	if d.Year > 0 {
		b.WriteString(strconv.Itoa(d.Year))
	}
	return strings.TrimSpace(b.String())
}

// String renders the date in OFAC's own wording: "23 Nov 1962", "1962",
// "1960 to 1962", "circa 1960".
func (d Date) String() string {
	var s string
	if d.From == d.To || d.To.IsZero() {
		s = d.From.String()
	} else {
		s = d.From.String() + " to " + d.To.String()
	}
	if d.Circa {
		s = "circa " + s
	}
	if s == "" {
		return d.Text
	}
	return s
}

// VesselInfo holds what the list says of a vessel.
type VesselInfo struct {
	CallSign  string
	Type      string
	Flag      string
	Owner     string
	Tonnage   string
	GRT       string // gross registered tonnage
	BuildYear string
}

// vessel returns the entry's vessel details, adding them if it has none.
func (e *Entry) vessel() *VesselInfo {
	if e.Vessel == nil {
		e.Vessel = &VesselInfo{}
	}
	return e.Vessel
}

// aircraft returns the entry's aircraft details, adding them if it has
// none.
func (e *Entry) aircraft() *AircraftInfo {
	if e.Aircraft == nil {
		e.Aircraft = &AircraftInfo{}
	}
	return e.Aircraft
}

// AircraftInfo holds what the list says of an aircraft.
type AircraftInfo struct {
	Model        string
	Operator     string
	TailNumber   string
	SerialNumber string // manufacturer's serial number (MSN)
	BuildDate    string
}

// Wallet is a digital currency address on the list.
type Wallet struct {
	// Asset is OFAC's asset code ("XBT", "ETH", "USDT", ...), as the file
	// names it: the set is open.
	Asset string
	// Address is the address exactly as published.
	Address string
}

// Link relates an entry to another party.
type Link struct {
	Type string // "Linked To", "Owned or Controlled By", ...
	UID  int    // the other entry's UID, 0 when the file names it only
	Name string // the other party's name, as published, when given
}

// Feature is any other fact the file gives about an entry, as text.
type Feature struct {
	Type  string
	Value string
}

// String renders the feature as "Type: Value".
func (f Feature) String() string { return fmt.Sprintf("%s: %s", f.Type, f.Value) }
