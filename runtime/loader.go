package runtime

import (
	"path/filepath"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// cjsLoader is the CommonJS module system: resolution (files, folders,
// node_modules), the module cache, require/require.resolve/require.cache,
// and the module wrapper. ESM and TypeScript files reach it transformed to
// CommonJS by the transform step.
type cjsLoader struct {
	r          *Runtime
	cache      *goja.Object // require.cache: filename -> module
	main       goja.Value   // require.main
	sources    map[string]string
	pkgType    map[string]string       // directory -> nearest package.json "type"
	pkgCache   map[string]*packageJSON // directory -> its package.json, nil for none
	cjsNames   map[string][]string     // CommonJS file -> the names it exports to import
	linked     map[string]bool         // ES modules whose imports were checked
	link       *linkSession            // the link check under way, nil between
	realpaths  map[string]string       // imported file -> its real path
	detected   map[string]bool         // typeless .js files -> whether their syntax is ESM
	namespaces map[*goja.Object]bool   // module namespace objects, which inspect shows as such
	globals    []any                   // the global folders require() searches last

	esm     map[string]*esmRecord // ES modules by file name
	cjsNS   map[string]goja.Value // namespaces of CommonJS, JSON and core modules by file or name
	helpers *goja.Object
	mainESM *esmRecord

	// detectedSrc is the file syntax detection read last, kept from one
	// formatOf until the load that follows it, so the file is read once.
	detectedSrc namedSource
}

// namedSource is a file's name and its source.
type namedSource struct{ name, src string }

func newCJSLoader(r *Runtime) *cjsLoader {
	return &cjsLoader{
		r:          r,
		cache:      r.vm.NewObject(),
		main:       goja.Undefined(),
		sources:    map[string]string{},
		pkgType:    map[string]string{},
		pkgCache:   map[string]*packageJSON{},
		cjsNames:   map[string][]string{},
		linked:     map[string]bool{},
		realpaths:  map[string]string{},
		detected:   map[string]bool{},
		namespaces: map[*goja.Object]bool{},
		esm:        map[string]*esmRecord{},
		cjsNS:      map[string]goja.Value{},
	}
}

// sourceOf returns the original source of a loaded file, for error reports.
func (l *cjsLoader) sourceOf(file string) string { return l.sources[file] }

func (l *cjsLoader) setArgv1(path string) {
	argv := l.r.hooks.process.Get("argv").ToObject(l.r.vm)
	splice, _ := goja.AssertFunction(argv.Get("splice"))
	l.r.Call(splice, argv, l.r.vm.ToValue(1), l.r.vm.ToValue(0), l.r.vm.ToValue(path))
}

// runMain loads path as the main module, resolving it like node does
// (extensions, folders), relative to the working directory.
func (l *cjsLoader) runMain(path string) {
	filename, err := l.resolveFile(path)
	if err != nil {
		l.setArgv1(path)
		panic(l.notFound(path, nil))
	}
	l.setArgv1(filename)
	if l.formatOf(filename) == "esm" {
		l.runMainESM(filename)
		return
	}
	l.load(filename, nil, true)
}

func (l *cjsLoader) runMainSource(filename, src string) {
	l.setArgv1(filename)
	if l.sourceIsModule(filename, src) {
		// Module syntax: an ES module, named as node names standard input's.
		if filepath.Base(filename) == "[stdin]" {
			filename = filepath.Join(filepath.Dir(filename), "[eval1]")
		}
		l.runMainESMSource(filename, src)
		return
	}
	l.sources[filename] = src
	l.loadSource(filename, src, nil, true)
}

// runEval runs src in the global scope with require and module available,
// as node -e does.
func (l *cjsLoader) runEval(src string, print bool) {
	vm := l.r.vm
	if l.sourceIsModule("[eval]", src) {
		if print {
			panic(l.r.NodeErrorf("Error", "ERR_EVAL_ESM_CANNOT_PRINT", "--print cannot be used with ESM input"))
		}
		l.runMainESMSource(filepath.Join(l.r.Cwd(), "[eval1]"), src)
		return
	}
	filename := filepath.Join(l.r.Cwd(), "[eval]")
	module := l.newModule("[eval]", filename, nil)
	g := vm.GlobalObject()
	req := l.makeRequire(module, filepath.Dir(filename))
	g.Set("require", req)
	l.r.installEvalLibs(func(name string) goja.Value { return l.r.RequireCore(name) })
	g.Set("module", module)
	g.Set("exports", module.Get("exports"))
	g.Set("__filename", "[eval]")
	g.Set("__dirname", ".")
	code, err := l.r.transformEval(src)
	if err != nil {
		l.r.throwErr(err)
	}
	if code != src && strings.Contains(code, dynamicImportName) {
		g.Set(dynamicImportName, l.dynamicImport(filename))
	}
	if code != src && strings.Contains(code, asyncGenName+".") {
		g.Set(asyncGenName, l.r.asyncGenHelper())
	}
	prg, err := goja.Compile("[eval]", code, false)
	if err != nil {
		l.r.throwErr(l.r.syntaxError(err))
	}
	v, err := vm.RunProgram(prg)
	if err != nil {
		l.r.throwErr(err)
	}
	if print {
		ins := l.r.RequireCore("internal/inspect").ToObject(vm)
		f, _ := goja.AssertFunction(ins.Get("inspect"))
		s := l.r.Call(f, goja.Undefined(), v).String()
		if str, ok := v.Export().(string); ok {
			s = str
		}
		_, _ = l.r.stdout.Write([]byte(s + "\n"))
	}
}

func (l *cjsLoader) newModule(id, filename string, parent *goja.Object) *goja.Object {
	vm := l.r.vm
	m := vm.NewObject()
	m.Set("id", id)
	m.Set("path", filepath.Dir(filename))
	m.Set("exports", vm.NewObject())
	m.Set("filename", filename)
	m.Set("loaded", false)
	m.Set("children", vm.NewArray())
	m.Set("paths", l.nodeModulePaths(filepath.Dir(filename)))
	if parent != nil {
		m.Set("parent", parent)
		children := parent.Get("children").ToObject(vm)
		push, _ := goja.AssertFunction(children.Get("push"))
		l.r.Call(push, children, m)
	} else {
		m.Set("parent", goja.Null())
	}
	return m
}

func (l *cjsLoader) nodeModulePaths(dir string) []any {
	var out []any
	for {
		if filepath.Base(dir) != "node_modules" {
			out = append(out, filepath.Join(dir, "node_modules"))
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	return out
}

// load runs (or returns from the cache) the module at filename.
func (l *cjsLoader) load(filename string, parent *goja.Object, isMain bool) goja.Value {
	if m := l.cache.Get(filename); m != nil && !goja.IsUndefined(m) {
		return m.ToObject(l.r.vm).Get("exports")
	}
	src, detected := l.detectedSrc.src, l.detectedSrc.name == filename
	l.detectedSrc = namedSource{}
	if !detected {
		// Not read by syntax detection just before.
		data, err := l.r.readFileChecked(filename, "require")
		if err != nil {
			panic(l.r.fileError(err, "open", filename))
		}
		if filepath.Ext(filename) == ".node" {
			panic(l.r.NodeError("Error", "ERR_DLOPEN_FAILED", filename+": "+addonLoadFailure(data)))
		}
		src = string(data)
	}
	l.sources[filename] = src
	return l.loadSource(filename, src, parent, isMain)
}

func (l *cjsLoader) loadSource(filename, src string, parent *goja.Object, isMain bool) goja.Value {
	vm := l.r.vm
	id := filename
	if isMain {
		id = "."
	}
	module := l.newModule(id, filename, parent)
	if isMain {
		l.main = module
	}
	l.cache.Set(filename, module)
	ok := false
	defer func() {
		if !ok {
			l.cache.Delete(filename)
		}
	}()
	if strings.HasSuffix(filename, ".json") {
		parse, _ := goja.AssertFunction(vm.Get("JSON").ToObject(vm).Get("parse"))
		v, err := parse(goja.Undefined(), vm.ToValue(stripBOM(src)))
		if err != nil {
			msg := jsonSyntaxMessage(stripBOM(src))
			if ex, isEx := err.(*goja.Exception); isEx && msg == "" {
				if o, isObj := ex.Value().(*goja.Object); isObj {
					msg = o.Get("message").String()
				}
			}
			panic(l.r.NodeError("SyntaxError", "", filename+": "+msg))
		}
		module.Set("exports", v)
		module.Set("loaded", true)
		ok = true
		return module.Get("exports")
	}
	cp, err := l.r.compileCJS(filename, src)
	if err != nil {
		if msg, line := moduleSyntaxError(stripShebang(src)); msg != "" {
			e := l.r.NodeError("SyntaxError", "", msg)
			e.Set("stack", "SyntaxError: "+msg+"\n    at "+filename+":"+strconv.Itoa(line))
			panic(e)
		}
		l.r.throwErr(err)
	}
	prg := cp.prg
	fnv, err := vm.RunProgram(prg)
	if err != nil {
		l.r.throwErr(err)
	}
	unnameModuleFunction(vm, fnv)
	fn, _ := goja.AssertFunction(fnv)
	dir := filepath.Dir(filename)
	req := l.makeRequire(module, dir)
	module.Set("require", req)
	args := []goja.Value{module.Get("exports"), req, module, vm.ToValue(filename), vm.ToValue(dir)}
	if cp.extraArgs {
		args = append(args, l.cjsExtraArgs(filename)...)
	}
	l.r.Call(fn, module.Get("exports"), args...)
	module.Set("loaded", true)
	ok = true
	return module.Get("exports")
}

// addonLoadFailure is the reason the system loader gives for a .node file
// it cannot load; jsproc loads no native addons, so a real one gets a
// reason of its own.
func addonLoadFailure(data []byte) string {
	const elfHeaderSize = 64
	switch {
	case len(data) < elfHeaderSize:
		return "file too short"
	case string(data[:4]) != "\x7fELF":
		return "invalid ELF header"
	}
	return "native addons cannot be loaded by jsproc"
}

func stripBOM(s string) string { return strings.TrimPrefix(s, "\uFEFF") }

// makeRequire builds a module's require function.
func (l *cjsLoader) makeRequire(module *goja.Object, dir string) *goja.Object {
	vm := l.r.vm
	req := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		id := call.Argument(0)
		s, ok := id.Export().(string)
		if !ok {
			panic(l.r.jsError("invalidArgType", vm.ToValue("id"), vm.ToValue("string"), id))
		}
		if s == "" {
			panic(l.r.jsError("invalidArgValue", vm.ToValue("id"), id, vm.ToValue("must be a non-empty string")))
		}
		return l.require(s, dir, module)
	}).ToObject(vm)
	resolve := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		id := call.Argument(0)
		s, isStr := id.Export().(string)
		if !isStr {
			panic(l.r.jsError("invalidArgType", vm.ToValue("request"), vm.ToValue("string"), id))
		}
		if strings.HasPrefix(s, "node:") || (l.r.IsCoreModule(s) && !strings.HasPrefix(s, "internal/")) {
			if !l.r.IsCoreModule(s) {
				panic(l.r.NodeError("Error", "ERR_UNKNOWN_BUILTIN_MODULE", "No such built-in module: "+s))
			}
			return vm.ToValue(s)
		}
		var f string
		var err error
		if paths := l.optionPaths(call.Argument(1)); paths != nil {
			f, err = l.resolvePaths(s, l.parentFile(module, dir), paths)
		} else {
			f, err = l.resolveFrom(s, module, dir)
		}
		if err != nil {
			panic(l.resolveFailure(s, module, err))
		}
		return vm.ToValue(f)
	}).ToObject(vm)
	resolve.Set("paths", func(s string) goja.Value {
		if l.r.IsCoreModule(s) {
			return goja.Null()
		}
		if strings.HasPrefix(s, "./") || strings.HasPrefix(s, "../") || s == "." || s == ".." {
			return vm.NewArray(dir)
		}
		return vm.NewArray(append(l.nodeModulePaths(dir), l.globalPaths()...)...)
	})
	req.Set("resolve", resolve)
	req.Set("cache", l.cache)
	req.DefineAccessorProperty("main", vm.ToValue(func() goja.Value { return l.main }), nil, goja.FLAG_TRUE, goja.FLAG_TRUE)
	return req
}

