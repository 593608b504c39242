package screen

import "strings"

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
// treating a name part as a legal form is small: it only weighs less.
var legalFormPhrases = []string{
	// English and common-law jurisdictions.
	"limited liability company", "limited liability partnership", "limited partnership",
	"public limited company", "private limited company", "private limited", "company limited",
	"co limited", "co ltd", "pte ltd", "pvt ltd", "pty ltd", "sdn bhd", "limited", "ltd", "llc",
	"l l c", "llp", "plc", "inc", "incorporated", "corp", "corporation", "company", "co",
	"joint stock company", "open joint stock company", "closed joint stock company",
	"public joint stock company", "jsc", "pjsc", "ojsc", "cjsc", "bhd", "pte", "pvt",
	// Gulf and Levant.
	"fze", "fzco", "fzc", "fz llc", "fzllc", "fze llc", "wll", "w l l", "spc", "saog", "saoc",
	"psc", "sal", "s a l", "bsc", "b s c", "dmcc",
	// Russian, Ukrainian, Belarusian (as transliterated by normalize.go,
	// and in the list's own Latin spellings).
	"obshchestvo s ogranichennoy otvetstvennostyu", "obshchestvo s ogranichennoi otvetstvennostyu",
	"obshchestvo s ogranichennoj otvetstvennostyu", "obshestvo s ogranichennoy otvetstvennostyu",
	"ooo", "tov", "tovarystvo z obmezhenoyu vidpovidalnistyu", "aktsionernoye obshchestvo",
	"aktsionernoe obshchestvo", "zakrytoye aktsionernoye obshchestvo", "zakrytoe aktsionernoe obshchestvo",
	"otkrytoye aktsionernoye obshchestvo", "otkrytoe aktsionernoe obshchestvo",
	"publichnoye aktsionernoye obshchestvo", "publichnoe aktsionernoe obshchestvo",
	"nepublichnoye aktsionernoye obshchestvo", "ao", "zao", "oao", "pao", "nao", "odo", "zat", "pat", "prat",
	"federalnoye gosudarstvennoye unitarnoye predpriyatiye", "federalnoe gosudarstvennoe unitarnoe predpriyatie",
	"fgup", "gup", "mup", "fgbu", "fgku",
	// Spanish, Portuguese, French, Italian.
	"s a de c v", "sa de cv", "s de r l de c v", "s de rl de cv", "s de r l", "s de rl",
	"sociedad anonima de capital variable", "sociedad anonima", "sociedad de responsabilidad limitada",
	"s a", "sa", "s r l", "srl", "ltda", "limitada", "s l", "sl", "s a s", "sas", "sarl", "s a r l",
	"eireli", "s p a", "spa", "c a", "s c", "e u", "sucursal",
	// German, Dutch, Nordic, Baltic, Central and Eastern Europe.
	"gmbh co kg", "gmbh", "ag", "kg", "bv", "b v", "nv", "n v", "ab", "oy", "as", "a s", "aps", "oue", "uab",
	"sp z o o", "sp zoo", "s r o", "sro", "kft", "zrt", "eood", "ood", "ead", "ad", "doo", "d o o",
	// Turkish, Azerbaijani.
	"anonim sirketi", "limited sirketi", "ltd sti", "mahdud masuliyyatli camiyyati", "mmc", "qsc", "asc",
	// Southeast and South Asia.
	"pt", "tbk", "jsc co", "co ltd",
	// Chinese (pinyin, one token per syllable).
	"gu fen you xian gong si", "you xian ze ren gong si", "you xian gong si", "gong si",
}

// legalToken stands for every legal form.
const legalToken = "ltd"

// legalTrie maps a phrase's first token to the phrases that start with it,
// longest first.
var legalTrie = func() map[string][][]string {
	m := make(map[string][][]string)
	for _, p := range legalFormPhrases {
		ts := strings.Fields(p)
		m[ts[0]] = append(m[ts[0]], ts)
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

// foldLegalForms replaces every legal-form phrase in toks by legalToken,
// runs of them by one. It reuses toks' storage.
func foldLegalForms(toks []string) []string {
	out := toks[:0]
	for i := 0; i < len(toks); {
		matched := 0
		for _, p := range legalCandidates(toks[i]) {
			if len(p) <= len(toks)-i && legalMatch(p, toks[i:i+len(p)]) {
				matched = len(p)
				break
			}
		}
		if matched == 0 {
			out = append(out, toks[i])
			i++
			continue
		}
		// A name of legal-form words alone keeps them: "Company" is then
		// the name, not its form.
		if matched == len(toks) {
			return toks
		}
		if len(out) == 0 || out[len(out)-1] != legalToken {
			out = append(out, legalToken)
		}
		i += matched
	}
	return out
}

// legalMatch reports whether toks spell the phrase p, allowing one slip in
// words of five letters or more ("Limiyed", "Stoco"): a typo in a legal
// form must not turn it into a rare token that outweighs the name.
func legalMatch(p, toks []string) bool {
	for i := range p {
		if p[i] != toks[i] && !(len(p[i]) >= 5 && editDistance(p[i], toks[i]) == 1) {
			return false
		}
	}
	return true
}

// legalCandidates returns the phrases that may start at token t: those
// whose first word is t, or one slip from it.
func legalCandidates(t string) [][]string {
	if ps, ok := legalTrie[t]; ok || len(t) < 5 {
		return ps
	}
	var out [][]string
	for _, first := range legalLongFirsts {
		if editDistance(first, t) == 1 {
			out = append(out, legalTrie[first]...)
		}
	}
	return out
}

// legalLongFirsts are the first words of five letters or more of the
// phrases, the ones legalMatch allows a slip in.
var legalLongFirsts = func() []string {
	var out []string
	for first := range legalTrie {
		if len(first) >= 5 {
			out = append(out, first)
		}
	}
	return out
}()

// nameTokens is tokens with legal forms folded: what the index stores and
// what a query is compared with.
func nameTokens(name string) []string { return foldLegalForms(tokens(name)) }
