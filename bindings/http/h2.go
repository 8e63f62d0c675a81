package http

import "github.com/dop251/goja"

//go:generate node gen_h2constants.js

// h2constant is one entry of node's http2.constants: a name and a number
// or a string.
type h2constant struct {
	name  string
	value any
}

// h2Funcs adds the http2 module's Go side to the http binding.
func (b *binding) h2Funcs(o *goja.Object) {
	vm := b.rt.VM()
	c := vm.NewObject()
	for _, k := range h2constants {
		c.Set(k.name, k.value)
	}
	o.Set("h2constants", c)
	o.Set("h2listen", b.h2listen)
	o.Set("h2connect", b.h2connect)
}

// h2write is a stream handle's write(chunk): it queues the bytes for the
// stream's writer goroutine and returns true, or, past the high-water
// mark, false, and calls handle.ondrain once the writer has caught up.
func (b *binding) h2write(handle *goja.Object, body *h2chunks) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		p, ok := b.rt.Bytes(call.Argument(0))
		if !ok {
			p = []byte(call.Argument(0).String())
		}
		if !body.push(p) {
			return b.rt.VM().ToValue(true)
		}
		enqueue := b.rt.Loop().Reserve()
		body.onDrain(func() { enqueue(func() { b.h2emit(handle, "ondrain") }) })
		return b.rt.VM().ToValue(false)
	}
}
