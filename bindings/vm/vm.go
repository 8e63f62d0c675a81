// Package vm provides Node's vm module: scripts compiled once and run in
// the main context or in contexts of their own (vm.Script,
// vm.createContext, vm.runInContext, vm.runInNewContext,
// vm.runInThisContext, vm.compileFunction, vm.measureMemory), with
// timeouts, node's argument checks and node's syntax errors.
//
// # Contexts
//
// A context is a goja runtime of its own on the loop goroutine, with its
// own built-ins, so that an array made in a context is not an instance of
// the main context's Array, as in node. Its global object is a proxy that
// forwards to the contextified object as node's interceptors do: a global
// is read from the object first and from the context's built-ins after;
// var and function declarations, assignments and deletions go to the
// object. The object and its context's global cross as each other.
//
// Objects cross between contexts as proxies (see membrane.go), never as
// the same goja object in two runtimes; primitives and symbols cross as
// they are, and Symbol.for shares one registry. A context's promise
// crosses into the main context as a main-context promise that settles
// with it, so that its reactions run in the main microtask order.
// util.inspect shows another context's dates, regexps, maps, sets,
// errors and classes as node does (view.go).
//
// # Modules
//
// With runtime.Options.ExperimentalVMModules (the CLI's
// --experimental-vm-modules) vm has node's Module, SourceTextModule and
// SyntheticModule, and import() in a script or compiled function calls
// its importModuleDynamically option; without it they are undefined and
// import() rejects, as in node. A module's source is compiled by
// runtime.CompileSourceModule (module.go); js/module.js links graphs
// through the linker, checks imported names, makes the namespaces and
// evaluates depth first.
//
// # Differences from node
//
//   - Promise reactions registered inside a context run when the call into
//     the context returns (node's microtaskMode: 'afterEvaluate'), not
//     interleaved with the main context's microtasks.
//   - A context's promise is an instance of the main context's Promise
//     once it crosses; other objects fail main-context brand checks
//     (util.types.isDate and the like answer false for them, and
//     util.types.isProxy true).
//   - The code cache holds no code (see cache.go) but is checked as V8
//     checks its own: a cache is accepted only for the source it was made
//     from.
//   - breakOnSigint is checked, then ignored.
//   - A module's syntax errors carry esbuild's messages, not V8's. Its
//     export * names are resolved at link time, and an ambiguous name
//     (exported by two star sources) is not left out. Before a module
//     runs, its var bindings read undefined and its let, const and class
//     ones are uninitialized, as in node; while its body runs, a let or
//     const it has not reached yet reads undefined instead of throwing.
//   - A module in a context has the main context's namespace object, and
//     no async generator functions.
//   - Module import.meta is made, and initializeImportMeta called, when
//     the module is linked, not on its first use.
//   - A timeout interrupts the context's JS; a main-context function the
//     context called runs to its end first.
//   - A compiled function's toString shows its body on the line of its
//     header (node puts it on a line of its own), so that positions in
//     the body keep their lines.
//   - In strict code, assigning to a read-only global of a context fails
//     with goja's proxy message, not V8's "Cannot assign to read only
//     property".
//   - The context of a frozen or sealed object (which cannot carry the
//     key to its context) lives as long as the runtime.
package vm

