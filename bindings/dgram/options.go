package dgram

import (
	"net"
	"net/netip"
	"strconv"
	"syscall"

	"golang.org/x/sys/unix"
)

// Socket options, set as libuv sets them: each returns 0 or a negative
// errno (EBADF before the socket is bound).

func (s *udpSocket) setInt(level, opt, v int) int {
	return s.control(func(fd int) error { return unix.SetsockoptInt(fd, level, opt, v) })
}

// setTTL sets the unicast hop limit, 1 to 255.
func (s *udpSocket) setTTL(ttl int) int {
	if s.conn == nil {
		return -int(syscall.EBADF)
	}
	if ttl < 1 || ttl > 255 {
		return -int(syscall.EINVAL)
	}
	if s.ipv6 {
		return s.setInt(unix.IPPROTO_IPV6, unix.IPV6_UNICAST_HOPS, ttl)
	}
	return s.setInt(unix.IPPROTO_IP, unix.IP_TTL, ttl)
}

// setMulticastTTL sets the multicast hop limit, 0 to 255.
func (s *udpSocket) setMulticastTTL(ttl int) int {
	if s.conn == nil {
		return -int(syscall.EBADF)
	}
	if ttl < 0 || ttl > 255 {
		return -int(syscall.EINVAL)
	}
	if s.ipv6 {
		return s.setInt(unix.IPPROTO_IPV6, unix.IPV6_MULTICAST_HOPS, ttl)
	}
	return s.setInt(unix.IPPROTO_IP, unix.IP_MULTICAST_TTL, ttl)
}

func (s *udpSocket) setMulticastLoopback(on bool) int {
	if s.ipv6 {
		return s.setInt(unix.IPPROTO_IPV6, unix.IPV6_MULTICAST_LOOP, boolInt(on))
	}
	return s.setInt(unix.IPPROTO_IP, unix.IP_MULTICAST_LOOP, boolInt(on))
}

// setMulticastInterface chooses the interface multicast leaves by: an
// IPv4 address of it, or for IPv6 a scope ("::%eth0"; "::" for the
// default).
func (s *udpSocket) setMulticastInterface(iface string) int {
	if s.conn == nil {
		return -int(syscall.EBADF)
	}
	addr, err := netip.ParseAddr(iface)
	if err != nil || addr.Is4() == s.ipv6 {
		return -int(syscall.EINVAL)
	}
	if !s.ipv6 {
		return s.control(func(fd int) error {
			return unix.SetsockoptInet4Addr(fd, unix.IPPROTO_IP, unix.IP_MULTICAST_IF, addr.As4())
		})
	}
	index := zoneIndex(addr.Zone())
	if index < 0 {
		return -int(syscall.EINVAL)
	}
	return s.setInt(unix.IPPROTO_IPV6, unix.IPV6_MULTICAST_IF, index)
}

// zoneIndex is the interface index an address's zone names: 0 for none,
// -1 for an unknown interface.
func zoneIndex(zone string) int {
	if zone == "" {
		return 0
	}
	if n, err := strconv.Atoi(zone); err == nil {
		return n
	}
	ifi, err := net.InterfaceByName(zone)
	if err != nil {
		return -1
	}
	return ifi.Index
}

// deferredBind gives an unbound socket its descriptor, bound to every
// address and an ephemeral port with SO_REUSEADDR, as libuv does before
// changing a multicast membership: a later bind() then fails (EINVAL).
// The policy is not asked: nothing is received before bind() succeeds.
func (s *udpSocket) deferredBind() int {
	if s.conn != nil || s.closed {
		return 0
	}
	ip := "0.0.0.0"
	if s.ipv6 {
		ip = "::"
	}
	if v, ok := s.bind(ip, 0, true, false, false).Export().(int64); ok {
		return int(v)
	}
	return -int(syscall.EINVAL)
}

