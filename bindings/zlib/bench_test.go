package zlib_test

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"

	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/internal/jstest"
	"github.com/jsproc/jsproc/runtime"
)

// benchScript runs one of the bench/zlib_*.js scripts in-process, for go
// tool pprof; JSPROC_JSPROFILE=file also profiles the JS functions.
func benchScript(b *testing.B, name string) {
	script, err := filepath.Abs("../../bench/" + name)
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

// BenchmarkGzipGunzip streams 256 MiB through createGzip then createGunzip.
func BenchmarkGzipGunzip(b *testing.B) { benchScript(b, "zlib_pipe.js") }

// BenchmarkGzip streams 256 MiB through createGzip.
func BenchmarkGzip(b *testing.B) { benchScript(b, "zlib_gzip.js") }

// BenchmarkGunzip streams a gzip of 256 MiB through createGunzip.
func BenchmarkGunzip(b *testing.B) { benchScript(b, "zlib_gunzip.js") }
