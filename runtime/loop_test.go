package runtime_test

import (
	"bytes"
	"context"
	"errors"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dop251/goja"
	jsruntime "github.com/jsproc/jsproc/runtime"
)

// run runs src in a fresh runtime and returns stdout, stderr and the code.
func run(t *testing.T, src string, mods ...jsruntime.Module) (string, string, int, error) {
	t.Helper()
	var out, errb bytes.Buffer
	rt, err := jsruntime.New(jsruntime.Options{Stdout: &out, Stderr: &errb, Stdin: strings.NewReader(""), Modules: mods})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	code, err := rt.RunSource(ctx, "test.js", src)
	return out.String(), errb.String(), code, err
}

func TestLoopOrdering(t *testing.T) {
	cases := []struct {
		name, src, want string
	}{
		{"ticks before promises", `
			Promise.resolve().then(() => console.log('p1'));
			process.nextTick(() => console.log('t1'));
			console.log('sync');`, "sync\nt1\np1\n"},
		{"tick queued by a promise runs after the promise queue", `
			Promise.resolve().then(() => { console.log('p1'); process.nextTick(() => console.log('t2')); })
				.then(() => console.log('p2'));
			process.nextTick(() => console.log('t1'));`, "t1\np1\np2\nt2\n"},
		{"timers in deadline order", `
			setTimeout(() => console.log('b'), 20);
			setTimeout(() => console.log('a'), 5);
			setTimeout(() => console.log('a2'), 5);`, "a\na2\nb\n"},
		{"immediate inside a timer runs before a zero timer", `
			setTimeout(() => {
				setTimeout(() => console.log('timeout'), 0);
				setImmediate(() => console.log('immediate'));
			}, 1);`, "immediate\ntimeout\n"},
		{"clearTimeout and clearInterval", `
			const t = setTimeout(() => console.log('never'), 1); clearTimeout(t);
			let n = 0; const iv = setInterval(() => { if (++n === 3) { clearInterval(iv); console.log('n', n); } }, 1);`, "n 3\n"},
		{"unref'd timer does not hold the loop", `
			setTimeout(() => console.log('never'), 1000).unref();
			console.log('done');`, "done\n"},
		{"ref after unref holds the loop", `
			const t = setTimeout(() => console.log('fired'), 5); t.unref(); t.ref();`, "fired\n"},
		{"timer to primitive and clearTimeout by number", `
			const t = setTimeout(() => console.log('never'), 5);
			clearTimeout(+t); console.log(typeof +t);`, "number\n"},
		{"beforeExit can schedule work once", `
			let once = false;
			process.on('beforeExit', (c) => { console.log('beforeExit', c); if (!once) { once = true; setTimeout(() => console.log('more'), 1); } });
			process.on('exit', (c) => console.log('exit', c));`, "beforeExit 0\nmore\nbeforeExit 0\nexit 0\n"},
		{"microtask error is uncaught", `
			process.on('uncaughtException', (e, origin) => console.log('caught', e.message, origin));
			queueMicrotask(() => { throw new Error('qm'); });`, "caught qm uncaughtException\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, stderr, code, err := run(t, c.src)
			if err != nil || code != 0 {
				t.Fatalf("code %d err %v stderr %s", code, err, stderr)
			}
			if out != c.want {
				t.Errorf("got\n%s\nwant\n%s", out, c.want)
			}
		})
	}
}

// workModule gives scripts work(n, cb): n goroutines each report back
// through their own reservation, after a short sleep.
func workModule() jsruntime.Module {
	return jsruntime.Module{Name: "work", Load: func(rt *jsruntime.Runtime, module *goja.Object) error {
		exports := rt.VM().NewObject()
		exports.Set("work", func(n int, cb goja.Callable) {
			for i := 0; i < n; i++ {
				enqueue := rt.Loop().Reserve()
				go func(i int) {
					time.Sleep(time.Millisecond)
					enqueue(func() { rt.Call(cb, goja.Undefined(), rt.VM().ToValue(i)) })
				}(i)
			}
		})
		exports.Set("stream", func(n int, cb goja.Callable) {
			q := rt.Loop().NewTaskQueue()
			go func() {
				for i := 0; i < n; i++ {
					i := i
					q.Queue(func() { rt.Call(cb, goja.Undefined(), rt.VM().ToValue(i)) })
				}
				q.Close(func() { rt.Call(cb, goja.Undefined(), rt.VM().ToValue(-1)) })
			}()
		})
		module.Set("exports", exports)
		return nil
	}}
}

