// Package jstest runs corpora of JavaScript test scripts under jsproc and
// compares them with golden output recorded from node, and (when node is
// installed) re-runs them under node to prove the goldens still hold.
//
// A corpus is a directory of scripts (*.js, *.cjs, *.mjs, *.ts, *.mts,
// *.cts). For each script NAME there is a golden file NAME.golden: a first
// line "exit: N" followed by the script's exact stdout. Files and folders
// whose names start with "_" are helpers (modules, fixtures), not tests.
//
// A script may start with header comments:
//
//	// args: a b c        arguments after the script path
//	// flags: --x --y     options before it (--experimental-vm-modules)
//	// stdin: text        standard input (\n for newlines)
//	// env: K=V K2=V2     extra environment variables
//	// skip-node: why     jsproc-only: node is not run (golden is hand-checked)
//	// stderr: report     the golden holds stderr too, as ReportText shows it
//	// stderr: report frames  the same, keeping the script's own stack frames
//	                      (those outside node's modules), as FramesText shows it
//	// stdout: tap        stdout is node:test's TAP report: durations and the
//	                      stack blocks of failures are left out of the
//	                      comparison, as TAPText shows them
//	// pending: why       jsproc cannot run it yet: the test is skipped while
//	                      jsproc differs and fails once it matches, so the
//	                      header is dropped when the gap closes
//
// Run `go test ./... -run Corpus -update` to re-record goldens from node.
package jstest

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/evanw/esbuild/pkg/api"
)

var update = flag.Bool("update", false, "re-record golden files from node")

// permissionMode runs jsproc under its permission model with every grant:
// the goldens must hold unchanged, which shows the checks refuse nothing a
// script is granted and change no behaviour (node is still run without
// it, as the goldens' oracle).
var permissionMode = flag.Bool("jsproc.permission", os.Getenv("JSPROC_TEST_PERMISSION") == "1",
	"run jsproc under --permission with every grant (also JSPROC_TEST_PERMISSION=1)")

// PermissionArgs are the options the permission mode runs jsproc with:
// everything granted. --allow-run alone grants every program without the
// warning --allow-child-process prints; --allow-worker is added for the
// scripts that use worker_threads only, since its start-up warning is an
// event other scripts (those about warnings) observe.
var PermissionArgs = []string{
	"--permission", "--allow-fs-read=*", "--allow-fs-write=*", "--allow-run",
	"--allow-net", "--allow-env",
}

// workerWarning is the line --allow-worker adds to stderr, which the
// permission mode leaves out of the comparison.
var workerWarning = regexp.MustCompile(`(?m)^\(node:\d+\) SecurityWarning: The flag --allow-worker must be used with extreme caution\. It could invalidate the permission model\.\n(\(Use .*\n)?`)

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// Binary builds cmd/jsproc once per test process and returns its path.
// The binary lives in a folder named by the test process's pid under
// $TMPDIR/jsproc-test-bin; a test process cannot remove it when it ends
// (there is no hook for that without a TestMain in every package), so each
// build first removes the folders of test processes that have ended.
func Binary(t testing.TB) string {
	t.Helper()
	buildOnce.Do(func() {
		root := filepath.Join(os.TempDir(), "jsproc-test-bin")
		removeEnded(root)
		dir := filepath.Join(root, strconv.Itoa(os.Getpid()))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "jsproc")
		cmd := exec.Command("go", "build", "-o", binPath, "./cmd/jsproc")
		cmd.Dir = moduleRoot()
		if out, err := cmd.CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

// removeEnded removes the binaries of test processes that are no longer
// running from root.
func removeEnded(root string) {
	entries, err := os.ReadDir(root)
	if err != nil {
		return
	}
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil || pid == os.Getpid() {
			continue
		}
		if err := syscall.Kill(pid, 0); err == syscall.ESRCH {
			os.RemoveAll(filepath.Join(root, e.Name()))
		}
	}
}

func moduleRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Clean(filepath.Join(filepath.Dir(file), "..", ".."))
}

// NodePath returns the node binary, or "" when node is not installed. Under
// CI (CI=true) a missing node fails the test instead of skipping.
func NodePath(t testing.TB) string {
	p, err := exec.LookPath("node")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("node is required under CI for the differential test")
		}
		return ""
	}
	return p
}