// membership joins (add) or leaves a multicast group, on the interface
// iface names ("" for the system's choice).
func (s *udpSocket) membership(group, iface string, add bool) int {
	g, err := netip.ParseAddr(group)
	if err != nil {
		return -int(syscall.EINVAL)
	}
	if errno := s.deferredBind(); errno != 0 {
		return errno
	}
	if g.Is4() {
		if s.ipv6 {
			return -int(syscall.EINVAL)
		}
		mreq := &unix.IPMreq{Multiaddr: g.As4()}
		if iface != "" {
			i, err := netip.ParseAddr(iface)
			if err != nil || !i.Is4() {
				return -int(syscall.EINVAL)
			}
			mreq.Interface = i.As4()
		}
		opt := unix.IP_DROP_MEMBERSHIP
		if add {
			opt = unix.IP_ADD_MEMBERSHIP
		}
		return s.control(func(fd int) error { return unix.SetsockoptIPMreq(fd, unix.IPPROTO_IP, opt, mreq) })
	}
	if !s.ipv6 {
		return -int(syscall.EINVAL)
	}
	mreq := &unix.IPv6Mreq{Multiaddr: g.As16()}
	if iface != "" {
		i, err := netip.ParseAddr(iface)
		if err != nil || i.Is4() {
			return -int(syscall.EINVAL)
		}
		index := zoneIndex(i.Zone())
		if index < 0 {
			return -int(syscall.EINVAL)
		}
		mreq.Interface = uint32(index)
	}
	opt := unix.IPV6_DROP_MEMBERSHIP
	if add {
		opt = unix.IPV6_ADD_MEMBERSHIP
	}
	return s.control(func(fd int) error { return unix.SetsockoptIPv6Mreq(fd, unix.IPPROTO_IPV6, opt, mreq) })
}

// sourceMembership joins (add) or leaves a source-specific multicast
// group (IPv4: ip_mreq_source; IPv6: group_source_req).
func (s *udpSocket) sourceMembership(source, group, iface string, add bool) int {
	src, err1 := netip.ParseAddr(source)
	g, err2 := netip.ParseAddr(group)
	if err1 != nil || err2 != nil || src.Is4() != g.Is4() || g.Is4() == s.ipv6 {
		return -int(syscall.EINVAL)
	}
	if errno := s.deferredBind(); errno != 0 {
		return errno
	}
	if g.Is4() {
		var req [12]byte // imr_multiaddr, imr_interface, imr_sourceaddr
		ga, sa := g.As4(), src.As4()
		copy(req[0:4], ga[:])
		if iface != "" {
			i, err := netip.ParseAddr(iface)
			if err != nil || !i.Is4() {
				return -int(syscall.EINVAL)
			}
			ia := i.As4()
			copy(req[4:8], ia[:])
		}
		copy(req[8:12], sa[:])
		opt := unix.IP_DROP_SOURCE_MEMBERSHIP
		if add {
			opt = unix.IP_ADD_SOURCE_MEMBERSHIP
		}
		return s.control(func(fd int) error {
			return unix.SetsockoptString(fd, unix.IPPROTO_IP, opt, string(req[:]))
		})
	}
	index := 0
	if iface != "" {
		i, err := netip.ParseAddr(iface)
		if err != nil || i.Is4() {
			return -int(syscall.EINVAL)
		}
		if index = zoneIndex(i.Zone()); index < 0 {
			return -int(syscall.EINVAL)
		}
	}
	// struct group_source_req: a 4-byte interface index, padding to 8,
	// then two sockaddr_storage (128 bytes each) for group and source.
	var req [8 + 128 + 128]byte
	*(*uint32)(unsafePointer(&req[0])) = uint32(index)
	putSockaddr6(req[8:], g.As16())
	putSockaddr6(req[136:], src.As16())
	opt := unix.MCAST_LEAVE_SOURCE_GROUP
	if add {
		opt = unix.MCAST_JOIN_SOURCE_GROUP
	}
	return s.control(func(fd int) error {
		return unix.SetsockoptString(fd, unix.IPPROTO_IPV6, opt, string(req[:]))
	})
}

// putSockaddr6 writes a sockaddr_in6 for addr (port 0) into b.
func putSockaddr6(b []byte, addr [16]byte) {
	*(*uint16)(unsafePointer(&b[0])) = unix.AF_INET6
	copy(b[8:24], addr[:])
}

// bufferSize gets (size 0) or sets the receive or send buffer's size:
// [0, size] or [negative errno].
func (s *udpSocket) bufferSize(size int, recv bool) []int {
	opt := unix.SO_SNDBUF
	if recv {
		opt = unix.SO_RCVBUF
	}
	var got int
	errno := s.control(func(fd int) error {
		if size == 0 {
			var err error
			got, err = unix.GetsockoptInt(fd, unix.SOL_SOCKET, opt)
			return err
		}
		got = size
		return unix.SetsockoptInt(fd, unix.SOL_SOCKET, opt, size)
	})
	if errno != 0 {
		return []int{errno}
	}
	return []int{0, got}
}
