// Package module provides Node's module module: createRequire, isBuiltin,
// builtinModules and the Module class that packages reach into
// (Module._extensions, Module._resolveFilename, Module.wrap, ...).
//
// builtinModules lists the core modules this runtime provides, in node's
// order, not node's fixed list: a package that checks
// builtinModules.includes('http') before requiring it takes its fallback
// instead of failing. module.register (node's loader hooks) is not
// provided, so packages that test for it take their older path.
package module

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

//go:embed js/module.js
var moduleSource string

var modules = []runtime.Module{
	runtime.JSModule("module", moduleSource, binding),
}

// Modules returns the module module.
func Modules() []runtime.Module { return modules }

// nodeBuiltins is node 20's builtinModules, in its order.
var nodeBuiltins = []string{
	"_http_agent", "_http_client", "_http_common", "_http_incoming", "_http_outgoing", "_http_server",
	"_stream_duplex", "_stream_passthrough", "_stream_readable", "_stream_transform", "_stream_wrap",
	"_stream_writable", "_tls_common", "_tls_wrap", "assert", "assert/strict", "async_hooks", "buffer",
	"child_process", "cluster", "console", "constants", "crypto", "dgram", "diagnostics_channel", "dns",
	"dns/promises", "domain", "events", "fs", "fs/promises", "http", "http2", "https", "inspector",
	"inspector/promises", "module", "net", "os", "path", "path/posix", "path/win32", "perf_hooks",
	"process", "punycode", "querystring", "readline", "readline/promises", "repl", "stream",
	"stream/consumers", "stream/promises", "stream/web", "string_decoder", "sys", "timers",
	"timers/promises", "tls", "trace_events", "tty", "url", "util", "util/types", "v8", "vm", "wasi",
	"worker_threads", "zlib",
}

func binding(r *runtime.Runtime, _ string) (goja.Value, error) {
	vm := r.VM()
	o := vm.NewObject()
	var provided []any
	for _, name := range nodeBuiltins {
		if r.IsCoreModule(name) {
			provided = append(provided, name)
		}
	}
	o.Set("builtinModules", vm.NewArray(provided...))
	o.Set("createRequire", func(filename string) goja.Value { return r.CreateRequire(filename) })
	o.Set("compile", func(module *goja.Object, src, filename string) goja.Value {
		return r.CompileModule(module, src, filename)
	})
	o.Set("cwd", r.Cwd)
	return o, nil
}
