package childprocess

import (
	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/internal/streamio"
)

// jsHandle is the object the script's ChildProcess drives (like node's
// Process and Pipe handles). Its methods, on a prototype the runtime's
// handles share, find the child under a symbol of the handle, so that a
// spawn makes one object rather than a function per method. They take
// goja.FunctionCall directly: they sit on every chunk's path, where goja's
// reflection wrappers of Go methods cost more than the work they do.
func (c *child) jsHandle() *goja.Object {
	s := c.st
	vm := c.rt.VM()
	if s.handleProto == nil {
		s.handleKey = goja.NewSymbol("child")
		s.handleProto = s.newHandleProto()
	}
	o := vm.NewObject()
	_ = o.SetPrototype(s.handleProto)
	_ = o.DefineDataPropertySymbol(s.handleKey, vm.ToValue(&handleRef{c}), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	return o
}

// handleRef is a handle's child, opaque to the script.
type handleRef struct{ c *child }

// newHandleProto returns the prototype of the runtime's child handles.
func (s *state) newHandleProto() *goja.Object {
	vm := s.rt.VM()
	undef := goja.Undefined()
	// of returns the child of the handle a method was called on.
	of := func(call goja.FunctionCall) *child {
		if o, ok := call.This.(*goja.Object); ok {
			if r, ok := o.GetSymbol(s.handleKey).Export().(*handleRef); ok {
				return r.c
			}
		}
		panic(vm.NewTypeError("Illegal invocation"))
	}
	fd := func(call goja.FunctionCall) int { return int(call.Argument(0).ToInteger()) }
	o := vm.NewObject()
	o.Set("pid", func(call goja.FunctionCall) goja.Value { return vm.ToValue(of(call).Pid()) })
	o.Set("kill", func(call goja.FunctionCall) goja.Value { return vm.ToValue(of(call).Kill(fd(call))) })
	o.Set("ref", func(call goja.FunctionCall) goja.Value { of(call).Ref(); return undef })
	o.Set("unref", func(call goja.FunctionCall) goja.Value { of(call).Unref(); return undef })
	o.Set("hasRef", func(call goja.FunctionCall) goja.Value { return vm.ToValue(of(call).HasRef()) })
	o.Set("pipeRef", func(call goja.FunctionCall) goja.Value {
		of(call).PipeRef(fd(call), call.Argument(1).ToBoolean())
		return undef
	})
	o.Set("readStart", func(call goja.FunctionCall) goja.Value { of(call).ReadStart(fd(call)); return undef })
	o.Set("readStop", func(call goja.FunctionCall) goja.Value { of(call).ReadStop(fd(call)); return undef })
	o.Set("readStopNow", func(call goja.FunctionCall) goja.Value { of(call).ReadStopNow(fd(call)); return undef })
	o.Set("dupPipe", func(call goja.FunctionCall) goja.Value { return vm.ToValue(of(call).DupPipe(fd(call))) })
	o.Set("divert", func(call goja.FunctionCall) goja.Value {
		c := of(call)
		d, ok := call.Argument(1).Export().(streamio.Diverter)
		return vm.ToValue(ok && c.Divert(fd(call), d))
	})
	o.Set("closePipe", func(call goja.FunctionCall) goja.Value { return vm.ToValue(of(call).ClosePipe(fd(call))) })
	o.Set("cancelWrites", func(call goja.FunctionCall) goja.Value { of(call).CancelWrites(fd(call)); return undef })
	o.Set("shutdown", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(of(call).Shutdown(fd(call), call.Argument(1)))
	})
	o.Set("collect", func(call goja.FunctionCall) goja.Value {
		of(call).Collect(fd(call), call.Argument(1).ToFloat(), call.Argument(2).String(), call.Argument(3))
		return undef
	})
	o.Set("collectStream", func(call goja.FunctionCall) goja.Value {
		c := of(call)
		encOf, _ := goja.AssertFunction(call.Argument(1))
		c.CollectStream(fd(call), encOf)
		return undef
	})
	o.Set("collected", func(call goja.FunctionCall) goja.Value {
		return of(call).Collected(fd(call), call.Argument(1).String())
	})
	o.Set("append", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(of(call).Append(fd(call), call.Argument(1)))
	})
	o.Set("writev", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(of(call).Writev(fd(call), call.Argument(1), call.Argument(2)))
	})
	o.Set("writeFast", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(of(call).WriteFast(fd(call), call.Argument(1), call.Argument(2), int(call.Argument(3).ToInteger())))
	})
	o.Set("fastLen", func(call goja.FunctionCall) goja.Value { return vm.ToValue(of(call).FastLen(fd(call))) })
	o.Set("appender", func(call goja.FunctionCall) goja.Value { return of(call).Appender(fd(call)) })
	o.Set("write", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(of(call).Write(fd(call), call.Argument(1), call.Argument(2)))
	})
	return o
}
