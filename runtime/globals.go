package runtime

import (
	_ "embed"
	goruntime "runtime"
	"sync"
	"time"

	"github.com/dop251/goja"
)

var (
	//go:embed js/bootstrap.js
	bootstrapSource string
	//go:embed js/events.js
	eventsSource string
	//go:embed js/timers.js
	timersSource string
	//go:embed js/errors.js
	errorsSource string
	//go:embed js/console.js
	consoleSource string
	//go:embed js/web.js
	webSource string
	//go:embed js/inspect.js
	inspectSource string
	//go:embed js/buffer.js
	bufferSource string
	//go:embed js/stdio.js
	stdioSource string
	//go:embed js/async_hooks.js
	asyncHooksSource string
	//go:embed js/tty_color.js
	ttyColorSource string
	//go:embed js/process_extras.js
	processExtrasSource string
	//go:embed js/async_generator.js
	asyncGenSource string
	//go:embed js/callsites.js
	callSitesSource string
)

var bootstrapProgram = &compiledSource{filename: "node:internal/bootstrap"}

var hostModuleList = []Module{
	JSModule("events", eventsSource, nil),
	JSModule("timers", timersSource, timersBinding),
	JSModule("internal/errors", errorsSource, inspectBinding),
	JSModule("internal/inspect", inspectSource, inspectBinding),
	JSModule("console", consoleSource, consoleBinding),
	JSModule("internal/web", webSource, nil),
	JSModule("internal/stdio", stdioSource, stdioBinding),
	JSModule("internal/tty", ttyColorSource, nil),
	JSModule("buffer", bufferSource, bufferBinding),
	JSModule("async_hooks", asyncHooksSource, asyncHooksBinding),
	{Name: "url", Load: loadURL},
	processModule,
	JSModule("internal/process/extras", processExtrasSource, nil),
	JSModule("internal/async_generator", asyncGenSource, asyncGenBinding),
	JSModule("internal/weakref", weakrefSource, weakrefBinding),
	JSModule("internal/callsites", callSitesSource, nil),
}

func hostModules() []Module { return hostModuleList }

// hooks are the prelude's functions and objects the Go side calls.
type hooks struct {
	runTask       goja.Callable
	trampoline    goja.Value // calls Runtime.task
	validateTick  goja.Callable
	tickScope     goja.Callable
	runScopedTick goja.Callable
	object        *goja.Object // the hooks object; "emit" is set once process is an emitter
	process       *goja.Object
}

// installGlobals runs the prelude: process, timers, queueMicrotask and the
// lazy globals.
func (r *Runtime) installGlobals() (err error) {
	defer func() {
		if x := recover(); x != nil {
			if e, ok := x.(error); ok {
				err = e
				return
			}
			panic(x)
		}
	}()
	// The prelude's natives are made while another core may still be
	// compiling it (New started that).
	r.installErrorConstructors()
	native := r.vm.NewObject()
	native.Set("process", r.newProcessObject())
	native.Set("describe", func(v goja.Value) goja.Value {
		return r.describe(v)
	})
	native.Set("watchSignal", r.watchSignal)
	native.Set("unwatchSignal", r.unwatchSignal)
	native.Set("writeStderr", func(s string) { _, _ = r.stderr.Write([]byte(s)) })
	native.Set("makeStdio", func(fd int) goja.Value {
		if fd >= 0 && fd < len(r.stdioMade) {
			r.stdioMade[fd] = true
		}
		mk := r.RequireCore("internal/stdio").ToObject(r.vm).Get("make")
		f, _ := goja.AssertFunction(mk)
		return r.Call(f, goja.Undefined(), r.vm.ToValue(fd))
	})
	native.Set("callSites", r.callSites)
	native.Set("nextTick", r.nextTickFunc())
	native.Set("lazy", r.lazyFromJS)
	native.Set("upgradingMethods", r.upgradingMethods)
	native.Set("hasModule", r.IsCoreModule)
	native.Set("reportUncaught", func(v goja.Value) {
		defer r.asyncOutsideReaction()()
		r.asyncForgetThrow()
		r.reportAtMake = true
		defer func() { r.reportAtMake = false }()
		r.handleUncaught(v, nil, "uncaughtException")
	})
	prg, err := bootstrapProgram.programFor(bootstrapSource)
	if err != nil {
		return err
	}
	fnv, err := r.vm.RunProgram(prg)
	if err != nil {
		return err
	}
	fn, _ := goja.AssertFunction(fnv)
	hv, err := fn(goja.Undefined(), native, r.requireCoreFunc())
	if err != nil {
		return err
	}
	h := hv.ToObject(r.vm)
	r.hooks.runTask, _ = goja.AssertFunction(h.Get("runTask"))
	r.hooks.trampoline = r.vm.ToValue(func(goja.FunctionCall) goja.Value {
		if r.batch.fns != nil {
			r.runBatchBody()
		} else {
			r.runTaskBody()
		}
		return goja.Undefined()
	})
	r.initBatch()
	r.hooks.validateTick, _ = goja.AssertFunction(h.Get("validateTick"))
	r.hooks.tickScope, _ = goja.AssertFunction(h.Get("tickScope"))
	r.hooks.runScopedTick, _ = goja.AssertFunction(h.Get("runScopedTick"))
	r.hooks.object = h
	r.hooks.process = h.Get("process").ToObject(r.vm)
	if err := r.installExposedGC(); err != nil {
		return err
	}
	return r.installLazyGlobals(h.Get("globals").ToObject(r.vm))
}

