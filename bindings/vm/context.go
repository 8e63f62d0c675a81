package vm

import (
	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
	"strconv"
)

// vmContext is a contextified object's context: a goja runtime of its own
// (its own intrinsics, as a V8 context has) whose global object forwards
// to the sandbox, as node's interceptors do: a global is read from the
// sandbox first and from the context's built-ins after; assignments,
// declarations and deletions go to the sandbox.
type vmContext struct {
	inner   *realm
	outer   *realm
	m       *membrane
	sandbox *goja.Object // of the outer realm
	global  *goja.Object // the inner runtime's global object: a proxy
	builtin *goja.Object // the inner runtime's own global, the proxy's target
	name    string
	hidden  *goja.Symbol // the key of the context on the sandbox

	b *binding
	// unhandled holds the context's rejected promises no handler took
	// yet; checking is set while a check is queued.
	unhandled map[*goja.Promise]struct{}
	checking  bool
}

func newContext(b *binding, sandbox *goja.Object, name string, strings bool) (*vmContext, error) {
	vm := goja.New()
	limit := b.rt.Options().MaxCallStackSize
	if limit == 0 {
		limit = runtime.DefaultMaxCallStackSize
	}
	if limit > 0 {
		vm.SetMaxCallStackSize(limit)
	}
	inner, err := newRealm(vm, false)
	if err != nil {
		return nil, err
	}
	c := &vmContext{inner: inner, outer: b.outer, m: newMembrane(b.wrappers), sandbox: sandbox, builtin: vm.GlobalObject(), name: name, hidden: b.kContext,
		b: b, unhandled: map[*goja.Promise]struct{}{}}
	vm.SetPromiseRejectionTracker(c.trackRejection)
	installConsole(vm)
	if !strings {
		if _, err := vm.RunString(denyCodeGeneration); err != nil {
			return nil, err
		}
	}
	shareSymbolRegistry(vm, b.symbolFor, b.symbolKeyFor)
	if b.rt.Options().ExperimentalVMModules {
		b.installImporter(vm, c.builtin, c)
	}
	p := vm.NewProxy(c.builtin, &goja.ProxyTrapConfig{
		Get:                         c.get,
		GetSym:                      c.getSym,
		Set:                         c.set,
		SetSym:                      c.setSym,
		Has:                         c.has,
		HasSym:                      c.hasSym,
		DeleteProperty:              c.deleteProperty,
		DeletePropertySym:           c.deletePropertySym,
		OwnKeys:                     c.ownKeys,
		GetOwnPropertyDescriptor:    c.getOwnPropertyDescriptor,
		GetOwnPropertyDescriptorSym: c.getOwnPropertyDescriptorSym,
		DefineProperty:              c.defineProperty,
		DefinePropertySym:           c.definePropertySym,
	})
	c.global = vm.ToValue(p).(*goja.Object)
	vm.SetGlobalObject(c.global)
	c.m.pair(sandbox, c.global)
	// globalThis names the forwarding global, not the object behind it.
	if err := c.builtin.DefineDataProperty("globalThis", c.global, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		return nil, err
	}
	return c, nil
}

