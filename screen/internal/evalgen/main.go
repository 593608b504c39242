// Command evalgen writes the evaluation data of package screen under
// testdata/screen/: the held-out aliases, the perturbed names and the
// filtered negatives. Everything is drawn from the embedded snapshot
// (sdn/snapshot, SDN list of 2025-11-19) with a seeded generator, so the same
// seed and snapshot give byte-identical files.
//
// Usage, from the module root:
//
//	go run ./screen/internal/evalgen lists -out testdata/screen            # heldout.tsv, perturbed.tsv
//	node screen/internal/evalgen/negatives.mjs /tmp/negatives-raw.tsv       # faker names (see that file)
//	go run ./screen/internal/evalgen negatives -in /tmp/negatives-raw.tsv -out testdata/screen
//	go run ./screen/internal/evalgen lookalikes -out testdata/screen        # lookalikes.tsv (rules in lookalikes.go)
//
// # Held-out aliases (heldout.tsv)
//
// The list's own variants, which nobody here wrote. The evaluation indexes the
// list without these aliases and queries with them, expecting their entry.
//
//   - Latin: strong (not "weak") a.k.a./f.k.a./n.k.a. aliases of individuals
//     and entities whose script is Latin, excluding every alias whose folded
//     token set (lower case, diacritics and punctuation removed, tokens
//     sorted) equals that of another name of the same entry: those are
//     trivial. At most one alias per entry; half individuals, half entities.
//   - Original script: groups of strong names of one entry in one non-Latin
//     script (the entry's PrimaryVariant and a.k.a. names in Cyrillic,
//     Arabic, Han, Hangul, Kana, Greek, Georgian, Armenian, Hebrew). All the
//     entry's strong names in that script are held out together, so that the
//     query cannot be answered by a near-identical sibling in the same
//     script; the entry's Latin names all remain (entries with a Latin
//     held-out alias are not used). Rare scripts are taken whole, Han and
//     Arabic are sampled, Cyrillic fills the rest.
//
// Column overlap is the Jaccard similarity of character trigrams between the
// folded alias and the closest Latin name that stays indexed (primary or
// strong alias; 0 for other scripts): a low value says the alias is a
// different name altogether ("El Mayo" for ZAMBADA GARCIA), which no name
// matcher can be expected to find. It describes the case; it is no answer.
//
// # Perturbations (perturbed.tsv)
//
// Sources are primary names (70%) and strong Latin aliases (30%) of
// individuals and entities, and a few vessels; held-out aliases are never
// used as sources, so that the rows hold with the held-out index as well as
// with the full one. At most one row per kind and entry. Rules, each as a
// payroll clerk or a bank form would write the name:
//
//   - typo: one edit in one token of at least 5 letters: substitution by a
//     QWERTY neighbour, deletion, insertion (a neighbour key or a doubled
//     letter), or transposition of two adjacent letters.
//   - reorder: individuals "MADURO MOROS, Nicolas" → "Nicolas Maduro Moros"
//     (given names first, surname title-cased); entities with a leading or
//     trailing legal form move it to the other end ("LLC Kaleidoskop" →
//     "Kaleidoskop LLC").
//   - drop_middle: individuals only: drop a middle name, patronymic or one
//     surname of a two-part surname (from the name parts the list gives;
//     without parts, a non-first given name or the second surname), never a
//     particle (al, bin, de...), at least 2 tokens kept; format kept.
//   - join: join two adjacent tokens ("Abu Bakr" → "Abubakr", hyphens
//     removed: "AL-BAGHDADI" → "ALBAGHDADI"), or split a long token after a
//     known prefix (abdul, abdel, abu, al, el...) or at a consonant-vowel
//     boundary near its middle.
//   - diacritics: 1-2 of e→é, a→á, c→ç, n→ñ, o→ö, u→ü, i→í (case kept).
//   - lookalike: 1-3 Latin letters replaced by Cyrillic or Greek homoglyphs
//     (half the rows), a zero-width space inside a token or a no-break space
//     between tokens (a quarter), or the whole name in full-width letters
//     (a quarter).
//   - case_space: a case change (lower, title, random per token) together
//     with a spacing or punctuation change (double or leading/trailing
//     spaces, comma dropped or added, hyphen for a space, period after the
//     name).
//   - script: the name in another script: the entry's own original-script
//     name in the order people write it ("Мантуров, Денис Валентинович" →
//     "Денис Валентинович Мантуров" or without the comma; "王, 国英" →
//     "王国英"; Russian legal forms abbreviated, "Общество С Ограниченной
//     Ответственностью Калейдоскоп" → "ООО «Калейдоскоп»"), when the
//     held-out set does not use that entry's script names; or the Latin name
//     of a person or company of a Cyrillic-writing country transliterated
//     back to Cyrillic by a reverse table ("Denis Manturov" → "Денис
//     Мантуров").
//   - legal_form: entities only: swap a legal form for its other writing
//     (LLC ↔ Limited Liability Company, JSC ↔ Joint Stock Company, Ltd ↔
//     Limited, Co. ↔ Company, Corp. ↔ Corporation, OOO → LLC...), drop it
//     ("LIMITED", "CO., LTD.", "GmbH", "S.A."), or add one ("Inc", "LLC",
//     "Ltd", "Co.") when the name has none.
//
// # Negatives (negatives.tsv)
//
// negatives.mjs makes person and company names with @faker-js/faker; the
// negatives subcommand drops every row whose folded token set equals that of
// a listed name or alias (any entry, any kind, weak aliases included: such a
// row is a true positive, not a negative) and writes the rest, with the
// dropped rows in negatives-removed.tsv. Near matches are kept on purpose:
// they are the false alarms the evaluation measures.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/sanctionscreen/ofac/sdn"
	"github.com/sanctionscreen/ofac/sdn/snapshot"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: evalgen lists|negatives|spanish|arabic|lookalikes [flags]")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "lists":
		fs := flag.NewFlagSet("lists", flag.ExitOnError)
		out := fs.String("out", "testdata/screen", "output folder")
		seed := fs.Uint64("seed", 20251119, "random seed")
		fs.Parse(os.Args[2:])
		err = runLists(*out, *seed)
	case "negatives":
		fs := flag.NewFlagSet("negatives", flag.ExitOnError)
		in := fs.String("in", "/tmp/negatives-raw.tsv", "names written by negatives.mjs or the spanish subcommand")
		out := fs.String("out", "testdata/screen", "output folder")
		name := fs.String("name", "negatives", "base name of the output files: <name>.tsv and <name>-removed.tsv")
		fs.Parse(os.Args[2:])
		err = runNegatives(*in, *out, *name)
	case "spanish":
		fs := flag.NewFlagSet("spanish", flag.ExitOnError)
		raw := fs.String("raw", "/tmp/negatives-es-raw.tsv", "where to write the names, for negatives -name negatives-es")
		n := fs.Int("n", 5000, "how many names")
		seed := fs.Uint64("seed", 20251119, "random seed")
		fs.Parse(os.Args[2:])
		err = runSpanish(*raw, *n, *seed)
	case "arabic":
		fs := flag.NewFlagSet("arabic", flag.ExitOnError)
		out := fs.String("out", "testdata/screen", "output folder")
		name := fs.String("name", "negatives-arabic", "base name of the output files: <name>.tsv and <name>-removed.tsv")
		n := fs.Int("n", 3000, "how many names")
		seed := fs.Uint64("seed", 20251119, "random seed")
		fs.Parse(os.Args[2:])
		err = runArabic(*out, *name, *n, *seed)
	case "lookalikes":
		fs := flag.NewFlagSet("lookalikes", flag.ExitOnError)
		out := fs.String("out", "testdata/screen", "output folder")
		seed := fs.Uint64("seed", 20251119, "random seed")
		fs.Parse(os.Args[2:])
		err = runLookalikes(*out, *seed)
	default:
		err = fmt.Errorf("unknown subcommand %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "evalgen:", err)
		os.Exit(1)
	}
}

