package http

import (
	"crypto/tls"
	"io"
	"net"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/internal/streamio"
	"github.com/jsproc/jsproc/runtime"
)

// Connection modes: what happens to the bytes read.
const (
	modeServer = iota // parsed as requests
	modeClient        // parsed as responses
	modeRaw           // handed to onread, as any socket's
)

// conn is one HTTP connection as JavaScript drives it: the StreamBase
// shape of bindings/stream's Handle (readStart, readStop, writeBuffer,
// shutdown, close, ref, unref, hasRef, onread), over internal/streamio,
// with the HTTP/1.1 parser in Go between the reads and the script. While
// it parses, a read's requests or responses reach the script as
// onheaders, onbody and oncomplete calls; after an upgrade (or when the
// script takes the socket) it is a plain byte stream.
type conn struct {
	rt      *runtime.Runtime
	nc      net.Conn
	obj     *goja.Object
	q       *runtime.TaskQueue
	sources *streamio.Sources
	reader  *streamio.Reader
	writer  *streamio.Writer

	// Loop-goroutine state.
	mode       int
	p          parser
	pending    []byte // read but not parsed: the script paused
	reading    bool
	readerDone bool
	eofPending bool // the end came while paused
	refd       bool
	shutting   bool
	closed     bool
	feeding    bool
	// completed is set while a server's bodiless request is delivered:
	// the script completes it inside onheaders, so that a request costs
	// one call into the script, and the parser's complete that follows
	// is not passed on.
	completed bool

	onread, onheaders, onbody, oncomplete, onerror goja.Callable
	forget                                         func()

	// Reused from one request to the next: onheaders' arguments (the
	// script's call copies them) and a response's bytes once a write
	// took them all at once. Each is taken while in use.
	args []goja.Value
	out  []byte
	last lastHead

	// The callbacks of the writes still out, oldest first, and the
	// writer's completion for them (see writeKept).
	writeCbs    []goja.Callable
	writeDoneFn func(error)
}

func newConn(b *binding, nc net.Conn, mode int, maxHeader int) *conn {
	rt := b.rt
	c := &conn{rt: rt, nc: nc, mode: mode, refd: true}
	c.p.response = mode == modeClient
	c.p.maxHeader = maxHeader
	if mode == modeServer {
		// A server's first request is due from the moment it accepts,
		// as node's is: a silent connection times out too.
		c.p.begun = time.Now()
	}
	c.q = rt.Loop().NewTaskQueue()
	c.sources = streamio.NewSources(c.q, 2, nil)
	c.writer = streamio.NewWriter(keptRaw(nc), c.q, c.sources, streamio.WriterOptions{End: func() error {
		if cw, ok := nc.(interface{ CloseWrite() error }); ok {
			return cw.CloseWrite()
		}
		return nc.Close()
	}})
	c.obj = c.jsObject()
	c.updateRef()
	c.forget = b.track(c.close)
	return c
}

// rawKept is a TCP connection whose raw descriptor access is made once:
// the writer takes it for every write, and a TCP connection makes a new
// one each time asked.
type rawKept struct {
	*net.TCPConn
	raw syscall.RawConn
}

func (r *rawKept) SyscallConn() (syscall.RawConn, error) { return r.raw, nil }

// keptRaw is nc, as a rawKept when it is a TCP connection.
func keptRaw(nc net.Conn) io.Writer {
	if tc, ok := nc.(*net.TCPConn); ok {
		if raw, err := tc.SyscallConn(); err == nil {
			return &rawKept{TCPConn: tc, raw: raw}
		}
	}
	return nc
}

