package jstest

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"

	"golang.org/x/sys/unix"
)

// OpenPTY returns a new pseudo-terminal's controller and terminal ends,
// the terminal sized cols x rows. It skips the test on a machine with no
// pseudo-terminals.
func OpenPTY(t testing.TB, cols, rows uint16) (ctl, term *os.File) {
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
		ctl.Close()
		term.Close()
		t.Fatal(err)
	}
	return ctl, term
}

// RunOnTerminal runs cmd, which must not be started, with its three
// standard streams on a new 100x30 pseudo-terminal as its controlling
// terminal, and returns what the terminal showed (line ends as "\n") and
// cmd.Wait's error. A failure to start fails the test.
func RunOnTerminal(t testing.TB, cmd *exec.Cmd) (string, error) {
	t.Helper()
	ctl, term := OpenPTY(t, 100, 30)
	defer ctl.Close()
	cmd.Stdin, cmd.Stdout, cmd.Stderr = term, term, term
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	if err := cmd.Start(); err != nil {
		term.Close()
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
	err := cmd.Wait()
	<-done
	return strings.ReplaceAll(out.String(), "\r\n", "\n"), err
}
