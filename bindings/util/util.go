// Package util provides Node's util module, and the deep-equality
// comparisons that util.isDeepStrictEqual and assert share.
package util

import (
	"bytes"
	_ "embed"
	"sort"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/internal/dotenv"
	"github.com/jsproc/jsproc/runtime"
)

var (
	//go:embed js/util.js
	utilSource string
	//go:embed js/types.js
	typesSource string
	//go:embed js/comparisons.js
	comparisonsSource string
	//go:embed js/parse_args.js
	parseArgsSource string
	//go:embed js/encoding.js
	encodingSource string
	//go:embed js/mime.js
	mimeSource string
)

var modules = []runtime.Module{
	runtime.JSModule("util", utilSource, binding),
	runtime.JSModule("util/types", "module.exports = require('internal/util/types');", nil),
	runtime.JSModule("sys", "process.emitWarning('sys is deprecated. Use util instead.', 'DeprecationWarning', 'DEP0025');\nmodule.exports = require('util');", nil),
	runtime.JSModule("internal/util/types", typesSource, binding),
	runtime.JSModule("internal/util/comparisons", comparisonsSource, binding),
	runtime.JSModule("internal/util/parse_args", parseArgsSource, nil),
	runtime.JSModule("internal/encoding", encodingSource, binding),
	runtime.JSModule("internal/mime", mimeSource, nil),
}

// Modules returns util, util/types, sys (util under its deprecated name)
// and the internal modules they use.
func Modules() []runtime.Module { return modules }

// binding gives the JS side what only the engine knows: an object's
// internal class, a promise's state, whether a value is a proxy; and the
// platform's system error table and UTF-8 codec.
func binding(r *runtime.Runtime, _ string) (goja.Value, error) {
	vm := r.VM()
	o := vm.NewObject()
	o.Set("className", func(v goja.Value) string {
		if obj, ok := v.(*goja.Object); ok {
			return obj.ClassName()
		}
		return ""
	})
	o.Set("isPromise", func(v goja.Value) bool { return runtime.PromiseOf(v) != nil })
	o.Set("isProxy", func(v goja.Value) bool {
		_, ok := runtime.ProxyOf(v)
		return ok
	})
	o.Set("systemErrors", func() goja.Value {
		errs := systemErrors()
		codes := make([]int, 0, len(errs))
		for c := range errs {
			codes = append(codes, c)
		}
		sort.Ints(codes)
		list := make([]interface{}, 0, len(codes))
		for _, c := range codes {
			e := errs[c]
			list = append(list, vm.NewArray(c, e.Name, e.Message))
		}
		return vm.NewArray(list...)
	})
	// sameBytes(a, b) compares the bytes of two views or ArrayBuffers,
	// which deep equality would otherwise walk one element at a time.
	o.Set("sameBytes", func(a, b goja.Value) bool {
		x, ok1 := r.Bytes(a)
		y, ok2 := r.Bytes(b)
		return ok1 && ok2 && bytes.Equal(x, y)
	})
	// namesAfter(o, n) is Object.getOwnPropertyNames(o) less its first n
	// names: a typed array's own non-index keys, which follow its n
	// indices, without a value per element reaching the script.
	o.Set("namesAfter", func(v goja.Value, n int) goja.Value {
		obj, ok := v.(*goja.Object)
		if !ok {
			return vm.NewArray()
		}
		names := obj.GetOwnPropertyNames()
		n = min(max(n, 0), len(names))
		rest := make([]any, 0, len(names)-n)
		for _, k := range names[n:] {
			rest = append(rest, k)
		}
		return vm.NewArray(rest...)
	})
	o.Set("decodeUTF8", func(call goja.FunctionCall) goja.Value {
		return decodeUTF8(r, call)
	})
	o.Set("encodeUTF8", func(s string) goja.Value {
		return vm.ToValue(vm.NewArrayBuffer([]byte(s)))
	})
	// parseEnv parses an environment file's content with node's rules,
	// keys in node's (sorted) order.
	o.Set("parseEnv", func(content string) goja.Value {
		vars := dotenv.Parse(content)
		out := vm.NewObject()
		for _, k := range dotenv.Keys(vars) {
			_ = out.Set(k, vars[k])
		}
		return out
	})
	return o, nil
}