// optionPaths reads require.resolve's options.paths, made absolute; a
// paths that is not an array is node's ERR_INVALID_ARG_VALUE.
func (l *cjsLoader) optionPaths(opts goja.Value) []string {
	vm := l.r.vm
	obj, ok := opts.(*goja.Object)
	if !ok {
		return nil
	}
	pv := obj.Get("paths")
	if pv == nil || goja.IsUndefined(pv) {
		return nil
	}
	list, ok := pv.Export().([]any)
	if !ok {
		panic(l.r.jsError("invalidArgValue", vm.ToValue("options.paths"), pv, vm.ToValue("is invalid")))
	}
	paths := []string{}
	for _, p := range list {
		s, _ := p.(string)
		if !filepath.IsAbs(s) {
			s = filepath.Join(l.r.Cwd(), s)
		}
		paths = append(paths, s)
	}
	return paths
}

// parentFile is the file name of a requiring module, or a name in dir
// for one without a file (the -e module).
func (l *cjsLoader) parentFile(module *goja.Object, dir string) string {
	if module != nil {
		if f := module.Get("filename"); f != nil && !goja.IsUndefined(f) && !goja.IsNull(f) && filepath.IsAbs(f.String()) {
			return f.String()
		}
	}
	return filepath.Join(dir, "[eval]")
}

