package sdn

import (
	"bytes"
	"errors"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestCompactRoundTrip(t *testing.T) {
	for _, name := range []string{"fixture", "real"} {
		t.Run(name, func(t *testing.T) {
			var l *List
			if name == "fixture" {
				l = mustAdvancedFixture(t)
			} else {
				l = mustRealAdvanced(t)
			}
			data, err := l.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			var got List
			if err := got.UnmarshalBinary(data); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(l, &got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("round trip differs:\n%s", diff)
			}
			// Parse recognises the compact form too.
			parsed, err := Parse(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			if len(parsed.Entries) != len(l.Entries) || !parsed.Published.Equal(l.Published) {
				t.Errorf("Parse of compact form: %d entries, %v", len(parsed.Entries), parsed.Published)
			}
		})
	}
}

func TestCompactCorrupt(t *testing.T) {
	l := mustAdvancedFixture(t)
	data, err := l.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	for cut := 0; cut < len(data)-1; cut += len(data)/301 + 1 {
		var got List
		if err := got.UnmarshalBinary(data[:cut]); err == nil || !errors.Is(err, ErrFormat) {
			t.Fatalf("cut at %d of %d: error %v, want one that wraps ErrFormat", cut, len(data), err)
		}
	}
	var got List
	if err := got.UnmarshalBinary(append(data[:len(data):len(data)], 0)); err == nil {
		t.Error("trailing byte accepted")
	}
	if err := got.UnmarshalBinary([]byte("OFACLIST\x02rest")); err == nil {
		t.Error("another version accepted")
	}
}

func BenchmarkCompactDecode(b *testing.B) {
	l := mustRealAdvanced(b)
	data, err := l.MarshalBinary()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var got List
		if err := got.UnmarshalBinary(data); err != nil {
			b.Fatal(err)
		}
	}
}

func FuzzCompact(f *testing.F) {
	b, err := os.ReadFile(trimmedAdvanced)
	if err != nil {
		f.Fatal(err)
	}
	l, err := Parse(bytes.NewReader(b))
	if err != nil {
		f.Fatal(err)
	}
	data, err := l.MarshalBinary()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte(compactMagic))
	f.Fuzz(func(t *testing.T, data []byte) {
		var got List
		if err := got.UnmarshalBinary(data); err != nil {
			if !errors.Is(err, ErrFormat) {
				t.Fatalf("error does not wrap ErrFormat: %v", err)
			}
			return
		}
		// What decodes must encode and decode to the same list.
		again, err := got.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var back List
		if err := back.UnmarshalBinary(again); err != nil {
			t.Fatalf("re-encoded list does not decode: %v", err)
		}
		if diff := cmp.Diff(got, back, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("re-encoding changed the list:\n%s", diff)
		}
	})
}
