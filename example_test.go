package jsproc_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/jsproc/jsproc"
	"github.com/jsproc/jsproc/bindings/childprocess"
)

// New makes a runtime with its own standard streams, arguments,
// environment and working directory; it runs one program.
func ExampleNew() {
	var out bytes.Buffer
	rt, err := jsproc.New(jsproc.Options{
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

// Run a script and capture what it prints.
func ExampleRuntime_RunSource() {
	var out bytes.Buffer
	rt, _ := jsproc.New(jsproc.Options{Stdout: &out, Args: []string{"world"}})
	code, err := rt.RunSource(context.Background(), "hello.js", `
		setTimeout(() => console.log('hello', process.argv[2]), 1);
		process.exitCode = 3;`)
	fmt.Printf("%q %d %v\n", out.String(), code, err)
	// Output: "hello world\n" 3 <nil>
}

// Cancel a script that would run forever.
func ExampleRuntime_RunSource_cancel() {
	rt, _ := jsproc.New(jsproc.Options{})
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	_, err := rt.RunSource(ctx, "forever.js", `setInterval(() => {}, 1000); for (;;) {}`)
	fmt.Println(errors.Is(err, context.DeadlineExceeded))
	// Output: true
}

// Run a script file with the standard modules; require() resolves its
// modules from its directory.
func ExampleRuntime_RunFile() {
	dir, _ := os.MkdirTemp("", "example")
	defer os.RemoveAll(dir)
	_ = os.WriteFile(filepath.Join(dir, "greet.js"), []byte(`module.exports = (who) => 'hello ' + who;`), 0o644)
	_ = os.WriteFile(filepath.Join(dir, "main.js"), []byte(`
		const path = require('node:path');
		console.log(require('./greet')(process.argv[2]), path.basename(__filename));`), 0o644)

	var out bytes.Buffer
	rt, _ := jsproc.New(jsproc.Options{Stdout: &out, Args: []string{"file"}, Modules: jsproc.StandardModules()})
	code, err := rt.RunFile(context.Background(), filepath.Join(dir, "main.js"))
	fmt.Printf("%q %d %v\n", out.String(), code, err)
	// Output: "hello file main.js\n" 0 <nil>
}

// An uncaught exception comes back as an *UncaughtError with the JS stack.
func ExampleUncaughtError() {
	rt, _ := jsproc.New(jsproc.Options{Stderr: io.Discard})
	code, err := rt.RunSource(context.Background(), "fail.js", `throw new RangeError('too big')`)
	var ue *jsproc.UncaughtError
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
	rt, _ := jsproc.New(jsproc.Options{Stdout: &out, Globals: map[string]any{
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

// QuietUncaught keeps Node's report of an uncaught error off Stderr; the
// error still comes back to the caller.
func ExampleOptions_quietUncaught() {
	var stderr bytes.Buffer
	rt, _ := jsproc.New(jsproc.Options{Stderr: &stderr, QuietUncaught: true})
	_, err := rt.RunSource(context.Background(), "main.js", `throw new Error('boom')`)
	fmt.Printf("%q %v\n", stderr.String(), err.(*jsproc.UncaughtError).Message)
	// Output: "" Error: boom
}

// Runaway recursion ends in Node's RangeError once the call stack is
// MaxCallStackSize frames deep.
func ExampleOptions_maxCallStackSize() {
	var out bytes.Buffer
	rt, _ := jsproc.New(jsproc.Options{Stdout: &out, MaxCallStackSize: 500})
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

// Without the ChildProcess grant a script cannot start programs:
// child_process is not there to require.
func ExampleOptions_noChildProcess() {
	var out bytes.Buffer
	rt, _ := jsproc.New(jsproc.Options{Stdout: &out, Modules: jsproc.StandardModules()})
	_, _ = rt.RunSource(context.Background(), "main.js", `
		try { require('child_process') } catch (e) { console.log(e.code) }`)
	fmt.Print(out.String())
	// Output: MODULE_NOT_FOUND
}

// Only programs on an allow-list may run; anything else is refused with
// Node's permission error before it starts.
func ExampleChildProcess_runPolicy() {
	var out bytes.Buffer
	rt, _ := jsproc.New(jsproc.Options{
		Stdout:  &out,
		Modules: jsproc.StandardModules(),
		ChildProcess: &jsproc.ChildProcess{Handlers: []childprocess.SpawnHandler{
			childprocess.NewRunPolicy([]string{"echo"}, nil).Handler(),
		}},
	})
	_, _ = rt.RunSource(context.Background(), "main.js", `
		const { execFileSync } = require('child_process');
		console.log(execFileSync('echo', ['hello'], { encoding: 'utf8' }).trim());
		try { execFileSync('rm', ['-rf', '/tmp/x']); } catch (e) { console.log(e.code, e.resource); }`)
	fmt.Print(out.String())
	// Output:
	// hello
	// ERR_ACCESS_DENIED rm
}

// fakeGit stands in for git in a test: it prints a fixed log line.
type fakeGit struct{ stdout io.Reader }

func (f *fakeGit) Pid() int { return 1234 }
func (f *fakeGit) Pipe(fd int) childprocess.Pipe {
	if fd == 1 {
		return struct {
			io.Reader
			io.Writer
			io.Closer
		}{f.stdout, io.Discard, io.NopCloser(nil)}
	}
	return nil
}
func (f *fakeGit) Signal(syscall.Signal) error { return nil }
func (f *fakeGit) Wait() (childprocess.ExitStatus, error) {
	return childprocess.ExitStatus{Code: 0}, nil
}

// A handler fakes a process in a test: the script sees its output, exit
// code and 'close' as from a real git.
func ExampleChildProcess_fake() {
	var out bytes.Buffer
	fake := func(ctx context.Context, req *childprocess.SpawnRequest, next childprocess.SpawnFunc) (childprocess.Process, error) {
		if req.File != "git" {
			return nil, errors.New("only git is faked here")
		}
		return &fakeGit{stdout: strings.NewReader("abc123 first commit\n")}, nil
	}
	rt, _ := jsproc.New(jsproc.Options{
		Stdout:       &out,
		Modules:      jsproc.StandardModules(),
		ChildProcess: &jsproc.ChildProcess{Handlers: []childprocess.SpawnHandler{fake}},
	})
	_, _ = rt.RunSource(context.Background(), "main.js", `
		const { execFile } = require('child_process');
		execFile('git', ['log', '--oneline'], (err, stdout) => console.log(err, JSON.stringify(stdout)));`)
	fmt.Print(out.String())
	// Output: null "abc123 first commit\n"
}

// Many runtimes run side by side, each on its own goroutine, sharing
// nothing but compiled code.
func Example_sideBySide() {
	outs := make([]bytes.Buffer, 3)
	done := make(chan struct{})
	for i := range outs {
		go func() {
			defer func() { done <- struct{}{} }()
			rt, _ := jsproc.New(jsproc.Options{Stdout: &outs[i], Globals: map[string]any{"id": i}})
			_, _ = rt.RunSource(context.Background(), "main.js", `
				let sum = 0;
				const timer = setInterval(() => { sum += id; }, 1);
				setTimeout(() => { clearInterval(timer); console.log('runtime', id, typeof sum) }, 5);`)
		}()
	}
	for range outs {
		<-done
	}
	for i := range outs {
		fmt.Print(outs[i].String())
	}
	// Output:
	// runtime 0 number
	// runtime 1 number
	// runtime 2 number
}
