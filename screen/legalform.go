package screen

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Legal forms say what kind of company a name belongs to, not which one:
// "Fregat OOO", "Fregat LLC" and "Limited Liability Company Fregat" are one
// name. Every legal-form phrase below becomes the single token legalToken,
// which weighs next to nothing, so that a query with another legal form,
// or none, still finds the company.
//
// The phrases are the legal forms of the jurisdictions the list names
// most, spelled as they read after normalisation (so transliterated from
// Cyrillic and Chinese the way normalize.go does it). The source is ISO
// 20275's list of entity legal forms; only forms that occur in the list or
// in payee data are here. Short forms that are also common name parts in
// some language ("sa", "as", "ao", "ad", "pt", "co") are included because
// the list uses them as legal forms far more often, and because the cost of
// treating a name part as a legal form is small: it only weighs less. The
// Ukrainian PAT, PrAT and ZAT are left out: Pat and Prat are given names and
// surnames, and a query "Prat Viola" would read as the company VIOLA.
var legalFormPhrases = []string{
	// English and common-law jurisdictions.
	"limited liability company", "limited liability partnership", "limited partnership",
	"public limited company", "private limited company", "private limited", "company limited",
	"co limited", "co ltd", "pte ltd", "pvt ltd", "private ltd", "pvt limited", "pty ltd", "sdn bhd", "limited", "ltd", "llc",
	"l l c", "llp", "plc", "pcl", "inc", "incorporated", "corp", "corporation", "company", "co",
	"joint stock company", "open joint stock company", "closed joint stock company",
	"public joint stock company", "private joint stock company", "jsc", "pjsc", "ojsc", "cjsc", "bhd", "pte", "pvt",
	// "Abadan Oil Refining Company Private Joint Stock": Iranian firms put
	// the kind of joint-stock company after "Company".
	"joint stock", "private joint stock", "public joint stock", "open joint stock", "closed joint stock",
	// The same shortened, as payment files of the CIS write them: "Umac
	// Ltd Liability Company", "VTB Bank Public JSC", "PJS Co. Transneft".
	"ltd liability company", "ltd liability co", "limited liability co", "public jsc", "open jsc",
	"closed jsc", "private jsc", "pjs co", "pjs company", "joint stock co", "public joint stock co",
	"open joint stock co", "closed joint stock co", "limited liability cie",
	// Cie, the French company, as in "& Cie".
	"cie",
	// Gulf and Levant.
	"fze", "fzco", "fzc", "fz llc", "fzllc", "fze llc", "fz e", "fz co", "fz c", "wll", "w l l", "spc", "saog", "saoc",
	"psc", "sal", "s a l", "bsc", "b s c", "dmcc", "free zone establishment", "free zone company",
	"free zone co", "free zone llc",
	// Est., the establishment (مؤسسة), the Gulf's sole proprietorship,
	// as firms abbreviate it (TARIQ ABU SHANAB EST.): read as a word it
	// meets East. Establishment written out stays a word, one with
	// Foundation, Institution and Muassasat (companyWords).
	"est",
	// The same in Arabic script, as normalize.go reads the initials: ش.ذ.م.م
	// (LLC), ذ.م.م, م.م.ح and ش.م.ح (free-zone company), م.د.م.س (DMCC),
	// ش.م.ل (SAL), ش.م.م, ش.م.ع (PJSC); ذ reads z in a Persian-lettered name.
	"sh dh m m", "sh z m m", "dh m m", "z m m", "m m h", "sh m h", "m d m s", "sh m l", "sh m m", "sh m a",
	// شركة ذات مسؤولية محدودة, شركة (company); Persian شرکت, سهامی خاص and
	// سهامی عام (private and public joint-stock company).
	"sharka dhat masuli mahduda", "sharka", "sharkt sahami khas", "sharkt sahami am", "sharkt",
	"sahami khas", "sahami am",
	// Russian, Ukrainian, Belarusian (as transliterated by normalize.go,
	// and in the list's own Latin spellings).
	"obshchestvo s ogranichennoy otvetstvennostyu", "obshchestvo s ogranichennoi otvetstvennostyu",
	"obshchestvo s ogranichennoj otvetstvennostyu", "obshestvo s ogranichennoy otvetstvennostyu",
	"ooo", "tov", "kompaniya", "korporatsiya", "tovarystvo z obmezhenoyu vidpovidalnistyu", "aktsionernoye obshchestvo",
	// The limited liability partnership of Kazakhstan, in Russian (its
	// initials, ТОО, are left out below).
	"tovarishchestvo s ogranichennoy otvetstvennostyu", "tovarishchestvo s ogranichennoi otvetstvennostyu",
	"aktsionernoe obshchestvo", "zakrytoye aktsionernoye obshchestvo", "zakrytoe aktsionernoe obshchestvo",
	"otkrytoye aktsionernoye obshchestvo", "otkrytoe aktsionernoe obshchestvo",
	"publichnoye aktsionernoye obshchestvo", "publichnoe aktsionernoe obshchestvo",
	"nepublichnoye aktsionernoye obshchestvo", "ao", "zao", "oao", "pao", "nao", "odo",
	"federalnoye gosudarstvennoye unitarnoye predpriyatiye", "federalnoe gosudarstvennoe unitarnoe predpriyatie",
	"fgup", "gup", "mup", "fgbu", "fgku",
	// The same in the list's English.
	"federal state unitary enterprise", "state unitary enterprise", "fsue",
	// The unitary enterprise of Belarusian law, which the list writes
	// out, in English or transliterated, or by its initials, Russian or
	// English, one entry several ways: UE, UP and UE RUBISTAR, RUP and
	// RUE BELTAMOZHSERVICE, SFTUE and GVTUP BELSPETSVNESHTECHNIKA (the
	// state foreign trade unitary enterprise), and the production, the
	// republican, the private one and the republican production and
	// trade one (RPTUP). The foreign limited liability
	// company, IOOO or FLLC, is Belarusian too (IOOO and FLLC DANA ASTRA),
	// and so is the limited liability company in Belarusian.
	// Ukrainian DP (state enterprise) is left out: DP SHIPPING LIMITED;
	// so are the initials that are words or brands elsewhere (UE, UP,
	// RUE, TAA, ChUP): read as nothing, they left "UP Energy" the one
	// generic word of JOINT STOCK COMPANY ENERGIYA.
	"unitary enterprise", "republican unitary enterprise", "production unitary enterprise",
	"private unitary enterprise", "foreign trade unitary enterprise", "state foreign trade unitary enterprise",
	"republican production and trade unitary enterprise", "respublikanskoe proizvodstvenno torgovoe unitarnoe predpriyatie",
	"unitarnoe predpriyatie", "unitarnoye predpriyatiye", "gosudarstvennoe unitarnoe predpriyatie",
	"gosudarstvennoye unitarnoye predpriyatiye", "respublikanskoe unitarnoe predpriyatie",
	"respublikanskoye unitarnoye predpriyatiye", "proizvodstvennoe unitarnoe predpriyatie",
	"proizvodstvennoye unitarnoye predpriyatiye", "chastnoe unitarnoe predpriyatie", "chastnoye unitarnoye predpriyatiye",
	"foreign limited liability company", "inostrannoe obshchestvo s ogranichennoy otvetstvennostyu",
	"inostrannoye obshchestvo s ogranichennoy otvetstvennostyu", "inostrannoe obshchestvo s ogranichennoi otvetstvennostyu",
	"tavarystva z abmezhavanay adkaznastsyu",
	"rup", "rptup", "sftue", "gvtup", "iooo", "fllc",
	// The state corporation and the state company, forms of their own
	// in Russian law (STATE CORPORATION ROSTEC, Avtodor State Company),
	// and the Iraqi state company.
	"gosudarstvennaya korporatsiya", "goskorporatsiya", "gosudarstvennaya kompaniya", "goskompaniya",
	"state corporation", "state company",
	// Russian non-profit forms and state institutions: the autonomous
	// non-profit organisation (its initials, ANO, are left out: Ano is a
	// Japanese surname, and Spanish año folds to it), the non-profit
	// partnership, and the federal state (budgetary, treasury,
	// autonomous) institution (FGBU, FKU, FGAU, FGU), with the list's
	// English for them.
	"avtonomnaya nekommercheskaya organizatsiya", "nekommercheskaya organizatsiya",
	"nekommercheskoye partnerstvo", "nekommercheskoe partnerstvo",
	"federalnoye gosudarstvennoye byudzhetnoye uchrezhdeniye", "federalnoe gosudarstvennoe byudzhetnoe uchrezhdenie",
	"federalnoye gosudarstvennoye avtonomnoye uchrezhdeniye", "federalnoe gosudarstvennoe avtonomnoe uchrezhdenie",
	"federalnoye gosudarstvennoye uchrezhdeniye", "federalnoe gosudarstvennoe uchrezhdenie",
	"federalnoye kazennoye uchrezhdeniye", "federalnoe kazennoe uchrezhdenie",
	"gosudarstvennoye byudzhetnoye uchrezhdeniye", "gosudarstvennoe byudzhetnoe uchrezhdenie",
	"avtonomnoye uchrezhdeniye", "avtonomnoe uchrezhdenie", "fgu", "fku", "fgau", "gbu",
	"autonomous non profit organization", "autonomous nonprofit organization", "non profit partnership",
	"non profit making partnership", "non commercial partnership", "non profit organization", "nonprofit organization",
	"federal state budgetary institution", "federal state autonomous institution", "federal state institution",
	"state budgetary institution", "autonomous institution",
	// Spanish, Portuguese, French, Italian.
	"s a de c v", "sa de cv", "s de r l de c v", "s de rl de cv", "s de r l", "s de rl",
	"sociedad anonima de capital variable", "sociedad anonima", "sociedad de responsabilidad limitada",
	"s a", "sa", "s r l", "srl", "ltda", "limitada", "s l", "sl", "s a s", "sas", "sarl", "s a r l",
	"eireli", "s a c", "sac", "s a a", "e i r l", "eirl", "s p a", "spa", "c a", "compania anonima", "s c", "e u", "sucursal",
	"sociedad por acciones simplificada", "sociedad civil", "s en c a", "s en c", "s p r de r l",
	"sociedad en comandita", "sociedad en comandita por acciones",
	// Mexico's rural production society (S.P.R. or S. de P.R., of limited
	// or unlimited liability, R.L. or R.I.), its investment-promotion
	// and listed public companies (S.A.P.I., S.A.B.) and the
	// Colombian simple limited partnership (S. en C.S.).
	"s p r de r l de c v", "s de p r de r l de c v", "s de p r de r l", "s p r de r i", "s de p r de r i",
	"s a p i de c v", "sapi de cv", "s a b de c v", "sab de cv", "s en c s",
	// German, Dutch, Nordic, Baltic, Central and Eastern Europe.
	"gmbh co kg", "gmbh", "ag", "kg", "bv", "b v", "nv", "n v", "bvba", "b v b a", "sprl", "vzw", "ab", "oy", "as", "a s", "aps", "oue", "uab",
	"sp z o o", "sp zoo", "s r o", "sro", "kft", "zrt", "eood", "ood", "ead", "ad", "doo", "d o o",
	"spolka z ograniczona odpowiedzialnoscia", "spolka akcyjna", "drustvo sa ogranicenom odgovornoscu",
	"drustvo s ogranicenom odgovornoscu", "drushtvo so ogranichena odgovornost",
	// Hungarian Zrt., Nyrt. and Kft., Czech and Slovak s.r.o. and a.s.,
	// Romanian SRL, German AG and Greek AE written out.
	"zartkoruen mukodo reszvenytarsasag", "nyilvanosan mukodo reszvenytarsasag", "korlatolt felelossegu tarsasag", "nyrt",
	"spolecnost s rucenim omezenym", "spolocnost s rucenim obmedzenym", "akciova spolecnost", "akciova spolocnost",
	"societate cu raspundere limitata", "societatea cu raspundere limitata", "aktiengesellschaft", "anonymi etaireia",
	// Irish CLG; French SASU, EURL and SNC; German UG, GbR, KGaA and the
	// Austrian GesmbH; Italian SRLS; Spanish SLU. Left out because they
	// are names or initials too: Greek AE, EPE and IKE (Emeka Ike),
	// Irish DAC (the Vietnamese given name Đắc), Spanish SAU.
	"clg", "sasu", "eurl", "snc", "ug", "gbr", "kgaa", "gesmbh", "srls", "slu",
	// Japanese kabushiki kaisha, written also with the voiced g it takes
	// after kabushiki, godo and yugen kaisha ("K.K." is left out: the
	// initials of many Indian names).
	"kabushiki kaisha", "kabushiki gaisha", "godo kaisha", "yugen kaisha",
	// Kyrgyz ОсОО, Uzbek MChJ, Georgian შპს: the limited liability
	// company of Central Asia and the Caucasus (Kazakh ТОО, TOO, is read
	// apart: Too is a Kenyan surname, kazakhLLP).
	"osoo", "mchj", "shps",
	// Uzbek limited liability company written out, and Tajik ҶДММ in
	// Latin letters.
	"masuliyati cheklangan jamiyati", "mas uliyati cheklangan jamiyati", "jdmm",
	// Persian شرکت as the list writes it, with and without the ezafe, and
	// Arabic شركة in its construct form.
	"sherkat", "sherkate", "sherkat e", "sharikat", "sharikah",
	// Turkish, Azerbaijani.
	"anonim sirketi", "limited sirketi", "ltd sti", "mahdud masuliyyatli camiyyati", "mmc", "qsc", "asc",
	// Southeast and South Asia.
	"pt", "tbk", "jsc co", "co ltd", "sendirian berhad", "berhad", "cv", "persero", "pty", "opc",
	// Thailand's public company limited, and Sdn Bhd as the list also
	// misspells it (PASNA SND. BHD).
	"public company limited", "public co ltd", "public co limited", "public company", "snd bhd",
	// Vietnamese công ty (company), TNHH (limited liability), cổ phần
	// (joint-stock).
	"cong ty tnhh", "cong ty co phan", "cong ty", "tnhh", "ctcp",
	// The same as papers shorten them: Cty, Cty CP, and TNHH MTV, the
	// single-member limited liability company.
	"cty tnhh", "cty cp", "cty co phan", "cong ty cp", "cty", "tnhh mtv", "tnhh mot thanh vien",
	// Korean (one token per syllable, as normalize.go romanises Hangul):
	// 주식회사 joint-stock company, 총회사 general company, 무역회사 trading
	// company, 회사 company.
	"ju sik hoe sa", "chong hoe sa", "mu yok hoe sa", "hoe sa",
	// Chinese (pinyin, one token per syllable, and one per word as the
	// list also writes it: ZHENGHUA MAOYI YOUXIAN GONGSI).
	"gu fen you xian gong si", "you xian ze ren gong si", "you xian gong si", "gong si",
	"gufen youxian gongsi", "youxian zeren gongsi", "youxian gongsi", "gufen gongsi",
	// Armenian ՍՊԸ (limited liability company), ՓԲԸ and ԲԲԸ (closed and
	// open joint-stock company), as normalize.go transliterates them.
	"spy", "pby", "bby",
}

