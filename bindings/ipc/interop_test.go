package ipc_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/bindings/ipc"
	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/internal/jstest"
	"github.com/jsproc/jsproc/runtime"
)

// runNode runs node on a script with args and returns its stdout.
func runNode(t *testing.T, node string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, args...)
	cmd.Env = jstest.Env()
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("node %v: %v\nstdout:\n%s\nstderr:\n%s", args, err, stdout.String(), stderr.String())
	}
	return stdout.String()
}

// TestNodeParentForksJsprocChild: node's child_process.fork with execPath
// set to jsproc; the output must be the same as with a node child.
func TestNodeParentForksJsprocChild(t *testing.T) {
	node := jstest.NodePath(t)
	if node == "" {
		t.Skip("node not installed")
	}
	bin := jstest.Binary(t)
	script := filepath.Join("testdata", "interop", "node_parent.js")
	want := runNode(t, node, script, node)
	got := runNode(t, node, script, bin)
	if !sameOutput(got, want) {
		t.Fatalf("jsproc child differs from node child\n--- node child\n%s\n--- jsproc child\n%s", want, got)
	}
	if !strings.Contains(got, "small all back 5000") || !strings.Contains(got, "parent: exit 0 null") {
		t.Fatalf("unexpected output:\n%s", got)
	}
}

// startChild starts argv as a child with the channel's other end as fd 3,
// like fork, and attaches the parent end to a new EventEmitter that the
// script sees as the global `child`.
func startChild(t *testing.T, argv []string) func(rt *runtime.Runtime) error {
	return func(rt *runtime.Runtime) error {
		childEnd, env, parent, err := ipc.ForSpawn(3, "json", jstest.Env())
		if err != nil {
			return err
		}
		cmd := exec.Command(argv[0], argv[1:]...)
		cmd.Env = env
		cmd.ExtraFiles = []*os.File{childEnd}
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		if err := cmd.Start(); err != nil {
			return err
		}
		childEnd.Close()
		// The child process keeps the parent alive, as a ChildProcess does.
		exited := rt.Loop().Reserve()
		done := make(chan error, 1)
		go func() {
			err := cmd.Wait()
			exited(func() {})
			done <- err
		}()
		t.Cleanup(func() {
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("child: %v", err)
				}
			case <-time.After(10 * time.Second):
				cmd.Process.Kill()
				t.Errorf("child did not exit after the parent disconnected")
			}
		})
		vm := rt.VM()
		ctor, _ := goja.AssertConstructor(rt.RequireCore("events"))
		emitter, err := ctor(nil)
		if err != nil {
			return err
		}
		if _, err := ipc.Attach(rt, parent, emitter, "json", false); err != nil {
			return err
		}
		return vm.Set("child", emitter)
	}
}

