package tty_test

import (
	"context"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jsproc/jsproc/internal/jstest"
)

// onTerminal runs bin on script with all three standard streams on a new
// terminal and returns what the terminal showed.
func onTerminal(t *testing.T, bin, script string, env []string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, script)
	cmd.Env = jstest.Env(env...)
	out, err := jstest.RunOnTerminal(t, cmd)
	if err != nil {
		t.Errorf("%s: %v", filepath.Base(bin), err)
	}
	return out
}

// TestOnTerminal runs scripts on a pseudo-terminal under node and jsproc
// and compares what the terminal shows.
func TestOnTerminal(t *testing.T) {
	node := jstest.NodePath(t)
	if node == "" {
		t.Skip("node is not installed")
	}
	bin := jstest.Binary(t)
	scripts, _ := filepath.Glob("testdata/pty/*.js")
	envs := [][]string{{"TERM=xterm-256color"}, {"TERM=xterm"}, {"TERM=dumb"}, {"TERM=xterm", "COLORTERM=truecolor"}}
	for _, script := range scripts {
		for _, env := range envs {
			t.Run(filepath.Base(script)+"/"+strings.Join(env, ","), func(t *testing.T) {
				want := onTerminal(t, node, script, env)
				got := onTerminal(t, bin, script, env)
				if got != want {
					t.Errorf("on a terminal, jsproc differs from node\n--- node\n%q\n--- jsproc\n%q", want, got)
				}
			})
		}
	}
}
