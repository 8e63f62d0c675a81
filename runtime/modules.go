package runtime

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/dop251/goja"
)

// Module is a core module that require() can load by name ("fs") or with the
// "node:" prefix ("node:fs"). A module costs nothing until first required.
type Module struct {
	// Name is the module's name without the "node:" prefix.
	Name string
	// Load fills module.exports. It runs on the loop goroutine, once per
	// Runtime, the first time the module is required.
	Load func(rt *Runtime, module *goja.Object) error

	js *compiledSource // the source of a module made by JSModule
}

// JSModule returns a Module implemented in JavaScript. The source is a
// CommonJS module body that sees exports, require, module and
// internalBinding; internalBinding(name) returns what binding(rt, name)
// returns, so Go code can hand natives to the script. binding may be nil.
// The source is compiled once per Go process, however many Runtimes load it.
func JSModule(name, src string, binding func(rt *Runtime, name string) (goja.Value, error)) Module {
	c := &compiledSource{filename: "node:" + name, src: src}
	return Module{Name: name, Load: func(rt *Runtime, module *goja.Object) error {
		return rt.runInternal(c, module, binding)
	}, js: c}
}

// compiledSource is an internal module's source with its program compiled
// at most once per Go process.
type compiledSource struct {
	filename string
	src      string
	once     sync.Once
	prg      *goja.Program
	err      error
	done     atomic.Bool // set once prg and err are
	scanned  atomic.Bool // its requires were queued to compile ahead
}

// compiled reports whether the program is compiled already.
func (c *compiledSource) compiled() bool { return c.done.Load() }

// claimScan reports whether the caller is the first to ask, and so the one
// to queue its requires.
func (c *compiledSource) claimScan() bool { return c.scanned.CompareAndSwap(false, true) }

func (c *compiledSource) program() (*goja.Program, error) {
	c.once.Do(func() {
		wrapped := "(function (exports, require, module, internalBinding) {" + c.src + "\n})"
		defer gcCompiling(len(wrapped))()
		c.prg, c.err = goja.Compile(c.filename, wrapped, true)
		c.done.Store(true)
	})
	return c.prg, c.err
}

func (r *Runtime) runInternal(c *compiledSource, module *goja.Object, binding func(*Runtime, string) (goja.Value, error)) error {
	if !c.compiled() {
		compileCoreAhead(c, r.modules)
	}
	prg, err := c.program()
	if err != nil {
		return err
	}
	fnv, err := r.vm.RunProgram(prg)
	if err != nil {
		return err
	}
	fn, _ := goja.AssertFunction(fnv)
	ib := r.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		name := call.Argument(0).String()
		if binding == nil {
			panic(r.vm.NewTypeError("No such binding: " + name))
		}
		v, err := binding(r, name)
		if err != nil {
			panic(r.vm.NewGoError(err))
		}
		return v
	})
	r.Call(fn, module, module.Get("exports"), r.requireCoreFunc(), module, ib)
	return nil
}

// IsCoreModule reports whether name (with or without "node:") names a core
// module this runtime provides; a scheme-only module ("test") is core only
// with "node:".
func (r *Runtime) IsCoreModule(name string) bool {
	bare := strings.TrimPrefix(name, "node:")
	if bare == name && schemeOnly[bare] {
		return false
	}
	_, ok := r.modules[bare]
	return ok
}

// schemeOnly are the core modules that only "node:" names, as in node:
// require('test') loads a package of that name.
var schemeOnly = map[string]bool{"test": true}

// RequireCore loads a core module by name and returns its exports. Loop
// goroutine only. It panics with a JS error (code MODULE_NOT_FOUND) when no
// such module exists, as require() throws.
func (r *Runtime) RequireCore(name string) goja.Value {
	bare := strings.TrimPrefix(name, "node:")
	if m, ok := r.core[bare]; ok {
		return m.Get("exports")
	}
	mod, ok := r.modules[bare]
	if !ok {
		panic(r.NodeError("Error", "MODULE_NOT_FOUND", fmt.Sprintf("Cannot find module '%s'", name)))
	}
	module := r.vm.NewObject()
	module.Set("exports", r.vm.NewObject())
	module.Set("id", bare)
	module.Set("loaded", false)
	r.core[bare] = module
	loaded := false
	defer func() {
		// A module whose body threw is loaded afresh next time, as in node.
		if !loaded {
			delete(r.core, bare)
		}
	}()
	if err := mod.Load(r, module); err != nil {
		delete(r.core, bare)
		if ex, ok := err.(*goja.Exception); ok {
			panic(ex)
		}
		if u := uncatchable(err); u != nil {
			// Cancelled (or overflowed) while loading: not a load failure.
			panic(r.catchable(u))
		}
		panic(r.vm.NewGoError(fmt.Errorf("loading module %s: %w", bare, err)))
	}
	module.Set("loaded", true)
	loaded = true
	if bare == "events" && r.hooks.object != nil {
		// process is an EventEmitter as soon as the events module exists.
		if up, ok := goja.AssertFunction(r.hooks.object.Get("upgradeEmitter")); ok {
			r.Call(up, goja.Undefined())
		}
	}
	return module.Get("exports")
}

func (r *Runtime) requireCoreFunc() goja.Value {
	if r.coreRequire == nil {
		r.coreRequire = r.vm.ToValue(func(call goja.FunctionCall) goja.Value {
			return r.RequireCore(call.Argument(0).String())
		})
	}
	return r.coreRequire
}

// NodeError makes an error object of the given constructor ("Error",
// "TypeError", "RangeError") with a code property, formatted as Node's
// internal errors are ("TypeError [ERR_X]: ..." in the stack) .
func (r *Runtime) NodeError(ctor, code, msg string) *goja.Object {
	c, _ := goja.AssertConstructor(r.vm.Get(ctor))
	if c == nil {
		c, _ = goja.AssertConstructor(r.vm.Get("Error"))
	}
	obj, err := c(nil, r.vm.ToValue(msg))
	if err != nil {
		panic(err)
	}
	if code != "" {
		obj.Set("code", code)
	}
	return obj
}
