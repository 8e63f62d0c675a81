package crypto_test

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"

	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/internal/jstest"
	"github.com/jsproc/jsproc/runtime"
)

// BenchmarkSHA256Throughput runs bench/sha256_throughput.js (1 GiB from a
// child's stdout piped into createHash('sha256')) in-process, for go tool
// pprof; JSPROC_JSPROFILE=file also writes a profile of the JS functions.
func BenchmarkSHA256Throughput(b *testing.B) {
	script, err := filepath.Abs("../../bench/sha256_throughput.js")
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