// legalToken stands for every legal form.
const legalToken = "ltd"

// designatorPhrases are what a Russian research or design firm is, written
// before its name, by the initials that stand for them in the list and a
// payee's records: the scientific production enterprise, association,
// complex or corporation (NPP, NPO, NPK), the scientific implementation
// enterprise (NVP), the experimental and the special design bureau (OKB,
// SKB), the mining and processing plant (GOK), the private security
// organisation (ChOO), the trading house (TD, Torgovyi Dom), in the list's
// transliterations and its English and by their English initials (SPE,
// RPE, RPA). The design bureau (KB) is left out: written on with the word
// before it ("Northdesign Bureau"), the phrase would no longer be read. "NPP Irvis" is
// NAUCHNO PROIZVODSTVENNOE PREDPRIYATIE IRVIS, "AO NPO Impuls" JOINT STOCK
// COMPANY SCIENTIFIC AND PRODUCTION ASSOCIATION IMPULS. foldLegalForms
// writes each phrase as its initials, a word of its own: unlike a legal
// form it says something of the firm, and it keeps a misspelt name from
// standing alone ("Scientific Production Enterprise Puslar").
var designatorPhrases = map[string][]string{
	"npp": {"nauchno proizvodstvennoe predpriyatie", "nauchno proizvodstvennoye predpriyatiye", "nauchno proizvodstvennoe predpriiatie",
		"research and production enterprise", "scientific production enterprise", "scientific and production enterprise", "spe", "rpe"},
	"npo": {"nauchno proizvodstvennoe obyedinenie", "nauchno proizvodstvennoe obedinenie", "nauchno proizvodstvennoye obyedineniye",
		"research and production association", "scientific production association", "scientific and production association", "rpa"},
	"npk": {"nauchno proizvodstvennyi kompleks", "nauchno proizvodstvennyy kompleks", "nauchno proizvodstvennaya korporatsiya",
		"nauchno proizvodstvennaya kompaniya", "research and production complex", "scientific production complex",
		"scientific and production complex", "research and production corporation", "research and production company",
		"scientific production company"},
	"nvp": {"nauchno vnedrencheskoe predpriyatie"},
	"okb": {"opytno konstruktorskoe byuro", "opytnoe konstruktorskoe byuro", "experimental design bureau"},
	"skb": {"spetsialnoe konstruktorskoe byuro", "special design bureau"},
	"gok": {"gorno obogatitelny kombinat", "gorno obogatitelnyi kombinat", "gorno obogatitelnyy kombinat",
		"mining and processing plant", "ore mining and processing plant", "mining and processing combine"},
	"choo": {"chastnaya okhrannaya organizatsiya", "private security organization"},
	"td":   {"torgovyi dom", "torgovy dom", "torgovyy dom", "trading house", "trade house"},
}

