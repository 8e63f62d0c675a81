package network

import (
	"context"
	"crypto/tls"
	"net"
	"sync/atomic"
	"syscall"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

// tls.connect({socket}) over a connected net.Socket: the socket's Go
// connection is taken from under its handle (which then closes without
// closing it) and the TLS client runs over it, as node's TLSSocket runs
// over the wrapped socket's descriptor.

// detachable is a plain socket's connection as its handle holds it: once
// detached, closing it through the handle leaves the connection open for
// its new owner.
type detachable struct {
	net.Conn
	detached atomic.Bool
}

// Close closes the connection unless it was detached.
func (d *detachable) Close() error {
	if d.detached.Load() {
		return nil
	}
	return d.Conn.Close()
}

// SyscallConn is the connection's own, so that writes go straight to the
// descriptor as they do for an unwrapped socket.
func (d *detachable) SyscallConn() (syscall.RawConn, error) {
	if sc, ok := d.Conn.(syscall.Conn); ok {
		return sc.SyscallConn()
	}
	return nil, syscall.EINVAL
}

// detachFunc is a socket handle's detach(): it returns the connection
// (as an opaque value for secureSocket) and closes the handle without
// closing the connection, or a negative errno when the script has read
// from the socket already (bytes may be in the handle's reader).
func detachFunc(rt *runtime.Runtime, d *detachable, readStarted *bool, closeHandle func()) func() goja.Value {
	vm := rt.VM()
	return func() goja.Value {
		if *readStarted || d.detached.Load() {
			return vm.ToValue(-int(syscall.EBUSY))
		}
		d.detached.Store(true)
		closeHandle()
		return vm.ToValue(d)
	}
}

// secureSocket(conn, tls, cb) runs a TLS client over a connection a
// socket handle's detach() gave, off the loop, and calls cb as connect's
// callback: cb(0, handle) or cb(errno, undefined, tlsError). It returns a
// function that abandons the handshake.
func secureSocket(rt *runtime.Runtime, call goja.FunctionCall) goja.Value {
	vm := rt.VM()
	d, ok := call.Argument(0).Export().(*detachable)
	if !ok {
		panic(vm.NewTypeError("secureSocket: not a detached connection"))
	}
	cb, _ := goja.AssertFunction(call.Argument(2))
	tlsOpts, _ := tlsOptionsFrom(vm, call.Argument(1))
	cfg, err := tlsOpts.config()
	if err != nil {
		d.Conn.Close()
		panic(vm.NewGoError(err))
	}
	ctx, cancel := context.WithCancel(rt.Context())
	enqueue := rt.Loop().Reserve()
	go func() {
		tc := tls.Client(d.Conn, cfg)
		code, message, tlsErr := handshake(ctx, tc, tlsOpts, tlsOpts.roots())
		if tlsErr != nil {
			d.Conn.Close()
		}
		enqueue(func() {
			cancel()
			if tlsErr != nil {
				rt.Call(cb, goja.Undefined(), vm.ToValue(-int(syscall.ECONNRESET)), goja.Undefined(), vm.ToValue(tlsErr.Error()))
				return
			}
			h := socketHandle(rt, tc)
			h.Set("tlsInfo", peerInfo(vm, tc.ConnectionState(), code, message))
			rt.Call(cb, goja.Undefined(), vm.ToValue(0), h)
		})
	}()
	return vm.ToValue(func() { cancel() })
}