func (c *conn) jsObject() *goja.Object {
	vm := c.rt.VM()
	undef := goja.Undefined()
	o := vm.NewObject()
	o.Set("readStart", func(goja.FunctionCall) goja.Value { return vm.ToValue(c.readStart()) })
	o.Set("readStop", func(goja.FunctionCall) goja.Value { c.readStop(); return vm.ToValue(0) })
	o.Set("writeBuffer", func(call goja.FunctionCall) goja.Value {
		return c.write(call.Argument(0), call.Argument(1), false)
	})
	o.Set("writeLatin1", func(call goja.FunctionCall) goja.Value {
		return c.write(call.Argument(0), call.Argument(1), true)
	})
	o.Set("writeResponse", func(call goja.FunctionCall) goja.Value {
		return c.writeResponse(call.Argument(0), call.Argument(1), call.Argument(2), call.Argument(3))
	})
	o.Set("shutdown", func(call goja.FunctionCall) goja.Value { return c.shutdown(call.Argument(0)) })
	o.Set("close", func(call goja.FunctionCall) goja.Value {
		c.close()
		if fn, ok := goja.AssertFunction(call.Argument(0)); ok {
			enqueue := c.rt.Loop().Reserve()
			enqueue(func() { c.rt.Call(fn, undef) })
		}
		return undef
	})
	o.Set("ref", func(goja.FunctionCall) goja.Value { c.refd = true; c.updateRef(); return undef })
	o.Set("unref", func(goja.FunctionCall) goja.Value { c.refd = false; c.updateRef(); return undef })
	o.Set("hasRef", func(goja.FunctionCall) goja.Value { return vm.ToValue(c.refd && c.active()) })
	o.Set("setRaw", func(goja.FunctionCall) goja.Value { c.setRaw(); return undef })
	o.Set("expect", func(call goja.FunctionCall) goja.Value {
		c.p.methods = append(c.p.methods, call.Argument(0).String())
		return undef
	})
	o.Set("setNoDelay", func(call goja.FunctionCall) goja.Value {
		if tc, ok := c.nc.(*net.TCPConn); ok {
			_ = tc.SetNoDelay(call.Argument(0).ToBoolean())
		}
		return undef
	})
	o.Set("setKeepAlive", func(call goja.FunctionCall) goja.Value {
		if tc, ok := c.nc.(*net.TCPConn); ok {
			_ = tc.SetKeepAlive(call.Argument(0).ToBoolean())
			if d := call.Argument(1).ToInteger(); d > 0 {
				_ = tc.SetKeepAlivePeriod(time.Duration(d) * time.Millisecond)
			}
		}
		return undef
	})
	o.Set("timedOut", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(c.timedOut(call.Argument(0).ToFloat(), call.Argument(1).ToFloat()))
	})
	o.Set("peer", func(goja.FunctionCall) goja.Value { return addrObject(vm, c.nc.RemoteAddr()) })
	o.Set("local", func(goja.FunctionCall) goja.Value { return addrObject(vm, c.nc.LocalAddr()) })
	o.Set("bufferedSize", func(goja.FunctionCall) goja.Value { return vm.ToValue(c.writer.Pending()) })
	o.Set("tlsInfo", func(goja.FunctionCall) goja.Value {
		tc, ok := c.nc.(*tls.Conn)
		if !ok {
			return undef
		}
		st := tc.ConnectionState()
		info := vm.NewObject()
		info.Set("protocol", tlsVersionName(st.Version))
		info.Set("alpnProtocol", st.NegotiatedProtocol)
		info.Set("servername", st.ServerName)
		return info
	})
	return o
}

func addrObject(vm *goja.Runtime, a net.Addr) goja.Value {
	ta, ok := a.(*net.TCPAddr)
	if !ok {
		return goja.Undefined()
	}
	o := vm.NewObject()
	family := "IPv4"
	if ta.IP.To4() == nil {
		family = "IPv6"
	}
	o.Set("address", ta.IP.String())
	o.Set("port", ta.Port)
	o.Set("family", family)
	return o
}

// timedOut reports whether the request being read has taken longer than
// headersTimeout (its head still incomplete) or requestTimeout, in
// milliseconds, zero meaning no limit: node's check of its server's
// connections.
func (c *conn) timedOut(headersTimeout, requestTimeout float64) bool {
	if c.closed || c.mode != modeServer || c.p.begun.IsZero() {
		return false
	}
	ms := float64(time.Since(c.p.begun)) / float64(time.Millisecond)
	if !c.p.headersDone && headersTimeout > 0 && ms >= headersTimeout || requestTimeout > 0 && ms >= requestTimeout {
		// A request times out once, as node's list of active
		// connections drops the ones it reports.
		c.p.begun = time.Time{}
		return true
	}
	return false
}

