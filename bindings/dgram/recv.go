package dgram

import (
	"encoding/binary"
	"errors"
	"os"
	"syscall"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/internal/streamio"
	"golang.org/x/sys/unix"
)

// A received datagram reaches the loop as one streamio chunk: a header
// (what it is and who sent it) and the payload.
//
//	[0]      kind: kindDatagram, or kindError (a failed receive)
//	[1]      family: 4 or 6
//	[2:4]    port, big-endian
//	[4:8]    IPv6 zone (interface index), or for kindError the errno
//	[8:24]   address (IPv4 in the first 4 bytes)
//	[24:]    payload
const (
	header       = 24
	kindDatagram = 0
	kindError    = 1
	// maxDatagram is the largest UDP payload (IPv6's, without jumbograms).
	maxDatagram = 65535
	// readSize makes every read buffer hold a whole datagram: a Reader
	// takes a new slab when less than a quarter of readSize is left.
	readSize = 4 * (header + maxDatagram + 1)
)

// datagramSource reads one datagram per read and writes its header. It
// is a streamio.NowReader, so that the loop reads it when datagrams
// arrive, and an io.Reader (a read that waits) where the loop cannot.
type datagramSource struct {
	rc syscall.RawConn

	// One read's state, used by readFn.
	buf  []byte
	wait bool
	n    int
	from unix.Sockaddr
	err  error

	readFn func(fd uintptr) bool
}

func newDatagramSource(rc syscall.RawConn) *datagramSource {
	d := &datagramSource{rc: rc}
	d.readFn = d.recv
	return d
}

// SyscallConn is the socket's raw connection.
func (d *datagramSource) SyscallConn() (syscall.RawConn, error) { return d.rc, nil }

// ReadNow reads a datagram that has arrived, or nothing.
func (d *datagramSource) ReadNow(p []byte) (int, error) { return d.read(p, false) }

// Read waits for a datagram.
func (d *datagramSource) Read(p []byte) (int, error) { return d.read(p, true) }

func (d *datagramSource) recv(fd uintptr) bool {
	for {
		d.n, d.from, d.err = unix.Recvfrom(int(fd), d.buf[header:], 0)
		if d.err != unix.EINTR {
			break
		}
	}
	return !(d.wait && d.err == unix.EAGAIN)
}

func (d *datagramSource) read(p []byte, wait bool) (int, error) {
	if len(p) < header+maxDatagram {
		return 0, errors.New("dgram: read buffer too small")
	}
	d.buf, d.wait = p, wait
	cerr := d.rc.Read(d.readFn)
	d.buf = nil
	switch {
	case cerr != nil:
		return 0, os.ErrClosed
	case d.err == unix.EAGAIN:
		return 0, nil
	case d.err != nil:
		// A receive error (ECONNREFUSED on a connected socket) is
		// reported and receiving goes on, as libuv does.
		clear(p[:header])
		p[0] = kindError
		n, _ := errnoValue(d.err)
		binary.BigEndian.PutUint32(p[4:8], uint32(n))
		return header, nil
	}
	clear(p[:header])
	p[0] = kindDatagram
	switch a := d.from.(type) {
	case *unix.SockaddrInet4:
		p[1] = 4
		binary.BigEndian.PutUint16(p[2:4], uint16(a.Port))
		copy(p[8:12], a.Addr[:])
	case *unix.SockaddrInet6:
		p[1] = 6
		binary.BigEndian.PutUint16(p[2:4], uint16(a.Port))
		binary.BigEndian.PutUint32(p[4:8], a.ZoneId)
		copy(p[8:24], a.Addr[:])
	}
	return header + d.n, nil
}

func errnoValue(err error) (syscall.Errno, bool) {
	var e syscall.Errno
	if errors.As(err, &e) {
		return e, true
	}
	return syscall.EIO, false
}

// recvStart starts (or resumes) receiving: each datagram calls the
// handle's onmessage(size, buffer, address, family, port) on the loop, a
// failed receive onmessage(negative errno).
func (s *udpSocket) recvStart() int {
	if s.conn == nil || s.closed {
		return -int(syscall.EBADF)
	}
	s.receiving = true
	if s.reader != nil {
		s.reader.Resume()
		s.updateRef()
		return 0
	}
	onmessage, ok := goja.AssertFunction(s.obj.Get("onmessage"))
	if !ok {
		return -int(syscall.EINVAL)
	}
	s.q = s.rt.Loop().NewTaskQueue()
	s.updateRef()
	s.reader = streamio.StartReader(newDatagramSource(s.rc), s.q, streamio.NewSources(s.q, 1, nil),
		streamio.ReaderOptions{Size: readSize, OnLoop: true},
		func(chunk []byte) { s.deliver(onmessage, chunk) },
		func(err error) {
			s.receiving = false
			s.updateRef()
			if s.closed || streamio.IsClosed(err) {
				return
			}
			n, _ := errnoValue(err)
			s.rt.Call(onmessage, goja.Undefined(), s.rt.VM().ToValue(-int(n)))
		})
	return 0
}

// recvStop stops receiving; the socket no longer holds the loop.
func (s *udpSocket) recvStop() int {
	if s.reader != nil {
		s.reader.Pause()
	}
	s.receiving = false
	s.updateRef()
	return 0
}

func (s *udpSocket) deliver(onmessage goja.Callable, chunk []byte) {
	if s.closed || len(chunk) < header {
		return
	}
	vm := s.rt.VM()
	if chunk[0] == kindError {
		s.rt.Call(onmessage, goja.Undefined(), vm.ToValue(-int(binary.BigEndian.Uint32(chunk[4:8]))))
		return
	}
	var address, family string
	if chunk[1] == 4 {
		address, family, _ = addrOf(&unix.SockaddrInet4{Addr: [4]byte(chunk[8:12])})
	} else {
		address, family, _ = addrOf(&unix.SockaddrInet6{Addr: [16]byte(chunk[8:24]), ZoneId: binary.BigEndian.Uint32(chunk[4:8])})
	}
	payload := chunk[header:]
	s.rt.Call(onmessage, goja.Undefined(), vm.ToValue(len(payload)), s.rt.WrapBytes(payload),
		vm.ToValue(address), vm.ToValue(family), vm.ToValue(int(binary.BigEndian.Uint16(chunk[2:4]))))
}
