package sdn

import (
	"bufio"
	"bytes"
	"compress/bzip2"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"unicode"
	"unicode/utf8"
)

// Parse reads one list file in any of OFAC's XML formats, or in the
// library's own compact form (List.MarshalBinary): the advanced XML
// (sdn_advanced.xml, cons_advanced.xml, in either namespace), the enhanced
// XML (SDN_ENHANCED.XML, CONS_ENHANCED.XML) or the classic XML (SDN.XML,
// consolidated.xml). Gzip- or bzip2-compressed input is unwrapped first.
//
// The format is told from the document's root element. Input that is none of
// these, or that is cut short or malformed, gives an error that wraps
// ErrFormat and says where it went wrong; Parse never returns part of a list.
func Parse(r io.Reader) (*List, error) {
	return parseNamed(r, "")
}

func parseNamed(r io.Reader, name string) (*List, error) {
	br, err := unwrap(r)
	if err != nil {
		return nil, &ParseError{File: name, Err: err}
	}
	head, _ := br.Peek(4096)
	if bytes.HasPrefix(head, []byte(compactMagic)) {
		data, err := io.ReadAll(br)
		if err != nil {
			return nil, &ParseError{File: name, Err: err}
		}
		l := new(List)
		if err := l.UnmarshalBinary(data); err != nil {
			err.(*ParseError).File = name
			return nil, err
		}
		return l, nil
	}
	format, err := sniff(head)
	if err != nil {
		return nil, &ParseError{File: name, Err: err}
	}
	var l *List
	switch format {
	case FormatAdvancedXML:
		l, err = readAdvanced(br)
	case FormatEnhancedXML:
		l, err = readEnhanced(br)
	case FormatClassicXML:
		l, err = readClassic(br)
	}
	if err != nil {
		var pe *ParseError
		if errors.As(err, &pe) && pe.File == "" {
			pe.File = name
		}
		return nil, err
	}
	return l, nil
}

// unwrap returns a buffered reader over r with any gzip or bzip2 wrapping
// removed.
func unwrap(r io.Reader) (*bufio.Reader, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	magic, err := br.Peek(3)
	if err != nil && len(magic) == 0 {
		if err == io.EOF {
			return nil, errors.New("empty input")
		}
		return nil, err
	}
	switch {
	case len(magic) >= 2 && magic[0] == 0x1f && magic[1] == 0x8b:
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("gzip: %w", err)
		}
		return bufio.NewReaderSize(zr, 1<<16), nil
	case len(magic) == 3 && string(magic) == "BZh":
		return bufio.NewReaderSize(&bzip2Reader{r: bzip2.NewReader(br)}, 1<<16), nil
	}
	return br, nil
}

// bzip2Reader turns the panics-free but untyped errors of compress/bzip2
// into errors that say where they come from.
type bzip2Reader struct{ r io.Reader }

func (b *bzip2Reader) Read(p []byte) (int, error) {
	n, err := b.r.Read(p)
	if err != nil && err != io.EOF {
		err = fmt.Errorf("bzip2: %w", err)
	}
	return n, err
}

// sniff tells the format from the first bytes of an XML document.
func sniff(head []byte) (Format, error) {
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	root := rootElement(head)
	switch root {
	case "Sanctions":
		return FormatAdvancedXML, nil
	case "sanctionsData":
		return FormatEnhancedXML, nil
	case "sdnList":
		return FormatClassicXML, nil
	case "":
		if len(bytes.TrimSpace(head)) == 0 {
			return "", errors.New("empty input")
		}
		return "", errors.New("not an OFAC XML list: no root element in the first 4 KiB")
	}
	return "", fmt.Errorf("not an OFAC XML list: root element <%s>", printableName(root))
}

// printableName keeps a name read from unknown input fit for a message:
// at most 64 bytes, quoted when it holds anything but printable text.
func printableName(s string) string {
	if len(s) > 64 {
		s = s[:64]
	}
	for _, r := range s {
		if r == utf8.RuneError || !unicode.IsPrint(r) {
			return strconv.Quote(s)
		}
	}
	return s
}

// rootElement returns the local name of the first element in head,
// skipping the XML declaration, comments, processing instructions and
// DOCTYPE.
func rootElement(head []byte) string {
	for {
		i := bytes.IndexByte(head, '<')
		if i < 0 || i+1 >= len(head) {
			return ""
		}
		head = head[i+1:]
		switch head[0] {
		case '?', '!':
			continue
		}
		end := bytes.IndexAny(head, " \t\r\n/>")
		if end < 0 {
			return ""
		}
		name := head[:end]
		if c := bytes.IndexByte(name, ':'); c >= 0 {
			name = name[c+1:]
		}
		return string(name)
	}
}

// Open reads the list at path: a file in any format Parse reads, or a folder
// that holds a CSV quartet (sdn.csv, add.csv, alt.csv, sdn_comments.csv, or
// the consolidated cons_prim.csv, cons_add.csv, cons_alt.csv,
// cons_comments.csv).
func Open(path string) (*List, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if fi.IsDir() {
		return openCSVDir(path)
	}
	if filepath.Base(path) == "sdn.csv" || filepath.Base(path) == "cons_prim.csv" {
		return openCSVDir(filepath.Dir(path))
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return parseNamed(f, filepath.Base(path))
}
