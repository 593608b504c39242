package chain

// BNB Beacon Chain (formerly Binance Chain) addresses are bech32 with HRP
// "bnb" over a 20-byte hash, Cosmos style. BNB on BNB Smart Chain uses 0x
// addresses instead; those are not the same account, so the two never share
// a key.
var bnbFormat = &format{
	name:  "BNB Beacon Chain bech32",
	fits:  func(s string) bool { return hasPrefixFold(s, "bnb1") },
	parse: func(s string) (parsed, error) { return decodeBech32Payload(s, "bnb", 20) },
}
