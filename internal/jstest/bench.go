package jstest

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"

	"github.com/jsproc/jsproc/runtime"
)

// BenchScript runs a benchmark script in-process b.N times with modules,
// for go tool pprof, and logs its output; JSPROC_JSPROFILE=file also
// writes a profile of the JS functions. script is relative to the
// package directory (for example "../../bench/lines.js").
func BenchScript(b *testing.B, script string, modules []runtime.Module) {
	b.Helper()
	script, err := filepath.Abs(script)
	if err != nil {
		b.Fatal(err)
	}
	defer JSProfile(b)()
	for i := 0; i < b.N; i++ {
		var out, errOut bytes.Buffer
		rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &errOut, Modules: modules})
		if err != nil {
			b.Fatal(err)
		}
		code, err := rt.RunFile(context.Background(), script)
		if err != nil || code != 0 {
			b.Fatalf("exit %d, %v: %s", code, err, errOut.String())
		}
		b.Log(out.String())
	}
}
