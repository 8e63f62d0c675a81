package network

import (
	"io"
	"net"
	"sync"
	"syscall"
	"time"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/internal/streamio"
	"github.com/jsproc/jsproc/runtime"
)

// TLS over a JavaScript stream: a duplexConn is a net.Conn whose bytes
// cross a JS Duplex on the loop (a stream.Duplex made in JS, a socket's
// handle taken over after the script read from it), so that crypto/tls
// runs over it off the loop as over a socket. JS pushes what the stream
// gives with push (on the loop); Go's writes are handed to the loop as
// tasks and never wait for it, so a write made on the loop (a close_notify
// sent by Close) cannot deadlock.

// duplexHighWater is how many unread bytes the conn holds before it asks
// JS to pause the stream; it asks to resume once reads drain them.
const duplexHighWater = 256 << 10

// duplexConn is the Go end of a JS stream.
type duplexConn struct {
	rt  *runtime.Runtime
	q   *runtime.TaskQueue // unref'd: the TLS socket's handle holds the loop
	ops *goja.Object       // write(chunk), end(), destroy(), pause(), resume()

	mu      sync.Mutex
	cond    *sync.Cond
	buf     []byte
	eof     bool
	readErr error
	paused  bool
	closed  bool
	ended   bool

	// src is the socket handle whose input the conn diverted (loop
	// only); nil for a JS stream, paused and resumed through ops.
	src *streamio.Source
}

// newDuplexConn makes the conn over ops; loop goroutine only.
func newDuplexConn(rt *runtime.Runtime, ops *goja.Object) *duplexConn {
	c := &duplexConn{rt: rt, ops: ops, q: rt.Loop().NewTaskQueue()}
	c.q.Unref()
	c.cond = sync.NewCond(&c.mu)
	rt.OnClose(func() { _ = c.Close() })
	return c
}

// Divert takes a socket handle's input (streamio.Diverter): a TLS
// connection over a plain socket the script has read from already.
func (c *duplexConn) Divert(src streamio.Source) { c.src = &src }

// Chunk receives the diverted handle's bytes.
func (c *duplexConn) Chunk(b []byte) {
	if !c.push(b) {
		c.src.Pause()
	}
}

// End receives the diverted handle's end of input.
func (c *duplexConn) End(err error) {
	if err == io.EOF || streamio.IsClosed(err) {
		err = nil
	}
	c.end(err)
}

// resume restarts the paused input. Loop goroutine.
func (c *duplexConn) resume() {
	if c.src != nil {
		c.src.Resume()
		return
	}
	c.call("resume", nil)
}

// call runs ops[name](args...) on the loop.
func (c *duplexConn) call(name string, arg []byte) {
	fn, ok := goja.AssertFunction(c.ops.Get(name))
	if !ok {
		return
	}
	if arg == nil {
		c.rt.Call(fn, c.ops)
		return
	}
	c.rt.Call(fn, c.ops, c.rt.WrapBytes(arg))
}

// push adds bytes the stream gave; false asks JS to pause the stream.
// Loop goroutine.
func (c *duplexConn) push(data []byte) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed || c.eof {
		return true
	}
	c.buf = append(c.buf, data...)
	c.cond.Broadcast()
	if len(c.buf) >= duplexHighWater {
		c.paused = true
		return false
	}
	return true
}

// end marks the end of the stream's input: err nil for 'end', else the
// error reads then return.
func (c *duplexConn) end(err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.eof {
		return
	}
	c.eof = true
	c.readErr = err
	c.cond.Broadcast()
}

// Read returns what JS pushed, blocking until there is some.
func (c *duplexConn) Read(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for len(c.buf) == 0 && !c.eof && !c.closed {
		c.cond.Wait()
	}
	if c.closed {
		return 0, net.ErrClosed
	}
	if len(c.buf) == 0 {
		if c.readErr != nil {
			return 0, &net.OpError{Op: "read", Net: "duplex", Err: c.readErr}
		}
		return 0, io.EOF
	}
	n := copy(p, c.buf)
	c.buf = c.buf[n:]
	if len(c.buf) == 0 {
		c.buf = nil
	}
	if c.paused && len(c.buf) < duplexHighWater/2 {
		c.paused = false
		c.q.Queue(c.resume)
	}
	return n, nil
}

// Write hands a copy of p to the stream's write on the loop.
func (c *duplexConn) Write(p []byte) (int, error) {
	c.mu.Lock()
	closed, ended := c.closed, c.ended
	c.mu.Unlock()
	if closed {
		return 0, net.ErrClosed
	}
	if ended {
		return 0, syscall.EPIPE
	}
	data := append([]byte(nil), p...)
	if !c.q.Queue(func() { c.call("write", data) }) {
		return 0, net.ErrClosed
	}
	return len(p), nil
}

// CloseWrite ends the stream's writable side once the writes before it
// are out.
func (c *duplexConn) CloseWrite() error {
	c.mu.Lock()
	if c.closed || c.ended {
		c.mu.Unlock()
		return nil
	}
	c.ended = true
	c.mu.Unlock()
	c.q.Queue(func() { c.call("end", nil) })
	return nil
}

// Close wakes a waiting read and destroys the stream, as closing node's
// TLS socket destroys what it wraps.
func (c *duplexConn) Close() error {
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return nil
	}
	c.closed = true
	c.buf = nil
	c.cond.Broadcast()
	c.mu.Unlock()
	c.q.Close(func() { c.call("destroy", nil) })
	return nil
}

// LocalAddr is nil: a JS stream has no address (the JS side reports a
// wrapped socket's own).
func (c *duplexConn) LocalAddr() net.Addr { return nil }

// RemoteAddr is nil, as LocalAddr.
func (c *duplexConn) RemoteAddr() net.Addr { return nil }

// SetDeadline does nothing: writes never wait, and reads end with the
// stream or Close.
func (c *duplexConn) SetDeadline(time.Time) error { return nil }

// SetReadDeadline does nothing, as SetDeadline.
func (c *duplexConn) SetReadDeadline(time.Time) error { return nil }

// SetWriteDeadline does nothing, as SetDeadline.
func (c *duplexConn) SetWriteDeadline(time.Time) error { return nil }

// duplexConnFunc is the binding's duplexConn(ops): the JS side of a conn,
// {conn, push(chunk) -> bool, end(), error(message)}.
func duplexConnFunc(rt *runtime.Runtime, call goja.FunctionCall) goja.Value {
	vm := rt.VM()
	ops := call.Argument(0).ToObject(vm)
	c := newDuplexConn(rt, ops)
	o := vm.NewObject()
	o.Set("conn", c)
	o.Set("push", func(call goja.FunctionCall) goja.Value {
		data, ok := rt.Bytes(call.Argument(0))
		if !ok {
			data = []byte(call.Argument(0).String())
		}
		return vm.ToValue(c.push(data))
	})
	o.Set("end", func() { c.end(nil) })
	o.Set("error", func() { c.end(syscall.ECONNRESET) })
	o.Set("close", func() { _ = c.Close() })
	return o
}
