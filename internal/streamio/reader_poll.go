package streamio

import (
	"io"
	"os"
	"syscall"

	"golang.org/x/sys/unix"
)

// Poller is a Queue whose loop can wait for descriptors itself (jsproc's
// TaskQueue). A Reader of a non-blocking descriptor on such a queue reads
// on the loop, when the loop sees data arrive, instead of on a goroutine
// of its own: nothing is handed from one goroutine to another, which is
// most of what a small message answered at once costs otherwise.
type Poller interface {
	// PollRead has ready run on the loop, as a task of the queue, when
	// data or the end arrives on rc's descriptor (edge-triggered), and
	// whenever feed asks for another turn (feed: any goroutine). stop ends
	// it (any goroutine). Call it on the loop; an error means the caller
	// reads on a goroutine.
	PollRead(rc syscall.RawConn, ready func()) (feed, stop func(), err error)
}

// endsPoller is a Poller that tells a stream socket's reader whether its
// descriptor's end, a hang-up or an error was reported
// (runtime.TaskQueue.PollReadEnds).
type endsPoller interface {
	PollReadEnds(rc syscall.RawConn, ready func()) (feed, stop func(), ended func() bool, err error)
}

// NowReader is a source that can be read without waiting, so that a
// Reader on a Poller reads it on the loop. A non-blocking *os.File or
// net.Conn is one already (through its syscall.RawConn); a source that
// reads its descriptor its own way (recvmsg, to take descriptors passed
// along) implements it.
type NowReader interface {
	syscall.Conn
	// ReadNow reads what has arrived without waiting: n > 0 bytes, or 0
	// and a nil error when nothing has; io.EOF at the end.
	ReadNow(p []byte) (n int, err error)
}

// polled is a Reader's state when the loop reads its source. Its fields
// are the loop's, except feed and stop.
type polled struct {
	src     NowReader
	sources *Sources
	opts    ReaderOptions
	deliver func([]byte)
	end     func(error)

	feed, unpoll func()
	// ended is the poller's report of the source's end (ShortReadDrains);
	// nil: every read that finds data is followed by another.
	ended func() bool

	slab []byte
	off  int
	size int
	done bool
}

// startPolled reads src on q's loop when both allow it, reporting whether
// it does.
func (r *Reader) startPolled(q Queue, sources *Sources, opts ReaderOptions, deliver func([]byte), end func(error)) bool {
	pq, ok := q.(Poller)
	if !opts.OnLoop || !ok {
		return false
	}
	src := nowReaderOf(r.src)
	if src == nil {
		return false
	}
	rc, err := src.SyscallConn()
	if err != nil {
		return false
	}
	pl := &polled{src: src, sources: sources, opts: opts, deliver: deliver, end: end, size: opts.Size}
	var feed, stop func()
	ready := func() { r.readNow(pl) }
	if ep, ok := q.(endsPoller); ok && opts.ShortReadDrains {
		feed, stop, pl.ended, err = ep.PollReadEnds(rc, ready)
	} else {
		feed, stop, err = pq.PollRead(rc, ready)
	}
	if err != nil {
		return false
	}
	pl.feed, pl.unpoll = feed, stop
	r.pl = pl
	// Data that arrived before the registration raised no event.
	feed()
	return true
}

