package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/sanctionscreen/ofac/chain"
)

// traceFlags are the flags of `trace`.
type traceFlags struct {
	rpc          string // EVM JSON-RPC URL
	btcd         string // btcd RPC host:port
	user, pass   string
	network      string // bitcoin network: mainnet, testnet3, regtest, simnet
	noTLS        bool
	cert         string
	asset        string
	from, to     uint64
	since, until string
	maxBlocks    uint64
	timeout      time.Duration
	dot          bool
}

// dialSource opens the chain.Source the flags name. It is nil in the
// default build: the node clients (go-ethereum, btcd) take a minute or more
// to compile from a cold cache, and the first command a user runs should
// not wait for them. trace_nodes.go, built with -tags trace, sets it.
var dialSource func(ctx context.Context, f *traceFlags) (src chain.Source, closeFn func(), err error)

// reexecEnv stops the build-with-tags fallback from running itself again.
const reexecEnv = "OFACSCREEN_NO_REEXEC"

const modulePath = "github.com/sanctionscreen/ofac"

func runTrace(ctx context.Context, e *env, args []string) int {
	fs, c := newFlagSet(e, "trace", "(--rpc URL | --btcd HOST:PORT --user U --pass P) ADDRESS [--from N] [--to N] [--dot]",
		"Searches a node for the transfers that paid the address or were paid by it, one hop,\n"+
			"and flags the counterparties the list names. An EVM node is reached by its JSON-RPC\n"+
			"URL (native, ERC-20 and, where the node traces calls, internal transfers); a Bitcoin\n"+
			"node must be btcd run with --addrindex --txindex. --dot prints a Graphviz graph\n"+
			"(ofacscreen trace ... --dot | dot -Tsvg > trace.svg) with the listed ones in red.\n"+
			"Exit status 1 when the address or a counterparty is listed, 2 when the search\n"+
			"failed or was incomplete and nothing listed was found in what was searched.\n"+
			"The node clients are built only with -tags trace; `go run ./examples/ofacscreen trace`\n"+
			"in the repository builds them on first use.")
	var f traceFlags
	fs.StringVar(&f.rpc, "rpc", "", "EVM node JSON-RPC `URL` (http(s):// or ws(s)://)")
	fs.StringVar(&f.btcd, "btcd", "", "btcd RPC `host:port` (with --addrindex --txindex)")
	fs.StringVar(&f.user, "user", "", "btcd RPC `user`")
	fs.StringVar(&f.pass, "pass", "", "btcd RPC `password` (or $OFACSCREEN_BTCD_PASS)")
	fs.StringVar(&f.network, "network", "mainnet", "Bitcoin `network`: mainnet, testnet3, regtest, simnet")
	fs.BoolVar(&f.noTLS, "notls", false, "btcd: connect without TLS")
	fs.StringVar(&f.cert, "cert", "", "btcd: the RPC server's TLS certificate `file` (rpc.cert)")
	fs.StringVar(&f.asset, "asset", "", "asset `code` of the chain (ETH, BSC, ARB...; XBT, LTC...), default ETH or XBT")
	fs.Uint64Var(&f.from, "from", 0, "first `block` searched")
	fs.Uint64Var(&f.to, "to", 0, "last `block` searched (0: the head)")
	fs.StringVar(&f.since, "since", "", "skip blocks before this `date` (YYYY-MM-DD)")
	fs.StringVar(&f.until, "until", "", "skip blocks from this `date` on (YYYY-MM-DD)")
	fs.Uint64Var(&f.maxBlocks, "max-blocks", 10_000, "EVM: search at most the last `n` blocks of the span")
	fs.DurationVar(&f.timeout, "timeout", 2*time.Minute, "give up after this `duration`")
	fs.BoolVar(&f.dot, "dot", false, "print a Graphviz graph instead of a table")
	pos, code, ok := parse(e, fs, args)
	if !ok {
		return code
	}
	if len(pos) != 1 {
		return fail(e, "trace", fmt.Errorf("give one address: ofacscreen trace --rpc URL 0x..."))
	}
	if (f.rpc == "") == (f.btcd == "") {
		return fail(e, "trace", fmt.Errorf("name one node: --rpc URL for an EVM chain, or --btcd HOST:PORT for Bitcoin"))
	}
	if f.pass == "" {
		f.pass = e.getenv("OFACSCREEN_BTCD_PASS")
	}
	if c.json && f.dot {
		return fail(e, "trace", fmt.Errorf("--json and --dot: choose one"))
	}
	span := chain.Span{From: f.from, To: f.to}
	for _, d := range []struct {
		flag, value string
		dst         *time.Time
	}{{"since", f.since, &span.Since}, {"until", f.until, &span.Until}} {
		if d.value == "" {
			continue
		}
		t, err := time.Parse("2006-01-02", d.value)
		if err != nil {
			return fail(e, "trace", fmt.Errorf("--%s %q: use YYYY-MM-DD", d.flag, d.value))
		}
		*d.dst = t
	}
	if span.To != 0 && span.To < span.From {
		return fail(e, "trace", fmt.Errorf("--to %d is before --from %d", span.To, span.From))
	}
	addr := strings.TrimSpace(pos[0])
	if len(chain.Detect(addr)) == 0 && chain.IsURI(addr) {
		// A payment URI names the address to trace: the last it
		// names in a format the list uses, the payee of a token
		// transfer (named after the token).
		addrs, err := chain.URIAddresses(addr)
		if err != nil {
			return fail(e, "trace", err)
		}
		addr = addrs[len(addrs)-1]
		for _, a := range slices.Backward(addrs) {
			if len(chain.Detect(a)) > 0 {
				addr = a
				break
			}
		}
	}
	if len(chain.Detect(addr)) == 0 {
		return fail(e, "trace", fmt.Errorf("%q is not an address in any format the list uses: check it for a typo", addr))
	}

	if dialSource == nil {
		return traceElsewhere(ctx, e, args)
	}

	l, info, err := loadList(e, "trace", c)
	if err != nil {
		return fail(e, "trace", err)
	}
	wl := chain.NewWatchlist(l)
	ctx, cancel := context.WithTimeout(ctx, f.timeout)
	defer cancel()
	src, closeSrc, err := dialSource(ctx, &f)
	if err != nil {
		return fail(e, "trace", err)
	}
	defer closeSrc()
	var bar *progress
	if e.stderrTTY && !c.json && !f.dot {
		bar = newProgress(e.stderr, "searching "+span.String(), -1, nil, "bytes")
	}
	x, err := chain.OneHop(ctx, src, wl, addr, span)
	if bar != nil {
		bar.stop()
	}
	var inc *chain.IncompleteError
	if err != nil && !errors.As(err, &inc) {
		return fail(e, "trace", err)
	}
	switch {
	case c.json:
		if err := writeJSON(e.stdout, newTraceJSON(x, info)); err != nil {
			return fail(e, "trace", err)
		}
	case f.dot:
		writeDot(e.stdout, x)
	default:
		writeTraceTable(e.stdout, x)
	}
	if !x.Complete {
		fmt.Fprintf(e.stderr, "warning: the search was incomplete, a clean result proves nothing about what was not searched: %s\n", gapsText(x.Gaps))
	}
	switch {
	case x.Listed():
		return exitMatch
	case !x.Complete:
		return exitError
	}
	return exitClean
}

