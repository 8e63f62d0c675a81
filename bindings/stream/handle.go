package stream

import (
	"io"
	"syscall"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/internal/streamio"
	"github.com/jsproc/jsproc/runtime"
)

// HandleOptions describe what a Handle moves.
type HandleOptions struct {
	// Readable and Writable say which ways bytes go.
	Readable, Writable bool
	// End ends the writing side for shutdown(): a half-close for a socket.
	// Nil closes the connection when it is an io.Closer.
	End func() error
	// ReadSize is the size of each read; zero means 64 KiB, as node.
	ReadSize int
	// OnClose runs on the loop once the handle is closed and every
	// goroutine serving it has finished.
	OnClose func()
}

// Handle is a Go-backed stream as JavaScript drives it, the shape of
// node's StreamBase handles (pipes, sockets, terminals): the JS object
// has readStart, readStop, writeBuffer, shutdown, close, ref, unref and
// hasRef, and calls its onread(chunk) for data, onread(null) at the end of
// input and onread(null, error) for a failed read. Bytes move through
// internal/streamio: reads stop while the stream is paused, writes never
// block the loop.
//
// A Handle holds the loop while it is ref'd and active (reading, or with
// writes or a shutdown pending), as node's handles do.
type Handle struct {
	rt      *runtime.Runtime
	conn    io.ReadWriter
	opts    HandleOptions
	obj     *goja.Object
	q       *runtime.TaskQueue
	sources *streamio.Sources
	reader  *streamio.Reader
	tap     streamio.Tap // loop: a consumer reading the input in Go
	writer  *streamio.Writer

	// Loop-goroutine state.
	reading    bool
	readerDone bool
	refd       bool
	shutting   bool
	closed     bool
	onread     goja.Callable
}

// NewHandle wraps conn (a pipe end, a socket, a terminal) for JS. Loop
// goroutine only.
func NewHandle(rt *runtime.Runtime, conn io.ReadWriter, opts HandleOptions) *Handle {
	h := &Handle{rt: rt, conn: conn, opts: opts, refd: true}
	h.q = rt.Loop().NewTaskQueue()
	n := 0
	if opts.Readable {
		n++
	}
	if opts.Writable {
		n++
	}
	h.sources = streamio.NewSources(h.q, n, h.finished)
	if n == 0 {
		// Nothing will ever finish: close the queue now.
		h.sources.Add(1)
		h.sources.Done(nil)
	}
	if opts.Writable {
		end := opts.End
		if end == nil {
			end = func() error {
				if c, ok := conn.(io.Closer); ok {
					return c.Close()
				}
				return nil
			}
		}
		h.writer = streamio.NewWriter(conn, h.q, h.sources, streamio.WriterOptions{End: end})
	}
	h.obj = h.jsObject()
	h.updateRef()
	// A run that ends with the handle open closes it, so no goroutine
	// serving it outlives the runtime.
	rt.OnClose(func() { h.Close(goja.Undefined()) })
	return h
}

// Object returns the JS handle object.
func (h *Handle) Object() *goja.Object { return h.obj }

func (h *Handle) jsObject() *goja.Object {
	vm := h.rt.VM()
	undef := goja.Undefined()
	o := vm.NewObject()
	o.Set("readStart", func(goja.FunctionCall) goja.Value { return vm.ToValue(h.ReadStart()) })
	o.Set("readStop", func(call goja.FunctionCall) goja.Value {
		if call.Argument(0).ToBoolean() {
			h.ReadStopNow()
		} else {
			h.ReadStop()
		}
		return vm.ToValue(0)
	})
	o.Set("writeBuffer", func(call goja.FunctionCall) goja.Value {
		return h.write(call.Argument(0), call.Argument(1))
	})
	o.Set("shutdown", func(call goja.FunctionCall) goja.Value { return h.shutdown(call.Argument(0)) })
	o.Set("divert", func(call goja.FunctionCall) goja.Value {
		d, ok := call.Argument(0).Export().(streamio.Diverter)
		return vm.ToValue(ok && h.Divert(d))
	})
	o.Set("close", func(call goja.FunctionCall) goja.Value { h.Close(call.Argument(0)); return undef })
	o.Set("ref", func(goja.FunctionCall) goja.Value { h.refd = true; h.updateRef(); return undef })
	o.Set("unref", func(goja.FunctionCall) goja.Value { h.refd = false; h.updateRef(); return undef })
	o.Set("hasRef", func(goja.FunctionCall) goja.Value { return vm.ToValue(h.refd && h.active()) })
	return o
}

// active reports whether the handle has work under way.
func (h *Handle) active() bool {
	if h.closed {
		return false
	}
	return h.reading || h.shutting || (h.writer != nil && h.writer.Pending() > 0)
}

func (h *Handle) updateRef() {
	if h.refd && h.active() {
		h.q.Ref()
	} else {
		h.q.Unref()
	}
}

