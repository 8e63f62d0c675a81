package network

import (
	"context"
	"crypto/tls"
	"errors"
	"net"
	"os"
	"strconv"
	"syscall"
	"time"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/bindings/stream"
	"github.com/jsproc/jsproc/runtime"
)

// addrInfo describes an address to JS: {address, family, port} for TCP,
// the path for a Unix socket.
func addrInfo(vm *goja.Runtime, a net.Addr) goja.Value {
	switch a := a.(type) {
	case *net.TCPAddr:
		o := vm.NewObject()
		ip := a.IP
		family := "IPv6"
		if ip4 := ip.To4(); ip4 != nil && len(ip) == net.IPv4len {
			family = "IPv4"
		} else if ip.To4() != nil && a.Zone == "" && isMapped(ip) {
			family = "IPv6"
		}
		addr := ip.String()
		if a.Zone != "" {
			addr += "%" + a.Zone
		}
		o.Set("address", addr)
		o.Set("family", family)
		o.Set("port", a.Port)
		return o
	case *net.UnixAddr:
		if a.Name == "" || a.Name == "@" {
			return goja.Undefined()
		}
		return vm.ToValue(a.Name)
	}
	return goja.Undefined()
}

func isMapped(ip net.IP) bool { return len(ip) == net.IPv6len && ip.To4() != nil }

// errnoValue is the negative errno JS builds node's error from.
func errnoValue(err error) int {
	if errors.Is(err, context.Canceled) {
		return -int(syscall.ECANCELED)
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		return -3008 // node's ENOTFOUND (UV_EAI_NONAME)
	}
	if errno, ok := runtime.Errno(err); ok {
		return -int(errno)
	}
	if errors.Is(err, os.ErrDeadlineExceeded) {
		return -int(syscall.ETIMEDOUT)
	}
	return -int(syscall.EIO)
}

// socketHandle wraps a connection for JS: a stream Handle with the
// socket's own methods added.
func socketHandle(rt *runtime.Runtime, conn net.Conn) *goja.Object {
	vm := rt.VM()
	var end func() error
	raw := conn
	switch c := conn.(type) {
	case *net.TCPConn:
		end = c.CloseWrite
	case *net.UnixConn:
		end = c.CloseWrite
	case *tls.Conn:
		end = c.CloseWrite
		raw = c.NetConn()
		if dc, ok := raw.(*duplexConn); ok {
			// Over a JS stream, the close_notify is followed by the
			// stream's end, as node's JSStreamSocket shuts down.
			end = func() error {
				err := c.CloseWrite()
				_ = dc.CloseWrite()
				return err
			}
		}
	}
	// A plain socket's connection can be taken over by a TLS client
	// (tls.connect({socket})) while the script has not read from it.
	var held net.Conn = conn
	var d *detachable
	var frag *fragmentConn
	if raw == conn {
		d = &detachable{Conn: conn}
		held = d
	} else if tc, ok := conn.(*tls.Conn); ok {
		frag = &fragmentConn{Conn: tc}
		held = frag
	}
	h := stream.NewHandle(rt, held, stream.HandleOptions{Readable: true, Writable: true, End: end})
	o := h.Object()
	if d != nil {
		readStarted := false
		for _, name := range []string{"readStart", "divert"} {
			fn, _ := goja.AssertFunction(o.Get(name))
			o.Set(name, func(call goja.FunctionCall) goja.Value {
				readStarted = true
				v, err := fn(goja.Undefined(), call.Arguments...)
				if err != nil {
					panic(err)
				}
				return v
			})
		}
		o.Set("detach", detachFunc(rt, d, &readStarted, func() { h.Close(goja.Undefined()) }))
	}
	if tc, ok := conn.(*tls.Conn); ok {
		o.Set("tlsInfo", peerInfo(vm, tc.ConnectionState(), "", ""))
		o.Set("setMaxSendFragment", func(size int) bool { return frag.setMax(size) })
	}
	markNative(vm, o)
	o.Set("getsockname", func() goja.Value { return addrInfo(vm, conn.LocalAddr()) })
	o.Set("getpeername", func() goja.Value { return addrInfo(vm, conn.RemoteAddr()) })
	o.Set("dupFd", func() int { return connDupFd(conn) })
	o.Set("setNoDelay", func(on bool) int {
		if c, ok := raw.(*net.TCPConn); ok {
			return errnoOrZero(c.SetNoDelay(on))
		}
		return 0
	})
	o.Set("resetAndClose", func(cb goja.Value) {
		// SO_LINGER 0: the close sends RST, the peer reads ECONNRESET.
		if c, ok := raw.(*net.TCPConn); ok {
			_ = c.SetLinger(0)
		}
		h.Close(cb)
	})
	o.Set("setKeepAlive", func(on bool, delaySecs int) int {
		c, ok := raw.(*net.TCPConn)
		if !ok {
			return 0
		}
		if err := c.SetKeepAlive(on); err != nil {
			return errnoValue(err)
		}
		if on && delaySecs > 0 {
			return errnoOrZero(c.SetKeepAlivePeriod(time.Duration(delaySecs) * time.Second))
		}
		return 0
	})
	return o
}