// globalKind is how a global is defined, as node 20 defines it.
type globalKind uint8

const (
	// lazyHidden: a non-enumerable getter that loads the module and
	// replaces itself with a writable data property (as does an
	// assignment).
	lazyHidden globalKind = iota
	// lazyShown: the same, enumerable (node's functions: setTimeout,
	// atob, fetch; these are data properties in node, made on first read
	// here so that start-up loads no module).
	lazyShown
	// keptHidden: a non-enumerable getter and setter that stay (process,
	// Buffer); the setter replaces the value the getter returns.
	keptHidden
	// keptShown: the same, enumerable (performance).
	keptShown
	// valueShown: an enumerable, writable data property (global,
	// queueMicrotask).
	valueShown
	// getterShown: an enumerable getter without setter (crypto).
	getterShown
)

// nodeGlobals are the globals node defines beyond the language's own, in
// node's order (Object.keys(globalThis) shows it), each with the module
// that provides it; the prelude provides those without module ("" gives
// the prelude's value of that name, made on first read for the lazy
// kinds). A global whose module the runtime lacks is not defined.
var nodeGlobals = []struct {
	name, module string
	kind         globalKind
}{
	{"process", "", keptHidden},
	{"global", "", valueShown},
	{"Buffer", "buffer", keptHidden},
	{"clearImmediate", "timers", lazyShown},
	{"setImmediate", "timers", lazyShown},
	{"URL", "url", lazyHidden},
	{"URLSearchParams", "url", lazyHidden},
	{"DOMException", "internal/web", lazyHidden},
	{"AbortController", "internal/web", lazyHidden},
	{"AbortSignal", "internal/web", lazyHidden},
	{"Event", "internal/web", lazyHidden},
	{"EventTarget", "internal/web", lazyHidden},
	{"TextEncoder", "util", lazyHidden},
	{"TextDecoder", "util", lazyHidden},
	{"TransformStream", "stream/web", lazyHidden},
	{"TransformStreamDefaultController", "stream/web", lazyHidden},
	{"WritableStream", "stream/web", lazyHidden},
	{"WritableStreamDefaultController", "stream/web", lazyHidden},
	{"WritableStreamDefaultWriter", "stream/web", lazyHidden},
	{"ReadableStream", "stream/web", lazyHidden},
	{"ReadableStreamDefaultReader", "stream/web", lazyHidden},
	{"ReadableStreamBYOBReader", "stream/web", lazyHidden},
	{"ReadableStreamBYOBRequest", "stream/web", lazyHidden},
	{"ReadableByteStreamController", "stream/web", lazyHidden},
	{"ReadableStreamDefaultController", "stream/web", lazyHidden},
	{"ByteLengthQueuingStrategy", "stream/web", lazyHidden},
	{"CountQueuingStrategy", "stream/web", lazyHidden},
	{"TextEncoderStream", "stream/web", lazyHidden},
	{"TextDecoderStream", "stream/web", lazyHidden},
	{"CompressionStream", "internal/webstreams/compression", lazyHidden},
	{"DecompressionStream", "internal/webstreams/compression", lazyHidden},
	{"clearInterval", "timers", lazyShown},
	{"clearTimeout", "timers", lazyShown},
	{"setInterval", "timers", lazyShown},
	{"setTimeout", "timers", lazyShown},
	{"queueMicrotask", "", valueShown},
	{"structuredClone", "internal/web", lazyShown},
	{"atob", "buffer", lazyShown},
	{"btoa", "buffer", lazyShown},
	{"BroadcastChannel", "worker_threads", lazyHidden},
	{"MessageChannel", "worker_threads", lazyHidden},
	{"MessagePort", "worker_threads", lazyHidden},
	{"MessageEvent", "", lazyHidden},
	{"Blob", "internal/blob", lazyHidden},
	{"File", "internal/blob", lazyHidden},
	{"Performance", "perf_hooks", lazyHidden},
	{"PerformanceEntry", "perf_hooks", lazyHidden},
	{"PerformanceMark", "perf_hooks", lazyHidden},
	{"PerformanceMeasure", "perf_hooks", lazyHidden},
	{"PerformanceObserver", "perf_hooks", lazyHidden},
	{"PerformanceObserverEntryList", "perf_hooks", lazyHidden},
	{"PerformanceResourceTiming", "perf_hooks", lazyHidden},
	{"performance", "", keptShown},
	{"fetch", "internal/fetch", lazyShown},
	{"FormData", "internal/fetch", lazyHidden},
	{"Headers", "internal/fetch", lazyHidden},
	{"Request", "internal/fetch", lazyHidden},
	{"Response", "internal/fetch", lazyHidden},
	{"crypto", "", getterShown},
	{"Crypto", "internal/crypto/webcrypto", lazyHidden},
	{"CryptoKey", "internal/crypto/webcrypto", lazyHidden},
	{"SubtleCrypto", "internal/crypto/webcrypto", lazyHidden},
	{"CustomEvent", "internal/web", lazyHidden},
}

