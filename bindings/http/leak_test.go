package http_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/internal/leakcheck"
	"github.com/jsproc/jsproc/runtime"
)

// leakScript serves one request, fetches it and hears from a worker;
// with CANCEL set, the server calls arrived() instead of answering and
// the worker keeps running, so that the run is cancelled mid-request.
const leakScript = `
const http = require('http');
const { Worker } = require('worker_threads');
const cancel = process.env.CANCEL === '1';
const server = http.createServer((req, res) => {
  if (cancel) return arrived();
  res.end('served ' + req.url);
});
server.listen(0, '127.0.0.1', async () => {
  const w = new Worker(cancel
    ? 'require("worker_threads").parentPort.postMessage(42); setInterval(() => {}, 1000);'
    : 'require("worker_threads").parentPort.postMessage(6 * 7);', { eval: true });
  const fromWorker = await new Promise((resolve) => w.once('message', resolve));
  const res = await fetch('http://127.0.0.1:' + server.address().port + '/x');
  console.log(await res.text(), fromWorker);
  server.close();
});
`

// TestManyRuntimesNoLeaks runs 500 runtimes (50 with -short, 100 under
// the race detector) in this Go process, eight at a time, each serving a
// request on 127.0.0.1, fetching it and starting a worker; every tenth is
// cancelled while its fetch waits for the answer. Afterwards goroutines
// (servers, connections, workers) and descriptors are back where they
// started.
func TestManyRuntimesNoLeaks(t *testing.T) {
	runs := 500
	switch {
	case testing.Short():
		runs = 50
	case raceEnabled:
		runs = 100
	}
	base := leakcheck.Take()
	leakcheck.RunMany(t, runs, 8, func(i int) error { return leakRun(i%10 == 0) })
	base.Check(t)
}

// leakRun runs leakScript once, cancelled when the request arrives if
// cancel is set.
func leakRun(cancel bool) error {
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
	code, err := rt.RunSource(ctx, "leak.js", leakScript)
	switch {
	case cancel && !errors.Is(err, context.Canceled):
		return fmt.Errorf("cancelled run: code %d, err %v, out %q", code, err, out.String())
	case !cancel && (err != nil || code != 0 || out.String() != "served /x 42\n"):
		return fmt.Errorf("code %d, err %v, out %q", code, err, out.String())
	}
	return nil
}
