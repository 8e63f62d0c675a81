package dgram

import (
	"net"
	"os"
	"syscall"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/internal/streamio"
	"github.com/jsproc/jsproc/runtime"
	"golang.org/x/sys/unix"
)

// Sockets handed between processes (child_process's send(message,
// socket) over an IPC channel): the sender duplicates its bound socket's
// descriptor and keeps its socket; the receiver makes a handle of the
// descriptor and binds a Socket to it, so both receive.

// dupFd returns a close-on-exec duplicate of the socket's descriptor, or
// a negative errno (EBADF before bind). The duplicate is the caller's to
// close.
func (s *udpSocket) dupFd() int {
	if s.conn == nil || s.closed {
		return -int(syscall.EBADF)
	}
	fd, err := streamio.DupFd(s.conn.(syscall.Conn))
	if err != nil {
		return errnoOf(err)
	}
	return fd
}

// adopt(fd) makes a bound handle of a received UDP socket's descriptor,
// which it takes over: a negative errno when fd is not a UDP socket.
func adopt(rt *runtime.Runtime, fd int) goja.Value {
	vm := rt.VM()
	domain, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_DOMAIN)
	if err == nil {
		var typ int
		typ, err = unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_TYPE)
		if err == nil && (typ != unix.SOCK_DGRAM || (domain != unix.AF_INET && domain != unix.AF_INET6)) {
			err = syscall.EINVAL
		}
	}
	if err != nil {
		unix.Close(fd)
		return vm.ToValue(errnoOf(err))
	}
	f := os.NewFile(uintptr(fd), "udp")
	pc, err := net.FilePacketConn(f)
	f.Close()
	if err != nil {
		return vm.ToValue(errnoOf(err))
	}
	s := newSocket(rt, domain == unix.AF_INET6)
	if err := s.attach(pc); err != nil {
		return vm.ToValue(errnoOf(err))
	}
	return s.object()
}
