package childprocess

import (
	"syscall"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

// A child's stdin as the script writes to it in a loop: while one write
// is in flight, the script's stream hands each later write straight to
// Go (the pipe's appender), which adds it to that write and keeps the
// count of its bytes, instead of the stream's state in JS taking each
// one. The stream's state catches up from Go (FastLen) whenever the
// script or the stream machinery reads it, and when the write completes.

// fastWrite is a pipe's write in flight as the script's stream sees it.
// Loop.
type fastWrite struct {
	on  bool // a write started by WriteFast is in flight
	len int  // its length as the stream counts it (UTF-16 units for strings)
	hwm int  // the stream's highWaterMark
	fn  goja.Value
}

// WriteFast writes chunk as Write does, with done(err, total) called at
// completion, total being the bytes of the write and of everything
// appended to it. While it is in flight, the pipe's appender adds
// writes to it.
func (c *child) WriteFast(fd int, chunk goja.Value, done goja.Value, hwm int) int {
	p := c.pipes[fd]
	if p == nil || !p.writeOpen {
		return -int(syscall.EPIPE)
	}
	fn, _ := goja.AssertFunction(done)
	complete := func(err error) {
		total := p.fast.len
		p.fast.on, p.fast.len = false, 0
		if fn == nil {
			return
		}
		vm := c.rt.VM()
		ev := goja.Undefined()
		if err != nil {
			ev = c.rt.ErrnoException(err, "write")
		}
		c.rt.Call(fn, goja.Undefined(), ev, vm.ToValue(total))
	}
	var ok bool
	var err error
	var n int
	if s, isStr := chunk.(goja.String); isStr {
		n = s.Length()
		ok, err = p.w.WriteString(s.String(), complete)
	} else {
		data, _ := c.rt.Bytes(chunk)
		n = len(data)
		ok, err = p.w.Write(data, complete)
	}
	if !ok {
		p.fast = fastWrite{on: true, len: n, hwm: hwm, fn: p.fast.fn}
	}
	return writeResult(ok, err)
}

// FastLen returns the length of the write WriteFast started, appended
// writes included, or -1 when none is in flight.
func (c *child) FastLen(fd int) int {
	if p := c.pipes[fd]; p != nil && p.fast.on {
		return p.fast.len
	}
	return -1
}

// Appender returns the pipe's appender: a function of one chunk (a
// string, written in UTF-8, or a Uint8Array) that adds it to the write
// WriteFast started and returns whether the stream is under its
// highWaterMark; undefined when it cannot (no such write in flight, the
// pipe closed, another kind of chunk), the stream then writing it its
// own way.
func (c *child) Appender(fd int) goja.Value {
	p := c.pipes[fd]
	if p == nil || !p.writable {
		return goja.Undefined()
	}
	if p.fast.fn != nil {
		return p.fast.fn
	}
	vm := c.rt.VM()
	undef := goja.Undefined()
	yes, no := vm.ToValue(true), vm.ToValue(false)
	p.fast.fn = vm.ToValue(func(call goja.FunctionCall) goja.Value {
		if !p.fast.on || !p.writeOpen {
			return undef
		}
		chunk := call.Argument(0)
		var n int
		switch x := chunk.(type) {
		case goja.String:
			if !p.w.AppendString(x.String()) {
				return undef
			}
			n = x.Length()
		case *goja.Object:
			data, isBytes := x.Export().([]byte)
			if !isBytes || !p.w.Append(data) {
				return undef
			}
			n = len(data)
		default:
			return undef
		}
		p.fast.len += n
		if p.fast.len < p.fast.hwm {
			return yes
		}
		return no
	})
	return p.fast.fn
}

// pipeWrite returns the write method of a child's pipe streams
// (PipeSocket in js/child_process.js) for js, the method written in JS:
// while a write is in flight, write(chunk) goes to the pipe's appender
// (the stream's _fastWrite) with no call into JS; everything else, and a
// chunk the appender declines, goes to js. The write of a loop of small
// writes costs a property read and the append.
func pipeWrite(rt *runtime.Runtime, js goja.Value) goja.Value {
	vm := rt.VM()
	jsWrite, ok := goja.AssertFunction(js)
	if !ok {
		panic(vm.NewTypeError("pipeWrite: not a function"))
	}
	write := func(call goja.FunctionCall) goja.Value {
		if len(call.Arguments) == 1 {
			if this, ok := call.This.(*goja.Object); ok {
				if fw, ok := this.Get("_fastWrite").(*goja.Object); ok {
					if appender, ok := fw.Export().(func(goja.FunctionCall) goja.Value); ok {
						r := appender(goja.FunctionCall{This: goja.Undefined(), Arguments: call.Arguments})
						if b, ok := r.Export().(bool); ok {
							if !b {
								if st, ok := this.Get("_writableState").(*goja.Object); ok {
									_ = st.Set("needDrain", true)
								}
							}
							return r
						}
					}
				}
			}
		}
		return rt.Call(jsWrite, call.This, call.Arguments...)
	}
	// As the Writable's write: anonymous, of length 3.
	o := vm.ToValue(write).(*goja.Object)
	_ = o.DefineDataProperty("name", vm.ToValue(""), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = o.DefineDataProperty("length", vm.ToValue(3), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return o
}
