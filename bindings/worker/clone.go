package worker

import (
	"math/big"
	"reflect"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/bindings/atomics"
	"github.com/jsproc/jsproc/internal/sharedmem"
	"github.com/jsproc/jsproc/runtime"
)

// A message crosses from one goja runtime to another as a tree of Go
// values built on the sender's loop goroutine and turned back into JS on
// the receiver's: nothing of the sender's VM is reachable from the tree.
// Pointers in the tree (objects, arrays, buffers, ...) keep identity, so
// shared references and cycles come out as they went in, as with node's
// structured clone.
type (
	cUndefined struct{}
	cNull      struct{}
	cObject    struct {
		keys []string
		vals []any
	}
	cArray struct {
		length int64
		keys   []string
		vals   []any
	}
	cDate   struct{ ms float64 }
	cRegExp struct{ source, flags string }
	cMap    struct{ entries []any } // key, value, key, value, ...
	cSet    struct{ items []any }
	cBuffer struct{ data []byte }           // an ArrayBuffer
	cShared struct{ block sharedmem.Block } // a SharedArrayBuffer: the memory itself
	cView   struct {
		kind   string // Uint8Array, Float64Array, DataView, ...
		buf    any    // *cBuffer or *cShared
		offset int64  // bytes
		length int64  // elements (bytes for a DataView)
	}
	cError struct {
		name, message string
		hasMessage    bool
		stack         any // string or nil
		cause         any
		hasCause      bool
		props         *cObject // own enumerable properties (worker errors only)
	}
	cBoxed struct{ v any } // new Number(1), new String('x'), new Boolean(true)
	cPort  struct{ p *port }
)

var (
	reflectArrayBuffer = reflect.TypeOf(goja.ArrayBuffer{})
	reflectMapExport   = reflect.TypeOf([][2]any{})
	reflectSetExport   = reflect.TypeOf([]any{})
	reflectBigInt      = reflect.TypeOf((*big.Int)(nil))
	reflectPromise     = reflect.TypeOf((*goja.Promise)(nil))
	reflectProxy       = reflect.TypeOf(goja.Proxy{})
)

// message is one posted value with the ports that travel with it.
type message struct {
	value any
	ports []*port
}

var errorNames = map[string]bool{
	"Error": true, "EvalError": true, "RangeError": true, "ReferenceError": true,
	"SyntaxError": true, "TypeError": true, "URIError": true,
}

// serializer turns one JS value into a tree. It runs on the sender's loop
// goroutine and panics with a JS error (DataCloneError and friends) for
// what node refuses.
type serializer struct {
	st        *state
	vm        *goja.Runtime
	seen      map[*goja.Object]any
	buffers   map[*goja.Object]*cBuffer
	transfer  map[*goja.Object]bool // ArrayBuffers being transferred
	ports     map[*goja.Object]*port
	errorMode bool // an uncaught worker error: keep the error's own properties
}

func (st *state) newSerializer() *serializer {
	return &serializer{st: st, vm: st.rt.VM(), seen: map[*goja.Object]any{},
		buffers: map[*goja.Object]*cBuffer{}}
}

func (s *serializer) dataCloneError(what string) {
	panic(s.st.domException(what+" could not be cloned.", "DataCloneError"))
}

func (s *serializer) value(v goja.Value) any {
	switch {
	case v == nil || goja.IsUndefined(v):
		return cUndefined{}
	case goja.IsNull(v):
		return cNull{}
	}
	if o, ok := v.(*goja.Object); ok {
		return s.object(o)
	}
	if sym, ok := v.(*goja.Symbol); ok {
		s.dataCloneError("Symbol(" + sym.String() + ")")
	}
	switch x := v.Export().(type) {
	case *big.Int:
		return new(big.Int).Set(x)
	case string, bool, int64, float64:
		return x
	}
	return v.Export()
}

