package runtime

import (
	"path/filepath"
	"strings"

	"github.com/dop251/goja"
)

// This file is the ES module loader. An ES module is transformed by
// transformESM; its static imports are loaded and evaluated first, in
// order (link), then its body runs, synchronously, or asynchronously when
// it or a dependency uses top-level await. Its exports form a module
// namespace object. CommonJS modules imported from ES modules get a
// namespace whose default is module.exports.

// esmRecord is one ES module.
type esmRecord struct {
	filename string
	ns       *goja.Object        // the module namespace
	forReq   func() *goja.Object // what require() returns: ns plus __esModule
	promise  goja.Value          // the evaluation promise of an async module
	tla      bool                // the module itself uses top-level await
	failed   goja.Value          // the error its evaluation threw
	deps     map[string]goja.Value
	starDone func() // adds star re-exports once the body ran
	seal     func() // makes the namespace final
}

// esmHelpersSource is the JavaScript half of the ES module loader.
const esmHelpersSource = `(function () {
"use strict";
const tag = Symbol.toStringTag;
function makeNamespace(withESModule) {
	let getters = Object.create(null);
	let names = [];
	const esModule = () => withESModule && getters.default !== undefined;
	const keys = () => esModule() ? ['__esModule', ...names] : names;
	// The target holds every name as a non-configurable property, and is
	// made non-extensible once the names are final, so that the proxy can
	// report the descriptors and sealing of a real namespace object.
	const target = Object.create(null);
	Object.defineProperty(target, tag, { value: 'Module' });
	const slot = { value: undefined, writable: true, enumerable: true, configurable: false };
	const handler = {
		get(t, k) {
			if (k === tag) return 'Module';
			if (k === '__esModule') return true;
			const g = getters[k];
			return g ? g() : undefined;
		},
		set() { return false; },
		defineProperty() { return false; },
		deleteProperty(t, k) { return !(k in getters) && !(k === '__esModule' && esModule()); },
		has(t, k) { return k in getters || k === tag || (k === '__esModule' && esModule()); },
		ownKeys() { return [...keys(), tag]; },
		getOwnPropertyDescriptor(t, k) {
			if (k === tag) return { value: 'Module', writable: false, enumerable: false, configurable: false };
			if (k === '__esModule' && esModule()) return { value: true, writable: true, enumerable: true, configurable: false };
			const g = getters[k];
			return g ? { value: g(), writable: true, enumerable: true, configurable: false } : undefined;
		},
	};
	const ns = new Proxy(target, handler);
	const define = (all, star) => {
		for (const k of Object.keys(all)) getters[k] = all[k];
		if (star) {
			const o = star();
			if (o) for (const k of Object.getOwnPropertyNames(o)) {
				if (k !== 'default' && k !== '__esModule' && !(k in getters)) getters[k] = () => o[k];
			}
		}
		names = Object.keys(getters).sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
		for (const k of keys()) if (!Object.prototype.hasOwnProperty.call(target, k)) Object.defineProperty(target, k, slot);
	};
	const seal = () => Object.preventExtensions(target);
	return { ns, define, seal };
}
function esmNamespace() {
	// What require() returns is made on its first use, from the exports
	// defined so far.
	const a = makeNamespace(false);
	let b = null, sealed = false;
	const defined = [];
	const define = (all, star) => {
		a.define(all, star);
		if (b) b.define(all, star);
		else defined.push([all, star]);
	};
	const seal = () => { a.seal(); if (b) b.seal(); else sealed = true; };
	const forRequire = () => {
		if (!b) {
			b = makeNamespace(true);
			for (const [all, star] of defined) b.define(all, star);
			defined.length = 0;
			if (sealed) b.seal();
		}
		return b.ns;
	};
	return { ns: a.ns, forRequire, define, seal };
}
function cjsNamespace(exports, json, names) {
	const n = makeNamespace(false);
	const all = { default: () => exports };
	const isObj = exports !== null && (typeof exports === 'object' || typeof exports === 'function');
	if (names) {
		// A CommonJS file: the names the lexer found, with the values they
		// have once it ran (undefined for a name it did not set).
		for (const k of names) {
			if (k === 'default') continue;
			let v;
			if (isObj && Object.prototype.hasOwnProperty.call(exports, k)) {
				try { v = exports[k]; } catch {}
			}
			all[k] = () => v;
		}
	} else if (!json && isObj) {
		for (const k of Object.keys(exports)) if (k !== 'default') all[k] = () => exports[k];
	}
	n.define(all);
	n.seal();
	return n.ns;
}
function after(promises, fn) {
	return Promise.all(promises).then(fn);
}
function later(fn) {
	return Promise.resolve().then(fn);
}
function deferred(start) {
	return new Promise((resolve, reject) => start(resolve, reject));
}
function onReject(p, fn) {
	p.then(undefined, fn);
}
return { esmNamespace, cjsNamespace, after, later, deferred, onReject };
})`

