package sdn

import (
	"errors"
	"io"
)

func readAdvanced(r io.Reader) (*List, error) {
	return nil, errors.New("advanced XML: not implemented yet")
}
