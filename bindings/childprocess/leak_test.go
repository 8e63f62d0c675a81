package childprocess_test

import (
	"context"
	"fmt"
	"os"
	goruntime "runtime"
	"sync"
	"testing"
	"time"

	"github.com/jsproc/jsproc/bindings/childprocess"
	"github.com/jsproc/jsproc/internal/leakcheck"
	"github.com/jsproc/jsproc/runtime"
)

// TestThousandRuntimesNoLeaks runs 1,000 scripts in this Go process, eight
// at a time, each starting children; every tenth is cancelled while its
// children run. Afterwards goroutines, open descriptors and child
// processes are back where they started.
func TestThousandRuntimesNoLeaks(t *testing.T) {
	if testing.Short() {
		t.Skip("long")
	}
	baseG := goruntime.NumGoroutine()
	baseFD := leakcheck.OpenFDs()
	const runs, parallel = 1000, 8
	sem := make(chan struct{}, parallel)
	var wg sync.WaitGroup
	errs := make(chan error, runs)
	for i := 0; i < runs; i++ {
		wg.Add(1)
		sem <- struct{}{}
		go func(i int) {
			defer wg.Done()
			defer func() { <-sem }()
			cancelled := i%10 == 0
			var opts runtime.Options
			childprocess.WithKillGrace(&opts, 100*time.Millisecond)
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			src := `const cp = require('child_process');
				const r = cp.spawnSync('true');
				cp.execFile('echo', ['run', String(r.status)], (err, out) => { if (err) throw err; process.stdout.write(out); });`
			if cancelled {
				src = `const cp = require('child_process');
					cp.spawn('sleep', ['30']).on('exit', () => {});
					cp.exec('exec sleep 30', () => {});
					setTimeout(() => {}, 60000);`
				time.AfterFunc(20*time.Millisecond, cancel)
			}
			out, code, err := runScriptQuiet(ctx, opts, src)
			switch {
			case cancelled && err == nil:
				errs <- fmt.Errorf("run %d: cancelled run returned no error", i)
			case !cancelled && (err != nil || code != 0 || out != "run 0\n"):
				errs <- fmt.Errorf("run %d: code %d err %v out %q", i, code, err, out)
			}
		}(i)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	checkBaseline(t, baseG, baseFD)
}

// fdTargets describes this process's open descriptors.
func fdTargets() []string {
	ents, _ := os.ReadDir("/proc/self/fd")
	var out []string
	for _, e := range ents {
		target, _ := os.Readlink("/proc/self/fd/" + e.Name())
		out = append(out, e.Name()+"="+target)
	}
	return out
}