func (c *conn) active() bool {
	if c.closed {
		return false
	}
	return c.reading || c.shutting || c.writer.Pending() > 0
}

func (c *conn) updateRef() {
	if c.refd && c.active() {
		c.q.Ref()
	} else {
		c.q.Unref()
	}
}

func (c *conn) callbacks() bool {
	get := func(name string) goja.Callable {
		fn, _ := goja.AssertFunction(c.obj.Get(name))
		return fn
	}
	c.onread, c.onheaders, c.onbody, c.oncomplete, c.onerror =
		get("onread"), get("onheaders"), get("onbody"), get("oncomplete"), get("onerror")
	if c.mode == modeRaw {
		return c.onread != nil
	}
	return c.onheaders != nil
}

// readStart starts or resumes reading. It returns 0 or a negative errno.
func (c *conn) readStart() int {
	if c.closed {
		return -int(syscall.EINVAL)
	}
	// The callbacks are looked up each time: a kept-alive client
	// connection gets new ones for each request.
	if !c.callbacks() {
		return -int(syscall.EINVAL)
	}
	if c.reading {
		return 0
	}
	c.reading = true
	c.updateRef()
	if len(c.pending) > 0 || c.eofPending {
		// Bytes read before a pause (or an upgrade) go first, in a task
		// of their own, as a read would.
		c.q.Queue(func() {
			if !c.reading || c.closed {
				return
			}
			data := c.pending
			c.pending = nil
			c.deliver(data)
			if c.eofPending && c.reading && len(c.pending) == 0 {
				c.eofPending = false
				c.readEnded(io.EOF)
			} else if c.reading && c.reader != nil && !c.readerDone {
				c.reader.Resume()
			}
		})
		return 0
	}
	if c.readerDone {
		return 0
	}
	if c.reader == nil {
		// A server's connection is read on the loop, which waits for
		// it with everything else, as libuv's loop does: a request
		// answered at once then costs no hand-off from a reading
		// goroutine to the loop (a goroutine's wake-up, a second read
		// that finds nothing, the scheduler's turns), most of what a
		// small request cost beyond its script. A TLS connection, which
		// cannot be read without waiting, is read by a goroutine still.
		opts := streamio.ReaderOptions{OnLoop: c.mode == modeServer}
		if _, ok := c.nc.(*net.TCPConn); ok {
			// A TCP socket's short read empties it: no read follows
			// one only to find nothing.
			opts.ShortReadDrains = true
		}
		c.reader = streamio.StartReader(c.nc, c.q, c.sources, opts, c.deliver, c.readEnded)
	} else {
		c.reader.Resume()
	}
	return 0
}

func (c *conn) readStop() {
	if c.reader != nil {
		c.reader.Pause()
	}
	c.reading = false
	c.updateRef()
}

// setRaw hands the bytes still unparsed, and all later ones, to onread.
func (c *conn) setRaw() {
	c.mode = modeRaw
	c.callbacks()
}

// deliver takes one read's bytes on the loop.
func (c *conn) deliver(data []byte) {
	if c.closed {
		return
	}
	if !c.reading {
		c.pending = append(c.pending, data...)
		if c.reader != nil {
			c.reader.Pause()
		}
		return
	}
	if c.mode == modeRaw {
		c.rt.Call(c.onread, goja.Undefined(), c.rt.WrapBytes(data))
		return
	}
	c.feeding = true
	rest, err := c.p.feed(data, c, func() bool { return !c.reading || c.closed || c.mode == modeRaw })
	c.feeding = false
	if err != nil {
		c.parseFailed(err, data)
		return
	}
	if len(rest) > 0 && !c.closed {
		c.pending = append(append([]byte(nil), rest...), c.pending...)
		if c.mode == modeRaw || !c.reading {
			if c.reader != nil {
				c.reader.Pause()
			}
			c.reading = false
			c.updateRef()
		}
	}
}

