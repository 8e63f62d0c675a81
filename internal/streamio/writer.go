package streamio

import (
	"io"
	"os"
	"sync"
	"syscall"

	"golang.org/x/sys/unix"
)

// WriterOptions tune a Writer.
type WriterOptions struct {
	// End ends the sink for Shutdown: a half-close for a socket, closing
	// the descriptor for a pipe. Nil means Close when the sink is an
	// io.Closer, else nothing.
	End func() error
	// Blocking writes on the calling goroutine, however long the sink
	// takes, for sinks that cannot say "later" (an embedder's io.Writer
	// standing for stdout). No goroutine is started.
	Blocking bool
}

// writeReq is one queued write, or (shutdown set) the end of the sink
// after the writes queued before it.
type writeReq struct {
	data     []byte
	oob      []byte // ancillary data to send with the first byte of data
	done     func(error)
	shutdown bool
}

// Writer writes to a sink in order without ever blocking the loop on it:
// Write first gives the sink what it takes without waiting (when the sink
// is a non-blocking descriptor), and a goroutine, started on first need,
// writes the rest. Completions are reported on the loop, in order.
//
// A Writer is one source of its Sources from NewWriter until its Shutdown
// completes or it is stopped.
type Writer struct {
	dst     io.Writer
	q       Queue
	sources *Sources
	opts    WriterOptions

	mu      sync.Mutex
	cond    *sync.Cond
	reqs    []writeReq
	started bool // the goroutine was started
	running bool // the goroutine (started or about to be) finishes the source
	stopped bool
	ended   bool // the source is done (loop)

	pending  int // loop: writes queued and not yet reported
	buffered int // loop: bytes of those writes
}

// NewWriter returns a writer to dst. It must have been counted in sources.
func NewWriter(dst io.Writer, q Queue, sources *Sources, opts WriterOptions) *Writer {
	w := &Writer{dst: dst, q: q, sources: sources, opts: opts}
	w.cond = sync.NewCond(&w.mu)
	return w
}

// Pending returns how many writes are queued and not yet reported. Loop.
func (w *Writer) Pending() int { return w.pending }

// Buffered returns how many bytes of the pending writes are not yet
// written (node's writeQueueSize). Loop.
func (w *Writer) Buffered() int { return w.buffered }

// Write writes data. It returns true when the write is complete (err then
// says how it went) and done will not be called; false when the rest goes
// out later, and done(err) runs on the loop once it has. data must not
// change until then. Loop.
func (w *Writer) Write(data []byte, done func(error)) (bool, error) {
	return w.write(data, nil, done)
}

// WriteMsg writes data as Write does, with the ancillary data oob (a
// socket control message, such as descriptors built by
// unix.UnixRights) sent along with its first byte. The sink must be a
// socket descriptor (a syscall.Conn). Loop.
func (w *Writer) WriteMsg(data, oob []byte, done func(error)) (bool, error) {
	if len(data) == 0 {
		return true, syscall.EINVAL
	}
	if _, ok := w.dst.(syscall.Conn); !ok || w.opts.Blocking {
		return true, syscall.ENOTSOCK
	}
	return w.write(data, oob, done)
}

func (w *Writer) write(data, oob []byte, done func(error)) (bool, error) {
	if w.ended {
		return true, syscall.EPIPE
	}
	if w.opts.Blocking {
		_, err := w.dst.Write(data)
		return true, err
	}
	if w.pending == 0 {
		var n int
		var err error
		if oob != nil {
			n, err = trySendmsg(w.dst, data, oob)
			if n > 0 {
				oob = nil // sent with the first bytes
				var m int
				m, err = TryWrite(w.dst, data[n:])
				n += m
			}
		} else {
			n, err = TryWrite(w.dst, data)
		}
		if err != nil {
			return true, err
		}
		if n == len(data) {
			return true, nil
		}
		data = data[n:]
	}
	w.pending++
	w.buffered += len(data)
	w.push(writeReq{data: data, oob: oob, done: done})
	return false, nil
}

// Shutdown ends the sink once the writes queued before it are done. It
// returns true when that happened at once (err says how it went; done is
// not called), else done(err) runs on the loop later. Loop.
func (w *Writer) Shutdown(done func(error)) (bool, error) {
	if w.ended {
		return true, nil
	}
	w.ended = true
	w.mu.Lock()
	running := w.running
	w.running = true // from here on, the goroutine (if any) finishes
	w.mu.Unlock()
	if !running {
		err := w.end()
		w.sources.Done(nil)
		return true, err
	}
	w.push(writeReq{shutdown: true, done: done})
	return false, nil
}

