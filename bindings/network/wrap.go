package network

import (
	"context"
	"crypto/tls"
	"net"
	"sync/atomic"
	"syscall"
	"time"

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

// secureSocket(conn, tls, cb, onsni) runs TLS over a connection a socket
// handle's detach() gave, or over a JS stream's duplexConn: a client, or
// a server when tls.isServer. The handshake runs off the loop; cb is
// called as connect's callback: cb(0, handle) or cb(errno, undefined,
// tlsError). A server with tls.sni asks onsni(servername, done) for its
// certificate, as a listener's onsni. It returns a function that abandons
// the handshake.
func secureSocket(rt *runtime.Runtime, call goja.FunctionCall) goja.Value {
	vm := rt.VM()
	var conn net.Conn
	switch c := call.Argument(0).Export().(type) {
	case *detachable:
		conn = c.Conn
	case *duplexConn:
		conn = c
	default:
		panic(vm.NewTypeError("secureSocket: not a detached connection"))
	}
	cb, _ := goja.AssertFunction(call.Argument(2))
	tlsOpts, _ := tlsOptionsFrom(vm, call.Argument(1))
	cfg, err := tlsOpts.config()
	if err != nil {
		conn.Close()
		panic(vm.NewGoError(err))
	}
	if !tlsOpts.IsServer && cfg.ServerName == "" && conn.RemoteAddr() == nil {
		// crypto/tls keys a client's sessions by its peer's address, which
		// a stream has not: no session is kept.
		cfg.ClientSessionCache, tlsOpts.cache = nil, nil
	}
	ctx, cancel := context.WithCancel(rt.Context())
	if tlsOpts.IsServer {
		// As node's servers: a handshake gives up after two minutes.
		ctx, cancel = context.WithTimeout(rt.Context(), 120*time.Second)
	}
	var enqueue func(func())
	_, overStream := conn.(*duplexConn)
	if !overStream {
		enqueue = rt.Loop().Reserve()
	} else {
		// As node's TLS over a JS stream: the handshake alone does not
		// keep the process alive (the stream, or the socket under it,
		// does).
		q := rt.Loop().NewTaskQueue()
		q.Unref()
		enqueue = q.Close
	}
	if onsni := call.Argument(3); tlsOpts.IsServer && tlsOpts.SNI {
		// The server's SNICallback chooses the certificate while the
		// handshake waits.
		q := rt.Loop().NewTaskQueue()
		q.Unref()
		stop := cancel
		cancel = func() {
			stop()
			q.Close(nil)
		}
		cfg = sniConfig(ctx, cfg, tlsOpts.keepSNI, tlsOpts.refuseSNI, func(name string, ch chan<- sniResult) bool {
			return q.Queue(func() { askSNI(rt, onsni, name, ch) })
		})
	}
	go func() {
		var tc *tls.Conn
		if tlsOpts.IsServer {
			tc = tls.Server(conn, cfg)
		} else {
			tc = tls.Client(conn, cfg)
		}
		code, message, tlsErr := handshake(ctx, tc, tlsOpts)
		// A connection an SNI callback refused closes once the server
		// has its error, as node's, which reports it before the client
		// can see the connection go.
		refused := tlsErr != nil && tlsOpts.sniRefused.Load()
		if tlsErr != nil && !refused {
			discardPending(conn)
			conn.Close()
		}
		enqueue(func() {
			cancel()
			if tlsErr != nil {
				rt.Call(cb, goja.Undefined(), vm.ToValue(-int(syscall.ECONNRESET)), goja.Undefined(), vm.ToValue(handshakeMessage(tlsErr)))
				if refused {
					discardPending(conn)
					conn.Close()
				}
				return
			}
			h := socketHandle(rt, tc)
			secureHandle(rt, h, tc, tlsOpts, code, message)
			if overStream {
				unref, _ := goja.AssertFunction(h.Get("unref"))
				_, _ = unref(h)
			}
			rt.Call(cb, goja.Undefined(), vm.ToValue(0), h)
		})
	}()
	return vm.ToValue(func() { cancel() })
}
