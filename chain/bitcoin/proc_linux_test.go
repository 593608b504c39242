package bitcoin_test

import "syscall"

// procAttr has the kernel kill btcd when the test process dies, so that a
// test that panics or is killed leaves no node behind.
func procAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