// designatorOf maps each phrase of designatorPhrases, as legalTrie holds
// it (words joined too), to its initials.
var designatorOf = make(map[string]string)

// legalTrie maps a phrase's first token to the phrases that start with it,
// longest first.
var legalTrie = func() map[string][][]string {
	m := make(map[string][][]string)
	add := func(ts []string) {
		for _, q := range m[ts[0]] {
			if slices.Equal(q, ts) {
				return
			}
		}
		m[ts[0]] = append(m[ts[0]], ts)
	}
	phrase := func(p, designator string) {
		ts := strings.Fields(p)
		add(ts)
		if designator != "" {
			designatorOf[strings.Join(ts, " ")] = designator
		}
		if len(ts) < 2 {
			return
		}
		// Payees join the words of a legal form ("JointStock",
		// "youxiangongsi"): each phrase also stands with one pair of
		// its words written together, and with all of them.
		for i := 0; i+1 < len(ts); i++ {
			// Not with Co, whose word joined is two slips from the word
			// alone ("liabilityco", "liability").
			if len(ts[i])+len(ts[i+1]) >= 5 && ts[i+1] != "co" {
				j := slices.Concat(ts[:i], []string{ts[i] + ts[i+1]}, ts[i+2:])
				add(j)
				if designator != "" {
					designatorOf[strings.Join(j, " ")] = designator
				}
			}
		}
		if all := strings.Join(ts, ""); len(all) >= 6 {
			add([]string{all})
			if designator != "" {
				designatorOf[all] = designator
			}
		}
	}
	for _, p := range legalFormPhrases {
		phrase(p, "")
	}
	for d, ps := range designatorPhrases {
		for _, p := range ps {
			phrase(p, d)
		}
	}
	for k, ps := range m {
		// Longest first, so "co ltd" wins over "co".
		for i := 1; i < len(ps); i++ {
			for j := i; j > 0 && len(ps[j]) > len(ps[j-1]); j-- {
				ps[j], ps[j-1] = ps[j-1], ps[j]
			}
		}
		m[k] = ps
	}
	return m
}()

