package main

import (
	"strings"
	"unicode"

	"github.com/sanctionscreen/ofac/sdn"
)

// legalForm is one writing of a company's legal form, as words folded by
// wordFold, with the other writings it may be swapped for. Leading forms
// also stand before the name ("LLC Kaleidoskop", "OOO ...").
type legalForm struct {
	words   string
	alts    []string
	leading bool
}

// legalForms, longest first so that "public joint stock company" wins over
// "joint stock company" and "company".
var legalForms = []legalForm{
	{"obshchestvo s ogranichennoy otvetstvennostyu", []string{"OOO", "LLC"}, true},
	{"publichnoye aktsionernoye obshchestvo", []string{"PAO", "PJSC"}, true},
	{"otkrytoye aktsionernoye obshchestvo", []string{"OAO", "OJSC"}, true},
	{"zakrytoye aktsionernoye obshchestvo", []string{"ZAO", "CJSC"}, true},
	{"aktsionernoye obshchestvo", []string{"AO", "JSC"}, true},
	{"drustvo sa ogranicenom odgovornoscu", []string{"DOO", "d.o.o."}, false},
	{"mahdud masuliyyatli camiyyati", []string{"MMC", "LLC"}, false},
	{"s de rl de cv", []string{"S. de R.L. de C.V.", "S de RL de CV"}, false},
	{"sa de cv", []string{"S.A. de C.V.", "SA de CV"}, false},
	{"public joint stock company", []string{"PJSC", "PAO"}, true},
	{"open joint stock company", []string{"OJSC", "OAO"}, true},
	{"closed joint stock company", []string{"CJSC", "ZAO"}, true},
	{"limited liability company", []string{"LLC", "L.L.C.", "OOO"}, true},
	{"joint stock company", []string{"JSC", "AO"}, true},
	{"private limited company", []string{"Pvt Ltd", "Private Ltd"}, false},
	{"private limited", []string{"Pvt Ltd", "Pvt. Ltd."}, false},
	{"public limited company", []string{"PLC"}, false},
	{"company limited", []string{"Co., Ltd.", "Co. Ltd"}, false},
	{"free zone establishment", []string{"FZE"}, false},
	{"sendirian berhad", []string{"Sdn Bhd"}, false},
	{"co ltd", []string{"Company Limited", "Co. Limited"}, false},
	{"pvt ltd", []string{"Private Limited"}, false},
	{"pte ltd", []string{"Pte. Ltd.", "Private Limited"}, false},
	{"sdn bhd", []string{"Sdn. Bhd.", "Sendirian Berhad"}, false},
	{"fz llc", []string{"FZ-LLC", "FZE"}, false},
	{"ltd co", []string{"Limited Company"}, false},
	{"llc", []string{"Limited Liability Company", "L.L.C.", "OOO"}, true},
	{"jsc", []string{"Joint Stock Company", "AO"}, true},
	{"pjsc", []string{"Public Joint Stock Company", "PAO"}, true},
	{"ojsc", []string{"Open Joint Stock Company", "OAO"}, true},
	{"cjsc", []string{"Closed Joint Stock Company", "ZAO"}, true},
	{"ooo", []string{"LLC", "Limited Liability Company"}, true},
	{"oao", []string{"OJSC"}, true},
	{"zao", []string{"CJSC"}, true},
	{"pao", []string{"PJSC"}, true},
	{"ao", []string{"JSC"}, true},
	{"limited", []string{"Ltd", "Ltd."}, false},
	{"ltd", []string{"Limited"}, false},
	{"incorporated", []string{"Inc.", "Inc"}, false},
	{"inc", []string{"Incorporated"}, false},
	{"corporation", []string{"Corp.", "Corp"}, false},
	{"corp", []string{"Corporation"}, false},
	{"company", []string{"Co.", "Co"}, false},
	{"co", []string{"Company"}, false},
	{"sa", []string{"S.A.", "SA"}, false},
	{"sal", []string{"S.A.L.", "SAL"}, false},
	{"ca", []string{"C.A.", "Compania Anonima"}, false},
	{"ltda", []string{"Limitada"}, false},
	{"doo", []string{"d.o.o.", "LLC"}, false},
	{"mmc", []string{"LLC"}, false},
	{"sarl", []string{"S.A.R.L.", "SARL"}, false},
	{"srl", []string{"S.R.L.", "SRL"}, false},
	{"spa", []string{"S.p.A.", "SpA"}, false},
	{"bv", []string{"B.V.", "BV"}, false},
	{"plc", []string{"Public Limited Company"}, false},
	{"llp", []string{"Limited Liability Partnership"}, false},
	{"fze", []string{"Free Zone Establishment", "FZCO"}, false},
	{"fzco", []string{"FZE"}, false},
	{"gmbh", nil, false},
	{"ag", nil, false},
	{"est", []string{"Establishment"}, false},
	{"establishment", []string{"Est."}, false},
}

