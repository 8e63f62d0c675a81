package runtime_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/jsproc/jsproc/runtime"
)

// TestLazyGlobals checks that the globals a binding's module provides exist
// only when the runtime has the module, load it on first access only, and
// give way to a script's own assignment.
func TestLazyGlobals(t *testing.T) {
	script := `
const before = globalThis.loads;
const d = Object.getOwnPropertyDescriptor(globalThis, 'ReadableStream');
console.log(typeof ReadableStream, d ? d.enumerable : 'none', before);
if (typeof ReadableStream !== 'undefined') {
  console.log(ReadableStream, globalThis.loads, WritableStream, globalThis.loads);
  File = 'mine';
  console.log(File, typeof Blob);
}
`
	stub := runtime.JSModule("stream/web", "globalThis.loads = (globalThis.loads || 0) + 1;\n"+
		"module.exports = { ReadableStream: 'rs', WritableStream: 'ws' };", nil)
	blob := runtime.JSModule("internal/blob", "module.exports = { Blob: function Blob() {}, File: 'file' };", nil)
	cases := []struct {
		name    string
		modules []runtime.Module
		want    string
	}{
		{"without", nil, "undefined none undefined\n"},
		{"with", []runtime.Module{stub, blob}, "string false undefined\nrs 1 ws 1\nmine function\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &errOut, Modules: c.modules})
			if err != nil {
				t.Fatal(err)
			}
			code, err := rt.RunSource(context.Background(), "lazy.js", script)
			if err != nil || code != 0 {
				t.Fatalf("exit %d, %v: %s", code, err, errOut.String())
			}
			if got := out.String(); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
			if strings.Contains(errOut.String(), "Error") {
				t.Errorf("stderr: %s", errOut.String())
			}
		})
	}
}
