package chain

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
)

// Total is what moved in one asset or token.
type Total struct {
	Asset Asset
	// Token is the token contract, empty for the chain's own coin.
	Token string
	// Amount is the sum in the smallest unit, each on-chain movement
	// counted once.
	Amount *big.Int
	// Transfers is the number of movements summed.
	Transfers int
}

// Counterparty is an address one transfer away from the screened one.
type Counterparty struct {
	// Address is the counterparty's address in canonical form.
	Address string
	// Listings are the list entries that name Address; nil when it is not
	// listed.
	Listings []Listing
	// Transfers are the transfers that link it to the screened address,
	// in chain order.
	Transfers []Transfer
	// Totals sums Transfers per asset and token.
	Totals []Total
}

// Listed reports whether the list names the counterparty.
func (c *Counterparty) Listed() bool { return len(c.Listings) > 0 }

// Side is one direction of an Exposure: the senders that paid the screened
// address (In), or the recipients it paid (Out).
type Side struct {
	// Counterparties are sorted listed first, then by address.
	Counterparties []Counterparty
	// Totals sums the side's transfers per asset and token, sorted by
	// asset then token. They include what has no counterparty to show:
	// newly minted coins received, and outputs that pay no address.
	Totals []Total
}

// Listed returns the listed counterparties of the side.
func (s *Side) Listed() []Counterparty {
	var out []Counterparty
	for _, c := range s.Counterparties {
		if c.Listed() {
			out = append(out, c)
		}
	}
	return out
}

// Exposure is what one hop on chain shows about an address: who paid it,
// whom it paid, and which of them the list names.
type Exposure struct {
	// Address is the screened address in canonical form.
	Address string
	// Listings are the entries that name the screened address itself.
	Listings []Listing
	// Span is the span that was asked for.
	Span Span
	// In holds who paid the address, Out whom it paid. An address that
	// did both appears on both sides. Transfers from the address to
	// itself (change, self-sends) are on neither.
	In, Out Side
	// Complete is true when the whole span was searched. When it is
	// false, Gaps says what was left out and why, and a clean result
	// proves nothing about the part not searched.
	Complete bool
	Gaps     []Gap
}

// Listed reports whether the screened address or any counterparty one hop
// away is listed.
func (e *Exposure) Listed() bool {
	return len(e.Listings) > 0 || len(e.In.Listed()) > 0 || len(e.Out.Listed()) > 0
}

// OneHop searches src for the transfers in span that paid or were paid by
// address and looks every counterparty up in wl (nil: an empty watchlist).
//
// When the Source could search only part of the span, OneHop returns the
// Exposure of what was found (Complete false, Gaps saying why) together
// with the *IncompleteError, which wraps ErrIncomplete: a caller that only
// checks the error never takes a partial search for a clean one. Any other
// error of the Source is returned with a nil Exposure.
func OneHop(ctx context.Context, src Source, wl *Watchlist, address string, span Span) (*Exposure, error) {
	if src == nil {
		return nil, errors.New("chain: OneHop: nil Source")
	}
	if wl == nil {
		wl = &Watchlist{}
	}
	addr := trim(address)
	if addr == "" {
		return nil, &AddressError{Address: address, Err: fmt.Errorf("%w: empty", ErrLength)}
	}
	transfers, err := src.Transfers(ctx, addr, span)
	var incomplete *IncompleteError
	if err != nil && !errors.As(err, &incomplete) {
		return nil, err
	}
	key := canonical(addr)
	e := &Exposure{
		Address:  key,
		Listings: clone(wl.Lookup(key)),
		Span:     span,
		Complete: incomplete == nil,
	}
	if incomplete != nil {
		e.Gaps = slices.Clone(incomplete.Gaps)
	}
	in, out := newSide(wl), newSide(wl)
	for i := range transfers {
		t := &transfers[i]
		to, from := sameAddress(t.To, key), sameAddress(t.From, key)
		switch {
		case to && from:
			// A self-send moves nothing to or from anyone else.
		case to:
			in.add(t.From, t)
		case from:
			out.add(t.To, t)
		}
		// A transfer that names neither side is not one of this
		// address's: a Source should not return it, and it is left out.
	}
	e.In, e.Out = in.side(), out.side()
	if incomplete != nil {
		return e, incomplete
	}
	return e, nil
}

