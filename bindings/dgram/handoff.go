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

// open makes fd, an existing UDP socket's descriptor, the socket's
// own (bind({fd})): 0 or a negative errno.
func (s *udpSocket) open(fd int) int {
	if s.closed {
		return -int(syscall.EBADF)
	}
	if s.conn != nil {
		return -int(syscall.EEXIST)
	}
	f := os.NewFile(uintptr(fd), "udp")
	pc, err := net.FilePacketConn(f)
	if err == nil {
		// The socket now owns a duplicate; fd itself is closed, as the
		// handle would have taken it over.
		f.Close()
		err = s.attach(pc)
	}
	if err != nil {
		return errnoOf(err)
	}
	return 0
}

// guessHandleType names what fd is, as node's guessHandleType: "TCP",
// "UDP", "PIPE", "TTY", "FILE" or "UNKNOWN".
func guessHandleType(fd int) string {
	var st unix.Stat_t
	if fd < 0 || unix.Fstat(fd, &st) != nil {
		return "UNKNOWN"
	}
	switch st.Mode & unix.S_IFMT {
	case unix.S_IFREG:
		return "FILE"
	case unix.S_IFCHR:
		if _, err := unix.IoctlGetTermios(fd, unix.TCGETS); err == nil {
			return "TTY"
		}
		return "FILE"
	case unix.S_IFIFO:
		return "PIPE"
	case unix.S_IFSOCK:
		typ, err1 := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_TYPE)
		domain, err2 := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_DOMAIN)
		if err1 != nil || err2 != nil {
			return "UNKNOWN"
		}
		if domain == unix.AF_UNIX {
			return "PIPE"
		}
		switch typ {
		case unix.SOCK_STREAM:
			return "TCP"
		case unix.SOCK_DGRAM:
			return "UDP"
		}
	}
	return "UNKNOWN"
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
