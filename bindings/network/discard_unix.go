//go:build unix

package network

import (
	"net"
	"syscall"
)

// discardPending reads what the peer sent and the kernel holds already,
// without waiting, so that closing after a failed handshake sends FIN,
// not RST: node's TLS has read the peer's bytes whole before it gives up.
func discardPending(conn net.Conn) {
	sc, ok := conn.(syscall.Conn)
	if !ok {
		return
	}
	raw, err := sc.SyscallConn()
	if err != nil {
		return
	}
	buf := make([]byte, 16<<10)
	_ = raw.Read(func(fd uintptr) bool {
		for {
			n, _, err := syscall.Recvfrom(int(fd), buf, syscall.MSG_DONTWAIT)
			if err != nil || n <= 0 {
				return true
			}
		}
	})
}
