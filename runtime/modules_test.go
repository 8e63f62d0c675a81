package runtime_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/internal/jstest"
)

// TestModulesCorpus runs the CommonJS, ES module and TypeScript scripts
// under jsproc and compares them with node's recorded output.
func TestModulesCorpus(t *testing.T) {
	jstest.Corpus(t, "testdata/modules")
}

// runJsproc runs the jsproc binary on file in dir and returns stdout,
// stderr and the exit code.
func runJsproc(t *testing.T, dir string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(jstest.Binary(t), args...)
	cmd.Dir = dir
	cmd.Env = jstest.Env()
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return stdout.String(), stderr.String(), code
}

// TestErrorPositions checks that thrown errors and syntax errors in
// transformed files (TypeScript, ES modules) are reported at the original
// file's line, through the source map.
func TestErrorPositions(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"throw.ts":   "interface A { x: number }\ntype B = A[];\n\nfunction f(a: A): never {\n  throw new Error('from ts ' + a.x);\n}\nf({ x: 1 });\n",
		"syntax.ts":  "const a: number = 1;\nenum E { X }\nconst b = ;\n",
		"throw.mjs":  "import { EventEmitter } from 'events';\n\nconst e: any = 1;\n",
		"real.mjs":   "import { EventEmitter } from 'events';\nnew EventEmitter();\n\n\nthrow new TypeError('from mjs');\n",
		"late.mts":   "const wait = (ms: number) => new Promise(r => setTimeout(r, ms));\nawait wait(1);\n\nthrow new RangeError('after await');\n",
		"syntax.mjs": "export const a = 1;\n\nlet b = (;\n",
	}
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cases := []struct {
		file, want, msg string
	}{
		{"throw.ts", "throw.ts:5", "Error: from ts 1"},
		{"syntax.ts", "syntax.ts:3", "SyntaxError"},
		{"throw.mjs", "throw.mjs:3", "SyntaxError"}, // type annotation in a .mjs
		{"real.mjs", "real.mjs:5", "TypeError: from mjs"},
		{"late.mts", "late.mts:4", "RangeError: after await"},
		{"syntax.mjs", "syntax.mjs:3", "SyntaxError"},
	}
	for _, c := range cases {
		_, stderr, code := runJsproc(t, dir, c.file)
		if code != 1 {
			t.Errorf("%s: exit code %d, want 1\n%s", c.file, code, stderr)
		}
		if !strings.Contains(stderr, c.want) || !strings.Contains(stderr, c.msg) {
			t.Errorf("%s: stderr does not name %q with %q:\n%s", c.file, c.want, c.msg, stderr)
		}
	}
}

// TestLoweredSyntax checks each syntax gojaSupported marks as missing: goja
// really rejects it, and jsproc runs it after esbuild lowers it, in plain
// CommonJS .js files too.
func TestLoweredSyntax(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"async-generator", "async function* g() { yield 1; yield 2; }\nconst it = g(); it.next().then(r => console.log(r.value));\n", "1\n"},
		{"for-await", "(async () => { for await (const x of [Promise.resolve('a'), 'b']) console.log(x); })();\n", "a\nb\n"},
		{"decorators", "function tag(c, ctx) { c.tagged = ctx.name; }\n@tag class K {}\nconsole.log(K.tagged);\n", "K\n"},
		{"using", "{ using r = { [Symbol.dispose]() { console.log('disposed'); } }; console.log('in'); }\n", "in\ndisposed\n"},
	}
	dir := t.TempDir()
	for _, c := range cases {
		if _, err := goja.Compile(c.name, c.src, false); err == nil {
			t.Errorf("%s: goja now parses it; mark it supported in gojaSupported", c.name)
		}
		file := c.name + ".js"
		if err := os.WriteFile(filepath.Join(dir, file), []byte(c.src), 0o644); err != nil {
			t.Fatal(err)
		}
		stdout, stderr, code := runJsproc(t, dir, file)
		if code != 0 || stdout != c.want {
			t.Errorf("%s: exit %d, stdout %q, want %q\n%s", c.name, code, stdout, c.want, stderr)
		}
	}
}
