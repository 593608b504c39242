package sdn

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"time"
)

// The compact form is the list as the library itself stores it (the
// embedded snapshot, the fetch cache): every distinct string once in a
// table, the entries as varints that index it. It decodes in a few
// milliseconds where re-parsing the XML takes a second, and it is not an
// exchange format: only this package writes and reads it, and a version
// change makes old data an error rather than a misreading.
const compactMagic = "OFACLIST\x01"

// MarshalBinary encodes the list in the library's compact form. Parse and
// UnmarshalBinary read it back.
func (l *List) MarshalBinary() ([]byte, error) {
	var e compactEncoder
	e.index = make(map[string]uint64)
	e.str(l.Source)
	e.str(string(l.Format))
	e.bool(!l.Published.IsZero())
	if !l.Published.IsZero() {
		e.body = binary.AppendVarint(e.body, l.Published.Unix())
	}
	e.uint(uint64(len(l.Entries)))
	for i := range l.Entries {
		e.entry(&l.Entries[i])
	}
	// Layout: magic, string table (count, lengths, bytes), body.
	out := []byte(compactMagic)
	out = binary.AppendUvarint(out, uint64(len(e.strs)))
	total := 0
	for _, s := range e.strs {
		out = binary.AppendUvarint(out, uint64(len(s)))
		total += len(s)
	}
	out = binary.AppendUvarint(out, uint64(total))
	for _, s := range e.strs {
		out = append(out, s...)
	}
	return append(out, e.body...), nil
}

type compactEncoder struct {
	strs  []string
	index map[string]uint64
	body  []byte
}

func (e *compactEncoder) uint(n uint64) { e.body = binary.AppendUvarint(e.body, n) }

func (e *compactEncoder) str(s string) {
	i, ok := e.index[s]
	if !ok {
		i = uint64(len(e.strs))
		e.strs = append(e.strs, s)
		e.index[s] = i
	}
	e.uint(i)
}

func (e *compactEncoder) strList(ss []string) {
	e.uint(uint64(len(ss)))
	for _, s := range ss {
		e.str(s)
	}
}

func (e *compactEncoder) bool(b bool) {
	if b {
		e.uint(1)
	} else {
		e.uint(0)
	}
}

func (e *compactEncoder) parts(ps []NamePart) {
	e.uint(uint64(len(ps)))
	for _, p := range ps {
		e.str(string(p.Type))
		e.str(p.Value)
	}
}

func (e *compactEncoder) date(d DatePart) {
	e.uint(uint64(d.Year))
	e.uint(uint64(d.Month))
	e.uint(uint64(d.Day))
}

func (e *compactEncoder) entry(x *Entry) {
	e.uint(uint64(x.UID))
	e.str(x.Name)
	e.str(string(x.Kind))
	e.parts(x.NameParts)
	e.str(x.Title)
	e.strList(x.Programs)
	e.strList(x.Lists)
	e.uint(uint64(len(x.Aliases)))
	for _, a := range x.Aliases {
		e.str(a.Name)
		e.str(string(a.Type))
		e.bool(a.Weak)
		e.str(a.Script)
		e.parts(a.Parts)
	}
	e.uint(uint64(len(x.Addresses)))
	for _, a := range x.Addresses {
		for _, s := range [...]string{a.Address, a.City, a.State, a.PostalCode, a.Country, a.Region, a.Remarks} {
			e.str(s)
		}
	}
	e.uint(uint64(len(x.IDs)))
	for _, id := range x.IDs {
		for _, s := range [...]string{id.Type, id.Number, id.Country, id.IssueDate, id.ExpirationDate, id.Remarks} {
			e.str(s)
		}
	}
	e.uint(uint64(len(x.BirthDates)))
	for _, d := range x.BirthDates {
		e.date(d.From)
		e.date(d.To)
		e.bool(d.Circa)
		e.str(d.Text)
	}
	e.strList(x.BirthPlaces)
	e.strList(x.Nationalities)
	e.strList(x.Citizenships)
	e.str(x.Gender)
	e.bool(x.Vessel != nil)
	if v := x.Vessel; v != nil {
		for _, s := range [...]string{v.CallSign, v.Type, v.Flag, v.Owner, v.Tonnage, v.GRT, v.BuildYear} {
			e.str(s)
		}
	}
	e.bool(x.Aircraft != nil)
	if a := x.Aircraft; a != nil {
		for _, s := range [...]string{a.Model, a.Operator, a.TailNumber, a.SerialNumber, a.BuildDate} {
			e.str(s)
		}
	}
	e.uint(uint64(len(x.Wallets)))
	for _, w := range x.Wallets {
		e.str(w.Asset)
		e.str(w.Address)
	}
	e.uint(uint64(len(x.Links)))
	for _, l := range x.Links {
		e.str(l.Type)
		e.uint(uint64(l.UID))
		e.str(l.Name)
	}
	e.uint(uint64(len(x.Features)))
	for _, f := range x.Features {
		e.str(f.Type)
		e.str(f.Value)
	}
	e.str(x.Remarks)
}

