// Package ipc implements Node's IPC channel between a parent and a forked
// child: a Unix socket carrying newline-delimited JSON messages, the child
// side (process.send, process.on('message'), ...) and the parent side used
// by child_process.fork and spawn's 'ipc' stdio entry.
//
// The wire format is node's 'json' serialization: each message is the
// JSON.stringify text of the value followed by "\n". Messages whose `cmd`
// starts with "NODE_" are node's internal messages; they are emitted as
// 'internalMessage', never as 'message'.
package ipc

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"sync"
	"syscall"

	"github.com/jsproc/jsproc/internal/streamio"
	"golang.org/x/sys/unix"
)

// readSize is the size of one read from the socket.
const readSize = 64 << 10

// Channel is one end of an IPC socket. Reads happen on a goroutine that
// splits the stream into lines and hands batches of them to OnLines; writes
// are tried at once on the caller's goroutine and finished by a writer
// goroutine when the socket is full, keeping their order.
type Channel struct {
	conn *net.UnixConn
	fd   int
	orig *os.File // the inherited descriptor, kept open for its number

	mu      sync.Mutex
	queue   []*writeReq // writes not yet fully written, in order
	queued  int         // bytes in queue
	writing bool        // the writer goroutine is running
	closed  bool
	onDone  func(token any, err error) // called by the writer goroutine as writes complete
}

// writeReq is the unwritten rest of one message and its caller's token.
type writeReq struct {
	data  []byte
	token any
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
	parent, err = fromFile(parentFile)
	parentFile.Close()
	if err != nil {
		child.Close()
		return nil, nil, err
	}
	return child, parent, nil
}

// FromFD opens the channel a parent passed as descriptor fd (the value of
// NODE_CHANNEL_FD). The descriptor is taken over by the Channel.
func FromFD(fd int) (*Channel, error) {
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil {
		return nil, fmt.Errorf("ipc: NODE_CHANNEL_FD %d: %w", fd, err)
	}
	if st.Mode&unix.S_IFMT != unix.S_IFSOCK {
		return nil, fmt.Errorf("ipc: NODE_CHANNEL_FD %d is not a socket", fd)
	}
	unix.CloseOnExec(fd)
	f := os.NewFile(uintptr(fd), "ipc")
	ch, err := fromFile(f)
	if err != nil {
		f.Close()
		return nil, err
	}
	// Keep the inherited descriptor open so that process.channel.fd names
	// the channel, as in node; it is closed with the channel.
	ch.orig = f
	ch.fd = fd
	return ch, nil
}

// fromFile makes a Channel of a socket file; the Channel works on a
// duplicate, the caller keeps f.
func fromFile(f *os.File) (*Channel, error) {
	c, err := net.FileConn(f)
	if err != nil {
		return nil, fmt.Errorf("ipc: %w", err)
	}
	uc, ok := c.(*net.UnixConn)
	if !ok {
		c.Close()
		return nil, errors.New("ipc: channel is not a Unix socket")
	}
	raw, err := uc.SyscallConn()
	if err != nil {
		uc.Close()
		return nil, err
	}
	ch := &Channel{conn: uc}
	_ = raw.Control(func(fd uintptr) { ch.fd = int(fd) })
	return ch, nil
}

// Fd returns the channel's file descriptor number (process.channel.fd).
func (c *Channel) Fd() int { return c.fd }

