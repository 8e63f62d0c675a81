package readline_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/internal/jstest"
	"github.com/jsproc/jsproc/runtime"
)

// runBench runs a benchmark script in-process, for go tool pprof;
// JSPROC_JSPROFILE=file also writes a profile of the JS functions.
func runBench(b *testing.B, script string) {
	script, err := filepath.Abs(script)
	if err != nil {
		b.Fatal(err)
	}
	defer jstest.JSProfile(b)()
	for i := 0; i < b.N; i++ {
		var out, errOut bytes.Buffer
		rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &errOut, Modules: nodestd.All()})
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

// BenchmarkLines runs bench/lines.js: 2,000,000 lines from a child's
// stdout through readline's 'line' events.
func BenchmarkLines(b *testing.B) { runBench(b, "../../bench/lines.js") }

// BenchmarkLinesAwait runs bench/lines_await.js: the same lines through
// for await.
func BenchmarkLinesAwait(b *testing.B) { runBench(b, "../../bench/lines_await.js") }

// BenchmarkScript runs the script JSPROC_BENCH_SCRIPT names.
func BenchmarkScript(b *testing.B) {
	s := os.Getenv("JSPROC_BENCH_SCRIPT")
	if s == "" {
		b.Skip("JSPROC_BENCH_SCRIPT not set")
	}
	runBench(b, s)
}
