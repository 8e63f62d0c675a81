package zlib_test

import (
	"bytes"
	"context"
	goruntime "runtime"
	"strings"
	"testing"
	"time"

	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/runtime"
)

// run runs src in a fresh runtime in this process and returns its stdout.
func run(t *testing.T, ctx context.Context, src string) (string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &errOut, Modules: nodestd.Modules()})
	if err != nil {
		t.Fatal(err)
	}
	code, err := rt.RunSource(ctx, "test.js", src)
	if err == nil && code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	return out.String(), err
}

// TestAsyncInProcess drives the goroutine paths (async steps, decoder
// goroutines, close during a write) inside the test binary, so that
// `go test -race` sees them.
func TestAsyncInProcess(t *testing.T) {
	out, err := run(t, context.Background(), `
		const zlib = require('zlib');
		const data = Buffer.alloc(1 << 20, 'abcdefgh');
		const g = zlib.createGzip(), u = zlib.createGunzip({ chunkSize: 1024 });
		let n = 0;
		g.pipe(u).on('data', (d) => { n += d.length; }).on('end', () => {
			console.log('stream', n);
			zlib.brotliCompress(data.subarray(0, 100000), (err, z) => {
				zlib.brotliDecompress(z, (err, b) => console.log('brotli', err, b.length));
			});
		});
		for (let i = 0; i < data.length; i += 100000) g.write(data.subarray(i, i + 100000));
		g.end();
		const c = zlib.createInflate();
		c.write(zlib.deflateSync(data).subarray(0, 5000));
		c.close(() => console.log('closed mid-stream'));
		zlib.inflate(Buffer.from('bad'), (err) => console.log(err.code));`)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"stream 1048576", "brotli null 100000", "closed mid-stream", "Z_DATA_ERROR"} {
		if !strings.Contains(out, want) {
			t.Errorf("output %q lacks %q", out, want)
		}
	}
}

// TestNoGoroutineLeaks: streams left half-fed, or cancelled mid-write,
// leave no decoder goroutine behind once their runtime is done.
func TestNoGoroutineLeaks(t *testing.T) {
	base := goruntime.NumGoroutine()
	for i := 0; i < 20; i++ {
		_, err := run(t, context.Background(), `
			const zlib = require('zlib');
			const u = zlib.createGunzip();
			u.write(zlib.gzipSync('x'.repeat(100000)).subarray(0, 200));
			const b = zlib.createBrotliDecompress();
			b.write(zlib.brotliCompressSync('y'.repeat(1000)).subarray(0, 5));`)
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
		run(t, ctx, `
			const zlib = require('zlib');
			const g = zlib.createGunzip();
			const z = zlib.gzipSync(Buffer.alloc(1 << 22));
			g.on('data', () => {});
			(function again() { g.write(z.subarray(0, 1000)); setTimeout(again, 1); })();`)
		cancel()
	}
	deadline := time.Now().Add(5 * time.Second)
	for goruntime.NumGoroutine() > base && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := goruntime.NumGoroutine(); n > base {
		buf := make([]byte, 1<<16)
		t.Fatalf("%d goroutines, started with %d\n%s", n, base, buf[:goruntime.Stack(buf, true)])
	}
}

// TestSyncInProcess drives the sync forms, whose decoders write from their
// goroutines into windows the loop then hands to JS, under `go test -race`.
func TestSyncInProcess(t *testing.T) {
	out, err := run(t, context.Background(), `
		const zlib = require('zlib');
		const data = Buffer.alloc(3 << 20);
		for (let i = 0; i < data.length; i++) data[i] = (i * 31 + (i >> 11)) & 0x7f;
		const ok = [];
		ok.push(zlib.gunzipSync(zlib.gzipSync(data), { chunkSize: 1024 }).equals(data));
		ok.push(zlib.inflateSync(zlib.deflateSync(data)).equals(data));
		ok.push(zlib.brotliDecompressSync(zlib.brotliCompressSync(data.subarray(0, 200000), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } })).equals(data.subarray(0, 200000)));
		try { zlib.gunzipSync(zlib.gzipSync(data), { maxOutputLength: 100000 }); } catch (e) { ok.push(e.code); }
		console.log(ok.join(' '));`)
	if err != nil {
		t.Fatal(err)
	}
	if want := "true true true ERR_BUFFER_TOO_LARGE\n"; out != want {
		t.Errorf("output %q, want %q", out, want)
	}
}
