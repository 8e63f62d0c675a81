package network

import (
	"bufio"
	"context"
	"errors"
	"net"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

// getaddrinfo's errors as node numbers them (libuv's UV_EAI_*).
const (
	eaiAgain   = -3001
	eaiFail    = -3004
	eaiNoName  = -3008
	eaiService = -3010
)

// lookupErrno maps a Go resolver error to node's getaddrinfo errno.
func lookupErrno(err error) int {
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		switch {
		case dnsErr.IsNotFound:
			return eaiNoName
		case dnsErr.IsTimeout, dnsErr.IsTemporary:
			return eaiAgain
		}
		return eaiFail
	}
	if errors.Is(err, context.Canceled) {
		return -3003 // UV_EAI_CANCELED
	}
	return eaiFail
}

// v4Mapped is node's dns.V4MAPPED hint.
const v4Mapped = 8

// lookupIPs is getaddrinfo as node calls it: the system's hosts file,
// then DNS, through Go's resolver. family is 0, 4 or 6; order is
// "verbatim", "ipv4first" or "ipv6first". With family 6 and the
// V4MAPPED hint, IPv4 addresses stand in (as ::ffff:a.b.c.d) when there
// is no IPv6 one.
func lookupIPs(ctx context.Context, host string, family, hints int, order string) ([]net.IPAddr, error) {
	ips, err := net.DefaultResolver.LookupIP(ctx, "ip", host)
	if err != nil {
		return nil, err
	}
	var addrs, mapped []net.IPAddr
	for _, ip := range ips {
		ip4 := ip.To4()
		switch {
		case ip4 != nil && family == 6:
			mapped = append(mapped, net.IPAddr{IP: ip4.To16()})
		case ip4 != nil:
			addrs = append(addrs, net.IPAddr{IP: ip4})
		case family != 4:
			addrs = append(addrs, net.IPAddr{IP: ip})
		}
	}
	if len(addrs) == 0 && hints&v4Mapped != 0 {
		addrs = mapped
	}
	if len(addrs) == 0 {
		return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
	}
	if order != "verbatim" && order != "" {
		v4First := order == "ipv4first"
		sort.SliceStable(addrs, func(i, j int) bool {
			a, b := len(addrs[i].IP) == net.IPv4len, len(addrs[j].IP) == net.IPv4len
			if v4First {
				return a && !b
			}
			return !a && b
		})
	}
	return addrs, nil
}

// dnsLookup(host, family, hints, order, cb) resolves off the loop and calls
// cb(errno, [address, family, address, family...]) on it.
func dnsLookup(rt *runtime.Runtime, call goja.FunctionCall) goja.Value {
	vm := rt.VM()
	host := call.Argument(0).String()
	family := int(call.Argument(1).ToInteger())
	hints := int(call.Argument(2).ToInteger())
	order := call.Argument(3).String()
	cb, _ := goja.AssertFunction(call.Argument(4))
	ctx, cancel := context.WithCancel(rt.Context())
	enqueue := rt.Loop().Reserve()
	go func() {
		addrs, err := lookupIPs(ctx, host, family, hints, order)
		enqueue(func() {
			cancel()
			if err != nil {
				rt.Call(cb, goja.Undefined(), vm.ToValue(lookupErrno(err)))
				return
			}
			out := make([]any, 0, 2*len(addrs))
			for _, a := range addrs {
				if len(a.IP) == net.IPv4len {
					out = append(out, a.IP.String(), 4)
				} else if a.IP.To4() != nil {
					out = append(out, "::ffff:"+a.IP.To4().String(), 6)
				} else {
					out = append(out, a.IP.String(), 6)
				}
			}
			rt.Call(cb, goja.Undefined(), vm.ToValue(0), vm.ToValue(out))
		})
	}()
	return goja.Undefined()
}

// dnsLookupService(address, port, cb) is getnameinfo: cb(errno, host,
// service), the host from the hosts file or a PTR query (the address
// itself when there is none), the service from /etc/services.
func dnsLookupService(rt *runtime.Runtime, call goja.FunctionCall) goja.Value {
	vm := rt.VM()
	addr := call.Argument(0).String()
	port := int(call.Argument(1).ToInteger())
	cb, _ := goja.AssertFunction(call.Argument(2))
	ctx, cancel := context.WithCancel(rt.Context())
	enqueue := rt.Loop().Reserve()
	go func() {
		host := addr
		names, err := net.DefaultResolver.LookupAddr(ctx, addr)
		if err == nil && len(names) > 0 {
			host = strings.TrimSuffix(names[0], ".")
		}
		service := serviceName(port, "tcp")
		enqueue(func() {
			cancel()
			rt.Call(cb, goja.Undefined(), vm.ToValue(0), vm.ToValue(host), vm.ToValue(service))
		})
	}()
	return goja.Undefined()
}

// serviceName finds port's name for proto in /etc/services, or returns
// the number, as getnameinfo does.
func serviceName(port int, proto string) string {
	want := strconv.Itoa(port) + "/" + proto
	f, err := os.Open("/etc/services")
	if err != nil {
		return strconv.Itoa(port)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		fields := strings.Fields(line)
		if len(fields) >= 2 && fields[1] == want {
			return fields[0]
		}
	}
	return strconv.Itoa(port)
}
