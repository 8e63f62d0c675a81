package childprocess_test

import (
	"bytes"
	"context"
	"io"
	goruntime "runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jsproc/jsproc/bindings/childprocess"
	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/internal/leakcheck"
	"github.com/jsproc/jsproc/runtime"
)

// fakePipe is one end of a fake child's stdio.
type fakePipe struct {
	r       io.Reader
	w       io.Writer
	onClose func()
}

func (p *fakePipe) Read(b []byte) (int, error) {
	if p.r == nil {
		return 0, io.EOF
	}
	return p.r.Read(b)
}

func (p *fakePipe) Write(b []byte) (int, error) {
	if p.w == nil {
		return 0, syscall.EPIPE
	}
	return p.w.Write(b)
}

func (p *fakePipe) Close() error {
	if p.onClose != nil {
		p.onClose()
		p.onClose = nil
	}
	return nil
}

// fakeProcess prints a fixed stdout, records its stdin and, like a real
// filter, exits with code once its stdin is closed.
type fakeProcess struct {
	stdout   string
	code     int
	stdin    *bytes.Buffer
	mu       sync.Mutex
	req      *childprocess.SpawnRequest
	stdinEOF chan struct{}
	eofOnce  sync.Once
}

func (f *fakeProcess) Pid() int { return 4242 }

func (f *fakeProcess) Pipe(fd int) childprocess.Pipe {
	if fd >= len(f.req.Stdio) || f.req.Stdio[fd].Kind != childprocess.StdioPipe {
		return nil
	}
	switch fd {
	case 0:
		return &fakePipe{w: lockedWriter{&f.mu, f.stdin}, onClose: func() { f.eofOnce.Do(func() { close(f.stdinEOF) }) }}
	case 1:
		return &fakePipe{r: strings.NewReader(f.stdout)}
	}
	return &fakePipe{}
}

func (f *fakeProcess) Signal(syscall.Signal) error { return nil }

func (f *fakeProcess) Wait() (childprocess.ExitStatus, error) {
	if f.req.Stdio[0].Kind == childprocess.StdioPipe {
		select {
		case <-f.stdinEOF:
		case <-time.After(5 * time.Second):
		}
	}
	return childprocess.ExitStatus{Code: f.code}, nil
}

type lockedWriter struct {
	mu *sync.Mutex
	w  io.Writer
}

func (l lockedWriter) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(b)
}

func runScript(t *testing.T, ctx context.Context, opts runtime.Options, src string) (string, int, error) {
	t.Helper()
	opts.Dir = t.TempDir()
	return runScriptQuiet(ctx, opts, src)
}

// runScriptQuiet runs src with all core modules and returns its output
// (stdout and stderr together); it is safe from many goroutines.
func runScriptQuiet(ctx context.Context, opts runtime.Options, src string) (string, int, error) {
	var out bytes.Buffer
	opts.Stdout = &out
	opts.Stderr = &out
	opts.Stdin = strings.NewReader("")
	opts.Modules = nodestd.All()
	rt, err := runtime.New(opts)
	if err != nil {
		return "", 1, err
	}
	code, err := rt.RunSource(ctx, "main.js", src)
	return out.String(), code, err
}

// TestFakeProcessHandler replaces every start with a fake process: the
// script sees its stdout, its exit code and 'close' as from a real one.
func TestFakeProcessHandler(t *testing.T) {
	var seen []string
	fake := &fakeProcess{stdout: "fake output\n", code: 3, stdin: &bytes.Buffer{}, stdinEOF: make(chan struct{})}
	var opts runtime.Options
	childprocess.WithHandlers(&opts,
		func(ctx context.Context, req *childprocess.SpawnRequest, next childprocess.SpawnFunc) (childprocess.Process, error) {
			seen = append(seen, "audit "+strings.Join(req.Args, " "))
			return next(ctx, req)
		},
		func(ctx context.Context, req *childprocess.SpawnRequest, next childprocess.SpawnFunc) (childprocess.Process, error) {
			if req.File == "forbidden" {
				return nil, syscall.EACCES
			}
			fake.req = req
			return fake, nil
		})
	src := `
const cp = require('child_process');
const c = cp.spawn('anything', ['x']);
let out = '';
c.stdout.on('data', (d) => (out += d));
c.stdin.end('to fake stdin');
c.on('exit', (code) => console.log('exit', code, c.pid));
c.on('close', (code) => {
  console.log('close', code, JSON.stringify(out));
  const r = cp.spawnSync('anything', { encoding: 'utf8' });
  console.log('sync', r.status, JSON.stringify(r.stdout));
  cp.spawn('forbidden').on('error', (e) => console.log('error', e.code, e.syscall));
});
`
	out, code, err := runScript(t, context.Background(), opts, src)
	if err != nil || code != 0 {
		t.Fatalf("run: code %d err %v\n%s", code, err, out)
	}
	want := "exit 3 4242\nclose 3 \"fake output\\n\"\nsync 3 \"fake output\\n\"\nerror EACCES spawn forbidden\n"
	if out != want {
		t.Errorf("script output:\n%s\nwant:\n%s", out, want)
	}
	if got := fake.stdin.String(); got != "to fake stdin" {
		t.Errorf("fake stdin got %q", got)
	}
	if len(seen) != 3 || seen[0] != "audit anything x" {
		t.Errorf("audit handler saw %q", seen)
	}
}

