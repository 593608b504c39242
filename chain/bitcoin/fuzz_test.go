package bitcoin

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/btcsuite/btcd/btcjson"
	"github.com/btcsuite/btcd/chaincfg"

	"github.com/sanctionscreen/ofac/chain"
)

// FuzzTransfers feeds the reader of one searchrawtransactions result what
// btcd might answer. Seeds are in btcd's shape: a payment spending two
// senders' coins, a coinbase, a spend with change, an OP_RETURN output and
// a bare multisig output.
func FuzzTransfers(f *testing.F) {
	const me = "sb1qw508d6qejxtdg4y5r3zarvary0c5xw7kygt080"
	f.Add(me, []byte(`{"txid":"0e3860bc0b0b2b3124a08aa1a93f65f4347b677fd64eb4ad7a495e695ffcd618","version":2,"locktime":0,"vin":[{"txid":"a9cd55e29b190a7bdba8c11fba9a81a090ba06feec74af19f66048c90d65e905","vout":0,"scriptSig":{"asm":"","hex":""},"prevOut":{"addresses":["SZ4k1bY8YPJ8HN5R4f2yx3QHy2a8gkHkjA"],"value":10},"sequence":4294967295},{"txid":"a9cd55e29b190a7bdba8c11fba9a81a090ba06feec74af19f66048c90d65e905","vout":1,"scriptSig":{"asm":"","hex":""},"prevOut":{"addresses":["SSbkYQr4b1YDtyVt7ZLZTnR2qHJcYNU9ne"],"value":10},"sequence":4294967295}],"vout":[{"value":15,"n":0,"scriptPubKey":{"asm":"0 751e76e8199196d454941c45d1b3a323f1433bd6","hex":"0014751e76e8199196d454941c45d1b3a323f1433bd6","type":"witness_v0_keyhash","address":"`+me+`","addresses":["`+me+`"]}},{"value":4.999,"n":1,"scriptPubKey":{"type":"pubkeyhash","address":"SSbkYQr4b1YDtyVt7ZLZTnR2qHJcYNU9ne","addresses":["SSbkYQr4b1YDtyVt7ZLZTnR2qHJcYNU9ne"]}}],"blockhash":"4c9f8ab4f0f3e8b3a1c0d0b2e9d81ad6a3c3f7c5b7e3d6a4b2a1f0e9d8c7b6a5","confirmations":2,"time":1763788000,"blocktime":1763788000}`))
	f.Add(me, []byte(`{"txid":"01","vin":[{"coinbase":"03a30101","sequence":4294967295}],"vout":[{"value":50,"n":0,"scriptPubKey":{"type":"witness_v0_keyhash","address":"`+me+`"}}],"confirmations":1,"blockhash":"02","blocktime":1}`))
	f.Add(me, []byte(`{"txid":"03","vin":[{"txid":"04","vout":0,"prevOut":{"addresses":["`+me+`"],"value":15}}],"vout":[{"value":3,"n":0,"scriptPubKey":{"addresses":["sb1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq"]}},{"value":0,"n":1,"scriptPubKey":{"type":"nulldata"}},{"value":0.5,"n":2,"scriptPubKey":{"type":"multisig","addresses":["SZ4k1bY8YPJ8HN5R4f2yx3QHy2a8gkHkjA","SSbkYQr4b1YDtyVt7ZLZTnR2qHJcYNU9ne"]}},{"value":10.999,"n":3,"scriptPubKey":{"addresses":["`+me+`"]}}],"confirmations":1,"blockhash":"05","blocktime":2}`))
	f.Add(me, []byte(`{"txid":"06","vin":[{"txid":"07","vout":0}],"vout":[]}`))
	s := New(nil, &chaincfg.SimNetParams)
	f.Fuzz(func(t *testing.T, key string, data []byte) {
		var tx btcjson.SearchRawTransactionsResult
		if key == "" || json.Unmarshal(data, &tx) != nil {
			return
		}
		ts, err := s.transfers(key, &tx, 9, time.Unix(1, 0))
		if err != nil {
			if ts != nil {
				t.Errorf("transfers with an error: %v", ts)
			}
			return
		}
		for _, tr := range ts {
			if tr.Amount == nil || tr.Amount.Sign() <= 0 || tr.Kind != chain.Native || tr.TxHash != tx.Txid {
				t.Errorf("bad transfer %+v", tr)
			}
			if (tr.From == key) == (tr.To == key) {
				t.Errorf("transfer %+v has the address on neither or both sides", tr)
			}
		}
	})
}
