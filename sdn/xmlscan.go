package sdn

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"
)

// xmlScanner is a small pull tokenizer for the subset of XML that OFAC's
// files use: elements, attributes, character data, comments, processing
// instructions, CDATA and the five predefined entities plus character
// references. It exists because encoding/xml's tokenizer alone needs more
// time on the 121 MB advanced XML than the whole parse may take: this one
// finds token boundaries with bytes.IndexByte over a large buffer and hands
// out slices of it without copying.
//
// It checks what a parser of these files needs to trust its input: tags
// are closed, end tags match start tags, the document ends with its root
// closed, and no byte is read past a truncation. It does not validate names
// or resolve namespaces (a prefix is dropped, so both namespaces in use read
// the same).
type xmlScanner struct {
	r     io.Reader
	buf   []byte
	pos   int   // next unread byte in buf
	end   int   // end of valid data in buf
	base  int64 // stream offset of buf[0]
	eof   bool
	rerr  error
	stack [][]byte // open element names (copies)
	depth int

	// The current token.
	kind     tokKind
	name     []byte // local name of a start or end element
	attrs    []byte // raw attribute text of a start element
	selfEnd  bool   // the start element was <x/>
	text     []byte // raw character data
	tokStart int64  // stream offset of the token

	pendingEnd bool // a self-closing element's end is still to be reported
	rootDone   bool // the root element has been closed
	unesc      []byte
	textBuf    []byte
}

type tokKind int

const (
	tokNone tokKind = iota
	tokStart
	tokEnd
	tokText
	tokEOF
)

const scanBufSize = 1 << 18

func newXMLScanner(r io.Reader) *xmlScanner {
	return &xmlScanner{r: r, buf: make([]byte, scanBufSize)}
}

// errorf returns a format error that names the current token's offset.
func (s *xmlScanner) errorf(format string, args ...any) error {
	return &ParseError{Offset: s.tokStart, Err: fmt.Errorf(format, args...)}
}

// fill reads more input, keeping buf[keep:end]. It returns false at the end
// of input or on a read error (kept in s.rerr).
func (s *xmlScanner) fill(keep int) bool {
	if s.eof {
		return false
	}
	if keep > 0 {
		n := copy(s.buf, s.buf[keep:s.end])
		s.base += int64(keep)
		s.pos -= keep
		s.end = n
	}
	if s.end == len(s.buf) {
		nb := make([]byte, 2*len(s.buf))
		copy(nb, s.buf[:s.end])
		s.buf = nb
	}
	for {
		n, err := s.r.Read(s.buf[s.end:])
		s.end += n
		if err != nil {
			s.eof = true
			if err != io.EOF {
				s.rerr = err
			}
			return n > 0
		}
		if n > 0 {
			return true
		}
	}
}

// next advances to the next token: a start element, an end element, or
// non-empty character data. Comments, processing instructions and the
// DOCTYPE are skipped. At the end of a well-formed document it returns
// tokEOF; a truncated or malformed document gives an error.
func (s *xmlScanner) next() (tokKind, error) {
	if s.pendingEnd {
		s.pendingEnd = false
		s.kind = tokEnd
		s.popOpen()
		return tokEnd, nil
	}
	for {
		start := s.pos
		s.tokStart = s.base + int64(start)
		i := bytes.IndexByte(s.buf[s.pos:s.end], '<')
		for i < 0 {
			more := s.fill(start)
			start = s.pos
			if !more {
				if s.rerr != nil {
					return tokNone, s.errorf("reading input: %w", s.rerr)
				}
				if s.depth > 0 {
					return tokNone, s.errorf("unexpected end of input inside <%s> (truncated file?): %w", s.stack[s.depth-1], io.ErrUnexpectedEOF)
				}
				if len(bytes.TrimSpace(s.buf[start:s.end])) > 0 {
					return tokNone, s.errorf("text after the root element")
				}
				s.pos = s.end
				s.kind = tokEOF
				return tokEOF, nil
			}
			i = bytes.IndexByte(s.buf[s.pos:s.end], '<')
		}
		if i > 0 {
			// Character data up to the '<'.
			s.text = s.buf[s.pos : s.pos+i]
			s.pos += i
			if s.depth == 0 {
				if len(bytes.TrimSpace(s.text)) > 0 {
					return tokNone, s.errorf("text outside the root element")
				}
				continue
			}
			s.kind = tokText
			return tokText, nil
		}
		// A markup construct starts at s.pos.
		k, err := s.markup()
		if err != nil {
			return tokNone, err
		}
		if k != tokNone {
			return k, nil
		}
	}
}

// ensure makes at least n bytes from s.pos available, reading more input
// if needed. It returns false if the input ends first.
func (s *xmlScanner) ensure(n int) bool {
	for s.end-s.pos < n {
		if !s.fill(s.pos) {
			return false
		}
	}
	return true
}

