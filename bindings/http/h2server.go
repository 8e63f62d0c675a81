//lint:file-ignore SA1019 x/net/http2.Server.ServeConn is kept over net/http.Server: it serves one accepted connection, so the listener here owns accept, TLS handshakes and the set of open connections.

package http

import (
	"context"
	"crypto/tls"
	"errors"
	"net"
	nethttp "net/http"
	"sort"
	"strings"
	"sync/atomic"

	"github.com/dop251/goja"
	"golang.org/x/net/http2"
)

// h2listen binds host:port for an http2 server (h2c by prior knowledge,
// or TLS with ALPN h2 when tlsOpts is an object) and calls
// onstream(headers, stream) on the loop for each request stream.
func (b *binding) h2listen(call goja.FunctionCall) goja.Value {
	vm := b.rt.VM()
	host := call.Argument(0).String()
	port := int(call.Argument(1).ToInteger())
	tlsObj, _ := call.Argument(2).(*goja.Object)
	onstream, _ := goja.AssertFunction(call.Argument(3))
	ln, failed := b.bind(host, port, tlsObj, []string{"h2"})
	if ln == nil {
		return failed
	}
	l := &listener{b: b, rt: b.rt, ln: ln, q: b.rt.Loop().NewTaskQueue(), refd: true}
	srv := &http2.Server{}
	// conns are the accepted connections still open; after close() they
	// go on serving, as node's sessions outlive server.close(): each
	// holds the loop until it closes (so that what its streams wrote is
	// sent before the process ends). Loop only.
	conns := map[net.Conn]struct{}{}
	closeConns := func() {
		for nc := range conns {
			nc.Close()
		}
	}
	l.forget = b.track(l.close)
	b.track(closeConns)
	go func() {
		for {
			nc, err := ln.Accept()
			if err != nil {
				if errors.Is(err, net.ErrClosed) {
					return
				}
				continue
			}
			loop := b.rt.Loop()
			loop.Ref()
			if !l.q.Queue(func() { conns[nc] = struct{}{} }) {
				loop.Unref()
				nc.Close()
				continue
			}
			go func() {
				defer func() {
					nc.Close()
					l.q.Queue(func() { delete(conns, nc) })
					loop.Unref()
				}()
				if tc, ok := nc.(*tls.Conn); ok {
					if err := tc.Handshake(); err != nil {
						return
					}
				}
				srv.ServeConn(nc, &http2.ServeConnOpts{Handler: nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
					b.h2serve(l, onstream, w, r)
				})})
			}()
		}
	}()
	o := vm.NewObject()
	o.Set("address", func(goja.FunctionCall) goja.Value { return addrObject(vm, ln.Addr()) })
	o.Set("close", func(goja.FunctionCall) goja.Value { l.close(); return goja.Undefined() })
	o.Set("closeAll", func(goja.FunctionCall) goja.Value { closeConns(); return goja.Undefined() })
	o.Set("ref", func(goja.FunctionCall) goja.Value { l.refd = true; l.update(); return goja.Undefined() })
	o.Set("unref", func(goja.FunctionCall) goja.Value { l.refd = false; l.update(); return goja.Undefined() })
	return o
}

// errH2Reset ends a server stream's writer when the script closes it.
var errH2Reset = errors.New("stream reset")

// h2response is what the script decided for one server stream.
type h2response struct {
	status int
	header [][2]string
}

// h2serve runs on the server's goroutine for one request stream: it
// hands the stream to the script, then writes what the script responds.
func (b *binding) h2serve(l *listener, onstream goja.Callable, w nethttp.ResponseWriter, r *nethttp.Request) {
	heads := make(chan h2response, 1)
	body := newH2Chunks()
	var completed atomic.Bool
	if !l.q.Queue(func() { b.h2stream(onstream, r, heads, body, &completed) }) {
		return
	}
	var resp h2response
	select {
	case resp = <-heads:
	case <-r.Context().Done():
		return
	}
	if resp.status < 0 {
		panic(nethttp.ErrAbortHandler)
	}
	hdr := w.Header()
	for _, kv := range resp.header {
		hdr.Add(kv[0], kv[1])
	}
	// Go's server would guess a content-type the script did not set.
	if _, ok := hdr["Content-Type"]; !ok {
		hdr["Content-Type"] = nil
	}
	w.WriteHeader(resp.status)
	fl, _ := w.(nethttp.Flusher)
	for {
		p, ok, err := body.next(fl)
		if errors.Is(err, errH2Reset) {
			// The script closed the stream: the headers it sent go out,
			// then Go's server resets it.
			if fl != nil {
				fl.Flush()
			}
			panic(nethttp.ErrAbortHandler)
		}
		if err != nil {
			return
		}
		if !ok {
			completed.Store(true)
			return
		}
		if _, err := w.Write(p); err != nil {
			body.close(err)
			return
		}
	}
}

