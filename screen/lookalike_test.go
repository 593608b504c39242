package screen

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/sanctionscreen/ofac/sdn"
	"github.com/sanctionscreen/ofac/sdn/snapshot"
)

// The look-alike evasion corpus: listed names rewritten with letters of
// other scripts, full-width and mathematical forms, invisible and bidi
// characters, combining marks, case and spacing
// (testdata/screen/lookalikes.tsv, made by screen/internal/evalgen
// lookalikes). Unlike perturbed.tsv, which measures, this corpus is a
// requirement: every row must find its entry.

// lookalikeCase is one row of lookalikes.tsv.
type lookalikeCase struct {
	UID                      int
	Query, Technique, Source string
}

// lookalikeTechniques are the single techniques of the corpus; a "mixed"
// row names two or three of them ("mixed:cyrillic+zerowidth").
var lookalikeTechniques = []string{"bidi", "combining", "cyrillic", "enclosed", "fullwidth", "greek", "mathematical", "mixedcase", "smallcaps", "spacing", "zerowidth"}

// loadLookalikes reads the corpus. A tab in a query is written "\t" in the
// file, which TSV cannot otherwise hold.
func loadLookalikes(t testing.TB) []lookalikeCase {
	t.Helper()
	var cs []lookalikeCase
	for i, r := range evalReadTSV(t, "lookalikes.tsv", "uid", "query", "technique", "source") {
		cs = append(cs, lookalikeCase{
			UID:       evalAtoi(t, "lookalikes.tsv", i, r[0]),
			Query:     strings.ReplaceAll(r[1], `\t`, "\t"),
			Technique: r[2],
			Source:    r[3],
		})
	}
	return cs
}

// techniqueParts returns the techniques a row's label names.
func techniqueParts(label string) []string {
	if rest, ok := strings.CutPrefix(label, "mixed:"); ok {
		return strings.Split(rest, "+")
	}
	return []string{label}
}

// techniqueFamily is the label a row is counted under: "mixed" for every
// combination.
func techniqueFamily(label string) string {
	if strings.HasPrefix(label, "mixed:") {
		return "mixed"
	}
	return label
}

// TestLookalikeCorpus screens every row at DefaultThreshold and requires
// its entry among the hits. A miss is told apart from a listed name that
// is not found even as published: that is the matcher's defect, not the
// evasion's success, and fails the test all the same.
func TestLookalikeCorpus(t *testing.T) {
	cs := loadLookalikes(t)
	s := mustScreener(t)
	finds := func(q string, uid int) bool {
		return slices.ContainsFunc(s.Screen(Query{Name: q, MinScore: DefaultThreshold}), func(h Hit) bool { return h.Entry.UID == uid })
	}
	type count struct{ found, rows int }
	per := map[string]count{}
	var evaded, unlisted []string
	for i, c := range cs {
		fam := techniqueFamily(c.Technique)
		n := per[fam]
		n.rows++
		if finds(c.Query, c.UID) {
			n.found++
		} else {
			miss := fmt.Sprintf("row %d %s: %+q (uid %d, %q) → tokens %q, best %s; the source: %s",
				i+2, c.Technique, c.Query, c.UID, c.Source, tokens(c.Query), bestFor(s, c.Query, c.UID), bestFor(s, c.Source, c.UID))
			if finds(c.Source, c.UID) {
				evaded = append(evaded, miss)
			} else {
				unlisted = append(unlisted, miss)
			}
		}
		per[fam] = n
	}
	total := 0
	for _, fam := range sortedKeys(per) {
		n := per[fam]
		total += n.found
		t.Logf("%-12s %4d/%-4d", fam, n.found, n.rows)
	}
	t.Logf("all          %4d/%-4d", total, len(cs))
	if len(evaded) > 0 {
		t.Errorf("%d look-alike queries do not find their entry, whose listed name does:\n%s", len(evaded), strings.Join(evaded, "\n"))
	}
	if len(unlisted) > 0 {
		t.Errorf("%d look-alike queries do not find their entry because its listed name, screened as published, does not either (a matching defect):\n%s", len(unlisted), strings.Join(unlisted, "\n"))
	}
}

