package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/sanctionscreen/ofac/screen"
	"github.com/sanctionscreen/ofac/sdn"
)

// negatives reads names from the matcher's evaluation set: faker names of
// many cultures, none of them on the list.
func negatives(t testing.TB, n int) []string {
	t.Helper()
	f, err := os.Open("../../testdata/screen/negatives.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var names []string
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	for sc.Scan() && (n <= 0 || len(names) < n) {
		name, _, _ := strings.Cut(sc.Text(), "\t")
		names = append(names, name)
	}
	return names
}

// listedIndividuals returns n individuals of the snapshot with a full date
// of birth, spread over the list.
func listedIndividuals(t testing.TB, n int) []*sdn.Entry {
	t.Helper()
	l := snapshotList(t)
	var out []*sdn.Entry
	for i := 0; i < len(l.Entries) && len(out) < n; i += 97 {
		e := &l.Entries[i]
		if e.Kind == sdn.Individual && len(e.BirthDates) == 1 && e.BirthDates[0].From.Day > 0 {
			out = append(out, e)
		}
	}
	if len(out) < n {
		t.Fatalf("only %d individuals found", len(out))
	}
	return out
}

func writeFile(t testing.TB, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func isoOf(d sdn.DatePart) string { return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day) }

// A payroll file with listed and clean payees: each row's result is the
// library's for the same query, the listed ones match their own entry, and
// the rows come out in input order.
func TestBatch(t *testing.T) {
	listed := listedIndividuals(t, 8)
	clean := negatives(t, 60)
	var b strings.Builder
	b.WriteString("\ufeffEmployee ID,Full Name,Date of Birth,Country,Wallet Address\n")
	type row struct {
		name, dob, wallet string
		uid               int // the entry the row must match, 0 for clean
	}
	var rows []row
	for i, name := range clean {
		rows = append(rows, row{name: name})
		if i%8 == 3 && len(listed) > 0 {
			e := listed[0]
			listed = listed[1:]
			rows = append(rows, row{name: e.Name, dob: isoOf(e.BirthDates[0].From), uid: e.UID})
		}
	}
	// A payee known only by a listed wallet, and a clean one with a valid
	// but unlisted wallet.
	l := snapshotList(t)
	var walletEntry *sdn.Entry
	for i := range l.Entries {
		if len(l.Entries[i].Wallets) > 0 && l.Entries[i].Wallets[0].Asset == "XBT" {
			walletEntry = &l.Entries[i]
			break
		}
	}
	rows = append(rows, row{name: "", wallet: walletEntry.Wallets[0].Address, uid: walletEntry.UID})
	rows = append(rows, row{name: "Ana Lucia Ferreira", wallet: "0x0000000000000000000000000000000000000000"})
	// A company on the consolidated list alone: screened by default.
	cons := consOnly(t)
	rows = append(rows, row{name: cons.Name, uid: cons.UID})
	cw := csv.NewWriter(&b)
	for i, r := range rows {
		cw.Write([]string{strconv.Itoa(1000 + i), r.name, r.dob, "", r.wallet})
	}
	cw.Flush()
	in := writeFile(t, "payees.csv", b.String())
	outPath := filepath.Join(t.TempDir(), "results.csv")

	o := ofacscreen(t, "batch", in, "--out", outPath)
	o.want(t, exitMatch)
	out, err := os.ReadFile(outPath)
	if err != nil {
		t.Fatal(err)
	}
	got := readCSV(t, string(out))
	if len(got) != len(rows) {
		t.Fatalf("%d result rows for %d input rows", len(got), len(rows))
	}
	s := screener(t)
	matched := 0
	for i, r := range rows {
		g := got[i]
		if g["Employee ID"] != strconv.Itoa(1000+i) || g["Full Name"] != r.name || g["ofac_line"] != strconv.Itoa(i+2) {
			t.Fatalf("row %d out of order or altered: %v", i, g)
		}
		q := screen.Query{Name: r.name, BirthDate: r.dob}
		if r.wallet != "" {
			q.Wallets = []string{r.wallet}
		}
		want := s.Screen(q)
		if len(want) == 0 {
			if g["ofac_match"] != "no" || g["ofac_uid"] != "" {
				t.Errorf("row %d %q: %v, the library finds nothing", i, r.name, g)
			}
			if r.uid != 0 {
				t.Errorf("row %d: listed entry %d %q not found by the library", i, r.uid, r.name)
			}
			continue
		}
		matched++
		if g["ofac_match"] != "yes" || g["ofac_uid"] != strconv.Itoa(want[0].Entry.UID) ||
			g["ofac_name"] != want[0].Entry.Name || g["ofac_matched"] != want[0].Matched || g["ofac_reasons"] == "" ||
			g["ofac_score"] != strconv.FormatFloat(round(want[0].Score), 'f', -1, 64) {
			t.Errorf("row %d %q: %v; library's best: %d %q %v", i, r.name, g, want[0].Entry.UID, want[0].Matched, want[0].Score)
		}
		// The lists the entry is on, as the file says; the consolidated
		// CSV names none, and its entries are on the consolidated list.
		lists := strings.Join(want[0].Entry.Lists, ";")
		if len(want[0].Entry.Lists) == 0 && l.Entry(want[0].Entry.UID) == nil {
			lists = "Consolidated List"
		}
		if g["ofac_lists"] != lists || lists == "" {
			t.Errorf("row %d %q: ofac_lists %q, want %q", i, r.name, g["ofac_lists"], lists)
		}
		if r.uid != 0 && !slices.Contains(append(strings.Split(g["ofac_other_uids"], ";"), g["ofac_uid"]), strconv.Itoa(r.uid)) {
			// The list names some people twice (same name, same birth
			// date): their own entry must be among the hits.
			t.Errorf("row %d: listed %q did not match its own entry %d: %v", i, r.name, r.uid, g)
		}
	}
	if !strings.Contains(o.stderr, fmt.Sprintf("screened %d rows", len(rows))) || !strings.Contains(o.stderr, fmt.Sprintf("%d matched, 0 errors", matched)) {
		t.Errorf("summary: %s", o.stderr)
	}
	// Not a terminal: no progress bar drawn into the log.
	if strings.Contains(o.stderr, "\r") {
		t.Errorf("progress drawn on a non-terminal stderr: %q", o.stderr)
	}

	// The same file through stdin and stdout gives the same bytes.
	o2 := ofacscreenIn(t, t.TempDir(), []byte(b.String()), "batch", "-")
	o2.want(t, exitMatch)
	if o2.stdout != string(out) {
		t.Errorf("stdin/stdout run differs from the file run")
	}
}

// A malformed file: the bad lines are named on stderr and written with
// ofac_match=error, the good ones are screened all the same.
func TestBatchMalformed(t *testing.T) {
	maduro := entryNamed(t, "MADURO MOROS, Nicolas")
	content := "name,dob,country\n" +
		"Ana Lucia Ferreira,1980-02-03,BR\n" + // line 2: clean
		"Bad \"Quote\" Person,1975,US\n" + // line 3: bare quote
		"Too,Many,Fields,Here\n" + // line 4: wrong field count
		"\"" + maduro.Name + "\",1962-11-23,VE\n" + // line 5: listed
		",,\n" + // line 6: nothing to screen
		"Kenji Watanabe,23/11/1962,JP\n" + // line 7: ambiguous date, screened without it
		"\"Unclosed quote,1990,FR\n" // line 8: runs to the end
	in := writeFile(t, "payees.csv", content)
	o := ofacscreen(t, "batch", in)
	o.want(t, exitMatch) // a match wins over malformed lines
	for _, want := range []string{"line 3: column", "line 4: wrong number of fields", "line 6: no name and no wallet", "line 8:"} {
		if !strings.Contains(o.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, o.stderr)
		}
	}
	got := readCSV(t, o.stdout)
	byLine := map[string]map[string]string{}
	for _, r := range got {
		byLine[r["ofac_line"]] = r
	}
	for line, want := range map[string]string{"2": "no", "3": "error", "4": "error", "5": "yes", "6": "error", "7": "no", "8": "error"} {
		if byLine[line]["ofac_match"] != want {
			t.Errorf("line %s: ofac_match %q, want %q (%v)", line, byLine[line]["ofac_match"], want, byLine[line])
		}
	}
	if byLine["5"]["ofac_uid"] != strconv.Itoa(maduro.UID) {
		t.Errorf("line 5 matched %v", byLine["5"])
	}
	if byLine["4"]["name"] != "Too" || !strings.Contains(byLine["4"]["ofac_error"], "extra fields") {
		t.Errorf("line 4 should keep its fields and say what was dropped: %v", byLine["4"])
	}

	// Without the listed line: nothing matched, some lines not screened:
	// the status says the file is not clean (2), not that it is (0).
	content = strings.Replace(content, "\""+maduro.Name+"\",1962-11-23,VE\n", "", 1)
	o = ofacscreen(t, "batch", writeFile(t, "payees.csv", content))
	o.want(t, exitError)
	if !strings.Contains(o.stderr, "0 matched, 4 errors") {
		t.Errorf("summary: %s", o.stderr)
	}
}

