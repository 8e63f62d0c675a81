// Package zlib provides Node's zlib module: deflate, inflate, gzip,
// gunzip, raw deflate, unzip and brotli as Transform streams, callbacks,
// promisifiable functions and sync functions, with Node's options,
// constants, errors and crc32.
//
// The JavaScript layer (js/zlib.js) is Node's stream machinery over a
// native handle: each step hands the engine an input window and an output
// window, and reports how much of each is left, as zlib's own
// deflate()/inflate() calls do, so 'data' chunks, chunkSize, flushes and
// backpressure follow Node. A stream's written chunk is processed by node's
// write loop kept in Go (step.go): each step runs off the loop, one at a
// time per stream and in order, and its output comes back in a macrotask
// of its own as a Buffer over the output window, which the stream pushes;
// the next step follows at once, or when the reader wants more.
//
// # Compressed bytes
//
// Deflate bodies come from github.com/klauspost/compress/flate and brotli
// from github.com/andybalholm/brotli, not from zlib 1.x and Google's
// brotli as in node: the compressed bytes differ from node's (and their
// size somewhat), while every stream is valid and decompresses to the same
// data anywhere. Headers, trailers and checksums are written as zlib
// writes them. Deflate bodies are inflated by the package's own decoder
// (decoder.go), which accepts and rejects what zlib does; decompression
// gives node's results byte for byte, with zlib's error messages for
// damaged input.
//
// One difference in timing remains: the deflate decoder hands out a
// block's output when the block is complete (or its 32 KiB window fills),
// where zlib hands out every byte it can. A stream fed a deflate block a
// piece at a time therefore emits that block's data later than node does
// (same bytes, same order), and decoding input cut off inside a block with
// finishFlush: Z_SYNC_FLUSH yields the data up to the last complete block
// rather than up to the cut.
//
// # Goroutines
//
// A compressing stream's async step runs on a goroutine of its own. A
// decompressing stream runs its decoder on one goroutine for its life,
// decoding at most 64 KiB ahead of what the script has been handed (so a
// small input that inflates to a lot still waits for its reader), and
// straight into the output window of a write in progress; that goroutine
// ends when the stream ends, is closed, or the runtime closes. A pending
// write does not keep the loop alive beyond what node's would. The sync
// forms (gunzipSync, ...) run all their steps in one native call, with
// output windows that grow from chunkSize.
package zlib

import (
	_ "embed"
	"hash/crc32"
	"sync"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

var (
	//go:embed js/zlib.js
	zlibSource string
	//go:embed js/constants.js
	constantsSource string
	//go:embed js/compression.js
	compressionSource string
)

var modules = []runtime.Module{
	runtime.JSModule("internal/zlib/constants", constantsSource, nil),
	runtime.JSModule("zlib", zlibSource, bindingFor),
	runtime.JSModule("internal/webstreams/compression", compressionSource, nil),
}

// Modules returns the zlib module and the module behind the
// CompressionStream and DecompressionStream of stream/web.
func Modules() []runtime.Module { return modules }

// binding is one Runtime's zlib natives and its open handles.
type binding struct {
	rt   *runtime.Runtime
	obj  *goja.Object
	mu   sync.Mutex
	open map[*handle]struct{}

	// Loop goroutine only: what view makes Buffers with, once looked up.
	u8         goja.Constructor
	bufferCtor *goja.Object
}

var (
	bindingsMu sync.Mutex
	bindings   = map[*runtime.Runtime]*binding{}
)

// bindingFor returns the Runtime's zlib binding, creating it (and the
// cleanup that closes its handles) on first use. Loop goroutine only.
func bindingFor(rt *runtime.Runtime, _ string) (goja.Value, error) {
	bindingsMu.Lock()
	b, ok := bindings[rt]
	bindingsMu.Unlock()
	if ok {
		return b.obj, nil
	}
	b = &binding{rt: rt, open: map[*handle]struct{}{}}
	o := rt.VM().NewObject()
	o.Set("create", b.newHandle)
	o.Set("crc32", func(data goja.Value, value uint32) uint32 {
		p, _ := rt.Bytes(data)
		return crc32.Update(value, crc32.IEEETable, p)
	})
	b.obj = o
	bindingsMu.Lock()
	bindings[rt] = b
	bindingsMu.Unlock()
	rt.OnClose(func() {
		b.mu.Lock()
		hs := make([]*handle, 0, len(b.open))
		for h := range b.open {
			hs = append(hs, h)
		}
		b.open = map[*handle]struct{}{}
		b.mu.Unlock()
		for _, h := range hs {
			h.shut()
		}
		bindingsMu.Lock()
		delete(bindings, rt)
		bindingsMu.Unlock()
	})
	return o, nil
}

func (b *binding) track(h *handle) {
	b.mu.Lock()
	b.open[h] = struct{}{}
	b.mu.Unlock()
}

func (b *binding) untrack(h *handle) {
	b.mu.Lock()
	delete(b.open, h)
	b.mu.Unlock()
}
