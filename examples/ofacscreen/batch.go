package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/htmlindex"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"github.com/sanctionscreen/ofac/chain"
	"github.com/sanctionscreen/ofac/screen"
	"github.com/sanctionscreen/ofac/sdn"
)

// The columns batch adds to each input row. They start with "ofac_" so
// that they never collide with a payee file's own.
var resultColumns = []string{
	"ofac_line",       // line of the input file the row started on
	"ofac_match",      // yes, no, or error
	"ofac_score",      // best hit's score
	"ofac_uid",        // best hit's entry UID
	"ofac_name",       // best hit's primary name on the list
	"ofac_matched",    // the listed name, alias or wallet address that matched
	"ofac_programs",   // best hit's programs, ";"-separated
	"ofac_reasons",    // why it matched, "; "-separated; for a row that did not, how its wallets were screened
	"ofac_other_uids", // other entries that matched, ";"-separated, best first
	"ofac_error",      // what was wrong with the row, for ofac_match=error
	"ofac_lists",      // the lists the best hit is on, ";"-separated; last, so that the columns before keep their places
}

// Header names batch recognises, compared after lower-casing and dropping
// spaces, "_" and "-". A payroll export names its columns in many ways;
// these are the common ones. A plain "address" is not taken for a wallet:
// it is usually a postal address.
var (
	nameHeaders    = []string{"name", "fullname", "payee", "payeename", "beneficiary", "beneficiaryname", "employee", "employeename", "vendor", "vendorname", "legalname", "counterparty", "counterpartyname", "recipient", "recipientname", "accountname", "accountholder"}
	firstHeaders   = []string{"firstname", "givenname", "forename"}
	middleHeaders  = []string{"middlename", "middlenames"}
	lastHeaders    = []string{"lastname", "surname", "familyname"}
	dobHeaders     = []string{"dob", "birthdate", "dateofbirth", "born", "birthday"}
	countryHeaders = []string{"country", "nationality", "countrycode", "citizenship", "countryofresidence", "residencecountry"}
	walletHeaders  = []string{"wallet", "walletaddress", "cryptoaddress", "cryptowallet", "payoutaddress", "depositaddress", "wallets"}
	kindHeaders    = []string{"kind", "payeetype", "entitytype", "partytype"}
)

// columns says where the fields of a query are in a row; -1 when absent.
type columns struct {
	name, first, middle, last, dob, country, wallet, kind int
}

type batchFlags struct {
	out                                             string
	nameCol, dobCol, countryCol, walletCol, kindCol string
	kind                                            string
	min                                             float64
	workers                                         int
	comma                                           string
	encoding                                        string
}