// settle waits until the goroutine count is back to base.
func settle(base int) int {
	n := goruntime.NumGoroutine()
	for i := 0; i < 200 && n > base; i++ {
		time.Sleep(10 * time.Millisecond)
		n = goruntime.NumGoroutine()
	}
	return n
}

// TestNoLeaks runs scripts that exit normally, kill, time out, abort and
// get cancelled; afterwards goroutines, open files and children are back
// where they were.
func TestNoLeaks(t *testing.T) {
	baseG := goruntime.NumGoroutine()
	baseFD := leakcheck.OpenFDs()
	scripts := []string{
		`const cp = require('child_process');
		 cp.exec('echo hi; echo err >&2', (e, o) => console.log(o));
		 const k = cp.spawn('sleep', ['10']); k.on('exit', () => {}); k.kill();
		 cp.spawn('sleep', ['10'], { timeout: 50 }).on('exit', () => {});
		 const ac = new AbortController(); cp.spawn('sleep', ['10'], { signal: ac.signal }).on('error', () => {}); ac.abort();
		 cp.spawnSync('sh', ['-c', 'yes | head -c 100000']);
		 cp.execFile('cat', (e, o) => console.log(o)).stdin.end('in');
		 try { cp.execSync('sleep 5', { timeout: 50 }); } catch (e) {}`,
		`const cp = require('child_process');
		 const c = cp.spawn('yes'); c.stdout.once('data', () => c.stdout.destroy());`,
		`const cp = require('child_process');
		 cp.spawn('no-such-binary').on('error', () => {});
		 cp.spawnSync('no-such-binary');`,
	}
	for _, src := range scripts {
		out, code, err := runScript(t, context.Background(), runtime.Options{}, src)
		if err != nil || code != 0 {
			t.Fatalf("code %d err %v\n%s", code, err, out)
		}
	}
	// A cancelled run: children (one ignoring SIGTERM, one whose grandchild
	// holds the pipe) are killed and reaped before Run returns.
	var opts runtime.Options
	childprocess.WithKillGrace(&opts, 200*time.Millisecond)
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, _, err := runScript(t, ctx, opts, `const cp = require('child_process');
		cp.spawn('sh', ['-c', 'trap "" TERM; exec sleep 30']).stdout.on('data', () => {});
		cp.spawn('sh', ['-c', 'sleep 2 & exec sleep 30']).stdout.on('data', () => {});
		setInterval(() => {}, 1000);`)
	if err == nil {
		t.Errorf("cancelled run returned no error")
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("cancelled run took %v", d)
	}
	checkBaseline(t, baseG, baseFD)
}

// checkBaseline fails when children, goroutines or open descriptors are
// left above where a test started.
func checkBaseline(t *testing.T, baseG, baseFD int) {
	t.Helper()
	if kids := leakcheck.Children(); len(kids) != 0 {
		t.Errorf("children left: %q", kids)
	}
	if n := settle(baseG); n > baseG {
		buf := make([]byte, 1<<16)
		t.Errorf("goroutines: %d, baseline %d\n%s", n, baseG, buf[:goruntime.Stack(buf, true)])
	}
	if n := leakcheck.OpenFDs(); n > baseFD {
		t.Errorf("open fds: %d, baseline %d: %v", n, baseFD, fdTargets())
	}
}

// TestExitLeavesChildRunning: a script that ends while an unref'd child
// runs leaves it running, as node does; it is reaped when it ends.
func TestExitLeavesChildRunning(t *testing.T) {
	out, code, err := runScript(t, context.Background(), runtime.Options{}, `
const c = require('child_process').spawn('sleep', ['2'], { stdio: 'ignore' });
c.unref();
console.log(typeof c.pid);`)
	if err != nil || code != 0 || out != "number\n" {
		t.Fatalf("code %d err %v out %q", code, err, out)
	}
	if kids := leakcheck.Children(); len(kids) != 1 {
		t.Errorf("want the sleep still running, children: %q", kids)
	}
	deadline := time.Now().Add(15 * time.Second)
	for len(leakcheck.Children()) != 0 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if kids := leakcheck.Children(); len(kids) != 0 {
		t.Errorf("child not reaped: %q", kids)
	}
}
