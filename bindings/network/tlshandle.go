package network

import (
	"crypto/tls"
	"sync/atomic"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

// secureHandle finishes a TLS socket's handle once its handshake is
// done: its tlsInfo (what peerInfo reports, and a client's sessions
// received during the handshake) and its TLS methods. A client's later
// sessions (TLS 1.3 tickets, which come with the data) are handed to the
// handle's onsession(buffer) on the loop.
func secureHandle(rt *runtime.Runtime, h *goja.Object, tc *tls.Conn, o *tlsOptions, code, message string) {
	var cache *sessionCache
	if o != nil {
		cache = o.cache
	}
	info := secureInfo(rt, h, tc, cache, code, message)
	if o != nil {
		if leaf := o.local.Load(); leaf != nil {
			info.Set("localCertificate", certObject(rt.VM(), leaf))
		}
	}
	h.Set("tlsInfo", info)
}

// secureInfo is secureHandle's work for any handle: it adds the methods
// and returns the info.
func secureInfo(rt *runtime.Runtime, h *goja.Object, tc *tls.Conn, cache *sessionCache, code, message string) *goja.Object {
	vm := rt.VM()
	info := peerInfo(vm, tc.ConnectionState(), code, message)
	if cache != nil {
		q := rt.Loop().NewTaskQueue()
		q.Unref()
		pending := cache.takePending(func(b []byte) {
			q.Queue(func() {
				if fn, ok := goja.AssertFunction(h.Get("onsession")); ok {
					rt.Call(fn, h, vm.ToValue(vm.NewArrayBuffer(b)))
				}
			})
		})
		sessions := make([]any, len(pending))
		for i, b := range pending {
			sessions[i] = vm.ToValue(vm.NewArrayBuffer(b))
		}
		info.Set("sessions", sessions)
	}
	// exportKeyingMaterial(length, label, context or undefined): the
	// keying material (RFC 5705), or an error message string.
	h.Set("exportKeyingMaterial", func(length int, label string, context goja.Value) goja.Value {
		var ctx []byte
		if !goja.IsUndefined(context) && !goja.IsNull(context) {
			ctx, _ = rt.Bytes(context)
			ctx = append([]byte{}, ctx...)
		}
		if length > 1<<30 {
			return vm.ToValue("keying material length too large")
		}
		st := tc.ConnectionState()
		out, err := st.ExportKeyingMaterial(label, ctx, length)
		if err != nil {
			return vm.ToValue(err.Error())
		}
		return vm.ToValue(vm.NewArrayBuffer(out))
	})
	return info
}

// ClientSessionCache is a TLS client's session cache for a tls.Config
// that offers session (the bytes of a getSession() Buffer; nil or bytes
// that are not one offer nothing) and keeps the sessions the server
// gives for ClientTLSInfo.
func ClientSessionCache(session []byte) tls.ClientSessionCache {
	return &sessionCache{offer: decodeSession(session)}
}

// ClientTLSInfo makes a TLS client connection's handle h (one not made
// by this package: an https client's) a TLS socket's: it returns what
// tls.connect's handles report in tlsInfo, the peer's chain checked
// against the PEM CAs ca (the system's roots and NODE_EXTRA_CA_CERTS
// when there are none), and adds exportKeyingMaterial. cache, when
// ClientSessionCache made it, hands on the sessions: those of the
// handshake in the info's sessions, later ones to h.onsession(buffer).
func ClientTLSInfo(rt *runtime.Runtime, h *goja.Object, tc *tls.Conn, cache tls.ClientSessionCache, ca []string) *goja.Object {
	o := &tlsOptions{CA: ca, HasCA: len(ca) > 0}
	code, message := verifyChain(tc.ConnectionState().PeerCertificates, o.roots(), false)
	sc, _ := cache.(*sessionCache)
	return secureInfo(rt, h, tc, sc, code, message)
}

// fragmentConn is a TLS connection whose writes go out in records of at
// most max bytes of data (setMaxSendFragment): crypto/tls sends each
// Write in records of at most its own (growing) size, so writes of at
// most max bytes make records no larger.
type fragmentConn struct {
	*tls.Conn
	max atomic.Int32
}

// setMax sets the largest record, as OpenSSL's: false for a size outside
// 512 to 16384 bytes, which changes nothing.
func (f *fragmentConn) setMax(size int) bool {
	if size < 512 || size > 16384 {
		return false
	}
	f.max.Store(int32(size))
	return true
}

// Write writes b in pieces of at most the largest record's size.
func (f *fragmentConn) Write(b []byte) (int, error) {
	m := int(f.max.Load())
	if m <= 0 || len(b) <= m {
		return f.Conn.Write(b)
	}
	n := 0
	for n < len(b) {
		k, err := f.Conn.Write(b[n:min(n+m, len(b))])
		n += k
		if err != nil {
			return n, err
		}
	}
	return n, nil
}
