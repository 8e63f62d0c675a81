package network

import (
	"context"
	"crypto/tls"
	"errors"
	"net"
	"time"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

// ServerTLS secures the connections of a server whose sockets are not
// this package's (an https server's, which parse HTTP in Go) as a
// tls.Server's sockets are secured: it is made once, from the request
// tls.js makes of a server's options (tlsRequest), for every connection
// that follows, so that the keys and certificates are read once.
type ServerTLS struct {
	rt    *runtime.Runtime
	opts  *tlsOptions
	certs []tls.Certificate // none: the handshake has no certificate to present
	onsni goja.Value
}

// NewServerTLS reads request (what tls.js's tlsRequest made of a
// server's options); with request.sni, onsni(servername, done) chooses
// each handshake's certificate as a tls.Server socket's onsni does.
func NewServerTLS(rt *runtime.Runtime, request, onsni goja.Value) (*ServerTLS, error) {
	o, _ := tlsOptionsFrom(rt.VM(), request)
	o.IsServer = true
	certs, err := o.certificates()
	if err != nil && len(o.Key) > 0 && len(o.Cert) > 0 {
		return nil, err
	}
	// As node's: a key without a certificate (or the reverse) is no
	// error until a handshake needs one.
	return &ServerTLS{rt: rt, opts: o, certs: certs, onsni: onsni}, nil
}

// connOptions is a copy of the server's options for one connection,
// whose handshake keeps its own state in it.
func (s *ServerTLS) connOptions() *tlsOptions {
	o := s.opts
	return &tlsOptions{
		Key: o.Key, Cert: o.Cert, CA: o.CA, ALPN: o.ALPN, MinVersion: o.MinVersion, MaxVersion: o.MaxVersion,
		RequestCert: o.RequestCert, RequireCert: o.RequireCert, HasCA: o.HasCA, IsServer: true, SNI: o.SNI, Ciphers: o.Ciphers,
		ECDHCurve: o.ECDHCurve, HandshakeTimeout: o.HandshakeTimeout, TicketKeys: o.TicketKeys, parsed: s.certs, noCerts: s.certs == nil,
	}
}

// TimeoutMessage is Handshake's message for a handshake that took longer
// than the server's handshakeTimeout.
const TimeoutMessage = "TLS handshake timeout"

// Secured is a connection ServerTLS secured.
type Secured struct {
	// Conn is the TLS connection, its handshake done.
	Conn          *tls.Conn
	opts          *tlsOptions
	code, message string
}

// Handshake runs the server's side of the handshake over conn; it
// blocks (call it off the loop) until the handshake is done, ctx is done
// or two minutes have passed (node's handshakeTimeout). queue runs a
// function on the loop (the SNI callback runs there), or reports false
// when it cannot. A failed handshake gives node's OpenSSL message for it
// (what a tls.Server socket's _handshakeError reads) and closes conn,
// unless refused (an SNI callback refused the client): then conn is the
// caller's to close once it reported the error, as node reports it
// before the client sees the connection go.
func (s *ServerTLS) Handshake(ctx context.Context, conn net.Conn, queue func(func()) bool) (sec *Secured, message string, refused bool) {
	o := s.connOptions()
	cfg, err := o.config()
	if err != nil {
		conn.Close()
		return nil, err.Error(), false
	}
	limit := 120 * time.Second
	if o.HandshakeTimeout > 0 {
		limit = time.Duration(o.HandshakeTimeout * float64(time.Millisecond))
	}
	ctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	if o.SNI {
		cfg = sniConfig(ctx, cfg, o.keepSNI, o.refuseSNI, func(name string, ch chan<- sniResult) bool {
			return queue(func() { askSNI(s.rt, s.onsni, name, ch) })
		})
	}
	tc := tls.Server(conn, cfg)
	code, msg, tlsErr := handshake(ctx, tc, o)
	if tlsErr != nil {
		refused = o.sniRefused.Load()
		if !refused {
			discardPending(conn)
			conn.Close()
		}
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return nil, TimeoutMessage, false
		}
		return nil, handshakeMessage(tlsErr), refused
	}
	return &Secured{Conn: tc, opts: o, code: code, message: msg}, "", false
}

// Info makes h (on the loop) the handle of a TLS socket, as a tls.Server
// socket's handle: it adds its TLS methods and returns its tlsInfo.
func (s *Secured) Info(rt *runtime.Runtime, h *goja.Object) *goja.Object {
	info := secureInfo(rt, h, s.Conn, nil, s.code, s.message)
	if leaf := s.opts.local.Load(); leaf != nil {
		info.Set("localCertificate", certObject(rt.VM(), leaf))
	}
	return info
}

// Refuse closes a connection whose handshake an SNI callback refused.
func Refuse(conn net.Conn) {
	discardPending(conn)
	conn.Close()
}
