package dgram

import (
	"context"
	"errors"
	"net"
	"net/netip"
	"strconv"
	"syscall"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/internal/streamio"
	"github.com/jsproc/jsproc/runtime"
	"golang.org/x/sys/unix"
)

// udpSocket is one dgram socket's handle. Its fields are the loop's,
// except what sender (send.go) guards with its own lock.
type udpSocket struct {
	rt   *runtime.Runtime
	ipv6 bool
	obj  *goja.Object

	conn net.PacketConn // nil until bound
	rc   syscall.RawConn

	q         *runtime.TaskQueue // open while receiving may deliver
	reader    *streamio.Reader
	refd      bool
	receiving bool
	closed    bool

	send sender
}

func newSocket(rt *runtime.Runtime, ipv6 bool) *udpSocket {
	s := &udpSocket{rt: rt, ipv6: ipv6, refd: true}
	s.send.s = s
	rt.OnClose(s.close)
	return s
}

// errnoOf is the negative errno JS builds node's error from.
func errnoOf(err error) int {
	if errors.Is(err, context.Canceled) {
		return -int(syscall.ECANCELED)
	}
	if n, ok := runtime.Errno(err); ok {
		return -int(n)
	}
	return -int(syscall.EINVAL)
}

func (s *udpSocket) object() *goja.Object {
	vm := s.rt.VM()
	o := vm.NewObject()
	s.obj = o
	o.Set("bind", func(ip string, port int, reuseAddr, ipv6Only, check bool) goja.Value {
		return s.bind(ip, port, reuseAddr, ipv6Only, check)
	})
	o.Set("connect", func(ip, host string, port int) goja.Value { return s.connect(ip, host, port) })
	o.Set("disconnect", s.disconnect)
	o.Set("send", func(call goja.FunctionCall) goja.Value { return s.sendCall(call) })
	o.Set("recvStart", s.recvStart)
	o.Set("recvStop", s.recvStop)
	o.Set("getsockname", func() goja.Value { return s.name(unix.Getsockname) })
	o.Set("getpeername", func() goja.Value { return s.name(unix.Getpeername) })
	o.Set("setBroadcast", func(on bool) int { return s.setInt(unix.SOL_SOCKET, unix.SO_BROADCAST, boolInt(on)) })
	o.Set("setTTL", s.setTTL)
	o.Set("setMulticastTTL", s.setMulticastTTL)
	o.Set("setMulticastLoopback", s.setMulticastLoopback)
	o.Set("setMulticastInterface", s.setMulticastInterface)
	o.Set("membership", s.membership)
	o.Set("sourceMembership", s.sourceMembership)
	o.Set("bufferSize", func(size int, recv bool) []int { return s.bufferSize(size, recv) })
	o.Set("getSendQueueSize", func() int { n, _ := s.send.queued(); return n })
	o.Set("getSendQueueCount", func() int { _, c := s.send.queued(); return c })
	o.Set("ref", func() { s.refd = true; s.updateRef() })
	o.Set("unref", func() { s.refd = false; s.updateRef() })
	o.Set("hasRef", func() bool { return s.refd && !s.closed })
	o.Set("close", s.close)
	o.Set("dupFd", s.dupFd)
	o.Set("open", s.open)
	o.Set("isIPv6", s.ipv6)
	return o
}

// bind makes the socket's descriptor and binds it: 0, a negative errno,
// or the policy's refusal. check asks the policy first (an explicit
// bind; the implicit one of a first send or connect is not asked about).
func (s *udpSocket) bind(ip string, port int, reuseAddr, ipv6Only, check bool) goja.Value {
	vm := s.rt.VM()
	if s.closed {
		return vm.ToValue(-int(syscall.EBADF))
	}
	if s.conn != nil {
		return vm.ToValue(-int(syscall.EINVAL))
	}
	addr, err := netip.ParseAddr(ip)
	if err != nil || addr.Is4() == s.ipv6 || port < 0 || port > 65535 {
		return vm.ToValue(-int(syscall.EINVAL))
	}
	if check {
		if err := s.rt.CheckNet("listen", ip, port); err != nil {
			return denied(s.rt, err)
		}
	}
	network := "udp4"
	if s.ipv6 {
		network = "udp6"
	}
	lc := net.ListenConfig{Control: func(_, _ string, c syscall.RawConn) error {
		var serr error
		err := c.Control(func(fd uintptr) {
			if reuseAddr {
				serr = unix.SetsockoptInt(int(fd), unix.SOL_SOCKET, unix.SO_REUSEADDR, 1)
			}
			if s.ipv6 && serr == nil {
				// Dual stack unless ipv6Only, as libuv binds.
				serr = unix.SetsockoptInt(int(fd), unix.IPPROTO_IPV6, unix.IPV6_V6ONLY, boolInt(ipv6Only))
			}
		})
		if err != nil {
			return err
		}
		return serr
	}}
	pc, err := lc.ListenPacket(s.rt.Context(), network, net.JoinHostPort(ip, strconv.Itoa(port)))
	if err != nil {
		return vm.ToValue(errnoOf(err))
	}
	if err := s.attach(pc); err != nil {
		return vm.ToValue(errnoOf(err))
	}
	return vm.ToValue(0)
}

