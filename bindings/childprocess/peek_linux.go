//go:build linux && (amd64 || arm64)

package childprocess

import (
	"sync"
	"syscall"
	"unsafe"

	"golang.org/x/sys/unix"
)

// exitPeek lets the loop learn that a child ended without waiting for the
// goroutine blocked in its Wait: a pidfd of the child, read with waitid's
// WNOWAIT, which leaves the child for Wait to reap. A pidfd names this
// process alone, so a peek after the reap finds nothing rather than a
// process that took the pid over.
type exitPeek struct {
	mu sync.Mutex
	fd int // -1 once released
}

// openExitPeek opens the peek of the process pid, not yet reaped; nil
// when the system has no pidfds.
func openExitPeek(pid int) *exitPeek {
	fd, err := unix.PidfdOpen(pid, 0)
	if err != nil {
		return nil
	}
	return &exitPeek{fd: fd}
}

// peek reports the child's end when it has ended.
func (e *exitPeek) peek() (ExitStatus, bool) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.fd < 0 {
		return ExitStatus{}, false
	}
	var info unix.Siginfo
	if err := unix.Waitid(unix.P_PIDFD, e.fd, &info, unix.WEXITED|unix.WNOHANG|unix.WNOWAIT, nil); err != nil {
		return ExitStatus{}, false
	}
	// The SIGCHLD fields after si_signo, si_errno, si_code and padding:
	// si_pid, si_uid, si_status (the same on every 64-bit Linux but mips).
	fields := (*[3]int32)(unsafe.Pointer(uintptr(unsafe.Pointer(&info)) + 16))
	if info.Signo != int32(syscall.SIGCHLD) || fields[0] == 0 {
		return ExitStatus{}, false // still running
	}
	switch info.Code {
	case cldExited:
		return ExitStatus{Code: int(fields[2])}, true
	case cldKilled, cldDumped:
		return ExitStatus{Signal: syscall.Signal(fields[2])}, true
	}
	return ExitStatus{}, false
}

// si_code values of SIGCHLD (Linux's CLD_EXITED, CLD_KILLED, CLD_DUMPED).
const (
	cldExited = 1
	cldKilled = 2
	cldDumped = 3
)

// release closes the pidfd; later peeks find nothing.
func (e *exitPeek) release() {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.fd >= 0 {
		unix.Close(e.fd)
		e.fd = -1
	}
}