// UnmarshalBinary decodes a list written by MarshalBinary. Data that is not
// in that form, or is cut short, gives an error that wraps ErrFormat.
func (l *List) UnmarshalBinary(data []byte) error {
	d := compactDecoder{data: data}
	if len(data) < len(compactMagic) || string(data[:len(compactMagic)]) != compactMagic {
		return &ParseError{Err: errors.New("not the library's compact list form (or another version of it)")}
	}
	d.pos = len(compactMagic)
	if err := d.table(); err != nil {
		return &ParseError{Offset: int64(d.pos), Err: err}
	}
	var out List
	out.Source = d.str()
	out.Format = Format(d.str())
	if d.bool() && d.err == nil {
		v, n := binary.Varint(d.data[d.pos:])
		if n <= 0 {
			d.err = errors.New("bad publish date")
		}
		d.pos += max(n, 0)
		out.Published = time.Unix(v, 0).UTC()
	}
	n := d.count()
	if d.err == nil {
		out.Entries = make([]Entry, n)
		for i := range out.Entries {
			d.entry(&out.Entries[i])
			if d.err != nil {
				break
			}
		}
	}
	if d.err == nil && d.pos != len(d.data) {
		d.err = errors.New("trailing bytes after the last entry")
	}
	if d.err != nil {
		return &ParseError{Offset: int64(d.pos), Err: d.err}
	}
	*l = out
	return nil
}

type compactDecoder struct {
	data []byte
	pos  int
	strs []string
	err  error
}

// table reads the string table into one string that all entries share.
func (d *compactDecoder) table() error {
	n := d.count()
	lens := make([]int, 0, min(n, len(d.data)))
	for i := 0; i < n && d.err == nil; i++ {
		lens = append(lens, d.count())
	}
	total := d.count()
	if d.err != nil {
		return d.err
	}
	if total > len(d.data)-d.pos {
		return errors.New("string table runs past the end")
	}
	blob := string(d.data[d.pos : d.pos+total])
	d.pos += total
	d.strs = make([]string, n)
	off := 0
	for i, ln := range lens {
		if ln > total-off {
			return errors.New("string table lengths exceed its size")
		}
		d.strs[i] = blob[off : off+ln]
		off += ln
	}
	return nil
}

func (d *compactDecoder) uint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.data[d.pos:])
	if n <= 0 {
		d.err = errors.New("truncated or bad varint")
		return 0
	}
	d.pos += n
	return v
}

// count reads a length and checks it against what is left, so that a
// corrupt count cannot make the decoder allocate without bound.
func (d *compactDecoder) count() int {
	v := d.uint()
	if v > uint64(len(d.data)) {
		if d.err == nil {
			d.err = fmt.Errorf("count %d exceeds the data size", v)
		}
		return 0
	}
	return int(v)
}