func (c *conn) parseFailed(err error, data []byte) {
	pe, _ := err.(*parseError)
	c.readStop()
	if c.onerror == nil {
		c.close()
		return
	}
	e := c.rt.NodeError("Error", pe.code, "Parse Error: "+pe.reason)
	e.Set("bytesParsed", 0)
	e.Set("reason", pe.reason)
	e.Set("rawPacket", c.rt.WrapBytes(append([]byte(nil), data...)))
	c.rt.Call(c.onerror, goja.Undefined(), e)
}

// headers, body and complete are the parser's events (parserEvents).
// A server's onheaders returns true when the script takes an upgrade; one
// it declines (node's server does when no one listens for 'upgrade') is an
// ordinary request, and the connection stays HTTP.
func (c *conn) headers(m *message, head []byte) bool {
	server := c.mode == modeServer
	var headv goja.Value = goja.Undefined()
	wasReading := c.reading
	if m.upgrade {
		// The script's upgrade listener may read the socket at once: it
		// is raw before the listener runs.
		headv = c.rt.WrapBytes(append([]byte(nil), head...))
		c.setRaw()
		c.reading = false
		if c.reader != nil {
			c.reader.Pause()
		}
		c.updateRef()
	}
	var args []goja.Value
	var bodyless bool
	if server {
		args, bodyless = c.last.serverHeaderArgs(c.rt.VM(), c.args[:0], m, headv)
	} else {
		args = headerArgs(c.rt.VM(), c.args[:0], m, headv)
	}
	c.args = nil
	if server && !m.upgrade {
		c.completed = bodyless
	}
	res := c.rt.Call(c.onheaders, goja.Undefined(), args...)
	clear(args)
	c.args = args[:0]
	if !m.upgrade {
		return false
	}
	if !server || (res != nil && res.ToBoolean()) || c.closed {
		return true
	}
	// Declined: back to HTTP, the message read on as any other.
	c.mode = modeServer
	c.callbacks()
	c.completed = bodyless
	c.reading = wasReading
	if c.reading && c.reader != nil {
		c.reader.Resume()
	}
	c.updateRef()
	return false
}

// headerArgs are a client's onheaders arguments for a response:
// (minor, rawHeaders, method, url, status, reason, upgrade, keepAlive,
// head, bodyless), appended to args.
func headerArgs(vm *goja.Runtime, args []goja.Value, m *message, head goja.Value) []goja.Value {
	raw := make([]any, len(m.raw))
	for i, s := range m.raw {
		raw[i] = s
	}
	bodyless := !m.upgrade && (m.noBody || (!m.chunked && m.length <= 0 && !m.untilClose))
	return append(args, vm.ToValue(m.minor), vm.NewArray(raw...),
		vm.ToValue(m.method), vm.ToValue(m.url), vm.ToValue(m.status), vm.ToValue(m.reason),
		vm.ToValue(m.upgrade), vm.ToValue(m.keepAlive), head, vm.ToValue(bodyless))
}

// Flags of a server's request, onheaders' fifth argument.
const (
	reqUpgrade   = 1 << iota // an upgrade (or CONNECT): the socket is the script's
	reqKeepAlive             // the client keeps the connection
	reqBodyless              // the head is the whole request
	reqExpect                // an Expect header came
)

// serverHeaderArgs are a server's onheaders arguments for a request:
// (minor, rawHeaders, method, url, flags, head), appended to args, the
// raw headers as one string, the names and values joined by '\n' (which
// the parser lets no header hold): one string costs far less than an
// array the script may never read. It reports too whether the request
// is bodyless.
func (l *lastHead) serverHeaderArgs(vm *goja.Runtime, args []goja.Value, m *message, head goja.Value) ([]goja.Value, bool) {
	flags := 0
	if m.upgrade {
		flags |= reqUpgrade
	}
	if m.keepAlive {
		flags |= reqKeepAlive
	}
	// Bodyless as if no upgrade: the script may decline one.
	bodyless := m.noBody || (!m.chunked && m.length <= 0 && !m.untilClose)
	if bodyless {
		flags |= reqBodyless
	}
	// The flag spares the server building the headers object of every
	// request to look for Expect.
	for i := 0; i < len(m.raw); i += 2 {
		if len(m.raw[i]) == 6 && strings.EqualFold(m.raw[i], "expect") {
			flags |= reqExpect
			break
		}
	}
	rawv, methodv, urlv := l.values(vm, m)
	return append(args, vm.ToValue(m.minor), rawv, methodv, urlv, vm.ToValue(flags), head), bodyless
}

