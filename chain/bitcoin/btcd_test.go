package bitcoin_test

import (
	"bytes"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/chaincfg"
	"github.com/btcsuite/btcd/rpcclient"
)

// btcdVersion is the btcd the tests run: the one whose packages this module
// uses (btcutil v1.2.0 goes with btcd v0.24.2).
const btcdVersion = "v0.24.2"

var (
	btcdOnce sync.Once
	btcdPath string
	btcdErr  error
)

// btcdBinary finds or builds the btcd the tests start: $OFAC_BTCD if set,
// else a binary built earlier into the temporary directory, else one built
// now with `go install github.com/btcsuite/btcd@v0.24.2`, which needs
// nothing but the go command and the module proxy. btcd's main package is
// built with its own go.mod: in this module's build list btcec/v2 is newer
// than btcd v0.24.2's main package compiles with, so `go tool btcd` from
// here cannot work.
func btcdBinary(t testing.TB) string {
	t.Helper()
	btcdOnce.Do(func() {
		if p := os.Getenv("OFAC_BTCD"); p != "" {
			btcdPath = p
			return
		}
		dir := filepath.Join(os.TempDir(), "ofac-btcd-"+btcdVersion)
		bin := filepath.Join(dir, "btcd")
		if runtime.GOOS == "windows" {
			bin += ".exe"
		}
		if fi, err := os.Stat(bin); err == nil && fi.Mode().IsRegular() && fi.Size() > 0 {
			btcdPath = bin
			return
		}
		goCmd := filepath.Join(runtime.GOROOT(), "bin", "go")
		if _, err := os.Stat(goCmd); err != nil {
			if goCmd, err = exec.LookPath("go"); err != nil {
				btcdErr = fmt.Errorf("the tests build btcd %s with the go command, and there is none in GOROOT (%s) or on PATH: install Go, or set OFAC_BTCD to a btcd %[1]s binary", btcdVersion, runtime.GOROOT())
				return
			}
		}
		// Build into a directory of our own, then move the binary in
		// place: test binaries of several packages may race here.
		tmp, err := os.MkdirTemp(os.TempDir(), "ofac-btcd-build-")
		if err != nil {
			btcdErr = err
			return
		}
		defer os.RemoveAll(tmp)
		cmd := exec.Command(goCmd, "install", "github.com/btcsuite/btcd@"+btcdVersion)
		cmd.Dir = tmp
		cmd.Env = append(os.Environ(), "GOBIN="+tmp, "GOFLAGS=", "GOWORK=off")
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Run(); err != nil {
			btcdErr = fmt.Errorf("the tests need btcd %s and could not build it (%v): `go install github.com/btcsuite/btcd@%[1]s` needs the Go module proxy (GOPROXY) or a module cache holding btcd %[1]s and its dependencies; or set OFAC_BTCD to a btcd binary. go said:\n%s",
				btcdVersion, err, out.String())
			return
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			btcdErr = err
			return
		}
		built := filepath.Join(tmp, filepath.Base(bin))
		if err := os.Rename(built, bin); err != nil {
			// Another package's tests may have put one there first.
			if _, statErr := os.Stat(bin); statErr != nil {
				btcdErr = err
				return
			}
		}
		btcdPath = bin
	})
	if btcdErr != nil {
		t.Fatal(btcdErr)
	}
	return btcdPath
}

// btcdNode is a btcd on simnet with the transaction and address indexes,
// its RPC on 127.0.0.1.
type btcdNode struct {
	host   string // 127.0.0.1:port of the RPC
	client *rpcclient.Client
	cmd    *exec.Cmd
	logs   string
}

const rpcUser, rpcPass = "ofac", "test"

var params = &chaincfg.SimNetParams

// startBtcd starts btcd, mining to miner, and stops it when the test ends
// (and, on Linux, when the test process dies: see procAttr).
func startBtcd(t testing.TB, miner btcutil.Address) *btcdNode {
	t.Helper()
	bin := btcdBinary(t)
	dir := t.TempDir()
	conf := filepath.Join(dir, "btcd.conf")
	if err := os.WriteFile(conf, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	port := freePort(t)
	n := &btcdNode{host: "127.0.0.1:" + strconv.Itoa(port), logs: filepath.Join(dir, "logs")}
	n.cmd = exec.Command(bin,
		"--simnet", "--txindex", "--addrindex",
		"--configfile="+conf, "--datadir="+filepath.Join(dir, "data"), "--logdir="+n.logs,
		"--rpcuser="+rpcUser, "--rpcpass="+rpcPass, "--rpclisten="+n.host, "--notls",
		"--nolisten", "--nodnsseed", "--miningaddr="+miner.EncodeAddress(), "--debuglevel=warn",
	)
	var out bytes.Buffer
	n.cmd.Stdout, n.cmd.Stderr = &out, &out
	n.cmd.SysProcAttr = procAttr()
	if err := n.cmd.Start(); err != nil {
		t.Fatalf("start btcd: %v", err)
	}
	exited := make(chan error, 1)
	go func() { exited <- n.cmd.Wait() }()
	t.Cleanup(func() {
		n.cmd.Process.Kill()
		<-exited
	})
	// Wait for the RPC port before making the client: rpcclient retries
	// a refused connection for many seconds on its own.
	deadline := time.Now().Add(30 * time.Second)
	for {
		c, err := net.DialTimeout("tcp", n.host, 200*time.Millisecond)
		if err == nil {
			c.Close()
			break
		}
		select {
		case err := <-exited:
			t.Fatalf("btcd exited before serving RPC (%v):\n%s", err, out.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("btcd did not serve RPC on %s within 30 s:\n%s", n.host, out.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	n.client = newClient(t, n.host)
	return n
}

func newClient(t testing.TB, host string) *rpcclient.Client {
	t.Helper()
	c, err := rpcclient.New(&rpcclient.ConnConfig{Host: host, User: rpcUser, Pass: rpcPass, HTTPPostMode: true, DisableTLS: true}, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Shutdown)
	return c
}

func freePort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// TestBtcdBinary fails, rather than skips, when btcd cannot be had: the
// Bitcoin tests are not optional.
func TestBtcdBinary(t *testing.T) {
	bin := btcdBinary(t)
	out, err := exec.Command(bin, "--version").CombinedOutput()
	if err != nil || !strings.Contains(string(out), strings.TrimPrefix(btcdVersion, "v")) {
		t.Fatalf("%s --version: %s %v; want %s", bin, out, err, btcdVersion)
	}
}
