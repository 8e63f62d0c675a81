package runtime

import "github.com/dop251/goja"

// standIn is the native side of process.stdout's and process.stderr's
// stand-in (makeLazyWritable in js/stdio.js): the object a script gets
// before anything but write(), fd or isTTY has made the stand-in build
// the real Writable. It serves the two things a loop of
// process.stdout.write(s) does, the proxy's get and the write itself,
// without a call into JS. Loop goroutine only.
type standIn struct {
	r       *Runtime
	fd      int
	own     *goja.Object  // the stand-in's own properties (write, fd, isTTY)
	upgrade goja.Callable // builds the Writable, calling built
	write   goja.Callable // the stand-in's write in JS: every other case
	failed  goja.Callable // failed(err, chunk): a failed write, to report
	real    *goja.Object  // the Writable, once built
}

// newStandIn serves standIn(fd, own, upgrade, write, failed): it sets
// own.write to the native write and returns [get, built]: the proxy's get
// trap, and built(real), which upgrade calls once it has built the
// Writable (whichever trap made it).
func (r *Runtime) newStandIn(call goja.FunctionCall) goja.Value {
	s := &standIn{r: r, fd: int(call.Argument(0).ToInteger()), own: call.Argument(1).ToObject(r.vm)}
	s.upgrade, _ = goja.AssertFunction(call.Argument(2))
	s.write, _ = goja.AssertFunction(call.Argument(3))
	s.failed, _ = goja.AssertFunction(call.Argument(4))
	if s.upgrade == nil || s.write == nil || s.failed == nil {
		panic(r.vm.NewTypeError("standIn: upgrade, write and failed must be functions"))
	}
	_ = s.own.Set("write", writeMethod(r.vm, s.nativeWrite))
	built := func(call goja.FunctionCall) goja.Value {
		s.real = call.Argument(0).ToObject(r.vm)
		return goja.Undefined()
	}
	return r.vm.NewArray(s.get, built)
}

// get is the proxy's get trap, get(target, key): own's property while
// the Writable is not built, else the Writable's, building it first.
func (s *standIn) get(call goja.FunctionCall) goja.Value {
	key := call.Argument(1)
	sym, isSym := key.(*goja.Symbol)
	if s.real == nil {
		if !isSym {
			if v := s.own.Get(key.String()); v != nil {
				return v
			}
		}
		s.r.Call(s.upgrade, goja.Undefined())
		if s.real == nil {
			panic(s.r.vm.NewTypeError("process stdio: the stream was not built"))
		}
	}
	var v goja.Value
	if isSym {
		v = s.real.GetSymbol(sym)
	} else {
		v = s.real.Get(key.String())
	}
	if v == nil {
		return goja.Undefined()
	}
	return v
}

// nativeWrite is the stand-in's write(chunk): a string (UTF-8) or a
// Uint8Array written at once, returning true. A write with an encoding or
// a callback, of another kind of chunk, or once the Writable is built
// goes to the JS write; a failed one to failed, which reports it through
// the Writable.
func (s *standIn) nativeWrite(call goja.FunctionCall) goja.Value {
	if s.real == nil && len(call.Arguments) == 1 {
		chunk := call.Arguments[0]
		ok := false
		switch x := chunk.(type) {
		case goja.String:
			ok = true
		case *goja.Object:
			_, ok = x.Export().([]byte)
		}
		if ok {
			if err := s.r.writeStdio(s.fd, chunk, goja.Undefined()); err != nil {
				return s.r.Call(s.failed, goja.Undefined(), s.r.stdioError(err), chunk)
			}
			return s.r.vm.ToValue(true)
		}
	}
	return s.r.Call(s.write, call.This, call.Arguments...)
}

// writeMethod returns fn as a JS function that looks like the Writable's
// write it serves: anonymous, of length 3.
func writeMethod(vm *goja.Runtime, fn func(goja.FunctionCall) goja.Value) *goja.Object {
	o := vm.ToValue(fn).(*goja.Object)
	_ = o.DefineDataProperty("name", vm.ToValue(""), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = o.DefineDataProperty("length", vm.ToValue(3), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return o
}
