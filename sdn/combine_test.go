package sdn

import (
	"testing"
	"time"
)

func TestCombine(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2025, 11, d, 0, 0, 0, 0, time.UTC) }
	a := &List{Source: SourceSDN, Format: FormatAdvancedXML, Published: day(19), Entries: []Entry{
		{UID: 1, Name: "A", Programs: []string{"SDGT"}},
		{UID: 2, Name: "B", Programs: []string{"CUBA"}},
	}}
	b := &List{Source: SourceConsolidated, Format: FormatAdvancedXML, Published: day(10), Entries: []Entry{
		{UID: 2, Name: "B", Programs: []string{"UKRAINE-EO13662"}, Lists: []string{"Sectoral Sanctions Identifications List"}},
		{UID: 3, Name: "C"},
	}}
	got, err := Combine(a, b)
	if err != nil {
		t.Fatal(err)
	}
	if got.Source != "SDN+CONSOLIDATED" || !got.Published.Equal(day(10)) || got.Format != FormatAdvancedXML {
		t.Errorf("header: %q %v %q", got.Source, got.Published, got.Format)
	}
	if len(got.Entries) != 3 {
		t.Fatalf("%d entries, want 3", len(got.Entries))
	}
	if e := got.Entry(2); len(e.Programs) != 2 || len(e.Lists) != 1 {
		t.Errorf("entry 2 not merged: %+v", e)
	}
	if len(a.Entries[1].Programs) != 1 {
		t.Error("Combine modified its input")
	}
	if _, err := Combine(a, nil); err == nil {
		t.Error("nil list accepted")
	}
	c := &List{Source: "X"}
	if got, _ := Combine(a, c); !got.Published.IsZero() {
		t.Error("a part without a date must leave the combination undated")
	}
}