// resolveFrom resolves require(id) from module (in dir).
func (l *cjsLoader) resolveFrom(id string, module *goja.Object, dir string) (string, error) {
	return l.resolveCJS(id, l.parentFile(module, dir), nil, true)
}

// require is require(id) from a module in dir.
func (l *cjsLoader) require(id, dir string, parent *goja.Object) goja.Value {
	if strings.HasPrefix(id, "node:") || (l.r.IsCoreModule(id) && !strings.HasPrefix(id, "internal/")) {
		if !l.r.IsCoreModule(id) || strings.HasPrefix(strings.TrimPrefix(id, "node:"), "internal/") {
			e := l.r.NodeError("Error", "ERR_UNKNOWN_BUILTIN_MODULE", "No such built-in module: "+id)
			panic(e)
		}
		return l.r.RequireCore(id)
	}
	filename, err := l.resolveFrom(id, parent, dir)
	if err != nil {
		panic(l.resolveFailure(id, parent, err))
	}
	if strings.HasPrefix(filename, "node:") {
		return l.r.RequireCore(filename)
	}
	if l.formatOf(filename) == "esm" {
		if m := l.cache.Get(filename); m == nil || goja.IsUndefined(m) {
			from := ""
			if parent != nil {
				from = parent.Get("filename").String()
			}
			return l.requireESM(filename, from)
		}
	}
	return l.load(filename, parent, false)
}