var esmHelpersProgram = &compiledSource{filename: "node:internal/modules/esm"}

// esmHelpers returns the JavaScript helpers, made once per Runtime.
func (l *cjsLoader) esmHelpers() *goja.Object {
	if l.helpers == nil {
		prg, err := esmHelpersProgram.programFor(esmHelpersSource)
		if err != nil {
			panic(err)
		}
		fnv, err := l.r.vm.RunProgram(prg)
		if err != nil {
			panic(err)
		}
		fn, _ := goja.AssertFunction(fnv)
		l.helpers = l.r.Call(fn, goja.Undefined()).ToObject(l.r.vm)
	}
	return l.helpers
}

func (l *cjsLoader) helper(name string, args ...goja.Value) goja.Value {
	fn, _ := goja.AssertFunction(l.esmHelpers().Get(name))
	return l.r.Call(fn, goja.Undefined(), args...)
}

// importError makes the JS error for a failed resolution of an import.
func (l *cjsLoader) importError(err error) goja.Value {
	if re, ok := err.(*resolveError); ok {
		return l.r.resolveErrorValue(re)
	}
	if t, ok := err.(*thrown); ok {
		return t.val
	}
	return l.r.vm.NewGoError(err)
}

// loadESM loads, links and evaluates the ES module at filename, or returns
// it from the cache (possibly still evaluating, in a cycle).
func (l *cjsLoader) loadESM(filename string) *esmRecord {
	if rec := l.esm[filename]; rec != nil {
		if rec.failed != nil {
			panic(rec.failed)
		}
		return rec
	}
	if src, ok := l.linkedSource(filename); ok {
		return l.loadESMSource(filename, src)
	}
	data, err := l.r.readFileChecked(filename, "import")
	if err != nil {
		panic(l.r.fileError(err, "open", filename))
	}
	return l.loadESMSource(filename, string(data))
}