func loadList() (*sdn.List, error) {
	l, err := snapshot.SDN()
	if err != nil {
		return nil, err
	}
	if len(l.Entries) == 0 {
		return nil, fmt.Errorf("snapshot is empty")
	}
	return l, nil
}

// stripMarks removes combining marks after compatibility decomposition, so
// that "É" and full-width "Ｅ" both fold to "e".
var stripMarks = transform.Chain(norm.NFKD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)

// foldTokens lower-cases s, removes diacritics, turns every run of
// characters that are neither letters nor digits into one separator and
// returns the tokens. The same fold is in screen/evalset_test.go.
func foldTokens(s string) []string {
	t, _, err := transform.String(stripMarks, s)
	if err != nil {
		t = s
	}
	t = strings.ToLower(t)
	return strings.FieldsFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// foldKey is the sorted folded token set of s, joined by spaces: two names
// with the same key differ only in case, diacritics, punctuation and order.
func foldKey(s string) string {
	toks := foldTokens(s)
	slices.Sort(toks)
	toks = slices.Compact(toks)
	return strings.Join(toks, " ")
}

// isLatin reports whether every letter of s is in the Latin script.
func isLatin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// writeTSV writes a header and rows; a field holding a tab or a line break
// would corrupt the file, so it is an error.
func writeTSV(path string, header []string, rows [][]string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	w.WriteString(strings.Join(header, "\t") + "\n")
	for i, r := range rows {
		for _, c := range r {
			if strings.ContainsAny(c, "\t\r\n") {
				f.Close()
				return fmt.Errorf("%s: row %d: field %q holds a tab or line break", path, i+1, c)
			}
		}
		w.WriteString(strings.Join(r, "\t") + "\n")
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