func runBatch(ctx context.Context, e *env, args []string) int {
	fs, c := newFlagSet(e, "batch", "PAYEES.CSV|- [--out RESULTS.CSV] [--name-col COL] [--dob-col COL] [--country-col COL] [--wallet-col COL]",
		"Screens every row of a CSV of payees and writes the rows back with the result\n"+
			"columns "+strings.Join(resultColumns, ", ")+".\n"+
			"The first line is the header; the columns are found from it (name, full_name,\n"+
			"payee, beneficiary...; first_name + last_name; dob, birth_date; country,\n"+
			"nationality; wallet, wallet_address) unless named by the flags, by header or\n"+
			"1-based number. A malformed line, or a row whose wallet is in no format the\n"+
			"list uses and that matched nothing, is reported on stderr as \"line N: ...\"\n"+
			"and written with ofac_match=error; the other lines are screened all the same.\n"+
			"Exit status: 1 if any row matched (whatever else happened), else 2 if any row\n"+
			"was an error, else 0.")
	var f batchFlags
	fs.StringVar(&f.out, "out", "", "write the results to this `file` (default stdout)")
	fs.StringVar(&f.nameCol, "name-col", "", "`column` of the name (header or 1-based number)")
	fs.StringVar(&f.dobCol, "dob-col", "", "`column` of the date of birth (YYYY[-MM[-DD]])")
	fs.StringVar(&f.countryCol, "country-col", "", "`column` of the country (ISO code or name)")
	fs.StringVar(&f.walletCol, "wallet-col", "", "`column` of wallet addresses (several: separated by spaces or ;)")
	fs.StringVar(&f.kindCol, "kind-col", "", "`column` of the kind (individual/person, entity/company, vessel, aircraft)")
	fs.StringVar(&f.kind, "kind", "", "screen every row as this `kind` (individual, entity, vessel, aircraft)")
	fs.Float64Var(&f.min, "min", 0, fmt.Sprintf("least `score` reported as a match (default %.2f)", screen.DefaultThreshold))
	fs.IntVar(&f.workers, "workers", runtime.NumCPU(), "`n` rows screened at once")
	fs.StringVar(&f.comma, "comma", ",", "field `separator` (a single character; \"\\t\" for tab)")
	fs.StringVar(&f.encoding, "encoding", "utf-8", "the file's character `encoding`: utf-8, or the legacy one a spreadsheet saved it in (windows-1252, windows-1251, windows-1256, gbk, shift_jis, euc-kr...); UTF-16 with a byte order mark is read whatever this says")
	pos, code, ok := parse(e, fs, args)
	if !ok {
		return code
	}
	if len(pos) != 1 {
		return fail(e, "batch", fmt.Errorf("give one CSV file (or - for stdin): ofacscreen batch payees.csv > results.csv"))
	}
	comma := []rune(strings.ReplaceAll(f.comma, `\t`, "\t"))
	if len(comma) != 1 || comma[0] == '"' || comma[0] == '\n' || comma[0] == '\r' {
		return fail(e, "batch", fmt.Errorf("--comma %q: give one character", f.comma))
	}
	kind, err := kindOf(f.kind)
	if err != nil {
		return fail(e, "batch", err)
	}
	if f.min < 0 || f.min > 1 {
		return fail(e, "batch", fmt.Errorf("--min %v: give a score in (0, 1]", f.min))
	}
	if f.workers < 1 {
		f.workers = 1
	}

	var in io.Reader = e.stdin
	var size int64 = -1
	if pos[0] != "-" {
		file, err := os.Open(pos[0])
		if err != nil {
			return fail(e, "batch", fmt.Errorf("%s: %w", pos[0], unwrapPath(err)))
		}
		defer file.Close()
		if fi, err := file.Stat(); err == nil && fi.Mode().IsRegular() {
			size = fi.Size()
		}
		in = file
	}
	counted := &countingReader{r: in}
	text, err := decodedInput(bufio.NewReaderSize(counted, 1<<16), f.encoding)
	if err != nil {
		return fail(e, "batch", err)
	}
	r := csv.NewReader(text)
	r.Comma = comma[0]
	header, err := r.Read()
	if err == io.EOF {
		return fail(e, "batch", fmt.Errorf("%s is empty: the first line must name the columns", pos[0]))
	}
	if err != nil {
		return fail(e, "batch", fmt.Errorf("%s: header: %v", pos[0], err))
	}
	if len(header) > 0 {
		header[0] = strings.TrimPrefix(header[0], "\ufeff") // Excel's byte order mark
	}
	cols, err := findColumns(header, f)
	if err != nil {
		return fail(e, "batch", fmt.Errorf("%s: %w", pos[0], err))
	}

	l, _, err := loadList(e, "batch", c)
	if err != nil {
		return fail(e, "batch", err)
	}
	s, err := screen.New(l)
	if err != nil {
		return fail(e, "batch", err)
	}

	var out io.Writer = e.stdout
	var outFile *os.File
	if f.out != "" {
		outFile, err = os.Create(f.out)
		if err != nil {
			return fail(e, "batch", fmt.Errorf("--out: %w", unwrapPath(err)))
		}
		defer outFile.Close()
		out = outFile
	}
	bw := bufio.NewWriterSize(out, 1<<16)
	var sink rowSink
	if c.json {
		sink = &jsonSink{w: bw, header: header}
	} else {
		cw := csv.NewWriter(bw)
		cw.Comma = comma[0]
		sink = &csvSink{w: cw, width: len(header)}
		if err := cw.Write(append(append([]string(nil), header...), resultColumns...)); err != nil {
			return fail(e, "batch", err)
		}
	}

	b := &batch{s: s, cols: cols, kind: kind, min: f.min, header: header}
	var bar *progress
	if e.stderrTTY {
		bar = newProgress(e.stderr, "screening", size, func() int64 { return counted.n.Load() }, "rows")
	}
	start := time.Now()
	st, err := b.run(ctx, r, f.workers, sink, bar, func(line int, msg string) {
		if bar != nil {
			bar.clear()
		}
		fmt.Fprintf(e.stderr, "line %d: %s\n", line, msg)
	})
	if bar != nil {
		bar.stop()
	}
	if err == nil {
		err = sink.flush()
	}
	if err == nil {
		err = bw.Flush()
	}
	if err == nil && outFile != nil {
		err = outFile.Close()
	}
	if err != nil {
		return fail(e, "batch", err)
	}
	took := time.Since(start)
	fmt.Fprintf(e.stderr, "screened %d rows in %.1fs (%.0f rows/s): %d matched, %d errors\n",
		st.rows, took.Seconds(), float64(st.rows)/max(took.Seconds(), 1e-9), st.matched, st.errors)
	switch {
	case st.matched > 0:
		return exitMatch
	case st.errors > 0:
		return exitError
	}
	return exitClean
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// findColumns finds the query's columns from the header and the flags.
func findColumns(header []string, f batchFlags) (columns, error) {
	norm := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r == ' ' || r == '_' || r == '-' || r == '.' || unicode.IsSpace(r) {
				return -1
			}
			return unicode.ToLower(r)
		}, s)
	}
	byName := map[string]int{}
	for i, h := range header {
		if _, dup := byName[norm(h)]; !dup {
			byName[norm(h)] = i
		}
	}
	find := func(flagName, flagValue string, known []string) (int, error) {
		if flagValue != "" {
			if n, err := strconv.Atoi(flagValue); err == nil {
				if n < 1 || n > len(header) {
					return -1, fmt.Errorf("--%s %d: the header has columns 1 to %d", flagName, n, len(header))
				}
				return n - 1, nil
			}
			if i, ok := byName[norm(flagValue)]; ok {
				return i, nil
			}
			return -1, fmt.Errorf("--%s %q: no such column in the header (%s)", flagName, flagValue, strings.Join(header, ", "))
		}
		for _, k := range known {
			if i, ok := byName[k]; ok {
				return i, nil
			}
		}
		return -1, nil
	}
	var c columns
	var err error
	set := func(dst *int, flagName, flagValue string, known []string) {
		if err == nil {
			*dst, err = find(flagName, flagValue, known)
		}
	}
	set(&c.name, "name-col", f.nameCol, nameHeaders)
	set(&c.first, "", "", firstHeaders)
	set(&c.middle, "", "", middleHeaders)
	set(&c.last, "", "", lastHeaders)
	set(&c.dob, "dob-col", f.dobCol, dobHeaders)
	set(&c.country, "country-col", f.countryCol, countryHeaders)
	set(&c.wallet, "wallet-col", f.walletCol, walletHeaders)
	set(&c.kind, "kind-col", f.kindCol, kindHeaders)
	if err != nil {
		return c, err
	}
	if c.name >= 0 || f.nameCol != "" {
		c.first, c.middle, c.last = -1, -1, -1
	}
	if c.name < 0 && c.last < 0 && c.wallet < 0 {
		return c, fmt.Errorf("no name or wallet column in the header (%s): name one with --name-col or --wallet-col", strings.Join(header, ", "))
	}
	return c, nil
}

