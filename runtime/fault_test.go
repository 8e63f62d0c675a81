package runtime_test

import (
	"bytes"
	"context"
	"errors"
	"math/rand"
	"os"
	"path/filepath"
	goruntime "runtime"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

// runWithin runs src and fails the test if the run takes longer than d.
func runWithin(t *testing.T, d time.Duration, opts runtime.Options, src string) (int, string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	if opts.Stdout == nil {
		opts.Stdout = &out
	}
	if opts.Stderr == nil {
		opts.Stderr = &errb
	}
	rt, err := runtime.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	code, err := rt.RunSource(ctx, "main.js", src)
	if errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("run did not end within %v", d)
	}
	return code, out.String(), errb.String(), err
}

// Unbounded recursion ends in Node's RangeError, whichever way it recurses,
// instead of growing the value stack without end.
func TestStackOverflowIsRangeError(t *testing.T) {
	cases := []struct{ name, src string }{
		{"direct", `function f(n) { return f(n + 1) + 1 } f(0)`},
		{"mutual", `function a(n) { return b(n) + 1 } function b(n) { return a(n + 1) } a(0)`},
		{"forEach", `function h(n) { [1].forEach(() => h(n + 1)) } h(0)`},
		{"getter", `const o = { get x() { return this.x } }; o.x`},
		{"toString", `const o = { toString() { return String(this) } }; String(o)`},
		{"valueOf", `const o = { valueOf() { return +this } }; +o`},
		{"proxy", `const p = new Proxy({}, { get(t, k, r) { return r[k] } }); p.x`},
		{"constructor", `class A { constructor() { new A() } } new A()`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			// A smaller limit keeps the recursion through built-ins quick
			// under the race detector; the default is checked below.
			src := `process.on('uncaughtException', (e) => {
				console.log(e instanceof RangeError, e.message, e.stack.split('\n').length)
			});` + c.src
			code, out, _, err := runWithin(t, 60*time.Second, runtime.Options{MaxCallStackSize: 1000}, src)
			if code != 0 || err != nil {
				t.Fatalf("code %d, err %v", code, err)
			}
			if out != "true Maximum call stack size exceeded 11\n" {
				t.Fatalf("stdout %q", out)
			}
		})
	}
}

