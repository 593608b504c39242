package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// runNegatives filters the names made by negatives.mjs (or spanish): a
// row whose folded token set equals that of a listed name or alias is a
// true positive, not a negative; it goes to <name>-removed.tsv with the
// name it equals, the others to <name>.tsv. Rows that repeat an earlier
// row's folded token set are dropped as duplicates.
func runNegatives(in, out, name string) error {
	l, err := loadList()
	if err != nil {
		return err
	}
	type listed struct {
		uid  int
		name string
	}
	keys := map[string]listed{}
	for _, e := range l.Entries {
		keys[foldKey(e.Name)] = listed{e.UID, e.Name}
		for _, a := range e.Aliases {
			if _, ok := keys[foldKey(a.Name)]; !ok {
				keys[foldKey(a.Name)] = listed{e.UID, a.Name}
			}
		}
	}

	f, err := os.Open(in)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	var kept, removed [][]string
	seen := map[string]bool{}
	dups := 0
	line := 0
	for sc.Scan() {
		line++
		if line == 1 {
			if sc.Text() != "name\tlocale\tkind" {
				return fmt.Errorf("%s:1: header %q, want name, locale, kind", in, sc.Text())
			}
			continue
		}
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) != 3 || strings.TrimSpace(cols[0]) == "" {
			return fmt.Errorf("%s:%d: want 3 columns and a name, got %q", in, line, sc.Text())
		}
		k := foldKey(cols[0])
		if k == "" {
			return fmt.Errorf("%s:%d: name %q has no letters", in, line, cols[0])
		}
		if m, ok := keys[k]; ok {
			removed = append(removed, append(cols, strconv.Itoa(m.uid), m.name))
			continue
		}
		if seen[k] {
			dups++
			continue
		}
		seen[k] = true
		kept = append(kept, cols)
	}
	if err := sc.Err(); err != nil {
		return err
	}
	if err := writeTSV(filepath.Join(out, name+".tsv"), []string{"name", "locale", "kind"}, kept); err != nil {
		return err
	}
	if err := writeTSV(filepath.Join(out, name+"-removed.tsv"),
		[]string{"name", "locale", "kind", "uid", "listed_name"}, removed); err != nil {
		return err
	}
	fmt.Printf("read %d, kept %d, removed %d as listed names, %d duplicates\n", line-1, len(kept), len(removed), dups)
	counts := map[string]int{}
	for _, r := range kept {
		counts[r[2]+" "+r[1]]++
		counts[r[2]]++
	}
	ks := make([]string, 0, len(counts))
	for k := range counts {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	for _, k := range ks {
		fmt.Printf("  %-28s %5d\n", k, counts[k])
	}
	return nil
}
