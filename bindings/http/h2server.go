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
	"time"

	"github.com/dop251/goja"
	"golang.org/x/net/http2"
)

// h2listen binds host:port for an http2 server (h2c by prior knowledge,
// or TLS with ALPN h2 when tlsOpts is an object) and, on the loop for
// each request stream, calls make(id, headers), which returns the
// script's stream, then onstream(stream, headers).
func (h *h2) listen(call goja.FunctionCall) goja.Value {
	b := h.binding
	vm := b.rt.VM()
	host := call.Argument(0).String()
	port := int(call.Argument(1).ToInteger())
	tlsObj, _ := call.Argument(2).(*goja.Object)
	mk, _ := goja.AssertFunction(call.Argument(3))
	onstream, _ := goja.AssertFunction(call.Argument(4))
	ln, failed := b.bind(host, port, tlsObj, []string{"h2"})
	if ln == nil {
		return failed
	}
	l := &listener{b: b, rt: b.rt, ln: ln, q: b.rt.Loop().NewTaskQueue(), refd: true}
	streams := newH2Batch(l.q)
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
					h.serve(streams, mk, onstream, w, r)
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

// serve runs on the server's goroutine for one request stream: it
// hands the stream to the script, then writes what the script responds.
func (h *h2) serve(streams *h2batch, mk, onstream goja.Callable, w nethttp.ResponseWriter, r *nethttp.Request) {
	body := newH2Chunks()
	var completed atomic.Bool
	// reqDone closes once the request body is read to its end (or
	// failed), unread once the script lets it go unread: a handler that
	// returns while its request is still coming has Go's server reset the
	// stream (NO_ERROR), which node's server does only to a request the
	// script never read. read counts the request's bytes read.
	var reqDone, unread chan struct{}
	var read atomic.Int64
	if !h2NoBody(r) {
		reqDone, unread = make(chan struct{}), make(chan struct{})
	}
	if !streams.post(func() { h.stream(mk, onstream, r, body, &completed, &read, reqDone, unread) }) {
		return
	}
	resp, ok := body.waitHead()
	if !ok {
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
			if reqDone != nil {
				if fl != nil {
					fl.Flush()
				}
				awaitRequest(r, &read, reqDone, unread)
			}
			return
		}
		if _, err := w.Write(p); err != nil {
			body.close(err)
			return
		}
	}
}

// h2StallTime is how long a request body that stopped coming is waited
// for once its response is done. (Go's client stops sending a request
// body once the response's status is 300 or more, without ending it.)
const h2StallTime = 250 * time.Millisecond

// awaitRequest waits, once a server stream's response is done, for the
// rest of its request body while it keeps coming.
func awaitRequest(r *nethttp.Request, read *atomic.Int64, reqDone, unread chan struct{}) {
	// Most requests were read to their end before their response was
	// done: no timer for those.
	select {
	case <-reqDone:
		return
	default:
	}
	t := time.NewTicker(h2StallTime)
	defer t.Stop()
	last := read.Load()
	for {
		select {
		case <-reqDone:
			return
		case <-unread:
			return
		case <-r.Context().Done():
			return
		case <-t.C:
			n := read.Load()
			if n == last {
				return
			}
			last = n
		}
	}
}

// h2NoBody reports whether a request's headers ended its stream: Go's
// server then gives it no body pipe, a zero length and no length field.
func h2NoBody(r *nethttp.Request) bool {
	return r.ContentLength == 0 && len(r.Header["Content-Length"]) == 0
}

// stream runs on the loop: it builds the stream's headers and script
// stream, calls onstream, and starts reading the request body.
func (h *h2) stream(mk, onstream goja.Callable, r *nethttp.Request, body *h2chunks, completed *atomic.Bool, read *atomic.Int64, reqDone, unread chan struct{}) {
	b := h.binding
	vm := b.rt.VM()
	// The stream holds the loop until it completes or is aborted, which
	// reaches the script as the closed hook.
	settled := b.rt.Loop().Reserve()
	hd := vm.NewObject()
	hd.Set(":method", r.Method)
	hd.Set(":authority", r.Host)
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	hd.Set(":scheme", scheme)
	hd.Set(":path", r.URL.RequestURI())
	setH2Headers(vm, hd, r.Header)
	ref := &h2ref{body: body, unread: unread}
	id := h.add(ref)
	// The stream reset by the peer, or its connection lost, ends the
	// response's writer; then, or once it completed, the stream is
	// closed.
	ctx := r.Context()
	context.AfterFunc(ctx, func() {
		body.close(ctx.Err())
		settled(func() {
			delete(h.refs, id)
			h.emit(ref, h.hooks.closed, vm.ToValue(!completed.Load()))
		})
	})
	ref.obj = b.rt.Call(mk, goja.Undefined(), vm.ToValue(id), hd).ToObject(vm)
	noBody := reqDone == nil
	if !noBody {
		h.readBody(ref, r, read, reqDone)
	}
	b.rt.Call(onstream, goja.Undefined(), ref.obj, hd)
	if noBody {
		h.emit(ref, h.hooks.end)
	}
}

// readBody hands a server stream's request body to the script (the data
// and end hooks) from a goroutine, counting its bytes in read, and closes
// done once it has read it.
func (h *h2) readBody(ref *h2ref, r *nethttp.Request, read *atomic.Int64, done chan struct{}) {
	q := h.rt.Loop().NewTaskQueue()
	events := newH2Batch(q)
	go func() {
		buf := h2bufs.Get().(*[]byte)
		defer h2bufs.Put(buf)
		for {
			n, err := r.Body.Read(*buf)
			if n > 0 {
				read.Add(int64(n))
				chunk := append([]byte(nil), (*buf)[:n]...)
				events.post(func() { h.emit(ref, h.hooks.data, h.rt.WrapBytes(chunk)) })
			}
			if err != nil {
				close(done)
				q.Close(func() { h.emit(ref, h.hooks.end) })
				return
			}
		}
	}()
}

// unread is h2unread(id): the script will not read the request body, so
// the stream may close once its response is done.
func (h *h2) unread(call goja.FunctionCall) goja.Value {
	if r := h.ref(call); r != nil && r.unread != nil {
		close(r.unread)
		r.unread = nil
	}
	return goja.Undefined()
}

// respond is h2respond(id, status, headers): the response's head
// (":status" among headers is skipped).
func (h *h2) respond(call goja.FunctionCall) goja.Value {
	r := h.ref(call)
	if r == nil || r.responded {
		return goja.Undefined()
	}
	r.responded = true
	resp := h2response{status: int(call.Argument(1).ToInteger())}
	if o, ok := call.Argument(2).(*goja.Object); ok {
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
	// The head goes to the writer with what the script writes next in
	// this turn of the loop (as node sends the HEADERS frame with the
	// first DATA frames), or at the latest on the loop's next turn.
	r.body.setHead(resp)
	h.wakeLater(r.body)
	return goja.Undefined()
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
