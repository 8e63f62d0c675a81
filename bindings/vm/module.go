package vm

import (
	"errors"
	"path/filepath"
	"strconv"
	"strings"
	"weak"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

// The module records of vm.SourceTextModule (js/module.js) link and
// evaluate module graphs themselves; this file compiles a module's source
// for its context (runtime.CompileSourceModule) and runs its two steps:
// instantiate, which declares its bindings and hands over its export
// getters, and evaluate, which runs its body under the evaluation's
// timeout.

// sourceModule is one compiled module in its context's realm.
type sourceModule struct {
	b      *binding
	c      *vmContext // nil for the main context
	target *realm
	src    *runtime.SourceModule
	// filename and source (its offsets included) are the module's, for
	// the source line of its errors.
	filename, source string
	fn               goja.Callable // the module function, of target's realm
	body             goja.Callable // the body it returned, once instantiated
}

// moduleFilename is the name a module's source is compiled under: its
// identifier, read as JavaScript whatever its extension says.
func moduleFilename(identifier string) string {
	switch filepath.Ext(identifier) {
	case "", ".js", ".mjs", ".cjs":
		return identifier
	}
	return identifier + ".js"
}

// compileModule compiles the source of a SourceTextModule for the main
// context (ctxObj null) or ctxObj's, and returns its handle: what the
// source requests, imports and exports, instantiate(dep, meta, import, ns)
// and evaluate(timeout). A syntax error is thrown as a SyntaxError.
func (b *binding) compileModule(source, identifier string, ctxObj goja.Value, lineOffset, columnOffset goja.Value) *goja.Object {
	var c *vmContext
	if obj, ok := ctxObj.(*goja.Object); ok {
		c = b.contextOf(obj)
	}
	pad := ""
	if n := offsetArg(lineOffset); n > 0 {
		pad = strings.Repeat("\n", n)
	}
	if n := offsetArg(columnOffset); n > 0 {
		pad += strings.Repeat(" ", n)
	}
	src, err := runtime.CompileSourceModule(moduleFilename(identifier), pad+source)
	if err != nil {
		panic(b.moduleError(c, err, identifier, pad+source))
	}
	m := &sourceModule{b: b, c: c, target: b.outer, src: src, filename: identifier, source: pad + source}
	if c != nil {
		m.target = c.inner
	}
	prg, err := goja.Compile(identifier, src.Code, false)
	if err != nil {
		panic(b.moduleError(c, err, identifier, pad+source))
	}
	fnv, err := m.target.vm.RunProgram(prg)
	if err != nil {
		b.rethrow(err, c, nil)
	}
	m.fn, _ = goja.AssertFunction(fnv)

	vm := b.rt.VM()
	h := vm.NewObject()
	h.Set("requests", stringArray(vm, src.Requests))
	imports := make([]any, len(src.Imports))
	for i, ref := range src.Imports {
		imports[i] = vm.NewArray(ref.Specifier, ref.Name)
	}
	h.Set("imports", vm.NewArray(imports...))
	h.Set("exports", stringArray(vm, src.Exports))
	h.Set("stars", stringArray(vm, src.Stars))
	h.Set("lexical", stringArray(vm, src.Lexical))
	attrs := vm.NewObject()
	for spec, kv := range src.Attributes {
		o := vm.NewObject()
		for k, v := range kv {
			o.Set(k, v)
		}
		attrs.Set(spec, o)
	}
	h.Set("attributes", attrs)
	h.Set("usesMeta", src.UsesMeta)
	h.Set("usesImport", src.UsesImport)
	h.Set("instantiate", m.instantiate)
	h.Set("evaluate", m.evaluate)
	return h
}

// offsetArg reads a line or column offset (already validated; undefined
// means 0).
func offsetArg(v goja.Value) int {
	if v == nil || goja.IsUndefined(v) {
		return 0
	}
	return int(v.ToInteger())
}

func stringArray(vm *goja.Runtime, list []string) *goja.Object {
	out := make([]any, len(list))
	for i, s := range list {
		out[i] = s
	}
	return vm.NewArray(out...)
}

// instantiate runs the module's first step: its bindings are declared and
// ns receives its export getters. dep, meta, imp and ns are of the main
// realm.
func (m *sourceModule) instantiate(dep, meta, imp, ns goja.Value) {
	ag := goja.Undefined()
	if m.src.UsesAsyncGenerators && m.c == nil {
		ag = m.b.rt.AsyncGeneratorHelper()
	}
	args := []goja.Value{dep, meta, imp, ns, ag}
	if m.c != nil {
		for i, a := range args {
			args[i] = m.c.toInner(a)
		}
	}
	bv, err := m.fn(goja.Undefined(), args...)
	if err != nil {
		m.b.rethrow(err, m.c, nil)
	}
	m.body, _ = goja.AssertFunction(bv)
}

// evaluate runs the module's body, interrupted after timeout ms when
// positive, and returns the promise of an async body (undefined for
// another).
func (m *sourceModule) evaluate(timeout int64) goja.Value {
	if m.body == nil {
		panic(m.b.rt.NodeError("Error", "ERR_VM_MODULE_STATUS", "Module status must be linked"))
	}
	v := m.b.runProgram(run{c: m.c, timeout: timeout, call: func() (goja.Value, error) {
		v, err := m.body(goja.Undefined())
		if ex, ok := err.(*goja.Exception); ok && m.c == nil {
			m.arrow(ex)
		}
		return v, err
	}})
	if m.c != nil {
		return m.c.toOuter(v)
	}
	return v
}

// arrow gives an error the module's code threw the source line an
// uncaught report shows above it, as node's does; its stack stays as it
// is.
func (m *sourceModule) arrow(ex *goja.Exception) {
	obj, ok := ex.Value().(*goja.Object)
	frames := ex.Stack()
	if !ok || len(frames) == 0 {
		return
	}
	pos := frames[0].Position()
	lines := strings.Split(m.source, "\n")
	if pos.Filename != m.filename || pos.Line < 1 || pos.Line > len(lines) {
		return
	}
	text := strings.TrimRight(lines[pos.Line-1], "\r")
	m.b.setArrow(obj, m.filename+":"+strconv.Itoa(pos.Line)+"\n"+text+"\n"+strings.Repeat(" ", max(pos.Column-1, 0))+"^\n")
}

// moduleError is the SyntaxError of a module source that does not
// compile, of the module's context, with node's source arrow.
func (b *binding) moduleError(c *vmContext, err error, filename, src string) goja.Value {
	var se *runtime.ModuleSyntaxError
	if !errors.As(err, &se) {
		return b.syntaxError(c, err, filename, src)
	}
	e := b.rt.NodeError("SyntaxError", "", se.Message)
	if c != nil {
		stack := e.Get("stack")
		e = c.newError("SyntaxError", se.Message)
		_ = e.Set("stack", stack)
	}
	lines := strings.Split(src, "\n")
	if se.Line >= 1 && se.Line <= len(lines) {
		text := strings.TrimRight(lines[se.Line-1], "\r")
		b.setArrow(e, filename+":"+strconv.Itoa(se.Line)+"\n"+text+"\n"+strings.Repeat(" ", se.Column)+"^\n")
	}
	return e
}

// namespaceSet holds the module namespaces js/module.js made: proxies to
// goja, module namespace objects to util.inspect.
type namespaceSet map[weak.Pointer[goja.Object]]struct{}

func (s namespaceSet) has(obj *goja.Object) bool {
	_, ok := s[weak.Make(obj)]
	return ok
}

// installModules gives the binding object what js/module.js needs.
func (b *binding) installModules(o *goja.Object) {
	o.Set("vmModules", b.rt.Options().ExperimentalVMModules)
	o.Set("compileModule", b.compileModule)
	o.Set("setImporter", func(fn goja.Callable) { b.importer = fn })
	o.Set("registerImporter", func(id int, referrer *goja.Object) { b.importers[id] = weak.Make(referrer) })
	if b.rt.Options().ExperimentalVMModules {
		b.installImporter(b.rt.VM(), b.rt.VM().GlobalObject(), nil)
	}
	o.Set("markNamespace", func(ns *goja.Object) { b.namespaces[weak.Make(ns)] = struct{}{} })
	o.Set("isNamespace", func(v goja.Value) bool {
		obj, ok := v.(*goja.Object)
		return ok && b.namespaces.has(obj)
	})
}

// installImporter defines the global an import( in a script with an
// importer becomes a call of (see dynimport.go), in the main realm (c
// nil) or c's: it hands the import to js/module.js's importer, and the
// promise back.
func (b *binding) installImporter(vm *goja.Runtime, global *goja.Object, c *vmContext) {
	fn := func(call goja.FunctionCall) goja.Value {
		if b.importer == nil {
			return goja.Undefined()
		}
		args := []goja.Value{call.Argument(1), call.Argument(2)}
		if c != nil {
			for i, a := range args {
				args[i] = c.toOuter(a)
			}
		}
		var referrer goja.Value = goja.Undefined()
		if p, ok := b.importers[int(call.Argument(0).ToInteger())]; ok {
			if obj := p.Value(); obj != nil {
				referrer = obj
			}
		}
		args = append([]goja.Value{referrer}, args...)
		v, err := b.importer(goja.Undefined(), args...)
		if err != nil {
			b.rethrow(err, nil, nil)
		}
		if c != nil {
			return c.toInner(v)
		}
		return v
	}
	_ = global.DefineDataProperty(importerGlobal, vm.ToValue(fn), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
}