// Stop abandons the queued writes (their callbacks never run) and
// finishes the source; a write in progress fails when the owner closes
// the sink. Loop.
func (w *Writer) Stop() {
	if w.ended && !w.running {
		return
	}
	w.ended = true
	w.mu.Lock()
	running := w.running
	w.running = true // no goroutine may start now
	w.stopped = true
	w.reqs = nil
	w.cond.Signal()
	w.mu.Unlock()
	if !running {
		w.sources.Done(nil)
	}
}

func (w *Writer) end() error {
	if w.opts.End != nil {
		return w.opts.End()
	}
	if c, ok := w.dst.(io.Closer); ok {
		return c.Close()
	}
	return nil
}

func (w *Writer) push(req writeReq) {
	w.mu.Lock()
	w.reqs = append(w.reqs, req)
	if !w.started {
		w.started, w.running = true, true
		go w.run()
	}
	w.cond.Signal()
	w.mu.Unlock()
}

// run is the writer goroutine: it writes the queued requests in order and
// reports each on the loop.
func (w *Writer) run() {
	var failed error
	for {
		w.mu.Lock()
		for len(w.reqs) == 0 && !w.stopped {
			w.cond.Wait()
		}
		if w.stopped {
			w.mu.Unlock()
			w.sources.Done(nil)
			return
		}
		req := w.reqs[0]
		w.reqs[0] = writeReq{}
		w.reqs = w.reqs[1:]
		w.mu.Unlock()

		done := req.done
		if req.shutdown {
			err := failed
			if err == nil {
				err = w.end()
			}
			w.sources.Done(func() {
				if done != nil {
					done(err)
				}
			})
			return
		}
		err := failed
		if err == nil {
			data := req.data
			if req.oob != nil {
				var n int
				n, err = sendmsg(w.dst, data, req.oob)
				data = data[n:]
			}
			if err == nil && len(data) > 0 {
				_, err = w.dst.Write(data)
			}
			if err != nil {
				failed = err
			}
		}
		size := len(req.data)
		w.q.Queue(func() {
			w.pending--
			w.buffered -= size
			if done != nil {
				done(err)
			}
		})
	}
}

// TryWrite writes what dst takes now without waiting, when dst is a
// non-blocking descriptor (an *os.File pipe end or socket from this
// package or os.Pipe, a net.Conn); for any other writer it writes
// nothing. EAGAIN is not an error: the caller queues the rest.
func TryWrite(dst io.Writer, data []byte) (int, error) {
	sc, ok := dst.(syscall.Conn)
	if !ok {
		return 0, nil
	}
	raw, err := sc.SyscallConn()
	if err != nil {
		return 0, err
	}
	total := 0
	var werr error
	cerr := raw.Write(func(fd uintptr) bool {
		for total < len(data) {
			n, err := syscall.Write(int(fd), data[total:])
			if n > 0 {
				total += n
			}
			if err == syscall.EINTR {
				continue
			}
			if err != nil {
				if err != syscall.EAGAIN {
					werr = err
				}
				break
			}
		}
		return true
	})
	if werr == nil && cerr != nil {
		werr = cerr
	}
	if werr == os.ErrClosed {
		werr = syscall.EPIPE
	}
	return total, werr
}

// trySendmsg sends data with oob if the socket takes it now; 0 bytes and
// no error when it is full.
func trySendmsg(dst io.Writer, data, oob []byte) (int, error) {
	return sendmsgOnce(dst, data, oob, false)
}

// sendmsg sends data with oob, waiting in Go's poller until the socket
// takes at least the first byte. It returns the bytes sent.
func sendmsg(dst io.Writer, data, oob []byte) (int, error) {
	return sendmsgOnce(dst, data, oob, true)
}

func sendmsgOnce(dst io.Writer, data, oob []byte, wait bool) (int, error) {
	sc, ok := dst.(syscall.Conn)
	if !ok {
		return 0, syscall.ENOTSOCK
	}
	raw, err := sc.SyscallConn()
	if err != nil {
		return 0, err
	}
	var n int
	var serr error
	cerr := raw.Write(func(fd uintptr) bool {
		for {
			n, serr = unix.SendmsgN(int(fd), data, oob, nil, unix.MSG_NOSIGNAL)
			if serr != syscall.EINTR {
				break
			}
		}
		if serr == syscall.EAGAIN {
			n, serr = 0, nil
			return !wait
		}
		return true
	})
	if serr == nil && cerr != nil {
		serr = cerr
	}
	if serr == os.ErrClosed {
		serr = syscall.EPIPE
	}
	return n, serr
}