// ReadStart starts or resumes reading: chunks go to the JS object's
// onread. It returns 0 or a negative errno.
func (h *Handle) ReadStart() int {
	if h.closed || !h.opts.Readable || h.readerDone {
		return -int(syscall.EINVAL)
	}
	if h.onread == nil {
		fn, ok := goja.AssertFunction(h.obj.Get("onread"))
		if !ok {
			return -int(syscall.EINVAL)
		}
		h.onread = fn
	}
	h.reading = true
	if h.reader == nil {
		undef := goja.Undefined()
		h.reader = streamio.StartReader(h.conn, h.q, h.sources, streamio.ReaderOptions{Size: h.opts.ReadSize},
			func(chunk []byte) {
				if !h.tap.Chunk(chunk) {
					h.rt.Call(h.onread, undef, h.rt.WrapBytes(chunk))
				}
			}, func(err error) {
				if !h.tap.End(err) {
					h.readEnded(err)
				}
			})
	} else {
		h.reader.Resume()
	}
	h.updateRef()
	return 0
}

// Divert hands the handle's input to d (readline splitting lines in Go)
// in place of onread, and starts reading. It reports false when the
// handle is closed, not readable, at its end or diverted already. Loop
// goroutine only.
func (h *Handle) Divert(d streamio.Diverter) bool {
	if h.closed || !h.opts.Readable || h.readerDone || h.tap.Diverted() || h.ReadStart() != 0 {
		return false
	}
	undef := goja.Undefined()
	h.tap.Set(d, streamio.Source{
		Pause:  h.ReadStop,
		Resume: func() { h.ReadStart() },
		Deliver: func(chunk []byte) {
			h.rt.Call(h.onread, undef, h.rt.WrapBytes(chunk))
		},
		End: h.readEnded,
	})
	return true
}

// ReadStop pauses reading.
func (h *Handle) ReadStop() {
	if h.reader != nil {
		h.reader.Pause()
	}
	h.reading = false
	h.updateRef()
}

// ReadStopNow stops reading as ReadStop does, and also ends a read
// waiting for data without taking any: for a descriptor handed to a
// child process, which must read what comes next itself.
func (h *Handle) ReadStopNow() {
	if h.reader != nil {
		h.reader.PauseNow()
	}
	h.reading = false
	h.updateRef()
}

func (h *Handle) readEnded(err error) {
	h.readerDone = true
	h.reading = false
	h.updateRef()
	if h.closed || streamio.IsClosed(err) {
		return
	}
	undef := goja.Undefined()
	if err == io.EOF {
		h.rt.Call(h.onread, undef, goja.Null())
		return
	}
	h.rt.Call(h.onread, undef, goja.Null(), h.rt.ErrnoException(err, "read"))
}

// write writes a Buffer or string: 0 when done now, 1 when cb(err) will
// be called, or the error.
func (h *Handle) write(chunk, cb goja.Value) goja.Value {
	vm := h.rt.VM()
	if h.closed || h.writer == nil {
		return h.rt.ErrnoException(syscall.EBADF, "write")
	}
	data, ok := h.rt.Bytes(chunk)
	if !ok {
		data = []byte(chunk.String())
	}
	fn, _ := goja.AssertFunction(cb)
	done, err := h.writer.Write(data, func(err error) {
		h.updateRef()
		h.callback(fn, err, "write")
	})
	if done {
		return h.result(err, "write")
	}
	h.updateRef()
	return vm.ToValue(1)
}

// shutdown ends the writing side after pending writes: 0 when done now,
// 1 when cb(err) will be called, or the error.
func (h *Handle) shutdown(cb goja.Value) goja.Value {
	if h.closed || h.writer == nil {
		return h.rt.ErrnoException(syscall.ENOTCONN, "shutdown")
	}
	fn, _ := goja.AssertFunction(cb)
	done, err := h.writer.Shutdown(func(err error) {
		h.shutting = false
		h.updateRef()
		h.callback(fn, err, "shutdown")
	})
	if done {
		return h.result(err, "shutdown")
	}
	h.shutting = true
	h.updateRef()
	return h.rt.VM().ToValue(1)
}

// Close stops reading and writing and closes the connection; cb (when a
// function) is called in a later macrotask. Loop goroutine only.
func (h *Handle) Close(cb goja.Value) {
	if h.closed {
		return
	}
	h.closed = true
	if h.reader != nil {
		h.reader.Stop()
	} else if h.opts.Readable && !h.readerDone {
		h.readerDone = true
		h.sources.Done(nil)
	}
	if h.writer != nil {
		h.writer.Stop()
	}
	if c, ok := h.conn.(io.Closer); ok {
		_ = c.Close()
	}
	h.q.Unref()
	if fn, ok := goja.AssertFunction(cb); ok {
		enqueue := h.rt.Loop().Reserve()
		enqueue(func() { h.rt.Call(fn, goja.Undefined()) })
	}
}

// finished runs when every goroutine serving the handle is done.
func (h *Handle) finished() {
	if h.opts.OnClose != nil {
		h.opts.OnClose()
	}
}

func (h *Handle) callback(fn goja.Callable, err error, syscallName string) {
	if fn == nil {
		return
	}
	if err == nil {
		h.rt.Call(fn, goja.Undefined(), goja.Undefined())
		return
	}
	h.rt.Call(fn, goja.Undefined(), h.rt.ErrnoException(err, syscallName))
}

// result is what a synchronous write or shutdown returns: 0, or the error.
func (h *Handle) result(err error, syscallName string) goja.Value {
	if err == nil {
		return h.rt.VM().ToValue(0)
	}
	return h.rt.ErrnoException(err, syscallName)
}
