// Package assert provides Node's assert and assert/strict modules.
package assert

import (
	_ "embed"
	"os"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

var (
	//go:embed js/assert.js
	assertSource string
	//go:embed js/assertion_error.js
	assertionErrorSource string
)

var modules = []runtime.Module{
	runtime.JSModule("assert", assertSource, binding),
	runtime.JSModule("assert/strict", "module.exports = require('assert').strict;", nil),
	runtime.JSModule("internal/assert/assertion_error", assertionErrorSource, nil),
}

// Modules returns assert, assert/strict and the AssertionError module.
func Modules() []runtime.Module { return modules }

// binding lets assert.ok quote the failing expression from the script's
// source, as Node does.
func binding(r *runtime.Runtime, _ string) (goja.Value, error) {
	o := r.VM().NewObject()
	o.Set("readSource", func(path string) goja.Value {
		data, err := os.ReadFile(r.ResolvePath(path))
		if err != nil {
			return goja.Undefined()
		}
		return r.VM().ToValue(string(data))
	})
	return o, nil
}
