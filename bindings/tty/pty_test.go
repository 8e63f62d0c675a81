package tty_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jsproc/jsproc/internal/jstest"
	"golang.org/x/sys/unix"
)

// openPTY returns a new pseudo-terminal's controller and terminal ends,
// the terminal sized cols x rows.
func openPTY(t *testing.T, cols, rows uint16) (ctl, term *os.File) {
	t.Helper()
	ctl, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals: %v", err)
	}
	n, err := unix.IoctlGetInt(int(ctl.Fd()), unix.TIOCGPTN)
	if err == nil {
		err = unix.IoctlSetPointerInt(int(ctl.Fd()), unix.TIOCSPTLCK, 0)
	}
	if err != nil {
		ctl.Close()
		t.Fatal(err)
	}
	term, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		ctl.Close()
		t.Fatal(err)
	}
	if err := unix.IoctlSetWinsize(int(term.Fd()), unix.TIOCSWINSZ, &unix.Winsize{Col: cols, Row: rows}); err != nil {
		t.Fatal(err)
	}
	return ctl, term
}

// onTerminal runs bin on script with all three standard streams on a new
// terminal and returns what the terminal showed.
func onTerminal(t *testing.T, bin, script string, env []string) string {
	t.Helper()
	ctl, term := openPTY(t, 100, 30)
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
