package runtime

import "github.com/dop251/goja"

// stdWritable serves write(chunk) of process.stdout's or process.stderr's
// Writable once it is built (serveWrites in js/stdio.js): with the stream
// idle, a plain write(chunk) is written at once, which is all the
// Writable's own write would do, its _write completing synchronously and a
// completed write with no callback leaving the state as it found it
// (pendingcb up and down again, no 'drain' due, nothing scheduled).
// Everything else goes through the Writable's write. Loop goroutine only.
type stdWritable struct {
	r     *Runtime
	fd    int
	w     *goja.Object  // the Writable
	alias goja.Value    // the stand-in standing for w, or undefined
	write goja.Value    // w's _write as built: a replaced one is called
	slow  goja.Callable // the Writable's write
	// failed(err, chunk) writes chunk through the Writable, which reports
	// err, the error of the write attempted here.
	failed goja.Callable
}

// newStdWritable serves serveWrites(fd, w, alias, slow, failed) and returns
// the write to install on w.
func (r *Runtime) newStdWritable(call goja.FunctionCall) goja.Value {
	s := &stdWritable{r: r, fd: int(call.Argument(0).ToInteger()), w: call.Argument(1).ToObject(r.vm), alias: call.Argument(2)}
	s.write = s.w.Get("_write")
	s.slow, _ = goja.AssertFunction(call.Argument(3))
	s.failed, _ = goja.AssertFunction(call.Argument(4))
	if s.slow == nil || s.failed == nil {
		panic(r.vm.NewTypeError("serveWrites: slow and failed must be functions"))
	}
	return writeMethod(r.vm, s.serve)
}

func (s *stdWritable) serve(call goja.FunctionCall) goja.Value {
	this := call.This
	if this != s.w && (this != s.alias || goja.IsUndefined(this)) {
		return s.r.Call(s.slow, this, call.Arguments...)
	}
	if len(call.Arguments) == 1 && s.idle(call.Arguments[0]) {
		chunk := call.Arguments[0]
		if err := s.r.writeStdio(s.fd, chunk, goja.Undefined()); err != nil {
			return s.r.Call(s.failed, goja.Undefined(), s.r.stdioError(err), chunk)
		}
		return s.r.vm.ToValue(true)
	}
	return s.r.Call(s.slow, s.w, call.Arguments...)
}

// idle reports whether the Writable would write chunk at once and be as
// it was after: chunk a string (with the default encoding UTF-8) or a
// Uint8Array, _write not replaced, nothing buffered or being written, not
// corked, ending, destroyed or errored, no 'drain' due.
func (s *stdWritable) idle(chunk goja.Value) bool {
	str := false
	switch x := chunk.(type) {
	case goja.String:
		str = true
	case *goja.Object:
		if _, ok := x.Export().([]byte); !ok {
			return false
		}
	default:
		return false
	}
	if wr := s.w.Get("_write"); wr == nil || !wr.SameAs(s.write) {
		return false
	}
	sv := s.w.Get("_writableState")
	st, ok := sv.(*goja.Object)
	if !ok {
		return false
	}
	if !isZero(st.Get("length")) || !isZero(st.Get("corked")) {
		return false
	}
	for _, k := range [...]string{"writing", "ending", "destroyed", "errored", "needDrain", "objectMode"} {
		if v := st.Get(k); v != nil && v.ToBoolean() {
			return false
		}
	}
	if v := st.Get("constructed"); v == nil || !v.ToBoolean() {
		return false
	}
	if str {
		if e := st.Get("defaultEncoding"); e == nil || e.String() != "utf8" {
			return false
		}
	}
	return true
}

// isZero reports whether v is the number 0.
func isZero(v goja.Value) bool {
	if v == nil {
		return false
	}
	switch n := v.Export().(type) {
	case int64:
		return n == 0
	case float64:
		return n == 0
	}
	return false
}
