package network

import (
	"net"
	"os"
	"syscall"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/internal/streamio"
	"github.com/jsproc/jsproc/runtime"
)

// Descriptors handed between processes (child_process's send(message,
// handle) over an IPC channel): a socket's or a listener's descriptor is
// duplicated to be sent, and a received one becomes a handle of this
// process.

// dupFd returns a close-on-exec duplicate of c's descriptor, or a negative
// errno. The duplicate is the caller's to close.
func dupFd(c syscall.Conn) int {
	fd, err := streamio.DupFd(c)
	if err != nil {
		return errnoValue(err)
	}
	return fd
}

// connDupFd is a socket handle's dupFd: the descriptor of the connection
// under it (a TLS connection's own socket cannot be handed over).
func connDupFd(conn net.Conn) int {
	if sc, ok := conn.(syscall.Conn); ok {
		return dupFd(sc)
	}
	return -int(syscall.EBADF)
}

// adoptSocket(fd) makes a connected socket handle of a received
// descriptor, which it takes over; a negative errno when fd is not a
// connected socket.
func adoptSocket(rt *runtime.Runtime, fd int) goja.Value {
	f := os.NewFile(uintptr(fd), "socket")
	conn, err := net.FileConn(f)
	f.Close()
	if err != nil {
		return rt.VM().ToValue(errnoValue(err))
	}
	return socketHandle(rt, conn)
}

// adoptServer(fd) makes a listening server handle of a received
// descriptor, which it takes over; a negative errno when fd is not a
// listening socket.
func adoptServer(rt *runtime.Runtime, fd int) goja.Value {
	f := os.NewFile(uintptr(fd), "listener")
	ln, err := net.FileListener(f)
	f.Close()
	if err != nil {
		return rt.VM().ToValue(errnoValue(err))
	}
	return newServerHandle(rt, ln)
}

// nativeMark marks the native handles of sockets and servers (node's TCP
// and Pipe wraps), which child_process can send as they are; scripts have
// no way to name it.
var nativeMark = goja.NewSymbol("net native handle")

func markNative(vm *goja.Runtime, o *goja.Object) {
	_ = o.DefineDataPropertySymbol(nativeMark, vm.ToValue(true), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
}

// isNativeHandle reports whether v is a socket's or a server's native handle.
func isNativeHandle(v goja.Value) bool {
	o, ok := v.(*goja.Object)
	return ok && o.GetSymbol(nativeMark) != nil
}
