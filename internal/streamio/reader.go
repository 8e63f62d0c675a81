package streamio

import (
	"errors"
	"io"
	"math"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"
)

// ReaderOptions tune a Reader. The zero value reads 64 KiB at a time, as
// node does, with four chunks in flight.
type ReaderOptions struct {
	// Size is the size of each read. Zero means 64 KiB.
	Size int
	// Ahead is how many chunks may wait on the loop before the reader
	// waits for the loop to take them. Zero means 4.
	Ahead int
	// Merge, when above zero, lets what is read while the last chunk still
	// waits for the loop join that chunk, up to Merge bytes: a consumer
	// that falls behind gets fewer, larger chunks (each costs it a call),
	// and the reads grow, up to Merge bytes, while it stays behind. Zero
	// delivers every read as a chunk of its own.
	Merge int
	// MaxChunk, when above zero, bounds what one chunk holds: a read (or
	// a merge) of more is delivered as several chunks of at most MaxChunk
	// bytes, in order, each its own task of the queue, as a reader that
	// read MaxChunk bytes at a time would deliver them. Reads themselves
	// may be larger (Size, Merge): a consumer that sees node's chunk
	// sizes (64 KiB) need not cost a read and a hand-off per chunk. A
	// reader on the loop (OnLoop) reads at most MaxChunk bytes at a time.
	MaxChunk int
	// Paused starts the reader paused: nothing is read before Resume.
	Paused bool
	// OnLoop reads on the loop itself, with no goroutine of the reader's
	// own, when the queue is a Poller and the source a non-blocking pipe
	// or stream socket (or a NowReader): the loop waits for the source
	// with everything else and reads it when data arrives. It suits
	// request and answer traffic (an IPC channel), where handing each
	// small chunk from a reading goroutine to the loop costs more than
	// the read. A bulk source is better read by a goroutine, which reads
	// ahead while the loop works and sees the end even while the loop is
	// busy; so is any source whose owner waits off the loop for its end.
	// Ahead does not apply; Merge bounds how far reads grow while they
	// come back full.
	OnLoop bool
	// ShortReadDrains, with OnLoop, says that a read shorter than its
	// buffer empties the source, as a TCP socket's does: no read follows
	// it to find the source empty (the loop's poller reports what
	// arrives later), unless the poller has seen the source's end, a
	// hang-up or an error, which such a read may leave unread.
	ShortReadDrains bool
}

// smallChunk is the size under which a chunk is copied out so the read
// buffer can be reused.
const smallChunk = 16 << 10

// Reader reads a source on its own goroutine and delivers what it reads
// on the loop, in order: each chunk to deliver, then exactly one call of
// end with io.EOF or the read error (os.ErrClosed after Stop). The chunk
// passed to deliver belongs to the callee.
//
// Reads go into a slab, one after the other; a chunk is the part of the
// slab one read (or several merged reads) filled, so a slab is shared by
// consecutive chunks but no byte by two, and only the bytes read are
// ever handed out. A small chunk is copied out instead, and its part of
// the slab read into again.
type Reader struct {
	src    io.Reader
	paused atomic.Bool
	// interrupted is set by PauseNow when it ends a waiting read.
	interrupted atomic.Bool
	wake        chan struct{}
	credits     chan struct{}
	stopped     chan struct{}
	stop        sync.Once

	mu   sync.Mutex
	last *chunk // the last chunk queued, until the loop takes it

	// pl is set when the loop reads the source itself (reader_poll.go).
	pl *polled
}

// chunk is read data queued for the loop.
type chunk struct {
	data []byte
	slab *byte // data is slab[end-len(data):end] of this slab; nil for a copy
	end  int
}

// StartReader starts reading src. Chunks and the end go through q;
// sources.Done is called (with the end as its task) when the reader
// finishes, so the reader must have been counted in sources.
func StartReader(src io.Reader, q Queue, sources *Sources, opts ReaderOptions, deliver func([]byte), end func(error)) *Reader {
	if opts.Size <= 0 {
		opts.Size = 64 << 10
	}
	if opts.Ahead <= 0 {
		opts.Ahead = 4
	}
	r := &Reader{
		src:     src,
		wake:    make(chan struct{}, 1),
		credits: make(chan struct{}, opts.Ahead),
		stopped: make(chan struct{}),
	}
	r.paused.Store(opts.Paused)
	if r.startPolled(q, sources, opts, deliver, end) {
		return r
	}
	go r.run(q, sources, opts, deliver, end)
	return r
}