// Columns found from other header names, or named by flags.
func TestBatchColumns(t *testing.T) {
	maduro := entryNamed(t, "MADURO MOROS, Nicolas")
	// first_name + last_name.
	o := ofacscreen(t, "batch", writeFile(t, "a.csv", "id,first_name,last_name\n1,Nicolas,Maduro Moros\n2,Ana,Ferreira\n"))
	o.want(t, exitMatch)
	rows := readCSV(t, o.stdout)
	if rows[0]["ofac_uid"] != strconv.Itoa(maduro.UID) || rows[1]["ofac_match"] != "no" {
		t.Errorf("first/last: %v", rows)
	}
	// Unknown headers, named by number and by header; tab separated.
	o = ofacscreen(t, "batch", writeFile(t, "b.tsv", "ref\tperson\tborn\n1\tNicolas Maduro\t1962\n"), "--comma", `\t`, "--name-col", "2", "--dob-col", "born")
	o.want(t, exitMatch)
	if rows := readTSV(t, o.stdout); rows[0]["ofac_uid"] != strconv.Itoa(maduro.UID) {
		t.Errorf("named columns: %v", rows)
	}
	// A wallet column: several addresses to a cell, or one payment URI
	// whose parameters hold the separators (a USDT transfer to the
	// Lazarus Group's wallet).
	lazarus := "0x098B716B8Aaf21512996dC57EB0615e2383E2f96"
	const stellar = "GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWHF" // the all-zero account ID
	o = ofacscreen(t, "batch", writeFile(t, "w.csv", "id,wallet\n"+
		"1,\"0x0000000000000000000000000000000000000001; "+lazarus+"\"\n"+
		"2,ethereum:0xdAC17F958D2ee523a2206206994597C13D831ec7/transfer?uint256=1;address="+lazarus+"\n"+
		"3,bitcoin:1BoatSLRHtKNngkdXEeobR76b53LETtpyT?amount=1;label=Rent\n"))
	o.want(t, exitMatch)
	if rows := readCSV(t, o.stdout); len(rows) != 3 || rows[0]["ofac_match"] == "no" || rows[1]["ofac_match"] == "no" || rows[2]["ofac_match"] != "no" {
		t.Errorf("wallets: %v", rows)
	}
	// A wallet in no format the list uses (a letter of a bitcoin address
	// changed, an address cut short) is an error, not "no", the name
	// screened or not; beside a listed wallet it is said in the reasons.
	o = ofacscreen(t, "batch", writeFile(t, "w2.csv", "id,name,wallet\n"+
		"1,Ana Lucia Ferreira,1BoatSLRHtKNngkdXEeobR76b53LETtpyX\n"+
		"2,,0x098B716B8Aaf21512996dC57EB0615e2383E2f\n"+
		"3,,\"0x123; "+lazarus+"\"\n"+
		"4,Ana Lucia Ferreira,1BoatSLRHtKNngkdXEeobR76b53LETtpyT\n"+
		// A listed address written after a payment URI, which is no
		// parameter of it; an XRP address with its destination tag; an
		// address after a label.
		"5,,\"bitcoin:1BoatSLRHtKNngkdXEeobR76b53LETtpyT?amount=1; "+lazarus+"\"\n"+
		"6,,rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh 12345\n"+
		"7,,ETH: 0x0000000000000000000000000000000000000001\n"+
		// A Stellar account, a chain of no format the list uses: not
		// listed, and said so; with one letter changed, a typo.
		"8,Ana Lucia Ferreira,"+stellar+"\n"+
		"9,,"+stellar[:55]+"G\n"+
		"10,,\""+stellar+"; "+lazarus+"\"\n"))
	o.want(t, exitMatch)
	rows = readCSV(t, o.stdout)
	if len(rows) != 10 || rows[7]["ofac_match"] != "no" || !strings.Contains(rows[7]["ofac_reasons"], "Stellar (XLM) address") ||
		rows[8]["ofac_match"] != "error" || rows[9]["ofac_match"] != "yes" || !strings.Contains(rows[9]["ofac_reasons"], "Stellar") {
		t.Errorf("other chains' wallets: %v", rows[7:])
	}
	if len(rows) < 7 || rows[0]["ofac_match"] != "error" || !strings.Contains(rows[0]["ofac_error"], "1BoatSLRHtKNngkdXEeobR76b53LETtpyX") ||
		!strings.Contains(rows[0]["ofac_error"], "name was screened") || rows[1]["ofac_match"] != "error" ||
		strings.Contains(rows[1]["ofac_error"], "name") || rows[2]["ofac_match"] != "yes" ||
		!strings.Contains(rows[2]["ofac_reasons"], `"0x123"`) || rows[3]["ofac_match"] != "no" ||
		rows[4]["ofac_match"] != "yes" || rows[5]["ofac_match"] != "no" || rows[6]["ofac_match"] != "no" {
		t.Errorf("unreadable wallets: %v", rows)
	}
	if !strings.Contains(o.stderr, "3 errors") {
		t.Errorf("summary: %s", o.stderr)
	}
	// No column to screen: a usage error that says how to fix it.
	ofacscreen(t, "batch", writeFile(t, "c.csv", "ref,amount\n1,100\n")).oneLineError(t, "--name-col")
	ofacscreen(t, "batch", writeFile(t, "d.csv", "ref,amount\n1,100\n"), "--name-col", "payee").oneLineError(t, `no such column`)
	ofacscreen(t, "batch", writeFile(t, "e.csv", "")).oneLineError(t, "empty")
}

