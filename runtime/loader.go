package runtime

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"

	"github.com/dop251/goja"
)

// cjsLoader is the CommonJS module system: resolution (files, folders,
// node_modules), the module cache, require/require.resolve/require.cache,
// and the module wrapper. ESM and TypeScript files reach it transformed to
// CommonJS by the transform step.
type cjsLoader struct {
	r       *Runtime
	cache   *goja.Object // require.cache: filename -> module
	main    goja.Value   // require.main
	sources map[string]string
	pkgType map[string]string // directory -> nearest package.json "type"
}

func newCJSLoader(r *Runtime) *cjsLoader {
	return &cjsLoader{
		r:       r,
		cache:   r.vm.NewObject(),
		main:    goja.Undefined(),
		sources: map[string]string{},
		pkgType: map[string]string{},
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
		panic(l.notFound(path, ""))
	}
	l.setArgv1(filename)
	l.load(filename, nil, true)
}

func (l *cjsLoader) runMainSource(filename, src string) {
	l.setArgv1(filename)
	l.sources[filename] = src
	l.loadSource(filename, src, nil, true)
}

// runEval runs src in the global scope with require and module available,
// as node -e does.
func (l *cjsLoader) runEval(src string, print bool) {
	vm := l.r.vm
	filename := filepath.Join(l.r.Cwd(), "[eval]")
	module := l.newModule("[eval]", filename, nil)
	g := vm.GlobalObject()
	g.Set("require", l.makeRequire(module, filepath.Dir(filename)))
	g.Set("module", module)
	g.Set("exports", module.Get("exports"))
	g.Set("__filename", "[eval]")
	g.Set("__dirname", ".")
	code, err := l.r.transformEval(src)
	if err != nil {
		l.r.throwErr(err)
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
	data, err := os.ReadFile(filename)
	if err != nil {
		panic(l.r.SystemError(err, "open", filename, ""))
	}
	src := string(data)
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
		var probe any
		if err := json.Unmarshal([]byte(src), &probe); err != nil {
			e := l.r.NodeError("SyntaxError", "", filename+": "+err.Error())
			panic(e)
		}
		parse, _ := goja.AssertFunction(vm.Get("JSON").ToObject(vm).Get("parse"))
		module.Set("exports", l.r.Call(parse, goja.Undefined(), vm.ToValue(src)))
		module.Set("loaded", true)
		ok = true
		return module.Get("exports")
	}
	format := l.formatOf(filename)
	code, err := l.r.transformModule(filename, src, format)
	if err != nil {
		l.r.throwErr(err)
	}
	wrapped := "(function (exports, require, module, __filename, __dirname) { " + stripShebang(code) + "\n})"
	prg, err := goja.Compile(filename, wrapped, false)
	if err != nil {
		l.r.throwErr(l.r.syntaxError(err))
	}
	fnv, err := vm.RunProgram(prg)
	if err != nil {
		l.r.throwErr(err)
	}
	fn, _ := goja.AssertFunction(fnv)
	dir := filepath.Dir(filename)
	req := l.makeRequire(module, dir)
	result := l.r.Call(fn, module.Get("exports"), module.Get("exports"), req, module, vm.ToValue(filename), vm.ToValue(dir))
	if format == "esm" {
		// A module with top-level await returns the promise of its body.
		if p, isPromise := result.Export().(*goja.Promise); isPromise {
			module.Set("__tla", p)
		}
	}
	module.Set("loaded", true)
	ok = true
	return module.Get("exports")
}

func stripShebang(src string) string {
	if strings.HasPrefix(src, "#!") {
		return "//" + src[2:]
	}
	return src
}

// formatOf decides whether a file is CommonJS or an ES module, as node does:
// by extension, then by the nearest package.json's "type".
func (l *cjsLoader) formatOf(filename string) string {
	switch filepath.Ext(filename) {
	case ".mjs", ".mts":
		return "esm"
	case ".cjs", ".cts":
		return "cjs"
	case ".js", ".ts", ".tsx", ".jsx":
		if l.packageType(filepath.Dir(filename)) == "module" {
			return "esm"
		}
	}
	return "cjs"
}

func (l *cjsLoader) packageType(dir string) string {
	if t, ok := l.pkgType[dir]; ok {
		return t
	}
	t := ""
	data, err := os.ReadFile(filepath.Join(dir, "package.json"))
	if err == nil {
		var pkg struct {
			Type string `json:"type"`
		}
		_ = json.Unmarshal(data, &pkg)
		t = pkg.Type
		if t == "" {
			t = "commonjs"
		}
	} else if parent := filepath.Dir(dir); parent != dir && filepath.Base(dir) != "node_modules" {
		t = l.packageType(parent)
	}
	l.pkgType[dir] = t
	return t
}