// rowResult is the outcome of one input row.
type rowResult struct {
	line    int
	record  []string
	query   screen.Query
	hits    []screen.Hit
	err     string
	matched bool
	// notes say, for a row that matched nothing, how its wallets were
	// screened (an address of a chain outside the list's formats).
	notes []string
}

type batch struct {
	s      *screen.Screener
	cols   columns
	kind   sdn.Kind
	min    float64
	header []string
}

type batchStats struct {
	rows, matched, errors int
}

// chunk is a run of consecutive rows screened by one worker; chunks are
// written in the order they were read, so the output keeps the input's.
type chunk struct {
	rows []rowResult
	done chan struct{}
}

const chunkRows = 64

// run reads rows from r, screens them on workers goroutines and writes the
// results in input order. Malformed lines are reported through bad and
// written with their error; only a failure to read or write the files
// stops the run.
func (b *batch) run(ctx context.Context, r *csv.Reader, workers int, sink rowSink, bar *progress, bad func(line int, msg string)) (batchStats, error) {
	var st batchStats
	work := make(chan *chunk, workers*2)
	order := make(chan *chunk, workers*4)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ch := range work {
				for i := range ch.rows {
					b.screenRow(&ch.rows[i])
				}
				close(ch.done)
			}
		}()
	}
	readErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(work)
		ch := &chunk{done: make(chan struct{})}
		send := func() bool {
			select {
			case order <- ch:
			case <-ctx.Done():
				return false
			}
			work <- ch
			ch = &chunk{done: make(chan struct{})}
			return true
		}
		for {
			if ctx.Err() != nil {
				readErr <- ctx.Err()
				return
			}
			rec, err := r.Read()
			if err == io.EOF {
				break
			}
			row := rowResult{record: rec}
			var pe *csv.ParseError
			switch {
			case errors.As(err, &pe):
				row.line = pe.StartLine
				row.err = csvMessage(pe, len(b.header))
			case err != nil:
				readErr <- err
				return
			default:
				row.line, _ = r.FieldPos(0)
			}
			ch.rows = append(ch.rows, row)
			if len(ch.rows) == chunkRows && !send() {
				readErr <- ctx.Err()
				return
			}
		}
		if len(ch.rows) > 0 {
			send()
		}
		readErr <- nil
	}()

	var werr error
	for ch := range order {
		<-ch.done
		for i := range ch.rows {
			row := &ch.rows[i]
			st.rows++
			switch {
			case row.err != "":
				st.errors++
				bad(row.line, row.err)
			case row.matched:
				st.matched++
			}
			if werr == nil {
				werr = sink.write(row)
			}
		}
		if bar != nil {
			bar.add(int64(len(ch.rows)))
		}
	}
	wg.Wait()
	if err := <-readErr; err != nil {
		return st, err
	}
	return st, werr
}

