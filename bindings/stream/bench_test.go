package stream_test

import (
	"bytes"
	"context"
	"github.com/jsproc/jsproc/internal/jstest"
	"path/filepath"
	"testing"

	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/runtime"
)

// BenchmarkTransformThroughput runs bench/transform_throughput.js (100 MiB
// through Readable → Transform → Writable) in-process, for go tool pprof;
// JSPROC_JSPROFILE=file also writes a profile of the JS functions.
func BenchmarkTransformThroughput(b *testing.B) {
	script, err := filepath.Abs("../../bench/transform_throughput.js")
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
