package http_test

import (
	"testing"

	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/internal/jstest"
)

// BenchmarkH2 runs bench/h2_bench.js (an h2c server and its client in one
// process) in-process, for go tool pprof.
func BenchmarkH2(b *testing.B) {
	jstest.BenchScript(b, "../../bench/h2_bench.js", nodestd.Modules())
}
