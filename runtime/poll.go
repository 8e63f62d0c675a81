package runtime

import (
	"errors"
	goruntime "runtime"
	"sync"
	"sync/atomic"
	"syscall"
)

// The loop's poller lets the loop goroutine wait for descriptors itself, as
// libuv's loop does, instead of a goroutine per source blocking in a read
// and handing each chunk over: a message answered within microseconds then
// costs one wake-up of one thread, not a goroutine hand-off between two.
//
// While a descriptor is registered, the loop waits in the poller (epoll on
// Linux) rather than on its wake channel; goroutines that queue work wake
// it through an eventfd, timers bound the wait, and a cancelled context
// wakes it too. Without registrations the loop waits as before, so an idle
// script holds no thread.

// fdPoll is one registered descriptor. Its ready function runs on the
// loop, in the poll phase, after the descriptor became readable or after
// feed asked for it.
type fdPoll struct {
	p     *poller
	id    uint64
	rc    syscall.RawConn
	ready func()
	run   func() // runIfLive, made once
	// Guarded by p.mu.
	stopped bool
	queued  bool // in p.due: ready runs in the next poll phase
	// ended is set once the poller reports the descriptor's end, a
	// hang-up or an error.
	ended atomic.Bool
}

// endedID marks an id the platform's wait reports with the descriptor's
// end, a hang-up or an error; ids count from 1 and never reach it.
const endedID = 1 << 63

// poller is the loop's set of registered descriptors. The platform part
// (poll_linux.go) waits and registers; the rest is here.
type poller struct {
	sys pollSys
	// signal wakes the loop wherever it waits (Loop.signal).
	signal func()

	// sleeping is set while the loop waits in the poller; a goroutine that
	// clears it wakes the loop (wake).
	sleeping atomic.Bool
	// wakeMu orders wake-ups against closing the wake descriptor, which
	// wakeClosed records.
	wakeMu     sync.RWMutex
	wakeClosed bool

	mu     sync.Mutex
	closed bool
	polls  map[uint64]*fdPoll
	nextID uint64
	due    []*fdPoll // to run in the next poll phase (events seen, or fed)

	// Loop goroutine.
	spare   []*fdPoll
	runs    []func()
	waited  bool // the last poll phase's events came from a blocking wait
	skipped int  // phases in a row that did not collect (see dispatch)
}

// maxSkipped bounds how many poll phases in a row run only turns already
// due without collecting new events.
const maxSkipped = 4

// PollRead registers the descriptor behind rc with the loop: ready then
// runs on the loop, as a task of this queue, whenever data (or the end)
// arrives on it. The registration is edge-triggered: an arrival is
// reported once, so ready reads until a read finds nothing, asking for
// another turn with feed after each read that found data (feed also
// serves a reader that paused and resumes). stop ends the registration;
// ready is not called after it returns, except by a poll phase already
// running it. feed and stop are safe from any goroutine, stop more than
// once. rc's descriptor must be non-blocking. The queue, not the
// registration, keeps the loop alive. An error (errors.ErrUnsupported
// where the platform has no poller or the process one processor, EPERM
// for a regular file) means the caller reads on a goroutine instead.
// Safe from any goroutine.
func (q *TaskQueue) PollRead(rc syscall.RawConn, ready func()) (feed, stop func(), err error) {
	return q.poll(rc, ready, false)
}

// PollWrite is PollRead for a descriptor the loop writes: ready runs
// whenever the descriptor takes more (edge-triggered: after a write
// that stopped at EAGAIN, once room frees up), and whenever feed asks
// for it. A descriptor is registered once, for reading or for writing.
// Safe from any goroutine.
func (q *TaskQueue) PollWrite(rc syscall.RawConn, ready func()) (feed, stop func(), err error) {
	return q.poll(rc, ready, true)
}

// PollReadEnds is PollRead for a stream socket whose reader stops at a
// read shorter than its buffer (such a read empties a TCP socket, and
// what arrives later raises an event): ended reports whether the poller
// has seen the descriptor's end, a hang-up or an error, which a short read
// may leave unread, so that the reader then reads on until a read finds
// nothing. Safe from any goroutine; ended too.
func (q *TaskQueue) PollReadEnds(rc syscall.RawConn, ready func()) (feed, stop func(), ended func() bool, err error) {
	fp, err := q.register(rc, ready, false)
	if err != nil {
		return nil, nil, nil, err
	}
	return fp.feed, fp.stop, fp.ended.Load, nil
}

func (q *TaskQueue) poll(rc syscall.RawConn, ready func(), write bool) (feed, stop func(), err error) {
	fp, err := q.register(rc, ready, write)
	if err != nil {
		return nil, nil, err
	}
	return fp.feed, fp.stop, nil
}

func (q *TaskQueue) register(rc syscall.RawConn, ready func(), write bool) (*fdPoll, error) {
	if goruntime.GOMAXPROCS(0) < 2 {
		// One processor: a loop waiting in epoll would hold it until
		// the scheduler takes it back, delaying every other goroutine,
		// while a goroutine hands its results over on the same thread,
		// cheaply.
		return nil, errors.ErrUnsupported
	}
	p, err := q.loop.poller()
	if err != nil {
		return nil, err
	}
	return p.add(rc, q.bind(ready, false), write)
}