func (s *serializer) object(o *goja.Object) any {
	if n, ok := s.seen[o]; ok {
		return n
	}
	if p, ok := s.ports[o]; ok {
		return &cPort{p}
	}
	if s.st.isPort(o) {
		panic(s.st.rt.NodeError("TypeError", "ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST",
			"Object that needs transfer was found in message but not listed in transferList"))
	}
	if _, ok := goja.AssertFunction(o); ok {
		s.dataCloneError(o.String())
	}
	switch o.ClassName() {
	case "Array":
		n := &cArray{length: o.Get("length").ToInteger()}
		s.seen[o] = n
		for _, k := range o.Keys() {
			n.keys = append(n.keys, k)
			n.vals = append(n.vals, s.value(o.Get(k)))
		}
		return n
	case "Date":
		n := &cDate{ms: s.call(o, "getTime").ToFloat()}
		s.seen[o] = n
		return n
	case "RegExp":
		n := &cRegExp{source: o.Get("source").String(), flags: o.Get("flags").String()}
		s.seen[o] = n
		return n
	case "Error":
		return s.errorValue(o)
	case "Number", "String", "Boolean":
		n := &cBoxed{s.value(s.call(o, "valueOf"))}
		s.seen[o] = n
		return n
	}
	switch t := o.ExportType(); {
	case t == reflectArrayBuffer:
		return s.anyBuffer(o)
	case t == reflectMapExport:
		n := &cMap{}
		s.seen[o] = n
		for _, e := range s.entries(o) {
			pair := e.(*goja.Object)
			n.entries = append(n.entries, s.value(pair.Get("0")), s.value(pair.Get("1")))
		}
		return n
	case t == reflectSetExport && o.ClassName() == "Object":
		n := &cSet{}
		s.seen[o] = n
		for _, e := range s.entries(o) {
			n.items = append(n.items, s.value(s.vm.ToValue(e)))
		}
		return n
	case t == reflectBigInt:
		n := &cBoxed{s.value(s.call(o, "valueOf"))}
		s.seen[o] = n
		return n
	case t == reflectPromise:
		s.dataCloneError("#<Promise>")
	case t == reflectProxy:
		s.dataCloneError("#<Object>")
	case t != nil && t.Kind() == reflect.Slice:
		if tag := o.GetSymbol(goja.SymToStringTag); tag != nil && !goja.IsUndefined(tag) {
			return s.view(o, tag.String())
		}
	}
	if tag := o.GetSymbol(goja.SymToStringTag); tag != nil && !goja.IsUndefined(tag) {
		switch tag.String() {
		case "DataView":
			if s.st.isDataView(o) {
				return s.view(o, "DataView")
			}
		case "WeakMap", "WeakSet", "WeakRef":
			s.dataCloneError("#<" + tag.String() + ">")
		}
	}
	n := &cObject{}
	s.seen[o] = n
	for _, k := range o.Keys() {
		n.keys = append(n.keys, k)
		n.vals = append(n.vals, s.value(o.Get(k)))
	}
	return n
}

func (s *serializer) call(o *goja.Object, method string) goja.Value {
	fn, ok := goja.AssertFunction(o.Get(method))
	if !ok {
		panic(s.vm.NewTypeError(method + " is not a function"))
	}
	v, err := fn(o)
	if err != nil {
		panic(err)
	}
	return v
}

func (s *serializer) entries(o *goja.Object) []any {
	v, err := s.st.arrayFrom(goja.Undefined(), o)
	if err != nil {
		panic(err)
	}
	arr := v.(*goja.Object)
	n := int(arr.Get("length").ToInteger())
	out := make([]any, n)
	for i := range n {
		out[i] = arr.Get(itoa(i))
	}
	return out
}

// anyBuffer clones an ArrayBuffer, or shares a SharedArrayBuffer's
// memory, as node does.
func (s *serializer) anyBuffer(o *goja.Object) any {
	if b, ok := sharedmem.ObjectOf(o); ok {
		if n, ok := s.seen[o]; ok {
			return n
		}
		n := &cShared{b}
		s.seen[o] = n
		return n
	}
	return s.buffer(o)
}

func (s *serializer) buffer(o *goja.Object) *cBuffer {
	if b, ok := s.buffers[o]; ok {
		return b
	}
	ab := o.Export().(goja.ArrayBuffer)
	if ab.Detached() {
		s.dataCloneError("An ArrayBuffer is detached and")
	}
	b := &cBuffer{}
	if s.transfer[o] {
		b.data = ab.Bytes() // the sender loses it: no copy needed
	} else {
		b.data = append([]byte(nil), ab.Bytes()...)
	}
	s.buffers[o] = b
	s.seen[o] = b
	return b
}

func (s *serializer) view(o *goja.Object, kind string) any {
	bufObj, ok := o.Get("buffer").(*goja.Object)
	if !ok {
		s.dataCloneError(o.String())
	}
	n := &cView{kind: kind, buf: s.anyBuffer(bufObj), offset: o.Get("byteOffset").ToInteger()}
	if kind == "DataView" {
		n.length = o.Get("byteLength").ToInteger()
	} else {
		n.length = o.Get("length").ToInteger()
	}
	s.seen[o] = n
	return n
}

