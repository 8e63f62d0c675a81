package streamio

import (
	"io"
	"os"
	"syscall"

	"golang.org/x/sys/unix"
)

// WritePoller is a Queue whose loop can wait for a descriptor to take
// more (jsproc's TaskQueue). A Writer with WriterOptions.OnLoop on such a
// queue writes what the sink did not take at once from the loop, when
// the loop sees room free up, instead of from a goroutine of its own.
type WritePoller interface {
	// PollWrite has ready run on the loop, as a task of the queue, when
	// rc's descriptor takes more after a write stopped at EAGAIN
	// (edge-triggered), and whenever feed asks for another turn (feed:
	// any goroutine). stop ends it (any goroutine). Call it on the loop;
	// an error means the caller writes from a goroutine.
	PollWrite(rc syscall.RawConn, ready func()) (feed, stop func(), err error)
}

// pollWriter is a Writer's registration with the loop's poller. Loop.
type pollWriter struct {
	rc       syscall.RawConn
	stop     func()
	done     bool // the writer's source is finished
	unpolled bool // the registration has ended
}

// startPolledLocked registers the writer's sink with the loop, when the
// writer may write from the loop, and reports whether it is registered
// (the loop then writes what is queued once the sink takes more). w.mu
// is held. Loop.
func (w *Writer) startPolledLocked() bool {
	if w.pw != nil {
		return true
	}
	if !w.opts.OnLoop || w.opts.Blocking || w.started || len(w.oobs) > 0 {
		return false
	}
	wp, ok := w.q.(WritePoller)
	if !ok {
		return false
	}
	rc := nonblockingStream(w.dst)
	if rc == nil {
		return false
	}
	_, stop, err := wp.PollWrite(rc, w.flushPolled)
	if err != nil {
		return false
	}
	// Registering reports a sink with room at once: the first turn
	// comes by itself.
	w.pw = &pollWriter{rc: rc, stop: stop}
	w.running = true // the loop finishes the source
	return true
}

// nonblockingStream returns the raw descriptor of dst when it is a
// non-blocking pipe or stream socket, else nil.
func nonblockingStream(dst io.Writer) syscall.RawConn {
	sc, ok := dst.(syscall.Conn)
	if !ok {
		return nil
	}
	rc, err := sc.SyscallConn()
	if err != nil {
		return nil
	}
	ok = false
	cerr := rc.Control(func(fd uintptr) {
		fl, err := unix.FcntlInt(fd, unix.F_GETFL, 0)
		if err != nil || fl&unix.O_NONBLOCK == 0 {
			return
		}
		var st unix.Stat_t
		if unix.Fstat(int(fd), &st) != nil {
			return
		}
		switch st.Mode & unix.S_IFMT {
		case unix.S_IFIFO:
			ok = true
		case unix.S_IFSOCK:
			typ, err := unix.GetsockoptInt(int(fd), unix.SOL_SOCKET, unix.SO_TYPE)
			ok = err == nil && typ == unix.SOCK_STREAM
		}
	})
	if cerr != nil || !ok {
		return nil
	}
	return rc
}

// flushPolled is the loop's turn at the sink: it writes what is queued
// until the sink is full, reports the writes done with, and ends the
// sink once a Shutdown's writes are out.
func (w *Writer) flushPolled() {
	pw := w.pw
	if pw == nil || pw.done {
		return
	}
	w.mu.Lock()
	bufs, failed := w.bufs, w.failed
	w.mu.Unlock()
	var n int64
	var err error
	if len(bufs) > 0 && failed == nil {
		n, err = writevNow(pw.rc, bufs)
	}
	w.mu.Lock()
	w.okUpTo += n
	if err != nil && w.failed == nil {
		w.failed = err
	}
	if w.failed != nil {
		// Nothing more goes out: every queued write fails.
		w.written = w.queued
		w.bufs, w.owned = nil, false
	} else {
		w.written += n
		w.bufs = trimBufs(w.bufs, n)
		if len(w.bufs) == 0 {
			w.owned = false
		}
	}
	w.mu.Unlock()
	w.fire()
	w.mu.Lock()
	end := w.shutdown && len(w.bufs) == 0 && !pw.done
	failed, onEnd := w.failed, w.onEnd
	w.mu.Unlock()
	if end {
		// The registration goes before the descriptor may be closed.
		w.unpoll()
		if failed == nil {
			failed = w.end()
		}
		w.finishPolled(func() {
			if onEnd != nil {
				onEnd(failed)
			}
		})
	}
}