func runParent(t *testing.T, childArgv []string) string {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", "interop", "go_parent.js"))
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	rt, err := runtime.New(runtime.Options{
		Modules: nodestd.All(),
		Stdout:  &stdout, Stderr: &stderr,
		Env:   jstest.Env(),
		Setup: []func(*runtime.Runtime) error{startChild(t, childArgv)},
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	code, err := rt.RunSource(ctx, "go_parent.js", string(src))
	if err != nil || code != 0 {
		t.Fatalf("parent: code %d, %v\nstdout:\n%s\nstderr:\n%s", code, err, stdout.String(), stderr.String())
	}
	return stdout.String()
}

const wantParent = `ready [ 'x', 'y' ] false
send returns true
first back {"i":0,"nested":{"t":"T"}}
1000 round trips
big written null
big echoed 2097152
after disconnect false null
disconnect event
late send ERR_IPC_CHANNEL_CLOSED Channel closed
`

// TestJsprocParentNodeChild: the Go parent API with a node child.
func TestJsprocParentNodeChild(t *testing.T) {
	node := jstest.NodePath(t)
	if node == "" {
		t.Skip("node not installed")
	}
	got := runParent(t, []string{node, filepath.Join("testdata", "interop", "go_child.js"), "x", "y"})
	if got != wantParent {
		t.Fatalf("got:\n%s\nwant:\n%s", got, wantParent)
	}
}

// TestJsprocParentJsprocChild: the Go parent API with a jsproc child.
func TestJsprocParentJsprocChild(t *testing.T) {
	bin := jstest.Binary(t)
	got := runParent(t, []string{bin, filepath.Join("testdata", "interop", "go_child.js"), "x", "y"})
	if got != wantParent {
		t.Fatalf("got:\n%s\nwant:\n%s", got, wantParent)
	}
}

// runBin runs bin on a script with args and returns its stdout.
func runBin(t *testing.T, bin string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = jstest.Env()
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %v: %v\nstdout:\n%s\nstderr:\n%s", bin, args, err, stdout.String(), stderr.String())
	}
	return stdout.String()
}

// TestScriptParentForks runs node_parent.js, which calls fork() with
// execPath set to its argument, under a jsproc parent with a node child and
// with a jsproc child: both must print what node parent and node child do.
func TestScriptParentForks(t *testing.T) {
	node := jstest.NodePath(t)
	if node == "" {
		t.Skip("node not installed")
	}
	bin := jstest.Binary(t)
	script := filepath.Join("testdata", "interop", "node_parent.js")
	want := runNode(t, node, script, node)
	if !strings.Contains(want, "small all back 5000") || !strings.Contains(want, "parent: exit 0 null") {
		t.Fatalf("unexpected node output:\n%s", want)
	}
	for _, child := range []string{node, bin} {
		if got := runBin(t, bin, script, child); !sameOutput(got, want) {
			t.Errorf("jsproc parent, child %s:\n%s\nwant (node parent and child):\n%s", filepath.Base(child), got, want)
		}
	}
}

// sameOutput compares the output of node_parent.js runs: the parent's lines
// and the child's ("child: ...") must each come in the same order, but the
// two processes share stdout, so how their lines interleave is up to the
// machine's scheduling.
func sameOutput(a, b string) bool {
	split := func(s string) (parent, child []string) {
		for _, l := range strings.Split(s, "\n") {
			if strings.HasPrefix(l, "child: ") {
				child = append(child, l)
			} else {
				parent = append(parent, l)
			}
		}
		return
	}
	ap, ac := split(a)
	bp, bc := split(b)
	return strings.Join(ap, "\n") == strings.Join(bp, "\n") && strings.Join(ac, "\n") == strings.Join(bc, "\n")
}

// TestHandlePassing runs handle_parent.js, which sends a listening server
// and accepted sockets (one given up, one with keepOpen) to a forked
// child, with every pairing of node and jsproc parents and children: each
// must print what node parent and node child do.
func TestHandlePassing(t *testing.T) {
	want := allPairings(t, filepath.Join("testdata", "interop", "handle_parent.js"))
	if !strings.Contains(want, `socket 2 reply "child wrote 2\nand the parent\n"`) || !strings.Contains(want, "child exit 0 null") {
		t.Fatalf("unexpected node output:\n%s", want)
	}
}

// TestDgramHandlePassing runs dgram_parent.js, which sends a bound UDP
// socket to a forked child, with every pairing of node and jsproc parents
// and children: each must print what node parent and node child do.
func TestDgramHandlePassing(t *testing.T) {
	want := allPairings(t, filepath.Join("testdata", "interop", "dgram_parent.js"))
	if !strings.Contains(want, "client got pong from the child true") || !strings.Contains(want, "child exit 0 null") {
		t.Fatalf("unexpected node output:\n%s", want)
	}
}

// TestAdvancedSerialization runs, with serialization 'advanced' and every
// pairing of node and jsproc parents and children, adv_parent.js (values
// of each kind V8's structured clone carries, both ways; what cannot be
// cloned; many small messages and a large one) and handle_parent.js
// (handles ride on NODE_HANDLE messages in that format too).
func TestAdvancedSerialization(t *testing.T) {
	want := allPairings(t, filepath.Join("testdata", "interop", "adv_parent.js"))
	for _, line := range []string{"send threw Error undefined f() {} could not be cloned.",
		"29 echoed {name: 'loop', self: [self]}", "many back 2000", "child exit 0 null"} {
		if !strings.Contains(want, line+"\n") {
			t.Fatalf("node output lacks %q:\n%s", line, want)
		}
	}
	want = allPairings(t, filepath.Join("testdata", "interop", "handle_parent.js"), "advanced")
	if !strings.Contains(want, `socket 2 reply "child wrote 2\nand the parent\n"`) || !strings.Contains(want, "child exit 0 null") {
		t.Fatalf("unexpected node output:\n%s", want)
	}
}

// allPairings runs script (a parent that forks the runtime named by its
// first argument) under node and jsproc parents with node and jsproc
// children; each run must print what node parent and node child do,
// which it returns.
func allPairings(t *testing.T, script string, args ...string) string {
	t.Helper()
	node := jstest.NodePath(t)
	if node == "" {
		t.Skip("node not installed")
	}
	bin := jstest.Binary(t)
	want := runNode(t, node, append([]string{script, node}, args...)...)
	for _, parent := range []string{node, bin} {
		for _, child := range []string{node, bin} {
			if parent == node && child == node {
				continue
			}
			if got := runBin(t, parent, append([]string{script, child}, args...)...); !sameOutput(got, want) {
				t.Errorf("parent %s, child %s:\n%s\nwant (node parent and child):\n%s", filepath.Base(parent), filepath.Base(child), got, want)
			}
		}
	}
	return want
}