import (
	_ "embed"
	goruntime "runtime"
	"weak"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

//go:embed js/vm.js
var vmSource string

//go:embed js/module.js
var moduleSource string

var modules = []runtime.Module{
	runtime.JSModule("vm", vmSource+moduleSource, newBinding),
}

// Modules returns the vm module.
func Modules() []runtime.Module { return modules }

// binding is the vm module's state in one runtime.
type binding struct {
	rt    *runtime.Runtime
	outer *realm
	// wrappers are the main realm's stand-ins for other contexts' objects.
	wrappers *wrapperSet
	// kContext keys the context on a contextified object.
	kContext *goja.Symbol
	// kDecorated marks an error whose stack has the source arrow.
	kDecorated *goja.Symbol
	// symbolFor and symbolKeyFor are the main realm's: the registry is
	// shared by every context, as V8's is.
	symbolFor, symbolKeyFor goja.Callable
	microtask               goja.Callable // the main context's queueMicrotask
	// contexts holds the contexts of objects that cannot carry the key
	// (frozen or sealed ones).
	contexts map[*goja.Object]*vmContext
	// namespaces are the module namespaces of vm.Module (module.go).
	namespaces namespaceSet
	// importer is js/module.js's function for import() in scripts, and
	// importers the scripts (and compiled functions) by their number.
	importer  goja.Callable
	importers map[int]weak.Pointer[goja.Object]
}

func newBinding(rt *runtime.Runtime, _ string) (goja.Value, error) {
	outer, err := newRealm(rt.VM(), true)
	if err != nil {
		return nil, err
	}
	b := &binding{rt: rt, outer: outer, wrappers: &wrapperSet{set: map[weak.Pointer[goja.Object]]*handler{}},
		kContext: goja.NewSymbol("vm context"), kDecorated: goja.NewSymbol("vm decorated"),
		contexts: map[*goja.Object]*vmContext{}, namespaces: namespaceSet{}, importers: map[int]weak.Pointer[goja.Object]{}}
	fns, err := rt.VM().RunString("[Symbol.for, Symbol.keyFor]")
	if err != nil {
		return nil, err
	}
	b.symbolFor, _ = goja.AssertFunction(fns.(*goja.Object).Get("0"))
	b.symbolKeyFor, _ = goja.AssertFunction(fns.(*goja.Object).Get("1"))
	rt.AddProxyViews(b.view)
	vm := rt.VM()
	o := vm.NewObject()
	o.Set("compile", b.compile)
	o.Set("makeContext", b.makeContext)
	o.Set("isContext", func(obj *goja.Object) bool { return b.contextOf(obj) != nil })
	o.Set("compileFunction", b.compileFunction)
	o.Set("makeCache", func(source string) goja.Value { return vm.ToValue(vm.NewArrayBuffer(makeCache(source))) })
	o.Set("checkCache", func(source string, data goja.Value) bool { return checkCache(vm, source, data) })
	o.Set("heapUsed", func() int64 {
		var ms goruntime.MemStats
		goruntime.ReadMemStats(&ms)
		return int64(ms.HeapAlloc)
	})
	o.Set("heapSys", func() int64 {
		var ms goruntime.MemStats
		goruntime.ReadMemStats(&ms)
		return int64(ms.HeapSys)
	})
	b.installModules(o)
	return o, nil
}

// contextOf returns the context of a contextified object, or nil.
func (b *binding) contextOf(obj *goja.Object) *vmContext {
	if c, ok := b.contexts[obj]; ok {
		return c
	}
	v := obj.GetSymbol(b.kContext)
	if v == nil {
		return nil
	}
	c, _ := v.Export().(*vmContext)
	return c
}

// makeContext contextifies sandbox: it gets a context of its own.
// With strings false, eval and the Function constructors refuse to run
// code (codeGeneration: { strings: false }).
func (b *binding) makeContext(sandbox *goja.Object, name string, strings bool) {
	c, err := newContext(b, sandbox, name, strings)
	if err != nil {
		panic(b.rt.VM().NewGoError(err))
	}
	err = sandbox.DefineDataPropertySymbol(b.kContext, b.rt.VM().ToValue(c), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	if err != nil {
		b.contexts[sandbox] = c
	}
}

// queueMicrotask queues fn as a microtask of the main context.
func (b *binding) queueMicrotask(fn func()) {
	if b.microtask == nil {
		v, err := b.rt.VM().RunString("queueMicrotask")
		if err != nil {
			panic(err)
		}
		b.microtask, _ = goja.AssertFunction(v)
	}
	b.rt.Call(b.microtask, goja.Undefined(), b.rt.VM().ToValue(func() { fn() }))
}