// unpoll ends the registration. Loop.
func (w *Writer) unpoll() {
	if pw := w.pw; !pw.unpolled {
		pw.unpolled = true
		pw.stop()
	}
}

// finishPolled ends the registration and the writer's source, with task
// as the source's last. Loop.
func (w *Writer) finishPolled(task func()) {
	pw := w.pw
	if pw.done {
		return
	}
	pw.done = true
	w.unpoll()
	w.sources.Done(task)
}

// shutdownPolled is Shutdown for a writer the loop writes for. Loop.
func (w *Writer) shutdownPolled(done func(error)) (bool, error) {
	w.ended = true
	w.mu.Lock()
	idle := w.written == w.queued
	if !idle {
		w.shutdown, w.onEnd = true, done
	}
	w.mu.Unlock()
	if !idle {
		return false, nil
	}
	w.unpoll()
	err := w.end()
	w.finishPolled(nil)
	return true, err
}

// stopPolled is Stop for a writer the loop writes for. Loop.
func (w *Writer) stopPolled() {
	w.ended = true
	w.marks = nil
	w.mu.Lock()
	w.stopped = true
	w.bufs, w.oobs = nil, nil
	w.mu.Unlock()
	w.finishPolled(nil)
}

// trimBufs drops the first n bytes of bufs.
func trimBufs(bufs [][]byte, n int64) [][]byte {
	i := 0
	for i < len(bufs) && n >= int64(len(bufs[i])) {
		n -= int64(len(bufs[i]))
		bufs[i] = nil
		i++
	}
	if i < len(bufs) && n > 0 {
		bufs[i] = bufs[i][n:]
	}
	if i == len(bufs) {
		return bufs[:0]
	}
	return bufs[i:]
}

// writevNow writes bufs in order until the sink is full, without
// waiting, and returns how many bytes went out. EAGAIN is not an error.
func writevNow(rc syscall.RawConn, bufs [][]byte) (int64, error) {
	return writevRaw(rc, bufs, false)
}

// writevRaw writes bufs in order to rc's descriptor, as many at a time
// as writev takes, and returns how many bytes went out. When the sink is
// full it waits for room if wait is set and returns otherwise (EAGAIN
// is not an error then). A closed descriptor reports EPIPE. bufs itself
// is not changed.
func writevRaw(rc syscall.RawConn, bufs [][]byte, wait bool) (int64, error) {
	var total int64
	var werr error
	copied := false
	cerr := rc.Write(func(fd uintptr) bool {
		for len(bufs) > 0 {
			iov := bufs
			if len(iov) > 1024 {
				iov = iov[:1024]
			}
			var n int
			var err error
			if len(iov) == 1 {
				n, err = syscall.Write(int(fd), iov[0])
			} else {
				n, err = unix.Writev(int(fd), iov)
			}
			if err == syscall.EINTR {
				continue
			}
			if err == syscall.EAGAIN {
				if wait {
					return false // wait until the sink takes more
				}
				break
			}
			if err != nil {
				werr = err
				break
			}
			total += int64(n)
			short := n < iovLen(iov)
			for n > 0 && len(bufs) > 0 {
				if n >= len(bufs[0]) {
					n -= len(bufs[0])
					bufs = bufs[1:]
				} else {
					if !copied {
						bufs = append([][]byte(nil), bufs...)
						copied = true
					}
					bufs[0] = bufs[0][n:]
					n = 0
				}
			}
			for len(bufs) > 0 && len(bufs[0]) == 0 {
				bufs = bufs[1:]
			}
			if short && !wait {
				// The sink is full: another try now would find so.
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

// iovLen returns the bytes of bufs.
func iovLen(bufs [][]byte) int {
	n := 0
	for _, b := range bufs {
		n += len(b)
	}
	return n
}