// loadESMSource is loadESM of a module whose source is src.
func (l *cjsLoader) loadESMSource(filename, src string) *esmRecord {
	defer l.beginLink()()
	l.sources[filename] = src
	l.sources[fileURL(filename)] = src
	code, err := l.r.transformESM(filename, src)
	if err != nil {
		l.r.throwErr(err)
	}
	l.checkImports(filename, code)
	if len(code.Deps) > 0 {
		deps, dir := code.Deps, filepath.Dir(filename)
		compileAheadGo(func() {
			for _, spec := range deps {
				l.r.ahead.want(dir, spec, "")
			}
		})
	}
	vm := l.r.vm
	nsv := l.helper("esmNamespace").ToObject(vm)
	rec := &esmRecord{
		filename: filename,
		ns:       nsv.Get("ns").ToObject(vm),
		tla:      code.TLA,
		deps:     map[string]goja.Value{},
	}
	l.namespaces[rec.ns] = true
	forReq, _ := goja.AssertFunction(nsv.Get("forRequire"))
	rec.forReq = func() *goja.Object {
		o := l.r.Call(forReq, goja.Undefined()).ToObject(vm)
		l.namespaces[o] = true
		return o
	}
	seal, _ := goja.AssertFunction(nsv.Get("seal"))
	rec.seal = func() { l.r.Call(seal, goja.Undefined()) }
	define := nsv.Get("define")
	l.esm[filename] = rec
	fail := func(v goja.Value) {
		rec.failed = v
	}
	defer func() {
		if x := recover(); x != nil {
			switch e := x.(type) {
			case *goja.Exception:
				fail(e.Value())
			case goja.Value:
				fail(e)
			}
			panic(x)
		}
	}()

	// Link: evaluate the static imports first, in order.
	var pending []goja.Value
	for _, spec := range code.Deps {
		target, err := l.linkResolve(spec, filename)
		if err == nil {
			err = l.checkImportType(target, code.Attrs[spec])
		}
		if err != nil {
			panic(l.importError(err))
		}
		ns, p := l.evaluateImport(target)
		rec.deps[spec] = ns
		if p != nil {
			pending = append(pending, p)
		}
	}

	prg := l.r.ahead.takeESM(filename, code.Code)
	if prg == nil {
		done := gcCompiling(len(code.Code))
		var err error
		prg, err = goja.Compile(fileURL(filename), code.Code, false)
		done()
		if err != nil {
			l.r.throwErr(l.r.syntaxError(err))
		}
	}
	fnv, err := vm.RunProgram(prg)
	if err != nil {
		l.r.throwErr(err)
	}
	fn, _ := goja.AssertFunction(fnv)
	dep := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		spec := call.Argument(0).String()
		if v, ok := rec.deps[spec]; ok {
			return v
		}
		panic(l.r.NodeError("Error", "ERR_MODULE_NOT_FOUND", "Cannot find module '"+spec+"' imported from "+filename))
	})
	// import.meta and import() are made for the modules that use them.
	meta, imp := goja.Undefined(), goja.Undefined()
	if usesParam(code.Code, "__jsproc_meta") {
		meta = l.importMeta(filename)
	}
	if usesParam(code.Code, dynamicImportName) {
		imp = l.dynamicImport(filename)
	}
	nsFn := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		d, _ := goja.AssertFunction(define)
		star := call.Argument(1)
		if !goja.IsUndefined(star) {
			// Star re-exports are known once the body ran; install the
			// module's own exports now and the rest at the end.
			l.r.Call(d, goja.Undefined(), call.Argument(0))
			rec.starDone = func() { l.r.Call(d, goja.Undefined(), vm.NewObject(), star) }
			return goja.Undefined()
		}
		l.r.Call(d, goja.Undefined(), call.Argument(0))
		return goja.Undefined()
	})
	ag := goja.Undefined()
	if strings.Contains(code.Code, asyncGenName+".") {
		ag = l.r.asyncGenHelper()
	}
	run := func() goja.Value {
		res := l.r.Call(fn, goja.Undefined(), dep, meta, imp, nsFn, ag)
		if rec.tla {
			return res
		}
		rec.finish()
		return goja.Undefined()
	}
	if len(pending) == 0 {
		res := run()
		if rec.tla {
			rec.promise = l.helper("after", vm.NewArray(res), vm.ToValue(func() { rec.finish() }))
		}
	} else {
		rec.promise = l.helper("after", vm.NewArray(pendingValues(pending)...), vm.ToValue(func() goja.Value {
			v := run()
			if rec.tla {
				return l.helper("after", vm.NewArray(v), vm.ToValue(func() { rec.finish() }))
			}
			return v
		}))
	}
	if rec.promise != nil {
		l.helper("onReject", rec.promise, vm.ToValue(func(v goja.Value) { rec.failed = v }))
	}
	return rec
}

// usesParam reports whether the module function code uses its parameter
// name: whether name is there after the parameter list.
func usesParam(code, name string) bool {
	i := strings.Index(code, name)
	return i >= 0 && strings.Contains(code[i+len(name):], name)
}

func pendingValues(ps []goja.Value) []any {
	out := make([]any, len(ps))
	for i, p := range ps {
		out[i] = p
	}
	return out
}

// finish completes a module's namespace once its body has run.
func (rec *esmRecord) finish() {
	if rec.starDone != nil {
		rec.starDone()
		rec.starDone = nil
	}
	rec.seal()
}

// pendingPromise is the evaluation promise of an ES module still running.
func (rec *esmRecord) pendingPromise() goja.Value {
	if rec.promise == nil {
		return nil
	}
	if p, ok := rec.promise.Export().(*goja.Promise); ok && p.State() != goja.PromiseStatePending {
		return nil
	}
	return rec.promise
}

