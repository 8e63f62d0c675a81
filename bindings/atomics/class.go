package atomics

import (
	"sync"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/internal/sharedmem"
)

// makeClass builds SharedArrayBuffer and its prototype as node 20 has
// them.
func (st *state) makeClass() {
	vm := st.vm
	prg, err := ctorProgram()
	if err != nil {
		panic(err)
	}
	mk, err := vm.RunProgram(prg)
	if err != nil {
		panic(err)
	}
	outer, _ := goja.AssertFunction(mk)
	make := func(call goja.FunctionCall) goja.Value {
		proto, _ := call.Argument(2).(*goja.Object).Get("prototype").(*goja.Object)
		return st.construct(call.Argument(0), call.Argument(1), proto)
	}
	needNew := func(goja.FunctionCall) goja.Value {
		return vm.NewTypeError("Constructor SharedArrayBuffer requires 'new'")
	}
	cv, err := outer(goja.Undefined(), vm.ToValue(make), vm.ToValue(needNew))
	if err != nil {
		panic(err)
	}
	ctor := cv.(*goja.Object)
	proto := ctor.Get("prototype").(*goja.Object)
	_ = ctor.DefineDataProperty("prototype", proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	species := st.fn("get [Symbol.species]", 0, func(call goja.FunctionCall) goja.Value { return call.This })
	_ = ctor.DefineAccessorPropertySymbol(goja.SymSpecies, species, nil, goja.FLAG_TRUE, goja.FLAG_FALSE)

	st.getter(proto, "byteLength", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(st.this(call.This, "get SharedArrayBuffer.prototype.byteLength").Len())
	})
	st.method(proto, "slice", 2, st.slice)
	st.getter(proto, "maxByteLength", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(st.this(call.This, "get SharedArrayBuffer.prototype.maxByteLength").MaxLen())
	})
	st.getter(proto, "growable", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(st.this(call.This, "get SharedArrayBuffer.prototype.growable").Growable())
	})
	st.method(proto, "grow", 1, st.grow)
	_ = proto.DefineDataPropertySymbol(goja.SymToStringTag, vm.ToValue("SharedArrayBuffer"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	st.ctor, st.proto = ctor, proto
}

// construct is new SharedArrayBuffer(length, options), with proto from
// new.target.
func (st *state) construct(length, options goja.Value, proto *goja.Object) *goja.Object {
	n := st.toIndex(length, "Invalid array buffer length")
	maxLen, growable := n, false
	if o, ok := options.(*goja.Object); ok {
		if m := o.Get("maxByteLength"); m != nil && !goja.IsUndefined(m) {
			maxLen, growable = st.toIndex(m, "Invalid array buffer max length"), true
			if n > maxLen {
				st.throwRange("Invalid array buffer max length")
			}
		}
	}
	if n > sharedmem.MaxLength || maxLen > sharedmem.MaxLength {
		st.throwRange("Array buffer allocation failed")
	}
	if proto == nil {
		proto = st.proto
	}
	return st.wrap(sharedmem.New(int(n), int(maxLen), growable), proto)
}

// wrap makes a SharedArrayBuffer over b.
func (st *state) wrap(b sharedmem.Block, proto *goja.Object) *goja.Object {
	o := st.vm.ToValue(st.vm.NewArrayBuffer(b.Bytes())).(*goja.Object)
	if proto == nil {
		proto = st.proto
	}
	_ = o.SetPrototype(proto)
	return o
}

// this returns the block of a method's receiver, or throws V8's
// incompatible receiver TypeError naming method.
func (st *state) this(v goja.Value, method string) sharedmem.Block {
	if o, ok := v.(*goja.Object); ok {
		if b, ok := sharedmem.ObjectOf(o); ok {
			return b
		}
	}
	st.throwType("Method " + method + " called on incompatible receiver " + st.describe(v))
	return sharedmem.Block{}
}

// slice is SharedArrayBuffer.prototype.slice: a copy of a range, made by
// the species constructor.
func (st *state) slice(call goja.FunctionCall) goja.Value {
	const name = "SharedArrayBuffer.prototype.slice"
	b := st.this(call.This, name)
	size := int64(b.Len())
	start := relative(call.Argument(0), size, 0, st)
	end := relative(call.Argument(1), size, size, st)
	n := max(end-start, 0)
	self := call.This.(*goja.Object)
	var out *goja.Object
	if c := st.speciesConstructor(self); c == st.ctor {
		out = st.wrap(sharedmem.New(int(n), int(n), false), nil)
	} else {
		o, err := st.vm.New(c, st.vm.ToValue(n))
		if err != nil {
			panic(err)
		}
		out = o
	}
	nb, ok := sharedmem.ObjectOf(out)
	if !ok {
		st.throwType("Method " + name + " called on incompatible receiver " + st.describe(out))
	}
	if out == self {
		st.throwType("SharedArrayBuffer subclass returned this from species constructor")
	}
	if int64(nb.Len()) < n {
		st.throwType("Derived SharedArrayBuffer constructor created a buffer which was too small")
	}
	copy(nb.Bytes(), b.Bytes()[start:start+n])
	return out
}

// relative resolves a slice bound against size: negative counts from the
// end; undefined is dflt.
func relative(v goja.Value, size, dflt int64, st *state) int64 {
	if v == nil || goja.IsUndefined(v) {
		return dflt
	}
	f := st.toNumber(v)
	switch {
	case f != f:
		return 0
	case f < 0:
		return max(size+int64(max(f, float64(-size))), 0)
	}
	return int64(min(f, float64(size)))
}

// speciesConstructor is the spec's SpeciesConstructor(o,
// %SharedArrayBuffer%).
func (st *state) speciesConstructor(o *goja.Object) *goja.Object {
	c := o.Get("constructor")
	if c == nil || goja.IsUndefined(c) {
		return st.ctor
	}
	co, ok := c.(*goja.Object)
	if !ok {
		st.throwType("The .constructor property is not an object")
	}
	s := co.GetSymbol(goja.SymSpecies)
	if s == nil || goja.IsUndefined(s) || goja.IsNull(s) {
		return st.ctor
	}
	so, ok := s.(*goja.Object)
	if _, isCtor := goja.AssertConstructor(s); !ok || !isCtor {
		st.throwType("object.constructor[Symbol.species] is not a constructor")
	}
	return so
}

// grow is SharedArrayBuffer.prototype.grow. Only a growable buffer has
// it, and it can only keep the length: goja's typed arrays cannot follow
// a buffer that grows.
func (st *state) grow(call goja.FunctionCall) goja.Value {
	const name = "SharedArrayBuffer.prototype.grow"
	b := st.this(call.This, name)
	if !b.Growable() {
		st.throwType("Method " + name + " called on incompatible receiver " + st.describe(call.This))
	}
	n := st.toIndex(call.Argument(0), name+": Invalid length parameter")
	if n < int64(b.Len()) || n > int64(b.MaxLen()) {
		st.throwRange(name + ": Invalid length parameter")
	}
	if n != int64(b.Len()) {
		panic(st.rt.NodeError("Error", "ERR_METHOD_NOT_IMPLEMENTED", "The grow() method is not implemented"))
	}
	return st.undefined
}

// ctorSource is the constructor's shell: goja's native constructors cannot
// tell a call from new, and node throws for a call.
const ctorSource = `(function (make, needNew) {
  return function SharedArrayBuffer(length) {
    if (new.target === undefined) throw needNew();
    return make(length, arguments[1], new.target);
  };
})`

var ctorProgram = sync.OnceValues(func() (*goja.Program, error) {
	return goja.Compile("node:internal/atomics", ctorSource, true)
})
