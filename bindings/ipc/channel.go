// Package ipc implements Node's IPC channel between a parent and a forked
// child: a Unix socket carrying newline-delimited JSON messages, the child
// side (process.send, process.on('message'), ...) and the parent side used
// by child_process.fork and spawn's 'ipc' stdio entry.
//
// The wire format is node's 'json' serialization: each message is the
// JSON.stringify text of the value followed by "\n". Messages whose `cmd`
// starts with "NODE_" are node's internal messages; they are emitted as
// 'internalMessage', never as 'message'. A message may carry a descriptor
// (SCM_RIGHTS) with it: node's handle passing (NODE_HANDLE).
//
// The channel moves its bytes with internal/streamio, as every other
// stream does: a streamio.Reader (credits, one loop task per chunk read)
// and a streamio.Writer (writes tried at once, the rest finished off the
// loop, completions in order).
package ipc

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
	"syscall"

	"github.com/jsproc/jsproc/internal/streamio"
	"golang.org/x/sys/unix"
)

// Channel is one end of an IPC socket. Start connects it to a loop queue;
// from then on its methods run on that loop unless noted.
type Channel struct {
	file *os.File // the socket, non-blocking, served by Go's poller
	fd   int
	src  *rightsReader

	r       *streamio.Reader
	w       *streamio.Writer
	closed  bool // loop: Close or Destroy was called
	endOnce sync.Once
}

// ErrClosed is returned when writing to a closed channel.
var ErrClosed = errors.New("ipc: channel closed")

// NewPair creates a connected socket pair for a child process: it returns
// the file to give the child (as the descriptor named by NODE_CHANNEL_FD)
// and the parent's Channel. The caller closes child once the child has
// started.
func NewPair() (child *os.File, parent *Channel, err error) {
	parentFile, child, err := streamio.SocketPair("ipc")
	if err != nil {
		return nil, nil, err
	}
	return child, newChannel(parentFile), nil
}

// FromFD opens the channel a parent passed as descriptor fd (the value of
// NODE_CHANNEL_FD). The descriptor is taken over by the Channel and keeps
// its number, so that process.channel.fd names it, as in node.
func FromFD(fd int) (*Channel, error) {
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil {
		return nil, fmt.Errorf("ipc: NODE_CHANNEL_FD %d: %w", fd, err)
	}
	if st.Mode&unix.S_IFMT != unix.S_IFSOCK {
		return nil, fmt.Errorf("ipc: NODE_CHANNEL_FD %d is not a socket", fd)
	}
	unix.CloseOnExec(fd)
	if err := unix.SetNonblock(fd, true); err != nil {
		return nil, fmt.Errorf("ipc: NODE_CHANNEL_FD %d: %w", fd, err)
	}
	return newChannel(os.NewFile(uintptr(fd), "ipc")), nil
}

// fromFile makes a Channel of a duplicate of the socket f; the caller
// keeps f.
func fromFile(f *os.File) (*Channel, error) {
	raw, err := f.SyscallConn()
	if err != nil {
		return nil, err
	}
	var nfd int
	var derr error
	if err := raw.Control(func(fd uintptr) { nfd, derr = unix.FcntlInt(fd, unix.F_DUPFD_CLOEXEC, 0) }); err != nil {
		return nil, err
	}
	if derr != nil {
		return nil, os.NewSyscallError("dup", derr)
	}
	if err := unix.SetNonblock(nfd, true); err != nil {
		unix.Close(nfd)
		return nil, os.NewSyscallError("setnonblock", err)
	}
	return newChannel(os.NewFile(uintptr(nfd), "ipc")), nil
}

// newChannel wraps a non-blocking socket file.
func newChannel(f *os.File) *Channel {
	c := &Channel{file: f, fd: int(-1)}
	if raw, err := f.SyscallConn(); err == nil {
		_ = raw.Control(func(fd uintptr) { c.fd = int(fd) })
	}
	c.src = &rightsReader{f: f}
	return c
}

// Fd returns the channel's file descriptor number (process.channel.fd).
// Any goroutine.
func (c *Channel) Fd() int { return c.fd }

// Start starts reading and makes the channel writable; reads, write
// completions and the end are delivered through q. deliver gets each
// chunk read; end runs once when reading ends (io.EOF, a read error, or
// os.ErrClosed after a local Close). q is closed once both the reader and
// the writer are done. Call once, on the loop.
func (c *Channel) Start(q streamio.Queue, deliver func([]byte), end func(error)) {
	sources := streamio.NewSources(q, 2, nil)
	c.w = streamio.NewWriter(c.file, q, sources, streamio.WriterOptions{End: c.closeSocket})
	// The loop reads the socket itself where it can (a message is usually
	// answered within microseconds; a reading goroutine's hand-off to the
	// loop would cost more than the message), taking what the socket holds
	// when it gets to it, as node does: messages read together are emitted
	// together, even after a listener disconnects. Read on a goroutine,
	// what arrives while the loop is busy joins the chunk it has not taken
	// yet, to the same effect. Received descriptors stay in their own
	// queue, in order, so joining bytes does not separate them from their
	// messages.
	c.r = streamio.StartReader(c.src, q, sources, streamio.ReaderOptions{Merge: 1 << 20, OnLoop: true}, deliver, end)
}

