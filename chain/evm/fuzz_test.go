package evm

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sanctionscreen/ofac/chain"
)

// fuzzAddr is the screened address of the fuzz seeds.
var fuzzAddr = common.HexToAddress("0xac1a7cda37e2dd7539454434a62243fc5f8a846a")

// FuzzInternalTransfers feeds the call-tracer reader what a node might
// answer to debug_traceBlockByNumber. Seeds are in the shape geth's
// callTracer gives (the forwarder transaction of the tests, a reverted
// call, a self-destruct, a delegate call).
func FuzzInternalTransfers(f *testing.F) {
	f.Add([]byte(`[{"txHash":"0xd36a847edfce32c50b8fa4cf4fb3f5dbf8065ea9d754ec1c431db4f50ac4ad21","result":{"from":"0x5b7b0d2a1ffbd2bd0d0e5e9bb0a3f4d8c2cd8d41","gas":"0x186a0","gasUsed":"0x8a3e","to":"0x31d031964af9b233d4b136bc5224bd21feea561b","input":"0x","calls":[{"from":"0x31d031964af9b233d4b136bc5224bd21feea561b","gas":"0x1348f","gasUsed":"0x0","to":"0xac1a7cda37e2dd7539454434a62243fc5f8a846a","input":"0x","value":"0xa688906bd8b00000","type":"CALL"}],"value":"0xa688906bd8b00000","type":"CALL"}}]`))
	f.Add([]byte(`[{"txHash":"0x01","result":{"from":"0x01","to":"0x02","type":"CALL","value":"0x1","calls":[{"from":"0x02","to":"0xac1a7cda37e2dd7539454434a62243fc5f8a846a","type":"CALL","value":"0x5","error":"execution reverted","calls":[{"from":"0x03","to":"0xac1a7cda37e2dd7539454434a62243fc5f8a846a","type":"CALL","value":"0x9"}]},{"from":"0xac1a7cda37e2dd7539454434a62243fc5f8a846a","to":"0x04","type":"SELFDESTRUCT","value":"0x10"},{"from":"0x02","to":"0xac1a7cda37e2dd7539454434a62243fc5f8a846a","type":"DELEGATECALL","value":"0x7"}]}},{"txHash":"0x02","result":{"from":"0x01","to":"0x02","type":"CALL","error":"out of gas"}}]`))
	f.Add([]byte(`[{"txHash":"0x03","error":"tracing failed: insufficient funds"}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var traces []txTrace
		if json.Unmarshal(data, &traces) != nil {
			return
		}
		b := &rpcBlock{Number: 7, Timestamp: 1_700_000_000, Transactions: make([]rpcTx, len(traces))}
		for i := range b.Transactions {
			b.Transactions[i].Hash = common.BigToHash(common.Big1)
		}
		rs, err := internalTransfers(fuzzAddr, chain.ETH, b, traces)
		if err != nil {
			if rs != nil {
				t.Errorf("transfers with an error: %v", rs)
			}
			return
		}
		for _, r := range rs {
			tr := r.t
			if tr.Kind != chain.Internal || tr.Index == 0 || tr.Amount == nil || tr.Amount.Sign() <= 0 {
				t.Errorf("bad transfer %+v", tr)
			}
			if tr.From != hexKey(fuzzAddr) && tr.To != hexKey(fuzzAddr) {
				t.Errorf("transfer %+v does not involve the address", tr)
			}
		}
	})
}

// FuzzTokenLogs feeds the ERC-20 log reader what a node might answer to
// eth_getLogs, seeded with a Transfer log of the tests' token, an ERC-721
// one (four topics) and a removed one.
func FuzzTokenLogs(f *testing.F) {
	f.Add([]byte(`[{"address":"0x31d031964af9b233d4b136bc5224bd21feea561b","topics":["0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef","0x0000000000000000000000005b7b0d2a1ffbd2bd0d0e5e9bb0a3f4d8c2cd8d41","0x000000000000000000000000ac1a7cda37e2dd7539454434a62243fc5f8a846a"],"data":"0x00000000000000000000000000000000000000000000001043561a8829300000","blockNumber":"0x3","transactionHash":"0x5a8b9529670c94e3b89c7a858f5e653a7ad815de71f2464abf740f1f96a38dac","transactionIndex":"0x0","blockHash":"0x8b1a9953c4611296a827abf8c47804d7e6c49c6b7f5d9a4b1f1e3e3b2e6c2b1a","blockTimestamp":"0x6740f3a2","logIndex":"0x0","removed":false}]`))
	f.Add([]byte(`[{"address":"0x31d031964af9b233d4b136bc5224bd21feea561b","topics":["0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef","0x0000000000000000000000005b7b0d2a1ffbd2bd0d0e5e9bb0a3f4d8c2cd8d41","0x000000000000000000000000ac1a7cda37e2dd7539454434a62243fc5f8a846a","0x0000000000000000000000000000000000000000000000000000000000000007"],"data":"0x","blockNumber":"0x3","transactionHash":"0x01","transactionIndex":"0x5","blockHash":"0x02","logIndex":"0x5","removed":false},{"address":"0x31d031964af9b233d4b136bc5224bd21feea561b","topics":["0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef","0x0000000000000000000000005b7b0d2a1ffbd2bd0d0e5e9bb0a3f4d8c2cd8d41","0x000000000000000000000000ac1a7cda37e2dd7539454434a62243fc5f8a846a"],"data":"0x0000000000000000000000000000000000000000000000000000000000000001","blockNumber":"0x4","transactionHash":"0x03","transactionIndex":"0x1","blockHash":"0x04","logIndex":"0x1","removed":true}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var logs []types.Log
		if json.Unmarshal(data, &logs) != nil {
			return
		}
		sc := &scan{s: &Source{o: defaults()}, addr: fuzzAddr, logs: make(map[logID]bool), times: make(map[uint64]time.Time)}
		sc.addLogs(logs)
		sc.addLogs(logs) // a log seen twice counts once
		seen := make(map[logID]bool)
		for _, r := range sc.records {
			tr := r.t
			id := logID{tr.Block, tr.Index}
			if seen[id] {
				t.Errorf("log %v counted twice", id)
			}
			seen[id] = true
			if tr.Kind != chain.Token || tr.Amount == nil || tr.Amount.Sign() <= 0 || tr.Token == "" {
				t.Errorf("bad transfer %+v", tr)
			}
			if tr.From != hexKey(fuzzAddr) && tr.To != hexKey(fuzzAddr) {
				t.Errorf("transfer %+v does not involve the address", tr)
			}
		}
	})
}
