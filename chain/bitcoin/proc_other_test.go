//go:build !linux

package bitcoin_test

import "syscall"

// procAttr: only Linux can tie a child's life to its parent's; elsewhere
// the tests' cleanup stops btcd.
func procAttr() *syscall.SysProcAttr { return nil }