// legalSlipFirsts are the first words of the phrases as written above,
// the ones a slip is forgiven in: not their joined forms, which a payee
// who joins words does not also misspell, and which would make many more
// tokens worth a look.
var legalSlipFirsts = func() map[string]bool {
	m := make(map[string]bool)
	for _, p := range legalFormPhrases {
		m[strings.Fields(p)[0]] = true
	}
	for _, ps := range designatorPhrases {
		for _, p := range ps {
			m[strings.Fields(p)[0]] = true
		}
	}
	// Words that a slip turns into names: Sharikat / Shariat,
	// Sherkate / Sherkati.
	for _, w := range []string{"sherkat", "sherkate", "sharikat", "sharikah"} {
		delete(m, w)
	}
	return m
}()

// coWords are the words that co- begins, as British English writes
// cooperation with a hyphen: foldLegalForms joins them.
var coWords = map[string]bool{
	"operation": true, "operations": true, "operative": true, "operatives": true, "ordination": true, "ordinating": true,
}

// foldLegalForms replaces every legal-form phrase in toks by legalToken,
// runs of them by one. It reuses toks' storage.
func foldLegalForms(toks []string) []string {
	// Most names hold no word that could start a legal form: check cheaply,
	// and remember which tokens could (from the 64th on, all could).
	var maybe uint64
	for i, t := range toks {
		if i >= 63 {
			maybe |= 1 << 63
			break
		}
		if legalMaybe(t) || len(t) == 1 && i+2 < len(toks) && len(toks[i+1]) == 1 && len(toks[i+2]) == 1 {
			maybe |= 1 << i
		}
	}
	if maybe == 0 {
		return toks
	}
	out := toks[:0]
	for i := 0; i < len(toks); {
		if n := letterForm(toks, i); n > 0 {
			// "P.J.S.C.", "S.A.E.", "Q.P.S.C.": a Gulf or Egyptian form
			// written with points is its letters, read as one word; as
			// letters apart they met listed words as initials
			// (EGYPTIAN ISLAMIC JIHAD for "Egyptian Islamic Bank
			// (P.J.S.C.)").
			if n == len(toks) {
				return toks
			}
			if len(out) == 0 || out[len(out)-1] != legalToken {
				out = append(out, legalToken)
			}
			i += n
			continue
		}
		if toks[i] == "co" && i+1 < len(toks) && coWords[toks[i+1]] {
			// "Co-operation" is the list's COOPERATION, no company's
			// Co and Operation.
			out = append(out, "co"+toks[i+1])
			i += 2
			continue
		}
		matched := 0
		var cands [][]string
		if maybe&(1<<min(i, 63)) != 0 && (i < 63 || legalMaybe(toks[i])) {
			cands = legalCandidates(toks[i])
		}
		var phrase []string
		for _, p := range cands {
			if len(p) <= len(toks)-i && legalMatch(p, toks[i:i+len(p)]) {
				matched, phrase = len(p), p
				break
			}
			if len(p) >= 2 && len(p) < len(toks)-i && legalSplit(p, toks[i:i+len(p)+1]) {
				matched, phrase = len(p)+1, p
				break
			}
		}
		if matched == 0 {
			if toks[i] == "ca" && i == len(toks)-1 && len(out) > 0 && out[len(out)-1] == legalToken {
				// "Profit Corporation CA": Venezuela's C.A. (compañía
				// anónima) after a form, written without its points,
				// which alone may be a name's initials.
				i++
				continue
			}
			if n := afterLegal(out, toks[i:]); n > 0 {
				// "X A.S. Sti": the folded form and the word after it
				// are a form again ("Ltd Sti"), as a second reading
				// would fold them.
				i += n
				continue
			}
			out = append(out, toks[i])
			i++
			continue
		}
		// A name of legal-form words alone keeps them: "Company" is then
		// the name, not its form.
		if matched == len(toks) {
			return toks
		}
		if d := designator(phrase); d != "" {
			out = append(out, d)
		} else if len(out) == 0 || out[len(out)-1] != legalToken {
			out = append(out, legalToken)
		}
		i += matched
	}
	return out
}

