package jsproc_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc"
	"github.com/jsproc/jsproc/bindings/childprocess"
	"github.com/jsproc/jsproc/runtime"
)

func run(t *testing.T, opts jsproc.Options, src string) (string, int, error) {
	t.Helper()
	var out bytes.Buffer
	opts.Stdout = &out
	rt, err := jsproc.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	code, err := rt.RunSource(context.Background(), "main.js", src)
	return out.String(), code, err
}

// TestGrants: child_process is there only with the ChildProcess grant,
// which carries its handlers, and an embedder's module of the same name
// replaces it; the caller's Values map is not written to.
func TestGrants(t *testing.T) {
	probe := `for (const m of ['child_process', 'fs', 'stream']) {
		try { require(m); console.log(m, 'yes') } catch (e) { console.log(m, e.code) }
	}`
	out, _, _ := run(t, jsproc.Options{}, probe)
	if out != "child_process MODULE_NOT_FOUND\nfs MODULE_NOT_FOUND\nstream MODULE_NOT_FOUND\n" {
		t.Errorf("zero Options:\n%s", out)
	}
	out, _, _ = run(t, jsproc.Options{Modules: jsproc.StandardModules()}, probe)
	if out != "child_process MODULE_NOT_FOUND\nfs yes\nstream yes\n" {
		t.Errorf("StandardModules:\n%s", out)
	}
	values := map[any]any{"k": 1}
	var seen []string
	audit := func(ctx context.Context, req *childprocess.SpawnRequest, next childprocess.SpawnFunc) (childprocess.Process, error) {
		seen = append(seen, req.File)
		return nil, errors.New("refused by the test")
	}
	out, _, _ = run(t, jsproc.Options{
		Modules:      jsproc.StandardModules(),
		Values:       values,
		ChildProcess: &jsproc.ChildProcess{Handlers: []childprocess.SpawnHandler{audit}},
	}, `const r = require('child_process').spawnSync('true'); console.log(r.error ? 'error' : r.status)`)
	if out != "error\n" || len(seen) != 1 || seen[0] != "true" {
		t.Errorf("granted: %q, handler saw %q", out, seen)
	}
	if len(values) != 1 {
		t.Errorf("Options.Values written to: %v", values)
	}
	own := jsproc.JSModule("child_process", `module.exports = 'own'`, nil)
	out, _, _ = run(t, jsproc.Options{
		Modules:      []jsproc.Module{own},
		ChildProcess: &jsproc.ChildProcess{},
	}, `console.log(require('child_process'))`)
	if out != "own\n" {
		t.Errorf("own module of a granted name: %q", out)
	}
}

// TestParentChannel: without NODE_CHANNEL_FD a script has no channel, as
// under node.
func TestParentChannel(t *testing.T) {
	out, code, err := run(t, jsproc.Options{ParentChannel: true, Env: []string{}},
		`console.log(typeof process.send, process.connected)`)
	if out != "undefined undefined\n" || code != 0 || err != nil {
		t.Errorf("%q %d %v", out, code, err)
	}
}

