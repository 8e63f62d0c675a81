package runtime_test

import (
	"bytes"
	"context"
	"fmt"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

// A module written in Go: work runs off the loop and reports back through a
// reservation, so the script's callback runs on the loop goroutine.
func ExampleModule() {
	double := runtime.Module{Name: "double", Load: func(rt *runtime.Runtime, module *goja.Object) error {
		module.Set("exports", func(n int, cb goja.Callable) {
			enqueue := rt.Loop().Reserve()
			go func() {
				result := n * 2 // work done off the loop
				enqueue(func() { rt.Call(cb, goja.Undefined(), rt.VM().ToValue(result)) })
			}()
		})
		return nil
	}}
	var out bytes.Buffer
	rt, _ := runtime.New(runtime.Options{Stdout: &out, Modules: []runtime.Module{double}})
	_, _ = rt.RunSource(context.Background(), "main.js", `require('node:double')(21, (v) => console.log(v))`)
	fmt.Print(out.String())
	// Output: 42
}