func errnoOrZero(err error) int {
	if err == nil {
		return 0
	}
	return errnoValue(err)
}

// connect(options, cb) dials off the loop and calls cb(errno, handle) on
// it. options: {path} for a Unix socket, or {host (an IP address), port,
// localAddress, localPort, family}. It returns a function
// that abandons the attempt.
func connect(rt *runtime.Runtime, call goja.FunctionCall) goja.Value {
	vm := rt.VM()
	opts := call.Argument(0).ToObject(vm)
	cb, _ := goja.AssertFunction(call.Argument(1))
	str := func(k string) string {
		v := opts.Get(k)
		if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
			return ""
		}
		return v.String()
	}
	num := func(k string) int {
		v := opts.Get(k)
		if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
			return 0
		}
		return int(v.ToInteger())
	}
	ctx, cancel := context.WithCancel(rt.Context())
	enqueue := rt.Loop().Reserve()
	path, host, port, family := str("path"), str("host"), num("port"), num("family")
	// The policy sees the host as the script named it (hostname, kept by
	// the JS side across its lookup), or the address it gave.
	var denied error
	if path != "" {
		denied = rt.CheckSocketPath("connect", path)
	} else if name := str("hostname"); name != "" {
		denied = rt.CheckNet("connect", name, port)
	} else {
		denied = rt.CheckNet("connect", host, port)
	}
	if denied != nil {
		e, ok := rt.AccessDenied(denied)
		if !ok {
			e = vm.NewGoError(denied)
		}
		enqueue(func() {
			cancel()
			rt.Call(cb, goja.Undefined(), e)
		})
		return vm.ToValue(func() {})
	}
	localAddr, localPort := str("localAddress"), num("localPort")
	var tlsOpts *tlsOptions
	var tlsCfg *tls.Config
	if t := opts.Get("tls"); t != nil && !goja.IsUndefined(t) {
		var err error
		tlsOpts, _ = tlsOptionsFrom(vm, t)
		if tlsCfg, err = tlsOpts.config(); err != nil {
			panic(vm.NewGoError(err))
		}
	}
	go func() {
		var conn net.Conn
		var err error
		// As node's: no keep-alive probes unless the script asks.
		d := net.Dialer{KeepAlive: -1}
		if path != "" {
			conn, err = d.DialContext(ctx, "unix", path)
		} else {
			network := "tcp"
			switch family {
			case 4:
				network = "tcp4"
			case 6:
				network = "tcp6"
			}
			if localAddr != "" || localPort != 0 {
				d.LocalAddr = &net.TCPAddr{IP: net.ParseIP(localAddr), Port: localPort}
			}
			conn, err = d.DialContext(ctx, network, net.JoinHostPort(host, strconv.Itoa(port)))
		}
		var code, message string
		var tlsErr error
		if err == nil && tlsCfg != nil {
			tc := tls.Client(conn, tlsCfg)
			code, message, tlsErr = handshake(ctx, tc, tlsOpts)
			if tlsErr != nil {
				conn.Close()
			}
			conn = tc
		}
		enqueue(func() {
			cancel()
			if err != nil {
				rt.Call(cb, goja.Undefined(), vm.ToValue(errnoValue(err)))
				return
			}
			if tlsErr != nil {
				rt.Call(cb, goja.Undefined(), vm.ToValue(-int(syscall.ECONNRESET)), goja.Undefined(), vm.ToValue(handshakeMessage(tlsErr)))
				return
			}
			h := socketHandle(rt, conn)
			if tc, ok := conn.(*tls.Conn); ok {
				secureHandle(rt, h, tc, tlsOpts, code, message)
			}
			rt.Call(cb, goja.Undefined(), vm.ToValue(0), h)
		})
	}()
	return vm.ToValue(func() { cancel() })
}