// wordFold lower-cases w and drops everything but letters and digits:
// "S.A.," → "sa", "Co.," → "co".
func wordFold(w string) string {
	var b strings.Builder
	for _, c := range strings.ToLower(w) {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// legalFormAt finds the longest legal form at the start (leading) or the
// end of the words ws, and returns it with the number of words it spans.
func legalFormAt(ws []string, leading bool) (*legalForm, int) {
	for i := range legalForms {
		lf := &legalForms[i]
		if leading && !lf.leading {
			continue
		}
		fw := strings.Fields(lf.words)
		n := len(fw)
		if n > len(ws) {
			continue
		}
		at := len(ws) - n
		if leading {
			at = 0
		}
		match := true
		for j, f := range fw {
			if wordFold(ws[at+j]) != f {
				match = false
				break
			}
		}
		if match {
			return lf, n
		}
	}
	return nil, 0
}

func (p *perturber) legalForm(_ *sdn.Entry, src source) (string, bool) {
	ws := strings.Fields(src.name)
	upper := isUpperName(src.name)
	fix := func(s string) string {
		if upper {
			return strings.ToUpper(s)
		}
		return s
	}
	// Which end holds the form: the end, else the start.
	lf, n := legalFormAt(ws, false)
	leading := false
	if lf == nil || n == len(ws) {
		lf, n = legalFormAt(ws, true)
		leading = true
	}
	if lf == nil || n == len(ws) {
		// Nobody incorporates a militia or a ministry: add a form only to
		// names that could be a firm's.
		for _, w := range ws {
			if notAFirm[wordFold(w)] {
				return "", false
			}
		}
		adds := []string{"Inc", "LLC", "Ltd", "Co.", "Inc."}
		return src.name + " " + fix(adds[p.rng.IntN(len(adds))]), true
	}
	var rest string
	if leading {
		rest = strings.Join(ws[n:], " ")
	} else {
		rest = strings.TrimRight(strings.Join(ws[:len(ws)-n], " "), ", ")
	}
	orig := strings.Join(ws[:n], " ")
	if !leading {
		orig = strings.Join(ws[len(ws)-n:], " ")
	}
	var alts []string
	for _, a := range lf.alts {
		if fix(a) != orig {
			alts = append(alts, fix(a))
		}
	}
	if len(alts) == 0 || p.rng.IntN(3) == 0 {
		return rest, len(foldTokens(rest)) >= 1 // dropped
	}
	alt := alts[p.rng.IntN(len(alts))]
	if leading {
		return alt + " " + rest, true
	}
	return rest + " " + alt, true
}

// notAFirm are words of the names of groups, armed forces and public bodies.
var notAFirm = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`front brigade brigades army forces force guard guards corps organization organisation
		party movement jihad jihadi cartel network ministry government institute university council
		committee directorate department office agency militia battalion regiment division
		authority court police intelligence revolutionary islamic liberation resistance
		mujahidin mujahideen taliban hizballah hezbollah hamas foundation charity association
		league union federation society school academy hospital hospitals mosque`) {
		m[w] = true
	}
	return m
}()
