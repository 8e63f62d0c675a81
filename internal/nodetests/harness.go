package nodetests

import (
	"bufio"
	"bytes"
	"context"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"
)

// DefaultPatterns are the test/parallel files the harness runs unless told
// otherwise: the modules jsproc implements.
var DefaultPatterns = []string{
	"test-path-*.js",
	"test-util-*.js",
	"test-string-decoder*.js",
	"test-stream*-*.js",
	"test-readline-*.js",
	"test-event*-*.js",
	"test-child-process-*.js",
	"test-stdio-*.js",
	"test-fs-*stream*.js",
	"test-url-*.js",
	"test-querystring*.js",
	"test-mime-*.js",
}

//go:embed common
var commonFS embed.FS

// status is how one run of one test ended.
type status int

const (
	notRun status = iota
	failed
	passed
	skipped
	timedOut
)

func (s status) String() string {
	return [...]string{"not run", "fail", "pass", "skip", "timeout"}[s]
}

// outcome is one run of one test under one runtime.
type outcome struct {
	status status
	reason string // why it failed: the first error line of stderr
}

// result is one test file under both runtimes.
type result struct {
	name      string
	skipWhy   string // set when the file is not run at all
	node, jsp outcome
}

// tree is a scratch copy of the selected tests with our common module and
// node's fixtures beside them.
type tree struct {
	root string
}

// newTree lays out root/parallel (the files), root/common (ours) and
// root/fixtures (a copy of the checkout's: fixtures that require
// "../common" must find ours, which a symbolic link would defeat, since
// node resolves a module's real path).
func newTree(root, checkout string, files []string) (*tree, error) {
	if err := os.MkdirAll(filepath.Join(root, "parallel"), 0o755); err != nil {
		return nil, err
	}
	for _, f := range files {
		if err := copyFile(filepath.Join(checkout, "parallel", f), filepath.Join(root, "parallel", f)); err != nil {
			return nil, err
		}
	}
	sub, err := fs.Sub(commonFS, "common")
	if err != nil {
		return nil, err
	}
	if err := os.CopyFS(filepath.Join(root, "common"), sub); err != nil {
		return nil, err
	}
	if err := os.CopyFS(filepath.Join(root, "fixtures"), os.DirFS(filepath.Join(checkout, "fixtures"))); err != nil {
		return nil, fmt.Errorf("copying fixtures: %w", err)
	}
	return &tree{root: root}, nil
}

func copyFile(from, to string) error {
	data, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	return os.WriteFile(to, data, 0o644)
}

// selectFiles returns, per pattern, the matching files of dir (sorted), and
// the union of them all.
func selectFiles(dir string, patterns []string) (map[string][]string, []string, error) {
	per := map[string][]string{}
	seen := map[string]bool{}
	var all []string
	for _, p := range patterns {
		matches, err := filepath.Glob(filepath.Join(dir, p))
		if err != nil {
			return nil, nil, err
		}
		for _, m := range matches {
			name := filepath.Base(m)
			per[p] = append(per[p], name)
			if !seen[name] {
				seen[name] = true
				all = append(all, name)
			}
		}
	}
	sort.Strings(all)
	return per, all, nil
}

// flags reads a test's "// Flags:" header line.
func flags(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for i := 0; i < 30 && sc.Scan(); i++ {
		if rest, ok := strings.CutPrefix(sc.Text(), "// Flags:"); ok {
			return strings.Fields(rest), nil
		}
	}
	return nil, sc.Err()
}

// runFlags returns the flags a test runs with: its own, less those that
// expose node's internals. A test that only carries such a flag runs as any
// other; one that really reaches into node's internals fails under node
// too, and so counts for neither.
func runFlags(fl []string) []string {
	var out []string
	for _, f := range fl {
		switch f {
		case "--expose-internals", "--expose_internals", "--allow-natives-syntax":
			continue
		}
		out = append(out, f)
	}
	return out
}

// runner runs tests of a tree under a binary.
type runner struct {
	tree    *tree
	env     []string
	timeout time.Duration
}

