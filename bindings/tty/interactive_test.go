package tty_test

import (
	"context"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jsproc/jsproc/internal/jstest"
	"golang.org/x/sys/unix"
)

// Each prompt the interactive scripts print, and what the terminal does
// once it shows: resize the window (which sends SIGWINCH) or type.
var terminalActions = []struct {
	prompt string
	input  string // typed; empty: resize to 120x40
}{
	{"resize?", ""},
	{"name? ", "Ada\r"},
	{"keys?", "q"},
}

// onInteractiveTerminal runs bin on script on a new terminal, acting as
// terminalActions say when a prompt shows, and returns what it showed.
func onInteractiveTerminal(t *testing.T, bin, script string) string {
	t.Helper()
	ctl, term := jstest.OpenPTY(t, 100, 30)
	defer ctl.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, script)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = term, term, term
	cmd.Env = jstest.Env("TERM=xterm-256color")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	term.Close()
	var out jstest.LockedBuffer
	done := make(chan struct{})
	go func() {
		buf := make([]byte, 4096)
		for {
			n, err := ctl.Read(buf)
			_, _ = out.Write(buf[:n])
			if err != nil {
				close(done)
				return
			}
		}
	}()
	next := 0
	for next < len(terminalActions) {
		a := terminalActions[next]
		select {
		case <-done:
			t.Errorf("%s ended before showing %q", filepath.Base(bin), a.prompt)
			next = len(terminalActions)
			continue
		case <-time.After(10 * time.Millisecond):
		}
		if !strings.Contains(out.String(), a.prompt) {
			continue
		}
		next++
		if a.input == "" {
			if err := unix.IoctlSetWinsize(int(ctl.Fd()), unix.TIOCSWINSZ, &unix.Winsize{Col: 120, Row: 40}); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if _, err := ctl.WriteString(a.input); err != nil {
			t.Fatal(err)
		}
	}
	if err := cmd.Wait(); err != nil {
		t.Errorf("%s: %v", filepath.Base(bin), err)
	}
	<-done
	return strings.ReplaceAll(out.String(), "\r\n", "\n")
}

// TestInteractiveTerminal runs scripts that read the terminal and follow
// its size under node and jsproc, and compares what the terminal shows.
func TestInteractiveTerminal(t *testing.T) {
	node := jstest.NodePath(t)
	if node == "" {
		t.Skip("node is not installed")
	}
	bin := jstest.Binary(t)
	scripts, _ := filepath.Glob("testdata/pty_interactive/*.js")
	for _, script := range scripts {
		t.Run(filepath.Base(script), func(t *testing.T) {
			want := onInteractiveTerminal(t, node, script)
			got := onInteractiveTerminal(t, bin, script)
			if got != want {
				t.Errorf("on a terminal, jsproc differs from node\n--- node\n%q\n--- jsproc\n%q", want, got)
			}
		})
	}
}
