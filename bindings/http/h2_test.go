package http_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/internal/leakcheck"
	"github.com/jsproc/jsproc/runtime"
)

// h2LeakScript serves one h2c request and reads it back; with CANCEL
// set, the server calls arrived() instead of answering, so that the run
// is cancelled with the stream, the session and the server open.
const h2LeakScript = `
const http2 = require('http2');
const cancel = process.env.CANCEL === '1';
const server = http2.createServer((req, res) => {
  if (cancel) return arrived();
  res.end('h2 ' + req.url);
});
server.listen(0, '127.0.0.1', () => {
  const session = http2.connect('http://127.0.0.1:' + server.address().port);
  const req = session.request({ ':path': '/x' });
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (c) => { body += c; });
  req.on('end', () => { console.log(body); session.close(); server.close(); });
});
`

// TestHTTP2NoLeaks runs h2LeakScript in many runtimes of this process,
// every fourth cancelled mid-request, and checks that goroutines and
// descriptors come back to where they started.
func TestHTTP2NoLeaks(t *testing.T) {
	runs := 40
	if testing.Short() {
		runs = 12
	}
	base := leakcheck.Take()
	leakcheck.RunMany(t, runs, 4, func(i int) error { return h2Run(i%4 == 0) })
	base.Check(t)
}

func h2Run(cancel bool) error {
	ctx, stop := context.WithTimeout(context.Background(), 30*time.Second)
	defer stop()
	var out bytes.Buffer
	env := []string{"CANCEL=0"}
	if cancel {
		env = []string{"CANCEL=1"}
	}
	rt, err := runtime.New(runtime.Options{
		Stdout: &out, Stderr: &out, Env: env, Modules: nodestd.Modules(),
		Globals: map[string]any{"arrived": func() { stop() }},
	})
	if err != nil {
		return err
	}
	code, err := rt.RunSource(ctx, "h2leak.js", h2LeakScript)
	switch {
	case cancel && !errors.Is(err, context.Canceled):
		return fmt.Errorf("cancelled run: code %d, err %v, out %q", code, err, out.String())
	case !cancel && (err != nil || code != 0 || out.String() != "h2 /x\n"):
		return fmt.Errorf("code %d, err %v, out %q", code, err, out.String())
	}
	return nil
}

// TestHTTP2NotImplemented checks that what the module does not build
// throws ERR_METHOD_NOT_IMPLEMENTED rather than doing nothing.
func TestHTTP2NotImplemented(t *testing.T) {
	const script = `
const http2 = require('http2');
const calls = {
  getPackedSettings: () => http2.getPackedSettings({}),
  getUnpackedSettings: () => http2.getUnpackedSettings(Buffer.alloc(0)),
  performServerHandshake: () => http2.performServerHandshake(null),
};
const s = http2.connect('http://127.0.0.1:1');
s.on('error', () => {});
calls.ping = () => s.ping();
calls.settings = () => s.settings({});
calls.goaway = () => s.goaway();
calls.updateSettings = () => { const srv = http2.createServer(); srv.updateSettings({}); };
for (const [name, fn] of Object.entries(calls)) {
  try { fn(); console.log(name, 'returned'); } catch (e) { console.log(name, e.code); }
}
`
	var out bytes.Buffer
	rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &out, Modules: nodestd.Modules()})
	if err != nil {
		t.Fatal(err)
	}
	if code, err := rt.RunSource(context.Background(), "h2ni.js", script); err != nil || code != 0 {
		t.Fatalf("code %d, err %v, out %s", code, err, out.String())
	}
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		if !strings.HasSuffix(line, " ERR_METHOD_NOT_IMPLEMENTED") {
			t.Errorf("%s: want ERR_METHOD_NOT_IMPLEMENTED", line)
		}
	}
}
