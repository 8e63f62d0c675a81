package runtime

import (
	"context"
	"sync"
	"sync/atomic"
	"time"
)

// Loop is the event loop of one Runtime. Exactly one goroutine (the one
// running [Runtime.Run]) executes JavaScript; every other goroutine hands work
// to it through a reservation ([Loop.Reserve]) or a [TaskQueue].
//
// The loop ends when its queue is empty, no timer or immediate is pending and
// no ref'd reservation, task queue or handle is outstanding.
type Loop struct {
	mu      sync.Mutex
	queue   []func()
	refs    int // outstanding ref'd reservations and handles
	wake    chan struct{}
	stopped bool
	// poll is the loop's poller (poll.go), made when the first descriptor
	// is registered; nil until then.
	poll atomic.Pointer[poller]

	// capture and runIn carry async context (AsyncLocalStorage) from where
	// work is started to where its result runs; nil until a script loads
	// async_hooks. Set on the loop goroutine before any goroutine reads them
	// through a Reserve or TaskQueue made afterwards.
	capture func() any
	runIn   func(scope any, oneShot bool, fn func())

	// Loop-goroutine state.
	timers     timerHeap
	timerSeq   uint64
	immediates []*immediate
	refTimers  int           // ref'd timers and immediates
	started    time.Time     // when run began; zero before
	idle       time.Duration // time run spent waiting for work
}

// Timing reports when the loop started running (zero before it has) and how
// long it has waited idle since, for perf_hooks' eventLoopUtilization. Call
// it on the loop goroutine.
func (l *Loop) Timing() (started time.Time, idle time.Duration) { return l.started, l.idle }

func newLoop() *Loop {
	return &Loop{wake: make(chan struct{}, 1)}
}

func (l *Loop) signal() {
	select {
	case l.wake <- struct{}{}:
	default:
	}
	if p := l.poll.Load(); p != nil {
		p.wake()
	}
}

// Reserve records that a piece of work started on the loop will come back
// with a result, and keeps the loop alive until it does. It must be called on
// the loop goroutine, inside the JS call that starts the work.
//
// The returned enqueue function is safe to call from any goroutine, exactly
// once: it queues fn to run on the loop and releases the reservation in one
// locked step, so the loop never sees "nothing queued, nothing pending" while
// the result is on its way. If the loop has already stopped, fn is dropped.
func (l *Loop) Reserve() (enqueue func(fn func())) {
	l.mu.Lock()
	l.refs++
	l.mu.Unlock()
	var scope any
	runIn := l.runIn
	if l.capture != nil {
		scope = l.capture()
	}
	var once sync.Once
	return func(fn func()) {
		once.Do(func() {
			if scope != nil && fn != nil {
				inner := fn
				fn = func() { runIn(scope, true, inner) }
			}
			l.mu.Lock()
			l.refs--
			if !l.stopped && fn != nil {
				l.queue = append(l.queue, fn)
			}
			l.mu.Unlock()
			l.signal()
		})
	}
}

// Ref keeps the loop alive until a matching Unref. Safe from any goroutine.
func (l *Loop) Ref() {
	l.mu.Lock()
	l.refs++
	l.mu.Unlock()
}

// Unref releases a hold taken by Ref. Safe from any goroutine.
func (l *Loop) Unref() {
	l.mu.Lock()
	l.refs--
	l.mu.Unlock()
	l.signal()
}

// post queues fn without a reservation: it runs only if the loop is alive
// for another reason. Safe from any goroutine.
func (l *Loop) post(fn func()) bool {
	l.mu.Lock()
	if l.stopped {
		l.mu.Unlock()
		return false
	}
	l.queue = append(l.queue, fn)
	l.mu.Unlock()
	l.signal()
	return true
}

// takeQueue swaps out the queued callbacks and reports whether the loop is
// still held by references.
func (l *Loop) takeQueue(buf []func()) ([]func(), bool) {
	l.mu.Lock()
	q := l.queue
	l.queue = buf[:0]
	alive := l.refs > 0
	l.mu.Unlock()
	return q, alive
}

// queued reports whether work is queued.
func (l *Loop) queued() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.queue) > 0
}

// stop marks the loop stopped: later enqueues are dropped, and
// registered descriptors are let go.
func (l *Loop) stop() {
	l.mu.Lock()
	l.stopped = true
	l.queue = nil
	l.mu.Unlock()
	if p := l.poll.Load(); p != nil {
		p.close()
	}
}