// makeRequire builds a module's require function.
func (l *cjsLoader) makeRequire(module *goja.Object, dir string) *goja.Object {
	vm := l.r.vm
	fromFile := module.Get("filename").String()
	req := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		id := call.Argument(0)
		s, ok := id.Export().(string)
		if !ok {
			panic(l.r.jsError("invalidArgType", vm.ToValue("id"), vm.ToValue("string"), id))
		}
		if s == "" {
			panic(l.r.jsError("invalidArgValue", vm.ToValue("id"), id, vm.ToValue("must be a non-empty string")))
		}
		return l.require(s, dir, fromFile, module)
	}).ToObject(vm)
	resolve := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		s := call.Argument(0).String()
		if l.r.IsCoreModule(s) {
			return vm.ToValue(s)
		}
		f, err := l.resolve(s, dir)
		if err != nil {
			panic(l.notFound(s, fromFile))
		}
		return vm.ToValue(f)
	}).ToObject(vm)
	resolve.Set("paths", func(s string) goja.Value {
		if l.r.IsCoreModule(s) {
			return goja.Null()
		}
		return vm.NewArray(l.nodeModulePaths(dir)...)
	})
	req.Set("resolve", resolve)
	req.Set("cache", l.cache)
	req.DefineAccessorProperty("main", vm.ToValue(func() goja.Value { return l.main }), nil, goja.FLAG_TRUE, goja.FLAG_TRUE)
	return req
}

// require is require(id) from a module in dir.
func (l *cjsLoader) require(id, dir, fromFile string, parent *goja.Object) goja.Value {
	if strings.HasPrefix(id, "node:") || (l.r.IsCoreModule(id) && !strings.HasPrefix(id, "internal/")) {
		if !l.r.IsCoreModule(id) || strings.HasPrefix(strings.TrimPrefix(id, "node:"), "internal/") {
			e := l.r.NodeError("Error", "ERR_UNKNOWN_BUILTIN_MODULE", "No such built-in module: "+id)
			panic(e)
		}
		return l.r.RequireCore(id)
	}
	filename, err := l.resolve(id, dir)
	if err != nil {
		panic(l.notFound(id, fromFile))
	}
	return l.load(filename, parent, false)
}

// notFound builds node's MODULE_NOT_FOUND error.
func (l *cjsLoader) notFound(id, fromFile string) *goja.Object {
	msg := "Cannot find module '" + id + "'"
	var stack []any
	if fromFile != "" && fromFile != "undefined" {
		msg += "\nRequire stack:\n- " + fromFile
		stack = append(stack, fromFile)
	}
	e := l.r.NodeError("Error", "MODULE_NOT_FOUND", msg)
	e.Set("requireStack", l.r.vm.NewArray(stack...))
	return e
}

var errNotFound = errors.New("module not found")

// resolve finds the file a require(id) from dir loads.
func (l *cjsLoader) resolve(id, dir string) (string, error) {
	if strings.HasPrefix(id, "./") || strings.HasPrefix(id, "../") || id == "." || id == ".." || filepath.IsAbs(id) {
		p := id
		if !filepath.IsAbs(p) {
			p = filepath.Join(dir, id)
		}
		return l.resolveFile(p)
	}
	for _, nm := range l.nodeModulePaths(dir) {
		if f, err := l.resolveFile(filepath.Join(nm.(string), id)); err == nil {
			return f, nil
		}
	}
	return "", errNotFound
}

var extensions = []string{".js", ".json", ".cjs", ".mjs", ".ts", ".cts", ".mts"}

// resolveFile tries p as a file, with extensions, then as a folder.
func (l *cjsLoader) resolveFile(p string) (string, error) {
	if st, err := os.Stat(p); err == nil && !st.IsDir() {
		return realpath(p), nil
	}
	for _, ext := range extensions {
		if st, err := os.Stat(p + ext); err == nil && !st.IsDir() {
			return realpath(p + ext), nil
		}
	}
	if st, err := os.Stat(p); err == nil && st.IsDir() {
		if data, err := os.ReadFile(filepath.Join(p, "package.json")); err == nil {
			var pkg struct {
				Main string `json:"main"`
			}
			if json.Unmarshal(data, &pkg) == nil && pkg.Main != "" {
				if f, err := l.resolveFile(filepath.Join(p, pkg.Main)); err == nil {
					return f, nil
				}
				if f, err := l.resolveIndex(filepath.Join(p, pkg.Main)); err == nil {
					return f, nil
				}
			}
		}
		return l.resolveIndex(p)
	}
	return "", errNotFound
}

func (l *cjsLoader) resolveIndex(dir string) (string, error) {
	for _, ext := range extensions {
		f := filepath.Join(dir, "index"+ext)
		if st, err := os.Stat(f); err == nil && !st.IsDir() {
			return realpath(f), nil
		}
	}
	return "", errNotFound
}

func realpath(p string) string {
	if r, err := filepath.EvalSymlinks(p); err == nil {
		if abs, err := filepath.Abs(r); err == nil {
			return abs
		}
	}
	return p
}
