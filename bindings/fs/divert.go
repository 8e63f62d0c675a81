package fs

import (
	"io"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/internal/streamio"
)

// divert is the binding's divert(diverter, ctl): a ReadStream, whose reads
// its JS side issues, hands what it reads to diverter (readline splitting
// lines in Go) in place of push(). ctl is the stream's side of the
// diversion, called on the loop: pause() and resume() stop and restart
// its reads, deliver(buffer) and end() push as if nothing were diverted.
// It returns the tap the stream feeds: chunk(buffer) and end(), each
// false once the diverter gave the stream back (then the stream pushes
// itself), and diverted().
func (b *binding) divert(call goja.FunctionCall) goja.Value {
	rt, vm := b.rt, b.rt.VM()
	d, ok := call.Argument(0).Export().(streamio.Diverter)
	ctl := call.Argument(1).ToObject(vm)
	fn := func(name string) goja.Callable {
		f, _ := goja.AssertFunction(ctl.Get(name))
		if f == nil {
			panic(vm.NewTypeError("divert: ctl." + name + " must be a function"))
		}
		return f
	}
	if !ok {
		return goja.Null()
	}
	pause, resume, deliver, end := fn("pause"), fn("resume"), fn("deliver"), fn("end")
	tap := new(streamio.Tap)
	tap.Set(d, streamio.Source{
		Pause:   func() { rt.Call(pause, ctl) },
		Resume:  func() { rt.Call(resume, ctl) },
		Deliver: func(p []byte) { rt.Call(deliver, ctl, rt.WrapBytes(p)) },
		// The stream reports its own read errors (it is destroyed by
		// them); the diverter passes on the end of input only.
		End: func(error) { rt.Call(end, ctl) },
	})
	o := vm.NewObject()
	o.Set("chunk", func(call goja.FunctionCall) goja.Value {
		if !tap.Diverted() {
			return vm.ToValue(false)
		}
		p, _ := rt.Bytes(call.Argument(0))
		// The diverter keeps the bytes; the stream's fs.read may reuse
		// its buffer (options.fs).
		return vm.ToValue(tap.Chunk(append([]byte(nil), p...)))
	})
	o.Set("end", func(goja.FunctionCall) goja.Value { return vm.ToValue(tap.End(io.EOF)) })
	o.Set("diverted", func(goja.FunctionCall) goja.Value { return vm.ToValue(tap.Diverted()) })
	return o
}
