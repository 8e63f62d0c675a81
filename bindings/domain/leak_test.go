package domain_test

import (
	"bytes"
	"context"
	goruntime "runtime"
	"strings"
	"testing"
	"time"

	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/internal/jstest"
	"github.com/jsproc/jsproc/runtime"
)

// TestNoLeaks runs domain scripts in this Go process (errors caught by
// domains in timers, ticks, I/O and servers; a run whose domain handler
// throws; a run cancelled while a domain's server listens); afterwards the
// goroutines are back where they started.
func TestNoLeaks(t *testing.T) {
	scripts := []struct {
		src    string
		want   string
		code   int
		fails  bool // the run ends with an uncaught error
		cancel bool
	}{
		{src: `const d = require('domain').create();
			let n = 0;
			d.on('error', (e) => { if (++n === 3) { server.close(); console.log('caught', n); } });
			let server;
			d.run(() => {
				setTimeout(() => { throw new Error('a'); }, 1);
				process.nextTick(() => { throw new Error('b'); });
				server = require('net').createServer((s) => { s.end(); throw new Error('c'); }).listen(0, '127.0.0.1', () => {
					require('net').connect(server.address().port, '127.0.0.1').resume();
				});
			});`, want: "caught 3\n"},
		{src: `const d = require('domain').create();
			d.on('error', () => { throw new Error('handler'); });
			d.run(() => setImmediate(() => { throw new Error('x'); }));
			setInterval(() => {}, 1000);`, code: 7, fails: true},
		{src: `const d = require('domain').create();
			d.on('error', () => {});
			d.run(() => require('net').createServer().listen(0, '127.0.0.1', () => console.log('listening')));`,
			want: "listening\n", cancel: true},
	}
	baseG := goruntime.NumGoroutine()
	for i, s := range scripts {
		var out jstest.LockedBuffer
		var errOut bytes.Buffer
		opts := runtime.Options{Stdout: &out, Stderr: &errOut, Stdin: strings.NewReader(""), Modules: nodestd.All()}
		rt, err := runtime.New(opts)
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		if s.cancel {
			// Cancelled once the domain's server listens.
			go func() {
				for !strings.Contains(out.String(), "listening") && ctx.Err() == nil {
					time.Sleep(10 * time.Millisecond)
				}
				cancel()
			}()
		}
		code, err := rt.RunSource(ctx, "main.js", s.src)
		cancel()
		if s.cancel {
			if err == nil || out.String() != s.want {
				t.Errorf("script %d: cancelled run: err %v out %q", i, err, out.String())
			}
			continue
		}
		if (err != nil) != s.fails || code != s.code || out.String() != s.want {
			t.Errorf("script %d: code %d err %v out %q", i, code, err, out.String())
		}
	}
	n := goruntime.NumGoroutine()
	for i := 0; i < 200 && n > baseG; i++ {
		time.Sleep(10 * time.Millisecond)
		n = goruntime.NumGoroutine()
	}
	if n > baseG {
		buf := make([]byte, 1<<16)
		t.Errorf("goroutines: %d, baseline %d\n%s", n, baseG, buf[:goruntime.Stack(buf, true)])
	}
}