// resolveFailure is the error require() throws when id cannot be resolved.
func (l *cjsLoader) resolveFailure(id string, parent *goja.Object, err error) *goja.Object {
	if re, ok := err.(*resolveError); ok {
		return l.r.resolveErrorValue(re)
	}
	return l.notFound(id, parent)
}

// notFound builds node's MODULE_NOT_FOUND error, with the require stack:
// the requiring module and its parents.
func (l *cjsLoader) notFound(id string, parent *goja.Object) *goja.Object {
	msg := "Cannot find module '" + id + "'"
	var stack []any
	for m := parent; m != nil; {
		f := m.Get("filename")
		if f == nil || goja.IsUndefined(f) {
			break
		}
		stack = append(stack, f.String())
		p, ok := m.Get("parent").(*goja.Object)
		if !ok {
			break
		}
		m = p
	}
	if len(stack) > 0 {
		msg += "\nRequire stack:"
		for _, f := range stack {
			msg += "\n- " + f.(string)
		}
	}
	e := l.r.NodeError("Error", "MODULE_NOT_FOUND", msg)
	e.Set("requireStack", l.r.vm.NewArray(stack...))
	// Node's report names the loader's throw site.
	errs := l.r.RequireCore("internal/errors").ToObject(l.r.vm)
	if key, ok := errs.Get("kArrow").(*goja.Symbol); ok {
		_ = e.DefineDataPropertySymbol(key, l.r.vm.ToValue("node:internal/modules/cjs/loader:1210\n  throw err;\n  ^\n"), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	return e
}