// h2NoBody reports whether a request's headers ended its stream: Go's
// server then gives it no body pipe, a zero length and no length field.
func h2NoBody(r *nethttp.Request) bool {
	return r.ContentLength == 0 && len(r.Header["Content-Length"]) == 0
}

// h2stream runs on the loop: it builds the stream's handle and headers,
// calls onstream, and starts reading the request body.
func (b *binding) h2stream(onstream goja.Callable, r *nethttp.Request, heads chan h2response, body *h2chunks, completed *atomic.Bool) {
	vm := b.rt.VM()
	// The stream holds the loop until it completes or is aborted; an
	// abort reaches the script as onaborted.
	settled := b.rt.Loop().Reserve()
	h := vm.NewObject()
	h.Set(":method", r.Method)
	h.Set(":authority", r.Host)
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	h.Set(":scheme", scheme)
	h.Set(":path", r.URL.RequestURI())
	setH2Headers(vm, h, r.Header)
	s := b.h2streamHandle(heads, body)
	b.rt.Call(onstream, goja.Undefined(), h, s)
	// The stream reset by the peer, or its connection lost, ends the
	// response's writer and, unless the stream had completed, reaches
	// the script as onaborted.
	ctx := r.Context()
	context.AfterFunc(ctx, func() {
		body.close(ctx.Err())
		settled(func() {
			if !completed.Load() {
				b.h2emit(s, "onaborted")
			}
		})
	})
	if h2NoBody(r) {
		b.h2emit(s, "onend")
		return
	}
	q := b.rt.Loop().NewTaskQueue()
	go func() {
		buf := h2bufs.Get().(*[]byte)
		defer h2bufs.Put(buf)
		for {
			n, err := r.Body.Read(*buf)
			if n > 0 {
				chunk := append([]byte(nil), (*buf)[:n]...)
				q.Queue(func() { b.h2emit(s, "ondata", b.rt.WrapBytes(chunk)) })
			}
			if err != nil {
				q.Close(func() { b.h2emit(s, "onend") })
				return
			}
		}
	}()
}

// h2streamHandle is the script's handle on one server stream:
// respond(status, headers) (":status" among headers is skipped), write,
// end and reset.
func (b *binding) h2streamHandle(heads chan h2response, body *h2chunks) *goja.Object {
	vm := b.rt.VM()
	s := vm.NewObject()
	responded := false
	s.Set("respond", func(call goja.FunctionCall) goja.Value {
		if responded {
			return goja.Undefined()
		}
		responded = true
		resp := h2response{status: int(call.Argument(0).ToInteger())}
		if o, ok := call.Argument(1).(*goja.Object); ok {
			for _, k := range o.Keys() {
				if k == ":status" {
					continue
				}
				v := o.Get(k)
				if a, ok := v.(*goja.Object); ok && a.ClassName() == "Array" {
					for _, i := range a.Keys() {
						resp.header = append(resp.header, [2]string{k, a.Get(i).String()})
					}
					continue
				}
				resp.header = append(resp.header, [2]string{k, v.String()})
			}
		}
		heads <- resp
		return goja.Undefined()
	})
	s.Set("write", b.h2write(s, body))
	s.Set("end", func(goja.FunctionCall) goja.Value { body.close(nil); return goja.Undefined() })
	s.Set("reset", func(goja.FunctionCall) goja.Value {
		if !responded {
			responded = true
			heads <- h2response{status: -1}
		}
		body.close(errH2Reset)
		return goja.Undefined()
	})
	return s
}

// h2emit calls handle[name](args...) if the script set it.
func (b *binding) h2emit(handle *goja.Object, name string, args ...goja.Value) {
	if fn, ok := goja.AssertFunction(handle.Get(name)); ok {
		b.rt.Call(fn, handle, args...)
	}
}

// setH2Headers sets Go's header map on o as node's lower-case header
// object, names in wire order for a Go peer (sorted); set-cookie is an
// array, other repeated fields are joined with ", ".
func setH2Headers(vm *goja.Runtime, o *goja.Object, hdr nethttp.Header) {
	keys := make([]string, 0, len(hdr))
	for k := range hdr {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		lk := strings.ToLower(k)
		vs := hdr[k]
		if lk == "set-cookie" {
			a := make([]any, len(vs))
			for i, v := range vs {
				a[i] = v
			}
			o.Set(lk, vm.NewArray(a...))
			continue
		}
		o.Set(lk, strings.Join(vs, ", "))
	}
}