// traceElsewhere runs trace in a build that has the node clients: the
// ofacscreen built with -tags trace, compiled by the go command when this
// program runs inside the module (as `go run ./examples/ofacscreen` does).
func traceElsewhere(ctx context.Context, e *env, args []string) int {
	hint := "trace is not available in this build (the node clients are left out so that it compiles in seconds): " +
		"run `go run -tags trace ./examples/ofacscreen trace ...` in the repository, or build with `go build -tags trace`"
	if e.getenv(reexecEnv) != "" {
		return fail(e, "trace", errors.New(hint))
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		return fail(e, "trace", errors.New(hint))
	}
	// Only where the go command resolves this module: in its repository,
	// or in a module that requires it.
	out, err := exec.CommandContext(ctx, goTool, "list", "-tags", "trace", "-f", "{{.ImportPath}}", modulePath+"/examples/ofacscreen").Output()
	if err != nil || strings.TrimSpace(string(out)) != modulePath+"/examples/ofacscreen" {
		return fail(e, "trace", errors.New(hint))
	}
	// go build, not go run: go run reports every failure as status 1,
	// which here means "listed".
	fmt.Fprintln(e.stderr, "note: building ofacscreen with the node clients (-tags trace); the first time takes a minute or two")
	dir, err := os.MkdirTemp("", "ofacscreen-trace-")
	if err != nil {
		return fail(e, "trace", err)
	}
	defer os.RemoveAll(dir)
	bin := filepath.Join(dir, "ofacscreen")
	build := exec.CommandContext(ctx, goTool, "build", "-tags", "trace", "-o", bin, modulePath+"/examples/ofacscreen")
	build.Stdout, build.Stderr = e.stderr, e.stderr
	if err := build.Run(); err != nil {
		return fail(e, "trace", fmt.Errorf("building with -tags trace: %w", err))
	}
	cmd := exec.CommandContext(ctx, bin, append([]string{"trace"}, args...)...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = e.stdin, e.stdout, e.stderr
	cmd.Env = append(os.Environ(), reexecEnv+"=1")
	err = cmd.Run()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return ee.ExitCode()
	}
	if err != nil {
		return fail(e, "trace", err)
	}
	return exitClean
}

