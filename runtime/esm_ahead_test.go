package runtime

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestCompileAheadESM checks that the ES modules of a graph, and the
// CommonJS files it imports, are compiled ahead and taken by the loader,
// that a module imported for its effects only is among them, and that a
// module changed after the link check runs as it was read.
func TestCompileAheadESM(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("main.mjs", "import { a } from './a.mjs';\nimport * as b from './b.mjs';\nimport './effect.mjs';\nimport c from './c.cjs';\nconsole.log(a, b.b, c, globalThis.effect);\n")
	write("a.mjs", "export { b as a } from './b.mjs';\n")
	write("b.mjs", "export const b = 'b';\n")
	write("effect.mjs", "globalThis.effect = 'effect';\n")
	write("c.cjs", "module.exports = 'c';\n")
	var out bytes.Buffer
	rt, err := New(Options{Stdout: &out})
	if err != nil {
		t.Fatal(err)
	}
	code, err := rt.RunFile(context.Background(), filepath.Join(dir, "main.mjs"))
	if err != nil || code != 0 {
		t.Fatalf("exit %d, %v", code, err)
	}
	if got, want := out.String(), "b b c effect\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if !canCompileAhead() {
		return
	}
	rt.ahead.mu.Lock()
	defer rt.ahead.mu.Unlock()
	for _, name := range []string{"main.mjs", "a.mjs", "b.mjs", "effect.mjs"} {
		if f := rt.ahead.files[esmAheadKey(filepath.Join(dir, name))]; f == nil || f.state != aheadTaken {
			t.Errorf("%s: not taken by the loader: %+v", name, f)
		}
	}
	if f := rt.ahead.files[filepath.Join(dir, "c.cjs")]; f == nil || f.state != aheadTaken {
		t.Errorf("c.cjs: not taken by the loader: %+v", f)
	}
}

// TestCompileAheadESMStale checks that a program compiled ahead from
// other code than the loader's is not used.
func TestCompileAheadESMStale(t *testing.T) {
	var a aheadFiles
	a.queueESM("/x.mjs", "(function () { return 1 })")
	drainAhead()
	if prg := a.takeESM("/x.mjs", "(function () { return 2 })"); prg != nil {
		t.Error("took a program compiled from other code")
	}
	// A file registered but not yet compiled (a worker of the pool could
	// start on a queued one at any time, so none is queued here) is taken
	// as nothing, and its compilation is then no longer wanted.
	f := a.register(esmAheadKey("/y.mjs"))
	if prg := a.takeESM("/y.mjs", "(function () { return 1 })"); prg != nil {
		t.Error("took a program no one compiled")
	}
	if a.queued(f) {
		t.Error("a file taken is still queued for compilation")
	}
}

func TestESMCodeEncoding(t *testing.T) {
	code := &esmCode{
		Code:    "(function () {\n\"use strict\"; return '\\n' })\n//# sourceMappingURL=data:x",
		Deps:    []string{"./a.js", "b"},
		TLA:     true,
		Imports: []importRef{{Spec: "b", Name: "x", Line: "import { x } from 'b'", Row: 1, Col: 10}},
		Exports: []string{"y"},
		Stars:   []string{"./a.js"},
		Attrs:   map[string]string{"./c.json": "json"},
	}
	s, err := encodeESMCode(code)
	if err != nil {
		t.Fatal(err)
	}
	got, err := decodeESMCode(s)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, code) {
		t.Errorf("got %+v, want %+v", got, code)
	}
	if _, err := decodeESMCode("{}"); err == nil {
		t.Error("decoded an entry with no code line")
	}
}

// TestFetchESMAhead checks that an ES module read ahead is handed to the
// link check once, compiled ahead, and dropped when its check has ended.
func TestFetchESMAhead(t *testing.T) {
	if !canCompileAhead() {
		t.Skip("one processor: nothing is read ahead")
	}
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.mjs"), filepath.Join(dir, "b.mjs")
	for _, f := range []string{a, b} {
		if err := os.WriteFile(f, []byte("export const x = 1;\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	a, b = realpath(a), realpath(b)
	var ahead aheadFiles
	ahead.fetchESM(a)
	drainAhead()
	if src, ok := ahead.fetchedSource(a); !ok || src != "export const x = 1;\n" {
		t.Errorf("fetched %q, %v", src, ok)
	}
	if _, ok := ahead.fetchedSource(a); ok {
		t.Error("a source read ahead was handed out twice")
	}
	code, err := esmCodeFor(a, "export const x = 1;\n")
	if err != nil {
		t.Fatal(err)
	}
	if prg := ahead.takeESM(a, code.Code); prg == nil {
		t.Error("a module read ahead was not compiled ahead")
	}
	ahead.fetchESM(b)
	ahead.endFetch()
	drainAhead()
	if _, ok := ahead.fetchedSource(b); ok {
		t.Error("a source read for a check that ended was handed out")
	}
}
