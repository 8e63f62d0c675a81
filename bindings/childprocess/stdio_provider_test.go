package childprocess_test

import (
	"bytes"
	"context"
	"os"
	"testing"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/bindings/childprocess"
	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/runtime"
)

// TestStdioProvidersPerRuntime: the options.stdio entries a provider
// serves belong to the runtimes whose child_process was assembled with
// it, not to every runtime of the Go process.
func TestStdioProvidersPerRuntime(t *testing.T) {
	var fds []int
	attached := 0
	devnull := func(rt *runtime.Runtime, fd int) (*os.File, func(*goja.Object, childprocess.Process) <-chan struct{}, func(), error) {
		fds = append(fds, fd)
		f, err := os.Open(os.DevNull)
		attach := func(*goja.Object, childprocess.Process) <-chan struct{} { attached++; return nil }
		return f, attach, nil, err
	}
	script := `
		const { spawn } = require('child_process');
		for (const entry of ['devnull', 'ipc']) {
			try {
				spawn('true', { stdio: ['ignore', 'ignore', 'ignore', entry] }).on('exit', (c) => console.log(entry, 'exit', c));
			} catch (e) { console.log(entry, e.code) }
		}`
	cases := []struct {
		name    string
		modules []runtime.Module
		want    string
	}{
		{"with the provider", childprocess.ModulesWithStdio(map[string]childprocess.StdioProvider{"devnull": devnull}),
			"ipc ERR_FEATURE_UNAVAILABLE_ON_PLATFORM\ndevnull exit 0\n"},
		{"without it", childprocess.Modules(),
			"devnull ERR_INVALID_SYNC_FORK_INPUT\nipc ERR_FEATURE_UNAVAILABLE_ON_PLATFORM\n"},
	}
	for _, c := range cases {
		var out bytes.Buffer
		rt, err := runtime.New(runtime.Options{Stdout: &out, Modules: append(nodestd.Modules(), c.modules...)})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := rt.RunSource(context.Background(), "main.js", script); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if out.String() != c.want {
			t.Errorf("%s: printed\n%s", c.name, out.String())
		}
	}
	if len(fds) != 1 || fds[0] != 3 || attached != 1 {
		t.Errorf("provider called for descriptors %v, attached %d times; want once, for 3", fds, attached)
	}
}
