package http

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"net"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/bindings/network"
	"github.com/jsproc/jsproc/runtime"
)

// listener accepts connections for an http or https server; each becomes
// a conn that parses requests.
type listener struct {
	b         *binding
	forget    func()
	rt        *runtime.Runtime
	ln        net.Listener
	q         *runtime.TaskQueue
	refd      bool
	closed    bool
	maxHeader int
	secure    *secureListener // an https server's; nil for plain http
}

// listen binds host:port now (errors are returned, for the script to
// emit) and accepts on a goroutine, calling onconnection(conn) on the loop.
func (b *binding) listen(call goja.FunctionCall) goja.Value {
	vm := b.rt.VM()
	host := call.Argument(0).String()
	port := int(call.Argument(1).ToInteger())
	onconn, _ := goja.AssertFunction(call.Argument(2))
	tlsOpts := call.Argument(3)
	maxHeader := int(call.Argument(4).ToInteger())
	var tlsObj *goja.Object
	if !goja.IsUndefined(tlsOpts) && !goja.IsNull(tlsOpts) {
		tlsObj = tlsOpts.ToObject(vm)
	}
	secure := secureOptions(tlsObj)
	if secure != nil {
		tlsObj = nil
	}
	ln, failed := b.bind(host, port, tlsObj, nil)
	if ln == nil {
		return failed
	}
	l := &listener{b: b, rt: b.rt, ln: ln, q: b.rt.Loop().NewTaskQueue(), refd: true, maxHeader: maxHeader, secure: secure}
	l.q.Ref()
	l.forget = b.track(l.close)
	go l.accept(onconn)
	o := vm.NewObject()
	o.Set("address", func(goja.FunctionCall) goja.Value { return addrObject(vm, ln.Addr()) })
	o.Set("close", func(goja.FunctionCall) goja.Value { l.close(); return goja.Undefined() })
	o.Set("ref", func(goja.FunctionCall) goja.Value { l.refd = true; l.update(); return goja.Undefined() })
	o.Set("unref", func(goja.FunctionCall) goja.Value { l.refd = false; l.update(); return goja.Undefined() })
	o.Set("setSecureContext", func(call goja.FunctionCall) goja.Value { l.setSecure(call.Argument(0)); return goja.Undefined() })
	return o
}

// bind listens on host:port ("" is every address: IPv6 and IPv4, or
// IPv4 alone) for a server, with TLS when tlsObj is an object of TLS
// options (ALPN nextProtos, if not nil, replacing the default). Errors
// the script emits (access denied, node's errno error) come back as
// failed with a nil listener; bad TLS options throw.
func (b *binding) bind(host string, port int, tlsObj *goja.Object, nextProtos []string) (ln net.Listener, failed goja.Value) {
	if host == "" {
		host = "::"
	}
	if err := b.rt.CheckNet("listen", host, port); err != nil {
		if e, ok := b.rt.AccessDenied(err); ok {
			return nil, e
		}
		panic(b.rt.VM().NewGoError(err))
	}
	ln, err := net.Listen("tcp", net.JoinHostPort(host, strconv.Itoa(port)))
	if err != nil && host == "::" {
		ln, err = net.Listen("tcp4", net.JoinHostPort("0.0.0.0", strconv.Itoa(port)))
	}
	if err != nil {
		return nil, b.rt.ErrnoException(err, "listen")
	}
	if tlsObj != nil {
		cfg, err := b.serverTLS(tlsObj)
		if err != nil {
			ln.Close()
			panic(b.rt.VM().NewGoError(err))
		}
		if nextProtos != nil {
			cfg.NextProtos = nextProtos
		}
		ln = tls.NewListener(ln, cfg)
	}
	return ln, nil
}

