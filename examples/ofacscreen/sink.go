package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/sanctionscreen/ofac/screen"
)

// rowSink writes batch results, one input row at a time, in input order.
type rowSink interface {
	write(row *rowResult) error
	flush() error
}

// csvSink writes the input row followed by the result columns.
type csvSink struct {
	w     *csv.Writer
	width int // fields of the header: every row is written this wide
	buf   []string
}

func (s *csvSink) write(row *rowResult) error {
	rec := s.buf[:0]
	// A row with the wrong number of fields is written as wide as the
	// header, so that the result columns stay under their names.
	for i := range s.width {
		v := ""
		if i < len(row.record) {
			v = row.record[i]
		}
		rec = append(rec, v)
	}
	if len(row.record) > s.width {
		row.err += fmt.Sprintf(" (extra fields dropped: %q)", strings.Join(row.record[s.width:], ","))
	}
	rec = append(rec, strconv.Itoa(row.line))
	switch {
	case row.err != "":
		rec = append(rec, "error", "", "", "", "", "", "", "", row.err, "")
	case len(row.hits) == 0:
		rec = append(rec, "no", "", "", "", "", "", strings.Join(row.notes, "; "), "", "", "")
	default:
		h := row.hits[0]
		var others []string
		for _, o := range row.hits[1:] {
			others = append(others, strconv.Itoa(o.Entry.UID))
		}
		rec = append(rec, "yes", strconv.FormatFloat(round(h.Score), 'f', -1, 64), strconv.Itoa(h.Entry.UID),
			h.Entry.Name, h.Matched, strings.Join(h.Entry.Programs, ";"), strings.Join(h.Reasons, "; "),
			strings.Join(others, ";"), "", strings.Join(h.Entry.Lists, ";"))
	}
	s.buf = rec
	return s.w.Write(rec)
}

func (s *csvSink) flush() error {
	s.w.Flush()
	return s.w.Error()
}

// jsonSink writes one JSON object per row (JSON Lines).
type jsonSink struct {
	w      io.Writer
	header []string
	enc    *json.Encoder
}

// batchRowJSON is one line of `batch --json`.
type batchRowJSON struct {
	Schema  string            `json:"schema"`
	Line    int               `json:"line"`
	Input   map[string]string `json:"input"`
	Query   *queryJSON        `json:"query,omitempty"`
	Wallets []string          `json:"wallets,omitempty"`
	Matched bool              `json:"matched"`
	Hits    []hitJSON         `json:"hits"`
	Error   string            `json:"error,omitempty"`
	// Notes say, for a row that matched nothing, how its wallets were
	// screened.
	Notes []string `json:"notes,omitempty"`
}

func (s *jsonSink) write(row *rowResult) error {
	if s.enc == nil {
		s.enc = json.NewEncoder(s.w)
		s.enc.SetEscapeHTML(false)
	}
	out := batchRowJSON{Schema: schema, Line: row.line, Input: map[string]string{}, Matched: row.matched, Hits: []hitJSON{}, Error: row.err, Notes: row.notes}
	for i, v := range row.record {
		key := fmt.Sprintf("column%d", i+1)
		if i < len(s.header) && s.header[i] != "" {
			key = s.header[i]
		}
		out.Input[key] = v
	}
	if row.err == "" {
		q := row.query
		min := q.MinScore
		if min == 0 {
			min = screen.DefaultThreshold
		}
		out.Query = &queryJSON{Name: q.Name, Kind: string(q.Kind), BirthDate: q.BirthDate, Country: q.Country, MinScore: min}
		out.Wallets = q.Wallets
	}
	for _, h := range row.hits {
		out.Hits = append(out.Hits, newHit(h))
	}
	return s.enc.Encode(out)
}

func (s *jsonSink) flush() error { return nil }
