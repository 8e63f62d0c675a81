package streamio

import (
	"errors"
	"io"
	"os"
	"sync"
	"sync/atomic"
	"time"
)

// ReaderOptions tune a Reader. The zero value reads 64 KiB at a time, as
// node does, with four chunks in flight.
type ReaderOptions struct {
	// Size is the size of each read. Zero means 64 KiB.
	Size int
	// Ahead is how many chunks may wait on the loop before the reader
	// waits for the loop to take them. Zero means 4.
	Ahead int
	// Paused starts the reader paused: nothing is read before Resume.
	Paused bool
}

// smallChunk is the size under which a chunk is copied out so the read
// buffer can be reused; a larger chunk takes the buffer with it.
const smallChunk = 16 << 10

// Reader reads a source on its own goroutine and delivers what it reads
// on the loop, in order: each chunk to deliver, then exactly one call of
// end with io.EOF or the read error (os.ErrClosed after Stop). The chunk
// passed to deliver belongs to the callee.
type Reader struct {
	src    io.Reader
	paused atomic.Bool
	// interrupted is set by PauseNow when it ends a waiting read.
	interrupted atomic.Bool
	wake        chan struct{}
	credits     chan struct{}
	stopped     chan struct{}
	stop        sync.Once
}

// StartReader starts reading src. Chunks and the end go through q;
// sources.Done is called (with the end as its task) when the reader
// finishes, so the reader must have been counted in sources.
func StartReader(src io.Reader, q Queue, sources *Sources, opts ReaderOptions, deliver func([]byte), end func(error)) *Reader {
	size, ahead := opts.Size, opts.Ahead
	if size <= 0 {
		size = 64 << 10
	}
	if ahead <= 0 {
		ahead = 4
	}
	r := &Reader{
		src:     src,
		wake:    make(chan struct{}, 1),
		credits: make(chan struct{}, ahead),
		stopped: make(chan struct{}),
	}
	r.paused.Store(opts.Paused)
	go r.run(q, sources, size, deliver, end)
	return r
}

func (r *Reader) run(q Queue, sources *Sources, size int, deliver func([]byte), end func(error)) {
	finish := func(err error) { sources.Done(func() { end(err) }) }
	buf := make([]byte, size)
	for {
		for r.paused.Load() {
			select {
			case <-r.wake:
			case <-r.stopped:
				finish(os.ErrClosed)
				return
			}
		}
		select {
		case r.credits <- struct{}{}:
		case <-r.stopped:
			finish(os.ErrClosed)
			return
		}
		n, err := r.src.Read(buf)
		if n == 0 && errors.Is(err, os.ErrDeadlineExceeded) && r.interrupted.Swap(false) {
			// PauseNow ended the wait: clear the deadline, then the
			// pause flag decides.
			_ = r.src.(deadliner).SetReadDeadline(time.Time{})
			<-r.credits
			continue
		}
		if n > 0 {
			var chunk []byte
			if n < smallChunk {
				chunk = append([]byte(nil), buf[:n]...)
			} else {
				chunk = buf[:n:n]
				buf = make([]byte, size)
			}
			q.Queue(func() {
				<-r.credits
				deliver(chunk)
			})
		} else {
			<-r.credits
		}
		if err != nil {
			select {
			case <-r.stopped:
				err = os.ErrClosed
			default:
			}
			finish(err)
			return
		}
	}
}

// Pause stops reading after the read in progress, so that the source
// fills and its writer waits. Safe from any goroutine.
func (r *Reader) Pause() { r.paused.Store(true) }

// PauseNow pauses as Pause does and also ends a read waiting for data
// without taking any, when the source supports read deadlines (a socket,
// a pollable pipe): nothing more is read until Resume, so another
// process given the same descriptor reads what comes next. Safe from any
// goroutine.
func (r *Reader) PauseNow() {
	r.paused.Store(true)
	if d, ok := r.src.(deadliner); ok {
		r.interrupted.Store(true)
		if d.SetReadDeadline(time.Now()) != nil {
			r.interrupted.Store(false) // no deadlines here: Pause only
		}
	}
}

// deadliner is a source whose waiting read can be ended.
type deadliner interface{ SetReadDeadline(time.Time) error }

// Resume reads again after Pause. Safe from any goroutine.
func (r *Reader) Resume() {
	if r.paused.Swap(false) {
		select {
		case r.wake <- struct{}{}:
		default:
		}
	}
}

// Stop ends the reader: end is called with os.ErrClosed unless the read
// in progress ends first. A read blocked in the source returns only when
// the source is closed, so the owner closes it too. Safe from any
// goroutine, more than once.
func (r *Reader) Stop() { r.stop.Do(func() { close(r.stopped) }) }

// IsClosed reports whether err means the reader was stopped or its source
// closed under it, which owners usually report as nothing at all.
func IsClosed(err error) bool { return errors.Is(err, os.ErrClosed) }
