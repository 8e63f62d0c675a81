package atomics

import (
	"github.com/dop251/goja"
)

// describe renders v as V8 does in these errors (its side-effect-free
// ToString): primitives as their string, an object whose toString is
// Object.prototype.toString as #<Constructor>, an error as name: message,
// anything else as [object Tag].
func (st *state) describe(v goja.Value) string {
	o, ok := v.(*goja.Object)
	if !ok {
		if v == nil {
			return "undefined"
		}
		if sym, ok := v.(*goja.Symbol); ok {
			return "Symbol(" + sym.String() + ")"
		}
		return v.String()
	}
	if _, isFn := goja.AssertFunction(o); isFn {
		return o.String()
	}
	if o.ClassName() == "Error" {
		name, msg := o.Get("name"), o.Get("message")
		s := "Error"
		if name != nil && !goja.IsUndefined(name) {
			s = name.String()
		}
		if msg != nil && !goja.IsUndefined(msg) && msg.String() != "" {
			s += ": " + msg.String()
		}
		return s
	}
	if ts := o.Get("toString"); ts != nil && ts.SameAs(st.objToStr) {
		if c, ok := o.Get("constructor").(*goja.Object); ok {
			if _, isFn := goja.AssertFunction(c); isFn {
				if n := c.Get("name"); n != nil && n.String() != "" {
					return "#<" + n.String() + ">"
				}
			}
		}
	}
	tag := o.ClassName()
	if t := st.taTag(goja.FunctionCall{This: o}); !goja.IsUndefined(t) {
		tag = t.String()
	}
	if t := o.GetSymbol(goja.SymToStringTag); t != nil && goja.IsString(t) {
		tag = t.String()
	}
	return "[object " + tag + "]"
}