// engineGlobals are the language's globals goja lacks, which bindings'
// modules provide; they come before node's own, as V8 defines them.
var engineGlobals = []struct {
	module string
	names  []string
}{
	{"internal/weakref", []string{"WeakRef", "FinalizationRegistry"}},
	{"internal/atomics", []string{"SharedArrayBuffer", "Atomics"}},
	{"internal/intl", []string{"Intl"}},
}

// lazyMethods are the built-in methods a binding's module replaces (the
// locale-sensitive ones, from the module behind Intl): each is a stand-in
// that loads the module on its first call, puts the module's function
// (exports.methods["Ctor.name"]) in its place and calls it.
var lazyMethods = []struct {
	module, ctor, name string
	length             int
}{
	{"internal/intl", "Number", "toLocaleString", 0},
	{"internal/intl", "BigInt", "toLocaleString", 0},
	{"internal/intl", "Date", "toLocaleString", 0},
	{"internal/intl", "Date", "toLocaleDateString", 0},
	{"internal/intl", "Date", "toLocaleTimeString", 0},
	{"internal/intl", "String", "localeCompare", 1},
	{"internal/intl", "Array", "toLocaleString", 0},
}

// installLazyGlobals defines engineGlobals and nodeGlobals; prelude
// holds the prelude's values and getters of the globals without module.
func (r *Runtime) installLazyGlobals(prelude *goja.Object) error {
	global := r.vm.GlobalObject()
	for _, g := range engineGlobals {
		if !r.IsCoreModule(g.module) {
			continue
		}
		for _, name := range g.names {
			if err := r.defineLazy(global, name, false, r.moduleExport(g.module, name)); err != nil {
				return err
			}
		}
	}
	for _, g := range nodeGlobals {
		var get func() goja.Value
		if g.module == "" {
			v := prelude.Get(g.name)
			if v == nil {
				continue // the prelude has no such global in this runtime
			}
			get = func() goja.Value { return v }
			if f, ok := goja.AssertFunction(v); ok && g.kind != valueShown && g.kind != keptHidden {
				get = func() goja.Value { return r.Call(f, goja.Undefined()) }
			}
		} else {
			if !r.IsCoreModule(g.module) {
				continue
			}
			get = r.moduleExport(g.module, g.name)
		}
		if err := r.defineGlobal(global, g.name, g.kind, get); err != nil {
			return err
		}
	}
	return r.installLazyMethods()
}