// csvMessage says what is wrong with a line in words a person fixes it by.
func csvMessage(pe *csv.ParseError, width int) string {
	switch {
	case errors.Is(pe.Err, csv.ErrFieldCount):
		return fmt.Sprintf("wrong number of fields (the header has %d): the row was not screened", width)
	case errors.Is(pe.Err, csv.ErrBareQuote):
		return fmt.Sprintf("column %d: a \" inside an unquoted field (quote the field and double the \"): the row was not screened", pe.Column)
	case errors.Is(pe.Err, csv.ErrQuote):
		if pe.Line != pe.StartLine {
			return fmt.Sprintf("a quoted field is not closed properly (the record runs to line %d): the row was not screened", pe.Line)
		}
		return fmt.Sprintf("column %d: a quoted field is not closed properly: the row was not screened", pe.Column)
	}
	return pe.Err.Error() + ": the row was not screened"
}

// screenRow builds the row's query and screens it.
func (b *batch) screenRow(row *rowResult) {
	if row.err != "" {
		return
	}
	rec := row.record
	get := func(i int) string {
		if i < 0 || i >= len(rec) {
			return ""
		}
		return strings.TrimSpace(rec[i])
	}
	q := screen.Query{Kind: b.kind, MinScore: b.min}
	if b.cols.name >= 0 {
		q.Name = get(b.cols.name)
	} else {
		q.Name = strings.Join(strings.Fields(get(b.cols.first)+" "+get(b.cols.middle)+" "+get(b.cols.last)), " ")
	}
	var notes []string
	if d := get(b.cols.dob); d != "" {
		if iso, ok := isoDate(d); ok {
			q.BirthDate = iso
		} else {
			// A date that cannot be read is left out rather than failing
			// the row: without it the name is screened as strictly.
			notes = append(notes, fmt.Sprintf("birth date %q not read (use YYYY-MM-DD)", d))
		}
	}
	q.Country = get(b.cols.country)
	q.Wallets = walletCell(get(b.cols.wallet))
	if k := get(b.cols.kind); k != "" && q.Kind == "" {
		q.Kind = rowKind(k)
	}
	row.query = q
	if !utf8.ValidString(q.Name) || !utf8.ValidString(q.Country) || slices.ContainsFunc(q.Wallets, func(w string) bool { return !utf8.ValidString(w) }) {
		row.err = "the row is not UTF-8 text: the file is in another encoding; give it with --encoding (windows-1252 for a spreadsheet's Western European CSV, windows-1251 for Cyrillic...)"
		return
	}
	if err := q.Validate(); err != nil {
		if errors.Is(err, screen.ErrEmptyQuery) {
			row.err = "no name and no wallet: nothing to screen"
		} else {
			row.err = strings.TrimPrefix(err.Error(), "screen: ")
		}
		return
	}
	// A wallet that is no address in any format the list uses (a
	// typo, a cut cell) could be a listed one mistyped: as `wallet`
	// does, never report it clean.
	var unread []string
	for _, w := range q.Wallets {
		formats, why := walletFormats(w)
		switch {
		case why != "":
			if len(b.s.Wallet(w)) > 0 {
				// Listed, though no format reads it as written (an
				// EVM address whose letter case fails EIP-55).
				_, problem, _ := miswritten(w)
				notes = append(notes, fmt.Sprintf("wallet %s: %s", w, problem))
				continue
			}
			unread = append(unread, "not screened: "+why)
		case len(formats) == 0:
			if label, _ := otherChain(w); label != "" {
				row.notes = append(row.notes, fmt.Sprintf("wallet %s is %s, screened as text", w, label))
			}
		}
	}
	row.hits = b.s.Screen(q)
	row.matched = len(row.hits) > 0
	if len(unread) > 0 && !row.matched {
		row.err = strings.Join(unread, "; ")
		if q.Name != "" {
			row.err += "; the name was screened and matched nothing"
		}
		return
	}
	notes = append(notes, unread...)
	if len(notes) > 0 && len(row.hits) > 0 {
		row.hits[0].Reasons = append(row.hits[0].Reasons, notes...)
	}
	if len(row.hits) > 0 {
		row.hits[0].Reasons = append(row.hits[0].Reasons, row.notes...)
		row.notes = nil
	}
}

