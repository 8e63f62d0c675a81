package tty_test

import (
	"bytes"
	"context"
	"io"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jsproc/jsproc/internal/jstest"
)

// onTerminal runs bin on script with all three standard streams on a new
// terminal and returns what the terminal showed.
func onTerminal(t *testing.T, bin, script string, env []string) string {
	t.Helper()
	ctl, term := jstest.OpenPTY(t, 100, 30)
	defer ctl.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, script)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = term, term, term
	cmd.Env = jstest.Env(env...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	term.Close()
	var out bytes.Buffer
	done := make(chan struct{})
	go func() {
		// Reading the controller ends with EIO once the terminal's last
		// holder has closed it.
		_, _ = io.Copy(&out, ctl)
		close(done)
	}()
	if err := cmd.Wait(); err != nil {
		t.Errorf("%s: %v", filepath.Base(bin), err)
	}
	<-done
	return strings.ReplaceAll(out.String(), "\r\n", "\n")
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
