package cluster_test

import (
	"context"
	"os"
	"path/filepath"
	goruntime "runtime"
	"strings"
	"testing"
	"time"

	"github.com/jsproc/jsproc/bindings/childprocess"
	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/internal/jstest"
	"github.com/jsproc/jsproc/internal/leakcheck"
	"github.com/jsproc/jsproc/runtime"
)

// primaryScript forks two workers that share a round-robin server, or,
// with SCHED_NONE, the listening socket itself; the primary connects a
// few times, then disconnects them, or (hang) keeps them running until
// the run is cancelled.
const primaryScript = `
const cluster = require('cluster');
const net = require('net');
if (process.env.POLICY === 'none') cluster.schedulingPolicy = cluster.SCHED_NONE;
cluster.setupPrimary({ exec: process.env.WORKER, silent: true });
let listening = 0;
cluster.on('listening', (w, addr) => {
  if (++listening < 2) return;
  let left = 4;
  for (let i = 0; i < 4; i++) {
    net.connect(addr.port, '127.0.0.1').on('data', () => {}).on('end', () => {
      if (--left === 0) {
        console.log('served');
        if (!process.env.HANG) cluster.disconnect();
      }
    });
  }
});
cluster.fork();
cluster.fork();
`

const workerScript = `
const cluster = require('cluster');
require('net').createServer((s) => s.end('w' + cluster.worker.id)).listen(0, '127.0.0.1');
`

// TestNoLeaks runs primaries in this Go process (each round-robin and
// SCHED_NONE, ending normally and cancelled while the workers serve);
// afterwards no worker is left and goroutines and descriptors are back
// where they started.
func TestNoLeaks(t *testing.T) {
	bin := jstest.Binary(t)
	worker := filepath.Join(t.TempDir(), "worker.js")
	if err := os.WriteFile(worker, []byte(workerScript), 0o644); err != nil {
		t.Fatal(err)
	}
	baseG := goruntime.NumGoroutine()
	baseFD := leakcheck.OpenFDs()
	for _, policy := range []string{"rr", "none"} {
		for _, hang := range []bool{false, true} {
			env := append(os.Environ(), "WORKER="+worker, "POLICY="+policy)
			if hang {
				env = append(env, "HANG=1")
			}
			var out jstest.LockedBuffer
			opts := runtime.Options{Stdout: &out, Stderr: &out, Stdin: strings.NewReader(""),
				Modules: nodestd.All(), ExecPath: bin, Env: env}
			childprocess.WithKillGrace(&opts, 200*time.Millisecond)
			rt, err := runtime.New(opts)
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			if hang {
				go func() {
					deadline := time.Now().Add(20 * time.Second)
					for !strings.Contains(out.String(), "served") && time.Now().Before(deadline) {
						time.Sleep(20 * time.Millisecond)
					}
					cancel()
				}()
			}
			code, err := rt.RunSource(ctx, "primary.js", primaryScript)
			cancel()
			if !hang && (err != nil || code != 0 || out.String() != "served\n") {
				t.Errorf("%s: code %d err %v out %q", policy, code, err, out.String())
			}
			if hang && err == nil {
				t.Errorf("%s: a cancelled run returned no error (out %q)", policy, out.String())
			}
		}
	}
	deadline := time.Now().Add(5 * time.Second)
	for len(leakcheck.Children()) != 0 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if kids := leakcheck.Children(); len(kids) != 0 {
		t.Errorf("workers left: %q", kids)
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
	if n := leakcheck.OpenFDs(); n > baseFD {
		t.Errorf("open descriptors: %d, baseline %d", n, baseFD)
	}
}