func readTSV(t *testing.T, s string) []map[string]string {
	t.Helper()
	r := csv.NewReader(strings.NewReader(s))
	r.Comma = '\t'
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var rows []map[string]string
	for _, rec := range recs[1:] {
		m := map[string]string{}
		for i, h := range recs[0] {
			m[h] = rec[i]
		}
		rows = append(rows, m)
	}
	return rows
}

// A payee file a spreadsheet saved in a legacy encoding, or as UTF-16
// ("Unicode text"), is read as the text it holds.
func TestBatchEncodings(t *testing.T) {
	maduro := entryNamed(t, "MADURO MOROS, Nicolas")
	cp1252 := "name,country\r\nJos\xe9 Garc\xeda,ES\r\nNicol\xe1s Maduro,VE\r\n"
	// Read as UTF-8 it is not text: each row is an error that says how
	// to read it.
	o := ofacscreen(t, "batch", writeFile(t, "w.csv", cp1252))
	o.want(t, exitError)
	if rows := readCSV(t, o.stdout); len(rows) != 2 || rows[1]["ofac_match"] != "error" || !strings.Contains(rows[1]["ofac_error"], "--encoding") {
		t.Errorf("windows-1252 read as UTF-8: %v", rows)
	}
	o = ofacscreen(t, "batch", "--encoding", "windows-1252", writeFile(t, "w.csv", cp1252))
	o.want(t, exitMatch)
	if rows := readCSV(t, o.stdout); len(rows) != 2 || rows[0]["name"] != "José García" || rows[0]["ofac_match"] != "no" ||
		rows[1]["name"] != "Nicolás Maduro" || rows[1]["ofac_uid"] != strconv.Itoa(maduro.UID) {
		t.Errorf("windows-1252: %v", rows)
	}
	// UTF-16 with its byte order mark, either byte order, whatever
	// --encoding says.
	text := "name\r\nNicolás Maduro\r\n"
	var le, be []byte
	le, be = append(le, 0xff, 0xfe), append(be, 0xfe, 0xff)
	for _, r := range text {
		le = append(le, byte(r), byte(r>>8))
		be = append(be, byte(r>>8), byte(r))
	}
	for name, b := range map[string][]byte{"utf-16le": le, "utf-16be": be} {
		o = ofacscreen(t, "batch", writeFile(t, name+".csv", string(b)))
		o.want(t, exitMatch)
		if rows := readCSV(t, o.stdout); len(rows) != 1 || rows[0]["name"] != "Nicolás Maduro" || rows[0]["ofac_uid"] != strconv.Itoa(maduro.UID) {
			t.Errorf("%s: %v", name, rows)
		}
	}
	ofacscreen(t, "batch", "--encoding", "ebcdic-ish", writeFile(t, "x.csv", "name\nA\n")).oneLineError(t, "--encoding ebcdic-ish: no such encoding")
}