// bestFor says how close query comes to entry uid, down to a score of 0.5:
// its score and the name it matched, or the hit that came first instead.
func bestFor(s *Screener, query string, uid int) string {
	hits := s.Screen(Query{Name: query, MinScore: 0.5})
	for _, h := range hits {
		if h.Entry.UID == uid {
			return fmt.Sprintf("%.3f via %q", h.Score, h.Matched)
		}
	}
	if len(hits) > 0 {
		return fmt.Sprintf("none ≥ 0.5 (top: %d %q %.3f)", hits[0].Entry.UID, hits[0].Matched, hits[0].Score)
	}
	return "none ≥ 0.5"
}

// lookalikeLatin maps the look-alike letters the corpus uses to the Latin
// letter they imitate, for lookalikeFold. Written out here, apart from the
// matcher's UTS #39 table and the generator's, as a third opinion.
var lookalikeLatin = func() map[rune]rune {
	m := map[rune]rune{}
	for _, pairs := range []string{
		// Cyrillic
		"аaсcԁdеeһhіiјjӏlоoрpԛqѕsԝwхxуyАaВbСcЕeНhІiӀiЈjКkМmОoРpԚqЅsТtԜwХxҮy",
		// Greek
		"αaϲcιiϳjκkοoρpυuνvγyΑaΒbϹcΕeΗhΙiͿjΚkΜmΝnΟoΡpΤtΧxΥyΖz",
		// Latin small capitals
		"ᴀaʙbᴄcᴅdᴇeꜰfɢgʜhɪiᴊjᴋkʟlᴍmɴnᴏoᴘpꞯqʀrꜱsᴛtᴜuᴠvᴡwʏyᴢz",
	} {
		rs := []rune(pairs)
		for i := 0; i+1 < len(rs); i += 2 {
			m[rs[i]] = rs[i+1]
		}
	}
	// Negative circled and negative squared capitals, which have no
	// compatibility decomposition.
	for i := rune(0); i < 26; i++ {
		m[0x1F150+i] = 'a' + i
		m[0x1F170+i] = 'a' + i
	}
	return m
}()

// lookalikeFold undoes every technique of the corpus the simple way:
// compatibility decomposition, marks and invisible characters dropped,
// look-alikes mapped, case folded, runs of spaces made one. A query and its
// source must fold alike: the query is the name and nothing else.
func lookalikeFold(s string) string {
	// Look-alikes first: NFKD would turn the lunate sigma "ϲ" into "ς".
	s = strings.Map(func(r rune) rune {
		if l, ok := lookalikeLatin[r]; ok {
			return l
		}
		return r
	}, s)
	var b strings.Builder
	space := true
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Variation_Selector, unicode.Other_Default_Ignorable_Code_Point):
		case unicode.IsSpace(r):
			if !space {
				b.WriteByte(' ')
			}
			space = true
		default:
			b.WriteRune(unicode.ToLower(r))
			space = false
		}
	}
	return strings.TrimSuffix(b.String(), " ")
}

// lookalikeSignature reports whether query shows technique: a row labelled
// cyrillic holds Cyrillic letters, a zerowidth row an invisible character.
func lookalikeSignature(technique, query, source string) bool {
	has := func(f func(r rune) bool) bool { return strings.ContainsFunc(query, f) }
	switch technique {
	case "cyrillic":
		return has(func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) })
	case "greek":
		return has(func(r rune) bool { return unicode.Is(unicode.Greek, r) })
	case "fullwidth":
		return has(func(r rune) bool { return r >= 0xFF01 && r <= 0xFF5E })
	case "zerowidth":
		return has(func(r rune) bool {
			return !isBidiControl(r) && unicode.In(r, unicode.Cf, unicode.Variation_Selector, unicode.Other_Default_Ignorable_Code_Point) || r == 0x034F
		})
	case "bidi":
		return has(isBidiControl)
	case "combining":
		return has(func(r rune) bool { return unicode.In(r, unicode.Mn, unicode.Me) })
	case "mixedcase":
		return strings.EqualFold(query, source) && has(unicode.IsUpper) && has(unicode.IsLower)
	case "spacing":
		return has(func(r rune) bool { return r == '\t' || r > 0x7F && unicode.IsSpace(r) }) ||
			strings.Contains(query, "  ") || strings.TrimSpace(query) != query
	case "mathematical":
		return has(func(r rune) bool { return r >= 0x1D400 && r <= 0x1D7FF || r >= 0x2100 && r <= 0x214F })
	case "enclosed":
		return has(func(r rune) bool { return r >= 0x2460 && r <= 0x24FF || r >= 0x1F130 && r <= 0x1F189 })
	case "smallcaps":
		return has(func(r rune) bool { l, ok := lookalikeLatin[r]; return ok && unicode.Is(unicode.Latin, r) && l != r })
	}
	return false
}

