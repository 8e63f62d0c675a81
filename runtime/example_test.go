package runtime_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
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

// Globals hands Go values and functions to scripts. A struct's exported
// fields and methods appear with their first letter lower-cased; struct
// tags are not consulted.
func ExampleOptions_globals() {
	type Build struct {
		Name     string
		HTTPPort int
		Tags     []string `json:"labels"`
	}
	var out bytes.Buffer
	rt, _ := runtime.New(runtime.Options{Stdout: &out, Globals: map[string]any{
		"appVersion": "1.2.3",
		"lookup":     func(key string) string { return "value of " + key },
		"build":      Build{Name: "web", HTTPPort: 8080, Tags: []string{"a", "b"}},
	}})
	_, _ = rt.RunSource(context.Background(), "main.js", `
		console.log(appVersion, lookup('x'));
		console.log(build.name, build.hTTPPort, build.tags.join('+'), build.Name, build.labels);`)
	fmt.Print(out.String())
	// Output:
	// 1.2.3 value of x
	// web 8080 a+b undefined undefined
}

// New makes a runtime with its own standard streams, arguments,
// environment and working directory; it runs one program.
func ExampleNew() {
	var out bytes.Buffer
	rt, err := runtime.New(runtime.Options{
		Stdout: &out,
		Args:   []string{"--fast"},
		Env:    []string{"MODE=test"},
		Dir:    os.TempDir(),
	})
	if err != nil {
		panic(err)
	}
	code, err := rt.RunEval(context.Background(), `console.log(process.argv.slice(1), process.env.MODE)`, false)
	fmt.Print(out.String())
	fmt.Println(code, err)
	// Output:
	// [ '--fast' ] test
	// 0 <nil>
}

// Run a script file; require() resolves its modules from its directory.
func ExampleRuntime_RunFile() {
	dir, _ := os.MkdirTemp("", "example")
	defer os.RemoveAll(dir)
	_ = os.WriteFile(filepath.Join(dir, "greet.js"), []byte(`module.exports = (who) => 'hello ' + who;`), 0o644)
	_ = os.WriteFile(filepath.Join(dir, "main.js"), []byte(`console.log(require('./greet')(process.argv[2]))`), 0o644)

	var out bytes.Buffer
	rt, _ := runtime.New(runtime.Options{Stdout: &out, Args: []string{"file"}})
	code, err := rt.RunFile(context.Background(), filepath.Join(dir, "main.js"))
	fmt.Printf("%q %d %v\n", out.String(), code, err)
	// Output: "hello file\n" 0 <nil>
}

// QuietUncaught keeps Node's report of an uncaught error off Stderr; the
// error still comes back to the caller.
func ExampleOptions_quietUncaught() {
	var stderr bytes.Buffer
	rt, _ := runtime.New(runtime.Options{Stderr: &stderr, QuietUncaught: true})
	_, err := rt.RunSource(context.Background(), "main.js", `throw new Error('boom')`)
	fmt.Printf("%q %v\n", stderr.String(), err.(*runtime.UncaughtError).Message)
	// Output: "" Error: boom
}

// Runaway recursion ends in Node's RangeError once the call stack is
// MaxCallStackSize frames deep.
func ExampleOptions_maxCallStackSize() {
	var out bytes.Buffer
	rt, _ := runtime.New(runtime.Options{Stdout: &out, MaxCallStackSize: 500})
	_, err := rt.RunSource(context.Background(), "main.js", `
		let depth = 0;
		process.on('uncaughtException', (e) => console.log(e.name, e.message, depth < 500));
		function down() { depth++; down() }
		down();`)
	fmt.Print(out.String())
	fmt.Println(err)
	// Output:
	// RangeError Maximum call stack size exceeded true
	// <nil>
}