func TestBatchJSON(t *testing.T) {
	maduro := entryNamed(t, "MADURO MOROS, Nicolas")
	o := ofacscreen(t, "batch", "--json", writeFile(t, "p.csv", "payee,dob,wallet\nNicolas Maduro,1962-11-23,\nAna Ferreira,,EQCKhieGGl3ZbJ2zzggHsSLaXtRzk0znVopbSxw2HLsorkdl\nx\"y,,\n"))
	o.want(t, exitMatch)
	type line struct {
		Schema string            `json:"schema"`
		Line   int               `json:"line"`
		Input  map[string]string `json:"input"`
		Query  *struct {
			Name      string  `json:"name"`
			Kind      string  `json:"kind"`
			BirthDate string  `json:"birth_date"`
			Country   string  `json:"country"`
			MinScore  float64 `json:"min_score"`
		} `json:"query"`
		Wallets []string  `json:"wallets"`
		Matched bool      `json:"matched"`
		Hits    []jsonHit `json:"hits"`
		Error   string    `json:"error"`
		Notes   []string  `json:"notes"`
	}
	var lines []line
	dec := json.NewDecoder(strings.NewReader(o.stdout))
	dec.DisallowUnknownFields()
	for dec.More() {
		var l line
		if err := dec.Decode(&l); err != nil {
			t.Fatalf("not JSON lines: %v\n%s", err, o.stdout)
		}
		lines = append(lines, l)
	}
	if len(lines) != 3 {
		t.Fatalf("%d lines", len(lines))
	}
	if l := lines[0]; l.Schema != "ofacscreen/v1" || l.Line != 2 || !l.Matched || l.Hits[0].UID != maduro.UID || l.Query.BirthDate != "1962-11-23" ||
		l.Query.MinScore != screen.DefaultThreshold || l.Input["payee"] != "Nicolas Maduro" {
		t.Errorf("line 2: %+v", l)
	}
	if l := lines[1]; l.Matched || len(l.Hits) != 0 || l.Error != "" || len(l.Notes) != 1 || !strings.Contains(l.Notes[0], "a TON (TON) address") {
		t.Errorf("line 3: %+v", l)
	}
	if l := lines[2]; l.Error == "" || l.Query != nil || l.Line != 4 {
		t.Errorf("line 4: %+v", l)
	}
}