func (d *compactDecoder) int() int {
	v := d.uint()
	if v > math.MaxInt32 {
		if d.err == nil {
			d.err = fmt.Errorf("number %d out of range", v)
		}
		return 0
	}
	return int(v)
}

func (d *compactDecoder) str() string {
	i := d.uint()
	if d.err != nil {
		return ""
	}
	if i >= uint64(len(d.strs)) {
		d.err = fmt.Errorf("string index %d out of range", i)
		return ""
	}
	return d.strs[i]
}

func (d *compactDecoder) strSlice() []string {
	n := d.count()
	if n == 0 {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = d.str()
	}
	return out
}

func (d *compactDecoder) bool() bool { return d.uint() != 0 }

func (d *compactDecoder) parts() []NamePart {
	n := d.count()
	if n == 0 {
		return nil
	}
	out := make([]NamePart, n)
	for i := range out {
		out[i] = NamePart{Type: NamePartType(d.str()), Value: d.str()}
	}
	return out
}

func (d *compactDecoder) date() DatePart {
	return DatePart{Year: d.int(), Month: d.int(), Day: d.int()}
}

func (d *compactDecoder) entry(x *Entry) {
	x.UID = d.int()
	x.Name = d.str()
	x.Kind = Kind(d.str())
	x.NameParts = d.parts()
	x.Title = d.str()
	x.Programs = d.strSlice()
	x.Lists = d.strSlice()
	if n := d.count(); n > 0 {
		x.Aliases = make([]Alias, n)
		for i := range x.Aliases {
			a := &x.Aliases[i]
			a.Name = d.str()
			a.Type = AliasType(d.str())
			a.Weak = d.bool()
			a.Script = d.str()
			a.Parts = d.parts()
		}
	}
	if n := d.count(); n > 0 {
		x.Addresses = make([]Address, n)
		for i := range x.Addresses {
			x.Addresses[i] = Address{Address: d.str(), City: d.str(), State: d.str(), PostalCode: d.str(),
				Country: d.str(), Region: d.str(), Remarks: d.str()}
		}
	}
	if n := d.count(); n > 0 {
		x.IDs = make([]ID, n)
		for i := range x.IDs {
			x.IDs[i] = ID{Type: d.str(), Number: d.str(), Country: d.str(), IssueDate: d.str(),
				ExpirationDate: d.str(), Remarks: d.str()}
		}
	}
	if n := d.count(); n > 0 {
		x.BirthDates = make([]Date, n)
		for i := range x.BirthDates {
			x.BirthDates[i] = Date{From: d.date(), To: d.date(), Circa: d.bool(), Text: d.str()}
		}
	}
	x.BirthPlaces = d.strSlice()
	x.Nationalities = d.strSlice()
	x.Citizenships = d.strSlice()
	x.Gender = d.str()
	if d.bool() {
		x.Vessel = &VesselInfo{CallSign: d.str(), Type: d.str(), Flag: d.str(), Owner: d.str(),
			Tonnage: d.str(), GRT: d.str(), BuildYear: d.str()}
	}
	if d.bool() {
		x.Aircraft = &AircraftInfo{Model: d.str(), Operator: d.str(), TailNumber: d.str(),
			SerialNumber: d.str(), BuildDate: d.str()}
	}
	if n := d.count(); n > 0 {
		x.Wallets = make([]Wallet, n)
		for i := range x.Wallets {
			x.Wallets[i] = Wallet{Asset: d.str(), Address: d.str()}
		}
	}
	if n := d.count(); n > 0 {
		x.Links = make([]Link, n)
		for i := range x.Links {
			x.Links[i] = Link{Type: d.str(), UID: d.int(), Name: d.str()}
		}
	}
	if n := d.count(); n > 0 {
		x.Features = make([]Feature, n)
		for i := range x.Features {
			x.Features[i] = Feature{Type: d.str(), Value: d.str()}
		}
	}
	x.Remarks = d.str()
}
