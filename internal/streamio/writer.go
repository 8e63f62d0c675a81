package streamio

import (
	"io"
	"os"
	"sync"
	"syscall"
	"unsafe"

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
	// OnLoop writes what the sink does not take at once from the loop
	// itself, with no goroutine, when the queue is a WritePoller and the
	// sink a non-blocking pipe or stream socket: the loop waits for room
	// with everything else, writes when room frees up and reports the
	// completions in the same turn, as libuv does. Such a writer sends no
	// ancillary data (WriteMsg fails with EOPNOTSUPP).
	OnLoop bool
}

// mark is a queued write's completion: done runs once the bytes up to
// pos of the writer's stream are written.
type mark struct {
	pos  int64
	done func(error)
}

// oobMark is ancillary data (descriptors) to send with the first byte of
// bufs[index].
type oobMark struct {
	index int
	oob   []byte
}

// copyUnder is the size under which queued data is copied into the
// writer's own buffer rather than referenced, so that many small writes
// go out in one system call.
const copyUnder = 4 << 10

// Writer writes to a sink in order without ever blocking the loop on it:
// Write first gives the sink what it takes without waiting (when the sink
// is a non-blocking descriptor), and a goroutine, started on first need,
// writes the rest. What is queued while the goroutine writes goes out
// together, in one system call (writev) where the sink allows. Each
// queued write's completion is reported on the loop, in order.
//
// A Writer is one source of its Sources from NewWriter until its Shutdown
// completes or it is stopped.
type Writer struct {
	dst     io.Writer
	q       Queue
	sources *Sources
	opts    WriterOptions

	mu       sync.Mutex
	cond     *sync.Cond
	bufs     [][]byte  // queued, not yet taken by the goroutine
	oobs     []oobMark // ancillary data to send with the first byte of some of bufs
	owned    bool      // the last of bufs is the writer's own (small writes are appended to it)
	written  int64     // bytes of the stream done with (written, or dropped after a failure)
	okUpTo   int64     // bytes written without error
	failed   error     // the first write error; later writes fail with it
	shutdown bool      // end the sink once bufs are written
	onEnd    func(error)
	firing   bool // a fire task is queued
	started  bool // the goroutine was started
	running  bool // the goroutine (started or about to be) finishes the source
	stopped  bool

	// Loop-goroutine state.
	queued int64  // bytes of the stream queued so far (written or not)
	marks  []mark // completions not yet reported
	ended  bool   // the source is done
	// pw is set once the loop writes for the writer (writer_poll.go).
	pw *pollWriter
}

// NewWriter returns a writer to dst. It must have been counted in sources.
func NewWriter(dst io.Writer, q Queue, sources *Sources, opts WriterOptions) *Writer {
	w := &Writer{dst: dst, q: q, sources: sources, opts: opts}
	w.cond = sync.NewCond(&w.mu)
	return w
}

// Pending returns how many writes are queued and not yet reported. Loop.
func (w *Writer) Pending() int { return len(w.marks) }

// Buffered returns how many queued bytes are not yet written (node's
// writeQueueSize). Loop.
func (w *Writer) Buffered() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return int(w.queued - w.written)
}

// Write writes data. It returns true when the write is complete (err then
// says how it went) and done will not be called; false when the rest goes
// out later, and done(err) runs on the loop once it has. data must not
// change until then (a small rest is copied). Loop.
func (w *Writer) Write(data []byte, done func(error)) (bool, error) {
	if w.ended {
		return true, syscall.EPIPE
	}
	if w.opts.Blocking {
		_, err := w.dst.Write(data)
		return true, err
	}
	if len(w.marks) == 0 && w.idle() {
		n, err := TryWrite(w.dst, data)
		w.advance(int64(n))
		if err != nil {
			return true, err
		}
		if n == len(data) {
			return true, nil
		}
		data = data[n:]
	}
	w.enqueue(data)
	w.marks = append(w.marks, mark{pos: w.queued, done: done})
	return false, nil
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
	if w.opts.OnLoop {
		return true, syscall.EOPNOTSUPP
	}
	if w.ended {
		return true, syscall.EPIPE
	}
	if len(w.marks) == 0 && w.idle() {
		n, err := trySendmsg(w.dst, data, oob)
		if n > 0 {
			oob = nil // sent with the first bytes
			var m int
			m, err = TryWrite(w.dst, data[n:])
			n += m
		}
		w.advance(int64(n))
		if err != nil {
			return true, err
		}
		if n == len(data) {
			return true, nil
		}
		data = data[n:]
	}
	if oob == nil {
		w.enqueue(data)
	} else {
		// A buffer of its own, so that the descriptors go with its first
		// byte and nothing queued before it is appended to it.
		w.queued += int64(len(data))
		w.mu.Lock()
		w.oobs = append(w.oobs, oobMark{index: len(w.bufs), oob: oob})
		w.bufs = append(w.bufs, data)
		w.owned = false
		w.startLocked()
		w.cond.Signal()
		w.mu.Unlock()
	}
	w.marks = append(w.marks, mark{pos: w.queued, done: done})
	return false, nil
}