// installConsole gives the context the console every V8 context has: its
// methods exist and print nothing (they report to an inspector, and there
// is none).
func installConsole(vm *goja.Runtime) {
	con := vm.NewObject()
	for _, name := range []string{"debug", "error", "info", "log", "warn", "dir", "dirxml", "table", "trace",
		"group", "groupCollapsed", "groupEnd", "clear", "count", "countReset", "assert", "profile",
		"profileEnd", "time", "timeLog", "timeEnd", "timeStamp", "context"} {
		_ = con.DefineDataProperty(name, vm.ToValue(func(goja.FunctionCall) goja.Value { return goja.Undefined() }),
			goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
	_ = vm.GlobalObject().DefineDataProperty("console", con, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

func (c *vmContext) toInner(v goja.Value) goja.Value { return c.m.convert(v, c.outer, c.inner) }
func (c *vmContext) toOuter(v goja.Value) goja.Value { return c.m.convert(v, c.inner, c.outer) }

// onSandbox runs a Reflect function of the outer realm on the sandbox; its
// exception is thrown in the context.
func (c *vmContext) onSandbox(fn goja.Callable, args ...goja.Value) goja.Value {
	v, ex := c.outer.call(fn, append([]goja.Value{c.sandbox}, args...)...)
	if ex != nil {
		panic(c.toInner(ex.Value()))
	}
	return v
}

// onBuiltin runs a Reflect function of the context on its own global.
func (c *vmContext) onBuiltin(fn goja.Callable, args ...goja.Value) goja.Value {
	v, ex := c.inner.call(fn, append([]goja.Value{c.builtin}, args...)...)
	if ex != nil {
		panic(ex)
	}
	return v
}

func (c *vmContext) skey(k string) goja.Value { return c.outer.vm.ToValue(k) }

// read returns the global k: the sandbox's (its own or inherited) when
// it has one, else the context's built-in. One lookup, through goja's own
// [[Get]], tells both (it gives nil for a name the sandbox lacks).
func (c *vmContext) read(get func(o *goja.Object) goja.Value) goja.Value {
	var v goja.Value
	if ex := c.outer.vm.Try(func() { v = get(c.sandbox) }); ex != nil {
		panic(c.toInner(ex.Value()))
	}
	if v != nil {
		return c.toInner(v)
	}
	// nil for a name neither has: goja throws the ReferenceError.
	return get(c.builtin)
}

func (c *vmContext) get(_ *goja.Object, k string, _ goja.Value) goja.Value {
	return c.read(func(o *goja.Object) goja.Value { return o.Get(k) })
}

func (c *vmContext) getSym(_ *goja.Object, k *goja.Symbol, _ goja.Value) goja.Value {
	if k == c.hidden {
		return nil
	}
	return c.read(func(o *goja.Object) goja.Value { return o.GetSymbol(k) })
}

// write stores v on the sandbox, unless the name is a read-only built-in
// the sandbox does not shadow (undefined, NaN, Infinity), which stays as
// it is.
//
// A name new to the sandbox is set on the context's own global as well,
// as node's interceptor lets the store through: deleting it from the
// sandbox later leaves the context's copy.
func (c *vmContext) write(k, v goja.Value) bool {
	declared := c.onSandbox(c.outer.has, k).ToBoolean()
	if !declared {
		if d, ok := c.onBuiltin(c.inner.getOwnPropertyDescriptor, k).(*goja.Object); ok {
			if w := d.Get("writable"); w != nil && !w.ToBoolean() {
				return false
			}
		}
	}
	ok := c.onSandbox(c.outer.set, k, c.toOuter(v)).ToBoolean()
	if ok && !declared {
		c.onBuiltin(c.inner.set, k, v)
	}
	return ok
}

func (c *vmContext) set(_ *goja.Object, k string, v, _ goja.Value) bool {
	return c.write(c.skey(k), v)
}
func (c *vmContext) setSym(_ *goja.Object, k *goja.Symbol, v, _ goja.Value) bool {
	return c.write(k, v)
}

func (c *vmContext) hasKey(k goja.Value) bool {
	return c.onSandbox(c.outer.has, k).ToBoolean() || c.onBuiltin(c.inner.has, k).ToBoolean()
}

func (c *vmContext) has(_ *goja.Object, k string) bool          { return c.hasKey(c.skey(k)) }
func (c *vmContext) hasSym(_ *goja.Object, k *goja.Symbol) bool { return c.hasKey(k) }

func (c *vmContext) remove(k goja.Value) bool {
	if _, own := c.onSandbox(c.outer.getOwnPropertyDescriptor, k).(*goja.Object); own {
		ok := c.onSandbox(c.outer.deleteProperty, k).ToBoolean()
		if ok {
			c.onBuiltin(c.inner.deleteProperty, k)
		}
		return ok
	}
	return c.onBuiltin(c.inner.deleteProperty, k).ToBoolean()
}

func (c *vmContext) deleteProperty(_ *goja.Object, k string) bool { return c.remove(c.skey(k)) }
func (c *vmContext) deletePropertySym(_ *goja.Object, k *goja.Symbol) bool {
	return c.remove(k)
}

// ownKeys lists the sandbox's own keys, then the context's built-ins that
// the sandbox does not have.
func (c *vmContext) ownKeys(*goja.Object) *goja.Object {
	seen := map[any]bool{}
	var out []any
	add := func(keys goja.Value) {
		o := keys.(*goja.Object)
		n := int(o.Get("length").ToInteger())
		for i := 0; i < n; i++ {
			k := o.Get(strconv.Itoa(i))
			id := any(k.String())
			if s, ok := k.(*goja.Symbol); ok {
				if s == c.hidden {
					continue
				}
				id = s
			}
			if !seen[id] {
				seen[id] = true
				out = append(out, k)
			}
		}
	}
	add(c.onSandbox(c.outer.ownKeys))
	add(c.onBuiltin(c.inner.ownKeys))
	return c.inner.vm.NewArray(out...)
}

func (c *vmContext) descriptor(k goja.Value) goja.PropertyDescriptor {
	h := &handler{m: c.m, obj: c.sandbox, from: c.outer, to: c.inner}
	if d, own := c.onSandbox(c.outer.getOwnPropertyDescriptor, k).(*goja.Object); own {
		desc := h.toDescriptor(d)
		if desc.Configurable == goja.FLAG_FALSE {
			// A fixed property must be fixed on the proxy's target too.
			mirror(c.inner, c.builtin, k, desc)
		}
		return desc
	}
	return descriptorFrom(c.onBuiltin(c.inner.getOwnPropertyDescriptor, k), func(v goja.Value) goja.Value { return v })
}

func (c *vmContext) getOwnPropertyDescriptor(_ *goja.Object, k string) goja.PropertyDescriptor {
	return c.descriptor(c.skey(k))
}
func (c *vmContext) getOwnPropertyDescriptorSym(_ *goja.Object, k *goja.Symbol) goja.PropertyDescriptor {
	return c.descriptor(k)
}

// define defines the property on the sandbox (var and function
// declarations among others); a fixed one also on the context's own
// global, as the proxy invariants require.
func (c *vmContext) define(k goja.Value, desc goja.PropertyDescriptor) bool {
	out := desc
	if out.Value != nil {
		out.Value = c.toOuter(out.Value)
	}
	if out.Getter != nil {
		out.Getter = c.toOuter(out.Getter)
	}
	if out.Setter != nil {
		out.Setter = c.toOuter(out.Setter)
	}
	ok := c.onSandbox(c.outer.defineProperty, k, descriptorObject(c.outer.vm, out)).ToBoolean()
	if ok && desc.Configurable == goja.FLAG_FALSE {
		c.descriptor(k)
	}
	return ok
}

func (c *vmContext) defineProperty(_ *goja.Object, k string, desc goja.PropertyDescriptor) bool {
	return c.define(c.skey(k), desc)
}
func (c *vmContext) definePropertySym(_ *goja.Object, k *goja.Symbol, desc goja.PropertyDescriptor) bool {
	return c.define(k, desc)
}

// newError makes an error of the context's own class ctor with msg and
// returns it as the main realm sees it.
func (c *vmContext) newError(ctor, msg string) *goja.Object {
	var e goja.Value = c.inner.vm.NewTypeError(msg)
	if f, ok := c.builtin.Get(ctor).(*goja.Object); ok {
		if o, err := c.inner.vm.New(f, c.inner.vm.ToValue(msg)); err == nil {
			e = o
		}
	}
	return c.toOuter(e).(*goja.Object)
}

// shareSymbolRegistry makes the context's Symbol.for and Symbol.keyFor
// use the main realm's registry: V8 has one per isolate, so that
// Symbol.for('x') is the same symbol in every context. Symbols belong to
// no goja runtime, so they cross as they are; only strings are handed to
// the main realm's functions.
func shareSymbolRegistry(vm *goja.Runtime, symbolFor, symbolKeyFor goja.Callable) {
	sym, ok := vm.GlobalObject().Get("Symbol").(*goja.Object)
	if !ok {
		return
	}
	forFn := func(call goja.FunctionCall) goja.Value {
		v, err := symbolFor(goja.Undefined(), vm.ToValue(call.Argument(0).String()))
		if err != nil {
			panic(err)
		}
		return v
	}
	keyForFn := func(call goja.FunctionCall) goja.Value {
		s, ok := call.Argument(0).(*goja.Symbol)
		if !ok {
			panic(vm.NewTypeError(call.Argument(0).String() + " is not a symbol"))
		}
		v, err := symbolKeyFor(goja.Undefined(), s)
		if err != nil {
			panic(err)
		}
		return v
	}
	_ = sym.DefineDataProperty("for", vm.ToValue(forFn), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = sym.DefineDataProperty("keyFor", vm.ToValue(keyForFn), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// denyCodeGeneration makes eval and the Function, GeneratorFunction and
// AsyncFunction constructors throw V8's EvalError, whichever way a script
// reaches them.
const denyCodeGeneration = `(function () {
	const message = 'Code generation from strings disallowed for this context';
	const deny = function () { throw new EvalError(message); };
	Object.defineProperty(globalThis, 'eval', { value: function eval(x) { deny(); }, writable: true, configurable: true });
	for (const F of [Function, Object.getPrototypeOf(function* () {}).constructor,
		Object.getPrototypeOf(async function () {}).constructor]) {
		const blocked = function () { deny(); };
		Object.defineProperty(blocked, 'name', { value: F.name });
		blocked.prototype = F.prototype;
		Object.defineProperty(F.prototype, 'constructor', { value: blocked, writable: true, configurable: true });
		if (F === Function) Object.defineProperty(globalThis, 'Function', { value: blocked, writable: true, configurable: true });
	}
})()`

// trackRejection follows the context's rejected promises: for one still
// without a handler once the main context's microtasks ran, the main
// realm gets a promise of its own rejected with the same reason (an
// error as a main-realm error), which its unhandled rejection handling
// reports, as node reports a context's.
func (c *vmContext) trackRejection(p *goja.Promise, op goja.PromiseRejectionOperation) {
	if op == goja.PromiseRejectionHandle {
		delete(c.unhandled, p)
		return
	}
	c.unhandled[p] = struct{}{}
	if c.checking {
		return
	}
	c.checking = true
	c.b.queueMicrotask(func() {
		c.checking = false
		for p := range c.unhandled {
			delete(c.unhandled, p)
			if p.State() != goja.PromiseStateRejected {
				continue
			}
			reason := c.toOuter(p.Result())
			if obj, ok := reason.(*goja.Object); ok {
				if v, ok := c.b.view(obj); ok && v != nil {
					reason = c.b.mainError(v.(*goja.Object))
				}
			}
			_, _, reject := c.outer.vm.NewPromise()
			_ = reject(reason)
		}
	})
}
