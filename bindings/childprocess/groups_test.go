package childprocess_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jsproc/jsproc/bindings/childprocess"
	"github.com/jsproc/jsproc/runtime"
)

// livePids returns the processes, not zombies, whose argv is argv.
func livePids(argv ...string) []int {
	want := strings.Join(argv, "\x00") + "\x00"
	var pids []int
	dirs, _ := filepath.Glob("/proc/[0-9]*")
	for _, d := range dirs {
		cmd, err := os.ReadFile(d + "/cmdline")
		if err != nil || string(cmd) != want {
			continue
		}
		stat, err := os.ReadFile(d + "/stat")
		if err != nil {
			continue
		}
		s := string(stat)
		if i := strings.LastIndexByte(s, ')'); i >= 0 && strings.HasPrefix(s[i+1:], " Z") {
			continue
		}
		pid, _ := strconv.Atoi(filepath.Base(d))
		pids = append(pids, pid)
	}
	return pids
}

// cancelWhenRunning runs src, cancels it once a process with argv runs,
// and returns how long Run took after the cancellation.
func cancelWhenRunning(t *testing.T, opts runtime.Options, src string, argv ...string) time.Duration {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var cancelled time.Time
	go func() {
		for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
			if len(livePids(argv...)) > 0 {
				break
			}
		}
		cancelled = time.Now()
		cancel()
	}()
	out, _, err := runScript(t, ctx, opts, src)
	took := time.Since(cancelled)
	if err == nil {
		t.Fatalf("cancelled run returned no error; output %q", out)
	}
	return took
}

// TestCancelProcessGroups: with WithProcessGroups a cancelled run ends the
// child's whole group: exec('sleep 39; true') leaves no sleep behind, and
// the run returns as soon as the group is gone, not after the kill grace.
func TestCancelProcessGroups(t *testing.T) {
	var opts runtime.Options
	childprocess.WithKillGrace(&opts, 2*time.Second)
	childprocess.WithProcessGroups(&opts)
	src := `const cp = require('child_process');
cp.exec('sleep 39.4242; true', () => {});
cp.spawn('sh', ['-c', 'sleep 39.4243 & wait'], { stdio: 'inherit' });
setInterval(() => {}, 1000);`
	took := cancelWhenRunning(t, opts, src, "sleep", "39.4242")
	if took > time.Second {
		t.Errorf("cancelled run took %v after the cancellation; grace is 2s", took)
	}
	for _, arg := range []string{"39.4242", "39.4243"} {
		if pids := livePids("sleep", arg); len(pids) > 0 {
			t.Errorf("sleep %s still running: %v", arg, pids)
			for _, p := range pids {
				_ = syscall.Kill(p, syscall.SIGKILL)
			}
		}
	}
	t.Logf("returned %v after the cancellation", took)
}

// TestCancelDefaultSignalsDirectChildren: without process groups, as the
// README says, cancellation signals direct children only: the shell of
// exec('sleep 39; true') ends, its sleep keeps the output pipe, so the run
// returns after the kill grace (pipes closed) and the sleep is left running.
func TestCancelDefaultSignalsDirectChildren(t *testing.T) {
	const grace = 300 * time.Millisecond
	var opts runtime.Options
	childprocess.WithKillGrace(&opts, grace)
	src := `require('child_process').exec('sleep 39.4244; true', () => {});
setInterval(() => {}, 1000);`
	took := cancelWhenRunning(t, opts, src, "sleep", "39.4244")
	pids := livePids("sleep", "39.4244")
	for _, p := range pids {
		_ = syscall.Kill(p, syscall.SIGKILL)
	}
	if took < grace || took > grace+time.Second {
		t.Errorf("cancelled run took %v after the cancellation, want about the grace %v", took, grace)
	}
	if len(pids) != 1 {
		t.Errorf("want the orphaned sleep still running, found %v", pids)
	}
}