// adoptConn(fd, maxHeader, tls) makes a server connection of a socket
// descriptor another process accepted (a cluster primary hands its
// workers their connections), which it takes over; with tls (what
// serverTLS made) the connection is an https one, its handshake run by
// the first read, as a TLS listener's connections are; with an https
// server's options the handshake runs now, as its listener's do, and the
// connection comes to their onconnection (adoptConn returns undefined).
func (b *binding) adoptConn(fd, maxHeader int, tlsCfg goja.Value) goja.Value {
	f := os.NewFile(uintptr(fd), "socket")
	nc, err := net.FileConn(f)
	f.Close()
	if err != nil {
		return b.rt.ErrnoException(err, "accept")
	}
	if tc, ok := nc.(*net.TCPConn); ok {
		_ = tc.SetNoDelay(true)
	}
	if tlsCfg != nil {
		if o, ok := tlsCfg.(*goja.Object); ok {
			if s := secureOptions(o); s != nil && s.onconn != nil {
				b.adoptSecure(nc, maxHeader, s, s.onconn)
				return goja.Undefined()
			}
		}
		if cfg, ok := tlsCfg.Export().(*tls.Config); ok {
			nc = tls.Server(nc, cfg)
		}
	}
	return newConn(b, nc, modeServer, maxHeader).obj
}

// serverTLSValue is serverTLS(options) for JS: the server configuration
// of an https server's key and certificate, made once for all the
// connections adoptConn secures.
func (b *binding) serverTLSValue(o goja.Value) goja.Value {
	vm := b.rt.VM()
	// An https server's options are secured as its listener secures.
	if obj, ok := o.(*goja.Object); ok && secureOptions(obj) != nil {
		return o
	}
	cfg, err := b.serverTLS(o.ToObject(vm))
	if err != nil {
		panic(vm.NewGoError(err))
	}
	return vm.ToValue(cfg)
}

func (l *listener) update() {
	if l.refd && !l.closed {
		l.q.Ref()
	} else {
		l.q.Unref()
	}
}

func (l *listener) accept(onconn goja.Callable) {
	for {
		nc, err := l.ln.Accept()
		if err != nil {
			if errors.Is(err, net.ErrClosed) {
				l.q.Close(nil)
				return
			}
			var ne net.Error
			if errors.As(err, &ne) && ne.Timeout() {
				continue
			}
			time.Sleep(10 * time.Millisecond)
			continue
		}
		if tc, ok := nc.(*net.TCPConn); ok {
			_ = tc.SetNoDelay(true)
		}
		if l.secure != nil {
			go l.handshake(nc, onconn)
			continue
		}
		if !l.q.Queue(func() {
			if l.closed {
				nc.Close()
				return
			}
			c := newConn(l.b, nc, modeServer, l.maxHeader)
			l.rt.Call(onconn, goja.Undefined(), c.obj)
		}) {
			nc.Close()
		}
	}
}

func (l *listener) close() {
	if l.closed {
		return
	}
	l.closed = true
	l.forget()
	_ = l.ln.Close()
	l.q.Unref()
}

// connect dials host:port (with TLS when tlsOpts is an object) on a
// goroutine and calls cb(err, conn) on the loop.
func (b *binding) connect(call goja.FunctionCall) goja.Value {
	host, port, cfg, cb := b.dialArgs(call, nil)
	maxHeader := int(call.Argument(4).ToInteger())
	var ca []string
	if cfg != nil {
		// As tls.connect's sockets: the session option is offered, new
		// sessions and the peer's check are reported (tlsState).
		o := call.Argument(2).(*goja.Object)
		var session []byte
		if v := o.Get("session"); v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
			if data, ok := b.rt.Bytes(v); ok {
				session = append([]byte(nil), data...)
			}
		}
		cfg.ClientSessionCache = network.ClientSessionCache(session)
		// As tls.connect: the peer is checked after the handshake (see
		// network.ClientTLSInfo and the agent's socket), for node's
		// codes, messages and name rules.
		cfg.InsecureSkipVerify = true
		for _, p := range b.pems(o.Get("ca")) {
			ca = append(ca, string(p))
		}
	}
	b.dial(host, port, cfg, cb, func(nc net.Conn) (func() goja.Value, error) {
		return func() goja.Value {
			obj := newConn(b, nc, modeClient, maxHeader).obj
			if tc, ok := nc.(*tls.Conn); ok {
				obj.Set("tlsState", network.ClientTLSInfo(b.rt, obj, tc, cfg.ClientSessionCache, ca))
			}
			return obj
		}, nil
	})
	return goja.Undefined()
}