func gapsText(gaps []chain.Gap) string {
	var s []string
	for _, g := range gaps {
		s = append(s, g.String())
	}
	return strings.Join(s, "; ")
}

// traceJSON is the JSON output of `trace`.
type traceJSON struct {
	Schema   string        `json:"schema"`
	Command  string        `json:"command"`
	List     *listInfo     `json:"list"`
	Address  string        `json:"address"`
	Span     string        `json:"span"`
	Matched  bool          `json:"matched"` // the address or a counterparty is listed
	Listed   []listingJSON `json:"listed"`  // entries that name the address itself
	In       sideJSON      `json:"in"`
	Out      sideJSON      `json:"out"`
	Complete bool          `json:"complete"`
	Gaps     []string      `json:"gaps"`
}

type sideJSON struct {
	Counterparties []counterpartyJSON `json:"counterparties"`
	Totals         []totalJSON        `json:"totals"`
}

type counterpartyJSON struct {
	Address   string         `json:"address"`
	Listed    []listingJSON  `json:"listed"`
	Totals    []totalJSON    `json:"totals"`
	Transfers []transferJSON `json:"transfers"`
}

type listingJSON struct {
	UID     int    `json:"uid"`
	Name    string `json:"name"`
	Asset   string `json:"asset"`
	Address string `json:"address"`
}

type totalJSON struct {
	Asset     string `json:"asset"`
	Token     string `json:"token,omitempty"`
	Amount    string `json:"amount"` // in the smallest unit, decimal
	Transfers int    `json:"transfers"`
}

type transferJSON struct {
	TxHash string `json:"tx"`
	Kind   string `json:"kind"`
	Token  string `json:"token,omitempty"`
	From   string `json:"from"`
	To     string `json:"to"`
	Amount string `json:"amount"`
	Block  uint64 `json:"block"`
	Time   string `json:"time,omitempty"`
}

func newTraceJSON(x *chain.Exposure, info *listInfo) traceJSON {
	j := traceJSON{Schema: schema, Command: "trace", List: info, Address: x.Address, Span: x.Span.String(),
		Matched: x.Listed(), Listed: listingsJSON(x.Listings), In: newSideJSON(x.In), Out: newSideJSON(x.Out),
		Complete: x.Complete, Gaps: []string{}}
	for _, g := range x.Gaps {
		j.Gaps = append(j.Gaps, g.String())
	}
	return j
}

func listingsJSON(ls []chain.Listing) []listingJSON {
	out := []listingJSON{}
	for _, l := range ls {
		out = append(out, listingJSON{UID: l.Entry.UID, Name: l.Entry.Name, Asset: string(l.Asset), Address: l.Address})
	}
	return out
}

func totalsJSON(ts []chain.Total) []totalJSON {
	out := []totalJSON{}
	for _, t := range ts {
		out = append(out, totalJSON{Asset: string(t.Asset), Token: t.Token, Amount: amount(t.Amount), Transfers: t.Transfers})
	}
	return out
}

func newSideJSON(s chain.Side) sideJSON {
	j := sideJSON{Counterparties: []counterpartyJSON{}, Totals: totalsJSON(s.Totals)}
	for _, c := range s.Counterparties {
		cj := counterpartyJSON{Address: c.Address, Listed: listingsJSON(c.Listings), Totals: totalsJSON(c.Totals), Transfers: []transferJSON{}}
		for _, t := range c.Transfers {
			tj := transferJSON{TxHash: t.TxHash, Kind: t.Kind.String(), Token: t.Token, From: t.From, To: t.To, Amount: amount(t.Amount), Block: t.Block}
			if !t.Time.IsZero() {
				tj.Time = t.Time.UTC().Format(time.RFC3339)
			}
			cj.Transfers = append(cj.Transfers, tj)
		}
		j.Counterparties = append(j.Counterparties, cj)
	}
	return j
}

func amount(a *big.Int) string {
	if a == nil {
		return "0"
	}
	return a.String()
}

// decimals of the chains' own coins, to print amounts people read; token
// amounts stay in base units (the token's decimals are the contract's).
var decimals = map[chain.Asset]int{chain.ETH: 18, chain.BSC: 18, chain.ARB: 18, chain.ETC: 18, chain.XBT: 8, chain.LTC: 8, chain.BCH: 8, chain.BSV: 8, chain.BTG: 8, chain.DASH: 8, chain.ZEC: 8}

func totalText(t chain.Total) string {
	if t.Token != "" {
		return fmt.Sprintf("%s base units of token %s", amount(t.Amount), short(t.Token))
	}
	if d, ok := decimals[t.Asset]; ok && t.Amount != nil {
		r := new(big.Rat).SetFrac(t.Amount, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(d)), nil))
		s := strings.TrimRight(strings.TrimRight(r.FloatString(d), "0"), ".")
		return s + " " + string(t.Asset)
	}
	return amount(t.Amount) + " " + string(t.Asset)
}