// lastHead keeps the script's values of a connection's last request
// head: a kept-alive client most often sends the same raw headers, method
// and url request after request, and a value reused costs neither the
// joined string nor its conversion for the script.
type lastHead struct {
	raw                 []string
	method, url         string
	rawv, methodv, urlv goja.Value
}

// values are m's raw headers (joined by '\n'), method and url as the
// script's values, the last request's where they are the same.
func (l *lastHead) values(vm *goja.Runtime, m *message) (rawv, methodv, urlv goja.Value) {
	if l.rawv == nil || !slices.Equal(l.raw, m.raw) {
		l.raw = m.raw
		l.rawv = vm.ToValue(strings.Join(m.raw, "\n"))
	}
	if l.methodv == nil || l.method != m.method {
		l.method, l.methodv = m.method, vm.ToValue(m.method)
	}
	if l.urlv == nil || l.url != m.url {
		l.url, l.urlv = m.url, vm.ToValue(m.url)
	}
	return l.rawv, l.methodv, l.urlv
}

func (c *conn) body(chunk []byte) {
	c.rt.Call(c.onbody, goja.Undefined(), c.rt.WrapBytes(append([]byte(nil), chunk...)))
}

func (c *conn) complete(trailers []string) {
	if c.completed {
		c.completed = false
		return
	}
	var tv goja.Value = goja.Undefined()
	if trailers != nil {
		raw := make([]any, len(trailers))
		for i, s := range trailers {
			raw[i] = s
		}
		tv = c.rt.VM().NewArray(raw...)
	}
	c.rt.Call(c.oncomplete, goja.Undefined(), tv)
}

func (c *conn) readEnded(err error) {
	c.readerDone = true
	if c.closed || streamio.IsClosed(err) {
		c.reading = false
		c.updateRef()
		return
	}
	if err == io.EOF && (len(c.pending) > 0 || !c.reading) {
		c.eofPending = true
		return
	}
	c.reading = false
	c.updateRef()
	undef := goja.Undefined()
	if err == io.EOF && c.mode != modeRaw {
		// A message cut short by the end of input is the script's to
		// report (an aborted response, a hang-up), as node's is; a
		// server reports a head cut short as node's parser.finish() does.
		if perr := c.p.eof(c); perr != nil && c.mode == modeServer && c.p.cur == nil && c.onerror != nil {
			pe, _ := perr.(*parseError)
			e := c.rt.NodeError("Error", pe.code, "Parse Error")
			e.Set("bytesParsed", 0)
			c.rt.Call(c.onerror, undef, e)
			if c.closed {
				return
			}
		}
	}
	if c.onread == nil {
		c.callbacks()
	}
	if c.onread == nil {
		return
	}
	if err == io.EOF {
		c.rt.Call(c.onread, undef, goja.Null())
		return
	}
	c.rt.Call(c.onread, undef, goja.Null(), readError(c.rt, c.nc, err))
}

func (c *conn) write(chunk, cb goja.Value, latin1 bool) goja.Value {
	if c.closed {
		return c.rt.ErrnoException(syscall.EBADF, "write")
	}
	var data []byte
	if latin1 {
		s := chunk.String()
		data = make([]byte, 0, len(s))
		for _, r := range s {
			data = append(data, byte(r))
		}
	} else if b, ok := c.rt.Bytes(chunk); ok {
		data = b
	} else {
		data = []byte(chunk.String())
	}
	return c.writeBytes(data, cb)
}

// writeBytes writes data, which the writer may keep; cb follows when the
// write could not finish at once (1 returned), as write's.
func (c *conn) writeBytes(data []byte, cb goja.Value) goja.Value {
	v, _ := c.writeKept(data, cb)
	return v
}

