package streamio

import (
	"syscall"

	"golang.org/x/sys/unix"
)

// DupFd returns a close-on-exec duplicate of c's descriptor, to be handed
// to another process (a child's stdio, a message over an IPC channel). The
// duplicate is the caller's to close.
func DupFd(c syscall.Conn) (int, error) {
	raw, err := c.SyscallConn()
	if err != nil {
		return -1, err
	}
	fd := -1
	var derr error
	if err := raw.Control(func(s uintptr) { fd, derr = unix.FcntlInt(s, unix.F_DUPFD_CLOEXEC, 0) }); err != nil {
		return -1, err
	}
	if derr != nil {
		return -1, derr
	}
	return fd, nil
}