// canonical returns the key of an address as the Watchlist and the Sources
// write it: the Normalize form when the address fits a known format, the
// trimmed text otherwise (an address of a test network, say).
func canonical(address string) string {
	if fits := Detect(address); len(fits) > 0 {
		if k, err := Normalize(fits[0], address); err == nil {
			return k
		}
	}
	return trim(address)
}

// sameAddress compares an address a Source wrote with the screened key.
// Sources write canonical forms, so equality is the rule; letter case is
// forgiven only because a Source may keep the case a node used for a
// case-insensitive format, and two base58 addresses differing only in case
// cannot both be on one side of a transfer returned for the key.
func sameAddress(a, key string) bool {
	return a == key || (a != "" && strings.EqualFold(a, key))
}

func clone(ls []Listing) []Listing {
	if len(ls) == 0 {
		return nil
	}
	return slices.Clone(ls)
}

// sideBuilder gathers one direction's transfers.
type sideBuilder struct {
	wl     *Watchlist
	byAddr map[string]*counterpartyBuilder
	order  []string
	totals totals
}

type counterpartyBuilder struct {
	c      Counterparty
	totals totals
}

func newSide(wl *Watchlist) *sideBuilder {
	return &sideBuilder{wl: wl, byAddr: make(map[string]*counterpartyBuilder), totals: newTotals()}
}

func (s *sideBuilder) add(party string, t *Transfer) {
	s.totals.add(t)
	if party == "" {
		return // minted coins, or an output to no address: totals only
	}
	cb := s.byAddr[party]
	if cb == nil {
		cb = &counterpartyBuilder{
			c:      Counterparty{Address: party, Listings: clone(s.wl.Lookup(party))},
			totals: newTotals(),
		}
		s.byAddr[party] = cb
		s.order = append(s.order, party)
	}
	cb.c.Transfers = append(cb.c.Transfers, *t)
	cb.totals.add(t)
}

func (s *sideBuilder) side() Side {
	var out Side
	for _, a := range s.order {
		cb := s.byAddr[a]
		cb.c.Totals = cb.totals.list()
		out.Counterparties = append(out.Counterparties, cb.c)
	}
	slices.SortFunc(out.Counterparties, func(a, b Counterparty) int {
		if a.Listed() != b.Listed() {
			if a.Listed() {
				return -1
			}
			return 1
		}
		return strings.Compare(a.Address, b.Address)
	})
	out.Totals = s.totals.list()
	return out
}

// totals sums transfers per asset and token, each leg once.
type totals struct {
	seen map[leg]bool
	sums map[[2]string]*Total
}

func newTotals() totals {
	return totals{seen: make(map[leg]bool), sums: make(map[[2]string]*Total)}
}

func (ts totals) add(t *Transfer) {
	l := t.leg()
	if ts.seen[l] {
		return
	}
	ts.seen[l] = true
	k := [2]string{string(t.Asset), t.Token}
	sum := ts.sums[k]
	if sum == nil {
		sum = &Total{Asset: t.Asset, Token: t.Token, Amount: new(big.Int)}
		ts.sums[k] = sum
	}
	if t.Amount != nil {
		sum.Amount.Add(sum.Amount, t.Amount)
	}
	sum.Transfers++
}

func (ts totals) list() []Total {
	if len(ts.sums) == 0 {
		return nil
	}
	out := make([]Total, 0, len(ts.sums))
	for _, s := range ts.sums {
		out = append(out, *s)
	}
	slices.SortFunc(out, func(a, b Total) int {
		return cmp.Or(strings.Compare(string(a.Asset), string(b.Asset)), strings.Compare(a.Token, b.Token))
	})
	return out
}