// Script is one test script with its header settings.
type Script struct {
	Path     string
	Name     string
	Args     []string
	Flags    []string // runtime options before the script path (node's and jsproc's)
	Stdin    string
	Env      []string
	SkipNode string
	Pending  string
	// Report is set when stderr is compared too (an uncaught-error report).
	Report bool
	// Frames is set when the report's frames outside node's own modules are
	// compared as well.
	Frames bool
	// TAP is set when stdout is node:test's report, compared as TAPText
	// shows it.
	TAP bool
}

// Scripts lists the test scripts of a corpus directory.
func Scripts(t testing.TB, dir string) []Script {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []Script
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || strings.HasPrefix(name, "_") {
			continue
		}
		switch filepath.Ext(name) {
		case ".js", ".cjs", ".mjs", ".ts", ".mts", ".cts":
		default:
			continue
		}
		s := Script{Path: filepath.Join(dir, name), Name: name}
		data, err := os.ReadFile(s.Path)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			if strings.HasPrefix(line, "#!") {
				continue
			}
			if !strings.HasPrefix(line, "// ") {
				break
			}
			key, val, ok := strings.Cut(strings.TrimPrefix(line, "// "), ": ")
			if !ok {
				continue
			}
			switch key {
			case "args":
				s.Args = strings.Fields(val)
			case "flags":
				s.Flags = strings.Fields(val)
			case "stdin":
				s.Stdin = strings.ReplaceAll(val, `\n`, "\n")
			case "env":
				s.Env = strings.Fields(val)
			case "skip-node":
				s.SkipNode = val
			case "pending":
				s.Pending = val
			case "stdout":
				s.TAP = val == "tap"
			case "stderr":
				s.Report = val == "report" || val == "report frames"
				s.Frames = val == "report frames"
			}
		}
		out = append(out, s)
	}
	return out
}

// Result is what a script did.
type Result struct {
	Stdout string
	Stderr string
	Exit   int
}

// Golden renders a result the way golden files store it.
func (r Result) Golden() string { return fmt.Sprintf("exit: %d\n%s", r.Exit, r.Stdout) }

// GoldenFor renders a result as the golden file of s stores it: with
// s.Report, stdout is followed by stderr as ReportText shows it.
// The corpus directory's absolute path reads "<dir>", so that goldens
// hold wherever the repository is checked out.
func (r Result) GoldenFor(s Script) string {
	out := r.Golden()
	if s.TAP {
		out = TAPText(out)
	}
	if s.Frames {
		out += "--- stderr\n" + FramesText(r.Stderr)
	} else if s.Report {
		out += "--- stderr\n" + ReportText(r.Stderr)
	}
	if dir, err := filepath.Abs(filepath.Dir(s.Path)); err == nil {
		out = strings.ReplaceAll(out, dir, "<dir>")
	}
	return out
}

// tapDuration matches the durations of a TAP report: a test's
// "duration_ms: 1.23" and the summary's "# duration_ms 45.6".
var tapDuration = regexp.MustCompile(`(?m)^(\s*(?:# )?duration_ms:? )[0-9.e+-]+$`)

// TAPText is a node:test TAP report with what differs from run to run or
// engine to engine left out: durations read "*", and a failure's "stack:"
// block (node's frames inside its own modules are not jsproc's) is dropped.
// Every other line (names, numbering, error messages and codes, locations,
// counts) is compared byte for byte.
func TAPText(stdout string) string {
	stdout = tapDuration.ReplaceAllString(stdout, "${1}*")
	var out []string
	stackIndent := -1
	for _, line := range strings.SplitAfter(stdout, "\n") {
		indent := len(line) - len(strings.TrimLeft(line, " "))
		if stackIndent >= 0 && indent > stackIndent && strings.TrimSpace(line) != "" {
			continue
		}
		stackIndent = -1
		if strings.TrimSpace(line) == "stack: |-" {
			stackIndent = indent
			continue
		}
		out = append(out, line)
	}
	return strings.Join(out, "")
}

// ReportText is stderr with the stack frames left out ("    at ..." lines,
// and the "[... lines matching original stack trace ...]" fold): Node's
// frames inside its own modules (node:internal/...) are not jsproc's, but
// every other line of an uncaught-error report (the throw site, the
// message, the "Emitted 'error' event" line, the error's properties, the
// version line) is compared byte for byte. A frame line's trailing " {"
// (where the properties start) is kept, on the line before it.
func ReportText(stderr string) string {
	return dropFrames(stderr, func(string) bool { return true })
}

