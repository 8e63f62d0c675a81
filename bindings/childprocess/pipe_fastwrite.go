package childprocess

import (
	"syscall"

	"github.com/dop251/goja"
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
// (the stream's _fastWrite) with no call into JS; when none is, and the
// stream is in the state write()'s fast path wants, to the pipe directly
// (idleWrite), started (js's fastStarted) keeping the stream's state when
// the write does not complete at once. Everything else, and a chunk the
// appender declines, goes to js. bufProto is Buffer.prototype.
func (s *state) pipeWrite(js, started, bufProto goja.Value) goja.Value {
	rt := s.rt
	vm := rt.VM()
	jsWrite, ok := goja.AssertFunction(js)
	if !ok {
		panic(vm.NewTypeError("pipeWrite: not a function"))
	}
	startedFn, _ := goja.AssertFunction(started)
	bp, _ := bufProto.(*goja.Object)
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
				} else if startedFn != nil && bp != nil {
					if r := s.idleWrite(this, call.Arguments[0], startedFn, bp); r != nil {
						return r
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

// idleWrite is write()'s fast path (js/child_process.js) in Go, for a
// write with no encoding or callback while none is in flight: when the
// stream's state is what that path checks for, the chunk goes to the
// pipe with no call into JS, unless it does not complete at once, when
// started keeps the stream's state. It returns write()'s value, or nil
// when the stream is in any other state (the first write of a stream
// included: JS makes its completion), the chunk then going to JS.
func (s *state) idleWrite(sock *goja.Object, chunk goja.Value, started goja.Callable, bufProto *goja.Object) goja.Value {
	if s.handleKey == nil {
		return nil
	}
	done := sock.Get("_fastDone")
	if done == nil || goja.IsUndefined(done) {
		return nil
	}
	cp, ok := sock.Get("_child").(*goja.Object)
	if !ok {
		return nil
	}
	h, ok := cp.Get("_handle").(*goja.Object)
	if !ok {
		return nil
	}
	ref, ok := h.GetSymbol(s.handleKey).Export().(*handleRef)
	if !ok {
		return nil
	}
	fdv := sock.Get("_fd")
	if fdv == nil {
		return nil
	}
	fd := int(fdv.ToInteger())
	if fd == 1 || fd == 2 {
		return nil
	}
	st, ok := sock.Get("_writableState").(*goja.Object)
	if !ok || truthy(st.Get("writing")) || truthy(st.Get("corked")) || truthy(st.Get("ending")) ||
		truthy(st.Get("destroyed")) || truthy(st.Get("errored")) {
		return nil
	}
	buffered, ok := st.Get("buffered").(*goja.Object)
	if !ok || !sameInt(st.Get("bufferedIndex"), buffered.Get("length")) {
		return nil
	}
	var n int
	switch x := chunk.(type) {
	case goja.String:
		if enc := st.Get("defaultEncoding"); enc == nil || enc.String() != "utf8" {
			return nil
		}
		n = x.Length()
	case *goja.Object:
		data, isBytes := x.Export().([]byte)
		if !isBytes || !hasProto(x, bufProto) {
			return nil
		}
		n = len(data)
	default:
		return nil
	}
	hwm := st.Get("highWaterMark")
	if hwm == nil {
		return nil
	}
	vm := s.rt.VM()
	r := ref.c.WriteFast(fd, chunk, done, int(hwm.ToInteger()))
	if r == 0 {
		return vm.ToValue(true)
	}
	return s.rt.Call(started, goja.Undefined(), sock, st, h, vm.ToValue(r), vm.ToValue(n))
}

// truthy is JS's Boolean(v), false for a missing property.
func truthy(v goja.Value) bool { return v != nil && v.ToBoolean() }

// sameInt reports whether a and b are the same integer.
func sameInt(a, b goja.Value) bool {
	return a != nil && b != nil && a.ToInteger() == b.ToInteger()
}

// hasProto reports whether proto is on o's prototype chain (o instanceof
// the constructor whose prototype it is).
func hasProto(o, proto *goja.Object) bool {
	for p := o.Prototype(); p != nil; p = p.Prototype() {
		if p == proto {
			return true
		}
	}
	return false
}
