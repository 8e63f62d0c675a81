package dgram

import (
	"sync"
	"syscall"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

// sender sends a socket's datagrams in order. A send is tried at once on
// the loop; one the kernel cannot take yet (EAGAIN) waits, with every
// send after it, for a goroutine that sends them as the socket drains and
// reports each on the loop. A waiting send holds the loop, as libuv's
// send requests do, even on an unref'd socket.
type sender struct {
	s *udpSocket

	mu      sync.Mutex
	pending []*sendReq
	bytes   int
	running bool // a goroutine sends the pending requests
	stopped bool
}

// sendReq is a datagram waiting for the socket.
type sendReq struct {
	bufs [][]byte // copies: the script may change its buffers meanwhile
	size int
	to   unix.Sockaddr // nil on a connected socket
	done func(errno, sent int)
}

// queued reports the bytes and datagrams waiting.
func (sd *sender) queued() (bytes, count int) {
	sd.mu.Lock()
	defer sd.mu.Unlock()
	return sd.bytes, len(sd.pending)
}

// stop cancels the waiting sends: they complete with ECANCELED.
func (sd *sender) stop() {
	sd.mu.Lock()
	sd.stopped = true
	sd.mu.Unlock()
}

// sendCall is the handle's send(list, port, ip, host, oncomplete): port 0
// sends on the connected socket. It returns the datagram's size + 1 when
// it was sent at once, 0 when oncomplete(errno, sent) will follow, a
// negative errno, or the policy's refusal.
func (s *udpSocket) sendCall(call goja.FunctionCall) goja.Value {
	vm := s.rt.VM()
	if s.conn == nil || s.closed {
		return vm.ToValue(-int(syscall.EBADF))
	}
	list := call.Argument(0).ToObject(vm)
	port := int(call.Argument(1).ToInteger())
	var to unix.Sockaddr
	if port != 0 {
		ip, host := call.Argument(2).String(), call.Argument(3).String()
		if goja.IsUndefined(call.Argument(3)) || goja.IsNull(call.Argument(3)) || host == "" {
			host = ip
		}
		if err := s.rt.CheckNet("connect", host, port); err != nil {
			return denied(s.rt, err)
		}
		if to = s.sockaddr(ip, port); to == nil {
			return vm.ToValue(-int(syscall.EINVAL))
		}
	}
	oncomplete, _ := goja.AssertFunction(call.Argument(4))
	n := int(list.Get("length").ToInteger())
	bufs := make([][]byte, 0, n)
	size := 0
	for i := 0; i < n; i++ {
		b, ok := s.rt.Bytes(list.Get(itoa(i)))
		if !ok {
			return vm.ToValue(-int(syscall.EINVAL))
		}
		bufs = append(bufs, b)
		size += len(b)
	}
	sd := &s.send
	sd.mu.Lock()
	busy := sd.running
	sd.mu.Unlock()
	if !busy {
		sent, err := s.sendNow(bufs, to)
		if err == nil {
			return vm.ToValue(sent + 1)
		}
		if err != unix.EAGAIN {
			return vm.ToValue(errnoOf(err))
		}
	}
	for i, b := range bufs {
		bufs[i] = append([]byte(nil), b...)
	}
	enqueue := s.rt.Loop().Reserve()
	req := &sendReq{bufs: bufs, size: size, to: to, done: func(errno, sent int) {
		enqueue(func() {
			if oncomplete != nil {
				s.rt.Call(oncomplete, goja.Undefined(), vm.ToValue(errno), vm.ToValue(sent))
			}
		})
	}}
	sd.mu.Lock()
	sd.pending = append(sd.pending, req)
	sd.bytes += size
	start := !sd.running
	sd.running = true
	sd.mu.Unlock()
	if start {
		go sd.run(s.rc)
	}
	return vm.ToValue(0)
}

// sendNow sends one datagram if the socket takes it without waiting.
func (s *udpSocket) sendNow(bufs [][]byte, to unix.Sockaddr) (int, error) {
	var n int
	var err error
	cerr := s.rc.Write(func(fd uintptr) bool {
		for {
			n, err = unix.SendmsgBuffers(int(fd), bufs, nil, to, 0)
			if err != unix.EINTR {
				return true
			}
		}
	})
	if cerr != nil {
		return 0, syscall.EBADF
	}
	return n, err
}

// run sends the waiting datagrams in order, waiting for the socket to
// take each, until none is left.
func (sd *sender) run(rc syscall.RawConn) {
	for {
		sd.mu.Lock()
		if len(sd.pending) == 0 {
			sd.running = false
			sd.mu.Unlock()
			return
		}
		req, stopped := sd.pending[0], sd.stopped
		sd.mu.Unlock()
		var n int
		var err error
		if stopped {
			err = syscall.ECANCELED
		} else if cerr := rc.Write(func(fd uintptr) bool {
			for {
				n, err = unix.SendmsgBuffers(int(fd), req.bufs, nil, req.to, 0)
				if err != unix.EINTR {
					return err != unix.EAGAIN
				}
			}
		}); cerr != nil {
			err = syscall.ECANCELED
		}
		sd.mu.Lock()
		sd.pending[0] = nil
		sd.pending = sd.pending[1:]
		sd.bytes -= req.size
		sd.mu.Unlock()
		errno := 0
		if err != nil {
			errno = errnoOf(err)
			n = 0
		}
		req.done(errno, n)
	}
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}
