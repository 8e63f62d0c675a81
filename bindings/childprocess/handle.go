package childprocess

import (
	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/internal/streamio"
)

// jsHandle is the object the script's ChildProcess drives (like node's
// Process and Pipe handles). Its methods take goja.FunctionCall directly:
// they sit on every chunk's path, where goja's reflection wrappers of Go
// methods cost more than the work they do.
func (c *child) jsHandle() *goja.Object {
	vm := c.rt.VM()
	undef := goja.Undefined()
	fd := func(call goja.FunctionCall) int { return int(call.Argument(0).ToInteger()) }
	o := vm.NewObject()
	o.Set("pid", func(goja.FunctionCall) goja.Value { return vm.ToValue(c.Pid()) })
	o.Set("kill", func(call goja.FunctionCall) goja.Value { return vm.ToValue(c.Kill(fd(call))) })
	o.Set("ref", func(goja.FunctionCall) goja.Value { c.Ref(); return undef })
	o.Set("unref", func(goja.FunctionCall) goja.Value { c.Unref(); return undef })
	o.Set("hasRef", func(goja.FunctionCall) goja.Value { return vm.ToValue(c.HasRef()) })
	o.Set("pipeRef", func(call goja.FunctionCall) goja.Value {
		c.PipeRef(fd(call), call.Argument(1).ToBoolean())
		return undef
	})
	o.Set("readStart", func(call goja.FunctionCall) goja.Value { c.ReadStart(fd(call)); return undef })
	o.Set("readStop", func(call goja.FunctionCall) goja.Value { c.ReadStop(fd(call)); return undef })
	o.Set("readStopNow", func(call goja.FunctionCall) goja.Value { c.ReadStopNow(fd(call)); return undef })
	o.Set("dupPipe", func(call goja.FunctionCall) goja.Value { return vm.ToValue(c.DupPipe(fd(call))) })
	o.Set("divert", func(call goja.FunctionCall) goja.Value {
		d, ok := call.Argument(1).Export().(streamio.Diverter)
		return vm.ToValue(ok && c.Divert(fd(call), d))
	})
	o.Set("closePipe", func(call goja.FunctionCall) goja.Value { c.ClosePipe(fd(call)); return undef })
	o.Set("shutdown", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(c.Shutdown(fd(call), call.Argument(1)))
	})
	o.Set("collect", func(call goja.FunctionCall) goja.Value {
		c.Collect(fd(call), call.Argument(1).ToFloat(), call.Argument(2).String(), call.Argument(3))
		return undef
	})
	o.Set("collectStream", func(call goja.FunctionCall) goja.Value {
		encOf, _ := goja.AssertFunction(call.Argument(1))
		c.CollectStream(fd(call), encOf)
		return undef
	})
	o.Set("collected", func(call goja.FunctionCall) goja.Value {
		return c.Collected(fd(call), call.Argument(1).String())
	})
	o.Set("append", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(c.Append(fd(call), call.Argument(1)))
	})
	o.Set("writev", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(c.Writev(fd(call), call.Argument(1), call.Argument(2)))
	})
	o.Set("write", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(c.Write(fd(call), call.Argument(1), call.Argument(2)))
	})
	return o
}
