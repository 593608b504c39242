package chain

import "testing"

func TestSolanaVectors(t *testing.T) {
	const usdcMint = "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v"
	runVectors(t, []vector{
		{SOL, "11111111111111111111111111111111", "11111111111111111111111111111111", nil, "system program: 32 zero bytes"},
		{SOL, "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA", "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA", nil, "SPL token program"},
		{SOL, usdcMint, usdcMint, nil, "USDC mint"},
		{SOL, "42RLPACwZPx3vYYmxSueqsogfynBDqXK298EDsNoyoHi", "42RLPACwZPx3vYYmxSueqsogfynBDqXK298EDsNoyoHi", nil, "listed"},
		// No checksum: a changed character is another valid key. Stated
		// here so that nobody believes otherwise.
		{SOL, flip(usdcMint, 20, b58), flip(usdcMint, 20, b58), nil, "one character changed: still 32 bytes"},
		{SOL, usdcMint[:40], "", ErrLength, "four characters dropped"},
		{SOL, "1111111111111111111111111111111", "", ErrLength, "31 characters"},
		{SOL, usdcMint[:10] + "0" + usdcMint[11:], "", ErrCharacter, "'0' is not base58"},
		{SOL, "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "", ErrLength, "a bitcoin address: 25 bytes"},
	})
}