// readNow is the loop's turn at the source: one read, delivered at once.
// After a read that found data it asks for another turn, so other work
// runs between chunks, as between a goroutine reader's tasks.
func (r *Reader) readNow(pl *polled) {
	if pl.done {
		return
	}
	select {
	case <-r.stopped:
		pl.finish(os.ErrClosed)
		return
	default:
	}
	if r.paused.Load() {
		return // Resume asks for a turn
	}
	if pl.slab == nil || len(pl.slab)-pl.off < smallChunk || len(pl.slab)-pl.off < pl.size/4 {
		pl.slab, pl.off = getBuf(pl.size), 0
	}
	buf := pl.slab[pl.off:]
	if m := pl.opts.MaxChunk; m > 0 && len(buf) > m {
		buf = buf[:m]
	}
	n, err := pl.src.ReadNow(buf)
	if n > 0 {
		var data []byte
		if n < smallChunk {
			data = append([]byte(nil), buf[:n]...)
		} else {
			data = buf[:n:n]
			pl.off += n
		}
		// A consumer that gets full reads gets larger ones, up to Merge
		// bytes, as a goroutine reader's merged chunks grow.
		if n == len(buf) && pl.opts.Merge > pl.size {
			pl.size = min(2*pl.size, pl.opts.Merge)
		} else if n < len(buf) {
			pl.size = pl.opts.Size
		}
		pl.deliver(data)
	}
	if err != nil {
		select {
		case <-r.stopped:
			err = os.ErrClosed
		default:
		}
		pl.finish(err)
		return
	}
	if n > 0 {
		// Only a read that finds nothing shows the source empty: a short
		// read may leave the end (or bytes behind passed descriptors)
		// unread, and its arrival was the event already seen. A stream
		// socket's short read empties it, though: unless its end was
		// seen, what arrives later raises an event of its own.
		if pl.ended != nil && n < len(buf) && !pl.ended() {
			return
		}
		pl.feed()
	}
}

// finish ends the reader: the registration goes, and end follows as the
// reader's last task.
func (pl *polled) finish(err error) {
	pl.done = true
	pl.unpoll()
	if pl.slab != nil && pl.off == 0 {
		putBuf(pl.slab)
	}
	pl.slab = nil
	end := pl.end
	pl.sources.Done(func() { end(err) })
}

// nowReaderOf returns src as a NowReader, or nil when it cannot be read
// without waiting: src is no descriptor, or one that blocks (a descriptor
// shared with other processes, such as an inherited stdin, keeps its
// mode), or a regular file.
func nowReaderOf(src io.Reader) NowReader {
	if nr, ok := src.(NowReader); ok {
		return nr
	}
	sc, ok := src.(syscall.Conn)
	if !ok {
		return nil
	}
	rc, err := sc.SyscallConn()
	if err != nil {
		return nil
	}
	var nonblock, stream bool
	cerr := rc.Control(func(fd uintptr) {
		fl, err := unix.FcntlInt(fd, unix.F_GETFL, 0)
		if err != nil {
			return
		}
		nonblock = fl&unix.O_NONBLOCK != 0
		var st unix.Stat_t
		if unix.Fstat(int(fd), &st) != nil {
			return
		}
		switch st.Mode & unix.S_IFMT {
		case unix.S_IFIFO:
			stream = true
		case unix.S_IFSOCK:
			typ, err := unix.GetsockoptInt(int(fd), unix.SOL_SOCKET, unix.SO_TYPE)
			stream = err == nil && typ == unix.SOCK_STREAM
		}
	})
	if cerr != nil || !nonblock || !stream {
		return nil
	}
	fr := &fdNowReader{rc: rc}
	if f, ok := src.(*os.File); ok {
		fr.name = f.Name()
	}
	fr.readFn = fr.read
	return fr
}

// fdNowReader reads a non-blocking pipe or stream socket without waiting.
type fdNowReader struct {
	rc   syscall.RawConn
	name string // the file's name for errors, "" for a connection

	buf    []byte
	n      int
	err    error
	readFn func(fd uintptr) bool
}

func (f *fdNowReader) SyscallConn() (syscall.RawConn, error) { return f.rc, nil }

func (f *fdNowReader) ReadNow(p []byte) (int, error) {
	f.buf = p
	cerr := f.rc.Read(f.readFn)
	f.buf = nil
	switch {
	case cerr != nil:
		return 0, os.ErrClosed // closed under the reader
	case f.err == syscall.EAGAIN:
		return 0, nil
	case f.err != nil:
		if f.name != "" {
			return 0, &os.PathError{Op: "read", Path: f.name, Err: f.err}
		}
		return 0, os.NewSyscallError("read", f.err)
	case f.n == 0:
		return 0, io.EOF
	}
	return f.n, nil
}

func (f *fdNowReader) read(fd uintptr) bool {
	for {
		f.n, f.err = syscall.Read(int(fd), f.buf)
		if f.err != syscall.EINTR {
			break
		}
	}
	if f.n < 0 {
		f.n = 0
	}
	return true
}
