package chain_test

import (
	"errors"
	"fmt"

	"github.com/sanctionscreen/ofac/chain"
	"github.com/sanctionscreen/ofac/sdn"
)

func ExampleWatchlist_Lookup() {
	// In real use the list comes from sdn.Open or sdn.Parse.
	list := &sdn.List{Entries: []sdn.Entry{{
		UID:  1,
		Name: "EXAMPLE EXCHANGE LTD",
		Wallets: []sdn.Wallet{
			{Asset: "USDT", Address: "0x983a81ca6FB1e441266D2FbcB7D8E530AC2E05A2"},
			{Asset: "BCH", Address: "qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a"},
		},
	}}}
	w := chain.NewWatchlist(list)

	// An ETH payout to the USDT address, typed in upper case.
	for _, l := range w.Lookup("0X983A81CA6FB1E441266D2FBCB7D8E530AC2E05A2") {
		fmt.Println(l.Entry.Name, "lists it as", l.Asset, l.Address)
	}
	// The cashaddr's legacy spelling is the same address.
	fmt.Println(len(w.Lookup("1BpEi6DfDAUFd7GtittLSdBeYJvcoaVggu")), "listing")
	fmt.Println(w.Lookup("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa") == nil)
	// Output:
	// EXAMPLE EXCHANGE LTD lists it as USDT 0x983a81ca6FB1e441266D2FbcB7D8E530AC2E05A2
	// 1 listing
	// true
}

func ExampleNormalize() {
	key, _ := chain.Normalize(chain.BCH, "bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a")
	fmt.Println(key)
	key, _ = chain.Normalize(chain.TRX, "41a614f803b6fd780986a42c78ec9c7f77e6ded13c")
	fmt.Println(key)

	// One letter in the wrong case breaks the EIP-55 checksum.
	_, err := chain.Normalize(chain.ETH, "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD")
	fmt.Println(errors.Is(err, chain.ErrInvalidAddress), errors.Is(err, chain.ErrChecksum))
	fmt.Println(err)
	// Output:
	// 1BpEi6DfDAUFd7GtittLSdBeYJvcoaVggu
	// TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t
	// true true
	// chain: ETH address "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD": EVM hex: bad checksum: mixed-case letters do not match EIP-55
}

func ExampleDetect() {
	fmt.Println(chain.Detect("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"))
	fmt.Println(chain.Detect("ltc1qx88q7zjd74lxwgkjmmwlqv5pd3vujuehexfttt"))
	// Output:
	// [USDT TRX USDC]
	// [LTC]
}

func ExampleURIAddresses() {
	// A USDT transfer request (EIP-681): the token contract, then the payee.
	addrs, err := chain.URIAddresses("ethereum:0xdAC17F958D2ee523a2206206994597C13D831ec7/transfer?address=0x8576acc5c05d6ce88f4e49bf65bdf0c62f91353c&uint256=1e6")
	fmt.Println(addrs, err)
	addrs, err = chain.URIAddresses("BITCOIN:BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ?AMOUNT=0.1")
	fmt.Println(addrs, err)
	// Output:
	// [0xdAC17F958D2ee523a2206206994597C13D831ec7 0x8576acc5c05d6ce88f4e49bf65bdf0c62f91353c] <nil>
	// [BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ] <nil>
}

// A payout address of a chain the list's asset codes do not cover is told
// from a mistyped one.
func ExampleOtherChain() {
	for _, a := range []string{
		"GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ", // a Stellar account
		"GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGA", // the same, one letter changed
	} {
		if o, ok := chain.OtherChain(a); ok {
			fmt.Println(o.Chain, o.Code)
		} else {
			fmt.Println("no address of any chain known here:", chain.Detect(a))
		}
	}
	// Output:
	// Stellar XLM
	// no address of any chain known here: []
}

func ExampleReadField() {
	// A payee's wallet field as people fill it in: a label in words, two
	// addresses, a block explorer's link, a typo.
	for _, field := range []string{
		"USDT TRC20: TAYhjpL8pPs8T84FSM329nffQpc6jD8GBM",
		"0x098B716B8Aaf21512996dC57EB0615e2383E2f96, bc1q05aktddf9ce4p7hh3stgsf253m4vweu7nkhtmw",
		"https://tronscan.org/#/address/TAYhjpL8pPs8T84FSM329nffQpc6jD8GBM",
		"ETH 0x098B716B8Aaf21512996dC57EB0615e2383E2f9",
	} {
		for _, p := range chain.ReadField(field) {
			if p.Err != nil {
				fmt.Println("not read:", p.Text)
				continue
			}
			fmt.Println(p.Addresses)
		}
	}
	// Output:
	// [TAYhjpL8pPs8T84FSM329nffQpc6jD8GBM]
	// [0x098B716B8Aaf21512996dC57EB0615e2383E2f96]
	// [bc1q05aktddf9ce4p7hh3stgsf253m4vweu7nkhtmw]
	// [TAYhjpL8pPs8T84FSM329nffQpc6jD8GBM]
	// not read: 0x098B716B8Aaf21512996dC57EB0615e2383E2f9
}
