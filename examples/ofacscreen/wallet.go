package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/sanctionscreen/ofac/chain"
	"github.com/sanctionscreen/ofac/screen"
)

func runWallet(ctx context.Context, e *env, args []string) int {
	fs, c := newFlagSet(e, "wallet", "ADDRESS...",
		"Screens digital currency addresses against the wallets on the list. Any asset's format\n"+
			"is recognised (Bitcoin and its forks, EVM chains, TRON, XRP, Monero, Solana...), in any\n"+
			"of its spellings: an address listed as USDT matches the same address paid in ETH.\n"+
			"A payment URI (bitcoin:..., ethereum:...) is screened by the addresses it names, and\n"+
			"so is a block explorer's link (https://etherscan.io/address/0x...), an address with a\n"+
			"label in words (\"USDT TRC20: T...\") or several in one argument (\"0x..., bc1q...\").")
	pos, code, ok := parse(e, fs, args)
	if !ok {
		return code
	}
	if len(pos) == 0 {
		return fail(e, "wallet", fmt.Errorf("no address given: ofacscreen wallet 0x098B716B8Aaf21512996dC57EB0615e2383E2f96"))
	}
	l, info, err := loadList(e, "wallet", c)
	if err != nil {
		return fail(e, "wallet", err)
	}
	s, err := screen.New(l)
	if err != nil {
		return fail(e, "wallet", err)
	}
	rep := report{Schema: schema, Command: "wallet", List: info, Results: []result{}}
	var hitsOf [][]screen.Hit
	var labels []string
	unknown := 0
	for _, addr := range pos {
		hits := s.Screen(screen.Query{Wallets: []string{addr}})
		res, label, why := walletResult(addr, hits)
		if why != "" {
			fmt.Fprintf(e.stderr, "ofacscreen wallet: %s\n", why)
		}
		if res.Error != "" && !res.Matched {
			// A mistyped address is never listed: say so rather than
			// report it clean.
			unknown++
		}
		rep.Matched = rep.Matched || res.Matched
		rep.Results = append(rep.Results, res)
		hitsOf = append(hitsOf, hits)
		labels = append(labels, label)
	}
	if c.json {
		if err := writeJSON(e.stdout, rep); err != nil {
			return fail(e, "wallet", err)
		}
	} else {
		for i, res := range rep.Results {
			label := labels[i]
			if !res.Matched {
				if label != "" {
					fmt.Fprintf(e.stdout, "no match for %s (%s)\n", res.Query.Wallet, label)
				}
				continue // else said on stderr
			}
			fmt.Fprintf(e.stdout, "MATCH: %s (%s) is listed for %s\n", res.Query.Wallet, label, plural(len(res.Hits), "entry", "entries"))
			for _, h := range hitsOf[i] {
				printHit(e.stdout, h)
			}
			if i < len(rep.Results)-1 {
				fmt.Fprintln(e.stdout)
			}
		}
	}
	switch {
	case rep.Matched:
		return exitMatch
	case unknown > 0:
		return exitError
	}
	return exitClean
}

// walletResult is the result of screening the wallet field addr, whose
// hits are given: the formats its addresses fit, the other chain whose
// address it is, and what is wrong with it (Error). label says in words
// what the wallet is ("ETH/ETC/… format", "a Stellar (XLM) address"), ""
// for a wallet that neither matched nor names an address; why is what
// to say on stderr, "" when nothing is wrong.
func walletResult(addr string, hits []screen.Hit) (res result, label, why string) {
	formats, why := walletFormats(addr)
	res = result{Query: queryJSON{Wallet: addr, MinScore: 1}, Matched: len(hits) > 0, Formats: formats, Hits: []hitJSON{}, Error: why}
	for _, h := range hits {
		res.Hits = append(res.Hits, newHit(h))
	}
	if len(formats) > 0 {
		label = strings.Join(formats, "/") + " format"
	} else {
		label, res.Chain = otherChain(addr)
	}
	if label == "" && res.Matched {
		// Listed, though no format reads the wallet as written: the
		// Watchlist ignores letter case where the format does, and the
		// Screener reads look-alike letters of other scripts.
		res.Formats, res.Error, label = miswritten(addr)
		why = ""
	}
	return res, label, why
}