func (r *Reader) run(q Queue, sources *Sources, opts ReaderOptions, deliver func([]byte), end func(error)) {
	size := opts.Size
	maxChunk, mergeLimit := opts.MaxChunk, opts.Merge
	if maxChunk <= 0 {
		maxChunk = math.MaxInt
	} else if mergeLimit > maxChunk {
		mergeLimit = maxChunk
	}
	var slab []byte
	off := 0
	finish := func(err error) {
		if slab != nil && off == 0 {
			// No chunk holds a part of the slab: the next reader reads into it.
			putBuf(slab)
		}
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
		if len(slab)-off < smallChunk || len(slab)-off < size/4 {
			r.mu.Lock()
			behind := r.last != nil
			r.mu.Unlock()
			// A consumer still behind when a slab is used up gets larger
			// reads (and so larger chunks); one that keeps up, the usual.
			if behind && opts.Merge > size {
				size = min(2*size, opts.Merge)
			} else if !behind {
				size = opts.Size
			}
			slab, off = getBuf(size), 0
		}
		n, err := r.src.Read(slab[off:])
		if n == 0 && errors.Is(err, os.ErrDeadlineExceeded) && r.interrupted.Swap(false) {
			// PauseNow ended the wait: clear the deadline, then the
			// pause flag decides.
			_ = r.src.(deadliner).SetReadDeadline(time.Time{})
			<-r.credits
			continue
		}
		if n > 0 {
			if merged, inPlace := r.merge(slab, off, n, mergeLimit); merged {
				if inPlace {
					off += n
				}
				<-r.credits
			} else {
				var pieces []*chunk
				if n < smallChunk && n <= maxChunk {
					pieces = []*chunk{{data: append([]byte(nil), slab[off:off+n]...)}}
				} else {
					for start := off; start < off+n; {
						end := off + n
						if end-start > maxChunk {
							end = start + maxChunk
						}
						pieces = append(pieces, &chunk{data: slab[start:end:end], slab: &slab[0], end: end})
						start = end
					}
					off += n
				}
				r.mu.Lock()
				r.last = pieces[len(pieces)-1]
				r.mu.Unlock()
				for i, c := range pieces {
					// The read's credit comes back with its last chunk.
					final := i == len(pieces)-1
					q.Queue(func() {
						r.mu.Lock()
						data := c.data
						if r.last == c {
							r.last = nil
						}
						r.mu.Unlock()
						if final {
							<-r.credits
						}
						deliver(data)
					})
				}
			}
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

// merge adds slab[off:off+n], just read, to the last chunk when the loop
// has not taken it yet and it may grow that far: in place when the chunk
// ends at off in the slab (inPlace: those bytes of the slab are taken),
// else by copying. It reports whether it did.
func (r *Reader) merge(slab []byte, off, n, limit int) (merged, inPlace bool) {
	if limit <= 0 {
		return false, false
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	c := r.last
	if c == nil || len(c.data)+n > limit {
		return false, false
	}
	if c.slab == &slab[0] && c.end == off {
		start := off - len(c.data)
		c.data = slab[start : off+n : off+n]
		c.end = off + n
		return true, true
	}
	if c.slab != nil || len(c.data)+n >= smallChunk {
		// A chunk of another slab, or a copy that would grow large:
		// the read starts a chunk of its own.
		return false, false
	}
	c.data = append(c.data, slab[off:off+n]...)
	return true, false
}

// bufPools hold read slabs by size (*sync.Pool of *[]byte). A reader
// takes one for its first read and gives it back when it ends, unless a
// chunk holds a part of it: most children write little or nothing, and a
// fresh buffer per pipe per child would be most of what spawning
// allocates.
var bufPools sync.Map

func getBuf(size int) []byte {
	if p, ok := bufPools.Load(size); ok {
		if b, ok := p.(*sync.Pool).Get().(*[]byte); ok {
			return *b
		}
	}
	return makeNoZero(size)
}

// makeNoZero returns n bytes the allocator did not clear: a read slab is
// overwritten by the reads before any of it is handed out (only the
// bytes read ever are), so clearing it first, a pass over every byte
// read, would be work for nothing. strings.Builder allocates its buffer
// this way; the slab is that buffer.
func makeNoZero(n int) []byte {
	var b strings.Builder
	b.Grow(n)
	b.WriteByte(0)
	s := b.String()
	return unsafe.Slice(unsafe.StringData(s), n)
}

func putBuf(b []byte) {
	p, _ := bufPools.LoadOrStore(len(b), &sync.Pool{})
	p.(*sync.Pool).Put(&b)
}

// OnLoop reports whether the loop reads the source itself (see
// ReaderOptions.OnLoop) rather than a goroutine of the reader's. Any
// goroutine.
func (r *Reader) OnLoop() bool { return r.pl != nil }

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
	if r.pl != nil {
		return // no read waits: the loop reads only when it is not paused
	}
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
		if r.pl != nil {
			r.pl.feed() // what arrived meanwhile raised no new event
			return
		}
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
func (r *Reader) Stop() {
	r.stop.Do(func() {
		close(r.stopped)
		if r.pl != nil {
			r.pl.feed() // the loop's turn ends the reader
		}
	})
}

// IsClosed reports whether err means the reader was stopped or its source
// closed under it, which owners usually report as nothing at all.
func IsClosed(err error) bool { return errors.Is(err, os.ErrClosed) }
