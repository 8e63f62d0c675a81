package http

import (
	"net"
	"sync/atomic"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/bindings/network"
)

// An https server's connections: its listener accepts them plain and
// secures each on a goroutine with the server's current network.ServerTLS
// (tls.js's secure-context options, SNI and ticket keys), then hands the
// script the connection with its TLS state, or the failed handshake's
// error. Plain http listeners take none of this path.

// secureListener is what a listener of an https server keeps: its
// current TLS context and where failed handshakes go.
type secureListener struct {
	ctx     atomic.Pointer[network.ServerTLS]
	onerror goja.Callable
	onconn  goja.Callable // adoptConn's
}

// secureContext(request, onsni) reads an https server's TLS options
// (what tls.js's tlsRequest made of them) once, for the connections that
// follow; onsni(servername, done) answers SNI when request.sni. Bad
// options (a key that does not match its certificate) throw.
func (b *binding) secureContext(request, onsni goja.Value) goja.Value {
	st, err := network.NewServerTLS(b.rt, request, onsni)
	if err != nil {
		panic(b.rt.VM().NewGoError(err))
	}
	return b.rt.VM().ToValue(st)
}

// secureOptions reads listen's (or adoptConn's) TLS argument: {secure:
// secureContext's value, onerror(message, peer, local), onconnection(conn,
// tlsInfo) for adoptConn} makes an https server's listener.
func secureOptions(o *goja.Object) *secureListener {
	if o == nil {
		return nil
	}
	st, ok := o.Get("secure").Export().(*network.ServerTLS)
	if !ok {
		return nil
	}
	onerror, _ := goja.AssertFunction(o.Get("onerror"))
	onconn, _ := goja.AssertFunction(o.Get("onconnection"))
	s := &secureListener{onerror: onerror, onconn: onconn}
	s.ctx.Store(st)
	return s
}

// setSecure is the listener's setSecureContext(value): the connections
// accepted from now on are secured with value, secureContext's.
func (l *listener) setSecure(v goja.Value) {
	if st, ok := v.Export().(*network.ServerTLS); ok && l.secure != nil {
		l.secure.ctx.Store(st)
	}
}

// handshake secures nc off the loop, then calls onconn(conn, tlsInfo),
// or the listener's onerror(message, peer, local) when the handshake
// failed.
func (l *listener) handshake(nc net.Conn, onconn goja.Callable) {
	l.b.secure(nc, l.secure.ctx.Load(), l.q.Queue, l.maxHeader, func() bool { return l.closed }, onconn, l.secure.onerror)
}

// secure runs the handshake of nc with st, off the loop (SNI and the
// outcome go to the loop through queue), then calls onconn(conn,
// tlsInfo), or onerror(message, peer, local) when the handshake failed.
// A connection that comes once closed() is closed.
func (b *binding) secure(nc net.Conn, st *network.ServerTLS, queue func(func()) bool, maxHeader int, closed func() bool, onconn, onerror goja.Callable) {
	sec, message, refused := st.Handshake(b.rt.Context(), nc, queue)
	queued := queue(func() {
		vm := b.rt.VM()
		if sec == nil {
			if onerror != nil {
				b.rt.Call(onerror, goja.Undefined(), vm.ToValue(message), addrObject(vm, nc.RemoteAddr()), addrObject(vm, nc.LocalAddr()))
			}
			if refused {
				network.Refuse(nc)
			}
			return
		}
		if closed() {
			sec.Conn.Close()
			return
		}
		c := newConn(b, sec.Conn, modeServer, maxHeader)
		info := sec.Info(b.rt, c.obj)
		b.rt.Call(onconn, goja.Undefined(), c.obj, info)
	})
	if !queued {
		if sec != nil {
			sec.Conn.Close()
		} else {
			nc.Close()
		}
	}
}

// adoptSecure is adoptConn for an https server's connection (a cluster
// worker's, handed over plain): it is secured as the server's listener
// secures its own, and comes to opts.onconnection(conn, tlsInfo).
func (b *binding) adoptSecure(nc net.Conn, maxHeader int, s *secureListener, onconn goja.Callable) {
	q := b.rt.Loop().NewTaskQueue()
	st := s.ctx.Load()
	go func() {
		b.secure(nc, st, q.Queue, maxHeader, func() bool { return false }, onconn, s.onerror)
		q.Close(nil)
	}()
}
