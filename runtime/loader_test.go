package runtime_test

import (
	"bytes"
	"context"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/internal/jstest"
	"github.com/jsproc/jsproc/runtime"
)

// TestLoaderCorpus runs the module loader scripts (package "exports" and
// "imports", self-reference, CommonJS named exports, resolution errors)
// under jsproc and compares them with node's recorded output. The fixture
// packages live in testdata/loader/node_modules.
func TestLoaderCorpus(t *testing.T) {
	jstest.Corpus(t, "testdata/loader")
}

// TestRequireFor checks the require function module.createRequire builds
// on: it resolves from the given file (node_modules, "imports" and the
// package's own name) and shares the module cache.
func TestRequireFor(t *testing.T) {
	dir, err := filepath.Abs("testdata/loader")
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	setup := func(rt *runtime.Runtime) error {
		rt.VM().Set("dir", dir)
		rt.VM().Set("requireFor", func(f string) goja.Value { return rt.RequireFor(f) })
		return nil
	}
	rt, err := runtime.New(runtime.Options{Stdout: &out, Setup: []func(*runtime.Runtime) error{setup}})
	if err != nil {
		t.Fatal(err)
	}
	code, err := rt.RunSource(context.Background(), filepath.Join(dir, "main.js"), `
		const req = requireFor(dir + '/x.js');
		const fromDir = requireFor(dir + '/');
		console.log(req('exp-sugar'), req('#util').name, req('loader-fixture'), fromDir('./_lib/cond.cjs'));
		console.log(req.resolve('#cond').slice(dir.length), req.cache === require.cache);
		try { req('./nope'); } catch (e) { console.log(e.code, e.message.split('\n')[0]); }
	`)
	if err != nil || code != 0 {
		t.Fatalf("exit %d, %v", code, err)
	}
	want := "exp-sugar/main.js util self.cjs cond.cjs\n/_lib/cond.cjs true\nMODULE_NOT_FOUND Cannot find module './nope'\n"
	if out.String() != want {
		t.Errorf("got %q, want %q", out.String(), want)
	}
}

// TestEvalModuleSyntax checks -e and standard input code against node:
// module syntax runs as an ES module named [eval1], other code as
// CommonJS, and -p refuses ES module input.
func TestEvalModuleSyntax(t *testing.T) {
	node := jstest.NodePath(t)
	if node == "" {
		t.Skip("node is not installed")
	}
	dir, err := filepath.Abs("testdata/loader")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		args  []string
		stdin string
	}{
		{[]string{"-e", "import cond from '#cond'; console.log(cond, import.meta.url.endsWith('/loader/[eval1]'), typeof require)"}, ""},
		{[]string{"-e", "console.log(await Promise.resolve('tla'))"}, ""},
		{[]string{"-e", "console.log(typeof require, require('#util').name)"}, ""},
		{[]string{"-e", "const o = { import: 1, export: 2 }; console.log(o.import + o.export)"}, ""},
		{[]string{"-p", "import fs from 'fs'"}, ""},
		{[]string{"-"}, "import dep from '#dep'; console.log(dep, import.meta.filename.endsWith('[eval1]'))\n"},
		{[]string{"-"}, "console.log(typeof module, require('loader-fixture'))\n"},
	}
	for _, c := range cases {
		run := func(bin string) (string, int) {
			cmd := exec.Command(bin, c.args...)
			cmd.Dir = dir
			cmd.Env = jstest.Env()
			cmd.Stdin = strings.NewReader(c.stdin)
			out, err := cmd.Output()
			code := 0
			if ee, ok := err.(*exec.ExitError); ok {
				code = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			return string(out), code
		}
		want, wantCode := run(node)
		got, gotCode := run(jstest.Binary(t))
		if got != want || gotCode != wantCode {
			t.Errorf("%q %q: jsproc gives %q (exit %d), node %q (exit %d)", c.args, c.stdin, got, gotCode, want, wantCode)
		}
	}
}
