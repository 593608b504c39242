package sdn

import (
	"bytes"
	"errors"
	"testing"
)

// checkParseInvariants holds for any input: Parse returns a list or an
// error wrapping ErrFormat, never both, never a panic; a list's entries
// have a UID and a name.
func checkParseInvariants(t *testing.T, data []byte) {
	l, err := Parse(bytes.NewReader(data))
	if err != nil {
		if l != nil {
			t.Fatalf("list and error %v together", err)
		}
		if !errors.Is(err, ErrFormat) {
			t.Fatalf("error %v does not wrap ErrFormat", err)
		}
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Fatalf("error %T is not a *ParseError", err)
		}
		_ = err.Error()
		return
	}
	if l == nil {
		t.Fatal("no list and no error")
	}
	seen := map[int]bool{}
	for _, e := range l.Entries {
		if e.UID <= 0 || e.Name == "" {
			t.Fatalf("entry without UID or name: %+v", e)
		}
		if seen[e.UID] {
			t.Fatalf("UID %d twice", e.UID)
		}
		seen[e.UID] = true
	}
}

func FuzzParseEnhanced(f *testing.F) {
	// Trimmed real pieces of CONS_ENHANCED-2025-01-10.XML: an individual
	// with dates, an entity with Chinese names and documents, an entity with
	// Cyrillic addresses, and the header with its first reference values
	// (the whole header, 150 KB, is too big a seed to mutate).
	f.Add(enhancedPiece(f, false, 9639))
	f.Add(enhancedPiece(f, false, 9647, 26182))
	f.Add(enhancedPiece(f, false, 33112))
	f.Add(enhancedPiece(f, false, 17015))
	full := mustEnhancedBytes(f)
	refs := full[:bytes.Index(full, []byte(`    <referenceValue refId="11029">`))]
	f.Add(append(append([]byte(nil), refs...), "</referenceValues><entities>\n"+string(enhancedEntityBlock(f, full, 33112))+"</entities></sanctionsData>\n"...))
	f.Fuzz(checkParseInvariants)
}

func FuzzParseClassic(f *testing.F) {
	f.Add(mustClassicFixture(f))
	f.Add([]byte(classicDoc(classicHeader2, classicTwoEntries)))
	f.Add([]byte(classicDoc("", `<sdnEntry><uid>26323</uid><firstName>Guanghua</firstName><lastName>ZHENG</lastName><sdnType>Individual</sdnType><programList><program>SDNTK</program></programList><idList><id><uid>1</uid><idType>Digital Currency Address - XBT</idType><idNumber>33Kja69SQVc8kozpoP7Qw6HFtGxHkiWzTz</idNumber></id></idList></sdnEntry>`)))
	f.Add([]byte("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<sdnList><sdnEntry><uid>1</uid><lastName>MU\xd1OZ</lastName><sdnType>Individual</sdnType><programList/></sdnEntry></sdnList>"))
	f.Fuzz(checkParseInvariants)
}
