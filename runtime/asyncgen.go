package runtime

import (
	"strings"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/parser"
	"github.com/evanw/esbuild/pkg/api"
)

// asyncGenHelper returns internal/async_generator, the intrinsics lowered
// async generator functions are marked with (see rewriteAsyncGenerators).
func (r *Runtime) asyncGenHelper() goja.Value {
	return r.RequireCore("internal/async_generator")
}

// isAsyncGenFunction reports whether v is a lowered async generator
// function, for util.inspect and util.types (node's V8 knows the kind of
// every function). Until internal/async_generator is loaded there is none.
func (r *Runtime) isAsyncGenFunction(v goja.Value) bool {
	if _, ok := goja.AssertFunction(v); !ok {
		return false
	}
	if _, loaded := r.core["internal/async_generator"]; !loaded {
		return false
	}
	is, _ := goja.AssertFunction(r.asyncGenHelper().ToObject(r.vm).Get("isFunction"))
	return r.Call(is, goja.Undefined(), v).ToBoolean()
}

// asyncGenBinding gives internal/async_generator its compiler, which
// AsyncGeneratorFunction(...params, body) calls.
func asyncGenBinding(r *Runtime, _ string) (goja.Value, error) {
	o := r.vm.NewObject()
	o.Set("compile", func(params, body string) goja.Value {
		return r.compileAsyncGenerator(params, body)
	})
	return o, nil
}

// compileAsyncGenFn is the variable the source of a compiled async
// generator function is assigned to.
const compileAsyncGenFn = "__jsproc_fn"

// compileAsyncGenerator makes an async generator function from parameter
// and body text, in the global scope, as AsyncGeneratorFunction does: the
// source goes through the same lowering as a module's.
func (r *Runtime) compileAsyncGenerator(params, body string) goja.Value {
	src := "var " + compileAsyncGenFn + " = (async function* anonymous(" + params + "\n) {\n" + body + "\n});"
	res := api.Transform(src, api.TransformOptions{Loader: api.LoaderJS, Target: api.ESNext, Supported: gojaSupported, LogLevel: api.LogLevelSilent})
	if len(res.Errors) > 0 {
		panic(r.NodeError("SyntaxError", "", res.Errors[0].Text))
	}
	code, _ := rewriteAsyncGenerators(string(res.Code))
	if !singleFunction(code) {
		// Text that closes the function early and goes on is not one
		// function's parameters and body.
		panic(r.NodeError("SyntaxError", "", "Unexpected token ')'"))
	}
	prg, err := goja.Compile("anonymous", "(function ("+asyncGenName+") {"+code+"\nreturn "+compileAsyncGenFn+";\n})", false)
	if err != nil {
		r.throwErr(r.syntaxError(err))
	}
	fnv, err := r.vm.RunProgram(prg)
	if err != nil {
		r.throwErr(err)
	}
	fn, _ := goja.AssertFunction(fnv)
	return r.Call(fn, goja.Undefined(), r.asyncGenHelper())
}

// singleFunction reports whether lowered code is esbuild's helper
// declarations followed by the one assignment of the compiled function.
func singleFunction(code string) bool {
	prg, err := parser.ParseFile(nil, "", code, 0, parser.WithDisableSourceMaps)
	if err != nil || len(prg.Body) == 0 {
		return false
	}
	for i, st := range prg.Body {
		vs, ok := st.(*ast.VariableStatement)
		if !ok || len(vs.List) != 1 {
			return false
		}
		id, ok := vs.List[0].Target.(*ast.Identifier)
		if !ok {
			return false
		}
		last := i == len(prg.Body)-1
		if last != (string(id.Name) == compileAsyncGenFn) || !strings.HasPrefix(string(id.Name), "__") {
			return false
		}
	}
	return true
}