// evaluateImport evaluates a resolved import target (a "node:" core module
// name or a file) and returns its namespace, and its evaluation promise
// when it is still evaluating asynchronously.
func (l *cjsLoader) evaluateImport(target string) (goja.Value, goja.Value) {
	if strings.HasPrefix(target, "node:") {
		return l.cjsNamespace(target, l.r.RequireCore(target), false, nil), nil
	}
	if !importableExtension(target) {
		panic(l.r.NodeError("TypeError", "ERR_UNKNOWN_FILE_EXTENSION", "Unknown file extension \""+filepath.Ext(target)+"\" for "+target))
	}
	switch l.formatOf(target) {
	case "esm":
		rec := l.loadESM(target)
		return rec.ns, rec.pendingPromise()
	case "json":
		return l.cjsNamespace(target, l.load(target, nil, false), true, nil), nil
	default:
		names := l.cjsExportNames(target)
		return l.cjsNamespace(target, l.load(target, nil, false), false, names), nil
	}
}

// isNamespace reports whether v is a module namespace object.
func (l *cjsLoader) isNamespace(v goja.Value) bool {
	o, ok := v.(*goja.Object)
	return ok && l.namespaces[o]
}

// importableExtension reports whether import can load a file with this
// name: JavaScript, JSON and TypeScript, or no extension at all.
func importableExtension(filename string) bool {
	switch filepath.Ext(filename) {
	case "", ".js", ".mjs", ".cjs", ".json", ".ts", ".mts", ".cts", ".tsx", ".jsx":
		return true
	}
	return false
}

// isLoaded reports whether an import target was already loaded.
func (l *cjsLoader) isLoaded(target string) bool {
	if strings.HasPrefix(target, "node:") {
		return true
	}
	if l.esm[target] != nil {
		return true
	}
	m := l.cache.Get(target)
	return m != nil && !goja.IsUndefined(m)
}

// cjsNamespace is the namespace of a CommonJS, JSON or core module, one
// per module (target is its file or "node:" name): names are the lexer's
// for a CommonJS file, nil otherwise (a core module's namespace follows
// its exports).
func (l *cjsLoader) cjsNamespace(target string, exports goja.Value, json bool, names []string) goja.Value {
	if ns, ok := l.cjsNS[target]; ok {
		return ns
	}
	nv := goja.Undefined()
	if names != nil {
		list := make([]any, len(names))
		for i, n := range names {
			list[i] = n
		}
		nv = l.r.vm.NewArray(list...)
	}
	ns := l.helper("cjsNamespace", exports, l.r.vm.ToValue(json), nv)
	if o, ok := ns.(*goja.Object); ok {
		l.namespaces[o] = true
	}
	l.cjsNS[target] = ns
	return ns
}

