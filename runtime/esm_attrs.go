package runtime

import (
	"strings"

	"github.com/dop251/goja"
)

// This file is import attributes (`with { type: 'json' }`): node 20 loads
// a JSON module only with type "json", and refuses that type for anything
// else and any other type at all.

// checkImportType checks the "type" attribute an import of target carries
// ("" for none).
func (l *cjsLoader) checkImportType(target, typ string) error {
	json := !strings.HasPrefix(target, "node:") && l.formatOf(target) == "json"
	name := target
	if !strings.HasPrefix(target, "node:") {
		name = fileURL(target)
	}
	switch {
	case typ != "" && typ != "json":
		return &resolveError{code: "ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED", ctor: "TypeError", msg: `Import attribute type "` + typ + `" is unsupported`}
	case json && typ == "":
		return &resolveError{code: "ERR_IMPORT_ASSERTION_TYPE_MISSING", ctor: "TypeError", msg: `Module "` + name + `" needs an import attribute of type "json"`}
	case !json && typ == "json":
		return &resolveError{code: "ERR_IMPORT_ASSERTION_TYPE_FAILED", ctor: "TypeError", msg: `Module "` + name + `" is not of type "json"`}
	}
	return nil
}

// importOptionsType reads the type attribute of import()'s second
// argument, with V8's TypeErrors for a malformed one.
func (l *cjsLoader) importOptionsType(opts goja.Value) string {
	vm := l.r.vm
	if opts == nil || goja.IsUndefined(opts) {
		return ""
	}
	obj, ok := opts.(*goja.Object)
	if !ok {
		panic(vm.NewTypeError("The second argument to import() must be an object"))
	}
	attrs := obj.Get("with")
	if attrs == nil || goja.IsUndefined(attrs) {
		attrs = obj.Get("assert")
	}
	if attrs == nil || goja.IsUndefined(attrs) {
		return ""
	}
	ao, ok := attrs.(*goja.Object)
	if !ok {
		panic(vm.NewTypeError("The 'assert' option must be an object"))
	}
	typ := ""
	for _, k := range ao.Keys() {
		v := ao.Get(k)
		s, ok := v.Export().(string)
		if !ok {
			panic(vm.NewTypeError("Import assertion value must be a string"))
		}
		if k == "type" {
			typ = s
		}
	}
	return typ
}
