package childprocess_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"syscall"

	"github.com/jsproc/jsproc/bindings/childprocess"
	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/runtime"
)

// Only programs on an allow-list may run; anything else is refused with
// Node's permission error before it starts.
func ExampleRunPolicy() {
	var out bytes.Buffer
	opts := runtime.Options{Stdout: &out, Modules: nodestd.All()}
	childprocess.WithHandlers(&opts, childprocess.NewRunPolicy([]string{"echo"}, nil).Handler())
	rt, _ := runtime.New(opts)
	_, _ = rt.RunSource(context.Background(), "main.js", `
		const { execFileSync } = require('child_process');
		console.log(execFileSync('echo', ['hello'], { encoding: 'utf8' }).trim());
		try { execFileSync('rm', ['-rf', '/tmp/x']); } catch (e) { console.log(e.code, e.resource); }`)
	fmt.Print(out.String())
	// Output:
	// hello
	// ERR_ACCESS_DENIED rm
}

// fakeGit stands in for git in a test: it prints a fixed log line.
type fakeGit struct{ stdout io.Reader }

func (f *fakeGit) Pid() int { return 1234 }
func (f *fakeGit) Pipe(fd int) childprocess.Pipe {
	if fd == 1 {
		return struct {
			io.Reader
			io.Writer
			io.Closer
		}{f.stdout, io.Discard, io.NopCloser(nil)}
	}
	return nil
}
func (f *fakeGit) Signal(syscall.Signal) error { return nil }
func (f *fakeGit) Wait() (childprocess.ExitStatus, error) {
	return childprocess.ExitStatus{Code: 0}, nil
}

// A handler fakes a process in a test: the script sees its output, exit
// code and 'close' as from a real git.
func ExampleWithHandlers_fake() {
	var out bytes.Buffer
	opts := runtime.Options{Stdout: &out, Modules: nodestd.All()}
	childprocess.WithHandlers(&opts, func(ctx context.Context, req *childprocess.SpawnRequest, next childprocess.SpawnFunc) (childprocess.Process, error) {
		if req.File != "git" {
			return nil, errors.New("only git is faked here")
		}
		return &fakeGit{stdout: strings.NewReader("abc123 first commit\n")}, nil
	})
	rt, _ := runtime.New(opts)
	_, _ = rt.RunSource(context.Background(), "main.js", `
		const { execFile } = require('child_process');
		execFile('git', ['log', '--oneline'], (err, stdout) => console.log(err, JSON.stringify(stdout)));`)
	fmt.Print(out.String())
	// Output: null "abc123 first commit\n"
}