// letterForm returns the length of the run of three letters or more at
// toks[i] whose letters together are a legal form of one word (pjsc, sae,
// qpsc), and 0 otherwise. The run must be whole, begin after a word and
// end the name, but for one letter ("B.S.C.(c)"): as a firm writes its
// form. Initials before a name ("O. A. O. Omar") and a firm's acronym
// ("INVERSIONES C.P.C.L. Y CIA.") are no form.
func letterForm(toks []string, i int) int {
	if i == 0 || len(toks[i-1]) == 1 {
		return 0
	}
	letter := func(t string) bool { return len(t) == 1 && t[0] >= 'a' && t[0] <= 'z' }
	run := 0
	for i+run < len(toks) && letter(toks[i+run]) {
		run++
	}
	if run < 3 || i+run < len(toks) {
		return 0
	}
	n := min(run, 6)
	var buf [6]byte
	for k := range n {
		buf[k] = toks[i+k][0]
	}
	// The longest run that is a form: "p j s c" before "p j s"; one
	// letter may follow it.
	for ; n >= 3 && n >= run-1; n-- {
		if letterForms[string(buf[:n])] || oneWordLegal(string(buf[:n])) {
			return n
		}
	}
	return 0
}

// letterForms are legal forms of Qatar, Kuwait, Oman and Egypt that firms
// write with points (Q.P.S.C., K.S.C.P., O.P.C., S.A.E.), read so alone:
// as words they are names (Sae is a Korean one).
var letterForms = map[string]bool{
	"qpsc": true, "qsc": true, "qscc": true, "qjsc": true, "psqc": true, "ksc": true, "kscp": true, "kpsc": true, "kscc": true, "sae": true,
	"opc": true, "saoc": true,
}

