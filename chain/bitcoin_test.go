package chain

import (
	"strings"
	"testing"
)

// BIP-173 and BIP-350 test vectors (mainnet and testnet segwit), from
// https://github.com/bitcoin/bips/blob/master/bip-0350.mediawiki.
func TestBitcoinSegwitVectors(t *testing.T) {
	runVectors(t, []vector{
		{XBT, "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", nil, "BIP-350 valid, upper case"},
		{XBT, "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y", "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y", nil, "BIP-350 valid: v1, 40 bytes"},
		{XBT, "BC1SW50QGDZ25J", "bc1sw50qgdz25j", nil, "BIP-350 valid: v16"},
		{XBT, "bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs", "bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs", nil, "BIP-350 valid: v2"},
		{XBT, "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0", "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0", nil, "BIP-350 valid: taproot"},
		{XBT, "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7", "", ErrPrefix, "BIP-350 valid, but testnet"},
		{XBT, "tb1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c", "", ErrPrefix, "BIP-350 valid, but testnet"},
		{XBT, "tc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq5zuyut", "", ErrPrefix, "BIP-350: invalid human-readable part"},
		{XBT, "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd", "", ErrChecksum, "BIP-350: bech32 instead of bech32m"},
		{XBT, "BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL", "", ErrChecksum, "BIP-350: bech32 instead of bech32m"},
		{XBT, "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh", "", ErrChecksum, "BIP-350: bech32m instead of bech32"},
		{XBT, "bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4", "", ErrCharacter, "BIP-350: invalid character in checksum"},
		{XBT, "BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R", "", ErrPrefix, "BIP-350: invalid witness version"},
		{XBT, "bc1pw5dgrnzv", "", ErrLength, "BIP-350: program length 1"},
		{XBT, "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v8n0nx0muaewav253zgeav", "", ErrLength, "BIP-350: program length 41"},
		{XBT, "BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P", "", ErrLength, "BIP-350: v0 program of 16 bytes"},
		{XBT, "tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq47Zagq", "", ErrCharacter, "BIP-350: mixed case"},
		{XBT, "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v07qwwzcrf", "", ErrLength, "BIP-350: zero padding of more than 4 bits"},
		{XBT, "tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vpggkg4j", "", ErrPrefix, "BIP-350: non-zero padding, on testnet"},
		{XBT, "bc1gmk9yu", "", ErrLength, "BIP-350: empty data section"},
		// BIP-173's invalid vectors, read with BIP-350's rules.
		{XBT, "BC13W508D6QEJXTDG4Y5R3ZARVARY0C5XW7KN40WF2", "", ErrPrefix, "BIP-173: invalid witness version (17)"},
		{XBT, "bc1rw5uspcuh", "", ErrLength, "BIP-173: invalid program length"},
		{XBT, "bc10w508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kw5rljs90", "", ErrLength, "BIP-173: invalid program length"},
		{XBT, "bc1zw508d6qejxtdg4y5r3zarvaryvqyzf3du", "", ErrLength, "BIP-173: zero padding of more than 4 bits"},
		{XBT, "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t", "", ErrChecksum, "BIP-173 vector with its last character dropped"},
		{XBT, "bc1qw508d6qejxtdg4y5r3zarvarY0c5xw7kv8f3t4", "", ErrCharacter, "one letter in upper case"},
		{XBT, flip("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", 20, b32), "", ErrChecksum, "one character changed"},
	})
}

func TestBitcoinBase58Vectors(t *testing.T) {
	const genesis = "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa" // block 0's coinbase output
	const p2sh = "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"    // the Bitcoin wiki's P2SH example
	runVectors(t, []vector{
		{XBT, genesis, genesis, nil, "P2PKH"},
		{XBT, p2sh, p2sh, nil, "P2SH"},
		{XBT, "1r6S9vpUZPS5rb6gSdwV2bvSFcN3uSq4q", "1r6S9vpUZPS5rb6gSdwV2bvSFcN3uSq4q", nil, "33 characters: a hash with a leading zero byte (listed)"},
		{XBT, flip(genesis, 17, b58), "", ErrChecksum, "one character changed"},
		{XBT, genesis[:17] + strings.ToLower(genesis[17:18]) + genesis[18:], "", ErrChecksum, "one letter's case changed: base58 is case-sensitive"},
		{XBT, genesis[:33], "", ErrChecksum, "last character dropped: still 25 bytes"},
		{XBT, genesis[:30], "", ErrLength, "four characters dropped"},
		{XBT, genesis + "1", "", ErrLength, "a character added"},
		{XBT, "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNl", "", ErrCharacter, "'l' is not base58"},
		{XBT, "mipcBbFg9gMiCh81Kj8tqqdgoZub1ZJRfn", "", ErrPrefix, "testnet P2PKH"},
		{XBT, "LNf2JDiuunBz7GMDKFYHN4rq5meXWxiwfb", "", ErrPrefix, "a litecoin address"},
		{XBT, "ltc1qx88q7zjd74lxwgkjmmwlqv5pd3vujuehexfttt", "", ErrPrefix, "a litecoin segwit address"},
		{XBT, "0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798", "", ErrPrefix, "a public key, which btcutil would take"},
		{XBT, "TUCsTq7TofTCJRRoHk6RvhMoS2mJLm5Yzq", "", ErrPrefix, "a TRON address (listed as XBT)"},
	})
}

