package childprocess_test

import (
	"testing"

	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/internal/jstest"
)

// BenchmarkSpawnSeq runs bench/spawn_seq.js: spawn('true') one after
// another. Its per-op figure is in the log (-v).
func BenchmarkSpawnSeq(b *testing.B) {
	jstest.BenchScript(b, "../../bench/spawn_seq.js", nodestd.All())
}

// BenchmarkExecSeq runs bench/exec_seq.js: exec('echo hi') one after
// another, through /bin/sh.
func BenchmarkExecSeq(b *testing.B) { jstest.BenchScript(b, "../../bench/exec_seq.js", nodestd.All()) }

// BenchmarkExecFileSeq runs bench/execfile_seq.js: execFile('echo',
// ['hi']) one after another.
func BenchmarkExecFileSeq(b *testing.B) {
	jstest.BenchScript(b, "../../bench/execfile_seq.js", nodestd.All())
}

// BenchmarkStreamThroughput runs bench/stream_throughput.js: 1 GiB from
// a child's stdout through 'data' events.
func BenchmarkStreamThroughput(b *testing.B) {
	jstest.BenchScript(b, "../../bench/stream_throughput.js", nodestd.All())
}

// BenchmarkStdinThroughput runs bench/stdin_throughput.js: 256 MiB
// written to `wc -c` in 64 KiB writes, honouring backpressure.
func BenchmarkStdinThroughput(b *testing.B) {
	jstest.BenchScript(b, "../../bench/stdin_throughput.js", nodestd.All())
}