// find returns the index, relative to s.pos, of sep at or after from,
// reading more input as needed; -1 if the input ends first.
func (s *xmlScanner) find(sep []byte, from int) int {
	for {
		if j := bytes.Index(s.buf[s.pos+from:s.end], sep); j >= 0 {
			return from + j
		}
		if n := s.end - s.pos - len(sep) + 1; n > from {
			from = n
		}
		if !s.fill(s.pos) {
			return -1
		}
	}
}

func (s *xmlScanner) truncated(what string) error {
	if s.rerr != nil {
		return s.errorf("reading input: %w", s.rerr)
	}
	return s.errorf("unexpected end of input inside %s (truncated file?): %w", what, io.ErrUnexpectedEOF)
}

// markup reads the construct at s.pos (which holds '<'). It returns tokNone
// for constructs that are skipped.
func (s *xmlScanner) markup() (tokKind, error) {
	if !s.ensure(2) {
		return tokNone, s.truncated("a tag")
	}
	switch s.buf[s.pos+1] {
	case '?':
		j := s.find([]byte("?>"), 2)
		if j < 0 {
			return tokNone, s.truncated("a processing instruction")
		}
		s.pos += j + 2
		return tokNone, nil
	case '!':
		if s.ensure(4) && bytes.HasPrefix(s.buf[s.pos:s.end], []byte("<!--")) {
			j := s.find([]byte("-->"), 4)
			if j < 0 {
				return tokNone, s.truncated("a comment")
			}
			s.pos += j + 3
			return tokNone, nil
		}
		if s.ensure(9) && bytes.HasPrefix(s.buf[s.pos:s.end], []byte("<![CDATA[")) {
			j := s.find([]byte("]]>"), 9)
			if j < 0 {
				return tokNone, s.truncated("a CDATA section")
			}
			if s.depth == 0 {
				return tokNone, s.errorf("CDATA outside the root element")
			}
			s.text = s.buf[s.pos+9 : s.pos+j]
			s.pos += j + 3
			s.kind = tokText
			// CDATA is literal: mark it so that value() does not unescape.
			return tokText, nil
		}
		if s.depth > 0 {
			return tokNone, s.errorf("unexpected <! inside an element")
		}
		j := s.find([]byte(">"), 2) // DOCTYPE without an internal subset
		if j < 0 {
			return tokNone, s.truncated("a DOCTYPE")
		}
		s.pos += j + 1
		return tokNone, nil
	case '/':
		j := s.find([]byte(">"), 2)
		if j < 0 {
			return tokNone, s.truncated("an end tag")
		}
		name := bytes.TrimRight(s.buf[s.pos+2:s.pos+j], " \t\r\n")
		name = localName(name)
		s.pos += j + 1
		if s.depth == 0 {
			return tokNone, s.errorf("end tag </%s> without a start tag", name)
		}
		if open := s.stack[s.depth-1]; !bytes.Equal(open, name) {
			return tokNone, s.errorf("end tag </%s> does not match <%s>", name, open)
		}
		s.name = name
		s.popOpen()
		s.kind = tokEnd
		return tokEnd, nil
	}
	// A start tag: find its '>' outside quoted attribute values.
	j, quote := 1, byte(0)
	for {
		if s.pos+j >= s.end {
			if !s.fill(s.pos) {
				return tokNone, s.truncated("a start tag")
			}
			continue
		}
		c := s.buf[s.pos+j]
		if quote != 0 {
			if k := bytes.IndexByte(s.buf[s.pos+j:s.end], quote); k >= 0 {
				j += k + 1
				quote = 0
			} else {
				j = s.end - s.pos
			}
			continue
		}
		if c == '"' || c == '\'' {
			quote = c
		} else if c == '>' {
			break
		} else if c == '<' {
			return tokNone, s.errorf("'<' inside a start tag")
		}
		j++
	}
	tag := s.buf[s.pos+1 : s.pos+j]
	s.pos += j + 1
	s.selfEnd = false
	if n := len(tag); n > 0 && tag[n-1] == '/' {
		s.selfEnd = true
		tag = tag[:n-1]
	}
	nameEnd := bytes.IndexAny(tag, " \t\r\n")
	if nameEnd < 0 {
		nameEnd = len(tag)
	}
	if nameEnd == 0 {
		return tokNone, s.errorf("start tag without a name")
	}
	s.name = localName(tag[:nameEnd])
	s.attrs = tag[nameEnd:]
	if s.depth == 0 && s.rootDone {
		return tokNone, s.errorf("second root element <%s>", s.name)
	}
	s.pushOpen(s.name)
	if s.selfEnd {
		s.pendingEnd = true
	}
	s.kind = tokStart
	return tokStart, nil
}

func localName(b []byte) []byte {
	if c := bytes.IndexByte(b, ':'); c >= 0 {
		return b[c+1:]
	}
	return b
}

func (s *xmlScanner) pushOpen(name []byte) {
	if s.depth < len(s.stack) {
		s.stack[s.depth] = append(s.stack[s.depth][:0], name...)
	} else {
		s.stack = append(s.stack, append([]byte(nil), name...))
	}
	s.depth++
}

func (s *xmlScanner) popOpen() {
	s.depth--
	if s.depth == 0 {
		s.rootDone = true
	}
}