// ReadLoop reads the socket until EOF or an error, calling onLines with
// each batch of complete lines (without their "\n") in order, and onEnd
// once at the end (err is nil for an orderly EOF or a local Close).
// Descriptors received with a message (node's handle passing) are closed:
// jsproc cannot adopt them. It blocks; run it on its own goroutine.
func (c *Channel) ReadLoop(onLines func(lines []string), onEnd func(err error)) {
	buf := make([]byte, readSize)
	oob := make([]byte, unix.CmsgSpace(4*16))
	var partial []byte
	for {
		n, oobn, _, _, err := c.conn.ReadMsgUnix(buf, oob)
		if oobn > 0 {
			closeRights(oob[:oobn])
		}
		if n > 0 {
			data := buf[:n]
			var lines []string
			for {
				i := bytes.IndexByte(data, '\n')
				if i < 0 {
					break
				}
				if len(partial) > 0 {
					partial = append(partial, data[:i]...)
					lines = append(lines, string(partial))
					partial = partial[:0]
				} else {
					lines = append(lines, string(data[:i]))
				}
				data = data[i+1:]
			}
			if len(data) > 0 {
				partial = append(partial, data...)
			}
			if len(lines) > 0 {
				onLines(lines)
			}
		}
		if err != nil {
			c.mu.Lock()
			local := c.closed
			c.mu.Unlock()
			if local || errors.Is(err, net.ErrClosed) || isEOF(err) {
				err = nil
			}
			onEnd(err)
			return
		}
	}
}

func isEOF(err error) bool {
	return errors.Is(err, io.EOF) || errors.Is(err, syscall.ECONNRESET)
}

// closeRights closes any descriptors carried in a control message.
func closeRights(oob []byte) {
	msgs, err := unix.ParseSocketControlMessage(oob)
	if err != nil {
		return
	}
	for _, m := range msgs {
		fds, err := unix.ParseUnixRights(&m)
		if err != nil {
			continue
		}
		for _, fd := range fds {
			unix.Close(fd)
		}
	}
}

// SetOnWriteDone sets the function the writer goroutine calls, in order,
// for each write that did not complete at once, with the token given to
// Write and the write's error. Set it before writing.
func (c *Channel) SetOnWriteDone(fn func(token any, err error)) { c.onDone = fn }

// Write sends data (one whole serialized message, "\n" included). It first
// tries to write at once; whatever does not fit is finished by the writer
// goroutine, which reports it through the drain function with token. It
// returns whether the write completed at once, the bytes still queued after
// it, and an error if the write failed at once.
func (c *Channel) Write(data []byte, token any) (sync bool, queued int, err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return false, c.queued, ErrClosed
	}
	if len(c.queue) == 0 {
		n, werr := streamio.TryWrite(c.conn, data)
		if werr != nil {
			return false, 0, werr
		}
		if n == len(data) {
			return true, 0, nil
		}
		data = data[n:]
	}
	c.queue = append(c.queue, &writeReq{data: data, token: token})
	c.queued += len(data)
	if !c.writing {
		c.writing = true
		go c.writer()
	}
	return false, c.queued, nil
}

// writer finishes queued writes, waiting for the socket to take them.
func (c *Channel) writer() {
	for {
		c.mu.Lock()
		if len(c.queue) == 0 {
			c.writing = false
			if c.closed {
				c.closeSocket()
			}
			c.mu.Unlock()
			return
		}
		req := c.queue[0]
		c.mu.Unlock()
		_, err := c.conn.Write(req.data)
		c.mu.Lock()
		c.queue = c.queue[1:]
		c.queued -= len(req.data)
		done := []*writeReq{req}
		if err != nil {
			// The socket is broken: fail everything queued.
			done = append(done, c.queue...)
			c.queue = nil
			c.queued = 0
		}
		c.mu.Unlock()
		for _, r := range done {
			if c.onDone != nil {
				c.onDone(r.token, err)
			}
		}
	}
}

// Pending reports the bytes waiting to be written.
func (c *Channel) Pending() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.queued
}

// Close closes the channel once queued writes are flushed (as far as the
// peer reads them); the reader then ends. Safe to call more than once.
func (c *Channel) Close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return
	}
	c.closed = true
	if !c.writing {
		c.closeSocket()
	}
	// Otherwise the writer goroutine closes the socket when it has flushed.
}

func (c *Channel) closeSocket() {
	c.conn.Close()
	if c.orig != nil {
		c.orig.Close()
	}
}
