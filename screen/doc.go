// Package screen finds the entries of an OFAC list that a name or a wallet
// address may belong to.
//
// Names are compared after normalisation: Unicode compatibility and case
// folding, diacritics and invisible characters removed, look-alike letters
// of other scripts mapped back (UTS #39), and every script the list uses
// transliterated to Latin, so that "Путин", "ＰＵＴＩＮ" and "Pu\u200btin"
// all read "putin". The list's own original-script names are indexed too.
package screen
