// Package dgram provides node's dgram module (UDP sockets) on Go's net
// package and the loop's poller.
//
// A socket's descriptor is made by bind (as libuv makes it), with Go's
// net.ListenConfig so that the options reuseAddr and ipv6Only are set before
// the bind. Received datagrams reach the loop through internal/streamio's
// Reader, as every other socket's bytes do: the loop reads the descriptor
// itself when datagrams arrive (ReaderOptions.OnLoop), or a goroutine reads
// it where the loop cannot poll; one read is one datagram, its sender's
// address in a header the reader's source writes before it. Sends are
// tried at once on the loop; one the kernel cannot take yet waits, with
// those after it, for a goroutine that sends them in order.
//
// # Permissions
//
// An embedder's policy (runtime/permission, the CLI's --allow-net) sees a
// socket as it sees net's: bind asks for "listen" on the address and port
// (the implicit bind of a first send or connect to an ephemeral port, as a
// TCP client's, is not asked about), connect asks for "connect" on the
// peer, and every send to an address asks for "connect" on it, with the
// host as the script named it. A refused bind emits node's
// ERR_ACCESS_DENIED error as the socket's 'error'; a refused send or
// connect passes it to the callback, or emits it when there is none.
//
// The JS side looks addresses up with the dns module of
// bindings/network, which must be registered too (nodestd registers
// both).
package dgram

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

//go:embed js/dgram.js
var dgramSource string

//go:embed js/internal_dgram.js
var internalSource string

var modules = []runtime.Module{
	runtime.JSModule("dgram", dgramSource, binding),
	runtime.JSModule("internal/dgram", internalSource, binding),
}

// Modules returns the dgram module (and internal/dgram, which
// child_process's handle passing uses).
func Modules() []runtime.Module { return modules }

// binding is internalBinding('dgram'): create(ipv6) makes an unbound
// socket handle, adopt(fd) a bound one of a received descriptor.
func binding(rt *runtime.Runtime, _ string) (goja.Value, error) {
	o := rt.VM().NewObject()
	o.Set("create", func(ipv6 bool) *goja.Object { return newSocket(rt, ipv6).object() })
	o.Set("adopt", func(fd int) goja.Value { return adopt(rt, fd) })
	o.Set("guessHandleType", guessHandleType)
	return o, nil
}
