// Package leakcheck is the tests' check that runtimes leave nothing
// behind: run many of them at once, then find goroutines and open
// descriptors back at the counts they started from.
package leakcheck

import (
	"fmt"
	"os"
	"path/filepath"
	goruntime "runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// Baseline is the goroutines and open descriptors of the process at a
// moment, to compare with later.
type Baseline struct {
	goroutines, fds int
}

// Take records the process's goroutines and open descriptors now.
func Take() Baseline {
	return Baseline{goroutines: goruntime.NumGoroutine(), fds: OpenFDs()}
}

// Check reports, as errors of t, goroutines (with every stack) and open
// descriptors (with what they are) above the baseline, after giving the
// goroutines up to five seconds to end.
func (b Baseline) Check(t testing.TB) {
	t.Helper()
	n := goruntime.NumGoroutine()
	for i := 0; i < 500 && n > b.goroutines; i++ {
		time.Sleep(10 * time.Millisecond)
		n = goruntime.NumGoroutine()
	}
	if n > b.goroutines {
		buf := make([]byte, 1<<20)
		t.Errorf("goroutines: %d, baseline %d\n%s", n, b.goroutines, buf[:goruntime.Stack(buf, true)])
	}
	if n := OpenFDs(); n > b.fds {
		t.Errorf("open descriptors: %d, baseline %d: %s", n, b.fds, FDTargets())
	}
}

// RunMany calls run(i) for i from 0 to runs-1, parallel at a time, and
// reports each error it returns as an error of t.
func RunMany(t testing.TB, runs, parallel int, run func(i int) error) {
	t.Helper()
	sem := make(chan struct{}, parallel)
	var wg sync.WaitGroup
	errs := make(chan error, runs)
	for i := 0; i < runs; i++ {
		wg.Add(1)
		sem <- struct{}{}
		go func(i int) {
			defer wg.Done()
			defer func() { <-sem }()
			if err := run(i); err != nil {
				errs <- fmt.Errorf("run %d: %w", i, err)
			}
		}(i)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// OpenFDs counts the process's open descriptors (0 where /proc is
// missing).
func OpenFDs() int {
	ents, _ := os.ReadDir("/proc/self/fd")
	return len(ents)
}

// FDTargets describes the process's open descriptors, as "fd=target".
func FDTargets() string {
	ents, _ := os.ReadDir("/proc/self/fd")
	var out []string
	for _, e := range ents {
		target, _ := os.Readlink("/proc/self/fd/" + e.Name())
		out = append(out, e.Name()+"="+target)
	}
	return strings.Join(out, " ")
}

// Children lists the live or zombie processes whose parent is this one,
// each as "pid (command) state".
func Children() []string {
	me := strconv.Itoa(os.Getpid())
	var out []string
	stats, _ := filepath.Glob("/proc/[0-9]*/stat")
	for _, f := range stats {
		data, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		s := string(data)
		i := strings.LastIndexByte(s, ')')
		if i < 0 {
			continue
		}
		if fields := strings.Fields(s[i+1:]); len(fields) > 1 && fields[1] == me {
			out = append(out, s[:i+1]+" "+fields[0])
		}
	}
	return out
}
