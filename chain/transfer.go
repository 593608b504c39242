package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"
)

// Kind says how value moved in a Transfer.
type Kind uint8

const (
	// Native is a payment in the chain's own coin made by a transaction:
	// the value of an EVM transaction, or one output of a Bitcoin
	// transaction.
	Native Kind = iota
	// Token is a token contract's record of a payment: an ERC-20
	// Transfer event.
	Token
	// Internal is native coin moved by a contract while it ran (an EVM
	// call with value inside a transaction). Only a node that traces
	// calls can see these.
	Internal
)

func (k Kind) String() string {
	switch k {
	case Native:
		return "native"
	case Token:
		return "token"
	case Internal:
		return "internal"
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// Transfer is one movement of value on a chain: who paid whom how much, in
// which transaction.
//
// Bitcoin does not say which input paid which output: a transaction spends
// all its inputs together. A Source reports every input address of a
// transaction as a sender of each of its outputs, each with the output's
// full value; such Transfers share TxHash, Kind and Index, and totals count
// them once (see Exposure).
type Transfer struct {
	// Asset is the code of the chain's own coin (ETH, XBT, BSC...): the
	// network the transfer was made on, also for a token transfer.
	Asset Asset
	// Token is the token contract's address (canonical form) for a Token
	// transfer, and empty for the chain's own coin.
	Token string
	// Kind says whether the chain's coin moved by a transaction, a token
	// contract or a contract call.
	Kind Kind
	// TxHash is the transaction's hash (hex, as the chain's explorers
	// print it).
	TxHash string
	// Index tells apart the transfers of one transaction: the position of
	// the log in its block for a Token transfer, the order of the call in
	// the transaction's trace for an Internal one, the output's index for
	// a Bitcoin output, 0 for an EVM transaction's own value.
	Index uint
	// From and To are the paying and the paid address in canonical form
	// (see Normalize). From is empty for newly minted coins (a coinbase)
	// and To for an output that pays no address (data, bare scripts).
	From, To string
	// Amount is in the asset's smallest unit: wei, satoshi, token base
	// units. It is never nil and never negative.
	Amount *big.Int
	// Block is the number (height) of the block holding the transaction,
	// and Time that block's timestamp.
	Block uint64
	Time  time.Time
}

// leg identifies the on-chain movement a Transfer reports, so that the
// several Transfers Bitcoin's co-spent inputs give for one output are
// counted once.
type leg struct {
	tx    string
	kind  Kind
	index uint
	to    string
}

func (t *Transfer) leg() leg { return leg{t.TxHash, t.Kind, t.Index, t.To} }

// Span bounds the part of a chain a Source searches: blocks From to To,
// both included, and of those only the blocks stamped at or after Since
// and before Until. The zero Span is the whole chain up to its head.
type Span struct {
	// From is the first block searched (0: the genesis block).
	From uint64
	// To is the last block searched; 0 means the chain's head when the
	// search starts.
	To uint64
	// Since, when not zero, skips blocks stamped before it.
	Since time.Time
	// Until, when not zero, skips blocks stamped at or after it.
	Until time.Time
}

// Open reports whether the span runs up to the chain's head, so that what
// it covers grows as blocks are added.
func (s Span) Open() bool { return s.To == 0 && s.Until.IsZero() }

// Contains reports whether a block of the given number and time lies in the
// span; to is the last block when s.To is 0 (the head).
func (s Span) Contains(block uint64, t time.Time) bool {
	if block < s.From || (s.To != 0 && block > s.To) {
		return false
	}
	if !s.Since.IsZero() && t.Before(s.Since) {
		return false
	}
	if !s.Until.IsZero() && !t.Before(s.Until) {
		return false
	}
	return true
}

func (s Span) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "blocks %d-", s.From)
	if s.To == 0 {
		b.WriteString("head")
	} else {
		fmt.Fprintf(&b, "%d", s.To)
	}
	if !s.Since.IsZero() {
		fmt.Fprintf(&b, " since %s", s.Since.UTC().Format(time.RFC3339))
	}
	if !s.Until.IsZero() {
		fmt.Fprintf(&b, " until %s", s.Until.UTC().Format(time.RFC3339))
	}
	return b.String()
}

// Source finds the transfers that paid or were paid by an address. The
// implementations that talk to nodes live in sub-packages (chain/evm,
// chain/bitcoin) so that a program that only screens names never compiles
// a node client.
//
// Transfers returns the transfers in the span with address on either side,
// in chain order, From and To in canonical form. An address that never
// moved value has no transfers and no error. When the search covered only
// part of what was asked, Transfers returns what it did find together with
// an *IncompleteError that says what is missing; any other error means
// there is no result (a malformed address wraps ErrInvalidAddress).
type Source interface {
	Transfers(ctx context.Context, address string, span Span) ([]Transfer, error)
}

// Reason says why part of a span was not searched.
type Reason string

const (
	// SpanCut: the Source searches at most a set number of blocks or
	// transactions (its options say how many) and the span held more.
	SpanCut Reason = "span cut"
	// ProviderLimit: the node refused the query as too large (too many
	// results, too wide a block range, rate limited) even when asked for
	// the least it could be asked for.
	ProviderLimit Reason = "provider limit"
	// InternalNotCovered: the node cannot trace calls, so value moved by
	// contracts (Internal transfers) was not seen.
	InternalNotCovered Reason = "internal transfers not covered"
	// NodeFailure: the node failed, stopped answering or answered with
	// something that is not JSON-RPC, and kept doing so through the
	// retries.
	NodeFailure Reason = "node failure"
	// Canceled: the context was canceled or its deadline passed.
	Canceled Reason = "canceled"
)

// Gap is one part of a span that was not searched, and why.
type Gap struct {
	Reason Reason
	// From and To are the blocks left out, both included; as in a Span, a
	// To of 0 means up to the chain's head (a search that failed before
	// it learnt where the head is leaves the whole span in doubt). A
	// Bitcoin search reads by transaction, not by block, so its gaps
	// include the block it stopped in, which may be partly searched.
	From, To uint64
	// Err is the cause as the Source met it: the node's error, the
	// context's error, or a description of the limit.
	Err error
}

func (g Gap) String() string {
	s := string(g.Reason)
	switch {
	case g.To != 0:
		s += fmt.Sprintf(" (blocks %d-%d)", g.From, g.To)
	case g.From != 0:
		s += fmt.Sprintf(" (blocks %d-head)", g.From)
	}
	if g.Err != nil {
		s += ": " + g.Err.Error()
	}
	return s
}

// ErrIncomplete is the sentinel of an *IncompleteError: the search did not
// cover everything that was asked for.
var ErrIncomplete = errors.New("chain: search incomplete")

// IncompleteError is returned, together with the transfers that were
// found, when a search did not cover the whole span. It unwraps to
// ErrIncomplete and to the cause of every gap, so that errors.Is finds
// context.DeadlineExceeded when that is what cut the search short.
type IncompleteError struct {
	Gaps []Gap
}

func (e *IncompleteError) Error() string {
	parts := make([]string, len(e.Gaps))
	for i, g := range e.Gaps {
		parts[i] = g.String()
	}
	return ErrIncomplete.Error() + ": " + strings.Join(parts, "; ")
}

// Unwrap returns ErrIncomplete and the gaps' causes.
func (e *IncompleteError) Unwrap() []error {
	errs := []error{ErrIncomplete}
	for _, g := range e.Gaps {
		if g.Err != nil {
			errs = append(errs, g.Err)
		}
	}
	return errs
}