// payroll writes a CSV of n payees: names from the evaluation set's
// negatives with one listed name in a thousand, as a payroll run looks.
func payroll(t testing.TB, n int) string {
	t.Helper()
	neg := negatives(t, 0)
	listed := listedIndividuals(t, 50)
	rng := rand.New(rand.NewPCG(1, 2))
	p := filepath.Join(t.TempDir(), "payroll.csv")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	w := csv.NewWriter(f)
	w.Write([]string{"employee_id", "full_name", "date_of_birth", "country", "iban"})
	for i := range n {
		name, dob := neg[rng.IntN(len(neg))], ""
		if i%1000 == 999 {
			e := listed[rng.IntN(len(listed))]
			name, dob = e.Name, isoOf(e.BirthDates[0].From)
		}
		w.Write([]string{strconv.Itoa(i), name, dob, "", fmt.Sprintf("DE%020d", rng.Int64())})
	}
	w.Flush()
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return p
}

// BenchmarkBatch100k runs the binary on a 100,000-row payroll file, as a
// user does (list loading and index building included):
//
//	go test ./examples/ofacscreen -run '^$' -bench Batch100k -benchtime 1x
func BenchmarkBatch100k(b *testing.B) {
	in := payroll(b, 100_000)
	for b.Loop() {
		start := time.Now()
		outCSV := filepath.Join(b.TempDir(), "out.csv")
		cmd := execBinary(b.TempDir(), "batch", in, "--out", outCSV)
		out, err := cmd.CombinedOutput()
		if code := cmd.ProcessState.ExitCode(); code != exitMatch {
			b.Fatalf("exit %d (%v): %s", code, err, out)
		}
		b.ReportMetric(100_000/time.Since(start).Seconds(), "rows/s")
		if i := bytes.LastIndex(out, []byte("screened ")); i >= 0 {
			b.Log(strings.TrimSpace(string(out[i:]))) // the summary line
		}
		b.StopTimer()
		planted, others := countMatched(b, outCSV)
		if planted != 100 {
			b.Errorf("%d of the 100 planted listed people matched", planted)
		}
		b.Logf("matched: %d planted listed people, %d others", planted, others)
		b.StartTimer()
	}
}