// walletCell reads the pieces of a wallet cell that name addresses or may
// be meant to, as chain.ReadField reads them: several addresses, separated
// by ";", ",", "|" or spaces; a label ("ETH:", "USDT TRC20") or a number
// (an XRP destination tag) beside them, which are passed over; a cell
// that is a payment URI, read whole since its parameters may hold the
// separators ("amount=1;label=ACME Corp"), and any address written after
// it; a block explorer's link. Each piece is screened alone, so that its
// reasons and errors name it.
func walletCell(cell string) []string {
	var out []string
	for _, p := range chain.ReadField(cell) {
		out = append(out, p.Text)
	}
	return out
}

// rowKind reads a payee file's kind column; words it does not know filter
// nothing, since filtering is the one way a kind can hide a match.
func rowKind(s string) sdn.Kind {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "individual", "person", "natural person", "employee", "i":
		return sdn.Individual
	case "entity", "company", "business", "organization", "organisation", "corporation", "legal entity", "e":
		return sdn.Entity
	case "vessel", "ship":
		return sdn.Vessel
	case "aircraft":
		return sdn.Aircraft
	}
	return ""
}

// isoDate reads the date forms that are not ambiguous: YYYY, YYYY-MM,
// YYYY-MM-DD (and with / or . between). 03/04/1980 is not read: it is the
// 3rd of April in most of the world and the 4th of March in the US.
func isoDate(s string) (string, bool) {
	s = strings.NewReplacer("/", "-", ".", "-").Replace(strings.TrimSpace(s))
	for _, layout := range []string{"2006-01-02", "2006-1-2", "2006-01", "2006-1", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			switch layout {
			case "2006":
				return t.Format("2006"), true
			case "2006-01", "2006-1":
				return t.Format("2006-01"), true
			}
			return t.Format("2006-01-02"), true
		}
	}
	return "", false
}

// decodedInput returns the payee file as UTF-8: read as the --encoding
// named, but as UTF-16 where it begins with UTF-16's byte order mark (the
// "Unicode text" a spreadsheet saves).
func decodedInput(in *bufio.Reader, name string) (io.Reader, error) {
	enc, err := htmlindex.Get(name)
	if err != nil {
		return nil, fmt.Errorf("--encoding %s: no such encoding (utf-8, windows-1252, windows-1251, windows-1256, gbk, shift_jis, euc-kr...)", name)
	}
	if bom, err := in.Peek(2); err == nil && (bom[0] == 0xff && bom[1] == 0xfe || bom[0] == 0xfe && bom[1] == 0xff) {
		return transform.NewReader(in, xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM).NewDecoder()), nil
	}
	if enc == xunicode.UTF8 {
		return in, nil
	}
	return transform.NewReader(in, enc.NewDecoder()), nil
}

// countingReader counts the bytes read, for the progress bar.
type countingReader struct {
	r io.Reader
	n atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}