// Writev writes parts in order as one write: true when all of it is
// written now, else done(err) runs on the loop once it is. Loop.
func (w *Writer) Writev(parts [][]byte, done func(error)) (bool, error) {
	for len(parts) > 0 && len(parts[0]) == 0 {
		parts = parts[1:]
	}
	if len(parts) <= 1 {
		var data []byte
		if len(parts) == 1 {
			data = parts[0]
		}
		return w.Write(data, done)
	}
	if w.ended {
		return true, syscall.EPIPE
	}
	if w.opts.Blocking {
		_, err := writeBuffers(w.dst, parts)
		return true, err
	}
	if len(w.marks) == 0 && w.idle() {
		for len(parts) > 0 {
			n, err := TryWrite(w.dst, parts[0])
			w.advance(int64(n))
			if err != nil {
				return true, err
			}
			if n < len(parts[0]) {
				parts[0] = parts[0][n:]
				break
			}
			parts = parts[1:]
		}
		if len(parts) == 0 {
			return true, nil
		}
	}
	for _, p := range parts {
		w.enqueue(p)
	}
	w.marks = append(w.marks, mark{pos: w.queued, done: done})
	return false, nil
}

// WriteString is Write of a string's bytes. Loop.
func (w *Writer) WriteString(s string, done func(error)) (bool, error) {
	return w.Write(stringBytes(s), done)
}

// stringBytes shares a string's bytes: the writer only reads what it
// queues (its own buffers are the only ones it appends to), and a string
// never changes.
func stringBytes(s string) []byte { return unsafe.Slice(unsafe.StringData(s), len(s)) }

// Append adds data to the last queued write, which completes once data
// is written too, and reports true; when no write is queued it does
// nothing and reports false. It lets a caller that sees one write in
// flight (a Writable stream) pass later ones on without a callback each.
// data is copied when small. Loop.
func (w *Writer) Append(data []byte) bool {
	if w.ended || w.opts.Blocking || len(w.marks) == 0 {
		return false
	}
	w.enqueue(data)
	w.marks[len(w.marks)-1].pos = w.queued
	return true
}

// AppendString is Append of a string's bytes. Loop.
func (w *Writer) AppendString(s string) bool {
	return w.Append(stringBytes(s))
}

// idle reports whether every queued byte is written. Loop.
func (w *Writer) idle() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.written == w.queued
}

// advance records n bytes written at once by the loop.
func (w *Writer) advance(n int64) {
	if n == 0 {
		return
	}
	w.queued += n
	w.mu.Lock()
	w.written += n
	w.okUpTo += n
	w.mu.Unlock()
}

// enqueue queues data for the goroutine, copying it when small. Loop.
func (w *Writer) enqueue(data []byte) {
	w.queued += int64(len(data))
	w.mu.Lock()
	switch {
	case len(data) >= copyUnder:
		w.bufs = append(w.bufs, data)
		w.owned = false
	case w.owned && cap(w.bufs[len(w.bufs)-1])-len(w.bufs[len(w.bufs)-1]) >= len(data):
		last := &w.bufs[len(w.bufs)-1]
		*last = append(*last, data...)
	default:
		buf := make([]byte, 0, max(16<<10, len(data)))
		w.bufs = append(w.bufs, append(buf, data...))
		w.owned = true
	}
	w.startLocked()
	w.cond.Signal()
	w.mu.Unlock()
}

func (w *Writer) startLocked() {
	if w.startPolledLocked() {
		return
	}
	if !w.started {
		w.started, w.running = true, true
		go w.run()
	}
}