// Uncaught, the overflow is reported as Node reports it and comes back as
// an *UncaughtError.
func TestStackOverflowUncaught(t *testing.T) {
	code, _, stderr, err := runWithin(t, 30*time.Second, runtime.Options{}, "function f(n) { return f(n + 1) + 1 }\nf(0)\n")
	var ue *runtime.UncaughtError
	if code != 1 || !errors.As(err, &ue) || ue.Message != "RangeError: Maximum call stack size exceeded" {
		t.Fatalf("code %d, err %v", code, err)
	}
	for _, want := range []string{"main.js:1\nfunction f(n) { return f(n + 1) + 1 }\n", "\nRangeError: Maximum call stack size exceeded\n    at f (", "\nNode.js v"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
}

// The default limit lets recursion as deep as Node allows run, and stops
// it not far beyond.
func TestDefaultStackLimit(t *testing.T) {
	_, out, _, err := runWithin(t, 30*time.Second, runtime.Options{}, `
		function depth(n) { return n >= 10000 ? n : depth(n + 1) }
		console.log(depth(0));
		let max = 0;
		process.on('uncaughtException', (e) => console.log(e.message, max < 12000));
		function f(n) { max = n; f(n + 1) }
		f(0)`)
	if err != nil || out != "10000\nMaximum call stack size exceeded true\n" {
		t.Fatalf("err %v, stdout %q", err, out)
	}
}

// Where recursion passes through a Go function that calls back into JS,
// the RangeError surfaces there, and a JS try/catch around it catches it.
func TestStackOverflowCatchableThroughGo(t *testing.T) {
	var rt *runtime.Runtime
	call := func(fn goja.Callable) goja.Value { return rt.Call(fn, goja.Undefined()) }
	var out bytes.Buffer
	rt, _ = runtime.New(runtime.Options{Stdout: &out, Stderr: &out, MaxCallStackSize: 2000, Globals: map[string]any{"viaGo": call}})
	_, err := rt.RunSource(context.Background(), "main.js", `
		function f() { viaGo(f) }
		try { f() } catch (e) { console.log('caught', e instanceof RangeError, e.message) }
		console.log('after')`)
	if err != nil || out.String() != "caught true Maximum call stack size exceeded\nafter\n" {
		t.Fatalf("err %v, output %q", err, out.String())
	}
}

// A context that is already done starts nothing: no Setup, no script.
func TestCancelledBeforeStart(t *testing.T) {
	dir := t.TempDir()
	marker := filepath.Join(dir, "ran")
	before := goruntime.NumGoroutine()
	for i := 0; i < 100; i++ {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		setupRan := false
		rt, _ := runtime.New(runtime.Options{
			Stderr: &bytes.Buffer{},
			Setup:  []func(*runtime.Runtime) error{func(*runtime.Runtime) error { setupRan = true; return nil }},
			Globals: map[string]any{"touch": func() {
				_ = os.WriteFile(marker, nil, 0o600)
			}},
		})
		code, err := rt.RunSource(ctx, "main.js", `touch()`)
		if code != 1 || !errors.Is(err, context.Canceled) {
			t.Fatalf("run %d: code %d, err %v", i, code, err)
		}
		if setupRan {
			t.Fatalf("run %d: Setup ran", i)
		}
		if _, err := os.Stat(marker); err == nil {
			t.Fatalf("run %d: the script ran", i)
		}
	}
	waitGoroutines(t, before)
}

// A Go function that fails because the run was cancelled does not turn
// the cancellation into a script error.
func TestCancelSeenByBindingReturnsContextError(t *testing.T) {
	var rt *runtime.Runtime
	var stderr bytes.Buffer
	wait := func() error {
		<-rt.Context().Done()
		return rt.Context().Err()
	}
	rt, _ = runtime.New(runtime.Options{Stderr: &stderr, Globals: map[string]any{"wait": wait}})
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	_, err := rt.RunSource(ctx, "main.js", `try { wait() } catch (e) { throw new Error('wrapped: ' + e.message) }`)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err %v", err)
	}
	if stderr.Len() != 0 {
		t.Fatalf("stderr %q", stderr.String())
	}
}

// Cancelled while -e code runs, the run returns the context's error, not
// a script error made of it.
func TestCancelDuringEval(t *testing.T) {
	var stderr bytes.Buffer
	rt, _ := runtime.New(runtime.Options{Stderr: &stderr})
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	_, err := rt.RunEval(ctx, `for (;;) {}`, false)
	if !errors.Is(err, context.DeadlineExceeded) || stderr.Len() != 0 {
		t.Fatalf("err %v (%T), stderr %q", err, err, stderr.String())
	}
}

// Cancelled at random points of a run that loads modules, runs timers,
// promises and plain JS, a run returns the context's error every time and
// leaves no goroutine behind.
func TestCancelAtRandomPoints(t *testing.T) {
	before := goruntime.NumGoroutine()
	rng := rand.New(rand.NewSource(time.Now().UnixNano()))
	src := `
		const { EventEmitter } = require('events');
		const e = new EventEmitter();
		e.on('tick', (n) => { JSON.parse(JSON.stringify({ n, b: Buffer.from('x' + n).toString('hex') })) });
		let n = 0;
		setInterval(() => e.emit('tick', n++), 0);
		(async function loop() { for (;;) { await null; if (n % 100 === 0) await new Promise((r) => setImmediate(r)) } })();
		require('timers').setTimeout(() => console.log('timer'), 1);
		for (let i = 0; i < 1e4; i++) queueMicrotask(() => {});`
	for i := 0; i < 20; i++ {
		delay := time.Duration(rng.Intn(5000)) * time.Microsecond
		ctx, cancel := context.WithTimeout(context.Background(), delay)
		var stderr bytes.Buffer
		rt, _ := runtime.New(runtime.Options{Stdout: &bytes.Buffer{}, Stderr: &stderr})
		var err error
		if i%2 == 0 {
			_, err = rt.RunSource(ctx, "main.js", src)
		} else {
			_, err = rt.RunEval(ctx, src+"; for (let i = 0; i < 3e4; i++) JSON.stringify([i]);", false)
		}
		cancel()
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("cancelled after %v: err %v (%T)", delay, err, err)
		}
		if stderr.Len() != 0 {
			t.Fatalf("cancelled after %v: stderr %q", delay, stderr.String())
		}
	}
	waitGoroutines(t, before)
}