// nodeFrame matches a frame inside node's own modules (or jsproc's
// stand-ins for them): "at f (node:internal/...)", "at node:internal/...".
var nodeFrame = regexp.MustCompile(`^    at (node:|.*\(node:[^)]*\)( \{)?$)`)

// FramesText is stderr as ReportText shows it, but with the frames outside
// node's own modules (the script's) kept: those of a report are compared
// too.
func FramesText(stderr string) string {
	return dropFrames(stderr, func(line string) bool { return nodeFrame.MatchString(line) })
}

// dropFrames leaves out the frame lines drop selects (and the fold line).
func dropFrames(stderr string, drop func(string) bool) string {
	var out []string
	for _, line := range strings.SplitAfter(stderr, "\n") {
		body := strings.TrimSuffix(line, "\n")
		if strings.HasPrefix(body, "    at ") && drop(body) || body == "    [... lines matching original stack trace ...]" {
			if strings.HasSuffix(body, " {") && len(out) > 0 {
				prev := strings.TrimSuffix(out[len(out)-1], "\n")
				out[len(out)-1] = prev + " {\n"
			}
			continue
		}
		out = append(out, line)
	}
	return strings.Join(out, "")
}

// Env returns the environment test scripts run with: the machine's, minus
// variables that change node's behaviour or speed, and minus the ones colour
// libraries (supports-color, picocolors) sniff, so that a golden recorded on
// one machine holds on another whatever its terminal type or CI service.
func Env(extra ...string) []string {
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if machineDependent(k) {
			continue
		}
		env = append(env, kv)
	}
	return append(env, extra...)
}

// machineDependent reports whether an environment variable makes a script's
// output depend on the machine it runs on.
func machineDependent(k string) bool {
	switch k {
	case "JSPROC_TEST_PERMISSION", "NODE_EXTRA_CA_CERTS", "NODE_OPTIONS", "NODE_CHANNEL_FD", "NODE_CHANNEL_SERIALIZATION_MODE",
		"FORCE_COLOR", "NO_COLOR", "TERM", "COLORTERM", "TERM_PROGRAM", "TERM_PROGRAM_VERSION",
		"CI", "CI_NAME", "CONTINUOUS_INTEGRATION", "BUILD_NUMBER", "RUN_ID", "TEAMCITY_VERSION", "TF_BUILD",
		"GITHUB_ACTIONS", "GITEA_ACTIONS", "GITLAB_CI", "CIRCLECI", "TRAVIS", "APPVEYOR", "BUILDKITE",
		"DRONE", "BITBUCKET_BUILD_NUMBER", "CODEBUILD_BUILD_ID", "JENKINS_URL":
		return true
	}
	return false
}

// Run runs argv (binary first) on a script with its settings, in the
// script's directory, with a time limit.
func Run(t testing.TB, bin string, s Script, file string) Result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	args := append(append(append([]string(nil), s.Flags...), file), s.Args...)
	jsproc := filepath.Base(bin) == "jsproc"
	if *permissionMode && jsproc {
		grants := append([]string(nil), PermissionArgs...)
		if src, err := os.ReadFile(s.Path); err == nil && bytes.Contains(src, []byte("worker_threads")) {
			grants = append(grants, "--allow-worker")
		}
		args = append(grants, args...)
	}
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = filepath.Dir(s.Path)
	cmd.Env = Env(s.Env...)
	cmd.Stdin = strings.NewReader(s.Stdin)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.WaitDelay = 5 * time.Second
	err := cmd.Run()
	res := Result{Stdout: stdout.String(), Stderr: stderr.String()}
	if *permissionMode && jsproc {
		res.Stderr = workerWarning.ReplaceAllString(res.Stderr, "")
	}
	if ctx.Err() != nil {
		t.Errorf("%s: timed out under %s\nstdout:\n%s\nstderr:\n%s", s.Name, filepath.Base(bin), res.Stdout, res.Stderr)
		return res
	}
	if ee, ok := err.(*exec.ExitError); ok {
		res.Exit = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("%s: %v", s.Name, err)
	}
	return res
}