// Write sends data (one whole serialized message, "\n" included) with the
// descriptors fds (SCM_RIGHTS, nil for none). It returns true when the
// write completed at once (err says how); otherwise done(err) runs on the
// loop once it has. The descriptors are the caller's: it may close them
// once the write has completed. Loop.
func (c *Channel) Write(data []byte, fds []int, done func(error)) (bool, error) {
	if c.closed {
		return true, ErrClosed
	}
	if len(fds) > 0 {
		return c.w.WriteMsg(data, unix.UnixRights(fds...), done)
	}
	return c.w.Write(data, done)
}

// Pending returns the bytes queued and not yet written. Loop.
func (c *Channel) Pending() int {
	if c.w == nil {
		return 0
	}
	return c.w.Buffered()
}

// TakeFD returns the oldest descriptor received and not yet taken, or -1.
// Descriptors arrive with the bytes of the message they belong to, so the
// one for a NODE_HANDLE message has arrived when that message is read.
// Any goroutine.
func (c *Channel) TakeFD() int { return c.src.take() }

// Close closes the channel once queued writes are written (as far as the
// peer reads them): reading stops at once and the socket is closed after
// the last write. Safe to call more than once. Loop.
func (c *Channel) Close() {
	if c.closed {
		return
	}
	c.closed = true
	if c.r == nil {
		c.closeSocket()
		return
	}
	c.r.Stop()
	c.w.Shutdown(nil)
}

// Destroy closes the channel now, dropping queued writes: for a runtime
// that is going away. Safe to call more than once, from any goroutine
// once the loop has stopped.
func (c *Channel) Destroy() {
	c.closed = true
	if c.r != nil {
		c.r.Stop()
		c.w.Stop()
	}
	c.closeSocket()
}

// closeSocket closes the socket and any received descriptor nobody took;
// a read blocked on it returns.
func (c *Channel) closeSocket() error {
	c.endOnce.Do(func() {
		c.file.Close()
		c.src.closeAll()
	})
	return nil
}

// rightsReader reads the socket with recvmsg, keeping the descriptors
// that arrive (SCM_RIGHTS) in order for TakeFD. It is the streamio.Reader's
// source, read by its goroutine only.
type rightsReader struct {
	f   *os.File
	raw syscall.RawConn
	oob []byte

	// The current read, for recv (made once: no closure per read).
	buf       []byte
	n, oobn   int
	err       error
	recvFn    func(fd uintptr) bool
	recvNowFn func(fd uintptr) bool

	mu  sync.Mutex
	fds []int
}

// init prepares the reader for its first read.
func (s *rightsReader) init() error {
	if s.raw != nil {
		return nil
	}
	raw, err := s.f.SyscallConn()
	if err != nil {
		return err
	}
	s.raw, s.oob = raw, make([]byte, unix.CmsgSpace(4*16))
	s.recvFn = s.recv
	s.recvNowFn = func(fd uintptr) bool {
		s.recv(fd)
		return true
	}
	return nil
}

// SyscallConn returns the socket's raw connection, so that the loop can
// wait for it (streamio.NowReader).
func (s *rightsReader) SyscallConn() (syscall.RawConn, error) {
	if err := s.init(); err != nil {
		return nil, err
	}
	return s.raw, nil
}

// ReadNow reads what has arrived without waiting (streamio.NowReader).
func (s *rightsReader) ReadNow(p []byte) (int, error) {
	if err := s.init(); err != nil {
		return 0, err
	}
	s.buf = p
	err := s.raw.Read(s.recvNowFn)
	s.buf = nil
	if err != nil {
		return 0, os.ErrClosed
	}
	if s.err == unix.EAGAIN {
		return 0, nil
	}
	return s.result()
}

// Read reads what has arrived, waiting in Go's poller when nothing has.
func (s *rightsReader) Read(p []byte) (int, error) {
	if err := s.init(); err != nil {
		return 0, err
	}
	s.buf = p
	err := s.raw.Read(s.recvFn)
	s.buf = nil
	if err != nil {
		return 0, err
	}
	return s.result()
}

// result makes a read's answer of the last recvmsg.
func (s *rightsReader) result() (int, error) {
	if s.oobn > 0 {
		s.keep(s.oob[:s.oobn])
	}
	if s.err != nil {
		if s.err == unix.ECONNRESET {
			return 0, io.EOF
		}
		return 0, os.NewSyscallError("read", s.err)
	}
	if s.n == 0 {
		return 0, io.EOF
	}
	return s.n, nil
}

func (s *rightsReader) recv(fd uintptr) bool {
	for {
		s.n, s.oobn, _, _, s.err = unix.Recvmsg(int(fd), s.buf, s.oob, unix.MSG_CMSG_CLOEXEC)
		if s.err != unix.EINTR {
			break
		}
	}
	return s.err != unix.EAGAIN
}

// keep records the descriptors of a control message.
func (s *rightsReader) keep(oob []byte) {
	msgs, err := unix.ParseSocketControlMessage(oob)
	if err != nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, m := range msgs {
		fds, err := unix.ParseUnixRights(&m)
		if err != nil {
			continue
		}
		s.fds = append(s.fds, fds...)
	}
}

func (s *rightsReader) take() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.fds) == 0 {
		return -1
	}
	fd := s.fds[0]
	s.fds = s.fds[1:]
	return fd
}

func (s *rightsReader) closeAll() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, fd := range s.fds {
		unix.Close(fd)
	}
	s.fds = nil
}

// isEOF reports whether a read ended with the peer's orderly or abrupt
// close, which node reports as a plain end.
func isEOF(err error) bool { return errors.Is(err, io.EOF) || errors.Is(err, syscall.ECONNRESET) }
