//lint:file-ignore SA1019 x/net/http2.ClientConn is kept over net/http.ClientConn: it takes the connection dialled here (so dial errors are node's, and a dropped connection is seen) and has Shutdown, which is node's graceful session.close().

package http

import (
	"context"
	"errors"
	"net"
	nethttp "net/http"
	"net/url"
	"strings"
	"sync"

	"github.com/dop251/goja"
	"golang.org/x/net/http2"
)

// h2connect dials host:port for an http2 client session (TLS with ALPN
// h2 when tlsOpts is an object, h2c by prior knowledge otherwise) on a
// goroutine and calls cb(err, session) on the loop.
func (h *h2) connect(call goja.FunctionCall) goja.Value {
	b := h.binding
	host, port, cfg, cb := b.dialArgs(call, []string{"h2"})
	b.dial(host, port, cfg, cb, func(nc net.Conn) (func() goja.Value, error) {
		wc := &h2watchConn{Conn: nc, dead: make(chan struct{})}
		cc, err := (&http2.Transport{AllowHTTP: true}).NewClientConn(wc)
		if err != nil {
			wc.Close()
			return nil, err
		}
		return func() goja.Value { return h.session(cc, wc) }, nil
	})
	return goja.Undefined()
}

// session is the script's handle on one client connection.
func (h *h2) session(cc *http2.ClientConn, nc *h2watchConn) *goja.Object {
	b := h.binding
	vm := b.rt.VM()
	s := vm.NewObject()
	q := b.rt.Loop().NewTaskQueue()
	closed := false
	var forget func()
	finish := func(graceful bool) {
		if closed {
			return
		}
		closed = true
		forget()
		go func() {
			if graceful {
				_ = cc.Shutdown(context.Background())
			}
			cc.Close()
			nc.Close()
			q.Close(func() { h2call(b, s, "onclose") })
		}()
	}
	forget = b.track(func() { cc.Close(); nc.Close() })
	// The peer going away (or the connection failing) ends the session
	// as node's does: 'close', once its streams are done.
	go func() {
		<-nc.dead
		q.Queue(func() { finish(false) })
	}()
	s.Set("close", func(goja.FunctionCall) goja.Value { finish(true); return goja.Undefined() })
	s.Set("destroy", func(goja.FunctionCall) goja.Value { finish(false); return goja.Undefined() })
	s.Set("ref", func(goja.FunctionCall) goja.Value { q.Ref(); return goja.Undefined() })
	s.Set("unref", func(goja.FunctionCall) goja.Value { q.Unref(); return goja.Undefined() })
	s.Set("request", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(h.request(cc, call.Argument(0).ToObject(vm), call.Argument(1).ToBoolean(), call.Argument(2).ToObject(vm)))
	})
	return s
}

// request starts one request stream for the script's stream and
// returns its id; the stream's response, data, end and error hooks are
// called on the loop.
func (h *h2) request(cc *http2.ClientConn, headers *goja.Object, endStream bool, stream *goja.Object) int64 {
	b := h.binding
	vm := b.rt.VM()
	method, path, authority, scheme := "GET", "/", "", "http"
	hdr := nethttp.Header{}
	for _, k := range headers.Keys() {
		v := headers.Get(k)
		switch k {
		case ":method":
			method = v.String()
		case ":path":
			path = v.String()
		case ":authority":
			authority = v.String()
		case ":scheme":
			scheme = v.String()
		default:
			if a, ok := v.(*goja.Object); ok && a.ClassName() == "Array" {
				for _, i := range a.Keys() {
					hdr.Add(k, a.Get(i).String())
				}
			} else {
				hdr.Add(k, v.String())
			}
		}
	}
	body := newH2Chunks()
	req := &nethttp.Request{Method: method, Header: hdr, Host: authority, Proto: "HTTP/2.0", ProtoMajor: 2}
	req.URL = &url.URL{Scheme: scheme, Host: authority, Opaque: path}
	if !strings.HasPrefix(path, "/") && path != "*" {
		req.URL.Opaque = ""
		req.URL.Path = path
	}
	if endStream {
		body.close(nil)
		req.ContentLength = 0
	} else {
		req.Body = readCloser{body}
		req.ContentLength = -1
	}
	ctx, cancel := context.WithCancel(context.Background())
	req = req.WithContext(ctx)
	ref := &h2ref{obj: stream, body: body, cancel: cancel}
	id := h.add(ref)
	q := b.rt.Loop().NewTaskQueue()
	events := newH2Batch(q)
	forget := b.track(cancel)
	done := func() {
		forget()
		delete(h.refs, id)
	}
	go func() {
		defer cancel()
		res, err := cc.RoundTrip(req)
		if err != nil {
			body.close(err)
			q.Close(func() {
				done()
				h.emit(ref, h.hooks.error, vm.NewGoError(err), vm.ToValue(h2ErrCode(err)))
			})
			return
		}
		events.post(func() {
			o := vm.NewObject()
			o.Set(":status", res.StatusCode)
			setH2Headers(vm, o, res.Header)
			h.emit(ref, h.hooks.response, o)
		})
		buf := h2bufs.Get().(*[]byte)
		defer h2bufs.Put(buf)
		for {
			n, err := res.Body.Read(*buf)
			if n > 0 {
				chunk := append([]byte(nil), (*buf)[:n]...)
				events.post(func() { h.emit(ref, h.hooks.data, b.rt.WrapBytes(chunk)) })
			}
			if err != nil {
				res.Body.Close()
				q.Close(func() { done(); h.emit(ref, h.hooks.end) })
				return
			}
		}
	}()
	return id
}

// h2call calls handle[name]() if the script set it.
func h2call(b *binding, handle *goja.Object, name string) {
	if fn, ok := goja.AssertFunction(handle.Get(name)); ok {
		b.rt.Call(fn, handle)
	}
}

// readCloser lets h2chunks be a request body. Go's transport closes it
// once it sends no more of it (all sent, or the stream is done or
// reset): the script's later writes are then dropped, and one waiting
// for drain goes on.
type readCloser struct{ *h2chunks }

// errH2BodyClosed ends a request body the transport closed.
var errH2BodyClosed = errors.New("request body closed")

func (c readCloser) Close() error {
	c.close(errH2BodyClosed)
	return nil
}

// h2watchConn tells, by closing dead, when reads from the connection
// stop for good (the peer closed it, or it failed, or it was closed).
type h2watchConn struct {
	net.Conn
	once sync.Once
	dead chan struct{}
}

func (c *h2watchConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	if err != nil {
		c.once.Do(func() { close(c.dead) })
	}
	return n, err
}

func (c *h2watchConn) Close() error {
	c.once.Do(func() { close(c.dead) })
	return c.Conn.Close()
}

// h2ErrCode names the RST_STREAM code a stream failed with as node does
// (NGHTTP2_REFUSED_STREAM), or "" for a failure of another kind.
func h2ErrCode(err error) string {
	var se http2.StreamError
	if errors.As(err, &se) {
		return "NGHTTP2_" + se.Code.String()
	}
	return ""
}
