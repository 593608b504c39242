package screen

import (
	"bufio"
	"encoding/csv"
	"io"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/sanctionscreen/ofac/sdn/snapshot"
	"golang.org/x/text/transform"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"ascii", "MADURO MOROS, Nicolas", []string{"maduro", "moros", "nicolas"}},
		{"normal form", "maduro moros nicolas", []string{"maduro", "moros", "nicolas"}},
		{"empty", "", nil},
		{"punctuation only", " ,.-' ", nil},
		{"diacritics", "Cabello Rondón, Diosdado; CASTAÑEDA", []string{"cabello", "rondon", "diosdado", "castaneda"}},
		{"turkish", "Artaş Gümrükleme İthalat Dış", []string{"artas", "gumrukleme", "ithalat", "dis"}},
		{"letters that do not decompose", "Straße Øre Łódź Æsir", []string{"strasse", "ore", "lodz", "aesir"}},
		{"apostrophe inside a word", "O'Brien, D’Amico", []string{"obrien", "damico"}},
		{"apostrophe at word edges", "'quoted' names'", []string{"quoted", "names"}},
		{"hyphen splits", "al-Baghdadi, KODO-KAI", []string{"al", "baghdadi", "kodo", "kai"}},
		// Letters joined by an ampersand are one word; longer words, and
		// letters that would make a legal form or a title, are not.
		{"ampersand", "S&P Global, AT&T, R & D, B AND W, s+c, x&y&z", []string{"sp", "global", "att", "rd", "bw", "sc", "xyz"}},
		{"ampersand apart", "IMP&EXP, CHIP&DIP, Smith & Wesson, Al & Co, B&V, M and S, 1&2, M&Co", []string{"imp", "exp", "chip", "dip", "smith", "wesson", "al", "co", "b", "v", "m", "and", "s", "1", "2", "m", "co"}},
		{"ampersand, not ascii", "S&P Müller", []string{"sp", "muller"}},
		{"digits", "Vessel 123 Ltd.", []string{"vessel", "123", "ltd"}},
		{"arabic-indic digits", "١٢٣ ۴۵", []string{"123", "45"}},
		// A name with letters only Persian uses reads ض and و the Persian
		// way (Reza, Javani); the same letters in an Arabic name do not.
		{"persian", "جوانی, یدالله رضا", []string{"jvani", "yadallh", "raza"}},
		{"and the", "العلي والحمزة والي", []string{"al", "ali", "al", "hamza", "wali"}},
		{"and the, not first", "والتون جونز", []string{"waltun", "junz"}},
		{"arabic", "رضا", []string{"rada"}},
		// Persian writes the e of a final ه before a suffix with a
		// non-joiner, and a final ی after a vowel is i; in Arabic script
		// that ی is mostly a foreign y.
		{"persian e", "علی خامنه‌ای", []string{"ali", "khamnei"}},
		// After ا and in Allah the ه is h, non-joiner or not.
		{"persian h", "اسدالله‌زاده شاه‌محمدی", []string{"asadallhzadh", "shahmhmdi"}},
		{"persian final i", "تولائی", []string{"tulai"}},
		{"arabic y", "سكاي", []string{"sakay"}},
		{"kurdish e", "شۆھرەت", []string{"shaohret"}},
		// Look-alikes: a Latin name with Cyrillic letters stays Latin.
		{"cyrillic a in latin", "Pаtin", []string{"patin"}},
		{"cyrillic capitals in latin", "РUТIN", []string{"putin"}},
		{"cyrillic i in latin", "Cyrіllіc", []string{"cyrillic"}},
		{"greek omicron in latin", "Gοmez", []string{"gomez"}},
		// ... and a Cyrillic word with a Latin look-alike stays Cyrillic
		// (a real list spelling: "Oбщество" with a Latin O).
		{"latin o in cyrillic", "Oбщество", []string{"obshchestvo"}},
		// A lone Latin C typed for the Cyrillic preposition с (a real list
		// spelling), but not in a Latin name.
		{"lone latin c in cyrillic", "Общество C Ограниченной", []string{"obshchestvo", "s", "ogranichennoy"}},
		{"lone c in latin", "Ivan C Petrov", []string{"ivan", "c", "petrov"}},
		{"wholly cyrillic", "ВЛАДИМИР", []string{"vladimir"}},
		{"cyrillic all look-alikes", "ВАС", []string{"vas"}},
		// Invisible and compatibility characters.
		{"zero-width space", "Pu\u200Btin", []string{"putin"}},
		{"zero-width joiners", "\u200CPu\u200Dt\u2060i\uFEFFn", []string{"putin"}},
		{"bidi controls", "\u202BPutin\u202C \u2066Vladimir\u2069", []string{"putin", "vladimir"}},
		{"soft hyphen", "Pu\u00ADtin", []string{"putin"}},
		{"combining marks", "Pu\u0301ti\u0308n", []string{"putin"}},
		{"full-width", "ＰＵＴＩＮ", []string{"putin"}},
		{"mathematical bold", "𝐏𝐔𝐓𝐈𝐍", []string{"putin"}},
		{"mathematical script", "𝒫𝓊𝓉𝒾𝓃", []string{"putin"}},
		{"ligature", "ﬁnance", []string{"finance"}},
		// Bad input.
		{"invalid utf-8", "Pu\xfftin \xc3", []string{"pu", "tin"}},
		{"control characters", "Putin\x00Vladimir\x1b\u0085X", []string{"putin", "vladimir", "x"}},
		// Scripts.
		{"russian", "Путин Владимир Владимирович", []string{"putin", "vladimir", "vladimirovich"}},
		{"russian ye and iy", "Евгений Слуцкий Северный", []string{"yevgeniy", "slutskiy", "severny"}},
		{"belarusian", "Аляксандр Рыгоравіч Лукашэнка", []string{"alyaksandr", "ryhoravich", "lukashenka"}},
		{"ukrainian", "Олег Ігоревич", []string{"oleh", "ihorevych"}},
		{"arabic", "الزمر", []string{"al", "zamr"}},
		{"arabic with bidi marks", "\u202bجمال\u202c", []string{"jamal"}},
		// A word that opens with alef has its first vowel written: the
		// unwritten one follows the second consonant.
		{"arabic alef first", "احمد اكرم", []string{"ahmad", "akram"}},
		{"arabic alef two consonants", "انس", []string{"anas"}},
		{"persian alef first", "ارسلان", []string{"arsalan"}},
		// إي, and ای in Persian, is a long i before a consonant.
		{"arabic long i", "إيران", []string{"iran"}},
		{"persian long i", "ایران", []string{"iran"}},
		{"arabic bare alef yeh", "ايمن", []string{"ayman"}},
		{"persian", "محمود", []string{"mahmud"}},
		{"chinese", "王国英", []string{"wang", "guo", "ying"}},
		{"chinese traditional", "張建", []string{"zhang", "jian"}},
		// Words whose characters read otherwise than alone.
		{"chinese city", "重庆宗申", []string{"chong", "qing", "zong", "shen"}},
		{"chinese city traditional", "長沙", []string{"chang", "sha"}},
		{"chinese city in a name", "成都市卫莱", []string{"cheng", "du", "shi", "wei", "lai"}},
		{"chinese bank", "金三角银行", []string{"jin", "san", "jiao", "yin", "hang"}},
		{"chinese surname zeng", "曾庆红", []string{"zeng", "qing", "hong"}},
		{"korean", "김정은", []string{"kim", "jong", "un"}},
		{"japanese kana", "アジャ ごとう きょうと", []string{"aja", "goto", "kyoto"}},
		{"arabic particle of descent", "أسامة بن لادن", []string{"asama", "bin", "ladn"}},
		{"japanese kana, a long o before a vowel", "コウイチ", []string{"koichi"}},
		{"greek", "Χριστοδουλοσ Γεωργίου", []string{"christodoulos", "georgiou"}},
		{"georgian", "ივანიშვილი ბიძინა", []string{"ivanishvili", "bidzina"}},
		{"armenian", "ՏԱԿՈ ՍՊԸ", []string{"tako", "spy"}},
		{"armenian ligature", "Սոնա Գևորգյան", []string{"sona", "gevorgyan"}}, // և, split into եւ
		{"hebrew", "יונס", []string{"yons"}},
		{"mixed scripts", "Gazprom Газпром 中国", []string{"gazprom", "gazprom", "zhong", "guo"}},
		{"unknown script falls back to code points", "ไทย", []string{"xe44xe17xe22"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tokens(tt.in)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("tokens(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// Each step alone.

func transformString(t *testing.T, tr transform.Transformer, s string) string {
	t.Helper()
	out, _, err := transform.String(tr, s)
	if err != nil {
		t.Fatalf("transform %q: %v", s, err)
	}
	return out
}

func TestIgnorables(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Pu\u200Btin", "Putin"},
		{"\u202AAl\u00ADi\u202C\uFEFF", "Ali"},
		{"a\uFE0Fb\u2066c\u2069", "abc"},
		{"Ali Baba", "Ali Baba"}, // spaces are not ignorable
	}
	for _, tt := range tests {
		if got := transformString(t, ignorables, tt.in); got != tt.want {
			t.Errorf("ignorables(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCompatFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"ＰＵＴＩＮ", "PUTIN"},
		{"𝐏𝐔𝐓𝐈𝐍", "PUTIN"},
		{"ﬁ", "fi"},
		{"ﺝ", "ج"}, // Arabic presentation form
		{"①", "1"},
	}
	for _, tt := range tests {
		if got := transformString(t, compatFold, tt.in); got != tt.want {
			t.Errorf("compatFold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestStripMarks(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Nicolás Rondón", "Nicolas Rondon"},
		{"Ḥusayn", "Husayn"},
		{"Øre", "Øre"}, // no decomposition: latinSpecial's business
	}
	for _, tt := range tests {
		if got := transformString(t, stripMarks, tt.in); got != tt.want {
			t.Errorf("stripMarks(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCaseFold(t *testing.T) {
	if got := transformString(t, caseFold(), "STRASSE Straße ΣΊΣΥΦΟΣ"); got != "strasse strasse σίσυφοσ" {
		t.Errorf("caseFold = %q", got)
	}
}

func TestConfusableLookup(t *testing.T) {
	tests := []struct {
		r    rune
		want byte
		ok   bool
	}{
		{'а', 'a', true}, // CYRILLIC SMALL LETTER A
		{'І', 'i', true}, // CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I: "I", not "l"
		{'Н', 'h', true}, // CYRILLIC CAPITAL LETTER EN looks like H
		{'ο', 'o', true}, // GREEK SMALL LETTER OMICRON
		{'ı', 'i', true}, // LATIN SMALL LETTER DOTLESS I
		{'З', 0, false},  // looks like the digit 3: a letter is not mapped to a digit
		{'д', 0, false},
		{'a', 0, false}, // ASCII maps to nothing
	}
	for _, tt := range tests {
		got, ok := confusableLookup(tt.r)
		if got != tt.want || ok != tt.ok {
			t.Errorf("confusableLookup(%q) = %q, %v; want %q, %v", tt.r, got, ok, tt.want, tt.ok)
		}
	}
	if latinToCyrillic['a'] != 'а' || latinToCyrillic['O'] != 'О' || latinToGreek['o'] != 'ο' {
		t.Errorf("reverse tables: a→%q O→%q o→%q", latinToCyrillic['a'], latinToCyrillic['O'], latinToGreek['o'])
	}
}

func TestMapConfusables(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Pаtin", "Patin"},
		{"Oбщество", "\u041eбщество"}, // Latin O becomes Cyrillic О
		{"Путин", "Путин"},
		{"Putin", "Putin"},
		{"РUТIN", "pUtIN"}, // look-alikes map to lower case; tokens lowers the rest
	}
	for _, tt := range tests {
		w := []rune(tt.in)
		mapConfusables(w)
		if got := string(w); got != tt.want {
			t.Errorf("mapConfusables(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHiraganaTable(t *testing.T) {
	if len(hiragana) != 0x3096-0x3041+1 {
		t.Fatalf("hiragana has %d readings, want one per code point U+3041..U+3096", len(hiragana))
	}
}

func TestHanziTable(t *testing.T) {
	if len(hanziIndex) != 2*(hanziLast-hanziFirst+1) {
		t.Fatalf("hanziIndex is %d bytes for %d code points", len(hanziIndex), hanziLast-hanziFirst+1)
	}
	for r, want := range map[rune]string{'王': "wang", '张': "zhang", '張': "zhang", '吕': "lu", '中': "zhong"} {
		if got := hanziReading(r); got != want {
			t.Errorf("hanziReading(%q) = %q, want %q", r, got, want)
		}
	}
}

// realNames returns names from the fixtures: the original-script and Latin
// columns of script_pairs.tsv, Latin names with diacritics, and primary
// names of the SDN CSV.
func realNames(tb testing.TB) (ascii, other []string) {
	tb.Helper()
	for _, p := range readScriptPairs(tb) {
		other = append(other, p.orig)
		if isASCII(p.latin) {
			ascii = append(ascii, p.latin)
		}
	}
	f, err := os.Open("testdata/latin_diacritics.txt")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := sc.Text(); line != "" && !strings.HasPrefix(line, "#") {
			other = append(other, line)
		}
	}
	c, err := os.Open("../testdata/ofac/sdn-csv-2025-12/sdn.csv")
	if err != nil {
		tb.Fatal(err)
	}
	defer c.Close()
	r := csv.NewReader(c)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	for len(ascii) < 2000 {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			tb.Fatal(err)
		}
		if len(rec) > 1 {
			ascii = append(ascii, rec[1])
		}
	}
	return ascii, other
}

func checkTokens(t testing.TB, in string, toks []string) {
	for _, tok := range toks {
		if tok == "" {
			t.Fatalf("tokens(%q): empty token in %q", in, toks)
		}
		for i := 0; i < len(tok); i++ {
			if c := tok[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
				t.Fatalf("tokens(%q): token %q is not lower-case ASCII alnum", in, tok)
			}
		}
	}
	joined := strings.Join(toks, " ")
	if again := tokens(joined); !cmp.Equal(again, toks, cmp.Comparer(func(a, b []string) bool { return strings.Join(a, " ") == strings.Join(b, " ") })) {
		t.Fatalf("tokens not idempotent on %q: %q then %q", in, toks, again)
	}
	// Bounded: the longest reading is 4 bytes for a 2-byte letter (щ →
	// shch), 7 for a 3-byte one outside our scripts (x + hex).
	if len(joined) > 4*len(in)+8 {
		t.Fatalf("tokens(%q): %d bytes of output for %d of input", in, len(joined), len(in))
	}
}

func TestTokensRealNames(t *testing.T) {
	ascii, other := realNames(t)
	for _, s := range append(ascii, other...) {
		checkTokens(t, s, tokens(s))
	}
}

func FuzzTokens(f *testing.F) {
	ascii, other := realNames(f)
	for i, s := range ascii {
		if i%50 == 0 {
			f.Add(s)
		}
	}
	for i, s := range other {
		if i%10 == 0 {
			f.Add(s)
		}
	}
	for _, s := range []string{"X as sti", "Pu\u200Btin", "ＰＵＴＩＮ", "𝐏𝐔𝐓𝐈𝐍", "Pаtin", "O'Brien", "\xff\xfe", "き ゃっー", "\u1100\u1161\u11a8"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := tokens(s)
		checkTokens(t, s, toks)
		if utf8.ValidString(s) && strings.TrimSpace(s) == "" && len(toks) > 0 {
			t.Fatalf("tokens(%q) = %q from blank input", s, toks)
		}
		// What the index stores: legal forms folded, Abd-names joined;
		// written out and read again, it reads the same.
		nt := nameTokens(s)
		for _, tok := range nt {
			if tok == "" || len(tok) > 4*len(s)+8 {
				t.Fatalf("nameTokens(%q) = %q", s, nt)
			}
		}
		if again := nameTokens(strings.Join(nt, " ")); !slices.Equal(again, nt) {
			t.Fatalf("nameTokens not idempotent on %q: %q then %q", s, nt, again)
		}
	})
}

func BenchmarkTokens(b *testing.B) {
	ascii, other := realNames(b)
	b.Run("ascii", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			tokens(ascii[i%len(ascii)])
		}
	})
	b.Run("ascii-normalised", func(b *testing.B) {
		norm := make([]string, len(ascii))
		for i, s := range ascii {
			norm[i] = strings.Join(tokens(s), " ")
		}
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			tokens(norm[i%len(norm)])
		}
	})
	b.Run("scripts", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			tokens(other[i%len(other)])
		}
	})
}

func TestIgnorableBitmap(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		if isIgnorable(r) != isIgnorableSlow(r) {
			t.Fatalf("isIgnorable(%U) = %v, range tables say %v", r, isIgnorable(r), isIgnorableSlow(r))
		}
	}
}

// TestLegalForms: every writing of a legal form, in any script the list
// uses, folds to the one light token, and the name around it stays.
func TestLegalForms(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Fregat OOO", []string{"fregat", legalToken}},
		{"Limited Liability Company Fregat", []string{legalToken, "fregat"}},
		{"ООО «Фрегат»", []string{legalToken, "fregat"}},
		{"Reel Shipping L.L.C", []string{"reel", "shipping", legalToken}},
		{"Open JointStock Company Rosneft", []string{legalToken, "rosneft"}},
		// Two slips in a long word after the first of a phrase, not in
		// its first word nor in a short one.
		{"Limited Licvility Company SSK Port", []string{legalToken, "ssk", "port"}},
		{"Obshchestvo S Ogranichennoi Otvetstvegnostfu Rost", []string{legalToken, "rost"}},
		{"Lumiyed Liability Company Port", []string{"lumiyed", "liability", legalToken, "port"}},
		{"Limited Liability Cozpxny Port", []string{legalToken, "liability", "cozpxny", "port"}},
		{"Obshchestvo S Ogranichennoiotvetstvennostiu Titul", []string{legalToken, "titul"}},
		{"Mahrous Trading Free Zone Establishment", []string{"mahrous", "trading", legalToken}},
		{"Al Baraka Auto Parts Est.", []string{"al", "baraka", "auto", "parts", legalToken}},
		{"Technology Co-operation Co", []string{"technology", "cooperation", legalToken}}, // co- begins a word
		{"Moralability Industrial Sendirian Berhad", []string{"moralability", "industrial", legalToken}},
		{"Beijing Chengxing Youxiangongsi", []string{"beijing", "chengxing", legalToken}},
		{"ریل للشحن ش.ذ.م.م", []string{"ril", "lalshhn", legalToken}},
		{"ايس بتروكيم م م ح", []string{"ayas", "batrukim", legalToken}},
		{"وايت ستار م.د.م.س.", []string{"wayt", "satar", legalToken}},
		{"شركة مايا للصرافة", []string{legalToken, "maya", "lalsrafa"}},
		{"پترو پالایش کنگان شرکت سهامی خاص", []string{"patru", "palaysh", "kangan", legalToken}},
		{"Khorasan Steel Company Private Joint Stock", []string{"khorasan", "steel", legalToken}},
		{"Inter-Trans Spolka z Ograniczona Odpowiedzialnoscia", []string{"inter", "trans", legalToken}},
		{"Limited Liabilyty Company Fregat", []string{legalToken, "fregat"}},      // a slip in a phrase
		{"Ocean Estate Company Limited", []string{"ocean", "estate", legalToken}}, // no slip of State Company
		{"Closed Joint Smock Company Neft", []string{legalToken, "neft"}},
		{"Umac Ltd Liability Company", []string{"umac", legalToken}}, // shortened, as CIS payment files write it
		{"VTB Bank Public JSC", []string{"vtb", "bank", legalToken}},
		{"Inversiones C.P.C.L. y Cia.", []string{"inversiones", "c", "p", "c", "l", "y", "cia"}},  // an acronym, no form
		{"O. A. O. Omar", []string{"o", "a", "o", "omar"}},                                        // initials
		{"Egyptian Islamic Bank (P.J.S.C.)", []string{"egyptian", "islamic", "bank", legalToken}}, // letters with points, one form
		{"Qatar National Bank Q.P.S.C.", []string{"qatar", "national", "bank", legalToken}},
		{"Banque Misr S.A.E.", []string{"banque", "misr", legalToken}},
		{"Kim Sae Ron", []string{"kim", "sae", "ron"}}, // a name, written as a word
		{"X AB S Ti", []string{"x", legalToken}},       // a form, then one split in two: Ltd Sti
		{"Datavice MCHJ", []string{"datavice", legalToken}},
		{"Cong Ty TNHH Thinh Cuong", []string{legalToken, "thinh", "cuong"}},
		{"Sherkat-e Dey", []string{legalToken, "dey"}},
		{"Rosehill DRC SASU", []string{"rosehill", "drc", legalToken}},
		{"Kyoto Kabushiki Gaisha", []string{"kyoto", legalToken}},
		{"State Corporation Rostec", []string{legalToken, "rostec"}},
		{"Dalian Zhenghua Maoyi Youxian Gongsi", []string{"dalian", "zhenghua", "maoyi", legalToken}},
		{"Shenzhen Gufen Youxian Gongsi", []string{"shenzhen", legalToken}},
		{"Միլուր ՍՊԸ", []string{"milur", legalToken}},
		{"Автономная некоммерческая организация «Диалог Регионы»", []string{legalToken, "dialog", "regiony"}},
		{"Non-Profit Partnership Revival of Maritime Traditions", []string{legalToken, "revival", "of", "maritime", "traditions"}},
		{"Avtonomnoe Uchrezhdenie Tekhnopark Mordoviya", []string{legalToken, "tekhnopark", "mordoviya"}},
		{"Federal State Budgetary Institution Kurchatov", []string{legalToken, "kurchatov"}},
		{"Товарищество С Ограниченной Ответственностью Элем Групп", []string{legalToken, "elem", "grupp"}},
		{"Ano Tatsuya", []string{"ano", "tatsuya"}}, // a surname, not the initials of an ANO
		{"Goskorporatsiya Rostekh", []string{legalToken, "rostekh"}},
		// Mexico's rural production society and investment-promotion
		// company: the letters are no words of the name.
		{"GRANATURA, S. DE P.R. DE R.L. DE C.V.", []string{"granatura", legalToken}},
		{"Agricola Ruelas, S.P.R. de R.I.", []string{"agricola", "ruelas", legalToken}},
		{"Grupo Bimbo, S.A.B. de C.V.", []string{"grupo", "bimbo", legalToken}},
		{"Fibra Uno S.A.P.I. de C.V.", []string{"fibra", "uno", legalToken}},
		{"Cytrox Holdings Zartkoruen Mukodo Reszvenytarsasag", []string{"cytrox", "holdings", legalToken}},
		{"Ministerstvo Oborony Rossiyskoy Federatsii", []string{"ministerstvo", "oborony", "russia"}},
		{"Министерство обороны Российской Федерации", []string{"ministerstvo", "oborony", "russia"}},
		// A word of a legal form split in two.
		{"Limited Liabi lity Company Fregat", []string{legalToken, "fregat"}},
		// What a Russian research firm is stands as its initials.
		{"NPP Irvis", []string{"npp", "irvis"}},
		{"Nauchno-Proizvodstvennoe Predpriyatie Irvis", []string{"npp", "irvis"}},
		{"Nauchno Proizvodstvennoe Pre Dpriyatie Irvis", []string{"npp", "irvis"}},
		{"Sciemtific Production Company Advent", []string{"npk", "advent"}},
		{"AO NPO Impuls", []string{legalToken, "npo", "impuls"}},
		{"Joint Stock Company Scientific and Production Association Impuls", []string{legalToken, "npo", "impuls"}},
		{"Opytno Konstruktorskoe Byuro Tekhnika", []string{"okb", "tekhnika"}},
		{"Evraz Kachkanarski Gorno Obogatitelny Kombinat", []string{"evraz", "kachkanarski", "gok"}},
		{"Private Security Organization RSB-Group", []string{"choo", "rsb", "group"}},
		{"JSC SPE Rusbal", []string{legalToken, "npp", "rusbal"}},
		{"Torgovyy Dom Keramaks", []string{"td", "keramaks"}},
		{"Trading House ESKO", []string{"td", "esko"}},
		// Belarusian unitary enterprises, and the foreign limited
		// liability company.
		{"SFTUE Belspetsvneshtechnika", []string{legalToken, "belspetsvneshtechnika"}},
		{"State Owned Foreign Trade Unitary Enterprise Belspetsvneshtechnika", []string{"state", "owned", legalToken, "belspetsvneshtechnika"}},
		{"Respublikanskoe Unitarnoe Predpriyatie Beltamozhservis", []string{legalToken, "beltamozhservis"}},
		{"RUP Beltamozhservis", []string{legalToken, "beltamozhservis"}},
		{"IOOO Dana Astra", []string{legalToken, "dana", "astra"}},
		{"Proglobal Societatea cu Raspundere Limitata", []string{"proglobal", legalToken}},
		{"Государственная компания Автодор", []string{legalToken, "avtodor"}},
		// Names one slip from a one-word legal form, or initials, stay
		// names.
		{"Rajesh Sharma", []string{"rajesh", "sharma"}},
		{"K K Sharma", []string{"k", "k", "sharma"}},
		{"Hossein Shariat", []string{"hossein", "shariat"}}, // not Sharikat
		// Legal forms of some countries are names in others: Kazakh TOO,
		// Irish DAC, Greek IKE.
		{"Kiprono Too", []string{"kiprono", "too"}},
		{"Dac Nguyen", []string{"dac", "nguyen"}},
		{"Emeka Ike", []string{"emeka", "ike"}},
		// The article of an Abd-name is not the Turkish or Norwegian AS.
		{"Abd as-Salam Omar", []string{"abdalsalam", "omar"}},
		// Turkish firms' words of their trade, abbreviated as the list
		// and payees write them; San and Tic alone stay as they are.
		{"MACPAR MAKINA SAN VE TIC A.S.", []string{"macpar", "makina", "sanayi", "ve", "ticaret", legalToken}},
		{"Perlite Insaat San. Tic. Ltd. Sti.", []string{"perlite", "insaat", "sanayi", "ticaret", legalToken}},
		{"Ozkan Ith. Ihr. Dis Tic. Ltd.", []string{"ozkan", "ithalat", "ihracat", "dis", "ticaret", legalToken}},
		{"Hotel San Marco", []string{"hotel", "san", "marco"}},
		{"Tic Tac Toys", []string{"tic", "tac", "toys"}},
		// A folded form and the word after it that make a form with it.
		{"Bereket Gida A.S. Sti", []string{"bereket", "gida", legalToken}},
	}
	for _, tc := range tests {
		if got := nameTokens(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("nameTokens(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestEquivalentLines checks that no form stands in two lines of
// equivalentLines (the later line would take it from the earlier) and
// that every form is written as the normaliser writes tokens.
func TestEquivalentLines(t *testing.T) {
	seen := make(map[string]int)
	for i, line := range equivalentLines {
		for _, f := range strings.Fields(line) {
			if j, ok := seen[f]; ok {
				t.Errorf("%q stands in lines %d and %d", f, j, i)
			}
			seen[f] = i
			if got := tokens(f); len(got) != 1 || got[0] != f {
				t.Errorf("%q normalises to %q", f, got)
			}
		}
	}
	if !sameWord("zavod", "factory") || !sameWord("ihar", "igor") || sameWord("igor", "igor") || sameWord("igor", "oleg") ||
		!sameWord("hocine", "husayn") || sameWord("hocine", "hacene") ||
		!sameWord("tekhnicheskogo", "technical") || !sameWord("elektromekhanicheskii", "electromechanical") ||
		!sameWord("novye", "new") || !sameWord("vostok", "east") {
		t.Error("sameWord disagrees with the table")
	}
}

func TestJoinAbd(t *testing.T) {
	for _, tc := range []struct {
		name string
		want []string
	}{
		{"Abd al-Rahman", []string{"abdalrahman"}},
		{"Abd-ur-Rahman", []string{"abdalrahman"}},
		{"Abdulrahman", []string{"abdalrahman"}},
		{"Abdurrahman", []string{"abdalrahman"}},
		{"Abdurahman", []string{"abdalrahman"}},
		{"Abderrahmane", []string{"abdalrahmane"}},
		{"Abdessalam", []string{"abdalsalam"}},
		{"Abdelaziz", []string{"abdalaziz"}},
		{"Abdullah", []string{"abdallah"}},
		{"Abdallah", []string{"abdallah"}},
		{"Abdoulaye", []string{"abdalaye"}},
		{"Abd Alrahman", []string{"abdalrahman"}},
		{"Abdal al-Hadi", []string{"abdalhadi"}},
		{"عبدالرحمن", []string{"abdalrhmn"}},
		// Left alone: "Abdul" by itself, Abd without an article, words
		// that only begin like one.
		{"Abdul Rahman", []string{"abdul", "rahman"}},
		{"KARIM, Abdul", []string{"karim", "abdul"}},
		{"Abd Rabbo", []string{"abd", "rabbo"}},
		{"Abdin Abdou", []string{"abdin", "abdou"}},
		{"Abbas Abdykalykov", []string{"abbas", "abdykalykov"}},
	} {
		if got := nameTokens(tc.name); !slices.Equal(got, tc.want) {
			t.Errorf("nameTokens(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestJoinDin(t *testing.T) {
	for _, tc := range []struct {
		name string
		want []string
	}{
		{"Salah al-Din", []string{"salahaldin"}},
		{"Salah ad-Din", []string{"salahaldin"}},
		{"Shahab-ud-Din", []string{"shahabaldin"}},
		{"Salah Eddine", []string{"salahaldin"}},
		{"Salahuddin", []string{"salahaldin"}},
		{"Noureddine Ali", []string{"nouraldin", "ali"}},
		{"Hosameldin", []string{"hosamaldin"}},
		{"Izz al Deen", []string{"izzaldin"}},
		{"Nourddin", []string{"nouraldin"}},
		{"Tajideen", []string{"tajaldin"}},
		{"Tajiddine", []string{"tajaldin"}},
		{"Zainulabideen", []string{"zainulabideen"}}, // Zayn al-Abidin
		// Left alone: "Din" without the article, and names that only end
		// like one.
		{"Aung Din", []string{"aung", "din"}},
		{"Baldin", []string{"baldin"}},
		{"Aladdin", []string{"aladdin"}},
	} {
		if got := nameTokens(tc.name); !slices.Equal(got, tc.want) {
			t.Errorf("nameTokens(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestFoldArticles(t *testing.T) {
	for _, tc := range []struct {
		name string
		want []string
	}{
		{"Ash-Shabaab", []string{"al", "shabaab"}},
		{"Jabhat an-Nusra", []string{"jabhat", "al", "nusra"}},
		{"An-Nur", []string{"al", "nur"}},
		{"Hizb ut-Tahrir", []string{"hizb", "al", "tahrir"}},
		{"Jamaat at-Tawhid", []string{"jamaat", "al", "tawhid"}},
		{"Az-Zahra Trading", []string{"al", "zahra", "trading"}},
		{"Abd ar Rahman Ahmad", []string{"abdalrahman", "ahmad"}},
		{"Nasr ad-Din", []string{"nasraldin"}}, // then joinDin
		// Not the article: a word that does not begin with its
		// consonant, a short one, an English given name, a pinyin
		// syllable, a Vietnamese surname.
		{"At Home Trading", []string{"at", "home", "trading"}},
		{"At Tan", []string{"at", "tan"}},
		{"Ar Rashid", []string{"ar", "rashid"}}, // two letters need the hyphen
		{"AN, Nam Chol", []string{"an", "nam", "chol"}},
		{"An Nam Chol", []string{"an", "nam", "chol"}},
		{"Ed Davis", []string{"ed", "davis"}},
		{"An Ning", []string{"an", "ning"}},
		{"An Nguyen", []string{"an", "nguyen"}},
	} {
		if got := nameTokens(tc.name); !slices.Equal(got, tc.want) {
			t.Errorf("nameTokens(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// legalCandidates skips the lookups whose hash legalSlipHashes lacks; it
// must find what looking up every deletion finds, for the first words
// with every one-letter slip and for every token of the list.
func TestLegalCandidatesFilter(t *testing.T) {
	naive := func(tok string) [][]string {
		if ps, ok := legalTrie[tok]; ok || len(tok) < 5 || len(tok) > 48 {
			return ps
		}
		var out [][]string
		seen := ""
		try := func(firsts []string) {
			for _, first := range firsts {
				if first != seen && editDistance(first, tok) == 1 {
					seen = first
					out = append(out, legalTrie[first]...)
				}
			}
		}
		try(legalSlips[tok])
		for i := range len(tok) {
			try(legalSlips[tok[:i]+tok[i+1:]])
		}
		return out
	}
	check := func(tok string) {
		if got, want := legalCandidates(tok), naive(tok); !cmp.Equal(got, want) {
			t.Fatalf("legalCandidates(%q) = %v, want %v", tok, got, want)
		}
	}
	n := 0
	for first := range legalSlipFirsts {
		for i := 0; i <= len(first); i++ {
			if i < len(first) {
				check(first[:i] + first[i+1:])
			}
			for c := byte('a'); c <= 'z'; c++ {
				check(first[:i] + string(c) + first[i:])
				if i < len(first) {
					check(first[:i] + string(c) + first[i+1:])
				}
				n++
			}
		}
	}
	if n == 0 {
		t.Fatal("no slips tried")
	}
	if testing.Short() {
		return // the list's tokens take a while under the race detector
	}
	full, err := snapshot.SDN()
	if err != nil {
		t.Fatal(err)
	}
	seen := make(map[string]bool)
	for _, e := range full.Entries {
		names := []string{e.Name}
		for _, a := range e.Aliases {
			names = append(names, a.Name)
		}
		for _, name := range names {
			for _, tok := range tokens(name) {
				if !seen[tok] {
					seen[tok] = true
					check(tok)
				}
			}
		}
	}
}

// The long names of states read as their short names, as legal forms do,
// written apart or together.
func TestStateNames(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"CENTRAL BANK OF THE ISLAMIC REPUBLIC OF IRAN", []string{"central", "bank", "of", "the", "iran"}},
		{"Central Election Commission of the RussianFederation", []string{"central", "election", "commission", "of", "the", "russia"}},
		{"FOREIGN TRADE BANK OF THE DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA", []string{"foreign", "trade", "bank", "of", "the", "dprk"}},
		{"Foreign Trade Bank of North Korea", []string{"foreign", "trade", "bank", "of", "dprk"}},
		{"Republic of Belarus", []string{"belarus"}},
		{"Russian Industrial Company", []string{"russian", "industrial", legalToken}},
		{"Korea Republic Company", []string{"korea", "republic", legalToken}},
		// A slip in a long word after the first, as in a legal form.
		{"Central Bank of the Democratic Peoples Republic of Koreea", []string{"central", "bank", "of", "the", "dprk"}},
		{"Gazprom Russian Federaton", []string{"gazprom", "russia"}},
		{"Republic of Iran", []string{"republic", "of", "iran"}}, // no slip in a word of four letters: not Iraq
	} {
		if diff := cmp.Diff(tc.want, nameTokens(tc.in)); diff != "" {
			t.Errorf("%q: (-want +got)\n%s", tc.in, diff)
		}
	}
}

// TestDetachedSuffix checks that Persian's suffix ای typed apart reads as
// after a non-joiner.
func TestDetachedSuffix(t *testing.T) {
	for apart, joined := range map[string]string{
		"خامنه ای":     "خامنه‌ای",
		"علی خامنه ای": "علی خامنه‌ای",
		"رضایی ای":     "رضایی‌ای",
	} {
		if a, j := nameTokens(apart), nameTokens(joined); !slices.Equal(a, j) {
			t.Errorf("nameTokens(%q) = %q, want %q as for %q", apart, a, j, joined)
		}
	}
	// Not a suffix: a word of its own, or after Latin letters.
	for _, in := range []string{"ای خدا", "Ali ای", "خامنه ایران"} {
		if got := nameTokens(in); len(got) < 2 {
			t.Errorf("nameTokens(%q) = %q, joined", in, got)
		}
	}
}
