package atomics_test

import (
	"bytes"
	"context"
	"errors"
	goruntime "runtime"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/jsproc/jsproc/bindings/atomics"
	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/internal/sharedmem"
	"github.com/jsproc/jsproc/runtime"
)

// newRuntime returns a runtime whose global sab is a SharedArrayBuffer
// over block.
func newRuntime(t *testing.T, block sharedmem.Block, out *bytes.Buffer) *runtime.Runtime {
	t.Helper()
	rt, err := runtime.New(runtime.Options{Stdout: out, Stderr: out, Modules: nodestd.Modules(),
		Setup: []func(*runtime.Runtime) error{func(rt *runtime.Runtime) error {
			return rt.VM().Set("sab", atomics.Wrap(rt, block))
		}}})
	if err != nil {
		t.Fatal(err)
	}
	return rt
}

// Runtimes on their own goroutines share one block: Atomics loses no
// update, and a wait in one is woken by a notify in another.
func TestRuntimesShareBlock(t *testing.T) {
	block := sharedmem.New(16, 0, false)
	const n = 3000
	var wg sync.WaitGroup
	outs := make([]bytes.Buffer, 3)
	for i := range 3 {
		rt := newRuntime(t, block, &outs[i])
		wg.Add(1)
		go func() {
			defer wg.Done()
			src := `const a = new Int32Array(sab);
for (let i = 0; i < ` + itoa(n) + `; i++) { Atomics.add(a, 0, 1); Atomics.add(new Uint8Array(sab), 12 + ` + itoa(i) + `, 1); }
if (Atomics.add(a, 1, 1) === 2) { Atomics.store(a, 2, 1); Atomics.notify(a, 2); }
else console.log(Atomics.wait(a, 2, 0, 10000) !== 'timed-out');`
			if code, err := rt.RunSource(context.Background(), "main.js", src); code != 0 || err != nil {
				t.Errorf("code %d, err %v", code, err)
			}
		}()
	}
	wg.Wait()
	if got := block.CellAt(0, 4).Load(); got != 3*n {
		t.Fatalf("counter %d, want %d", got, 3*n)
	}
	for i := range 3 {
		if got := block.CellAt(12+i, 1).Load(); got != n%256 {
			t.Errorf("byte %d = %d", i, got)
		}
		if o := outs[i].String(); o != "" && o != "true\n" {
			t.Errorf("runtime %d printed %q", i, o)
		}
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

// The embedder's context ends a wait on the main thread, and nothing more
// of the script runs.
func TestWaitEndsWithContext(t *testing.T) {
	var out bytes.Buffer
	block := sharedmem.New(8, 0, false)
	rt := newRuntime(t, block, &out)
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := rt.RunSource(ctx, "main.js", `Atomics.wait(new Int32Array(sab), 0, 0); console.log('after');`)
	if !errors.Is(err, context.DeadlineExceeded) || out.String() != "" || time.Since(start) > 5*time.Second {
		t.Fatalf("err %v, output %q", err, out.String())
	}
	if n := sharedmem.Waiters(block.CellAt(0, 4)); n != 0 {
		t.Fatalf("%d waiters left", n)
	}
}

// Pending waitAsync calls do not hold the loop, and the end of the run
// drops them.
func TestWaitAsyncDroppedAtEnd(t *testing.T) {
	base := goruntime.NumGoroutine()
	var out bytes.Buffer
	block := sharedmem.New(8, 0, false)
	rt := newRuntime(t, block, &out)
	start := time.Now()
	code, err := rt.RunSource(context.Background(), "main.js", `
const a = new Int32Array(sab);
Atomics.waitAsync(a, 0, 0, 60000).value.then(() => console.log('late'));
Atomics.waitAsync(a, 0, 0).value.then(() => console.log('late'));
console.log(Atomics.waitAsync(a, 1, 0, 5).async);`)
	if code != 0 || err != nil || out.String() != "true\n" || time.Since(start) > 5*time.Second {
		t.Fatalf("code %d, err %v, output %q", code, err, out.String())
	}
	for _, off := range []int{0, 4} {
		if n := sharedmem.Waiters(block.CellAt(off, 4)); n != 0 {
			t.Fatalf("%d waiters left at %d", n, off)
		}
	}
	if sharedmem.Notify(block.CellAt(0, 4), -1) != 0 {
		t.Fatal("a dropped wait was woken")
	}
	deadline := time.Now().Add(5 * time.Second)
	for goruntime.NumGoroutine() > base && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if goruntime.NumGoroutine() > base {
		t.Fatalf("goroutines: %d, want %d", goruntime.NumGoroutine(), base)
	}
}