// poller returns the loop's poller, making it on first use. Any
// goroutine.
func (l *Loop) poller() (*poller, error) {
	if p := l.poll.Load(); p != nil {
		return p, nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if p := l.poll.Load(); p != nil {
		return p, nil
	}
	if l.stopped {
		return nil, syscall.EBADF
	}
	sys, err := newPollSys()
	if err != nil {
		return nil, err
	}
	p := &poller{sys: sys, signal: l.signal, polls: make(map[uint64]*fdPoll)}
	l.poll.Store(p)
	return p, nil
}

func (p *poller) add(rc syscall.RawConn, ready func(), write bool) (*fdPoll, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return nil, syscall.EBADF
	}
	p.nextID++
	fp := &fdPoll{p: p, id: p.nextID, rc: rc, ready: ready}
	fp.run = fp.runIfLive
	var err error
	if cerr := rc.Control(func(fd uintptr) { err = p.sys.add(int(fd), fp.id, write) }); cerr != nil {
		return nil, cerr
	}
	if err != nil {
		return nil, err
	}
	p.polls[fp.id] = fp
	return fp, nil
}

// feed has ready run in the next poll phase. Any goroutine.
func (fp *fdPoll) feed() {
	p := fp.p
	p.mu.Lock()
	if fp.stopped || fp.queued || p.closed {
		p.mu.Unlock()
		return
	}
	fp.queued = true
	p.due = append(p.due, fp)
	p.mu.Unlock()
	p.signal()
}

// runIfLive runs ready unless the registration stopped since it fell
// due. Loop goroutine.
func (fp *fdPoll) runIfLive() {
	p := fp.p
	p.mu.Lock()
	stopped := fp.stopped
	p.mu.Unlock()
	if !stopped {
		fp.ready()
	}
}

// stop ends the registration. Any goroutine.
func (fp *fdPoll) stop() {
	p := fp.p
	p.mu.Lock()
	defer p.mu.Unlock()
	if fp.stopped {
		return
	}
	fp.stopped = true
	delete(p.polls, fp.id)
	if !p.closed {
		// A descriptor already closed left the set by itself (or stays in
		// it, edge-triggered and unknown, while a duplicate lives on).
		_ = fp.rc.Control(func(fd uintptr) { p.sys.remove(int(fd)) })
	}
}

// event records that the registration id saw activity. Loop goroutine,
// p.mu held.
func (p *poller) eventLocked(id uint64) {
	ended := id&endedID != 0
	fp := p.polls[id&^endedID]
	if fp == nil {
		return
	}
	if ended {
		fp.ended.Store(true)
	}
	if fp.queued {
		return
	}
	fp.queued = true
	p.due = append(p.due, fp)
}

// active reports whether any descriptor is registered, so that the loop
// waits in the poller.
func (p *poller) active() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.polls) > 0
}

// hasDue reports whether a poll phase has work without waiting.
func (p *poller) hasDue() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.due) > 0
}

// dispatch is the loop's poll phase for descriptors: unless the events at
// hand came from a blocking wait just now, it collects what is ready
// without waiting, then runs each due registration's ready as a
// macrotask, through batch, which runs those that follow each other
// without work between them in one call into the script (see runBatch).
// It reports whether any was due.
//
// A phase with turns already due (a reader reading on until it finds
// nothing) skips the collection, a system call that would mostly find
// nothing, but never more than a few phases in a row, so that a source
// that keeps feeding itself does not keep the others waiting.
func (p *poller) dispatch(batch func([]func()) int, exiting func() bool) bool {
	if !p.waited && p.active() {
		if p.skipped < maxSkipped && p.hasDue() {
			p.skipped++
		} else {
			p.skipped = 0
			p.collect(0)
		}
	}
	p.waited = false
	p.mu.Lock()
	due := p.due
	p.due = p.spare[:0]
	for _, fp := range due {
		fp.queued = false
	}
	p.mu.Unlock()
	runs := p.runs[:0]
	for i, fp := range due {
		due[i] = nil
		runs = append(runs, fp.run)
	}
	p.spare = due[:0]
	for i := 0; i < len(runs) && !exiting(); {
		i += batch(runs[i:])
	}
	n := len(runs)
	clear(runs)
	p.runs = runs[:0]
	return n > 0
}

// sleep waits in the poller until a descriptor is ready, a goroutine
// wakes the loop, or timeoutMs passes (-1: no limit). busy is checked
// once the loop is marked sleeping: when it reports work, sleep returns at
// once. Loop goroutine.
func (p *poller) sleep(timeoutMs int, busy func() bool) {
	p.sleeping.Store(true)
	if busy() || p.hasDue() {
		p.sleeping.Store(false)
		return
	}
	p.collect(timeoutMs)
	p.sleeping.Store(false)
	p.waited = true
}

// wake ends the loop's wait in the poller, if it is waiting. Any goroutine.
func (p *poller) wake() {
	if !p.sleeping.Load() {
		return
	}
	p.wakeMu.RLock()
	if p.sleeping.CompareAndSwap(true, false) && !p.wakeClosed {
		p.sys.wake()
	}
	p.wakeMu.RUnlock()
}

// close releases the poller; registrations end. Loop goroutine, once the
// loop has stopped.
func (p *poller) close() {
	p.wakeMu.Lock()
	p.wakeClosed = true
	p.mu.Lock()
	if !p.closed {
		p.closed = true
		for _, fp := range p.polls {
			fp.stopped = true
		}
		p.polls = nil
		p.due = nil
		p.sys.close()
	}
	p.mu.Unlock()
	p.wakeMu.Unlock()
}

// collect takes the registrations the poller reports ready, waiting up to
// timeoutMs for one (0: not at all; -1: no limit). Loop goroutine.
func (p *poller) collect(timeoutMs int) {
	ids := p.sys.wait(timeoutMs)
	if len(ids) == 0 {
		return
	}
	p.mu.Lock()
	for _, id := range ids {
		p.eventLocked(id)
	}
	p.mu.Unlock()
}