// nodeFile returns the file node should run for a script: TypeScript is
// stripped of its types with esbuild (node 20 cannot run it).
func nodeFile(t testing.TB, s Script) (string, func()) {
	ext := filepath.Ext(s.Name)
	var jsExt string
	switch ext {
	case ".ts":
		jsExt = ".js"
	case ".mts":
		jsExt = ".mjs"
	case ".cts":
		jsExt = ".cjs"
	default:
		return s.Name, func() {}
	}
	src, err := os.ReadFile(s.Path)
	if err != nil {
		t.Fatal(err)
	}
	res := api.Transform(string(src), api.TransformOptions{Loader: api.LoaderTS, Sourcefile: s.Name})
	if len(res.Errors) > 0 {
		t.Fatalf("%s: %s", s.Name, res.Errors[0].Text)
	}
	out := filepath.Join(filepath.Dir(s.Path), "_node_"+strings.TrimSuffix(s.Name, ext)+jsExt)
	if err := os.WriteFile(out, res.Code, 0o644); err != nil {
		t.Fatal(err)
	}
	return filepath.Base(out), func() { os.Remove(out) }
}

// Corpus runs every script of dir under jsproc and compares stdout and exit
// code with its golden file; where node is installed it runs node too and
// checks that the golden file is still what node does. With -update it
// records the golden files from node.
func Corpus(t *testing.T, dir string) {
	bin := Binary(t)
	node := NodePath(t)
	scripts := Scripts(t, dir)
	if len(scripts) == 0 {
		t.Fatalf("no scripts in %s", dir)
	}
	for _, s := range scripts {
		s := s
		t.Run(s.Name, func(t *testing.T) {
			t.Parallel()
			goldenPath := s.Path + ".golden"
			if node != "" && s.SkipNode == "" {
				file, cleanup := nodeFile(t, s)
				want := Run(t, node, s, file)
				// node itself is at the mercy of the machine's load for
				// timer races a script did not mean to have: a golden is
				// stale only if node disagrees with it three times.
				golden, _ := os.ReadFile(goldenPath)
				for try := 1; !*update && golden != nil && string(golden) != want.GoldenFor(s) && try < 3; try++ {
					want = Run(t, node, s, file)
				}
				cleanup()
				if *update {
					if err := os.WriteFile(goldenPath, []byte(want.GoldenFor(s)), 0o644); err != nil {
						t.Fatal(err)
					}
				} else if golden, err := os.ReadFile(goldenPath); err == nil && string(golden) != want.GoldenFor(s) {
					t.Errorf("golden file is stale: node now gives:\n%s\nstderr:\n%s", want.GoldenFor(s), want.Stderr)
				}
			}
			golden, err := os.ReadFile(goldenPath)
			if err != nil {
				t.Fatalf("no golden file (run with -update where node is installed): %v", err)
			}
			got := Run(t, bin, s, s.Name)
			if s.Pending != "" {
				if got.GoldenFor(s) == string(golden) {
					t.Errorf("jsproc now matches node: drop the pending header (%s)", s.Pending)
				} else {
					t.Skipf("pending: %s", s.Pending)
				}
				return
			}
			if got.GoldenFor(s) != string(golden) {
				// One retry, for the same reason as node's; a difference
				// that persists is a failure.
				first := got
				got = Run(t, bin, s, s.Name)
				if got.GoldenFor(s) == string(golden) {
					t.Logf("differed once, then matched (machine load?); first run:\n%s\nstderr:\n%s", first.GoldenFor(s), first.Stderr)
				}
			}
			if got.GoldenFor(s) != string(golden) {
				t.Errorf("jsproc differs from node\n--- node (golden)\n%s\n--- jsproc\n%s\n--- jsproc stderr\n%s", golden, got.GoldenFor(s), got.Stderr)
			}
		})
	}
}

// ExitCode parses the exit line of a golden file.
func ExitCode(golden string) int {
	line, _, _ := strings.Cut(golden, "\n")
	n, _ := strconv.Atoi(strings.TrimPrefix(line, "exit: "))
	return n
}

// JSProfile starts goja's JS profiler when JSPROC_JSPROFILE names a file,
// for benchmarks to run under; the returned function stops it.
func JSProfile(b testing.TB) (stop func()) {
	path := os.Getenv("JSPROC_JSPROFILE")
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	if err := goja.StartProfile(f); err != nil {
		f.Close()
		b.Fatal(err)
	}
	return func() {
		goja.StopProfile()
		f.Close()
	}
}