// A failing Setup function's error comes back as itself, and nothing is
// printed or run.
func TestSetupErrorIsReturnedAsItself(t *testing.T) {
	errSetup := &os.PathError{Op: "open", Path: "/nowhere", Err: os.ErrNotExist}
	var out, stderr bytes.Buffer
	rt, _ := runtime.New(runtime.Options{Stdout: &out, Stderr: &stderr,
		Setup: []func(*runtime.Runtime) error{func(*runtime.Runtime) error { return errSetup }}})
	code, err := rt.RunSource(context.Background(), "main.js", `console.log('ran')`)
	var pe *os.PathError
	if code != 1 || !errors.Is(err, os.ErrNotExist) || !errors.As(err, &pe) || pe != errSetup {
		t.Fatalf("code %d, err %v (%T)", code, err, err)
	}
	if out.Len() != 0 || stderr.Len() != 0 {
		t.Fatalf("stdout %q, stderr %q", out.String(), stderr.String())
	}
}

// QuietUncaught keeps the report off stderr; the error still comes back.
func TestQuietUncaught(t *testing.T) {
	var stderr bytes.Buffer
	rt, _ := runtime.New(runtime.Options{Stderr: &stderr, QuietUncaught: true})
	code, err := rt.RunSource(context.Background(), "main.js", `Promise.reject(new TypeError('nope'))`)
	var ue *runtime.UncaughtError
	if code != 1 || !errors.As(err, &ue) || ue.Message != "TypeError: nope" || !ue.Rejection {
		t.Fatalf("code %d, err %v", code, err)
	}
	if stderr.Len() != 0 {
		t.Fatalf("stderr %q", stderr.String())
	}
}

// A nil context is refused with ErrNilContext and leaves the Runtime
// usable; so is an empty RunFile path.
func TestNilContextAndEmptyPath(t *testing.T) {
	var out bytes.Buffer
	rt, _ := runtime.New(runtime.Options{Stdout: &out})
	//lint:ignore SA1012 a nil context is what is being tested
	if _, err := rt.RunSource(nil, "main.js", `console.log('ran')`); !errors.Is(err, runtime.ErrNilContext) { //nolint:staticcheck
		t.Fatalf("nil ctx: %v", err)
	}
	if _, err := rt.RunFile(context.Background(), ""); !errors.Is(err, runtime.ErrNoPath) {
		t.Fatalf("empty path: %v", err)
	}
	if code, err := rt.RunSource(context.Background(), "main.js", `console.log('ran')`); code != 0 || err != nil || out.String() != "ran\n" {
		t.Fatalf("then: code %d, err %v, out %q", code, err, out.String())
	}
}

// An uncaught error whose stack cannot be made (Error.prepareStackTrace
// throws) is reported with its message, exit code 1, not a Go panic.
func TestUncaughtWithThrowingPrepareStackTrace(t *testing.T) {
	src := `Error.prepareStackTrace = () => { throw new Error('boom'); };
const o = {};
Error.captureStackTrace(o);
try { o.stack; } catch (e) { console.log('caught', e.message); throw e; }`
	code, out, errOut, err := runWithin(t, 10*time.Second, runtime.Options{}, src)
	if err == nil || code != 1 {
		t.Fatalf("code %d, err %v", code, err)
	}
	if out != "caught boom\n" || !strings.Contains(errOut, "boom") {
		t.Errorf("stdout %q, stderr %q", out, errOut)
	}
}