// afterLegal returns how many tokens of rest, after out's last token,
// make a legal-form phrase with it when that token is legalToken (Ltd
// Sti), or 0.
func afterLegal(out, rest []string) int {
	if len(out) == 0 || out[len(out)-1] != legalToken {
		return 0
	}
	// The form and the words after it, made once when needed, on the
	// stack: no phrase of legalTrie is as long as buf.
	var buf [12]string
	var withForm []string
	for _, p := range legalTrie[legalToken] {
		if len(p) < 2 || designator(p) != "" {
			continue
		}
		if len(p)-1 <= len(rest) && legalMatch(p[1:], rest[:len(p)-1]) {
			return len(p) - 1
		}
		// A word of it split in two, as a second reading would fold it
		// ("AB S Ti": Ltd Sti).
		if len(p) <= len(rest) && len(p) < len(buf) {
			if withForm == nil {
				withForm = append(append(buf[:0], legalToken), rest[:min(len(rest), len(buf)-1)]...)
			}
			if legalSplit(p, withForm[:len(p)+1]) {
				return len(p)
			}
		}
	}
	return 0
}

// designator returns the initials that stand for phrase p of legalTrie,
// or "" when p is a legal form (designatorPhrases).
func designator(p []string) string {
	if len(p) == 1 {
		return designatorOf[p[0]]
	}
	var buf [96]byte
	b := buf[:0]
	for i, w := range p {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, w...)
	}
	return designatorOf[string(b)]
}

// legalMatch reports whether toks spell the phrase p, allowing one slip in
// words of five letters or more of a phrase of several words ("Limited
// Liabilyty Company"), or in a one-word phrase of seven letters or more
// ("Limiyed"): a typo in a legal form must not turn it into a rare token
// that outweighs the name. A one-word phrase of five or six letters is
// too near to names to forgive a slip: "Sharma" is one from "sharka"
// (شركة).
//
// After the first word of a phrase, a word of nine letters or more may
// hold two slips ("Limited Licvility Company", "Obshchestvo S
// Ogranichennoi Otvetstvegnostfu"): the words before it have already said
// that a legal form is written, and no name is two letters from such a
// word.
func legalMatch(p, toks []string) bool {
	for i := range p {
		if p[i] == toks[i] {
			continue
		}
		if len(p[i]) < 5 || len(p) == 1 && len(p[i]) < 7 || i == 0 && isEnglish(toks[i]) {
			// A word of the language is no slip where a form would
			// begin: "Estate Company" is no State Company. After the
			// form's first word it may be ("Joint Smock Company").
			return false
		}
		slips := 1
		if i > 0 && len(p[i]) >= 9 {
			slips = 2
		}
		if boundedDistance(p[i], toks[i], slips) > slips {
			return false
		}
	}
	return true
}

// legalSplit reports whether toks, one token more than the phrase p has
// words, spell p with one of its words but the first split in two
// ("Nauchno Proizvodstvennoe Pre Dpriyatie"), the others as legalMatch
// allows. The first word that two tokens spell decides.
func legalSplit(p, toks []string) bool {
	for k := 1; k < len(p); k++ {
		w := p[k]
		if len(toks[k]) < len(w) && strings.HasPrefix(w, toks[k]) && w[len(toks[k]):] == toks[k+1] {
			return legalMatch(p[:k], toks[:k]) && legalMatch(p[k+1:], toks[k+2:])
		}
	}
	return false
}

// legalCandidates returns the phrases that may start at token t: those
// whose first word is t, or one slip from it.
func legalCandidates(t string) [][]string {
	if ps, ok := legalTrie[t]; ok || len(t) < 5 || len(t) > 48 {
		return ps
	}
	var out [][]string
	seen := ""
	try := func(firsts []string) {
		for _, first := range firsts {
			if first != seen && editDistance(first, t) == 1 {
				seen = first
				out = append(out, legalTrie[first]...)
			}
		}
	}
	// The token and its one-letter deletions are looked up only when
	// their hash is in legalSlipHashes: most are not, and a hash of each
	// deletion costs two multiplications given the token's prefix and
	// suffix hashes (slipHash).
	var pre, suf [49]uint32 // pre[i]: t[:i]; suf[i]: t[i:]
	var pow [49]uint32      // slipBase^i
	pow[0] = 1
	for i := 0; i < len(t); i++ {
		pre[i+1] = pre[i]*slipBase + uint32(t[i])
		pow[i+1] = pow[i] * slipBase
	}
	for i := len(t) - 1; i >= 0; i-- {
		suf[i] = suf[i+1] + uint32(t[i])*pow[len(t)-1-i]
	}
	if legalSlipHashes.has(pre[len(t)]) {
		try(legalSlips[t])
	}
	var buf [48]byte
	for i := 0; i < len(t); i++ {
		// t without its letter i: the prefix shifted past the suffix.
		if !legalSlipHashes.has(pre[i]*pow[len(t)-1-i] + suf[i+1]) {
			continue
		}
		d := append(append(buf[:0], t[:i]...), t[i+1:]...)
		try(legalSlips[string(d)])
	}
	return out
}

