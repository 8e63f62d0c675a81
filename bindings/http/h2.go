package http

import "github.com/dop251/goja"

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
