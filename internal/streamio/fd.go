package streamio

import (
	"os"
	"syscall"

	"golang.org/x/sys/unix"
)

// SocketPair returns the two ends of a connected Unix stream socket pair,
// both close-on-exec: local (non-blocking, served by Go's poller, for this
// process) and remote (blocking, for a child to inherit). jsproc gives
// children socket pairs where node would give pipes, as libuv does: a
// child writing to an end the parent closed sees EPIPE either way, and a
// socket can be half-closed (CloseWrite).
func SocketPair(name string) (local, remote *os.File, err error) {
	fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return nil, nil, os.NewSyscallError("socketpair", err)
	}
	if err := unix.SetNonblock(fds[0], true); err != nil {
		unix.Close(fds[0])
		unix.Close(fds[1])
		return nil, nil, os.NewSyscallError("setnonblock", err)
	}
	return os.NewFile(uintptr(fds[0]), name), os.NewFile(uintptr(fds[1]), name), nil
}

// CloseWrite half-closes a socket end: the peer reads EOF while this side
// can still read. For anything that is not a socket it closes f.
func CloseWrite(f *os.File) error {
	raw, err := f.SyscallConn()
	if err != nil {
		return err
	}
	var serr error
	cerr := raw.Control(func(fd uintptr) { serr = unix.Shutdown(int(fd), unix.SHUT_WR) })
	if cerr != nil {
		return cerr
	}
	if serr == syscall.ENOTSOCK {
		return f.Close()
	}
	return serr
}

// SetSendBuffer asks for a socket send buffer of n bytes on f (SO_SNDBUF;
// the kernel bounds it by net.core.wmem_max). It is a hint: a failure
// leaves the buffer as it was.
func SetSendBuffer(f *os.File, n int) {
	raw, err := f.SyscallConn()
	if err != nil {
		return
	}
	_ = raw.Control(func(fd uintptr) { _ = unix.SetsockoptInt(int(fd), unix.SOL_SOCKET, unix.SO_SNDBUF, n) })
}
