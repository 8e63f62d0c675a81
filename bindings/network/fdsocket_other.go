//go:build !unix

package network

import (
	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

// openFd is new net.Socket({fd}), which needs unix descriptors: elsewhere
// every descriptor is of a kind it cannot wrap.
func openFd(rt *runtime.Runtime, fd int) goja.Value {
	return rt.VM().ToValue("UNKNOWN")
}

// adoptNative is a received descriptor as a connected socket's handle.
func adoptNative(rt *runtime.Runtime, fd int) goja.Value {
	return adoptSocket(rt, fd)
}
