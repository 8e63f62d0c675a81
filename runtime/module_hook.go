package runtime

import (
	"path/filepath"
	"strings"

	"github.com/dop251/goja"
)

// This file is what the module binding (createRequire, Module) needs from
// the CommonJS loader.

// CreateRequire returns a require function that resolves relative to
// filename (an absolute path; a trailing "/" names a directory), for a
// new module that is not cached, as module.createRequire does. It shares
// the runtime's module cache. Loop goroutine only.
func (r *Runtime) CreateRequire(filename string) *goja.Object {
	if strings.HasSuffix(filename, "/") {
		filename = filepath.Join(filename, "noop.js")
	}
	module := r.loader.newModule(filename, filename, nil)
	req := r.loader.makeRequire(module, filepath.Dir(filename))
	module.Set("require", req)
	return req
}

// CompileModule runs src as the CommonJS module object module (with its
// filename), as Module.prototype._compile does: the source is transformed
// like a file the loader reads, and require inside it resolves relative to
// filename. It returns what the module function returned. Loop goroutine
// only; a JS error panics as a JS throw.
func (r *Runtime) CompileModule(module *goja.Object, src, filename string) goja.Value {
	l := r.loader
	cp, err := r.compileCJS(filename, src)
	if err != nil {
		r.throwErr(err)
	}
	fnv, err := r.vm.RunProgram(cp.prg)
	if err != nil {
		r.throwErr(err)
	}
	unnameModuleFunction(r.vm, fnv)
	fn, _ := goja.AssertFunction(fnv)
	dir := filepath.Dir(filename)
	req := l.makeRequire(module, dir)
	args := []goja.Value{module.Get("exports"), req, module, r.vm.ToValue(filename), r.vm.ToValue(dir)}
	if cp.extraArgs {
		args = append(args, l.cjsExtraArgs(filename)...)
	}
	return r.Call(fn, module.Get("exports"), args...)
}