// dialArgs reads a dial's (host, port, tlsOpts, cb) arguments; cfg is
// nil for a plain connection, or the TLS options' client config, with
// nextProtos, if not nil, for its ALPN protocols. Bad TLS options throw.
func (b *binding) dialArgs(call goja.FunctionCall, nextProtos []string) (host string, port int, cfg *tls.Config, cb goja.Callable) {
	host = call.Argument(0).String()
	port = int(call.Argument(1).ToInteger())
	cb, _ = goja.AssertFunction(call.Argument(3))
	if o, ok := call.Argument(2).(*goja.Object); ok {
		var err error
		if cfg, err = b.clientTLS(o, host); err != nil {
			panic(b.rt.VM().NewGoError(err))
		}
		if nextProtos != nil {
			cfg.NextProtos = nextProtos
		}
	}
	return host, port, cfg, cb
}

// dial connects to host:port on a goroutine (TCP without Nagle's delay,
// then a TLS handshake when cfg is not nil) and hands the connection to
// ready, still on that goroutine, which may fail it (it then closes the
// connection) or return what makes the script's handle on the loop. cb
// gets (err) with node's error, or (null, handle). A connection the
// policy refuses gets ERR_ACCESS_DENIED the same way.
func (b *binding) dial(host string, port int, cfg *tls.Config, cb goja.Callable, ready func(net.Conn) (func() goja.Value, error)) {
	if b.connectDenied(host, port, cb) {
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	stop := b.track(cancel)
	enqueue := b.rt.Loop().Reserve()
	go func() {
		var handle func() goja.Value
		d := net.Dialer{}
		nc, err := d.DialContext(ctx, "tcp", net.JoinHostPort(host, strconv.Itoa(port)))
		if err == nil {
			if tc, ok := nc.(*net.TCPConn); ok {
				_ = tc.SetNoDelay(true)
			}
			if cfg != nil {
				tc := tls.Client(nc, cfg)
				if err = tc.HandshakeContext(ctx); err != nil {
					nc.Close()
				} else {
					nc = tc
				}
			}
		}
		if err == nil {
			handle, err = ready(nc)
		}
		enqueue(func() {
			stop()
			cancel()
			if err != nil {
				b.rt.Call(cb, goja.Undefined(), b.dialError(err))
				return
			}
			b.rt.Call(cb, goja.Undefined(), goja.Null(), handle())
		})
	}()
}

// dialError is node's error for a failed connect or TLS handshake.
func (b *binding) dialError(err error) goja.Value {
	if _, ok := runtime.Errno(err); ok {
		return b.rt.ErrnoException(err, "connect")
	}
	var ue x509.UnknownAuthorityError
	var he x509.HostnameError
	var ce x509.CertificateInvalidError
	switch {
	case errors.As(err, &ue) && ue.Cert != nil && bytes.Equal(ue.Cert.RawIssuer, ue.Cert.RawSubject):
		return b.rt.NodeError("Error", "DEPTH_ZERO_SELF_SIGNED_CERT", "self-signed certificate")
	case errors.As(err, &ue):
		return b.rt.NodeError("Error", "UNABLE_TO_VERIFY_LEAF_SIGNATURE", "unable to verify the first certificate")
	case errors.As(err, &he):
		return b.rt.NodeError("Error", "ERR_TLS_CERT_ALTNAME_INVALID", "Hostname/IP does not match certificate's altnames: "+he.Error())
	case errors.As(err, &ce):
		if ce.Reason == x509.Expired {
			return b.rt.NodeError("Error", "CERT_HAS_EXPIRED", "certificate has expired")
		}
	}
	if e := sslError(b.rt, err); e != nil {
		return e
	}
	return b.rt.NodeError("Error", "ECONNRESET", "Client network socket disconnected before secure TLS connection was established")
}

// sslError is node's error for a TLS failure OpenSSL has a name for (an
// alert from the peer, a failure found here), or nil.
func sslError(rt *runtime.Runtime, err error) *goja.Object {
	msg := network.HandshakeMessage(err)
	i := strings.LastIndexByte(msg, ':')
	if !strings.HasPrefix(msg, "error:") || i < 0 {
		return nil
	}
	reason := msg[i+1:]
	e := rt.NodeError("Error", "ERR_SSL_"+strings.ToUpper(strings.ReplaceAll(reason, " ", "_")), msg)
	e.Set("library", "SSL routines")
	e.Set("reason", reason)
	return e
}

// readError is a connection's error for a failed read: a TLS
// connection's alert is node's SSL error, other failures errno ones.
func readError(rt *runtime.Runtime, nc net.Conn, err error) goja.Value {
	if _, ok := nc.(*tls.Conn); ok {
		if e := sslError(rt, err); e != nil {
			return e
		}
	}
	return rt.ErrnoException(err, "read")
}

var (
	rootsOnce sync.Once
	roots     *x509.CertPool
)

// systemRoots are the system's roots and NODE_EXTRA_CA_CERTS.
func systemRoots() *x509.CertPool {
	rootsOnce.Do(func() {
		p, err := x509.SystemCertPool()
		if err != nil || p == nil {
			p = x509.NewCertPool()
		}
		if f := os.Getenv("NODE_EXTRA_CA_CERTS"); f != "" {
			if pem, err := os.ReadFile(f); err == nil {
				p.AppendCertsFromPEM(pem)
			}
		}
		roots = p
	})
	return roots
}

// pems returns the PEM texts of a string, Buffer, or array of them.
func (b *binding) pems(v goja.Value) [][]byte {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return nil
	}
	if o, ok := v.(*goja.Object); ok && o.ClassName() == "Array" {
		var out [][]byte
		for _, k := range o.Keys() {
			out = append(out, b.pems(o.Get(k))...)
		}
		return out
	}
	if data, ok := b.rt.Bytes(v); ok {
		return [][]byte{append([]byte(nil), data...)}
	}
	return [][]byte{[]byte(v.String())}
}

