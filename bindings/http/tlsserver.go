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

// secureOptions reads listen's TLS argument: {secure: secureContext's
// value, onerror(message, peer, local)} makes an https server's listener.
func secureOptions(o *goja.Object) *secureListener {
	if o == nil {
		return nil
	}
	st, ok := o.Get("secure").Export().(*network.ServerTLS)
	if !ok {
		return nil
	}
	onerror, _ := goja.AssertFunction(o.Get("onerror"))
	s := &secureListener{onerror: onerror}
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
	st := l.secure.ctx.Load()
	sec, message, refused := st.Handshake(l.rt.Context(), nc, l.q.Queue)
	queued := l.q.Queue(func() {
		vm := l.rt.VM()
		if sec == nil {
			if l.secure.onerror != nil {
				l.rt.Call(l.secure.onerror, goja.Undefined(), vm.ToValue(message), addrObject(vm, nc.RemoteAddr()), addrObject(vm, nc.LocalAddr()))
			}
			if refused {
				network.Refuse(nc)
			}
			return
		}
		if l.closed {
			sec.Conn.Close()
			return
		}
		c := newConn(l.b, sec.Conn, modeServer, l.maxHeader)
		info := sec.Info(l.rt, c.obj)
		l.rt.Call(onconn, goja.Undefined(), c.obj, info)
	})
	if !queued {
		if sec != nil {
			sec.Conn.Close()
		} else {
			nc.Close()
		}
	}
}
