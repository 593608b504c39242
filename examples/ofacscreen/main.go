// Command ofacscreen screens names, wallet addresses and payee files against
// OFAC's SDN list and consolidated (non-SDN) lists, from the command line.
//
//	ofacscreen name "Nicolas Maduro" [--dob 1962-11-23] [--country VE] [--kind individual] [--min 0.9]
//	ofacscreen wallet 0x098B716B8Aaf21512996dC57EB0615e2383E2f96
//	ofacscreen batch payees.csv > results.csv
//	ofacscreen trace --rpc URL 0x...            (built with -tags trace)
//	ofacscreen update [--dir DIR]
//	ofacscreen info
//	ofacscreen serve [--addr 127.0.0.1:8080] [--refresh 6h]
//
// Without --list it screens against the SDN and the consolidated lists
// together, each the copy that `update` cached or else the snapshot
// embedded in the library, and says which and how old. Text is
// for people; --json prints the schema documented in README.md. The exit
// status is 0 when nothing matched, 1 when something did, 2 on a usage,
// input or operational error, with a one-line error on stderr.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
)

// Exit statuses: the contract scripts rely on.
const (
	exitClean = 0 // nothing matched
	exitMatch = 1 // something matched: act on it
	exitError = 2 // usage, input or operational error: nothing to conclude
)

// command is one subcommand.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, env *env, args []string) int
}

var commands = []command{
	{"name", "screen a person's or a company's name", runName},
	{"wallet", "screen digital currency addresses, in any asset's format", runWallet},
	{"batch", "screen a CSV of payees; a CSV of results out", runBatch},
	{"trace", "one hop on chain: who paid an address and whom it paid, listed ones flagged", runTrace},
	{"update", "fetch the current SDN and consolidated lists from Treasury into the cache", runUpdate},
	{"info", "which lists are in use, their dates and age, counts of entries and wallets", runInfo},
	{"serve", "an HTTP JSON service: screen parties and wallets, for backends in any language", runServe},
}

// env is what a command reads and writes besides its arguments, so that
// the tests could drive commands in process as well as through the binary.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	// stderrTTY says whether stderr is a terminal: progress bars are drawn
	// only there, never into a log file or a pipe.
	stderrTTY bool
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv, stderrTTY: isTerminal(os.Stderr)}
	os.Exit(run(ctx, e, os.Args[1:]))
}

func run(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 {
		usage(e.stderr)
		return exitError
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		if len(args) > 1 && args[0] == "help" {
			return run(ctx, e, []string{args[1], "--help"})
		}
		usage(e.stdout)
		return exitClean
	}
	for _, c := range commands {
		if c.name == args[0] {
			return c.run(ctx, e, args[1:])
		}
	}
	fmt.Fprintf(e.stderr, "ofacscreen: unknown command %q: use one of %s (ofacscreen --help)\n", args[0], commandNames())
	return exitError
}

func commandNames() string {
	var names []string
	for _, c := range commands {
		names = append(names, c.name)
	}
	return strings.Join(names, ", ")
}

func usage(w io.Writer) {
	fmt.Fprintf(w, `ofacscreen screens names and wallets against OFAC's SDN and consolidated lists.

Usage:
  ofacscreen <command> [arguments] [flags]

Commands:
`)
	for _, c := range commands {
		fmt.Fprintf(w, "  %-7s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, `
Every command takes --list PATH (a list file or a CSV folder), --dir DIR
(the cache; default %s) and --json. Without --list the
SDN and the consolidated lists are screened together, each as cached by
"update", else as embedded in the binary.

Exit status: 0 nothing matched, 1 something matched, 2 usage, input or
other error. "ofacscreen <command> --help" for a command's flags.
`, "$OFACSCREEN_CACHE or the user cache dir + /ofacscreen")
}

// errUsage marks an error the user fixes by changing the command line.
var errUsage = errors.New("usage")

// flagSet makes the FlagSet of a subcommand with the flags every command
// shares: where the list comes from and how to print.
type commonFlags struct {
	// list is the --list files as given, " + " between them; lists the
	// files one by one.
	list  string
	lists []string
	dir   string
	json  bool
}

// listsFlag is --list, which may be given more than once: the lists are
// screened together (the SDN list and the consolidated lists, say).
type listsFlag struct{ c *commonFlags }

func (f listsFlag) String() string {
	if f.c == nil {
		return ""
	}
	return f.c.list
}

func (f listsFlag) Set(v string) error {
	f.c.lists = append(f.c.lists, v)
	f.c.list = strings.Join(f.c.lists, " + ")
	return nil
}

// flagSet is a subcommand's flags and the help it prints for --help.
type flagSet struct {
	*flag.FlagSet
	help func()
}

func newFlagSet(e *env, name, args, about string) (*flagSet, *commonFlags) {
	fs := &flagSet{FlagSet: flag.NewFlagSet(name, flag.ContinueOnError)}
	fs.SetOutput(io.Discard) // errors are reported in one line by parse
	c := &commonFlags{}
	fs.Var(listsFlag{c}, "list", "screen against this list `file` (any OFAC XML, or a folder with the CSV quartet) instead of the SDN and consolidated lists cached or embedded; given twice or more, against those lists together (the SDN and the consolidated lists)")
	fs.StringVar(&c.dir, "dir", "", "cache `directory` (default $OFACSCREEN_CACHE, else the user cache dir + /ofacscreen)")
	fs.BoolVar(&c.json, "json", false, "print JSON (schema in README.md) instead of text")
	// The flag package calls Usage on every parse error; the help goes to
	// stdout on --help only, and an error stays one line.
	fs.Usage = func() {}
	fs.help = func() {
		fmt.Fprintf(e.stdout, "Usage: ofacscreen %s %s\n\n%s\n\nFlags:\n", name, args, about)
		fs.SetOutput(e.stdout)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
	return fs, c
}

// parse parses args with flags and positional arguments in any order
// ("name "Nicolas Maduro" --dob 1962" as well as "name --dob 1962
// "Nicolas Maduro""); everything after "--" is positional. It returns the
// positional arguments, or an exit status when the command should stop:
// exitClean after --help, exitError after a usage error it has reported.
func parse(e *env, fs *flagSet, args []string) ([]string, int, bool) {
	var pos []string
	var rest []string
	for i, a := range args {
		if a == "--" {
			rest = args[i+1:]
			args = args[:i]
			break
		}
	}
	for {
		err := fs.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			fs.help()
			return nil, exitClean, false
		}
		if err != nil {
			fmt.Fprintf(e.stderr, "ofacscreen %s: %v (ofacscreen %s --help)\n", fs.Name(), err, fs.Name())
			return nil, exitError, false
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
	return append(pos, rest...), 0, true
}

// fail reports err on one line and returns exitError.
func fail(e *env, cmd string, err error) int {
	msg := err.Error()
	msg = strings.ReplaceAll(msg, "\n", " ")
	fmt.Fprintf(e.stderr, "ofacscreen %s: %s\n", cmd, msg)
	return exitError
}

// isTerminal reports whether f is a character device (a terminal), without
// golang.org/x/term: enough to decide whether to draw a progress bar.
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