func TestReservationsFromManyGoroutines(t *testing.T) {
	out, stderr, code, err := run(t, `
		const { work } = require('work');
		let got = 0, sum = 0;
		work(500, (i) => { got++; sum += i; });
		process.on('exit', () => console.log(got, sum));`, workModule())
	if err != nil || code != 0 {
		t.Fatalf("code %d err %v stderr %s", code, err, stderr)
	}
	if out != "500 124750\n" {
		t.Errorf("got %q", out)
	}
}

func TestTaskQueueKeepsOrder(t *testing.T) {
	out, stderr, code, err := run(t, `
		const { stream } = require('work');
		let last = -1, ok = true, ended = false;
		stream(10000, (i) => { if (i === -1) { ended = true; return; } if (i !== last + 1) ok = false; last = i; });
		process.on('exit', () => console.log(ok, last, ended));`, workModule())
	if err != nil || code != 0 {
		t.Fatalf("code %d err %v stderr %s", code, err, stderr)
	}
	if out != "true 9999 true\n" {
		t.Errorf("got %q", out)
	}
}

func TestExitCodes(t *testing.T) {
	cases := []struct {
		src  string
		code int
	}{
		{`process.exitCode = 3`, 3},
		{`process.exit(4); console.log('not reached')`, 4},
		{`throw new Error('boom')`, 1},
		{`Promise.reject(new Error('rej'))`, 1},
		{`process.on('exit', () => { process.exitCode = 9 })`, 9},
		{`process.on('uncaughtException', () => { throw new Error('again') }); throw new Error('x')`, 7},
		{`setTimeout(() => process.exit(5), 1); setInterval(() => {}, 1000)`, 5},
	}
	for _, c := range cases {
		_, _, code, _ := run(t, c.src)
		if code != c.code {
			t.Errorf("%s: exit %d, want %d", c.src, code, c.code)
		}
	}
}

func TestUncaughtErrorIsTyped(t *testing.T) {
	_, stderr, code, err := run(t, "function f() { throw new Error('boom') }\nf()")
	var ue *jsruntime.UncaughtError
	if !errors.As(err, &ue) || code != 1 {
		t.Fatalf("err %v code %d", err, code)
	}
	if ue.Message != "Error: boom" || !strings.Contains(ue.Stack, "test.js:1") {
		t.Errorf("message %q stack %q", ue.Message, ue.Stack)
	}
	if !strings.Contains(stderr, "test.js:1") || !strings.Contains(stderr, "Node.js v") {
		t.Errorf("stderr %q", stderr)
	}
}

func TestCancelInterruptsRunningJS(t *testing.T) {
	before := runtime.NumGoroutine()
	rt, err := jsruntime.New(jsruntime.Options{Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err = rt.RunSource(ctx, "spin.js", "for (;;) {}")
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err %v", err)
	}
	if time.Since(start) > 5*time.Second {
		t.Fatal("cancellation took too long")
	}
	waitGoroutines(t, before)
}

func TestCancelWhileWaiting(t *testing.T) {
	rt, err := jsruntime.New(jsruntime.Options{Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	_, err = rt.RunSource(ctx, "wait.js", "setTimeout(() => {}, 60000)")
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err %v", err)
	}
}

func TestManyRuntimesSideBySide(t *testing.T) {
	before := runtime.NumGoroutine()
	var wg sync.WaitGroup
	errs := make(chan error, 20)
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			var out bytes.Buffer
			rt, err := jsruntime.New(jsruntime.Options{Stdout: &out, Stderr: &out, Args: []string{"x"}})
			if err != nil {
				errs <- err
				return
			}
			code, err := rt.RunSource(context.Background(), "m.js", `
				let n = 0; const iv = setInterval(() => { if (++n === 5) { clearInterval(iv); console.log(process.argv[2], n); } }, 1);`)
			if err != nil || code != 0 || out.String() != "x 5\n" {
				errs <- errors.New("bad run: " + out.String())
			}
		}(i)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	waitGoroutines(t, before)
}

// waitGoroutines fails if the goroutine count does not return to n.
func waitGoroutines(t *testing.T, n int) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > n {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<16)
			t.Fatalf("goroutines: %d > %d\n%s", runtime.NumGoroutine(), n, buf[:runtime.Stack(buf, true)])
		}
		time.Sleep(10 * time.Millisecond)
	}
}