func TestBitcoinForkVectors(t *testing.T) {
	runVectors(t, []vector{
		// Litecoin: listed addresses, and a P2WPKH vector from
		// mrtnetwork/blockchain_utils (hash 31ce0f0a...).
		{LTC, "LNf2JDiuunBz7GMDKFYHN4rq5meXWxiwfb", "LNf2JDiuunBz7GMDKFYHN4rq5meXWxiwfb", nil, "L... P2PKH (listed)"},
		{LTC, "M8yFL6SFC6TreATegTyuSYkDfDRbisdpT3", "M8yFL6SFC6TreATegTyuSYkDfDRbisdpT3", nil, "M... P2SH (listed)"},
		{LTC, "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", nil, "old 3... P2SH"},
		{LTC, "LTC1QX88Q7ZJD74LXWGKJMMWLQV5PD3VUJUEHEXFTTT", "ltc1qx88q7zjd74lxwgkjmmwlqv5pd3vujuehexfttt", nil, "ltc1 P2WPKH, upper case"},
		{LTC, flip("ltc1qx88q7zjd74lxwgkjmmwlqv5pd3vujuehexfttt", 12, b32), "", ErrChecksum, "one character changed"},
		{LTC, flip("LNf2JDiuunBz7GMDKFYHN4rq5meXWxiwfb", 12, b58), "", ErrChecksum, "one character changed"},
		{LTC, "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "", ErrPrefix, "a bitcoin P2PKH address"},
		{LTC, "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", "", ErrPrefix, "a bitcoin segwit address"},
		// Dash, Zcash, Bitcoin Gold, Verge: listed addresses.
		{DASH, "XnPFsRWTaSgiVauosEwQ6dEitGYXgwznz2", "XnPFsRWTaSgiVauosEwQ6dEitGYXgwznz2", nil, "X... (listed)"},
		{DASH, flip("XnPFsRWTaSgiVauosEwQ6dEitGYXgwznz2", 10, b58), "", ErrChecksum, "one character changed"},
		{DASH, "XnPFsRWTaSgiVauosEwQ6dEitGYXg", "", ErrLength, "five characters dropped"},
		{DASH, "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "", ErrPrefix, "a bitcoin address"},
		{ZEC, "t1MMXtBrSp1XG38Lx9cePcNUCJj5vdWfUWL", "t1MMXtBrSp1XG38Lx9cePcNUCJj5vdWfUWL", nil, "t1... (listed)"},
		{ZEC, flip("t1MMXtBrSp1XG38Lx9cePcNUCJj5vdWfUWL", 10, b58), "", ErrChecksum, "one character changed"},
		{ZEC, "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "", ErrPrefix, "a bitcoin address"},
		{ZEC, "t1MMXtBrSp1XG38Lx9cePcNUCJj5vd", "", ErrLength, "five characters dropped"},
		{BTG, "GPwg61XoHqQPNmAucFACuQ5H9sGCDv9TpS", "GPwg61XoHqQPNmAucFACuQ5H9sGCDv9TpS", nil, "G... (listed)"},
		{BTG, flip("GPwg61XoHqQPNmAucFACuQ5H9sGCDv9TpS", 10, b58), "", ErrChecksum, "one character changed"},
		{BTG, "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "", ErrPrefix, "a bitcoin address"},
		{XVG, "DFFJhnQNZf8rf67tYnesPu7MuGUpYtzv7Z", "DFFJhnQNZf8rf67tYnesPu7MuGUpYtzv7Z", nil, "D... (listed)"},
		{XVG, flip("DFFJhnQNZf8rf67tYnesPu7MuGUpYtzv7Z", 10, b58), "", ErrChecksum, "one character changed"},
		{XVG, "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "", ErrPrefix, "a bitcoin address"},
	})
}

// TestVersionBytes checks each coin's version bytes against the leading
// character they are known to give, encoding a zero and an all-ones hash.
func TestVersionBytes(t *testing.T) {
	for _, c := range []*utxoCoin{bitcoinCoin, litecoinCoin, dashCoin, zcashCoin, bitcoinGoldCoin, vergeCoin} {
		for _, v := range c.versions {
			for _, fill := range []byte{0x00, 0xff} {
				hash := make([]byte, 20)
				for i := range hash {
					hash[i] = fill
				}
				s := bitcoinAlphabet.encodeCheck(v.b, hash)
				if lead := v.kind[strings.Index(v.kind, " ")+1:]; !strings.HasPrefix(s, strings.TrimSuffix(lead, "...")) {
					t.Errorf("%s version %x encodes as %s, want it to start %s", c.name, v.b, s, lead)
				}
				if got, err := c.parse(s); err != nil || got.key != s {
					t.Errorf("%s parse(%s) = %v, %v", c.name, s, got, err)
				}
			}
		}
	}
}
