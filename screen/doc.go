// Package screen finds the entries of an OFAC list that a name or a wallet
// address may belong to.
//
//	s, err := screen.New(list) // list from sdn.Open, sdn.Fetcher or snapshot.SDN
//	for _, h := range s.Screen(screen.Query{Name: "Nicolas Maduro", BirthDate: "1962"}) {
//		fmt.Println(h.Entry.UID, h.Entry.Name, h.Score, h.Reasons)
//	}
//
// Names are compared after normalisation: Unicode compatibility and case
// folding, diacritics and invisible characters removed, look-alike letters
// of other scripts mapped back (UTS #39), and every script the list uses
// transliterated to Latin, so that "Путин", "ＰＵＴＩＮ" and "Pu\u200btin"
// all read "putin". Kanji are read in Mandarin and, when they make one or
// two Japanese names, as Japanese too (井上邦雄 as "inoue kunio"). The
// list's own original-script names are indexed too, and legal forms
// ("OOO", "LLC", "Limited Liability Company") read as one.
//
// Candidates come from an index of the list's names, never from a scan;
// each is aligned token by token with the query, whatever the word order,
// and scored by how much of the query found its match, weighted by how
// rare each token is on the list. A vessel's IMO number in the name ("MT
// ADRIAN DARYA IMO 9116412") is matched exactly, as a wallet address is,
// whatever the name. A Hit says why it matched. A Screener is
// safe for concurrent use, and Update swaps in a new list while queries
// run. DefaultThreshold was chosen on an evaluation set of real names (see
// the README).
package screen
