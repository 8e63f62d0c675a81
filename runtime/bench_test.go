package runtime_test

import (
	"context"
	"github.com/jsproc/jsproc/internal/jstest"
	"io"
	"testing"

	"github.com/dop251/goja"

	"github.com/jsproc/jsproc/runtime"
)

// BenchmarkStartEmpty measures creating a runtime and running an empty
// script: the in-process part of start-up.
func BenchmarkStartEmpty(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		rt, err := runtime.New(runtime.Options{Stdout: io.Discard, Stderr: io.Discard})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := rt.RunSource(context.Background(), "empty.js", ""); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTimerRoundTrip measures one setImmediate round trip through the loop.
func BenchmarkTimerRoundTrip(b *testing.B) {
	rt, _ := runtime.New(runtime.Options{Stdout: io.Discard, Stderr: io.Discard, Args: []string{itoa(b.N)}})
	b.ResetTimer()
	_, err := rt.RunSource(context.Background(), "loop.js", `
		let n = +process.argv[2];
		(function next() { if (--n > 0) setImmediate(next); })();`)
	if err != nil {
		b.Fatal(err)
	}
}

func itoa(n int) string {
	s := ""
	if n == 0 {
		return "0"
	}
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}

// BenchmarkFirstInspect measures a fresh runtime's first console.log of an
// object: loading Node's inspect (compiled once per process) and using it.
func BenchmarkFirstInspect(b *testing.B) {
	defer jstest.JSProfile(b)()
	for i := 0; i < b.N; i++ {
		rt, err := runtime.New(runtime.Options{Stdout: io.Discard, Stderr: io.Discard})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := rt.RunSource(context.Background(), "inspect.js", "console.log({ a: [1, { b: new Map() }] })"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTaskQueue measures one task handed from a goroutine to a JS
// callback through a TaskQueue: the path of every pipe chunk and message.
func BenchmarkTaskQueue(b *testing.B) {
	mod := runtime.Module{Name: "feed", Load: func(rt *runtime.Runtime, module *goja.Object) error {
		module.Set("exports", func(n int, cb goja.Callable) {
			q := rt.Loop().NewTaskQueue()
			go func() {
				for i := 0; i < n; i++ {
					q.Queue(func() { rt.Call(cb, goja.Undefined()) })
				}
				q.Close(nil)
			}()
		})
		return nil
	}}
	rt, _ := runtime.New(runtime.Options{Stdout: io.Discard, Stderr: io.Discard, Args: []string{itoa(b.N)}, Modules: []runtime.Module{mod}})
	b.ResetTimer()
	if _, err := rt.RunSource(context.Background(), "feed.js", `let n = 0; require('feed')(+process.argv[2], () => { n++; });`); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkNewError measures making an error a few frames deep, its stack
// not read (the frames are taken, the text is not made).
func BenchmarkNewError(b *testing.B) {
	benchErrors(b, "")
}

// BenchmarkNewErrorStack measures making an error and reading its stack.
func BenchmarkNewErrorStack(b *testing.B) {
	benchErrors(b, "e.stack;")
}

func benchErrors(b *testing.B, read string) {
	b.ReportAllocs()
	rt, _ := runtime.New(runtime.Options{Stdout: io.Discard, Stderr: io.Discard, Args: []string{itoa(b.N)}})
	b.ResetTimer()
	_, err := rt.RunSource(context.Background(), "errors.js", `
		const n = +process.argv[2];
		function deep(d, f) { return d === 0 ? f() : deep(d - 1, f); }
		deep(5, () => { for (let i = 0; i < n; i++) { const e = new Error('x'); `+read+` } });`)
	if err != nil {
		b.Fatal(err)
	}
}