// TestErrors: the Run methods' errors are the package's own types and
// sentinels.
func TestErrors(t *testing.T) {
	rt, _ := jsproc.New(jsproc.Options{})
	//lint:ignore SA1012 a nil context is what is tested
	if _, err := rt.RunSource(nil, "main.js", ``); err != jsproc.ErrNilContext {
		t.Errorf("nil context: %v", err)
	}
	if _, err := rt.RunFile(context.Background(), ""); err != jsproc.ErrNoPath {
		t.Errorf("empty path: %v", err)
	}
	if _, err := rt.RunEval(context.Background(), `1`, false); err != nil {
		t.Errorf("first run: %v", err)
	}
	if _, err := rt.RunEval(context.Background(), `1`, false); err != jsproc.ErrAlreadyRan {
		t.Errorf("second run: %v", err)
	}

	_, code, err := run(t, jsproc.Options{Stderr: io.Discard}, `Promise.reject(new TypeError('late'))`)
	var ue *jsproc.UncaughtError
	if !errors.As(err, &ue) || !ue.Rejection || ue.Message != "TypeError: late" ||
		!strings.Contains(ue.Stack, "main.js") || code != 1 {
		t.Errorf("rejection: %d %#v", code, err)
	}

	boom := runtime.Module{Name: "boom", Load: func(rt *runtime.Runtime, module *goja.Object) error {
		module.Set("exports", func() { panic("binding bug") })
		return nil
	}}
	_, _, err = run(t, jsproc.Options{Stderr: io.Discard, Modules: []jsproc.Module{boom}}, `require('boom')()`)
	var ie *jsproc.InternalError
	if !errors.As(err, &ie) || ie.Value != "binding bug" || !strings.Contains(err.Error(), "internal error: binding bug") {
		t.Errorf("panic in a binding: %#v", err)
	}

	setupErr := errors.New("setup failed")
	_, _, err = run(t, jsproc.Options{Setup: []func(*runtime.Runtime) error{
		func(*runtime.Runtime) error { return setupErr },
	}}, `console.log('not reached')`)
	if err != setupErr {
		t.Errorf("setup: %v", err)
	}
}

// TestKillGrace: a cancelled run sends SIGKILL to a child that ignores
// SIGTERM after ChildProcess.KillGrace, not the default two seconds.
func TestKillGrace(t *testing.T) {
	rt, err := jsproc.New(jsproc.Options{
		Stdout:       io.Discard,
		ChildProcess: &jsproc.ChildProcess{KillGrace: 50 * time.Millisecond},
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var start time.Time
	go func() {
		time.Sleep(300 * time.Millisecond)
		start = time.Now()
		cancel()
	}()
	_, err = rt.RunSource(ctx, "main.js", `
		require('child_process').spawn('sh', ['-c', 'trap "" TERM; sleep 30'], { stdio: 'ignore' });`)
	took := time.Since(start)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
	if took > time.Second {
		t.Fatalf("cancelled run took %v to return with a 50ms grace", took)
	}
}

// TestProcessGroups: with ChildProcess.ProcessGroups a cancelled run ends
// a grandchild that holds its child's output pipe along with the child,
// and returns without waiting out the grace.
func TestProcessGroups(t *testing.T) {
	rt, err := jsproc.New(jsproc.Options{
		Stdout:       io.Discard,
		ChildProcess: &jsproc.ChildProcess{KillGrace: 5 * time.Second, ProcessGroups: true},
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var start time.Time
	go func() {
		time.Sleep(300 * time.Millisecond)
		start = time.Now()
		cancel()
	}()
	_, err = rt.RunSource(ctx, "main.js", `
		require('child_process').exec('sleep 30; true', () => {});`)
	took := time.Since(start)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
	if took > 2*time.Second {
		t.Fatalf("cancelled run took %v: the grandchild outlived the group's SIGTERM", took)
	}
}

// TestChildProcessAlone: the grant works without StandardModules, with
// the stream modules child_process is built on and nothing that reaches
// outside the script.
func TestChildProcessAlone(t *testing.T) {
	out, code, err := run(t, jsproc.Options{ChildProcess: &jsproc.ChildProcess{}}, `
		const { execFile } = require('child_process');
		execFile('echo', ['hi'], (err, stdout) => {
			console.log(err, JSON.stringify(stdout));
			for (const m of ['stream', 'fs', 'os']) {
				try { require(m); console.log(m, 'yes') } catch (e) { console.log(m, e.code) }
			}
		});`)
	if out != "null \"hi\\n\"\nstream yes\nfs MODULE_NOT_FOUND\nos MODULE_NOT_FOUND\n" || code != 0 || err != nil {
		t.Errorf("%q %d %v", out, code, err)
	}
}
