package dgram_test

import (
	"context"
	"io"
	"os"
	"testing"

	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/runtime"
)

// BenchmarkPingPong runs bench/dgram_pingpong.js (b.N round trips of a
// 64-byte datagram between two sockets of one runtime).
func BenchmarkPingPong(b *testing.B) {
	src, err := os.ReadFile("../../bench/dgram_pingpong.js")
	if err != nil {
		b.Fatal(err)
	}
	rt, err := runtime.New(runtime.Options{
		Stdout: io.Discard, Stderr: os.Stderr, Modules: nodestd.Modules(),
		Env: []string{"DGRAM_ROUNDS=" + itoa(b.N)},
	})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	if code, err := rt.RunSource(context.Background(), "dgram_pingpong.js", string(src)); err != nil || code != 0 {
		b.Fatalf("code %d, err %v", code, err)
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
