package evm_test

import (
	"bytes"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/core/vm"
)

var update = flag.Bool("update", false, "rewrite testdata/*.hex from testdata/*.asm")

// assemble turns the small assembly language of testdata/*.asm into EVM
// code: one instruction per line, "name:" a label, "@name" a label's offset
// and "@a-@b" the difference of two as a PUSH operand, ";" a comment. It
// exists because the tests deploy hand-written contracts and there is no
// Solidity compiler here; opcodes are go-ethereum's own (vm.StringToOp).
func assemble(src string) ([]byte, error) {
	type ins struct {
		op   vm.OpCode
		arg  string
		line int
	}
	var prog []ins
	labels := map[string]int{}
	pc := 0
	for n, line := range strings.Split(src, "\n") {
		if i := strings.IndexByte(line, ';'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		switch {
		case len(f) == 0:
			continue
		case len(f) == 1 && strings.HasSuffix(f[0], ":"):
			name := strings.TrimSuffix(f[0], ":")
			if _, dup := labels[name]; dup {
				return nil, fmt.Errorf("line %d: label %s defined twice", n+1, name)
			}
			labels[name] = pc
			continue
		case len(f) > 2:
			return nil, fmt.Errorf("line %d: %q: one operand at most", n+1, line)
		}
		op := vm.StringToOp(f[0])
		if op == vm.STOP && f[0] != "STOP" {
			return nil, fmt.Errorf("line %d: unknown opcode %s", n+1, f[0])
		}
		in := ins{op: op, line: n + 1}
		if len(f) == 2 {
			in.arg = f[1]
		}
		if op.IsPush() != (in.arg != "") || op == vm.PUSH0 && in.arg != "" {
			return nil, fmt.Errorf("line %d: %s: operand mismatch", n+1, f[0])
		}
		prog = append(prog, in)
		pc++
		if op.IsPush() {
			pc += int(op - vm.PUSH0)
		}
	}
	var out bytes.Buffer
	for _, in := range prog {
		out.WriteByte(byte(in.op))
		if !in.op.IsPush() || in.op == vm.PUSH0 {
			continue
		}
		size := int(in.op - vm.PUSH0)
		var v []byte
		switch {
		case strings.HasPrefix(in.arg, "0x"):
			b, err := hex.DecodeString(in.arg[2:])
			if err != nil {
				return nil, fmt.Errorf("line %d: %v", in.line, err)
			}
			v = b
		case strings.HasPrefix(in.arg, "@"):
			val := 0
			for i, term := range strings.Split(in.arg, "-") {
				off, ok := labels[strings.TrimPrefix(term, "@")]
				if !ok || !strings.HasPrefix(term, "@") {
					return nil, fmt.Errorf("line %d: unknown label in %s", in.line, in.arg)
				}
				if i == 0 {
					val = off
				} else {
					val -= off
				}
			}
			if val < 0 {
				return nil, fmt.Errorf("line %d: %s is negative", in.line, in.arg)
			}
			v = []byte(strconv.FormatInt(int64(val), 16))
			if len(v)%2 == 1 {
				v = append([]byte{'0'}, v...)
			}
			b, _ := hex.DecodeString(string(v))
			v = b
		default:
			return nil, fmt.Errorf("line %d: bad operand %s", in.line, in.arg)
		}
		if len(v) > size {
			return nil, fmt.Errorf("line %d: %s does not fit %s", in.line, in.arg, in.op)
		}
		out.Write(make([]byte, size-len(v)))
		out.Write(v)
	}
	return out.Bytes(), nil
}

// contractCode returns the deployment code of testdata/<name>.hex, checked
// against its source testdata/<name>.asm.
func contractCode(t testing.TB, name string) []byte {
	t.Helper()
	src, err := os.ReadFile("testdata/" + name + ".asm")
	if err != nil {
		t.Fatal(err)
	}
	code, err := assemble(string(src))
	if err != nil {
		t.Fatalf("%s.asm: %v", name, err)
	}
	if *update {
		if err := os.WriteFile("testdata/"+name+".hex", []byte(hex.EncodeToString(code)+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	h, err := os.ReadFile("testdata/" + name + ".hex")
	if err != nil {
		t.Fatal(err)
	}
	want, err := hex.DecodeString(strings.TrimSpace(string(h)))
	if err != nil {
		t.Fatalf("%s.hex: %v", name, err)
	}
	if !bytes.Equal(code, want) {
		t.Fatalf("%s.hex does not hold what %s.asm assembles to (run the tests with -update)", name, name)
	}
	return want
}

func TestAssemble(t *testing.T) {
	for _, tc := range []struct {
		src, want string
		bad       bool
	}{
		{src: "PUSH1 0x01\nPUSH1 0x02\nADD ; sum", want: "6001600201"},
		{src: "a:\nJUMPDEST\nPUSH1 @a\nJUMP", want: "5b600056"},
		{src: "PUSH1 @b-@a\na:\nSTOP\nSTOP\nb:", want: "60020000"},
		{src: "PUSH2 0x01", want: "610001"},
		{src: "PUSH1 0x0102", bad: true},
		{src: "FROB", bad: true},
		{src: "PUSH1", bad: true},
		{src: "ADD 0x01", bad: true},
		{src: "PUSH1 @nowhere", bad: true},
	} {
		got, err := assemble(tc.src)
		if tc.bad {
			if err == nil {
				t.Errorf("%q: no error", tc.src)
			}
			continue
		}
		if err != nil || hex.EncodeToString(got) != tc.want {
			t.Errorf("%q = %x, %v; want %s", tc.src, got, err, tc.want)
		}
	}
	contractCode(t, "token")
	contractCode(t, "forwarder")
}
