package chain

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Listed addresses of the snapshot, one per format the field tests use.
const (
	fieldLazarus = "0x098B716B8Aaf21512996dC57EB0615e2383E2f96"   // Lazarus Group, ETH
	fieldGrinex  = "TAYhjpL8pPs8T84FSM329nffQpc6jD8GBM"           // Grinex, TRX
	fieldWang    = "bc1q05aktddf9ce4p7hh3stgsf253m4vweu7nkhtmw"   // WANG, Yunhe, XBT
	fieldP2PKH   = "123WBUDmSJv4GctdVEz6Qq6z8nXSKrJ4KX"           // XBT
	fieldChatex  = "rnXyVQzgxZe7TR1EPzTkGj2jxH4LMJYh66"           // CHATEX, XRP
	fieldSol     = "42RLPACwZPx3vYYmxSueqsogfynBDqXK298EDsNoyoHi" // SOKOLOVSKI, Rolan, SOL
	fieldStellar = "GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWHF"
	fieldTxHash  = "0x5be5543ff73456ab9f2d207887e2af87322c651ea1a873c5b25b7ffae456c320"
)

// piece is a Piece as the tests write it: its error as the sentinel it
// wraps.
type piece struct {
	Text  string
	Kind  PieceKind
	Addrs []string
	Err   error
}

func addr(s string) piece { return piece{s, PieceAddress, []string{s}, nil} }

func link(s string, addrs ...string) piece { return piece{s, PieceLink, addrs, nil} }