func isBidiControl(r rune) bool {
	return r == 0x200E || r == 0x200F || r == 0x061C || r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069
}

// TestLookalikeFileAgreesWithList checks the corpus itself: every source
// is a name of its entry, every query is that name rewritten by the
// technique its row names, and nothing else.
func TestLookalikeFileAgreesWithList(t *testing.T) {
	list, err := snapshot.SDN()
	if err != nil {
		t.Fatal(err)
	}
	cs := loadLookalikes(t)
	perFamily := map[string]int{}
	perKind := map[sdn.Kind]int{}
	seen := map[string]bool{}
	for i, c := range cs {
		row := i + 2 // line in the file
		e := list.Entry(c.UID)
		if e == nil {
			t.Errorf("row %d: uid %d not in the snapshot", row, c.UID)
			continue
		}
		if c.Source != e.Name && !slices.ContainsFunc(e.Aliases, func(a sdn.Alias) bool { return a.Name == c.Source && !a.Weak }) {
			t.Errorf("row %d: source %q is no strong name of %d %q", row, c.Source, c.UID, e.Name)
		}
		if e.Kind != sdn.Individual && e.Kind != sdn.Entity && e.Kind != sdn.Vessel {
			t.Errorf("row %d: uid %d is a %s", row, c.UID, e.Kind)
		}
		perKind[e.Kind]++
		if c.Query == c.Source {
			t.Errorf("row %d: query is its source %q unchanged", row, c.Source)
		}
		if !utf8.ValidString(c.Query) || len(c.Query) > MaxNameBytes {
			t.Errorf("row %d: query %+q is not valid UTF-8 or longer than %d bytes", row, c.Query, MaxNameBytes)
		}
		if seen[c.Technique+"\x00"+c.Query] {
			t.Errorf("row %d: %+q repeats an earlier %s row", row, c.Query, c.Technique)
		}
		seen[c.Technique+"\x00"+c.Query] = true
		if got, want := lookalikeFold(c.Query), lookalikeFold(c.Source); got != want {
			t.Errorf("row %d %s: %+q folds to %q, its source %q to %q", row, c.Technique, c.Query, got, c.Source, want)
		}
		parts := techniqueParts(c.Technique)
		fam := techniqueFamily(c.Technique)
		perFamily[fam]++
		if fam == "mixed" && (len(parts) < 2 || len(parts) > 3 || len(slices.Compact(slices.Sorted(slices.Values(parts)))) != len(parts)) {
			t.Errorf("row %d: %q does not name two or three techniques", row, c.Technique)
		}
		for _, p := range parts {
			if !slices.Contains(lookalikeTechniques, p) {
				t.Errorf("row %d: unknown technique %q", row, p)
				continue
			}
			// Within a mix, case is redrawn before the letters are
			// replaced, so mixedcase cannot be told from the result.
			if (fam != "mixed" || p != "mixedcase") && !lookalikeSignature(p, c.Query, c.Source) {
				t.Errorf("row %d: %+q shows no sign of %s", row, c.Query, p)
			}
		}
	}
	for _, fam := range append(slices.Clone(lookalikeTechniques), "mixed") {
		if perFamily[fam] < 150 {
			t.Errorf("%d rows of %s, want ≥150", perFamily[fam], fam)
		}
	}
	if len(cs) < 1500 || perKind[sdn.Vessel] < 100 || perKind[sdn.Individual] < 500 || perKind[sdn.Entity] < 500 {
		t.Errorf("%d rows, per kind %v; want ≥1500, ≥500 individuals and entities, ≥100 vessels", len(cs), perKind)
	}
	t.Logf("%d rows, per technique %v, per kind %v", len(cs), perFamily, perKind)
}
