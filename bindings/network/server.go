package network

import (
	"errors"
	"net"
	"os"
	"strconv"
	"syscall"
	"time"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

// listen(options) binds a TCP or Unix-socket listener now, as node's
// listen does, and returns its handle, or a negative errno. options:
// {path} or {host, port, ipv6Only}. The handle starts accepting when JS
// sets onconnection and calls start(); each connection reaches
// onconnection(handle) on the loop.
func listen(rt *runtime.Runtime, call goja.FunctionCall) goja.Value {
	vm := rt.VM()
	opts := call.Argument(0).ToObject(vm)
	var ln net.Listener
	var err error
	if p := opts.Get("path"); p != nil && !goja.IsUndefined(p) && !goja.IsNull(p) {
		if err := rt.CheckSocketPath("listen", p.String()); err != nil {
			return deniedValue(rt, err)
		}
		ln, err = net.Listen("unix", p.String())
		if ul, ok := ln.(*net.UnixListener); ok {
			// As node: closing the server removes its socket file.
			ul.SetUnlinkOnClose(true)
		}
	} else {
		host := ""
		if h := opts.Get("host"); h != nil && !goja.IsUndefined(h) && !goja.IsNull(h) {
			host = h.String()
		}
		port := int(opts.Get("port").ToInteger())
		network := "tcp"
		if ipVersion(host) == 4 {
			network = "tcp4"
		}
		// As node's: accepted connections send no keep-alive probes until
		// the script asks (setKeepAlive), and cost no socket options.
		lc := net.ListenConfig{KeepAlive: -1}
		if v := opts.Get("ipv6Only"); v != nil && v.ToBoolean() {
			// IPV6_V6ONLY: the socket takes IPv6 connections only, so
			// another may bind the same port for IPv4.
			network = "tcp6"
			lc.Control = func(_, _ string, c syscall.RawConn) error {
				var serr error
				err := c.Control(func(fd uintptr) {
					serr = syscall.SetsockoptInt(int(fd), syscall.IPPROTO_IPV6, syscall.IPV6_V6ONLY, 1)
				})
				if err != nil {
					return err
				}
				return serr
			}
			if host == "" {
				host = "::"
			}
		}
		if err := rt.CheckNet("listen", host, port); err != nil {
			return deniedValue(rt, err)
		}
		ln, err = lc.Listen(rt.Context(), network, net.JoinHostPort(host, strconv.Itoa(port)))
	}
	if err != nil {
		return vm.ToValue(errnoValue(err))
	}
	return newServerHandle(rt, ln)
}

// serverHandle is a listener as JS sees it.
type serverHandle struct {
	rt      *runtime.Runtime
	ln      net.Listener
	q       *runtime.TaskQueue
	obj     *goja.Object
	started bool
	closed  bool
}

func newServerHandle(rt *runtime.Runtime, ln net.Listener) *goja.Object {
	vm := rt.VM()
	s := &serverHandle{rt: rt, ln: ln}
	o := vm.NewObject()
	s.obj = o
	markNative(vm, o)
	o.Set("getsockname", func() goja.Value { return addrInfo(vm, ln.Addr()) })
	o.Set("dupFd", func() int {
		if sc, ok := ln.(syscall.Conn); ok && !s.closed {
			return dupFd(sc)
		}
		return -int(syscall.EBADF)
	})
	o.Set("start", s.start)
	o.Set("close", func(cb goja.Value) { s.close(cb) })
	o.Set("ref", func() {
		if s.q != nil {
			s.q.Ref()
		}
	})
	o.Set("unref", func() {
		if s.q != nil {
			s.q.Unref()
		}
	})
	rt.OnClose(func() { s.close(goja.Undefined()) })
	return o
}

// onconnection returns the handle's current onconnection, read at each
// call: a cluster primary takes a listening server's handle over and
// points it elsewhere. Loop goroutine only.
func (s *serverHandle) onconnection() goja.Callable {
	fn, ok := goja.AssertFunction(s.obj.Get("onconnection"))
	if !ok {
		panic(s.rt.VM().NewTypeError("onconnection is not a function"))
	}
	return fn
}

// start begins accepting; the listener holds the loop until closed or
// unref'd.
func (s *serverHandle) start(refd bool) {
	if s.started || s.closed {
		return
	}
	s.started = true
	s.q = s.rt.Loop().NewTaskQueue()
	if !refd {
		s.q.Unref()
	}
	go func() {
		for {
			conn, err := s.ln.Accept()
			if err != nil {
				if errors.Is(err, net.ErrClosed) {
					s.q.Close(nil)
					return
				}
				if isTemporary(err) {
					time.Sleep(10 * time.Millisecond)
					continue
				}
				errno := errnoValue(err)
				s.q.Close(func() {
					s.rt.Call(s.onconnection(), goja.Undefined(), s.rt.VM().ToValue(errno))
				})
				return
			}
			if !s.q.Queue(func() {
				if s.closed {
					conn.Close()
					return
				}
				s.rt.Call(s.onconnection(), goja.Undefined(), s.rt.VM().ToValue(0), socketHandle(s.rt, conn))
			}) {
				conn.Close()
			}
		}
	}()
}

// isTemporary reports accept errors that the next accept may not repeat:
// the process ran out of descriptors for a moment, or a peer gave up.
func isTemporary(err error) bool {
	return errors.Is(err, syscall.EMFILE) || errors.Is(err, syscall.ENFILE) ||
		errors.Is(err, syscall.ECONNABORTED) || errors.Is(err, os.ErrDeadlineExceeded)
}

func (s *serverHandle) close(cb goja.Value) {
	if s.closed {
		return
	}
	s.closed = true
	_ = s.ln.Close()
	if fn, ok := goja.AssertFunction(cb); ok {
		enqueue := s.rt.Loop().Reserve()
		enqueue(func() { s.rt.Call(fn, goja.Undefined()) })
	}
}

// deniedValue is node's permission error for a refused listen or connect,
// which the JS side emits as the server's or socket's 'error'.
func deniedValue(rt *runtime.Runtime, err error) goja.Value {
	if e, ok := rt.AccessDenied(err); ok {
		return e
	}
	return rt.VM().NewGoError(err)
}
