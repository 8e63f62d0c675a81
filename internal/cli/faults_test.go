//go:build linux

package cli

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jsproc/jsproc/internal/jstest"
)

// The fault suite: jsproc (the built binary) and node run the same
// scripts with a standard stream whose reader is gone, with signals the
// parent left ignored, and with signals sent while a sync call blocks.

// outcome is how a program ended and what it wrote to its other stream.
type outcome struct {
	code   int            // exit code, -1 when a signal ended it
	signal syscall.Signal // the signal that ended it, or 0
	other  string         // what it wrote to the stream that still works
}

func (o outcome) String() string {
	return fmt.Sprintf("code %d signal %v output:\n%s", o.code, o.signal, o.other)
}

func ended(t *testing.T, err error, cmd *exec.Cmd) outcome {
	t.Helper()
	if err != nil {
		if _, ok := err.(*exec.ExitError); !ok {
			t.Fatal(err)
		}
	}
	o := outcome{code: cmd.ProcessState.ExitCode()}
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		o.signal = ws.Signal()
	}
	return o
}

func writeScript(t *testing.T, name, src string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// runBrokenPipe runs bin on script with descriptor fd (1 or 2) a pipe
// whose reader is closed, collecting the other stream.
func runBrokenPipe(t *testing.T, bin, script string, fd int) outcome {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	r.Close()
	defer w.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, script)
	cmd.Env = jstest.Env()
	var other bytes.Buffer
	if fd == 1 {
		cmd.Stdout, cmd.Stderr = w, &other
	} else {
		cmd.Stdout, cmd.Stderr = &other, w
	}
	o := ended(t, cmd.Run(), cmd)
	o.other = jstest.ReportText(other.String())
	return o
}

var brokenPipeCases = []struct {
	name   string
	fd     int
	script string
	want   outcome // checked when node is not installed; node's otherwise
}{
	{"console.log ignores EPIPE", 1, `
for (let i = 0; i < 1000; i++) console.log('line ' + i);
console.error('done');
`, outcome{code: 0, other: "done\n"}},
	{"stdout write EPIPE uncaught", 1, `
for (let i = 0; i < 1000; i++) process.stdout.write('line ' + i + '\n');
console.error('done');
`, outcome{code: 1}},
	{"stdout EPIPE to callbacks and listener", 1, `
let n = 0;
process.stdout.on('error', (e) => { n++; console.error('error', n, e.code, e.syscall, e.errno, e.message); });
process.stdout.write('a\n', (e) => console.error('cb1', e && e.code));
process.stdout.write('b\n', (e) => console.error('cb2', e && e.code));
console.error('sync end', process.stdout.writable);
setTimeout(() => {
  process.stdout.write('c', (e) => console.error('cb3', e && e.code));
}, 10);
process.on('exit', (c) => console.error('exit', c));
`, outcome{code: 0, other: "sync end false\ncb1 EPIPE\ncb2 EPIPE\nerror 1 EPIPE write -32 write EPIPE\ncb3 EPIPE\nerror 2 EPIPE write -32 write EPIPE\nexit 0\n"}},
	{"stdout EPIPE with an exit in the listener", 1, `
process.stdout.on('error', (e) => { console.error('error', e.code); process.exit(3); });
for (let i = 0; i < 1000; i++) process.stdout.write('x'.repeat(100) + '\n');
console.error('loop done');
`, outcome{code: 3, other: "loop done\nerror EPIPE\n"}},
	{"stderr write EPIPE", 2, `
process.stderr.write('x\n');
console.log('after write');
setTimeout(() => console.log('timer'), 50);
process.on('exit', (c) => console.log('exit', c));
`, outcome{code: 1, other: "after write\nexit 1\n"}},
	{"uncaught report to a closed stderr", 2, `
console.error('to stderr');
console.log('ok');
throw new Error('boom');
`, outcome{code: 1, other: "ok\n"}},
}

// TestBrokenPipe: a standard stream whose reader is gone makes writes fail
// with EPIPE as in node (console drops them, process.stdout/stderr report
// them) and never kills jsproc with SIGPIPE.
func TestBrokenPipe(t *testing.T) {
	bin := jstest.Binary(t)
	node := jstest.NodePath(t)
	for _, c := range brokenPipeCases {
		t.Run(c.name, func(t *testing.T) {
			script := writeScript(t, "s.js", c.script)
			got := runBrokenPipe(t, bin, script, c.fd)
			want := c.want
			if node != "" {
				want = runBrokenPipe(t, node, script, c.fd)
			}
			if got.signal == syscall.SIGPIPE {
				t.Fatalf("jsproc was killed by SIGPIPE:\n%v", got)
			}
			if want.other == "" && c.want.other == "" && node == "" {
				// Without node, a report is checked by its key lines.
				if got.code != want.code || !strings.Contains(got.other, "Error: write EPIPE\nEmitted 'error' event on Socket instance at: {\n  errno: -32,\n  code: 'EPIPE',\n  syscall: 'write'\n}") {
					t.Errorf("got %v", got)
				}
				return
			}
			if got.code != want.code || got.signal != want.signal || got.other != want.other {
				t.Errorf("jsproc: %v\nnode: %v", got, want)
			}
		})
	}
}

