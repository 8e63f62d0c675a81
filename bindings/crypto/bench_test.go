package crypto_test

import (
	"testing"

	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/internal/jstest"
)

// BenchmarkSHA256Throughput runs bench/sha256_throughput.js (1 GiB from a
// child's stdout piped into createHash('sha256')) in-process, for go tool
// pprof; JSPROC_JSPROFILE=file also writes a profile of the JS functions.
func BenchmarkSHA256Throughput(b *testing.B) {
	jstest.BenchScript(b, "../../bench/sha256_throughput.js", nodestd.All())
}
