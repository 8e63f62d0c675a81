package web_test

import (
	"context"
	"io"
	"testing"

	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/runtime"
)

// BenchmarkStartEmpty measures creating a runtime with the CLI's modules
// and running an empty script, to keep the web globals' cost in view.
func BenchmarkStartEmpty(b *testing.B) {
	b.ReportAllocs()
	mods := nodestd.All()
	for i := 0; i < b.N; i++ {
		rt, err := runtime.New(runtime.Options{Stdout: io.Discard, Stderr: io.Discard, Modules: mods})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := rt.RunSource(context.Background(), "empty.js", ""); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFirstReadableStream measures a runtime's first use of the web
// streams: loading stream/web and making one ReadableStream.
func BenchmarkFirstReadableStream(b *testing.B) {
	mods := nodestd.All()
	for i := 0; i < b.N; i++ {
		rt, err := runtime.New(runtime.Options{Stdout: io.Discard, Stderr: io.Discard, Modules: mods})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := rt.RunSource(context.Background(), "first.js", "new ReadableStream()"); err != nil {
			b.Fatal(err)
		}
	}
}