// moduleExport returns a function giving module's export name.
func (r *Runtime) moduleExport(module, name string) func() goja.Value {
	return func() goja.Value { return r.RequireCore(module).ToObject(r.vm).Get(name) }
}

// defineGlobal defines global[name] of kind, its value given by get.
func (r *Runtime) defineGlobal(global *goja.Object, name string, kind globalKind, get func() goja.Value) error {
	switch kind {
	case lazyHidden, lazyShown:
		return r.defineLazy(global, name, kind == lazyShown, get)
	case valueShown:
		return global.DefineDataProperty(name, get(), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	case getterShown:
		getter := r.namedFunc("get "+name, func(goja.FunctionCall) goja.Value { return get() })
		return global.DefineAccessorProperty(name, getter, nil, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
	// keptHidden, keptShown: node's getter and setter pair; process's
	// and Buffer's are named "get" and "set".
	var value goja.Value
	getName, setName := "get", "set"
	flag := goja.FLAG_FALSE
	if kind == keptShown {
		getName, setName = "get "+name, "set "+name
		flag = goja.FLAG_TRUE
	}
	getter := r.namedFunc(getName, func(goja.FunctionCall) goja.Value {
		if value == nil {
			value = get()
		}
		return value
	})
	setter := r.namedFunc(setName, func(call goja.FunctionCall) goja.Value {
		value = call.Argument(0)
		return goja.Undefined()
	})
	return global.DefineAccessorProperty(name, getter, setter, goja.FLAG_TRUE, flag)
}

// installLazyMethods puts the stand-ins of lazyMethods on their prototypes.
func (r *Runtime) installLazyMethods() error {
	global := r.vm.GlobalObject()
	for _, m := range lazyMethods {
		if !r.IsCoreModule(m.module) {
			continue
		}
		ctor, ok := global.Get(m.ctor).(*goja.Object)
		if !ok {
			continue
		}
		proto, ok := ctor.Get("prototype").(*goja.Object)
		if !ok {
			continue
		}
		m := m
		key := m.ctor + "." + m.name
		stand := func(call goja.FunctionCall) goja.Value {
			methods := r.RequireCore(m.module).ToObject(r.vm).Get("methods").ToObject(r.vm)
			fv := methods.Get(key)
			f, ok := goja.AssertFunction(fv)
			if !ok {
				panic(r.vm.NewTypeError(key + " is not available"))
			}
			_ = proto.DefineDataProperty(m.name, fv, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
			v, err := f(call.This, call.Arguments...)
			if err != nil {
				panic(err)
			}
			return v
		}
		fo := r.vm.ToValue(stand).ToObject(r.vm)
		_ = fo.DefineDataProperty("name", r.vm.ToValue(m.name), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		_ = fo.DefineDataProperty("length", r.vm.ToValue(m.length), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		if err := proto.DefineDataProperty(m.name, fo, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			return err
		}
	}
	return nil
}

// defineLazy defines obj[name] as an accessor whose getter calls get and
// replaces itself with a writable, configurable data property holding its
// result; assigning first replaces it too. Native getters cost a fraction
// of what JS closures and a descriptor object do, and start-up defines
// dozens of them.
func (r *Runtime) defineLazy(obj *goja.Object, name string, enumerable bool, get func() goja.Value) error {
	flag := goja.FLAG_FALSE
	if enumerable {
		flag = goja.FLAG_TRUE
	}
	set := func(v goja.Value) {
		_ = obj.DefineDataProperty(name, v, goja.FLAG_TRUE, goja.FLAG_TRUE, flag)
	}
	getter := func(goja.FunctionCall) goja.Value {
		v := get()
		set(v)
		return v
	}
	setter := func(call goja.FunctionCall) goja.Value {
		set(call.Argument(0))
		return goja.Undefined()
	}
	return obj.DefineAccessorProperty(name, r.vm.ToValue(getter), r.vm.ToValue(setter), goja.FLAG_TRUE, flag)
}

// upgradingMethods is the prelude's native.upgradingMethods(names,
// upgrade): an object whose method of each name calls upgrade, which
// returns a constructor, then that constructor's prototype method of the
// same name with the same this and arguments.
func (r *Runtime) upgradingMethods(call goja.FunctionCall) goja.Value {
	vm := r.vm
	upgrade, _ := goja.AssertFunction(call.Argument(1))
	o := vm.NewObject()
	var names []string
	_ = vm.ExportTo(call.Argument(0), &names)
	for _, name := range names {
		_ = o.Set(name, func(call goja.FunctionCall) goja.Value {
			ctor, err := upgrade(goja.Undefined())
			if err != nil {
				panic(err)
			}
			method, ok := goja.AssertFunction(ctor.ToObject(vm).Get("prototype").ToObject(vm).Get(name))
			if !ok {
				panic(vm.NewTypeError("EventEmitter.prototype." + name + " is not a function"))
			}
			v, err := method(call.This, call.Arguments...)
			if err != nil {
				panic(err)
			}
			return v
		})
	}
	return o
}

// lazyFromJS is the prelude's native.lazy(obj, name, get, enumerable):
// defineLazy with a JS getter.
func (r *Runtime) lazyFromJS(call goja.FunctionCall) goja.Value {
	obj := call.Argument(0).ToObject(r.vm)
	name := call.Argument(1).String()
	get, _ := goja.AssertFunction(call.Argument(2))
	err := r.defineLazy(obj, name, call.Argument(3).ToBoolean(), func() goja.Value {
		v, err := get(goja.Undefined())
		if err != nil {
			panic(err)
		}
		return v
	})
	if err != nil {
		panic(r.vm.NewGoError(err))
	}
	return goja.Undefined()
}

// compileBootstrapAhead starts compiling the prelude on another goroutine,
// once per process and only when another processor can run it, so that
// the compilation overlaps the rest of New's set-up (which needs the
// executable's path, looked up there first).
func compileBootstrapAhead() {
	if bootstrapProgram.compiled() || goruntime.GOMAXPROCS(0) < 2 {
		return
	}
	bootstrapAheadOnce.Do(func() {
		go func() {
			_, _ = executable()
			_, _ = bootstrapProgram.programFor(bootstrapSource)
		}()
	})
}

var bootstrapAheadOnce sync.Once

// programFor compiles src (a function expression) once per Go process.
func (c *compiledSource) programFor(src string) (*goja.Program, error) {
	c.once.Do(func() {
		c.prg, c.err = goja.Compile(c.filename, src, true)
		c.done.Store(true)
	})
	return c.prg, c.err
}

// describe returns Node's " Received ..." suffix for v.
func (r *Runtime) describe(v goja.Value) goja.Value {
	errs := r.RequireCore("internal/errors").ToObject(r.vm)
	f, _ := goja.AssertFunction(errs.Get("describeReceived"))
	return r.Call(f, goja.Undefined(), v)
}

// timersBinding gives timers.js the loop's timer heap and immediates. Its
// functions take goja.FunctionCall directly: they are on every timer's path
// and reflection-wrapped functions cost several times more.
func timersBinding(r *Runtime, _ string) (goja.Value, error) {
	l := r.loop
	vm := r.vm
	timers := map[int64]*timer{}
	immediates := map[int64]*immediate{}
	var nextID int64
	undef := goja.Undefined()
	var fireTimeout, fireImmediate goja.Callable
	o := vm.NewObject()
	o.Set("describe", r.describe)
	o.Set("setFire", func(call goja.FunctionCall) goja.Value {
		fireTimeout, _ = goja.AssertFunction(call.Argument(0))
		fireImmediate, _ = goja.AssertFunction(call.Argument(1))
		return undef
	})
	o.Set("start", func(call goja.FunctionCall) goja.Value {
		self := call.Argument(0)
		ms := call.Argument(1).ToFloat()
		repeat := call.Argument(2).ToBoolean()
		nextID++
		id := nextID
		d := time.Duration(ms * float64(time.Millisecond))
		t := &timer{id: id, delay: d, refd: true}
		if repeat {
			t.interval = d
		}
		t.fn = r.bindAsync("Timeout", !repeat, func() {
			if !repeat {
				delete(timers, id)
			}
			r.Call(fireTimeout, self)
		})
		timers[id] = t
		l.addTimer(t)
		return vm.ToValue(id)
	})
	o.Set("clear", func(call goja.FunctionCall) goja.Value {
		id := call.Argument(0).ToInteger()
		if t, ok := timers[id]; ok {
			l.removeTimer(t)
			delete(timers, id)
		}
		return undef
	})
	o.Set("ref", func(call goja.FunctionCall) goja.Value {
		if t, ok := timers[call.Argument(0).ToInteger()]; ok {
			l.setTimerRef(t, call.Argument(1).ToBoolean())
		}
		return undef
	})
	o.Set("hasRef", func(call goja.FunctionCall) goja.Value {
		t, ok := timers[call.Argument(0).ToInteger()]
		return vm.ToValue(ok && t.refd)
	})
	o.Set("refresh", func(call goja.FunctionCall) goja.Value {
		if t, ok := timers[call.Argument(0).ToInteger()]; ok {
			l.removeTimer(t)
			l.addTimer(t)
		}
		return undef
	})
	o.Set("immediate", func(call goja.FunctionCall) goja.Value {
		self := call.Argument(0)
		nextID++
		id := nextID
		im := &immediate{refd: true}
		im.fn = r.bindAsync("Immediate", true, func() {
			delete(immediates, id)
			r.Call(fireImmediate, self)
		})
		immediates[id] = im
		l.addImmediate(im)
		return vm.ToValue(id)
	})
	o.Set("clearImmediate", func(call goja.FunctionCall) goja.Value {
		id := call.Argument(0).ToInteger()
		if im, ok := immediates[id]; ok {
			l.cancelImmediate(im)
			delete(immediates, id)
		}
		return undef
	})
	o.Set("immediateRef", func(call goja.FunctionCall) goja.Value {
		if im, ok := immediates[call.Argument(0).ToInteger()]; ok {
			l.setImmediateRef(im, call.Argument(1).ToBoolean())
		}
		return undef
	})
	o.Set("immediateHasRef", func(call goja.FunctionCall) goja.Value {
		im, ok := immediates[call.Argument(0).ToInteger()]
		return vm.ToValue(ok && im.refd)
	})
	return o, nil
}

// addObjectURLs gives the url module's URL class createObjectURL and
// revokeObjectURL, from the module that provides Blob, when the runtime
// has it.
func (r *Runtime) addObjectURLs(module *goja.Object) {
	if !r.IsCoreModule("internal/blob") {
		return
	}
	ctor, ok := module.Get("exports").ToObject(r.vm).Get("URL").(*goja.Object)
	if !ok {
		return
	}
	for _, name := range []string{"createObjectURL", "revokeObjectURL"} {
		name := name
		fn := func(call goja.FunctionCall) goja.Value {
			f, _ := goja.AssertFunction(r.RequireCore("internal/blob").ToObject(r.vm).Get(name))
			return r.Call(f, goja.Undefined(), call.Arguments...)
		}
		fv := r.vm.ToValue(fn).ToObject(r.vm)
		_ = fv.DefineDataProperty("name", r.vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		_ = fv.DefineDataProperty("length", r.vm.ToValue(1), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		_ = ctor.DefineDataProperty(name, fv, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
}
