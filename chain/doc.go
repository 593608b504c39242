// Package chain recognises digital currency addresses and finds the ones on
// OFAC's list.
//
// Normalize checks an address of a given asset (checksum included) and
// returns its canonical key; Detect says which asset codes a bare string
// fits. A Watchlist, built from an *sdn.List, maps those keys to the
// entries that list them, and its Lookup finds a listed address in any
// equivalent spelling: hex, bech32 and cashaddr in any letter case, with
// surrounding white space, cashaddr as legacy base58, TRON hex as base58,
// and an EVM address under any EVM asset code (an address listed as USDT is
// found when screening an ETH payout):
//
//	w := chain.NewWatchlist(list)
//	for _, l := range w.Lookup(payee.Wallet) {
//		fmt.Println("listed:", l.Entry.Name, l.Asset, l.Address)
//	}
//
// A wallet field that holds more than an address (a label in words,
// several addresses, a block explorer's link, a payment URI) is read by
// ReadField, which returns the addresses in it and the pieces that may be
// meant as one and are none.
//
// Values on the list that are not addresses of their asset code are kept,
// matched as text or under the format they do fit, and reported by
// Watchlist.Irregular. Errors wrap ErrInvalidAddress and say what is wrong.
package chain
