// Package atomics provides SharedArrayBuffer and Atomics, which goja lacks,
// on memory owned by Go (internal/sharedmem): a SharedArrayBuffer is a goja
// ArrayBuffer object over a shared block, with SharedArrayBuffer.prototype
// as its prototype, so typed arrays and DataViews over it work as over any
// ArrayBuffer, and the same block can be wrapped in several runtimes at
// once: a worker that receives a SharedArrayBuffer (workerData,
// postMessage) sees the same memory. Atomics accesses that memory with
// sync/atomic, so workers on different goroutines really synchronise;
// Atomics.wait blocks the calling runtime's goroutine (node allows that
// on the main thread too) until notify, its timeout, or the end of the
// run.
//
// The runtime defines the two globals on first use when this package's
// module is present (bindings/nodestd has it).
//
// # Differences from node
//
//   - A SharedArrayBuffer is an ArrayBuffer to goja: ArrayBuffer.prototype's
//     byteLength getter and slice accept one (node throws), although
//     instanceof ArrayBuffer is false, as in node.
//   - A growable SharedArrayBuffer (the maxByteLength option) reports
//     growable and maxByteLength, but grow() can only keep its length:
//     goja's typed arrays cannot track a buffer that grows, so growing
//     throws ERR_METHOD_NOT_IMPLEMENTED.
package atomics

import (
	"math"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/internal/sharedmem"
	"github.com/jsproc/jsproc/runtime"
)

// ModuleName is the internal module whose exports are the
// SharedArrayBuffer and Atomics globals.
const ModuleName = "internal/atomics"

var modules = []runtime.Module{{Name: ModuleName, Load: load}}

// Modules returns the module behind the SharedArrayBuffer and Atomics
// globals.
func Modules() []runtime.Module { return modules }

func load(rt *runtime.Runtime, module *goja.Object) error {
	st := stateOf(rt)
	exports := module.Get("exports").(*goja.Object)
	exports.Set("SharedArrayBuffer", st.ctor)
	exports.Set("Atomics", st.atomics)
	exports.Set("isSharedArrayBuffer", func(v goja.Value) bool {
		o, ok := v.(*goja.Object)
		if !ok {
			return false
		}
		_, ok = sharedmem.ObjectOf(o)
		return ok
	})
	// share returns another SharedArrayBuffer over v's memory, as
	// structuredClone does.
	exports.Set("share", func(o *goja.Object) goja.Value {
		b, ok := sharedmem.ObjectOf(o)
		if !ok {
			panic(rt.VM().NewTypeError("not a SharedArrayBuffer"))
		}
		return Wrap(rt, b)
	})
	return nil
}

// Wrap returns a new SharedArrayBuffer of rt over b's memory. Loop
// goroutine only.
func Wrap(rt *runtime.Runtime, b sharedmem.Block) *goja.Object {
	return stateOf(rt).wrap(b, nil)
}

type stateKey struct{}

// state is one runtime's SharedArrayBuffer and Atomics.
type state struct {
	rt        *runtime.Runtime
	vm        *goja.Runtime
	ctor      *goja.Object
	proto     *goja.Object
	atomics   *goja.Object
	taTag     func(goja.FunctionCall) goja.Value // %TypedArray%.prototype[@@toStringTag] getter
	taBuffer  func(goja.FunctionCall) goja.Value // %TypedArray%.prototype.buffer getter
	rangeErr  *goja.Object
	objToStr  goja.Value
	bigIntFn  goja.Callable
	async     *asyncWaits
	undefined goja.Value
}

func stateOf(rt *runtime.Runtime) *state {
	return runtime.State(rt, stateKey{}, func() *state {
		st := &state{rt: rt, vm: rt.VM(), undefined: goja.Undefined()}
		st.intrinsics()
		st.makeClass()
		st.makeAtomics()
		return st
	})
}

// intrinsics saves the builtins the checks rely on, before a script can
// replace them.
func (st *state) intrinsics() {
	vm := st.vm
	ta := vm.Get("Uint8Array").ToObject(vm).Prototype().Get("prototype").(*goja.Object) // %TypedArray%.prototype
	// The getters are goja's native functions: called directly, they
	// cost a fraction of a call through the VM.
	desc := func(key goja.Value) func(goja.FunctionCall) goja.Value {
		gopd, _ := goja.AssertFunction(vm.Get("Object").ToObject(vm).Get("getOwnPropertyDescriptor"))
		d, err := gopd(goja.Undefined(), ta, key)
		if err != nil {
			panic(err)
		}
		f, ok := d.ToObject(vm).Get("get").Export().(func(goja.FunctionCall) goja.Value)
		if !ok {
			panic("jsproc: atomics: a typed array getter is not native")
		}
		return f
	}
	st.taTag = desc(goja.SymToStringTag)
	st.taBuffer = desc(vm.ToValue("buffer"))
	st.rangeErr = vm.Get("RangeError").ToObject(vm)
	st.objToStr = vm.Get("Object").ToObject(vm).Get("prototype").ToObject(vm).Get("toString")
	st.bigIntFn, _ = goja.AssertFunction(vm.Get("BigInt"))
}

// fn makes a native function with node's name and length.
func (st *state) fn(name string, length int, f func(goja.FunctionCall) goja.Value) *goja.Object {
	o := st.vm.ToValue(f).(*goja.Object)
	_ = o.DefineDataProperty("name", st.vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = o.DefineDataProperty("length", st.vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return o
}

func (st *state) method(o *goja.Object, name string, length int, f func(goja.FunctionCall) goja.Value) {
	_ = o.DefineDataProperty(name, st.fn(name, length, f), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

func (st *state) getter(o *goja.Object, name string, f func(goja.FunctionCall) goja.Value) {
	_ = o.DefineAccessorProperty(name, st.fn("get "+name, 0, f), nil, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

func (st *state) throwRange(msg string) {
	e, err := st.vm.New(st.rangeErr, st.vm.ToValue(msg))
	if err != nil {
		panic(err)
	}
	panic(e)
}

func (st *state) throwType(msg string) {
	panic(st.vm.NewTypeError(msg))
}

// toIndex is the spec's ToIndex, with msg for a RangeError.
func (st *state) toIndex(v goja.Value, msg string) int64 {
	if v == nil || goja.IsUndefined(v) {
		return 0
	}
	f := st.toNumber(v)
	if f != f {
		return 0
	}
	f = math.Trunc(f)
	if f < 0 || f > 1<<53-1 {
		st.throwRange(msg)
	}
	return int64(f)
}

// toNumber is ToNumber, with V8's TypeError for a BigInt.
func (st *state) toNumber(v goja.Value) float64 {
	if goja.IsBigInt(v) {
		st.throwType("Cannot convert a BigInt value to a number")
	}
	n := v.ToNumber()
	if goja.IsBigInt(n) {
		st.throwType("Cannot convert a BigInt value to a number")
	}
	return n.ToFloat()
}
