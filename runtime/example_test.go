package runtime_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

// Run a script and capture what it prints.
func ExampleRuntime_RunSource() {
	var out bytes.Buffer
	rt, _ := runtime.New(runtime.Options{Stdout: &out, Args: []string{"world"}})
	code, err := rt.RunSource(context.Background(), "hello.js", `
		setTimeout(() => console.log('hello', process.argv[2]), 1);
		process.exitCode = 3;`)
	fmt.Printf("%q %d %v\n", out.String(), code, err)
	// Output: "hello world\n" 3 <nil>
}

// Cancel a script that would run forever.
func ExampleRuntime_RunSource_cancel() {
	rt, _ := runtime.New(runtime.Options{})
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	_, err := rt.RunSource(ctx, "forever.js", `setInterval(() => {}, 1000); for (;;) {}`)
	fmt.Println(errors.Is(err, context.DeadlineExceeded))
	// Output: true
}

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

// An uncaught exception comes back as an *UncaughtError with the JS stack.
func ExampleUncaughtError() {
	rt, _ := runtime.New(runtime.Options{Stderr: &bytes.Buffer{}})
	code, err := rt.RunSource(context.Background(), "fail.js", `throw new RangeError('too big')`)
	var ue *runtime.UncaughtError
	fmt.Println(code, errors.As(err, &ue), ue.Message)
	// Output: 1 true RangeError: too big
}

// Globals hands Go values and functions to scripts.
func ExampleOptions_globals() {
	var out bytes.Buffer
	rt, _ := runtime.New(runtime.Options{Stdout: &out, Globals: map[string]any{
		"appVersion": "1.2.3",
		"lookup":     func(key string) string { return "value of " + key },
	}})
	_, _ = rt.RunSource(context.Background(), "main.js", `console.log(appVersion, lookup('x'))`)
	fmt.Print(out.String())
	// Output: 1.2.3 value of x
}
