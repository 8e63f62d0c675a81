package worker_test

import (
	"bytes"
	"context"
	"errors"
	goruntime "runtime"
	"strings"
	"testing"
	"time"

	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/runtime"
)

// settle waits for the goroutine count to come back to base.
func settle(t *testing.T, base int) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for goruntime.NumGoroutine() > base {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<20)
			n := goruntime.Stack(buf, true)
			t.Fatalf("goroutines: %d, want %d\n%s", goruntime.NumGoroutine(), base, buf[:n])
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func run(t *testing.T, ctx context.Context, src string) (string, int, error) {
	t.Helper()
	var out bytes.Buffer
	rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &out, Modules: nodestd.Modules()})
	if err != nil {
		t.Fatal(err)
	}
	code, err := rt.RunSource(ctx, "main.js", src)
	return out.String(), code, err
}

// Finished, terminated, exited and abandoned workers leave no goroutine
// behind once the parent's run returns.
func TestNoLeakedGoroutines(t *testing.T) {
	base := goruntime.NumGoroutine()
	out, code, err := run(t, context.Background(), `
const { Worker } = require('worker_threads');
const done = new Worker('1 + 1', { eval: true });
done.on('exit', (c) => console.log('done', c));
const spin = new Worker('require("worker_threads").parentPort.postMessage(1); for (;;) {}', { eval: true });
spin.on('message', () => spin.terminate().then((c) => console.log('terminated', c)));
const exits = new Worker('process.exit(3)', { eval: true });
exits.on('exit', (c) => console.log('exited', c));
const listener = new Worker('require("worker_threads").parentPort.on("message", () => {})', { eval: true });
listener.unref();
const timer = new Worker('setInterval(() => {}, 1000)', { eval: true });
timer.unref();
`)
	if err != nil || code != 0 {
		t.Fatalf("code %d, err %v, out %q", code, err, out)
	}
	for _, want := range []string{"done 0", "terminated 1", "exited 3"} {
		if !strings.Contains(out, want) {
			t.Errorf("output %q lacks %q", out, want)
		}
	}
	settle(t, base)
}

// Cancelling the parent's context stops its workers, which leave nothing
// running.
func TestCancelStopsWorkers(t *testing.T) {
	base := goruntime.NumGoroutine()
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, _, err := run(t, ctx, `
const { Worker } = require('worker_threads');
for (let i = 0; i < 2; i++) new Worker('for (;;) {}', { eval: true });
`)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err %v, want the context's", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Fatalf("took %v to stop", d)
	}
	settle(t, base)
}

// Messages cross between threads many times over without a race (run
// with -race).
func TestPingPong(t *testing.T) {
	out, code, err := run(t, context.Background(), `
const { Worker } = require('worker_threads');
const w = new Worker('const { parentPort } = require("worker_threads"); parentPort.on("message", (m) => { if (m.n === 200) parentPort.close(); else parentPort.postMessage({ n: m.n + 1, buf: new Uint8Array(m.buf) }); });', { eval: true });
let last = 0;
w.on('message', (m) => { last = m.n; w.postMessage({ n: m.n + 1, buf: m.buf.buffer }, [m.buf.buffer]); });
w.on('exit', (c) => console.log('exit', c, last));
w.postMessage({ n: 0, buf: new ArrayBuffer(16) });
`)
	if err != nil || code != 0 || strings.TrimSpace(out) != "exit 0 199" {
		t.Fatalf("code %d, err %v, out %q", code, err, out)
	}
}
