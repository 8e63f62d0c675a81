//go:build unix

package network

import (
	"net"
	"os"
	"syscall"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
	"golang.org/x/term"
)

// openFd(fd) makes a socket handle of a descriptor the process already
// has (new net.Socket({fd})), which it takes over, or returns the kind
// libuv's guess gives a descriptor that is no stream socket ("FILE",
// "TTY", "UDP", "UNKNOWN"...), for node's ERR_INVALID_FD_TYPE. A FIFO,
// which libuv calls a pipe too, is "FIFO": it has no socket handle here.
func openFd(rt *runtime.Runtime, fd int) goja.Value {
	vm := rt.VM()
	if kind := fdKind(fd); kind != "TCP" && kind != "PIPE" {
		return vm.ToValue(kind)
	}
	f := os.NewFile(uintptr(fd), "socket")
	conn, err := net.FileConn(f) // a duplicate
	if err != nil {
		return vm.ToValue(errnoValue(err))
	}
	if fd > 2 {
		// The handle owns the socket now: closing it closes the socket. The
		// standard descriptors keep their numbers, for the process's own
		// stdio.
		f.Close()
	}
	return socketHandle(rt, conn)
}

// fdKind is libuv's uv_guess_handle for fd.
func fdKind(fd int) string {
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil {
		return "UNKNOWN"
	}
	switch st.Mode & syscall.S_IFMT {
	case syscall.S_IFREG:
		return "FILE"
	case syscall.S_IFCHR:
		if term.IsTerminal(fd) {
			return "TTY"
		}
		return "FILE"
	case syscall.S_IFIFO:
		return "FIFO"
	case syscall.S_IFSOCK:
	default:
		return "UNKNOWN"
	}
	typ, err := syscall.GetsockoptInt(fd, syscall.SOL_SOCKET, syscall.SO_TYPE)
	if err != nil {
		return "UNKNOWN"
	}
	sa, err := syscall.Getsockname(fd)
	if err != nil {
		return "UNKNOWN"
	}
	switch sa.(type) {
	case *syscall.SockaddrUnix:
		if typ == syscall.SOCK_STREAM {
			return "PIPE"
		}
	case *syscall.SockaddrInet4, *syscall.SockaddrInet6:
		switch typ {
		case syscall.SOCK_STREAM:
			return "TCP"
		case syscall.SOCK_DGRAM:
			return "UDP"
		}
	}
	return "UNKNOWN"
}

// adoptNative(fd) makes a native handle of a received descriptor sent as
// one (child_process's "net.Native"): a server's for a listening socket, a
// connected socket's otherwise.
func adoptNative(rt *runtime.Runtime, fd int) goja.Value {
	if on, err := syscall.GetsockoptInt(fd, syscall.SOL_SOCKET, syscall.SO_ACCEPTCONN); err == nil && on != 0 {
		return adoptServer(rt, fd)
	}
	return adoptSocket(rt, fd)
}
