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

// TestLazyMethods checks that the locale-sensitive built-ins are stand-ins
// that load the module behind Intl on their first call only, then give way
// to the module's functions, and that they stay the engine's own without
// that module.
func TestLazyMethods(t *testing.T) {
	script := `
const stand = Number.prototype.toLocaleString;
console.log(globalThis.loads, stand.name, stand.length, String.prototype.localeCompare.length);
console.log((5).toLocaleString(), globalThis.loads, 'a'.localeCompare('b'), globalThis.loads);
console.log(Number.prototype.toLocaleString === stand, (6).toLocaleString(), globalThis.loads);
`
	stub := runtime.JSModule("internal/intl", "globalThis.loads = (globalThis.loads || 0) + 1;\n"+
		"module.exports = { Intl: {}, methods: {\n"+
		"  'Number.toLocaleString': function toLocaleString(l) { return 'n' + this + (l || ''); },\n"+
		"  'String.localeCompare': function localeCompare(o) { return this < o ? -2 : 2; } } };", nil)
	cases := []struct {
		name    string
		modules []runtime.Module
		want    string
	}{
		{"without", nil, "undefined toLocaleString 0 1\n5 undefined -1 undefined\ntrue 6 undefined\n"},
		{"with", []runtime.Module{stub}, "undefined toLocaleString 0 1\nn5 1 -2 1\nfalse n6 1\n"},
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
		})
	}
}
