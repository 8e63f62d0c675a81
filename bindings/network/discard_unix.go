//go:build unix

package network

import (
	"net"
	"syscall"
)

// discardPending reads, without waiting, what the peer sent and the
// kernel holds already, up to one read of node's size (64 KiB), so that
// closing after a failed handshake sends FIN rather than RST when node's
// would: node's TLS has read that much of the peer's bytes before it
// gives up, and resets a peer that sent more.
func discardPending(conn net.Conn) {
	sc, ok := conn.(syscall.Conn)
	if !ok {
		return
	}
	raw, err := sc.SyscallConn()
	if err != nil {
		return
	}
	buf := make([]byte, 64<<10)
	_ = raw.Read(func(fd uintptr) bool {
		_, _, _ = syscall.Recvfrom(int(fd), buf, syscall.MSG_DONTWAIT)
		return true
	})
}