// run runs one test file under bin with its flags.
func (r *runner) run(bin, name string, fl []string, tag string) outcome {
	tmp := filepath.Join(r.tree.root, "tmp", tag+"-"+strings.TrimSuffix(name, ".js"))
	defer os.RemoveAll(tmp)
	ctx, cancel := context.WithTimeout(context.Background(), r.timeout)
	defer cancel()
	args := append(append([]string{}, fl...), filepath.Join(r.tree.root, "parallel", name))
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = r.tree.root
	cmd.Env = append(append([]string{}, r.env...), "NODE_TEST_TMPDIR="+tmp)
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &limitWriter{w: &stderr, n: 64 << 10}
	cmd.WaitDelay = 2 * time.Second
	// A test that spawns children may leave them behind: start it in its
	// own process group and end the group when it is done.
	setGroup(cmd)
	err := cmd.Start()
	if err == nil {
		err = cmd.Wait()
		killGroup(cmd)
	}
	switch {
	case ctx.Err() != nil:
		return outcome{status: timedOut, reason: "timed out after " + r.timeout.String()}
	case err == nil && bytes.Contains(stdout.Bytes(), []byte("1..0 # Skipped")):
		return outcome{status: skipped, reason: skipLine(stdout.String())}
	case err == nil:
		return outcome{status: passed}
	}
	return outcome{status: failed, reason: errorLine(stderr.String(), err)}
}

// limitWriter keeps the first n bytes written to it.
type limitWriter struct {
	w io.Writer
	n int
}

func (l *limitWriter) Write(p []byte) (int, error) {
	if l.n > 0 {
		k := min(len(p), l.n)
		l.w.Write(p[:k])
		l.n -= k
	}
	return len(p), nil
}

func skipLine(stdout string) string {
	for _, line := range strings.Split(stdout, "\n") {
		if _, why, ok := strings.Cut(line, "1..0 # Skipped:"); ok {
			return strings.TrimSpace(why)
		}
	}
	return ""
}

var errLine = regexp.MustCompile(`^(\w*Error\b|\w+Error \[|Mismatched |Error:|node:|jsproc:|\s+code: )`)

// errorLine picks the line of stderr that says why a run failed.
func errorLine(stderr string, err error) string {
	lines := strings.Split(stderr, "\n")
	for _, l := range lines {
		if errLine.MatchString(l) && !strings.HasPrefix(l, "node:internal") {
			return clip(strings.TrimSpace(l))
		}
	}
	for i := len(lines) - 1; i >= 0; i-- {
		if s := strings.TrimSpace(lines[i]); s != "" && !strings.HasPrefix(s, "at ") && !strings.HasPrefix(s, "Node.js v") {
			return clip(s)
		}
	}
	return err.Error()
}

func clip(s string) string {
	if len(s) > 160 {
		return s[:157] + "..."
	}
	return s
}

// runAll runs every file under node and jsproc, jobs at a time.
func runAll(r *runner, node, jsproc string, files []string, jobs int, progress func(result)) []result {
	results := make([]result, len(files))
	var wg sync.WaitGroup
	sem := make(chan struct{}, jobs)
	for i, name := range files {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			res := result{name: name}
			fl, err := flags(filepath.Join(r.tree.root, "parallel", name))
			if err != nil {
				res.skipWhy = err.Error()
			} else {
				fl = runFlags(fl)
				res.node = r.run(node, name, fl, "node")
				res.jsp = r.run(jsproc, name, fl, "jsproc")
			}
			results[i] = res
			progress(res)
		}()
	}
	wg.Wait()
	return results
}

// report writes the per-pattern counts and the tests that pass under node
// but not under jsproc.
func report(w io.Writer, patterns []string, per map[string][]string, results []result) {
	byName := map[string]result{}
	for _, r := range results {
		byName[r.name] = r
	}
	fmt.Fprintf(w, "%-26s %6s %6s %6s %6s %6s\n", "pattern", "files", "skip", "node", "jsproc", "both")
	var total [5]int
	for _, p := range patterns {
		var c [5]int
		for _, name := range per[p] {
			r := byName[name]
			c[0]++
			switch {
			case r.skipWhy != "" || r.node.status == skipped:
				c[1]++
				continue
			}
			if r.node.status == passed {
				c[2]++
			}
			if r.jsp.status == passed {
				c[3]++
			}
			if r.node.status == passed && r.jsp.status == passed {
				c[4]++
			}
		}
		for i := range c {
			total[i] += c[i]
		}
		fmt.Fprintf(w, "%-26s %6d %6d %6d %6d %6d\n", p, c[0], c[1], c[2], c[3], c[4])
	}
	fmt.Fprintf(w, "%-26s %6d %6d %6d %6d %6d\n", "total", total[0], total[1], total[2], total[3], total[4])
	fmt.Fprintln(w, "\npass under node, fail under jsproc:")
	n := 0
	for _, r := range results {
		if r.skipWhy == "" && r.node.status == passed && r.jsp.status != passed {
			n++
			fmt.Fprintf(w, "  %-55s %s: %s\n", r.name, r.jsp.status, r.jsp.reason)
		}
	}
	fmt.Fprintf(w, "(%d)\n", n)
}