// Shutdown ends the sink once the writes queued before it are done. It
// returns true when that happened at once (err says how it went; done is
// not called), else done(err) runs on the loop later. Loop.
func (w *Writer) Shutdown(done func(error)) (bool, error) {
	if w.ended {
		return true, nil
	}
	if w.pw != nil {
		return w.shutdownPolled(done)
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
	w.mu.Lock()
	w.shutdown, w.onEnd = true, done
	w.cond.Signal()
	w.mu.Unlock()
	return false, nil
}

// TakeUnreported returns the completions of the writes not reported
// yet, in order, and forgets them: a Stop that follows drops their bytes
// without a word, and the caller reports them its own way (node calls
// a destroyed stream's pending write callbacks with no error). Loop.
func (w *Writer) TakeUnreported() []func(error) {
	var dones []func(error)
	for _, m := range w.marks {
		if m.done != nil {
			dones = append(dones, m.done)
		}
	}
	w.marks = nil
	return dones
}

// Stop abandons the queued writes (their callbacks never run) and
// finishes the source; a write in progress fails when the owner closes
// the sink. Loop.
func (w *Writer) Stop() {
	if w.pw != nil {
		w.stopPolled()
		return
	}
	if w.ended && !w.running {
		return
	}
	w.ended = true
	w.marks = nil
	w.mu.Lock()
	running := w.running
	w.running = true // no goroutine may start now
	w.stopped = true
	w.bufs, w.oobs = nil, nil
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

// fire reports, on the loop, the completions of the writes done with.
func (w *Writer) fire() {
	w.mu.Lock()
	w.firing = false
	written, ok, failed := w.written, w.okUpTo, w.failed
	w.mu.Unlock()
	for len(w.marks) > 0 && w.marks[0].pos <= written {
		m := w.marks[0]
		w.marks[0] = mark{}
		w.marks = w.marks[1:]
		if m.done == nil {
			continue
		}
		if m.pos <= ok {
			m.done(nil)
		} else {
			m.done(failed)
		}
	}
}

// run is the writer goroutine: it writes what is queued, all of it at
// once, and has the completions reported on the loop.
func (w *Writer) run() {
	for {
		w.mu.Lock()
		for len(w.bufs) == 0 && !w.shutdown && !w.stopped {
			w.cond.Wait()
		}
		if w.stopped {
			w.mu.Unlock()
			w.sources.Done(nil)
			return
		}
		if len(w.bufs) == 0 {
			// Shut down, every write before it done.
			err, done := w.failed, w.onEnd
			w.mu.Unlock()
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
		bufs, oobs := w.bufs, w.oobs
		w.bufs, w.oobs, w.owned = nil, nil, false
		failed := w.failed
		w.mu.Unlock()

		var total, n int64
		for _, b := range bufs {
			total += int64(len(b))
		}
		var err error
		if failed == nil {
			n, err = writeQueued(w.dst, bufs, oobs)
		}
		w.mu.Lock()
		w.written += total
		w.okUpTo += n
		if err != nil && w.failed == nil {
			w.failed = err
		}
		queue := !w.firing
		w.firing = true
		w.mu.Unlock()
		if queue {
			w.q.Queue(w.fire)
		}
	}
}

// writeQueued writes bufs in order, each oobs entry's ancillary data
// with the first byte of its buffer, and returns how many bytes went out.
func writeQueued(dst io.Writer, bufs [][]byte, oobs []oobMark) (int64, error) {
	var total int64
	start := 0
	for _, m := range oobs {
		if m.index > start {
			n, err := writeBuffers(dst, bufs[start:m.index])
			total += n
			if err != nil {
				return total, err
			}
		}
		n, err := sendmsg(dst, bufs[m.index], m.oob)
		total += int64(n)
		if err != nil {
			return total, err
		}
		bufs[m.index] = bufs[m.index][n:]
		start = m.index
	}
	n, err := writeBuffers(dst, bufs[start:])
	return total + n, err
}

// writeBuffers writes bufs in order, in as few system calls as the sink
// allows, and returns how many bytes went out.
func writeBuffers(dst io.Writer, bufs [][]byte) (int64, error) {
	if len(bufs) == 1 {
		n, err := dst.Write(bufs[0])
		return int64(n), err
	}
	sc, ok := dst.(syscall.Conn)
	if !ok {
		var total int64
		for _, b := range bufs {
			n, err := dst.Write(b)
			total += int64(n)
			if err != nil {
				return total, err
			}
		}
		return total, nil
	}
	raw, err := sc.SyscallConn()
	if err != nil {
		return 0, err
	}
	return writevRaw(raw, bufs, true)
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
			rest := data[total:]
			n, err := syscall.Write(int(fd), rest)
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
			if n < len(rest) {
				// A short write: the sink is full, and one more try
				// would only find so (libuv's try-write stops here too).
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