// miswritten says, for a wallet that matched though no format reads it as
// written, how it is written: the formats it fits in lower case, and
// that its letter case fails the checksum (EIP-55's, for an EVM address);
// or that it has letters of another script that look like Latin ones.
// label is what the wallet command prints in place of its formats.
func miswritten(addr string) (formats []string, problem, label string) {
	if f, why := walletFormats(strings.ToLower(addr)); len(f) > 0 && why == "" {
		problem = "its letters mix upper and lower case, which its format does not allow"
		if strings.Contains(strings.ToLower(addr), "0x") {
			problem = "its letter case fails the EIP-55 checksum"
		}
		return f, problem, strings.Join(f, "/") + " format, but " + problem
	}
	for _, r := range addr {
		if r >= utf8.RuneSelf {
			problem = "written with letters of another script that look like Latin ones"
			return []string{}, problem, problem
		}
	}
	return []string{}, "", "no known format"
}

// walletFormats returns the asset codes whose formats the addresses of
// the wallet field addr fit, never nil: chain.ReadField reads them (the
// field itself, the addresses a payment URI or a block explorer's link
// names, those among its words). why says what is wrong with each piece
// of it that may be meant as an address and is none, "; "-separated, or
// is "" when there is none. An address of another chain
// (chain.OtherChain) fits no format and is nothing wrong.
func walletFormats(addr string) (formats []string, why string) {
	formats = []string{}
	pieces := chain.ReadField(addr)
	if len(pieces) == 0 {
		return formats, notAddress(addr, "") // empty
	}
	var whys []string
	for _, p := range pieces {
		text := p.Text
		if text == strings.TrimSpace(addr) {
			text = addr
		}
		if p.Err != nil {
			if p.Kind == chain.PieceAddress {
				whys = append(whys, notAddress(text, ""))
			} else {
				whys = append(whys, p.Err.Error())
			}
			continue
		}
		for _, a := range p.Addresses {
			assets := chain.Detect(a)
			if len(assets) == 0 {
				if _, ok := chain.OtherChain(a); !ok {
					// A payment URI's addresses are as it writes them.
					whys = append(whys, notAddress(a, text))
				}
				continue
			}
			for _, as := range assets {
				if !slices.Contains(formats, string(as)) {
					formats = append(formats, string(as))
				}
			}
		}
	}
	return formats, strings.Join(whys, "; ")
}

// notAddress says what is wrong with a, which is no address in any format
// the list uses; uri is the payment URI that names it, or "".
func notAddress(a, uri string) string {
	if name := namingServiceName(a); name != "" {
		return fmt.Sprintf("%q is a name in %s, not an address: resolve it to the address it points to now, and screen that", a, name)
	}
	if uri != "" {
		return fmt.Sprintf("%q names %q, which is not an address in any format the list uses (%s): check it for a typo%s", uri, a, assetList(), addressHint(a))
	}
	return fmt.Sprintf("%q is not an address in any format the list uses (%s): check it for a typo%s", a, assetList(), addressHint(a))
}

