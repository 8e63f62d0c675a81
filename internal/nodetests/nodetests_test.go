package nodetests

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jsproc/jsproc/internal/jstest"
)

// TestNodeSuite runs the selected files of node's test/parallel under node
// and jsproc and prints the report (see the package doc).
func TestNodeSuite(t *testing.T) {
	checkout := os.Getenv("JSPROC_NODE_TESTS")
	if checkout == "" {
		t.Skip("JSPROC_NODE_TESTS is not set to a checkout of node's test/ directory")
	}
	node := jstest.NodePath(t)
	if node == "" {
		t.Fatal("node is not installed")
	}
	patterns := DefaultPatterns
	if p := os.Getenv("JSPROC_NODE_TESTS_PATTERNS"); p != "" {
		patterns = strings.Split(p, ",")
	}
	jobs := 2
	if j, err := strconv.Atoi(os.Getenv("JSPROC_NODE_TESTS_JOBS")); err == nil && j > 0 {
		jobs = j
	}
	timeout := 30 * time.Second
	if d, err := time.ParseDuration(os.Getenv("JSPROC_NODE_TESTS_TIMEOUT")); err == nil && d > 0 {
		timeout = d
	}
	per, files, err := selectFiles(filepath.Join(checkout, "parallel"), patterns)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no file of %s matches %v", filepath.Join(checkout, "parallel"), patterns)
	}
	tr, err := newTree(t.TempDir(), checkout, files)
	if err != nil {
		t.Fatal(err)
	}
	r := &runner{tree: tr, env: jstest.Env(), timeout: timeout}
	bin := jstest.Binary(t)
	var mu sync.Mutex
	done := 0
	results := runAll(r, node, bin, files, jobs, func(res result) {
		mu.Lock()
		defer mu.Unlock()
		done++
		if testing.Verbose() {
			t.Logf("[%d/%d] %s node=%s jsproc=%s %s", done, len(files), res.name, res.node.status, res.jsp.status, res.skipWhy)
		}
	})
	w := io.Writer(os.Stdout)
	if path := os.Getenv("JSPROC_NODE_TESTS_REPORT"); path != "" {
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		w = io.MultiWriter(os.Stdout, f)
	}
	report(w, patterns, per, results)
	passedNode := 0
	for _, res := range results {
		if res.node.status == passed {
			passedNode++
		}
	}
	if passedNode == 0 {
		t.Errorf("no test passed even under node: the harness is broken")
	}
}

// TestCommon checks the harness's common module under node and jsproc: a
// test that keeps every promise passes, and each kind of broken promise
// fails the run.
func TestCommon(t *testing.T) {
	node := jstest.NodePath(t)
	bin := jstest.Binary(t)
	checkout := t.TempDir()
	if err := os.MkdirAll(filepath.Join(checkout, "fixtures"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(checkout, "fixtures", "hello.txt"), []byte("hello\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadDir("testdata")
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, e := range src {
		files = append(files, e.Name())
	}
	if err := os.MkdirAll(filepath.Join(checkout, "parallel"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if err := copyFile(filepath.Join("testdata", f), filepath.Join(checkout, "parallel", f)); err != nil {
			t.Fatal(err)
		}
	}
	tr, err := newTree(t.TempDir(), checkout, files)
	if err != nil {
		t.Fatal(err)
	}
	r := &runner{tree: tr, env: jstest.Env(), timeout: 30 * time.Second}
	bins := map[string]string{"jsproc": bin}
	if node != "" {
		bins["node"] = node
	}
	for _, f := range files {
		want := passed
		switch {
		case strings.HasPrefix(f, "fail-"):
			want = failed
		case strings.HasPrefix(f, "skip-"):
			want = skipped
		}
		for tag, b := range bins {
			t.Run(fmt.Sprintf("%s/%s", f, tag), func(t *testing.T) {
				got := r.run(b, f, nil, tag)
				if got.status != want {
					t.Errorf("%s under %s: %s (%s), want %s", f, tag, got.status, got.reason, want)
				}
			})
		}
	}
}
