package worker_test

import (
	"context"
	"os"
	"path/filepath"
	goruntime "runtime"
	"strings"
	"testing"

	"github.com/jsproc/jsproc/internal/jstest"
)

// The SharedArrayBuffer scripts run in this process too, so that the race
// detector sees workers on their goroutines share memory through Atomics
// (the corpus runs them in a separate jsproc process), and they leave no
// goroutine behind.
func TestSharedMemoryInProcess(t *testing.T) {
	scripts, err := filepath.Glob("testdata/corpus/sab_*.js")
	if err != nil || len(scripts) == 0 {
		t.Fatalf("no scripts: %v", err)
	}
	base := goruntime.NumGoroutine()
	for _, file := range scripts {
		t.Run(filepath.Base(file), func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			golden, err := os.ReadFile(file + ".golden")
			if err != nil {
				t.Fatal(err)
			}
			head, want, _ := strings.Cut(string(golden), "\n")
			out, code, err := run(t, context.Background(), string(src))
			if err != nil || code != jstest.ExitCode(head) || out != want {
				t.Fatalf("code %d, err %v, output:\n%s\nwant:\n%s", code, err, out, want)
			}
		})
	}
	settle(t, base)
}