func short(addr string) string {
	if len(addr) > 14 {
		return addr[:8] + "…" + addr[len(addr)-4:]
	}
	return addr
}

func writeTraceTable(w io.Writer, x *chain.Exposure) {
	fmt.Fprintf(w, "address %s, %s\n", x.Address, x.Span)
	if len(x.Listings) > 0 {
		fmt.Fprintf(w, "LISTED itself:")
		for _, l := range x.Listings {
			fmt.Fprintf(w, " UID %d %s (%s);", l.Entry.UID, l.Entry.Name, l.Asset)
		}
		fmt.Fprintln(w)
	}
	for _, side := range []struct {
		title string
		s     chain.Side
	}{{"paid by (in)", x.In}, {"paid to (out)", x.Out}} {
		fmt.Fprintf(w, "\n%s: %s", side.title, plural(len(side.s.Counterparties), "counterparty", "counterparties"))
		var tot []string
		for _, t := range side.s.Totals {
			tot = append(tot, totalText(t))
		}
		if len(tot) > 0 {
			fmt.Fprintf(w, ", %s", strings.Join(tot, " + "))
		}
		fmt.Fprintln(w)
		if len(side.s.Counterparties) == 0 {
			continue
		}
		fmt.Fprintf(w, "  %-6s  %-44s  %-9s  %s\n", "", "counterparty", "transfers", "amount")
		for _, c := range side.s.Counterparties {
			flag := ""
			if c.Listed() {
				flag = "LISTED"
			}
			var amounts []string
			n := 0
			for _, t := range c.Totals {
				amounts = append(amounts, totalText(t))
				n += t.Transfers
			}
			fmt.Fprintf(w, "  %-6s  %-44s  %9d  %s\n", flag, c.Address, n, strings.Join(amounts, " + "))
			for _, l := range c.Listings {
				fmt.Fprintf(w, "  %-6s    UID %d %s, listed as %s %s\n", "", l.Entry.UID, l.Entry.Name, l.Asset, l.Address)
			}
		}
	}
	if x.Complete {
		fmt.Fprintln(w, "\nsearch complete")
	} else {
		fmt.Fprintf(w, "\nsearch INCOMPLETE: %s\n", gapsText(x.Gaps))
	}
}

// writeDot prints the exposure as a Graphviz digraph: the address in the
// middle, payers on the left, payees on the right, listed nodes in red with
// their entry, edges labelled with the totals.
func writeDot(w io.Writer, x *chain.Exposure) {
	q := func(s string) string {
		return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s) + `"`
	}
	label := func(addr string, ls []chain.Listing) string {
		s := addr
		for _, l := range ls {
			s += fmt.Sprintf("\nUID %d %s", l.Entry.UID, l.Entry.Name)
		}
		return s
	}
	style := func(ls []chain.Listing) string {
		if len(ls) > 0 {
			return `, color=red, fontcolor=red, style="bold,filled", fillcolor="#ffe5e5"`
		}
		return ""
	}
	fmt.Fprintln(w, "digraph onehop {")
	fmt.Fprintln(w, "  rankdir=LR;")
	fmt.Fprintln(w, "  node [shape=box, fontname=\"monospace\", fontsize=10];")
	fmt.Fprintf(w, "  %s [label=%s, penwidth=2%s];\n", q(x.Address), q(label(x.Address, x.Listings)), style(x.Listings))
	seen := map[string]bool{x.Address: true}
	node := func(c chain.Counterparty) {
		if c.Address == "" || seen[c.Address] {
			return
		}
		seen[c.Address] = true
		fmt.Fprintf(w, "  %s [label=%s%s];\n", q(c.Address), q(label(c.Address, c.Listings)), style(c.Listings))
	}
	edge := func(from, to string, c chain.Counterparty) {
		var parts []string
		for _, t := range c.Totals {
			parts = append(parts, totalText(t))
		}
		color := ""
		if c.Listed() {
			color = ", color=red"
		}
		fmt.Fprintf(w, "  %s -> %s [label=%s%s];\n", q(from), q(to), q(strings.Join(parts, "\n")), color)
	}
	in := append([]chain.Counterparty(nil), x.In.Counterparties...)
	out := append([]chain.Counterparty(nil), x.Out.Counterparties...)
	sort.SliceStable(in, func(i, j int) bool { return in[i].Address < in[j].Address })
	sort.SliceStable(out, func(i, j int) bool { return out[i].Address < out[j].Address })
	for _, c := range in {
		if c.Address == "" {
			continue // newly minted coins: no payer to draw
		}
		node(c)
		edge(c.Address, x.Address, c)
	}
	for _, c := range out {
		if c.Address == "" {
			continue
		}
		node(c)
		edge(x.Address, c.Address, c)
	}
	fmt.Fprintln(w, "}")
}