// slipBase is the base of slipHash.
const slipBase = 131

// slipHash is a polynomial hash of s, the one legalCandidates computes
// for a token's deletions from its prefixes and suffixes.
func slipHash(s string) uint32 {
	var h uint32
	for i := 0; i < len(s); i++ {
		h = h*slipBase + uint32(s[i])
	}
	return h
}

// legalSlipHashes holds the slipHash of every key of legalSlips.
var legalSlipHashes = func() *bitFilter {
	f := new(bitFilter)
	for k := range legalSlips {
		f.add(slipHash(k))
	}
	return f
}()

// legalSlips maps each first word of five letters or more of the phrases,
// and each of its one-letter deletions, to the word: a token one slip from
// such a word meets it here (the symmetric-delete method), without
// comparing the token with every word.
var legalSlips = func() map[string][]string {
	m := make(map[string][]string)
	for first := range legalSlipFirsts {
		if len(first) < 5 {
			continue
		}
		m[first] = append(m[first], first)
		for i := 0; i < len(first); i++ {
			d := first[:i] + first[i+1:]
			m[d] = append(m[d], first)
		}
	}
	return m
}()

// nameTokens is tokens with legal forms folded and Abd- and al-Din names
// joined (joinAbd, joinDin): what the index stores and what a query is
// compared with.
func nameTokens(name string) []string {
	if strings.Contains(name, "TOO") || strings.Contains(name, "ТОО") {
		name = kazakhLLP(name)
	}
	return foldStateNames(foldLegalForms(joinDin(joinAbd(foldTurkish(foldArticles(name, tokens(name)))))))
}

// kazakhLLP returns name with Kazakhstan's TOO, the limited liability
// partnership, written LLP where it is the form of a firm's name in
// quotes or after a comma, as papers write it: TOO "Sber Vostok",
// "Defense Engineering, TOO". Elsewhere Too is a Kenyan surname
// ("KIPRONO TOO"). (In Cyrillic, ТОО is the form always:
// appendCyrillic.)
func kazakhLLP(name string) string {
	// ТОО in Cyrillic before a name in Latin letters, which the look-alike
	// reading would take for TOO: «KAZSTANEX».
	for from := 0; ; {
		i := strings.Index(name[from:], "ТОО")
		if i < 0 {
			break
		}
		i += from
		j := i + len("ТОО")
		r, _ := utf8.DecodeLastRuneInString(name[:i])
		n, _ := utf8.DecodeRuneInString(name[j:])
		if (i == 0 || !unicode.IsLetter(r)) && (j == len(name) || !unicode.IsLetter(n)) {
			name = name[:i] + "LLP" + name[j:]
			j = i + len("LLP")
		}
		from = j
	}
	for from := 0; ; {
		i := strings.Index(name[from:], "TOO")
		if i < 0 {
			return name
		}
		i += from
		j := i + len("TOO")
		before := strings.TrimRight(name[:i], " ")
		after := strings.TrimLeft(name[j:], " ")
		word := (i == 0 || name[i-1] == ' ' || name[i-1] == ',') && (j == len(name) || name[j] == ' ' || name[j] == ',')
		quoted := strings.HasPrefix(after, `"`) || strings.HasPrefix(after, "«") || strings.HasPrefix(after, "“") ||
			strings.HasSuffix(before, `"`) || strings.HasSuffix(before, "»") || strings.HasSuffix(before, "”") ||
			strings.HasSuffix(before, ",") && after == ""
		if word && quoted {
			name = name[:i] + "LLP" + name[j:]
		}
		from = j
	}
}

// foldTurkish writes out, in place, the abbreviations of a Turkish firm's
// words of its trade, Sanayi ve Ticaret (industry and trade), as payees
// and the list both write them ("SAN VE TIC LTD STI", "San. Tic. A.S.",
// "Dis Tic."): San before ve or Tic, Tic after San, ve or Dis; and
// Ithalat Ihracat, import and export ("Ith. Ihr."): Ith before Ihr or ve,
// Ihr after Ith or ve. A query and a listed name then meet whichever of
// them abbreviates. San alone is a saint in Spanish and Italian names, Tic
// alone a word.
func foldTurkish(ts []string) []string {
	for i, t := range ts {
		switch {
		case t == "ith" && i+1 < len(ts) && (ts[i+1] == "ihr" || ts[i+1] == "ve"):
			ts[i] = "ithalat"
		case t == "ihr" && i > 0 && (ts[i-1] == "ith" || ts[i-1] == "ithalat" || ts[i-1] == "ve"):
			ts[i] = "ihracat"
		case t == "san" && i+1 < len(ts) && (ts[i+1] == "ve" || ts[i+1] == "tic"):
			ts[i] = "sanayi"
		case t == "tic" && i > 0 && (ts[i-1] == "ve" || ts[i-1] == "san" || ts[i-1] == "sanayi" || ts[i-1] == "dis"):
			ts[i] = "ticaret"
		}
	}
	return ts
}

