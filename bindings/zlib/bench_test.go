package zlib_test

import (
	"testing"

	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/internal/jstest"
)

// benchScript runs one of the bench/zlib_*.js scripts in-process.
func benchScript(b *testing.B, name string) {
	jstest.BenchScript(b, "../../bench/"+name, nodestd.All())
}

// BenchmarkGzipGunzip streams 256 MiB through createGzip then createGunzip.
func BenchmarkGzipGunzip(b *testing.B) { benchScript(b, "zlib_pipe.js") }

// BenchmarkGzip streams 256 MiB through createGzip.
func BenchmarkGzip(b *testing.B) { benchScript(b, "zlib_gzip.js") }

// BenchmarkGunzip streams a gzip of 256 MiB through createGunzip.
func BenchmarkGunzip(b *testing.B) { benchScript(b, "zlib_gunzip.js") }