// TestReadField: the addresses of a wallet field, whatever else it holds:
// labels in words, several addresses, block explorers' links, payment
// URIs among words; and the pieces that may be meant as an address and
// are none.
func TestReadField(t *testing.T) {
	tests := []struct {
		field string
		want  []piece
	}{
		{"", nil},
		{" \u200b ", nil},
		{fieldLazarus, []piece{addr(fieldLazarus)}},
		// A field that is an address as Detect reads it is one piece, its
		// label, quotes and the space where a cell wrapped included.
		{" ETH: " + fieldLazarus + " ", []piece{addr("ETH: " + fieldLazarus)}},
		{fieldLazarus[:14] + " " + fieldLazarus[14:], []piece{addr(fieldLazarus[:14] + " " + fieldLazarus[14:])}},
		// Labels in words.
		{"ETH " + fieldLazarus, []piece{addr(fieldLazarus)}},
		{"BTC " + fieldWang, []piece{addr(fieldWang)}},
		{"USDT TRC20: " + fieldGrinex, []piece{addr(fieldGrinex)}},
		{"USDT (TRC20) " + fieldGrinex, []piece{addr(fieldGrinex)}},
		{"USDT-TRC20:" + fieldGrinex, []piece{addr(fieldGrinex)}},
		{"BEP20 " + fieldLazarus, []piece{addr(fieldLazarus)}},
		{"wallet: " + fieldLazarus, []piece{addr(fieldLazarus)}},
		{"Address: " + fieldLazarus, []piece{addr(fieldLazarus)}},
		{"ARB " + fieldLazarus, []piece{addr(fieldLazarus)}},
		{"Polygon (PoS): " + fieldLazarus, []piece{addr(fieldLazarus)}},
		{"Wallet address (" + fieldGrinex + ").", []piece{addr(fieldGrinex)}},
		{fieldChatex + " 12345", []piece{addr(fieldChatex)}},
		// Several addresses.
		{fieldLazarus + ", " + fieldWang, []piece{addr(fieldLazarus), addr(fieldWang)}},
		{fieldLazarus + " " + fieldP2PKH, []piece{addr(fieldLazarus), addr(fieldP2PKH)}},
		{fieldLazarus + ";" + fieldP2PKH + "|" + fieldSol, []piece{addr(fieldLazarus), addr(fieldP2PKH), addr(fieldSol)}},
		{fieldLazarus + "，" + fieldWang, []piece{addr(fieldLazarus), addr(fieldWang)}}, // a fullwidth comma
		{fieldLazarus + " " + fieldLazarus, []piece{addr(fieldLazarus)}},
		{fieldStellar + "; " + fieldLazarus, []piece{addr(fieldStellar), addr(fieldLazarus)}},
		// Block explorers' links.
		{"https://etherscan.io/address/" + fieldLazarus, []piece{link("https://etherscan.io/address/"+fieldLazarus, fieldLazarus)}},
		{"https://bscscan.com/address/" + strings.ToLower(fieldLazarus) + "#tokentxns", []piece{link("https://bscscan.com/address/"+strings.ToLower(fieldLazarus)+"#tokentxns", strings.ToLower(fieldLazarus))}},
		{"etherscan.io/address/" + fieldLazarus, []piece{link("etherscan.io/address/"+fieldLazarus, fieldLazarus)}},
		{"https://tronscan.org/#/address/" + fieldGrinex, []piece{link("https://tronscan.org/#/address/"+fieldGrinex, fieldGrinex)}},
		{"https://mempool.space/address/" + fieldWang, []piece{link("https://mempool.space/address/"+fieldWang, fieldWang)}},
		{"https://www.blockchain.com/explorer/addresses/btc/" + fieldWang, []piece{link("https://www.blockchain.com/explorer/addresses/btc/"+fieldWang, fieldWang)}},
		{"https://blockchair.com/bitcoin/address/" + fieldP2PKH, []piece{link("https://blockchair.com/bitcoin/address/"+fieldP2PKH, fieldP2PKH)}},
		{"https://solscan.io/account/" + fieldSol, []piece{link("https://solscan.io/account/"+fieldSol, fieldSol)}},
		{"https://xrpscan.com/account/" + fieldChatex, []piece{link("https://xrpscan.com/account/"+fieldChatex, fieldChatex)}},
		{"https://etherscan.io/token/0xdAC17F958D2ee523a2206206994597C13D831ec7?a=" + fieldLazarus,
			[]piece{link("https://etherscan.io/token/0xdAC17F958D2ee523a2206206994597C13D831ec7?a="+fieldLazarus, "0xdAC17F958D2ee523a2206206994597C13D831ec7", fieldLazarus)}},
		{"see https://etherscan.io/address/" + fieldLazarus, []piece{link("https://etherscan.io/address/"+fieldLazarus, fieldLazarus)}},
		// A transaction's or a block's link names no address, though its
		// page shows some.
		{"https://etherscan.io/tx/" + fieldTxHash, []piece{{"https://etherscan.io/tx/" + fieldTxHash, PieceLink, nil, ErrLink}}},
		{"https://tronscan.org/#/transaction/" + fieldTxHash[2:], []piece{{"https://tronscan.org/#/transaction/" + fieldTxHash[2:], PieceLink, nil, ErrLink}}},
		{"https://etherscan.io/tx/" + fieldTxHash + "?from=" + fieldLazarus, []piece{{"https://etherscan.io/tx/" + fieldTxHash + "?from=" + fieldLazarus, PieceLink, nil, ErrLink}}},
		{"https://example.com/about", []piece{{"https://example.com/about", PieceLink, nil, ErrLink}}},
		// Payment URIs: a field that is one is read whole, and the
		// addresses written after it; one among words is a word.
		{"bitcoin:" + fieldP2PKH + "?amount=1;label=Rent; " + fieldLazarus,
			[]piece{{"bitcoin:" + fieldP2PKH + "?amount=1;label=Rent", PieceURI, []string{fieldP2PKH}, nil}, addr(fieldLazarus)}},
		{"ethereum:" + fieldLazarus + "?value=1 " + fieldLazarus + ".", []piece{{"ethereum:" + fieldLazarus + "?value=1 " + fieldLazarus + ".", PieceURI, []string{fieldLazarus}, nil}}},
		{"pay bitcoin:" + fieldWang + "?amount=1 today", []piece{{"bitcoin:" + fieldWang + "?amount=1", PieceURI, []string{fieldWang}, nil}}},
		{"Bitcoin: " + fieldWang, []piece{{"Bitcoin: " + fieldWang, PieceURI, []string{fieldWang}, nil}}},
		{"BTC bitcoin: " + fieldWang, []piece{addr(fieldWang)}},
		{"ethereum:vitalik.eth", []piece{{"ethereum:vitalik.eth", PieceURI, nil, ErrURI}}},
		// What may be meant as an address and is none is said, also
		// beside an address; short words and numbers are labels.
		{"hello", []piece{{"hello", PieceAddress, nil, ErrInvalidAddress}}},
		{"ETH", []piece{{"ETH", PieceAddress, nil, ErrInvalidAddress}}},
		{"0x123; " + fieldLazarus, []piece{{"0x123", PieceAddress, nil, ErrInvalidAddress}, addr(fieldLazarus)}},
		{`"0x098B..."`, []piece{{`"0x098B..."`, PieceAddress, nil, ErrInvalidAddress}}}, // one word: as written
		{"ETH 0x098B...", []piece{{"0x098B", PieceAddress, nil, ErrInvalidAddress}}},
		{fieldLazarus[:41] + " " + fieldWang, []piece{{fieldLazarus[:41], PieceAddress, nil, ErrInvalidAddress}, addr(fieldWang)}},
		{"0x4f47Bc496083C727c5fbe3CE9CDf2B0f6496270c", []piece{{"0x4f47Bc496083C727c5fbe3CE9CDf2B0f6496270c", PieceAddress, nil, ErrInvalidAddress}}}, // EIP-55 fails
		// An address inside a word is no address of the field.
		{"pay 0xabc" + fieldLazarus[2:] + "def now", []piece{{"0xabc" + fieldLazarus[2:] + "def", PieceAddress, nil, ErrInvalidAddress}}},
		{"x" + fieldGrinex + " y", []piece{{"x" + fieldGrinex, PieceAddress, nil, ErrInvalidAddress}}},
	}
	for _, tc := range tests {
		var got []piece
		for _, p := range ReadField(tc.field) {
			g := piece{p.Text, p.Kind, p.Addresses, nil}
			for _, sentinel := range []error{ErrInvalidAddress, ErrURI, ErrLink} {
				if errors.Is(p.Err, sentinel) {
					g.Err = sentinel
				}
			}
			if p.Err != nil && g.Err == nil {
				t.Errorf("ReadField(%q): piece %q error %v wraps no sentinel", tc.field, p.Text, p.Err)
			}
			got = append(got, g)
		}
		if diff := cmp.Diff(tc.want, got, cmp.Comparer(func(a, b error) bool { return a == b })); diff != "" {
			t.Errorf("ReadField(%q) (-want +got):\n%s", tc.field, diff)
		}
	}
}
