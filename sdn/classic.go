package sdn

import (
	"errors"
	"io"
)

func readClassic(r io.Reader) (*List, error) {
	return nil, errors.New("classic XML: not implemented yet")
}
