package fs_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	goruntime "runtime"
	"strings"
	"testing"
	"time"

	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/runtime"
)

// inotifyFDs counts the process's open inotify descriptors.
func inotifyFDs(t *testing.T) int {
	entries, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Skip("no /proc/self/fd")
	}
	n := 0
	for _, e := range entries {
		if l, err := os.Readlink(filepath.Join("/proc/self/fd", e.Name())); err == nil && strings.Contains(l, "inotify") {
			n++
		}
	}
	return n
}

// settle waits for goroutines to drop back to want (or a little above).
func settle(want int) int {
	n := goruntime.NumGoroutine()
	for i := 0; i < 100 && n > want; i++ {
		time.Sleep(10 * time.Millisecond)
		n = goruntime.NumGoroutine()
	}
	return n
}

func runScript(t *testing.T, ctx context.Context, dir, src string) (string, int, error) {
	t.Helper()
	var out bytes.Buffer
	rt, err := runtime.New(runtime.Options{Modules: nodestd.Modules(), Stdout: &out, Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	code, err := rt.RunSource(ctx, "main.js", src)
	return out.String(), code, err
}

// TestWatchLeavesNothing checks that watchers left open when a script
// ends (unref'd, non-persistent) or when its run is cancelled (ref'd)
// leave no goroutine or inotify descriptor behind.
func TestWatchLeavesNothing(t *testing.T) {
	goroutines := goruntime.NumGoroutine()
	fds := inotifyFDs(t)
	dir := t.TempDir()
	out, code, err := runScript(t, context.Background(), dir, `
const fs = require('fs');
fs.mkdirSync('d/e', { recursive: true });
fs.watch('.', { persistent: false });
fs.watch('d', { recursive: true }).unref();
const w = fs.watch('.', () => {});
w.close();
console.log('end');
`)
	if err != nil || code != 0 || out != "end\n" {
		t.Fatalf("exit %d, %v, output %q", code, err, out)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	out, _, err = runScript(t, ctx, dir, `
const fs = require('fs');
fs.watch('.', (t, f) => console.log(t, f));
fs.writeFileSync('x', '');
`)
	if err == nil || !strings.Contains(out, "rename x") {
		t.Fatalf("held run: %v, output %q", err, out)
	}
	if n := inotifyFDs(t); n != fds {
		t.Errorf("inotify descriptors: %d open, %d before", n, fds)
	}
	if n := settle(goroutines); n > goroutines {
		t.Errorf("goroutines: %d, %d before", n, goroutines)
	}
}

// TestWatchRecursive follows directories created below a recursive watch
// and names events relative to its root.
func TestWatchRecursive(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	out, code, err := runScript(t, ctx, t.TempDir(), `
const fs = require('fs');
fs.mkdirSync('root/pre/deep', { recursive: true });
const seen = new Set();
let want = null;
const w = fs.watch('root', { recursive: true }, (type, name) => {
  seen.add(type + ' ' + name);
  if (want && seen.has(want.key)) want.resolve();
});
const until = (key, fn) => new Promise((resolve) => { want = { key, resolve }; fn(); });
(async () => {
  await until('rename pre/deep/f', () => fs.writeFileSync('root/pre/deep/f', 'x'));
  await until('rename new', () => fs.mkdirSync('root/new'));
  await until('rename new/inner', () => fs.mkdirSync('root/new/inner'));
  await until('change new/inner/g', () => fs.writeFileSync('root/new/inner/g', '1'));
  await until('rename new', () => fs.rmSync('root/new', { recursive: true }));
  w.close();
  console.log([...seen].sort().join('\n'));
})();
`)
	if err != nil || code != 0 {
		t.Fatalf("exit %d, %v, output %q", code, err, out)
	}
	for _, want := range []string{"rename pre/deep/f", "change pre/deep/f", "rename new/inner", "rename new/inner/g", "change new/inner/g"} {
		if !strings.Contains(out, want+"\n") {
			t.Errorf("missing %q in %q", want, out)
		}
	}
}