// importMeta builds import.meta for a module file.
func (l *cjsLoader) importMeta(filename string) goja.Value {
	vm := l.r.vm
	meta := vm.NewObject()
	_ = meta.SetPrototype(nil)
	meta.Set("dirname", filepath.Dir(filename))
	meta.Set("filename", filename)
	resolve := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		spec := call.Argument(0).String()
		if strings.HasPrefix(spec, "node:") {
			return vm.ToValue(spec)
		}
		target, err := l.resolveImport(spec, filename)
		if re, ok := err.(*resolveError); ok && re.url != "" && (re.code == "ERR_MODULE_NOT_FOUND" || re.code == "ERR_UNSUPPORTED_DIR_IMPORT") {
			// Like node, a file that is not there still has a URL.
			return vm.ToValue(re.url)
		}
		if err != nil {
			panic(l.importError(err))
		}
		if strings.HasPrefix(target, "node:") {
			return vm.ToValue(target)
		}
		return vm.ToValue(fileURL(target))
	}).ToObject(vm)
	_ = resolve.DefineDataProperty("name", vm.ToValue("resolve"), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	_ = resolve.DefineDataProperty("length", vm.ToValue(1), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	meta.Set("resolve", resolve)
	meta.Set("url", fileURL(filename))
	return meta
}

// dynamicImport is import() for code in the file `from`: a promise of the
// namespace, settled after the current job, never a synchronous throw.
func (l *cjsLoader) dynamicImport(from string) goja.Value {
	vm := l.r.vm
	return vm.ToValue(func(call goja.FunctionCall) goja.Value {
		spec := call.Argument(0)
		opts := call.Argument(1)
		return l.helper("later", vm.ToValue(func() goja.Value {
			typ := l.importOptionsType(opts)
			target, err := l.resolveImport(spec.String(), from)
			if err == nil {
				err = l.checkImportType(target, typ)
			}
			if err != nil {
				panic(l.importError(err))
			}
			evaluate := func() goja.Value {
				ns, p := l.evaluateImport(target)
				if p != nil {
					return l.helper("after", vm.NewArray(p), vm.ToValue(func() goja.Value { return ns }))
				}
				return ns
			}
			if l.isLoaded(target) {
				return evaluate()
			}
			// Like node, which reads a module not loaded yet
			// asynchronously, evaluate it in a later macrotask.
			return l.helper("deferred", vm.ToValue(func(resolve, reject goja.Callable) {
				enqueue := l.r.loop.Reserve()
				enqueue(func() {
					func() {
						v, err := func() (v goja.Value, err error) {
							defer func() {
								if x := recover(); x != nil {
									switch e := x.(type) {
									case *goja.Exception:
										err = e
									case goja.Value:
										err = &thrown{e}
									default:
										panic(x)
									}
								}
							}()
							return evaluate(), nil
						}()
						if err != nil {
							var val goja.Value
							if ex, ok := err.(*goja.Exception); ok {
								val = ex.Value()
							} else {
								val = err.(*thrown).val
							}
							l.r.Call(reject, goja.Undefined(), val)
							return
						}
						l.r.Call(resolve, goja.Undefined(), v)
					}()
				})
			}))
		}))
	})
}

// requireESM is require() of an ES module: its namespace, or what it
// exports under the name "module.exports" when it has that export (as
// node does), unless it (or its graph) uses top-level await.
func (l *cjsLoader) requireESM(filename, fromFile string) goja.Value {
	if rec := l.esm[filename]; rec == nil {
		data, err := l.r.readFileChecked(filename, "require")
		if err == nil {
			if code, err := l.r.transformESM(filename, string(data)); err == nil && code.TLA {
				panic(l.requireAsyncError(filename, fromFile))
			}
		}
	}
	rec := l.loadESM(filename)
	if rec.pendingPromise() != nil {
		panic(l.requireAsyncError(filename, fromFile))
	}
	for _, k := range rec.ns.GetOwnPropertyNames() {
		if k == "module.exports" {
			return rec.ns.Get(k)
		}
	}
	return rec.forReq()
}

func (l *cjsLoader) requireAsyncError(filename, fromFile string) *goja.Object {
	msg := "require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the top-level await comes from, use --experimental-print-required-tla."
	if fromFile != "" {
		msg += "\n  From " + fromFile + " \n  Requiring " + filename + " "
	}
	return l.r.NodeError("Error", "ERR_REQUIRE_ASYNC_MODULE", msg)
}

// runMainESM runs an ES module as the main module: its errors, thrown or
// from top-level await, are uncaught exceptions.
func (l *cjsLoader) runMainESM(filename string) {
	l.startMainESM(l.loadESM(filename))
}

// runMainESMSource runs src as the main ES module named filename.
func (l *cjsLoader) runMainESMSource(filename, src string) {
	l.startMainESM(l.loadESMSource(filename, src))
}

func (l *cjsLoader) startMainESM(rec *esmRecord) {
	l.mainESM = rec
	if rec.promise != nil {
		l.helper("onReject", rec.promise, l.r.vm.ToValue(func(v goja.Value) {
			l.r.handleUncaught(v, nil, "uncaughtException")
		}))
	}
}

// unsettledMain reports whether the main ES module's top-level await never
// finished (the loop emptied first), as node reports with exit code 13.
func (l *cjsLoader) unsettledMain() bool {
	return l.mainESM != nil && l.mainESM.pendingPromise() != nil
}