func (s *serializer) errorValue(o *goja.Object) any {
	n := &cError{name: "Error"}
	s.seen[o] = n
	if name := o.Get("name"); name != nil && errorNames[name.String()] {
		n.name = name.String()
	}
	if m := o.GetOwnPropertyNames(); m != nil {
		for _, k := range m {
			switch k {
			case "message":
				n.message, n.hasMessage = o.Get("message").String(), true
			case "cause":
				n.cause, n.hasCause = s.value(o.Get("cause")), true
			}
		}
	}
	if st := o.Get("stack"); st != nil && !goja.IsUndefined(st) {
		n.stack = runtime.NodeStack(st.String())
	}
	if s.errorMode {
		p := &cObject{}
		for _, k := range o.Keys() {
			if k == "message" || k == "stack" || k == "cause" {
				continue
			}
			p.keys = append(p.keys, k)
			p.vals = append(p.vals, s.value(o.Get(k)))
		}
		n.props = p
	}
	return n
}

// deserializer builds JS values on the receiver's loop goroutine.
type deserializer struct {
	st    *state
	vm    *goja.Runtime
	made  map[any]goja.Value
	ports map[*port]*goja.Object
}

func (st *state) newDeserializer() *deserializer {
	return &deserializer{st: st, vm: st.rt.VM(), made: map[any]goja.Value{}, ports: map[*port]*goja.Object{}}
}

func (d *deserializer) ctor(name string) goja.Value {
	return d.vm.GlobalObject().Get(name)
}

func (d *deserializer) newObj(name string, args ...any) *goja.Object {
	vals := make([]goja.Value, len(args))
	for i, a := range args {
		vals[i] = d.vm.ToValue(a)
	}
	o, err := d.vm.New(d.ctor(name), vals...)
	if err != nil {
		panic(err)
	}
	return o
}

func (d *deserializer) value(n any) goja.Value {
	switch x := n.(type) {
	case cUndefined:
		return goja.Undefined()
	case cNull:
		return goja.Null()
	case string, bool, int64, float64:
		return d.vm.ToValue(x)
	case *big.Int:
		return d.vm.ToValue(new(big.Int).Set(x))
	}
	if v, ok := d.made[n]; ok {
		return v
	}
	switch x := n.(type) {
	case *cObject:
		o := d.vm.NewObject()
		d.made[n] = o
		for i, k := range x.keys {
			o.Set(k, d.value(x.vals[i]))
		}
		return o
	case *cArray:
		o := d.vm.NewArray()
		d.made[n] = o
		o.Set("length", x.length)
		for i, k := range x.keys {
			o.Set(k, d.value(x.vals[i]))
		}
		return o
	case *cDate:
		o := d.newObj("Date", x.ms)
		d.made[n] = o
		return o
	case *cRegExp:
		o := d.newObj("RegExp", x.source, x.flags)
		d.made[n] = o
		return o
	case *cMap:
		o := d.newObj("Map")
		d.made[n] = o
		set, _ := goja.AssertFunction(o.Get("set"))
		for i := 0; i+1 < len(x.entries); i += 2 {
			if _, err := set(o, d.value(x.entries[i]), d.value(x.entries[i+1])); err != nil {
				panic(err)
			}
		}
		return o
	case *cSet:
		o := d.newObj("Set")
		d.made[n] = o
		add, _ := goja.AssertFunction(o.Get("add"))
		for _, it := range x.items {
			if _, err := add(o, d.value(it)); err != nil {
				panic(err)
			}
		}
		return o
	case *cBuffer:
		o := d.vm.ToValue(d.vm.NewArrayBuffer(x.data))
		d.made[n] = o
		return o
	case *cShared:
		o := atomics.Wrap(d.st.rt, x.block)
		d.made[n] = o
		return o
	case *cView:
		o := d.newObj(x.kind, d.value(x.buf), x.offset, x.length)
		d.made[n] = o
		return o
	case *cError:
		return d.errorValue(x)
	case *cBoxed:
		o := d.vm.ToValue(d.value(x.v)).ToObject(d.vm)
		d.made[n] = o
		return o
	case *cPort:
		if o, ok := d.ports[x.p]; ok {
			return o
		}
		o := d.st.adopt(x.p)
		d.ports[x.p] = o
		d.made[n] = o
		return o
	}
	return goja.Undefined()
}

func (d *deserializer) errorValue(x *cError) goja.Value {
	var o *goja.Object
	if x.hasMessage {
		o = d.newObj(x.name, x.message)
	} else {
		o = d.newObj(x.name)
	}
	d.made[x] = o
	if x.stack != nil {
		o.DefineDataProperty("stack", d.vm.ToValue(x.stack), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	if x.hasCause {
		o.DefineDataProperty("cause", d.value(x.cause), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	if x.props != nil {
		for i, k := range x.props.keys {
			o.Set(k, d.value(x.props.vals[i]))
		}
	}
	return o
}
