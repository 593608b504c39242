package sdn

import (
	"slices"
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

// A party in two files of different dates keeps every name and wallet
// either gives, whichever file comes first, and the inputs stay as they
// were.
func TestCombineMergesNamesAndWallets(t *testing.T) {
	older := &List{Source: SourceSDN, Entries: []Entry{{UID: 7, Name: "ACME LLC", Programs: []string{"CYBER2"},
		Aliases: []Alias{{Name: "ACME", Type: AKA}}}}}
	newer := &List{Source: SourceSDN, Entries: []Entry{{UID: 7, Name: "ACME GROUP LLC", Programs: []string{"CYBER2"},
		Aliases:   []Alias{{Name: "ACME", Type: AKA}, {Name: "ACME HOLDING", Type: FKA}},
		Wallets:   []Wallet{{Asset: "ETH", Address: "0x098B716B8Aaf21512996dC57EB0615e2383E2f96"}},
		Addresses: []Address{{Country: "Russia"}}, Nationalities: []string{"Russia"}}}}
	for _, order := range [][]*List{{older, newer}, {newer, older}} {
		got, err := Combine(order...)
		if err != nil {
			t.Fatal(err)
		}
		e := got.Entry(7)
		names := []string{e.Name}
		for _, a := range e.Aliases {
			names = append(names, a.Name)
		}
		for _, want := range []string{"ACME LLC", "ACME GROUP LLC", "ACME", "ACME HOLDING"} {
			if !slices.Contains(names, want) {
				t.Errorf("%s first: %q lost (names %q)", order[0].Entries[0].Name, want, names)
			}
		}
		if len(names) != 4 {
			t.Errorf("%s first: names %q, want each once", order[0].Entries[0].Name, names)
		}
		if len(e.Wallets) != 1 || len(e.Addresses) != 1 || len(e.Nationalities) != 1 || len(e.Programs) != 1 {
			t.Errorf("%s first: %+v", order[0].Entries[0].Name, e)
		}
	}
	if len(older.Entries[0].Aliases) != 1 || len(older.Entries[0].Wallets) != 0 || len(newer.Entries[0].Aliases) != 2 {
		t.Error("Combine modified its input")
	}
}
