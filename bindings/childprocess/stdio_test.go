package childprocess_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/internal/leakcheck"
	"github.com/jsproc/jsproc/runtime"
)

// TestInheritReachesEmbedderWriters: every way of giving a child the
// parent's standard streams ('inherit', descriptor numbers, process.stdout
// as a stdio entry) reaches the runtime's Stdout and Stderr, not the host's
// descriptors 1 and 2.
func TestInheritReachesEmbedderWriters(t *testing.T) {
	cases := []struct {
		stdio   string
		out, er string
	}{
		{`'inherit'`, "out\n", "err\n"},
		{`['inherit', 'inherit', 'inherit']`, "out\n", "err\n"},
		{`[0, 1, 2]`, "out\n", "err\n"},
		{`['pipe', process.stdout, process.stderr]`, "out\n", "err\n"},
		{`['ignore', 2, 1]`, "err\n", "out\n"},
		{`[process.stdin, 'inherit', 1]`, "out\nerr\n", ""},
	}
	for _, c := range cases {
		t.Run(c.stdio, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			rt, err := runtime.New(runtime.Options{Stdout: &stdout, Stderr: &stderr, Stdin: strings.NewReader(""),
				Modules: nodestd.All(), Dir: t.TempDir()})
			if err != nil {
				t.Fatal(err)
			}
			src := fmt.Sprintf(`require('child_process').spawn('sh', ['-c', 'echo out; echo err >&2'], { stdio: %s })
				.on('close', (code) => { if (code !== 0) throw new Error('code ' + code); });`, c.stdio)
			code, err := rt.RunSource(context.Background(), "main.js", src)
			if err != nil || code != 0 {
				t.Fatalf("code %d err %v stderr %q", code, err, stderr.String())
			}
			if stdout.String() != c.out || stderr.String() != c.er {
				t.Errorf("stdout %q stderr %q, want %q %q", stdout.String(), stderr.String(), c.out, c.er)
			}
		})
	}
}

// TestInheritSyncReachesEmbedderWriters: the sync forms' inherited
// streams reach the runtime's writers too, in order with the script's own.
func TestInheritSyncReachesEmbedderWriters(t *testing.T) {
	var stdout, stderr bytes.Buffer
	rt, err := runtime.New(runtime.Options{Stdout: &stdout, Stderr: &stderr, Stdin: strings.NewReader(""),
		Modules: nodestd.All(), Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	code, err := rt.RunSource(context.Background(), "main.js", `const cp = require('child_process');
console.log('before');
cp.spawnSync('sh', ['-c', 'echo one; echo err-one >&2'], { stdio: 'inherit' });
cp.execSync('echo two; echo err-two >&2', { stdio: [0, 1, 2] });
cp.execFileSync('sh', ['-c', 'echo three'], { stdio: ['ignore', process.stdout, 'inherit'] });
console.log('after');`)
	if err != nil || code != 0 {
		t.Fatalf("code %d err %v stderr %q", code, err, stderr.String())
	}
	if stdout.String() != "before\none\ntwo\nthree\nafter\n" || stderr.String() != "err-one\nerr-two\n" {
		t.Errorf("stdout %q stderr %q", stdout.String(), stderr.String())
	}
}

// TestInheritSharedWriterNoRace: a child inheriting the runtime's streams
// writes into the embedder's writer while the script logs into the same
// writer (Stdout and Stderr are one bytes.Buffer, which is not safe for
// concurrent use). Under -race this finds any unserialised write; no line
// of either writer may be lost.
func TestInheritSharedWriterNoRace(t *testing.T) {
	const n = 300
	var out bytes.Buffer
	rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &out, Stdin: strings.NewReader(""),
		Modules: nodestd.All(), Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	src := fmt.Sprintf(`const cp = require('child_process');
let i = 0, done = 0;
const c1 = cp.spawn('sh', ['-c', 'i=0; while [ $i -lt %[1]d ]; do echo child-out-$i; echo child-err-$i >&2; i=$((i+1)); done'], { stdio: 'inherit' });
const c2 = cp.spawn('sh', ['-c', 'i=0; while [ $i -lt %[1]d ]; do echo fd-$i; i=$((i+1)); done'], { stdio: [0, 1, 2] });
(function log() {
  for (let k = 0; k < 10 && i < %[1]d; k++, i++) { console.log('script-' + i); process.stderr.write('script-err-' + i + '\n'); }
  if (i < %[1]d) setImmediate(log);
})();
`, n)
	code, err := rt.RunSource(context.Background(), "main.js", src)
	if err != nil || code != 0 {
		t.Fatalf("code %d err %v", code, err)
	}
	lines := map[string]bool{}
	for _, l := range strings.Split(out.String(), "\n") {
		lines[l] = true
	}
	for i := 0; i < n; i++ {
		for _, p := range []string{"child-out-", "child-err-", "fd-", "script-", "script-err-"} {
			if l := fmt.Sprint(p, i); !lines[l] {
				t.Fatalf("line %q lost; output has %d lines", l, strings.Count(out.String(), "\n"))
			}
		}
	}
	if got := strings.Count(out.String(), "\n"); got != 5*n {
		t.Errorf("%d lines, want %d", got, 5*n)
	}
}

// TestInheritAfterRunDiscarded: a child that outlives the run and writes
// to an inherited embedder writer afterwards does not touch the writer
// (the embedder owns it again once Run returned; -race checks), and is not
// killed for writing: its output is drained and discarded.
func TestInheritAfterRunDiscarded(t *testing.T) {
	var out bytes.Buffer
	dir := t.TempDir()
	rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &out, Stdin: strings.NewReader(""),
		Modules: nodestd.All(), Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	code, err := rt.RunSource(context.Background(), "main.js", `
const c = require('child_process').spawn('sh', ['-c', 'sleep 0.3; echo late; echo late >&2; touch done'], { stdio: 'inherit' });
c.unref();
console.log('script done');`)
	if err != nil || code != 0 {
		t.Fatalf("code %d err %v", code, err)
	}
	got := out.String() // read while the child still runs
	deadline := time.Now().Add(5 * time.Second)
	for {
		if _, err := os.Stat(filepath.Join(dir, "done")); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the child did not finish (killed by a write?)")
		}
		time.Sleep(20 * time.Millisecond)
	}
	for len(leakcheck.Children()) > 0 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond) // let the reaper collect it
	}
	if got != "script done\n" || out.String() != got {
		t.Errorf("output %q then %q, want only the script's line", got, out.String())
	}
}

// TestInheritGrandchildDoesNotDelayExit: a grandchild that keeps the
// copied pipe of an inherited writer open does not hold back the child's
// 'exit' (as under node, where the grandchild simply shares the stream);
// the child's own output still comes before it.
func TestInheritGrandchildDoesNotDelayExit(t *testing.T) {
	var out bytes.Buffer
	rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &out, Stdin: strings.NewReader(""),
		Modules: nodestd.All(), Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	code, err := rt.RunSource(context.Background(), "main.js", `
const c = require('child_process').spawn('sh', ['-c', 'sleep 39.4245 & echo started'], { stdio: 'inherit' });
c.on('exit', (code) => console.log('exit', code));`)
	took := time.Since(start)
	for _, p := range livePids("sleep", "39.4245") {
		_ = syscall.Kill(p, syscall.SIGKILL)
	}
	if err != nil || code != 0 {
		t.Fatalf("code %d err %v", code, err)
	}
	if out.String() != "started\nexit 0\n" {
		t.Errorf("output %q", out.String())
	}
	if took > 2*time.Second {
		t.Errorf("run took %v: the grandchild held the exit back", took)
	}
}
