package vm_test

import (
	"bytes"
	"context"
	"errors"
	goruntime "runtime"
	"testing"
	"time"

	"github.com/jsproc/jsproc/bindings/vm"
	"github.com/jsproc/jsproc/runtime"
)

func newRuntime(t *testing.T, out *bytes.Buffer) *runtime.Runtime {
	t.Helper()
	rt, err := runtime.New(runtime.Options{Stdout: out, Stderr: out, Modules: vm.Modules(), QuietUncaught: true})
	if err != nil {
		t.Fatal(err)
	}
	return rt
}

// A cancelled run stops code looping in a context, which the main
// runtime's interrupt alone would not reach.
func TestCancelStopsContextCode(t *testing.T) {
	var out bytes.Buffer
	rt := newRuntime(t, &out)
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := rt.RunSource(ctx, "main.js", `require('vm').runInNewContext('for (;;) {}')`)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want the deadline\n%s", err, out.String())
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Fatalf("the run took %v to end", d)
	}
}

// Contexts that are no longer reachable are collected with their
// runtimes: a script that makes many holds on to none of them.
func TestContextsAreCollected(t *testing.T) {
	var out bytes.Buffer
	rt := newRuntime(t, &out)
	var before, after goruntime.MemStats
	goruntime.GC()
	goruntime.ReadMemStats(&before)
	code, err := rt.RunSource(context.Background(), "main.js", `
		const vm = require('vm');
		for (let i = 0; i < 1500; i++) {
			const o = vm.runInNewContext('({ list: [i], f() { return this.list } })', { i });
			if (o.f()[0] !== i) throw new Error('bad result');
		}
	`)
	if err != nil || code != 0 {
		t.Fatalf("exit %d: %v\n%s", code, err, out.String())
	}
	goruntime.GC()
	goruntime.GC()
	goruntime.ReadMemStats(&after)
	// 1500 runtimes kept alive would hold hundreds of MiB.
	if grow := int64(after.HeapAlloc) - int64(before.HeapAlloc); grow > 64<<20 {
		t.Fatalf("heap grew by %d MiB over 1500 contexts", grow>>20)
	}
	goruntime.KeepAlive(rt)
}
