package streamio

import (
	"errors"
	"io"
	"os"
	"sync"
	"sync/atomic"
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
// buffer can be reused; a larger chunk takes the buffer with it, unless it
// fills no more than half of it (then the copy costs less than the
// collections a mostly empty buffer handed on would bring).
const smallChunk = 16 << 10

// Reader reads a source on its own goroutine and delivers what it reads
// on the loop, in order: each chunk to deliver, then exactly one call of
// end with io.EOF or the read error (os.ErrClosed after Stop). The chunk
// passed to deliver belongs to the callee.
type Reader struct {
	src     io.Reader
	paused  atomic.Bool
	wake    chan struct{}
	credits chan struct{}
	stopped chan struct{}
	stop    sync.Once
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
	buf := getBuf(size)
	finish := func(err error) {
		// buf was never handed to deliver: the next reader reads into it.
		putBuf(buf)
		sources.Done(func() { end(err) })
	}
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
		if n > 0 {
			var chunk []byte
			if n < smallChunk || n <= len(buf)/2 {
				chunk = append([]byte(nil), buf[:n]...)
			} else {
				chunk = buf[:n:n]
				buf = getBuf(size)
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

// bufPools hold read buffers by size (*sync.Pool of *[]byte). A reader
// takes one when it starts and gives back the one it holds when it ends,
// unless it went to deliver: most children write little or nothing, and a
// fresh buffer per pipe per child would be most of what spawning
// allocates.
var bufPools sync.Map

func getBuf(size int) []byte {
	if p, ok := bufPools.Load(size); ok {
		if b, ok := p.(*sync.Pool).Get().(*[]byte); ok {
			return *b
		}
	}
	return make([]byte, size)
}

func putBuf(b []byte) {
	p, _ := bufPools.LoadOrStore(len(b), &sync.Pool{})
	p.(*sync.Pool).Put(&b)
}

// Pause stops reading after the read in progress, so that the source
// fills and its writer waits. Safe from any goroutine.
func (r *Reader) Pause() { r.paused.Store(true) }

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