// addressHint says, for a string that is no address of any known format,
// what is wrong with it read as the asset its first characters point to
// ("; read as ETH: EVM hex: wrong length: 39 hex digits, want 40"), or ""
// when they point to none.
func addressHint(s string) string {
	t := strings.TrimSpace(s)
	if t == "" {
		return ""
	}
	lower := strings.ToLower(t)
	// A base58 address of these formats has 25 to 35 characters: one of
	// another length is another chain's (a Polkadot 1..., a Stellar
	// M...), whose slip a hint about these would misname.
	base58 := len(t) >= 25 && len(t) <= 35
	var a chain.Asset
	switch {
	case strings.HasPrefix(lower, "0x41") && len(t) == 44:
		// TRON's hex form as TronWeb writes it: 42 digits after "0x",
		// which no EVM address has.
		a = chain.TRX
	case strings.HasPrefix(lower, "0x"):
		a = chain.ETH
	case strings.HasPrefix(lower, "bc1"), strings.HasPrefix(lower, "tb1"), strings.HasPrefix(lower, "bcrt1"):
		a = chain.XBT
	case strings.HasPrefix(lower, "ltc1"), (t[0] == 'L' || t[0] == 'M') && base58:
		a = chain.LTC
	case strings.HasPrefix(lower, "bnb1"):
		a = chain.BNB
	case strings.HasPrefix(lower, "bitcoincash:"):
		a = chain.BCH
	case (strings.HasPrefix(t, "t1") || strings.HasPrefix(t, "t3")) && base58, strings.HasPrefix(lower, "zs1"):
		a = chain.ZEC
	case t[0] == 'r' && base58, (t[0] == 'X' || t[0] == 'T') && len(t) >= 46 && len(t) <= 48:
		a = chain.XRP
	case t[0] == 'T' && base58:
		a = chain.TRX
	case (t[0] == '4' || t[0] == '8') && len(t) >= 93 && len(t) <= 108:
		a = chain.XMR
	case (lower[0] == 'q' || lower[0] == 'p') && (len(t) == 42 || len(t) == 61) && (t == lower || t == strings.ToUpper(t)):
		// A cashaddr without its "bitcoincash:" prefix.
		a = chain.BCH
	case (t[0] == 'X' || t[0] == '7') && base58:
		a = chain.DASH
	case (t[0] == 'G' || t[0] == 'A') && base58:
		a = chain.BTG
	case (t[0] == 'D' || t[0] == 'E') && base58:
		a = chain.XVG
	case (t[0] == '1' || t[0] == '3') && base58:
		a = chain.XBT
	default:
		return ""
	}
	_, err := chain.Normalize(a, t)
	var ae *chain.AddressError
	if !errors.As(err, &ae) {
		return ""
	}
	return fmt.Sprintf("; read as %s: %v", a, ae.Err)
}

// namingSuffixes are the endings of names in the naming services wallets
// let payees give instead of an address: ENS (.eth), Solana's (.sol),
// TON DNS (.ton), Unstoppable Domains, Space ID (.bnb, .arb).
var namingSuffixes = map[string]string{
	".eth": "ENS", ".sol": "the Solana Name Service", ".ton": "TON DNS", ".crypto": "Unstoppable Domains",
	".nft": "Unstoppable Domains", ".x": "Unstoppable Domains", ".wallet": "Unstoppable Domains",
	".bnb": "Space ID", ".arb": "Space ID",
}

// namingServiceName returns the naming service s is a name in, or "".
func namingServiceName(s string) string {
	t := strings.ToLower(strings.TrimSpace(s))
	i := strings.LastIndexByte(t, '.')
	if i < 1 || strings.ContainsAny(t, " /:?") {
		return ""
	}
	return namingSuffixes[t[i:]]
}

// otherChain says, for an address that fits no format of the list's
// asset codes, which other chain's address it is ("a Stellar (XLM)
// address"), or "" when it is none that chain.OtherChain knows. Such an
// address is screened as text: not listed, rather than mistyped.
func otherChain(addr string) (label, name string) {
	o, ok := chain.OtherChain(addr)
	if !ok {
		return "", ""
	}
	if o.Code != "" {
		return fmt.Sprintf("a %s (%s) address", o.Chain, o.Code), o.Chain
	}
	return fmt.Sprintf("a %s address", o.Chain), o.Chain
}

func assetList() string {
	var s []string
	for _, a := range chain.Assets() {
		s = append(s, string(a))
	}
	return strings.Join(s, ", ")
}
