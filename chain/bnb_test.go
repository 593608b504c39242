package chain

import (
	"strings"
	"testing"

	"github.com/btcsuite/btcd/btcutil/bech32"
)

func TestBNBVectors(t *testing.T) {
	const listed = "bnb136ns6lfw4zs5hg4n85vdthaad7hq5m4gtkgf23"
	data, _ := bech32.ConvertBits(make([]byte, 32), 8, 5, true)
	long, _ := bech32.Encode("bnb", data)
	data, _ = bech32.ConvertBits(make([]byte, 20), 8, 5, true)
	bech32m, _ := bech32.EncodeM("bnb", data)
	cosmos, _ := bech32.Encode("cosmos", data)
	runVectors(t, []vector{
		{BNB, listed, listed, nil, "listed"},
		{BNB, strings.ToUpper(listed), listed, nil, "upper case"},
		{BNB, flip(listed, 15, b32), "", ErrChecksum, "one character changed"},
		{BNB, listed[:len(listed)-1], "", ErrChecksum, "last character dropped"},
		{BNB, long, "", ErrLength, "32-byte payload"},
		{BNB, bech32m, "", ErrChecksum, "bech32m instead of bech32"},
		{BNB, cosmos, "", ErrPrefix, "another Cosmos chain's prefix"},
	})
}

func TestZcashSapling(t *testing.T) {
	data, _ := bech32.ConvertBits([]byte(strings.Repeat("sapling payment address!!!!!!!!!!!!!!!!!!!!", 1)[:43]), 8, 5, true)
	zs, _ := bech32.Encode("zs", data)
	runVectors(t, []vector{
		{ZEC, zs, zs, nil, "43-byte Sapling payment address"},
		{ZEC, strings.ToUpper(zs), zs, nil, "upper case"},
		{ZEC, flip(zs, 20, b32), "", ErrChecksum, "one character changed"},
	})
}