func (b *binding) certificates(o *goja.Object) ([]tls.Certificate, error) {
	certs, keys := b.pems(o.Get("cert")), b.pems(o.Get("key"))
	if len(certs) == 0 || len(keys) == 0 {
		return nil, nil
	}
	kp, err := tls.X509KeyPair(certs[0], keys[0])
	if err != nil {
		return nil, err
	}
	return []tls.Certificate{kp}, nil
}

func (b *binding) serverTLS(o *goja.Object) (*tls.Config, error) {
	certs, err := b.certificates(o)
	if err != nil {
		return nil, err
	}
	return &tls.Config{Certificates: certs, NextProtos: []string{"http/1.1"}}, nil
}

func (b *binding) clientTLS(o *goja.Object, host string) (*tls.Config, error) {
	// As node's https client: ALPN only when the options ask for it.
	cfg := &tls.Config{ServerName: host}
	if p := o.Get("ALPNProtocols"); p != nil && !goja.IsUndefined(p) && !goja.IsNull(p) {
		_ = b.rt.VM().ExportTo(p, &cfg.NextProtos)
	}
	if sn := o.Get("servername"); sn != nil && !goja.IsUndefined(sn) {
		cfg.ServerName = sn.String()
	}
	if ca := b.pems(o.Get("ca")); len(ca) > 0 {
		pool := x509.NewCertPool()
		for _, p := range ca {
			pool.AppendCertsFromPEM(p)
		}
		cfg.RootCAs = pool
	} else {
		cfg.RootCAs = systemRoots()
	}
	if ru := o.Get("rejectUnauthorized"); ru != nil && !goja.IsUndefined(ru) && !ru.ToBoolean() {
		cfg.InsecureSkipVerify = true
	}
	certs, err := b.certificates(o)
	if err != nil {
		return nil, err
	}
	cfg.Certificates = certs
	return cfg, nil
}

// connectDenied reports whether the policy refuses a connection to
// host:port; when it does, cb gets node's ERR_ACCESS_DENIED in a loop task,
// as a failed dial's error comes.
func (b *binding) connectDenied(host string, port int, cb goja.Callable) bool {
	err := b.rt.CheckNet("connect", host, port)
	if err == nil {
		return false
	}
	e, ok := b.rt.AccessDenied(err)
	if !ok {
		panic(b.rt.VM().NewGoError(err))
	}
	enqueue := b.rt.Loop().Reserve()
	enqueue(func() { b.rt.Call(cb, goja.Undefined(), e) })
	return true
}
