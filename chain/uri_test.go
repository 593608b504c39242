package chain

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestURIAddresses(t *testing.T) {
	const (
		btc   = "1ECeZBxCVJ8Wm2JSN3Cyc6rge2gnvD3W5K"
		bech  = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"
		usdt  = "0xdAC17F958D2ee523a2206206994597C13D831ec7" // the USDT contract
		payee = "0x8576acc5c05d6ce88f4e49bf65bdf0c62f91353c"
		sol   = "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v"
		cash  = "bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a"
	)
	for _, tc := range []struct {
		uri  string
		want []string
	}{
		{"bitcoin:" + btc + "?amount=0.1&label=Payroll", []string{btc}},
		{"BITCOIN:" + strings.ToUpper(bech) + "?AMOUNT=1", []string{strings.ToUpper(bech)}},
		{" bitcoin://" + bech + " ", []string{bech}},
		{"bitcoin:" + btc, []string{btc}},
		{"litecoin:ltc1qx88q7zjd74lxwgkjmmwlqv5pd3vujuehexfttt?amount=2", []string{"ltc1qx88q7zjd74lxwgkjmmwlqv5pd3vujuehexfttt"}},
		{"monero:" + moneroFund + "?tx_amount=1.5&tx_description=rent", []string{moneroFund}},
		{"tron:" + tronUSDT + "?amount=10", []string{tronUSDT}},
		{"ripple:rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh?dt=7", []string{"rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh"}},
		// Solana Pay: the recipient, not the token mint or the reference.
		{"solana:" + payeeSol + "?amount=1&spl-token=" + sol + "&reference=" + sol + "&label=Shop", []string{payeeSol}},
		// A cashaddr's prefix is the scheme.
		{cash + "?amount=0.5", []string{strings.TrimPrefix(cash, "bitcoincash:")}},
		// EIP-681: a payment, and a token transfer whose payee is a
		// parameter.
		{"ethereum:" + payee + "@1?value=2.014e18", []string{payee}},
		{"ethereum:pay-" + payee + "@56", []string{payee}},
		{"ethereum:" + usdt + "/transfer?address=" + payee + "&uint256=1e6", []string{usdt, payee}},
		{"ETHEREUM:" + usdt + "@1/transfer?uint256=1&address=" + payee, []string{usdt, payee}},
		// Capitals throughout, as a QR code writes them.
		{"ETHEREUM:PAY-0X" + strings.ToUpper(payee[2:]) + "@1", []string{"0X" + strings.ToUpper(payee[2:])}},
		{"ETHEREUM:" + strings.ToUpper(usdt) + "/TRANSFER?ADDRESS=" + strings.ToUpper(payee), []string{strings.ToUpper(usdt), strings.ToUpper(payee)}},
		// Every address parameter: transferFrom names the payer, then
		// the payee.
		{"ethereum:" + usdt + "/transferFrom?address=" + usdt + "&address=" + payee + "&uint256=1", []string{usdt, usdt, payee}},
		// BIP 321: a segwit address in the bc parameter, beside the
		// path's or alone.
		{"bitcoin:" + btc + "?bc=" + bech, []string{btc, bech}},
		{"bitcoin:?BC=" + bech + "&amount=1", []string{bech}},
		// What else the URI says cannot hide its address: a malformed
		// parameter, another separator, a fragment.
		{"bitcoin:" + btc + "?label=Paid%20100%", []string{btc}},
		{"bitcoin:" + btc + "?amount=1;label=x", []string{btc}},
		{"bitcoin:" + btc + "?amount=%zz", []string{btc}},
		{"ethereum:" + payee + "?value=1&x=%zz", []string{payee}},
		{"ethereum:" + usdt + "/transfer?address=" + payee + "#memo", []string{usdt, payee}},
		{"bitcoin:" + btc + "#x", []string{btc}},
		{"ethereum:" + usdt + "/transfer?label=Invoice #4&address=" + payee, []string{usdt, payee}},
		{"bitcoin:?label=Order #5&bc=" + bech, []string{bech}},
		{"bitcoin:" + btc + "?amount=1?bc=" + bech, []string{btc, bech}},
		{"ethereum:" + usdt + "/transfer?uint256=1& address =" + payee + "/", []string{usdt, payee}},
		{"ethereum:" + usdt + "/transfer?address=" + payee + ",&uint256=1", []string{usdt, payee}},
		// An ENS name for the token: the payee is still read.
		{"ethereum:tether.eth/transfer?address=" + payee, []string{payee}},
		// The address without "0x", as some wallets write it.
		{"ethereum:" + payee[2:] + "@56?value=1", []string{payee[2:]}},
		{"ethereum:" + strings.ToUpper(payee[2:]), []string{strings.ToUpper(payee[2:])}},
	} {
		got, err := URIAddresses(tc.uri)
		if err != nil {
			t.Errorf("URIAddresses(%q): %v", tc.uri, err)
			continue
		}
		if d := cmp.Diff(tc.want, got); d != "" {
			t.Errorf("URIAddresses(%q) (-want +got):\n%s", tc.uri, d)
		}
		if !IsURI(tc.uri) {
			t.Errorf("IsURI(%q) = false", tc.uri)
		}
	}
	for _, tc := range []struct{ uri, why string }{
		{btc, "no scheme"},
		{"mailto:someone@example.com", `"mailto" is not a payment URI scheme`},
		{"bitcoin:", "names no address"},
		{"bitcoin:?amount=1", "names no address"},
		{"ethereum:vitalik.eth?value=1", "is a name"},
		{"ethereum:" + payee[3:] + "?value=1", "is a name"}, // 39 hex digits
		{"ethereum:" + payee[2:] + "0", "is a name"},        // 41
		{"solana:https://example.com/pay?id=1", "transaction request"},
	} {
		got, err := URIAddresses(tc.uri)
		if !errors.Is(err, ErrURI) || !strings.Contains(err.Error(), tc.why) {
			t.Errorf("URIAddresses(%q) = %q, %v; want an error saying %q", tc.uri, got, err, tc.why)
		}
	}
	if IsURI(btc) || IsURI("mailto:x@y") || IsURI(payee) {
		t.Error("IsURI takes a bare address or another scheme for a payment URI")
	}
}

const payeeSol = "11111111111111111111111111111111"

// uriScheme is the payment URI scheme of each asset code's chain.
var uriScheme = map[Asset]string{
	XBT: "bitcoin", LTC: "litecoin", DASH: "dash", ZEC: "zcash", BTG: "bitcoingold", BSV: "bitcoinsv",
	BCH: "bitcoincash", XVG: "verge", XMR: "monero", TRX: "tron", XRP: "ripple", SOL: "solana",
	ETH: "ethereum", ETC: "ethereum", BSC: "ethereum", ARB: "ethereum", BNB: "ethereum", USDT: "ethereum", USDC: "ethereum",
}

// Every listed address, written as a payment URI of its chain with an
// amount, gives itself back.
func TestURIAddressesListed(t *testing.T) {
	for _, p := range listedPairs(t) {
		scheme := uriScheme[p.asset]
		if scheme == "" {
			t.Fatalf("no scheme for %s", p.asset)
		}
		uri := scheme + ":" + p.address + "?amount=1"
		if scheme == "ethereum" && !hasPrefixFold(p.address, "0x") {
			continue // USDT on TRON, BNB on its Beacon Chain: no EIP-681
		}
		got, err := URIAddresses(uri)
		if err != nil || len(got) != 1 || got[0] != p.address {
			t.Errorf("URIAddresses(%q) = %q, %v", uri, got, err)
		}
	}
}
