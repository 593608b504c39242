package main

import (
	"context"
	"fmt"
	"sort"

	"github.com/sanctionscreen/ofac/sdn/snapshot"
)

// infoJSON is the JSON output of `info`.
type infoJSON struct {
	Schema   string         `json:"schema"`
	Command  string         `json:"command"`
	List     *listInfo      `json:"list"`
	Snapshot string         `json:"snapshot"` // publish date of the embedded snapshot
	Kinds    map[string]int `json:"kinds"`    // entries per kind
	Programs int            `json:"programs"` // distinct sanctions programs
	Wallets  int            `json:"wallets"`  // wallet addresses listed
	Assets   map[string]int `json:"assets"`   // wallet addresses per asset code
	Entities int            `json:"entries_with_wallets"`
	Cache    string         `json:"cache_dir,omitempty"`
}

func runInfo(ctx context.Context, e *env, args []string) int {
	fs, c := newFlagSet(e, "info", "",
		"Says which list is in use (the --list file, the list cached by `update`, or the\n"+
			"embedded snapshot), when it was published, how old it is, and what it holds.")
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
	out := infoJSON{Schema: schema, Command: "info", List: info, Snapshot: day(snapshot.Published),
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
	switch info.Origin {
	case originSnapshot:
		fmt.Fprintf(w, "from        the snapshot embedded in this binary (%s)\n", snapshot.SourceFile)
	case originCache:
		fmt.Fprintf(w, "from        %s\n            fetched %s from %s\n", info.Path, info.FetchedAt.Local().Format("2006-01-02 15:04"), info.URL)
	case originFile:
		fmt.Fprintf(w, "from        %s\n", info.Path)
	}
	if info.AgeDays != nil {
		stale := ""
		if info.Stale {
			stale = " — older than 7 days: run `ofacscreen update`"
		}
		published := info.Published
		if published == "" {
			published = "unknown (a file carries no publish date); the oldest that does is of " + info.oldestPart
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
	fmt.Fprintf(w, "snapshot    %s, %d entries (built in)\n", day(snapshot.Published), snapshot.Entries)
	return exitClean
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
