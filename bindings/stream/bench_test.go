package stream_test

import (
	"testing"

	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/internal/jstest"
)

// BenchmarkTransformThroughput runs bench/transform_throughput.js (100 MiB
// through Readable → Transform → Writable) in-process, for go tool pprof;
// JSPROC_JSPROFILE=file also writes a profile of the JS functions.
func BenchmarkTransformThroughput(b *testing.B) {
	jstest.BenchScript(b, "../../bench/transform_throughput.js", nodestd.All())
}