// TestBrokenPipeEmbedded: a runtime whose Stdout is a pipe with its reader
// gone reports EPIPE the same way.
func TestBrokenPipeEmbedded(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	r.Close()
	defer w.Close()
	var errb bytes.Buffer
	code := Run([]string{"-e", "process.stdout.write('x\\n'); console.log('y')"}, strings.NewReader(""), w, &errb)
	want := "node:events:502\n      throw er; // Unhandled 'error' event\n      ^\n\nError: write EPIPE\nEmitted 'error' event on Socket instance at: {\n  errno: -32,\n  code: 'EPIPE',\n  syscall: 'write'\n}\n\nNode.js v20.20.2\n"
	if got := jstest.ReportText(errb.String()); code != 1 || got != want {
		t.Errorf("code %d, stderr:\n%s\nwant code 1, stderr:\n%s", code, got, want)
	}
}

// signalScript reports what a child gets for sig (it signals itself), then
// waits to be signalled.
const signalScript = `
const cp = require('child_process');
const sig = process.argv[2];
const r = cp.spawnSync('sh', ['-c', 'kill -' + sig + ' $$; echo survived']);
console.log('child', r.signal, String(r.stdout).trim());
if (sig === 'PIPE') {
  // A child writing to a closed pipe ends as usual.
  console.log('yes|head', cp.execSync('yes | head -c 3', { timeout: 5000 }).toString());
}
console.log('ready');
setTimeout(() => console.log('timed out'), 5000);
`

// runIgnoring starts bin on the script with sig ignored by the parent (as
// a shell's background job has SIGINT and SIGQUIT), sends it sig once it is
// ready, and reports how it ended (SIGTERM ends it when sig did not).
func runIgnoring(t *testing.T, bin, script, name string) outcome {
	t.Helper()
	sig := syscallSignal(name)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "sh", "-c", `trap '' `+name+`; exec "$0" "$@"`, bin, script, name)
	cmd.Env = jstest.Env()
	cmd.Dir = filepath.Dir(script) // where a core dump would go
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var text strings.Builder
	lines := bufio.NewScanner(out)
	for lines.Scan() {
		text.WriteString(lines.Text() + "\n")
		if lines.Text() == "ready" {
			break
		}
	}
	_ = cmd.Process.Signal(sig)
	time.Sleep(300 * time.Millisecond)
	_ = cmd.Process.Signal(syscall.SIGTERM)
	for lines.Scan() {
		text.WriteString(lines.Text() + "\n")
	}
	o := ended(t, cmd.Wait(), cmd)
	o.other = text.String()
	return o
}

func syscallSignal(n string) syscall.Signal {
	return map[string]syscall.Signal{
		"HUP": syscall.SIGHUP, "INT": syscall.SIGINT, "QUIT": syscall.SIGQUIT, "PIPE": syscall.SIGPIPE,
		"USR2": syscall.SIGUSR2, "ALRM": syscall.SIGALRM, "TERM": syscall.SIGTERM,
		"XCPU": syscall.SIGXCPU, "VTALRM": syscall.SIGVTALRM,
	}[n]
}

// TestInheritedIgnoredSignals: started with a signal ignored, jsproc (as
// node) takes the default action again, for itself and its children; only
// SIGPIPE stays ignored by jsproc itself, and its children get the default.
func TestInheritedIgnoredSignals(t *testing.T) {
	bin := jstest.Binary(t)
	node := jstest.NodePath(t)
	script := writeScript(t, "sig.js", signalScript)
	for _, name := range []string{"HUP", "INT", "QUIT", "PIPE", "USR2", "ALRM", "TERM", "XCPU", "VTALRM"} {
		sig := syscallSignal(name)
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			got := runIgnoring(t, bin, script, name)
			want := outcome{code: -1, signal: sig, other: "child SIG" + name + " \nready\n"}
			if sig == syscall.SIGPIPE {
				want = outcome{code: -1, signal: syscall.SIGTERM, other: "child SIGPIPE \nyes|head y\ny\nready\n"}
			}
			if node != "" {
				want = runIgnoring(t, node, script, name)
			}
			if got.code != want.code || got.signal != want.signal || got.other != want.other {
				t.Errorf("jsproc: %v\nnode: %v", got, want)
			}
		})
	}
}