// attach makes pc the socket's descriptor.
func (s *udpSocket) attach(pc net.PacketConn) error {
	rc, err := pc.(syscall.Conn).SyscallConn()
	if err != nil {
		pc.Close()
		return err
	}
	s.conn, s.rc = pc, rc
	return nil
}

// denied is node's permission error for a refused bind, connect or send.
func denied(rt *runtime.Runtime, err error) goja.Value {
	if e, ok := rt.AccessDenied(err); ok {
		return e
	}
	return rt.VM().NewGoError(err)
}

// sockaddr parses ip for this socket's family: nil when it is not one.
func (s *udpSocket) sockaddr(ip string, port int) unix.Sockaddr {
	addr, err := netip.ParseAddr(ip)
	if err != nil || addr.Is4() == s.ipv6 {
		return nil
	}
	if !s.ipv6 {
		return &unix.SockaddrInet4{Port: port, Addr: addr.As4()}
	}
	sa := &unix.SockaddrInet6{Port: port, Addr: addr.As16()}
	if z := addr.Zone(); z != "" {
		if ifi, err := net.InterfaceByName(z); err == nil {
			sa.ZoneId = uint32(ifi.Index)
		} else if n, err := strconv.Atoi(z); err == nil {
			sa.ZoneId = uint32(n)
		}
	}
	return sa
}

// control runs fn on the descriptor: EBADF when there is none yet.
func (s *udpSocket) control(fn func(fd int) error) int {
	if s.conn == nil || s.closed {
		return -int(syscall.EBADF)
	}
	var ferr error
	if err := s.rc.Control(func(fd uintptr) { ferr = fn(int(fd)) }); err != nil {
		return -int(syscall.EBADF)
	}
	if ferr != nil {
		return errnoOf(ferr)
	}
	return 0
}

// connect connects the socket to ip:port (host is the name the script
// gave, which the policy sees): 0, a negative errno or the refusal.
func (s *udpSocket) connect(ip, host string, port int) goja.Value {
	vm := s.rt.VM()
	if host == "" {
		host = ip
	}
	if err := s.rt.CheckNet("connect", host, port); err != nil {
		return denied(s.rt, err)
	}
	sa := s.sockaddr(ip, port)
	if sa == nil {
		return vm.ToValue(-int(syscall.EINVAL))
	}
	return vm.ToValue(s.control(func(fd int) error { return unix.Connect(fd, sa) }))
}

// disconnect dissolves the association (connect to AF_UNSPEC).
func (s *udpSocket) disconnect() int {
	return s.control(func(fd int) error {
		var sa [16]byte // sa_family AF_UNSPEC
		_, _, e := unix.Syscall(unix.SYS_CONNECT, uintptr(fd), uintptr(unsafe.Pointer(&sa[0])), uintptr(len(sa)))
		if e != 0 && e != unix.EAFNOSUPPORT {
			return e
		}
		return nil
	})
}

// name is getsockname or getpeername as {address, family, port}, or a
// negative errno.
func (s *udpSocket) name(get func(int) (unix.Sockaddr, error)) goja.Value {
	var sa unix.Sockaddr
	errno := s.control(func(fd int) error {
		var err error
		sa, err = get(fd)
		return err
	})
	if errno != 0 {
		return s.rt.VM().ToValue(errno)
	}
	address, family, port := addrOf(sa)
	o := s.rt.VM().NewObject()
	o.Set("address", address)
	o.Set("family", family)
	o.Set("port", port)
	return o
}

// addrOf describes a socket address as node does.
func addrOf(sa unix.Sockaddr) (address, family string, port int) {
	switch a := sa.(type) {
	case *unix.SockaddrInet4:
		return netip.AddrFrom4(a.Addr).String(), "IPv4", a.Port
	case *unix.SockaddrInet6:
		return ip6String(a.Addr, a.ZoneId), "IPv6", a.Port
	}
	return "", "", 0
}

func ip6String(b [16]byte, zone uint32) string {
	addr := netip.AddrFrom16(b)
	if zone != 0 {
		name := strconv.Itoa(int(zone))
		if ifi, err := net.InterfaceByIndex(int(zone)); err == nil {
			name = ifi.Name
		}
		addr = addr.WithZone(name)
	}
	return addr.String()
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// close stops receiving and sending and closes the descriptor. Pending
// sends complete with ECANCELED.
func (s *udpSocket) close() {
	if s.closed {
		return
	}
	s.closed = true
	if s.reader != nil {
		s.reader.Stop()
	}
	s.send.stop()
	if s.conn != nil {
		_ = s.conn.Close()
	}
	if s.q != nil {
		s.q.Unref()
	}
}

func (s *udpSocket) updateRef() {
	if s.q == nil {
		return
	}
	if s.refd && s.receiving && !s.closed {
		s.q.Ref()
	} else {
		s.q.Unref()
	}
}

func unsafePointer[T any](p *T) unsafe.Pointer { return unsafe.Pointer(p) }
