package chain

import (
	"errors"
	"fmt"
)

// ErrInvalidAddress is the sentinel every error of Normalize wraps: the
// string is not an address of the asset it was given for (or the asset code
// is one this package has no codec for; see ErrUnknownAsset).
var ErrInvalidAddress = errors.New("chain: invalid address")

// The reasons an address is rejected. An *AddressError unwraps to
// ErrInvalidAddress and to one of these, so that callers can tell a typo
// (ErrChecksum) from a value of another kind (ErrPrefix, ErrLength).
var (
	// ErrUnknownAsset: the asset code has no codec here; the value can
	// still be matched as text (the Watchlist does).
	ErrUnknownAsset = errors.New("unknown asset code")
	// ErrChecksum: the value has the right shape but its checksum (base58check,
	// bech32, cashaddr, Keccak, EIP-55 letter case) does not hold.
	ErrChecksum = errors.New("bad checksum")
	// ErrLength: the value or its decoded payload has the wrong length.
	ErrLength = errors.New("wrong length")
	// ErrPrefix: the leading characters, version byte or human-readable
	// part name another coin, network or address type.
	ErrPrefix = errors.New("unknown prefix")
	// ErrCharacter: a character outside the format's alphabet, or mixed
	// letter case where the format forbids it.
	ErrCharacter = errors.New("invalid character")
)

// AddressError says why an address was rejected, naming the asset and the
// address as given. It unwraps to ErrInvalidAddress and to the reason.
type AddressError struct {
	Asset   Asset  // the asset code as given
	Address string // the address as given
	Err     error  // the reason: wraps ErrChecksum, ErrLength, ErrPrefix, ErrCharacter or ErrUnknownAsset
}

func (e *AddressError) Error() string {
	return fmt.Sprintf("chain: %s address %q: %v", e.Asset, e.Address, e.Err)
}

// Unwrap lets errors.Is find both ErrInvalidAddress and the reason.
func (e *AddressError) Unwrap() []error { return []error{ErrInvalidAddress, e.Err} }
