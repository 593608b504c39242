package screen

import (
	"fmt"
	"strings"

	"github.com/sanctionscreen/ofac/chain"
)

// addListedFunc adds a hit for each listing, with the reason why gives.
type addListedFunc func(ls []chain.Listing, why func(l chain.Listing) string)

// screenWallet adds the hits of one wallet of a query: the listed address
// the wallet is, in any spelling the Watchlist knows; else the listed
// addresses its pieces name (chain.ReadField): a payment URI's (an
// EIP-681 token transfer names the token and, in a parameter, the payee),
// a block explorer's link's, those among its words. A piece that names
// no address it can read gives none.
func screenWallet(coins *chain.Watchlist, w string, addListed addListedFunc) {
	w = strings.TrimSpace(w)
	if listed := coins.Lookup(w); len(listed) > 0 {
		addListed(listed, func(l chain.Listing) string {
			return fmt.Sprintf("wallet %s is listed as %s %s", w, l.Asset, l.Address)
		})
		return
	}
	for _, p := range chain.ReadField(w) {
		for _, a := range p.Addresses {
			if a == w {
				continue // looked up above
			}
			addListed(coins.Lookup(a), func(l chain.Listing) string {
				switch p.Kind {
				case chain.PieceURI:
					return fmt.Sprintf("payment URI %s names wallet %s, listed as %s %s", p.Text, a, l.Asset, l.Address)
				case chain.PieceLink:
					return fmt.Sprintf("link %s shows wallet %s, listed as %s %s", p.Text, a, l.Asset, l.Address)
				}
				return fmt.Sprintf("wallet %q holds the address %s, listed as %s %s", w, a, l.Asset, l.Address)
			})
		}
	}
}