// stateLongNames are the long forms of the names of states that the
// list's state bodies carry (CENTRAL BANK OF THE ISLAMIC REPUBLIC OF IRAN,
// STATE DUMA OF THE FEDERAL ASSEMBLY OF THE RUSSIAN FEDERATION, FOREIGN
// TRADE BANK OF THE DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA) and the short
// names a payee writes ("Central Bank of Iran"), as "long=short": the
// states the list's programmes name, as the list and payees spell them.
var stateLongNames = [...]string{
	"islamic republic of iran=iran", "russian federation=russia", "republic of belarus=belarus",
	"rossiyskaya federatsiya=russia", "rossiiskaya federatsiya=russia", "rossiyskoy federatsii=russia",
	"rossiiskoi federatsii=russia", "rossiskoi federatsii=russia",
	"democratic peoples republic of korea=dprk", "democratic people s republic of korea=dprk", "north korea=dprk",
	"syrian arab republic=syria", "bolivarian republic of venezuela=venezuela", "republic of cuba=cuba",
	"republic of iraq=iraq", "republic of yemen=yemen", "peoples republic of china=china",
	"people s republic of china=china", "republic of the union of myanmar=myanmar", "republic of nicaragua=nicaragua",
	"islamic emirate of afghanistan=afghanistan", "islamic republic of afghanistan=afghanistan",
	// As payment messages abbreviate them: "ISL REP OF IRAN SHIPPING
	// LINES".
	"isl rep of iran=iran", "islamic rep of iran=iran", "dem peoples rep of korea=dprk",
	"dem people s rep of korea=dprk", "russian fed=russia",
}

// stateNames maps the first word of each of stateLongNames' long forms,
// and of the forms with words of it joined, to those forms, each followed
// by the short name: every query's and listed name's long form is read as
// the short one (foldStateNames).
var stateNames = func() map[string][][]string {
	m := make(map[string][][]string)
	for _, p := range stateLongNames {
		long, short, _ := strings.Cut(p, "=")
		ws := strings.Fields(long)
		add := func(ts []string) {
			ts = append(slices.Clone(ts), short)
			m[ts[0]] = append(m[ts[0]], ts)
		}
		add(ws)
		// Written with two of its words together ("RussianFederation"),
		// or all of them, as legal forms are (legalTrie).
		for i := 0; i+1 < len(ws); i++ {
			add(slices.Concat(ws[:i], []string{ws[i] + ws[i+1]}, ws[i+2:]))
		}
		if len(ws) > 2 {
			add([]string{strings.Join(ws, "")})
		}
	}
	return m
}()

// foldStateNames replaces the long names of states in toks by their short
// names (stateNames). After the first word, a word of five letters or
// more may hold a slip, as in a legal form (legalMatch): "Democratic
// Peoples Republic of Koreea" is the DPRK. It reuses toks' storage.
func foldStateNames(toks []string) []string {
	out := toks[:0]
	for i := 0; i < len(toks); {
		matched := 0
		var short string
		for _, p := range stateNames[toks[i]] {
			long := p[:len(p)-1]
			if len(long) <= len(toks)-i && legalMatch(long, toks[i:i+len(long)]) {
				matched, short = len(long), p[len(p)-1]
				break
			}
		}
		if matched == 0 {
			out = append(out, toks[i])
			i++
			continue
		}
		out = append(out, short)
		i += matched
	}
	return out
}

// legalMaybe reports whether t could start a legal-form phrase: it is the
// first word of one, or one slip from a long first word. One slip leaves
// either the first two letters or the last two of a word of five or more
// letters in place, and changes its length by at most one: legalEnds holds
// those pairs per length, so most tokens are ruled out by two lookups.
func legalMaybe(t string) bool {
	if _, ok := legalTrie[t]; ok {
		return true
	}
	if len(t) < 4 || len(t) > 62 {
		return false
	}
	for l := len(t) - 1; l <= len(t)+1; l++ {
		if legalEnds.has(legalEndKey(l, t[0], t[1], false)) || legalEnds.has(legalEndKey(l, t[len(t)-2], t[len(t)-1], true)) {
			return true
		}
	}
	return false
}

// bitFilter is a set of keys hashed into 2^16 bits: it may say yes for a
// key it does not hold (then the full check runs), never no for one it
// does. Eight kilobytes stay in cache where a map would not.
type bitFilter [1 << 10]uint64

func (f *bitFilter) slot(k uint32) (int, uint64) {
	h := k * 2654435761 >> 16 // multiplicative hashing to 16 bits
	return int(h >> 6), 1 << (h & 63)
}

func (f *bitFilter) add(k uint32) {
	i, bit := f.slot(k)
	f[i] |= bit
}

func (f *bitFilter) has(k uint32) bool {
	i, bit := f.slot(k)
	return f[i]&bit != 0
}

func legalEndKey(length int, a, b byte, suffix bool) uint32 {
	k := uint32(length)<<17 | uint32(a)<<9 | uint32(b)<<1
	if suffix {
		k |= 1
	}
	return k
}

var legalEnds = func() *bitFilter {
	f := new(bitFilter)
	for first := range legalSlipFirsts {
		if n := len(first); n >= 5 {
			f.add(legalEndKey(n, first[0], first[1], false))
			f.add(legalEndKey(n, first[n-2], first[n-1], true))
		}
	}
	return f
}()
