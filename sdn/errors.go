package sdn

import (
	"errors"
	"fmt"
)

// ErrFormat is the sentinel every parse error wraps: the input is not a
// well-formed list in the format it claims (or seems) to be.
var ErrFormat = errors.New("sdn: bad list format")

// ParseError says where a list failed to parse. It unwraps to ErrFormat.
type ParseError struct {
	File   string // file name, when known
	Line   int    // 1-based line, when known (CSV; XML where counted)
	Offset int64  // byte offset into the (decompressed) input, when known
	UID    int    // the entry being read, when known
	Err    error  // what was wrong
}

func (e *ParseError) Error() string {
	msg := "sdn: "
	if e.File != "" {
		msg += e.File + ": "
	}
	if e.Line > 0 {
		msg += fmt.Sprintf("line %d: ", e.Line)
	}
	if e.Offset > 0 || e.Line == 0 {
		msg += fmt.Sprintf("byte %d: ", e.Offset)
	}
	if e.UID != 0 {
		msg += fmt.Sprintf("entry %d: ", e.UID)
	}
	return msg + e.Err.Error()
}

// Unwrap lets errors.Is find both ErrFormat and the underlying cause.
func (e *ParseError) Unwrap() []error { return []error{ErrFormat, e.Err} }
