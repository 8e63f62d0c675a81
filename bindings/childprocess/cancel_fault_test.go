package childprocess_test

import (
	"context"
	"errors"
	"math/rand"
	"os"
	"path/filepath"
	goruntime "runtime"
	"testing"
	"time"

	"github.com/jsproc/jsproc/bindings/childprocess"
	"github.com/jsproc/jsproc/internal/leakcheck"
	"github.com/jsproc/jsproc/runtime"
)

// A run whose context is already done starts no program: the marker the
// script's children would write never appears, and nothing is left over.
func TestCancelledBeforeStartSpawnsNothing(t *testing.T) {
	baseG := goruntime.NumGoroutine()
	baseFD := leakcheck.OpenFDs()
	marker := filepath.Join(t.TempDir(), "ran")
	src := `const cp = require('child_process');
		cp.spawnSync('sh', ['-c', 'echo sync >> "$MARKER"']);
		cp.spawn('sh', ['-c', 'echo async >> "$MARKER"']);
		require('fs').writeFileSync(process.env.MARKER, 'script');`
	for i := 0; i < 100; i++ {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		out, code, err := runScript(t, ctx, runtime.Options{Env: append(os.Environ(), "MARKER="+marker)}, src)
		if code != 1 || !errors.Is(err, context.Canceled) {
			t.Fatalf("run %d: code %d, err %v\n%s", i, code, err, out)
		}
		if out != "" {
			t.Fatalf("run %d: output %q", i, out)
		}
	}
	if data, err := os.ReadFile(marker); err == nil {
		t.Fatalf("something ran: %q", data)
	}
	checkBaseline(t, baseG, baseFD)
}

// Cancelled at random points of a run that keeps starting children (async,
// sync, exec), a run returns the context's error every time, and no child,
// goroutine or descriptor outlives the runs.
func TestCancelAtRandomPointsWithChildren(t *testing.T) {
	baseG := goruntime.NumGoroutine()
	baseFD := leakcheck.OpenFDs()
	rng := rand.New(rand.NewSource(time.Now().UnixNano()))
	src := `const cp = require('child_process');
		function round() {
			cp.spawn('sleep', ['5']).on('error', () => {});
			cp.exec('echo hi', () => {});
			cp.spawnSync('true');
			cp.execFile('cat', () => {}).stdin.end('x');
			setImmediate(round);
		}
		round();
		setInterval(() => {}, 1000);`
	var opts runtime.Options
	childprocess.WithKillGrace(&opts, 100*time.Millisecond)
	for i := 0; i < 20; i++ {
		delay := time.Duration(rng.Intn(60000)) * time.Microsecond
		ctx, cancel := context.WithTimeout(context.Background(), delay)
		out, _, err := runScript(t, ctx, opts, src)
		cancel()
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("cancelled after %v: err %v (%T)\n%s", delay, err, err, out)
		}
		if out != "" {
			t.Fatalf("cancelled after %v: output %q", delay, out)
		}
	}
	checkBaseline(t, baseG, baseFD)
}
