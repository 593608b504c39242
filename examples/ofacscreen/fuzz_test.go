package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"slices"
	"strings"
	"testing"
)

// FuzzBatch feeds arbitrary bytes to batch as a payee file: whatever the
// file holds, every record read comes out as exactly one row, as wide as
// the header plus the result columns, in a CSV that reads back, and a row
// marked error says why.
func FuzzBatch(f *testing.F) {
	for _, seed := range []string{
		"\ufeffEmployee ID,Full Name,Date of Birth,Country,Wallet Address\n1,Nicolas Maduro,1962-11-23,VE,\n2,Ana Ferreira,,BR,0x098b716b8aaf21512996dc57eb0615e2383e2f96\n",
		"name,dob,country\nBad \"Quote\" Person,1975,US\nToo,Many,Fields,Here\n,,\nKenji Watanabe,23/11/1962,JP\n\"Unclosed quote,1990,FR\n",
		"id,first_name,last_name\n1,Nicolas,Maduro Moros\n2,Ana,Ferreira\n",
		"payee,wallet\nx,1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa;bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh\n",
		"name\n\"multi\nline\",\n\"a\"\"b\"\n",
	} {
		f.Add(seed)
	}
	s := screener(f)
	f.Fuzz(func(t *testing.T, data string) {
		r := csv.NewReader(strings.NewReader(data))
		header, err := r.Read()
		if err != nil {
			return // batch stops before screening: tested end to end
		}
		cols, err := findColumns(header, batchFlags{})
		if err != nil {
			return
		}
		var out bytes.Buffer
		cw := csv.NewWriter(&out)
		sink := &csvSink{w: cw, width: len(header)}
		b := &batch{s: s, cols: cols, header: header}
		bad := 0
		st, err := b.run(context.Background(), r, 2, sink, nil, func(int, string) { bad++ })
		if err != nil {
			t.Fatalf("run: %v", err)
		}
		if err := sink.flush(); err != nil {
			t.Fatal(err)
		}
		if bad != st.errors {
			t.Errorf("%d lines reported, %d counted", bad, st.errors)
		}
		rows, err := csv.NewReader(&out).ReadAll()
		if err != nil {
			t.Fatalf("output does not read back: %v\n%q", err, out.String())
		}
		if len(rows) != st.rows {
			t.Fatalf("%d rows out, %d counted", len(rows), st.rows)
		}
		match := len(header) + slices.Index(resultColumns, "ofac_match")
		why := len(header) + slices.Index(resultColumns, "ofac_error")
		for _, row := range rows {
			if len(row) != len(header)+len(resultColumns) {
				t.Fatalf("row of %d fields, want %d: %q", len(row), len(header)+len(resultColumns), row)
			}
			if v := row[match]; v != "yes" && v != "no" && (v != "error" || row[why] == "") {
				t.Fatalf("ofac_match %q, error %q", v, row[why])
			}
		}
	})
}

// FuzzIsoDate: a date is read only when it round-trips to the form the
// query takes.
func FuzzIsoDate(f *testing.F) {
	for _, s := range []string{"1962-11-23", "1962/11/23", "1962", "1962-11", "23/11/1962", "1962-2-3", " 1990.01.02 "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		iso, ok := isoDate(s)
		if !ok {
			return
		}
		if again, ok := isoDate(iso); !ok || again != iso {
			t.Fatalf("%q read as %q, which reads as %q %v", s, iso, again, ok)
		}
	})
}
