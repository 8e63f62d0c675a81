package testrunner_test

import (
	"context"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/jsproc/jsproc/internal/jstest"
)

// onTerminal runs bin on script with its standard streams on a new
// terminal and returns what the terminal showed and the exit code.
func onTerminal(t *testing.T, bin, script string, env []string) (string, int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, filepath.Base(script))
	cmd.Dir = filepath.Dir(script)
	cmd.Env = jstest.Env(env...)
	out, err := jstest.RunOnTerminal(t, cmd)
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out, code
}

var (
	specDuration = regexp.MustCompile(`\(\d+(\.\d+)?ms\)|duration_ms \d+(\.\d+)?`)
	// specFrame is a stack frame line of an inspected error, with the
	// colour codes node puts around its own frames.
	specFrame = regexp.MustCompile(`(?m)^ *(\x1b\[90m)? *at .*\n`)
)

// specText is the spec report with durations and stack frames (node's
// internal frames are not jsproc's) left out.
func specText(s string) string {
	return specFrame.ReplaceAllString(specDuration.ReplaceAllString(s, "(*)"), "")
}

// TestSpecOnTerminal runs node:test scripts on a pseudo-terminal under node
// and jsproc, with and without colours, and compares the spec reports.
func TestSpecOnTerminal(t *testing.T) {
	node := jstest.NodePath(t)
	if node == "" {
		t.Skip("node is not installed")
	}
	bin := jstest.Binary(t)
	scripts, _ := filepath.Glob("testdata/pty/*.js")
	for _, script := range scripts {
		for _, env := range [][]string{{"TERM=xterm-256color"}, {"TERM=dumb"}} {
			t.Run(filepath.Base(script)+"/"+strings.Join(env, ","), func(t *testing.T) {
				want, wantCode := onTerminal(t, node, script, env)
				got, gotCode := onTerminal(t, bin, script, env)
				if specText(got) != specText(want) || gotCode != wantCode {
					t.Errorf("on a terminal, jsproc differs from node\n--- node (exit %d)\n%s\n--- jsproc (exit %d)\n%s",
						wantCode, specText(want), gotCode, specText(got))
				}
			})
		}
	}
}
