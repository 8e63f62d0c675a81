package readline_test

import (
	"os"
	"testing"

	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/internal/jstest"
)

// BenchmarkLines runs bench/lines.js: 2,000,000 lines from a child's
// stdout through readline's 'line' events.
func BenchmarkLines(b *testing.B) { jstest.BenchScript(b, "../../bench/lines.js", nodestd.All()) }

// BenchmarkLinesAwait runs bench/lines_await.js: the same lines through
// for await.
func BenchmarkLinesAwait(b *testing.B) {
	jstest.BenchScript(b, "../../bench/lines_await.js", nodestd.All())
}

// BenchmarkScript runs the script JSPROC_BENCH_SCRIPT names.
func BenchmarkScript(b *testing.B) {
	s := os.Getenv("JSPROC_BENCH_SCRIPT")
	if s == "" {
		b.Skip("JSPROC_BENCH_SCRIPT not set")
	}
	jstest.BenchScript(b, s, nodestd.All())
}
