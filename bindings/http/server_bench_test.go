package http_test

import (
	"context"
	"fmt"
	"os"
	"runtime/debug"
	"syscall"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/runtime"
)

// BenchmarkServerRequest measures the script's side of one keep-alive
// request to a hello-world server, with a handle that takes every write
// at once: the per-request JavaScript without the network. It reports
// CPU time per request too (the machine may be shared), with the
// collector set as the command sets it; with
// JSPROC_HTTP_JSPROF set it writes goja's profile of the script there.
func BenchmarkServerRequest(b *testing.B) {
	r, err := runtime.New(runtime.Options{Modules: nodestd.Modules()})
	if err != nil {
		b.Fatal(err)
	}
	src := fmt.Sprintf(`
const http = require('http');
const N = %d;
let written = 0;
const handle = {
  readStart() { return 0; }, readStop() { return 0; },
  writeLatin1(s, cb) { written += s.length; return 0; },
  writeBuffer(b, cb) { written += b.length; return 0; },
  writeResponse(head, body, trailer, cb) { written += head.length + body.length; return 0; },
  shutdown() { return 0; }, close(cb) { if (cb) setImmediate(cb); },
  ref() {}, unref() {}, hasRef() { return true; }, setNoDelay() {}, setKeepAlive() {},
  peer() { return { address: '127.0.0.1', port: 1, family: 'IPv4' }; }, local() { return undefined; },
  bufferedSize() { return 0; }, expect() {}, timedOut() { return false; },
};
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('hello world\n');
}).listen(0, '127.0.0.1');
server._onConnection(handle);
let i = 0;
function next() {
  handle.onheaders(1, 'Host\n127.0.0.1:8000\nUser-Agent\nhttpload', 'GET', '/', 2 | 4, undefined);
  if (++i < N) setImmediate(next); else { if (written < N * 100) throw new Error("wrote " + written); handle.onread(null); server.close(); }
}
next();
`, b.N)
	// The collector runs as the jsproc command sets it (cmd/jsproc), so
	// that the figure is the one a served script pays.
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(400))
	}
	b.ResetTimer()
	before := cpuTime()
	if path := os.Getenv("JSPROC_HTTP_JSPROF"); path != "" {
		f, err := os.Create(path)
		if err != nil {
			b.Fatal(err)
		}
		if err := goja.StartProfile(f); err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		defer goja.StopProfile()
	}
	if _, err := r.RunSource(context.Background(), "sim.js", src); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(cpuTime()-before)/float64(b.N), "cpu-ns/op")
}

// cpuTime is the process's user and system time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
