package runtime_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

type counterKey struct{}

type counter struct {
	n      int
	closed *int
}

// TestStateOncePerRuntime: State creates a binding's value on first use
// and returns the same one afterwards, per Runtime, and the cleanup init
// registered runs once when the run ends.
func TestStateOncePerRuntime(t *testing.T) {
	inits, closed := 0, 0
	binding := func(rt *runtime.Runtime, name string) (goja.Value, error) {
		c := runtime.State(rt, counterKey{}, func() *counter {
			inits++
			c := &counter{closed: &closed}
			rt.OnClose(func() { *c.closed++ })
			return c
		})
		c.n++
		return rt.VM().ToValue(c.n), nil
	}
	mod := runtime.JSModule("counter", `module.exports = () => internalBinding('counter')`, binding)
	for run := 1; run <= 2; run++ {
		var out bytes.Buffer
		rt, err := runtime.New(runtime.Options{Stdout: &out, Modules: []runtime.Module{mod}})
		if err != nil {
			t.Fatal(err)
		}
		code, err := rt.RunSource(context.Background(), "main.js",
			`const c = require('counter'); console.log(c(), c(), c())`)
		if code != 0 || err != nil {
			t.Fatalf("run %d: %d %v", run, code, err)
		}
		if got := strings.TrimSpace(out.String()); got != "1 2 3" {
			t.Fatalf("run %d printed %q, want one value counting up", run, got)
		}
		if inits != run || closed != run {
			t.Fatalf("run %d: %d inits and %d cleanups, want %d of each", run, inits, closed, run)
		}
	}
}

// TestStateWrongType: asking for a key's value as another type is a
// binding bug, reported as a panic that names both types.
func TestStateWrongType(t *testing.T) {
	var msg any
	setup := func(rt *runtime.Runtime) error {
		runtime.State(rt, counterKey{}, func() int { return 1 })
		func() {
			defer func() { msg = recover() }()
			runtime.State(rt, counterKey{}, func() string { return "x" })
		}()
		return nil
	}
	rt, err := runtime.New(runtime.Options{Setup: []func(*runtime.Runtime) error{setup}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := rt.RunSource(context.Background(), "main.js", ``); err != nil {
		t.Fatal(err)
	}
	if s, _ := msg.(string); !strings.Contains(s, "holds int, not string") {
		t.Fatalf("panic %v", msg)
	}
}
