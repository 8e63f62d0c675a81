package runtime

import "github.com/dop251/goja"

// evalLibs are the core modules node makes globals of for -e, -p and the
// REPL (its builtinLibs): `jsproc -e "fs.readdirSync('.')"` works as there.
var evalLibs = []string{
	"assert", "async_hooks", "buffer", "child_process", "cluster", "constants", "crypto", "dgram",
	"diagnostics_channel", "dns", "domain", "events", "fs", "http", "http2", "https", "inspector",
	"net", "os", "path", "perf_hooks", "process", "punycode", "querystring", "readline", "repl",
	"stream", "string_decoder", "sys", "timers", "tls", "trace_events", "tty", "url", "util", "v8",
	"vm", "wasi", "worker_threads", "zlib",
}

// installEvalLibs defines a global per core module of evalLibs this
// runtime has, as node does for evaluated code: reading it requires the
// module, and assigning it replaces it with the value assigned. Both leave
// a plain, non-enumerable data property.
func (r *Runtime) installEvalLibs(require func(string) goja.Value) {
	global := r.vm.GlobalObject()
	for _, name := range evalLibs {
		if !r.IsCoreModule(name) {
			continue
		}
		set := func(v goja.Value) {
			_ = global.DefineDataProperty(name, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		}
		get := func(goja.FunctionCall) goja.Value {
			v := require(name)
			set(v)
			return v
		}
		setter := func(call goja.FunctionCall) goja.Value {
			set(call.Argument(0))
			return goja.Undefined()
		}
		_ = global.DefineAccessorProperty(name, r.namedFunc("get", get), r.namedFunc("setReal", setter), goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
}

// namedFunc is fn as a JS function whose name is name (node's own names
// for these accessors), not the Go function's.
func (r *Runtime) namedFunc(name string, fn func(goja.FunctionCall) goja.Value) goja.Value {
	f := r.vm.ToValue(fn).(*goja.Object)
	_ = f.DefineDataProperty("name", r.vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return f
}
