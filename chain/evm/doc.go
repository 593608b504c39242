// Package evm is a chain.Source over an Ethereum-style JSON-RPC node
// (go-ethereum's ethclient): Ethereum, and the chains that speak its
// protocol (BNB Smart Chain, Arbitrum, Ethereum Classic...).
//
// It finds three kinds of transfer to and from an address:
//
//   - token transfers: ERC-20 Transfer events, through eth_getLogs with the
//     address in the indexed topics; logs with other than exactly three
//     topics (ERC-721 puts the token id in a fourth) are not counted;
//   - native transfers: transactions carrying value, found by reading every
//     block of the span, kept only when their receipt says they succeeded;
//   - internal transfers: value moved by contracts inside a transaction,
//     through debug_traceBlockByNumber with the call tracer. A node that
//     does not offer it (most hosted providers without a tracing plan)
//     gives a result marked chain.InternalNotCovered.
//
// Block ranges are paged, blocks and receipts fetched in JSON-RPC batches,
// pages run concurrently within a limit, and transient failures (network
// errors, HTTP 5xx and 429, error pages that are not JSON) retried with
// backoff. What could not be searched is reported, never dropped: the
// transfers found come back with a *chain.IncompleteError naming the blocks
// left out and why.
//
// The shortest use:
//
//	src, err := evm.Dial(ctx, "https://node.example/rpc")
//	...
//	exp, err := chain.OneHop(ctx, src, watchlist, "0x...", chain.Span{From: 21_000_000})
package evm