// writeKept is writeBytes, reporting whether the writer kept data (the
// write could not finish at once).
func (c *conn) writeKept(data []byte, cb goja.Value) (goja.Value, bool) {
	// Most writes finish at once: the callback is wrapped, and waits in
	// writeCbs, only for one that does not.
	if c.writeDoneFn == nil {
		c.writeDoneFn = c.writeDone
	}
	done, err := c.writer.Write(data, c.writeDoneFn)
	if done {
		if err != nil {
			return c.rt.ErrnoException(err, "write"), false
		}
		return c.rt.VM().ToValue(0), false
	}
	fn, _ := goja.AssertFunction(cb)
	c.writeCbs = append(c.writeCbs, fn)
	c.updateRef()
	return c.rt.VM().ToValue(1), true
}

// writeDone is the completion of the oldest write that did not finish at
// once (the writer completes them in order): its callback is called.
func (c *conn) writeDone(err error) {
	fn := c.writeCbs[0]
	c.writeCbs[0] = nil
	c.writeCbs = c.writeCbs[1:]
	c.updateRef()
	c.callback(fn, err, "write")
}

// writeResponse writes a response's ASCII head and its whole body, a
// string sent in UTF-8, in one write: writeResponse(head, body, trailer,
// cb), the body framed as the last chunk, the terminator and trailer
// (the trailer lines) when trailer is a string. It returns what write
// does, or 2, having written nothing, for a body of maxResponseBody bytes
// or more: the script writes that one as any other.
func (c *conn) writeResponse(headv, bodyv, trailerv, cb goja.Value) goja.Value {
	if c.closed {
		return c.rt.ErrnoException(syscall.EBADF, "write")
	}
	head, body := headv.String(), bodyv.String()
	if len(body) >= maxResponseBody {
		return c.rt.VM().ToValue(2)
	}
	data := c.out[:0]
	c.out = nil
	if goja.IsString(trailerv) {
		trailer := trailerv.String()
		data = slices.Grow(data, len(head)+len(body)+len(trailer)+16)
		data = append(data, head...)
		data = strconv.AppendInt(data, int64(len(body)), 16)
		data = append(data, "\r\n"...)
		data = append(data, body...)
		data = append(data, "\r\n0\r\n"...)
		data = append(data, trailer...)
		data = append(data, "\r\n"...)
	} else {
		data = slices.Grow(data, len(head)+len(body))
		data = append(data, head...)
		data = append(data, body...)
	}
	v, kept := c.writeKept(data, cb)
	if !kept && cap(data) <= maxReusedOut {
		c.out = data[:0]
	}
	return v
}

// maxResponseBody bounds the body writeResponse takes.
const maxResponseBody = 4096

// maxReusedOut bounds the response buffer a connection keeps.
const maxReusedOut = 16 << 10

func (c *conn) shutdown(cb goja.Value) goja.Value {
	if c.closed {
		return c.rt.ErrnoException(syscall.ENOTCONN, "shutdown")
	}
	fn, _ := goja.AssertFunction(cb)
	done, err := c.writer.Shutdown(func(err error) {
		c.shutting = false
		c.updateRef()
		c.callback(fn, err, "shutdown")
	})
	if done {
		if err != nil {
			return c.rt.ErrnoException(err, "shutdown")
		}
		return c.rt.VM().ToValue(0)
	}
	c.shutting = true
	c.updateRef()
	return c.rt.VM().ToValue(1)
}

func (c *conn) close() {
	if c.closed {
		return
	}
	c.closed = true
	c.forget()
	if c.reader != nil {
		c.reader.Stop()
	} else if !c.readerDone {
		c.readerDone = true
		c.sources.Done(nil)
	}
	c.writer.Stop()
	_ = c.nc.Close()
	c.q.Unref()
}

func (c *conn) callback(fn goja.Callable, err error, syscallName string) {
	if fn == nil {
		return
	}
	if err == nil {
		c.rt.Call(fn, goja.Undefined(), goja.Undefined())
		return
	}
	c.rt.Call(fn, goja.Undefined(), c.rt.ErrnoException(err, syscallName))
}

func tlsVersionName(v uint16) string {
	switch v {
	case tls.VersionTLS13:
		return "TLSv1.3"
	case tls.VersionTLS12:
		return "TLSv1.2"
	case tls.VersionTLS11:
		return "TLSv1.1"
	}
	return "TLSv1"
}
