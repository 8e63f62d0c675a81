package atomics_test

import (
	"testing"

	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/internal/jstest"
)

// BenchmarkAtomicsOps runs bench/atomics_ops.js in-process, for pprof.
func BenchmarkAtomicsOps(b *testing.B) {
	jstest.BenchScript(b, "../../bench/atomics_ops.js", nodestd.Modules())
}
