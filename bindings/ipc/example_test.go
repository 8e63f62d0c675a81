package ipc_test

import (
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jsproc/jsproc/internal/jstest"
)

// runFor runs bin on script in dir until it has printed n lines (at most
// limit), then kills its process group (the parent and its forked child)
// and returns the first n lines of stdout.
func runFor(t *testing.T, bin, dir, script string, limit time.Duration, n int) []string {
	t.Helper()
	cmd := exec.Command(bin, script)
	cmd.Dir = dir
	cmd.Env = jstest.Env()
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	var out jstest.LockedBuffer
	cmd.Stdout = &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) && strings.Count(out.String(), "\n") < n {
		time.Sleep(50 * time.Millisecond)
	}
	syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	cmd.Wait()
	lines := strings.Split(out.String(), "\n")
	if len(lines) <= n {
		t.Fatalf("%s printed only:\n%s", filepath.Base(bin), out.String())
	}
	return lines[:n]
}

// TestDocForkExample runs the child_process.fork example (scripts/
// fork_parent.js and scripts/child.js, unmodified) under node and jsproc:
// the child reports the parent's message, then sends a counter every
// second until killed. The first four lines must be the same.
func TestDocForkExample(t *testing.T) {
	node := jstest.NodePath(t)
	if node == "" {
		t.Skip("node not installed")
	}
	dir := filepath.Join("..", "..", "scripts")
	want := runFor(t, node, dir, "fork_parent.js", 30*time.Second, 4)
	got := runFor(t, jstest.Binary(t), dir, "fork_parent.js", 30*time.Second, 4)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("jsproc:\n%s\nnode:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if want[0] != "Message from parent: { hello: 'world' }" || want[1] != "Message from child { counter: 0 }" {
		t.Fatalf("unexpected node output:\n%s", strings.Join(want, "\n"))
	}
}