// countMatched reads a batch output of payroll and counts the matched rows
// that payroll planted (every thousandth) and the others.
func countMatched(t testing.TB, path string) (planted, others int) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) == 0 {
		t.Fatalf("%s is empty", path)
	}
	col := slices.Index(rows[0], "ofac_match")
	if col < 0 {
		t.Fatalf("no ofac_match column in %v", rows[0])
	}
	for _, r := range rows[1:] {
		if r[col] != "yes" {
			continue
		}
		if id, _ := strconv.Atoi(r[0]); id%1000 == 999 {
			planted++
		} else {
			others++
		}
	}
	return planted, others
}

// TestBatchWalletFields: a wallet cell is read as the wallet command
// reads its argument (chain.ReadField): a label in words, a block
// explorer's link, an EVM address whose letter case fails EIP-55, each
// screened; a label beside a clean address is no error.
func TestBatchWalletFields(t *testing.T) {
	o := ofacscreen(t, "batch", writeFile(t, "w.csv", "id,wallet\n"+
		"1,USDT TRC20: TAYhjpL8pPs8T84FSM329nffQpc6jD8GBM\n"+
		"2,https://etherscan.io/address/0x098B716B8Aaf21512996dC57EB0615e2383E2f96\n"+
		"3,ETH 0x0000000000000000000000000000000000000001\n"+
		"4,0x4f47Bc496083C727c5fbe3CE9CDf2B0f6496270c\n"+
		"5,https://etherscan.io/tx/0x5be5543ff73456ab9f2d207887e2af87322c651ea1a873c5b25b7ffae456c320\n"))
	o.want(t, exitMatch)
	rows := readCSV(t, o.stdout)
	if len(rows) != 5 {
		t.Fatalf("%d rows: %v", len(rows), rows)
	}
	for i, want := range []struct{ match, uid, mention string }{
		{"yes", "55045", "wallet TAYhjpL8pPs8T84FSM329nffQpc6jD8GBM is listed as TRX"},
		{"yes", "27307", "shows wallet"},
		{"no", "", ""},
		{"yes", "42498", "letter case fails the EIP-55 checksum"},
		{"error", "", "is a link to a transaction"},
	} {
		r := rows[i]
		if r["ofac_match"] != want.match || r["ofac_uid"] != want.uid || !strings.Contains(r["ofac_reasons"]+r["ofac_error"], want.mention) {
			t.Errorf("row %d: %v, want %s %s mentioning %q", i+1, r, want.match, want.uid, want.mention)
		}
	}
}