// attr returns the raw value of the named attribute of the current start
// element, and whether it is there.
func (s *xmlScanner) attr(name string) ([]byte, bool) {
	a := s.attrs
	for len(a) > 0 {
		i := bytes.Index(a, []byte(name))
		if i < 0 {
			return nil, false
		}
		// The name must stand alone: preceded by space, followed by '='.
		j := i + len(name)
		k := j
		for k < len(a) && (a[k] == ' ' || a[k] == '\t' || a[k] == '\r' || a[k] == '\n') {
			k++
		}
		if i > 0 && isSpace(a[i-1]) && k < len(a) && a[k] == '=' {
			k++
			for k < len(a) && isSpace(a[k]) {
				k++
			}
			if k < len(a) && (a[k] == '"' || a[k] == '\'') {
				q := a[k]
				if e := bytes.IndexByte(a[k+1:], q); e >= 0 {
					return a[k+1 : k+1+e], true
				}
			}
			return nil, false
		}
		a = a[j:]
	}
	return nil, false
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// attrIs reports whether the named attribute is there with the value v.
func (s *xmlScanner) attrIs(name, v string) bool {
	b, ok := s.attr(name)
	return ok && string(b) == v
}

// attrString returns the unescaped value of the named attribute, or "".
func (s *xmlScanner) attrString(name string) (string, error) {
	v, ok := s.attr(name)
	if !ok {
		return "", nil
	}
	return s.unescape(v)
}

// attrInt returns the named attribute as an int; missing gives 0, false.
func (s *xmlScanner) attrInt(name string) (int, bool) {
	v, ok := s.attr(name)
	if !ok {
		return 0, false
	}
	n, ok := atoi(v)
	return n, ok
}

func atoi(b []byte) (int, bool) {
	if len(b) == 0 || len(b) > 18 {
		return 0, false
	}
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

var errBadEntity = errors.New("bad entity reference")

// unescape resolves the predefined entities and character references in a
// raw value, and checks that it is valid UTF-8.
func (s *xmlScanner) unescape(raw []byte) (string, error) {
	if bytes.IndexByte(raw, '&') < 0 {
		if !utf8.Valid(raw) {
			return "", s.errorf("invalid UTF-8 in %q", raw)
		}
		return string(raw), nil
	}
	out := s.unesc[:0]
	for len(raw) > 0 {
		i := bytes.IndexByte(raw, '&')
		if i < 0 {
			out = append(out, raw...)
			break
		}
		out = append(out, raw[:i]...)
		raw = raw[i:]
		semi := bytes.IndexByte(raw, ';')
		if semi < 0 || semi > 12 {
			return "", s.errorf("%w in %q", errBadEntity, raw[:min(len(raw), 16)])
		}
		ent := raw[1:semi]
		raw = raw[semi+1:]
		switch string(ent) {
		case "amp":
			out = append(out, '&')
		case "lt":
			out = append(out, '<')
		case "gt":
			out = append(out, '>')
		case "quot":
			out = append(out, '"')
		case "apos":
			out = append(out, '\'')
		default:
			if len(ent) < 2 || ent[0] != '#' {
				return "", s.errorf("%w &%s;", errBadEntity, ent)
			}
			var n uint64
			var err error
			if ent[1] == 'x' || ent[1] == 'X' {
				n, err = strconv.ParseUint(string(ent[2:]), 16, 32)
			} else {
				n, err = strconv.ParseUint(string(ent[1:]), 10, 32)
			}
			if err != nil || !utf8.ValidRune(rune(n)) {
				return "", s.errorf("%w &%s;", errBadEntity, ent)
			}
			out = utf8.AppendRune(out, rune(n))
		}
	}
	s.unesc = out
	if !utf8.Valid(out) {
		return "", s.errorf("invalid UTF-8 in %q", out)
	}
	return string(out), nil
}

// textContent reads the character data of the element just started, up to
// its end tag, and returns it unescaped and trimmed. Child elements are an
// error: it is for leaf elements.
func (s *xmlScanner) textContent() (string, error) {
	if s.selfEnd {
		s.pendingEnd = false
		s.popOpen()
		return "", nil
	}
	acc := s.textBuf[:0]
	for {
		k, err := s.next()
		if err != nil {
			return "", err
		}
		switch k {
		case tokText:
			// Copy: reading the next token may move the buffer.
			acc = append(acc, s.text...)
		case tokEnd:
			s.textBuf = acc
			return s.unescape(bytes.TrimSpace(acc))
		case tokStart:
			return "", s.errorf("unexpected element <%s> inside a text element", s.name)
		case tokEOF:
			return "", s.truncated("a text element")
		}
	}
}

// skip skips the rest of the element just started, children included.
func (s *xmlScanner) skip() error {
	d := s.depth
	if s.selfEnd {
		_, err := s.next()
		return err
	}
	for s.depth >= d {
		k, err := s.next()
		if err != nil {
			return err
		}
		if k == tokEOF {
			return s.truncated("an element")
		}
	}
	return nil
}
