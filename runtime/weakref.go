package runtime

import (
	_ "embed"
	goruntime "runtime"
	"weak"

	"github.com/dop251/goja"
)

//go:embed js/weakref.js
var weakrefSource string

// weakrefBinding gives internal/weakref its weak pointers:
//
//   - makeWeak(target) returns a function that gives the target back while
//     it lives and undefined after;
//   - watch(target, notify) returns a cell id and calls notify(id) in a
//     loop task once the target was collected, unless notify itself was
//     collected first (its registry is gone);
//   - canBeHeldWeakly(v) is the spec's test: objects and symbols that are
//     not registered with Symbol.for.
//
// A target handed to makeWeak, or given back by its function, is kept
// alive until the current task and its microtasks are done, as the spec's
// KeepDuringJob asks. Nothing here holds the runtime strongly, so a
// runtime that ended is collected with its objects.
func weakrefBinding(r *Runtime, _ string) (goja.Value, error) {
	vm := r.vm
	o := vm.NewObject()
	undef := goja.Undefined()
	symbolFor, _ := goja.AssertFunction(vm.Get("Symbol").ToObject(vm).Get("keyFor"))

	var kept []goja.Value
	clearing := false
	keep := func(v goja.Value) {
		kept = append(kept, v)
		if !clearing {
			clearing = true
			r.loop.post(func() { kept, clearing = nil, false })
		}
	}
	o.Set("canBeHeldWeakly", func(call goja.FunctionCall) goja.Value {
		switch v := call.Argument(0).(type) {
		case *goja.Object:
			return vm.ToValue(true)
		case *goja.Symbol:
			reg, _ := symbolFor(undef, v)
			return vm.ToValue(goja.IsUndefined(reg))
		}
		return vm.ToValue(false)
	})
	o.Set("makeWeak", func(call goja.FunctionCall) goja.Value {
		target := call.Argument(0)
		keep(target)
		var get func() goja.Value
		switch t := target.(type) {
		case *goja.Object:
			p := weak.Make(t)
			get = func() goja.Value {
				if v := p.Value(); v != nil {
					return v
				}
				return nil
			}
		case *goja.Symbol:
			p := weak.Make(t)
			get = func() goja.Value {
				if v := p.Value(); v != nil {
					return v
				}
				return nil
			}
		default:
			panic(vm.NewTypeError("WeakRef: invalid target"))
		}
		return vm.ToValue(func(goja.FunctionCall) goja.Value {
			v := get()
			if v == nil {
				return undef
			}
			keep(v)
			return v
		})
	})
	wr := weak.Make(r)
	var nextID int64
	o.Set("watch", func(call goja.FunctionCall) goja.Value {
		notify, ok := call.Argument(1).(*goja.Object)
		if !ok {
			panic(vm.NewTypeError("watch: notify must be a function"))
		}
		nextID++
		id := nextID
		wn := weak.Make(notify)
		fire := func(int64) {
			rt := wr.Value()
			if rt == nil {
				return
			}
			rt.loop.post(func() {
				fn := wn.Value()
				if fn == nil {
					return
				}
				if f, ok := goja.AssertFunction(fn); ok {
					rt.Call(f, goja.Undefined(), rt.vm.ToValue(id))
				}
			})
		}
		switch t := call.Argument(0).(type) {
		case *goja.Object:
			goruntime.AddCleanup(t, fire, id)
		case *goja.Symbol:
			goruntime.AddCleanup(t, fire, id)
		default:
			panic(vm.NewTypeError("FinalizationRegistry.prototype.register: invalid target"))
		}
		return vm.ToValue(id)
	})
	return o, nil
}

// installExposedGC defines the global gc() that node's --expose-gc flag
// (in process.execArgv) gives scripts: a full collection, after which the
// cleanups of collected FinalizationRegistry targets are queued.
func (r *Runtime) installExposedGC() error {
	for _, a := range r.opts.ExecArgv {
		if a == "--expose-gc" || a == "--expose_gc" {
			return r.vm.GlobalObject().DefineDataProperty("gc", r.vm.ToValue(func(goja.FunctionCall) goja.Value {
				goruntime.GC()
				return goja.Undefined()
			}), goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		}
	}
	return nil
}
