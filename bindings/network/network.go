// Package network provides Node's network modules on Go's net package:
// net (TCP and Unix-socket servers and sockets). Each connection is a
// bindings/stream Handle, so its bytes move through internal/streamio like
// every other Go-backed stream.
package network

import (
	_ "embed"
	"net/netip"
	"syscall"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

//go:embed js/net.js
var netSource string

var modules = []runtime.Module{
	runtime.JSModule("net", netSource, binding),
}

// Modules returns the net module.
func Modules() []runtime.Module { return modules }

// binding is internalBinding('net').
func binding(rt *runtime.Runtime, _ string) (goja.Value, error) {
	vm := rt.VM()
	o := vm.NewObject()
	o.Set("isIP", func(s string) int { return ipVersion(s) })
	o.Set("errname", func(errno int) string { return runtime.ErrnoName(syscall.Errno(-errno)) })
	o.Set("errmessage", func(errno int) string { return runtime.ErrnoMessage(syscall.Errno(-errno)) })
	o.Set("connect", func(call goja.FunctionCall) goja.Value { return connect(rt, call) })
	o.Set("listen", func(call goja.FunctionCall) goja.Value { return listen(rt, call) })
	return o, nil
}

// ipVersion is net.isIP: 4, 6 or 0. IPv6 addresses may carry a zone.
func ipVersion(s string) int {
	addr, err := netip.ParseAddr(s)
	if err != nil {
		return 0
	}
	if addr.Is4() {
		return 4
	}
	return 6
}
