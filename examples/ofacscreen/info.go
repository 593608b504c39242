package main

import (
	"context"
	"fmt"
	"io"
	"sort"

	"github.com/sanctionscreen/ofac/sdn/snapshot"
)

// infoJSON is the JSON output of `info`.
type infoJSON struct {
	Schema   string    `json:"schema"`
	Command  string    `json:"command"`
	List     *listInfo `json:"list"`
	Snapshot string    `json:"snapshot"` // publish date of the embedded SDN list
	// Snapshots describes every list embedded in the binary.
	Snapshots []snapshotJSON `json:"snapshots"`
	Kinds     map[string]int `json:"kinds"`    // entries per kind
	Programs  int            `json:"programs"` // distinct sanctions programs
	Wallets   int            `json:"wallets"`  // wallet addresses listed
	Assets    map[string]int `json:"assets"`   // wallet addresses per asset code
	Entities  int            `json:"entries_with_wallets"`
	Cache     string         `json:"cache_dir,omitempty"`
}

// snapshotJSON is one list embedded in the binary.
type snapshotJSON struct {
	Source        string `json:"source"`
	File          string `json:"file"`
	Published     string `json:"published"`
	PublishedNote string `json:"published_note,omitempty"`
	Entries       int    `json:"entries"`
}

func embedded() ([]snapshotJSON, error) {
	var out []snapshotJSON
	for _, d := range defaultLists {
		l, err := d.snapshot()
		if err != nil {
			return nil, err
		}
		out = append(out, snapshotJSON{Source: l.Source, File: d.snapshotFile, Published: day(l.Published), PublishedNote: d.snapshotNote, Entries: len(l.Entries)})
	}
	return out, nil
}

func runInfo(ctx context.Context, e *env, args []string) int {
	fs, c := newFlagSet(e, "info", "",
		"Says which lists are in use (the --list files, or the SDN and the consolidated\n"+
			"lists, each cached by `update` or embedded in the binary), when each was\n"+
			"published, how old it is, and what they hold.")
	pos, code, ok := parse(e, fs, args)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return fail(e, "info", fmt.Errorf("info takes no arguments, got %q", pos[0]))
	}
	l, info, err := loadList(e, "info", c)
	if err != nil {
		return fail(e, "info", err)
	}
	snaps, err := embedded()
	if err != nil {
		return fail(e, "info", err)
	}
	out := infoJSON{Schema: schema, Command: "info", List: info, Snapshot: day(snapshot.Published), Snapshots: snaps,
		Kinds: map[string]int{}, Assets: map[string]int{}}
	if dir, err := cacheDir(e, c); err == nil {
		out.Cache = dir
	}
	programs := map[string]bool{}
	for _, en := range l.Entries {
		out.Kinds[string(en.Kind)]++
		for _, p := range en.Programs {
			programs[p] = true
		}
		for _, w := range en.Wallets {
			out.Assets[w.Asset]++
		}
		out.Wallets += len(en.Wallets)
		if len(en.Wallets) > 0 {
			out.Entities++
		}
	}
	out.Programs = len(programs)
	if c.json {
		if err := writeJSON(e.stdout, out); err != nil {
			return fail(e, "info", err)
		}
		return exitClean
	}
	w := e.stdout
	fmt.Fprintf(w, "list        %s (%s)\n", info.Source, info.Format)
	if len(info.Parts) == 0 {
		printOrigin(w, info, "from        ", "            ")
	}
	for _, p := range info.Parts {
		fmt.Fprintf(w, "            %s list: %s, %s, %d entries\n", p.Source, p.Format, publishedText(p), p.Entries)
		printOrigin(w, p, "              from ", "              ")
	}
	if info.AgeDays != nil {
		stale := ""
		if info.Stale {
			stale = " — older than 7 days: run `ofacscreen update`"
		}
		published := info.Published
		switch {
		case published == "":
			published = "unknown (a file carries no publish date); the oldest that does is of " + day(info.oldest)
		case len(info.Parts) > 1:
			published += " (the oldest of the lists)"
		}
		fmt.Fprintf(w, "published   %s, %s ago%s\n", published, days(*info.AgeDays), stale)
	} else {
		fmt.Fprintf(w, "published   unknown (the file carries no publish date)\n")
	}
	fmt.Fprintf(w, "entries     %d:", info.Entries)
	for _, k := range sortedKeys(out.Kinds) {
		fmt.Fprintf(w, " %d %s,", out.Kinds[k], orDash(k))
	}
	fmt.Fprintf(w, " in %d programs\n", out.Programs)
	fmt.Fprintf(w, "wallets     %d addresses of %d entries:", out.Wallets, out.Entities)
	keys := sortedKeys(out.Assets)
	sort.SliceStable(keys, func(i, j int) bool { return out.Assets[keys[i]] > out.Assets[keys[j]] })
	for i, k := range keys {
		sep := ","
		if i == len(keys)-1 {
			sep = ""
		}
		fmt.Fprintf(w, " %d %s%s", out.Assets[k], k, sep)
	}
	fmt.Fprintln(w)
	if out.Cache != "" {
		fmt.Fprintf(w, "cache dir   %s\n", out.Cache)
	}
	for i, sn := range snaps {
		label := ""
		if i == 0 {
			label = "snapshots"
		}
		note := ""
		if sn.PublishedNote != "" {
			note = " (" + sn.PublishedNote + ")"
		}
		fmt.Fprintf(w, "%-12s%s list of %s%s, %d entries (built in, from %s)\n", label, sn.Source, sn.Published, note, sn.Entries, sn.File)
	}
	return exitClean
}

// printOrigin says, in the text of info, where a list comes from: from
// starts the first line, more the next.
func printOrigin(w io.Writer, info *listInfo, from, more string) {
	switch info.Origin {
	case originSnapshot:
		file := ""
		for _, d := range defaultLists {
			if d.source == info.Source {
				file = " (" + d.snapshotFile + ")"
			}
		}
		fmt.Fprintf(w, "%sthe snapshot embedded in this binary%s\n", from, file)
	case originCache:
		fmt.Fprintf(w, "%s%s\n%sfetched %s from %s\n", from, info.Path, more, info.FetchedAt.Local().Format("2006-01-02 15:04"), info.URL)
	case originFile:
		fmt.Fprintf(w, "%s%s\n", from, info.Path)
	}
}

// publishedText says when a list was published, and how that is known
// where the files do not say.
func publishedText(info *listInfo) string {
	switch {
	case info.Published == "":
		return "no publish date"
	case info.PublishedNote != "":
		return fmt.Sprintf("published %s (%s)", info.Published, info.PublishedNote)
	}
	return "published " + info.Published
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