// run drives the loop until it has nothing left to do, the context ends, or
// exit reports true. macrotask runs one callback with Node's tick and
// microtask draining around it; batch runs callbacks from the front of a
// list the same way, each a macrotask of its own, and returns how many
// it ran (at least one).
func (l *Loop) run(ctx context.Context, macrotask func(func()), batch func([]func()) int, exiting func() bool) error {
	var spare []func()
	var timer *time.Timer
	l.started = time.Now()
	// A wait in the poller is not a select: a cancelled context wakes it.
	stopWake := context.AfterFunc(ctx, l.signal)
	defer func() {
		stopWake()
		if timer != nil {
			timer.Stop()
		}
	}()
	for {
		if exiting() {
			return nil
		}
		// Timers phase.
		l.runTimers(macrotask, exiting)
		if exiting() {
			return nil
		}
		// Poll phase: descriptors the loop waits for itself, then work
		// handed back by goroutines. As in libuv, the phase runs what was
		// ready when it began: work a goroutine hands back while the
		// descriptors' callbacks run (a reply to what they wrote) waits
		// for the next turn, after the check phase.
		q, _ := l.takeQueue(spare)
		if p := l.poll.Load(); p != nil {
			p.dispatch(batch, exiting)
			if exiting() {
				return nil
			}
		}
		for i := 0; i < len(q); {
			n := batch(q[i:])
			clear(q[i : i+n])
			i += n
			if exiting() {
				return nil
			}
		}
		spare = q
		// Check phase: immediates queued before this point.
		l.runImmediates(macrotask, exiting)
		if exiting() {
			return nil
		}
		if len(q) > 0 || len(l.immediates) > 0 {
			continue
		}
		l.mu.Lock()
		pending := len(l.queue) > 0
		alive := l.refs > 0
		l.mu.Unlock()
		if pending {
			continue
		}
		if !alive && l.refTimers == 0 {
			return nil
		}
		// A task above may have registered the first descriptor.
		if p := l.poll.Load(); p != nil && p.active() {
			// Wait for a descriptor, a goroutine's result or the next timer
			// in the poller.
			timeout := -1
			if d, ok := l.nextTimerDelay(); ok {
				if d <= 0 {
					continue
				}
				timeout = int((d + time.Millisecond - 1) / time.Millisecond)
			}
			waitStart := time.Now()
			// A signal sent since the checks above (a reference released,
			// work queued) left its token on the wake channel; one sent
			// later finds the poller sleeping and wakes it.
			p.sleep(timeout, func() bool {
				select {
				case <-l.wake:
					return true
				default:
				}
				return l.queued() || ctx.Err() != nil
			})
			l.idle += time.Since(waitStart)
			if err := ctx.Err(); err != nil {
				return err
			}
			continue
		}
		// Wait for a goroutine's result or the next timer.
		var timerC <-chan time.Time
		if d, ok := l.nextTimerDelay(); ok {
			if d <= 0 {
				continue
			}
			if timer == nil {
				timer = time.NewTimer(d)
			} else {
				timer.Reset(d)
			}
			timerC = timer.C
		}
		waitStart := time.Now()
		select {
		case <-l.wake:
		case <-timerC:
		case <-ctx.Done():
			return ctx.Err()
		}
		l.idle += time.Since(waitStart)
		if timer != nil {
			timer.Stop()
		}
	}
}

// TaskQueue is an ordered queue for a source that fires many times (a
// child's stdout, an IPC channel). While open and ref'd it keeps the loop
// alive. Queue is safe from any goroutine; Ref, Unref and Close follow the
// rules on each method.
type TaskQueue struct {
	loop   *Loop
	mu     sync.Mutex
	refd   bool
	closed bool
	// scope is the async context the queue's tasks run in (see
	// Loop.capture); fixed at creation.
	scope any
	runIn func(scope any, oneShot bool, fn func())
}

// NewTaskQueue opens a ref'd task queue. Call it on the loop goroutine.
func (l *Loop) NewTaskQueue() *TaskQueue {
	l.Ref()
	q := &TaskQueue{loop: l, refd: true}
	if l.capture != nil {
		q.scope, q.runIn = l.capture(), l.runIn
	}
	return q
}

// bind wraps fn to run in the queue's async scope, if it has one.
func (q *TaskQueue) bind(fn func(), last bool) func() {
	if q.scope == nil || fn == nil {
		return fn
	}
	scope, runIn := q.scope, q.runIn
	return func() { runIn(scope, last, fn) }
}

// Queue hands fn to the loop. Tasks run in the order queued. It reports
// false if the queue is closed or the loop stopped. Safe from any goroutine.
func (q *TaskQueue) Queue(fn func()) bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed {
		return false
	}
	return q.loop.post(q.bind(fn, false))
}

// Close queues fn (which may be nil) as the last task and releases the
// queue's hold on the loop in the same locked step. Later Queue calls are
// dropped. Safe from any goroutine; only the first Close counts.
func (q *TaskQueue) Close(fn func()) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed {
		return
	}
	q.closed = true
	l := q.loop
	l.mu.Lock()
	if q.refd {
		l.refs--
	}
	if fn != nil && !l.stopped {
		l.queue = append(l.queue, q.bind(fn, true))
	}
	l.mu.Unlock()
	l.signal()
}

// Ref makes the queue keep the loop alive again. Safe from any goroutine.
func (q *TaskQueue) Ref() {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed || q.refd {
		return
	}
	q.refd = true
	q.loop.Ref()
}

// Unref lets the loop end while the queue is still open. Safe from any
// goroutine.
func (q *TaskQueue) Unref() {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed || !q.refd {
		return
	}
	q.refd = false
	q.loop.Unref()
}

// HasRef reports whether the queue keeps the loop alive.
func (q *TaskQueue) HasRef() bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.refd && !q.closed
}
