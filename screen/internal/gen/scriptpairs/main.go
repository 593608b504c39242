// Command scriptpairs extracts, from an OFAC advanced XML file, pairs of
// name parts written in an original script and in Latin letters for the same
// party, alias and name part type. They are the ground truth against which
// package screen measures its transliteration (screen/translit_test.go).
//
// Usage, from the module root:
//
//	go run ./screen/internal/gen/scriptpairs -n 300 \
//	    testdata/ofac/sdn_advanced-2025-11-19.xml.bz2 > screen/testdata/script_pairs.tsv
//
// Output columns (tab-separated, one header line): script code as the file
// names it (Cyrl, Arab, Hans, ...), the party's FixedRef, the name part type,
// the original-script part, the Latin part. At most -n pairs per script are
// kept, spread evenly over the file so that every part of the list is
// represented; the selection is deterministic.
package main

import (
	"bufio"
	"compress/bzip2"
	"encoding/xml"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"sort"
	"strings"
)

type namePartValue struct {
	Group  string `xml:"NamePartGroupID,attr"`
	Script string `xml:"ScriptID,attr"`
	Value  string `xml:",chardata"`
}

type documentedName struct {
	Parts []namePartValue `xml:"DocumentedNamePart>NamePartValue"`
}

type alias struct {
	Names []documentedName `xml:"DocumentedName"`
}

type namePartGroup struct {
	ID   string `xml:"ID,attr"`
	Type string `xml:"NamePartTypeID,attr"`
}

type identity struct {
	Aliases []alias         `xml:"Alias"`
	Groups  []namePartGroup `xml:"NamePartGroups>MasterNamePartGroup>NamePartGroup"`
}

type distinctParty struct {
	FixedRef   string     `xml:"FixedRef,attr"`
	Identities []identity `xml:"Profile>Identity"`
}

type pair struct{ script, ref, part, orig, latin string }

func main() {
	n := flag.Int("n", 300, "pairs kept per script")
	flag.Parse()
	if flag.NArg() != 1 {
		log.Fatal("usage: scriptpairs [-n N] sdn_advanced.xml[.bz2]")
	}
	f, err := os.Open(flag.Arg(0))
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	var r io.Reader = bufio.NewReader(f)
	if strings.HasSuffix(flag.Arg(0), ".bz2") {
		r = bzip2.NewReader(r)
	}
	pairs, err := extract(r)
	if err != nil {
		log.Fatal(err)
	}
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmt.Fprintln(w, "script\tfixedref\tpart\toriginal\tlatin")
	byScript := map[string][]pair{}
	for _, p := range pairs {
		byScript[p.script] = append(byScript[p.script], p)
	}
	scripts := make([]string, 0, len(byScript))
	for s := range byScript {
		scripts = append(scripts, s)
	}
	sort.Strings(scripts)
	for _, s := range scripts {
		ps := byScript[s]
		k := min(*n, len(ps))
		for i := range k {
			p := ps[i*len(ps)/k]
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", p.script, p.ref, p.part, p.orig, p.latin)
		}
	}
}

// extract streams the file and returns every distinct (script, original,
// Latin) part pair in file order.
func extract(r io.Reader) ([]pair, error) {
	d := xml.NewDecoder(r)
	scripts := map[string]string{}   // ScriptID -> ScriptCode
	partTypes := map[string]string{} // NamePartTypeID -> name
	seen := map[string]bool{}
	var out []pair
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "Script":
			var v struct {
				ID   string `xml:"ID,attr"`
				Code string `xml:"ScriptCode,attr"`
			}
			if err := d.DecodeElement(&v, &se); err != nil {
				return nil, err
			}
			scripts[v.ID] = v.Code
		case "NamePartType":
			var v struct {
				ID   string `xml:"ID,attr"`
				Name string `xml:",chardata"`
			}
			if err := d.DecodeElement(&v, &se); err != nil {
				return nil, err
			}
			partTypes[v.ID] = v.Name
		case "DistinctParty":
			var p distinctParty
			if err := d.DecodeElement(&p, &se); err != nil {
				return nil, err
			}
			for _, id := range p.Identities {
				groupType := map[string]string{}
				for _, g := range id.Groups {
					groupType[g.ID] = partTypes[g.Type]
				}
				for _, a := range id.Aliases {
					// The Latin parts of this alias, by part type.
					latin := map[string]string{}
					for _, dn := range a.Names {
						for _, v := range dn.Parts {
							t := groupType[v.Group]
							if scripts[v.Script] == "Latin" && latin[t] == "" {
								latin[t] = strings.TrimSpace(v.Value)
							}
						}
					}
					for _, dn := range a.Names {
						for _, v := range dn.Parts {
							code := scripts[v.Script]
							t := groupType[v.Group]
							orig := strings.TrimSpace(v.Value)
							if code == "Latin" || latin[t] == "" || orig == "" {
								continue
							}
							key := code + "\x00" + orig + "\x00" + latin[t]
							if seen[key] {
								continue
							}
							seen[key] = true
							out = append(out, pair{code, p.FixedRef, t, orig, latin[t]})
						}
					}
				}
			}
		}
	}
}
