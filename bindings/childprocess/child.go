package childprocess

import (
	"sync"
	"syscall"
	"time"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/internal/streamio"
	"github.com/jsproc/jsproc/runtime"
)

const (
	// readSize is the size of each read from a child's output pipe: larger
	// than node's 64 KiB, so that a child writing fast costs fewer reads
	// and hand-offs to the loop; what is read reaches the script in
	// chunks of at most readChunk bytes all the same.
	readSize = 256 << 10
	// readChunk is the most a chunk of a child's output holds, as node's
	// 64 KiB reads give: 100,000 bytes waiting in the pipe are one chunk
	// of 65,536 bytes and one of 34,464 under both.
	readChunk = 64 << 10
	// readAhead is how many chunks a reader may have queued on the loop
	// before it waits for the script to take them.
	readAhead = 4
	// readMerge bounds a chunk grown from the reads made while the script
	// had not taken it yet.
	readMerge = 1 << 20
)

// child is a running process as the loop sees it. Fields without a
// comment saying otherwise belong to the loop goroutine.
type child struct {
	st   *state
	rt   *runtime.Runtime
	proc Process
	q    *runtime.TaskQueue

	onexit, onread goja.Callable

	// sources counts what will still queue work on q: the wait goroutine,
	// the readers (as one source, see readers) and each pipe's writer. The
	// last one closes q with its task.
	sources *streamio.Sources
	// readers counts the readers; the last one's end is the readers'
	// source's Done, and closes drained.
	readers *streamio.Sources
	exit    *exitState    // set by the one wait
	waited  chan struct{} // exit.done: closed when Wait returned (any goroutine)
	drained chan struct{} // closed when every reader queued its end (any goroutine)
	reading chan struct{} // closed when the readers start, the turn after the spawn

	// exitAfter are the stdio providers' channels that 'exit' waits for.
	exitAfter []<-chan struct{}

	// exitMu guards the hand-off of 'exit' between the wait goroutine and
	// whichever goroutine drains the output (any goroutine): the later of
	// the two queues it, so that a child whose output ends after its exit
	// was seen (the usual order) costs no trip back to the wait goroutine.
	exitMu      sync.Mutex
	drainedSeen bool   // every reader has queued its end
	exitPending func() // queues 'exit'; set while the output drains

	pipes   map[int]*pipeEnd
	procRef bool
	exited  bool
}

func (c *child) start(pipes map[int]*pipeEnd) {
	c.pipes = pipes
	c.procRef = true
	c.drained = make(chan struct{})
	readers, writers := 0, 0
	for _, p := range pipes {
		p.readOpen, p.writeOpen, p.refd = p.readable, p.writable, true
		if p.readable {
			readers++
		}
		if p.writable {
			writers++
		}
	}
	n := 1 + writers
	if readers > 0 {
		n++
	}
	c.sources = streamio.NewSources(c.q, n, func() {
		// Every source is done: no pipe is needed any more.
		c.closePipes()
		c.st.remove(c)
	})
	c.st.add(c)
	for _, p := range pipes {
		if p.writable {
			p.w = streamio.NewWriter(p.pipe, c.q, c.sources, streamio.WriterOptions{End: p.endWrites, OnLoop: true})
		}
	}
	if readers > 0 {
		c.reading = make(chan struct{}) // before the wait reads it
	}
	c.st.waits.Add(1)
	c.exit = startWait(c.proc, c.waitEnded)
	c.waited = c.exit.done
	if readers == 0 {
		c.exitMu.Lock()
		c.drainedSeen = true
		c.exitMu.Unlock()
		close(c.drained)
		return
	}
	c.readers = streamio.NewSources(readersQueue{c}, readers, nil)
	for _, p := range pipes {
		if p.readable {
			p.deliver = func(data []byte) { c.deliver(p, data) }
			p.ended = func(err error) { c.readEnded(p, err) }
			p.r = streamio.StartReader(p.pipe, c.q, c.readers, streamio.ReaderOptions{Size: readSize, Ahead: readAhead, Merge: readMerge, MaxChunk: readChunk, Paused: true},
				func(data []byte) {
					if !p.tap.Chunk(data) {
						p.deliver(data)
					}
				},
				func(err error) {
					if !p.tap.End(err) {
						p.ended(err)
					}
				})
		}
	}
	// As libuv, the pipes are read from the loop's next turn on: until
	// then the script may hand one to another child (spawn's stdio: [a.stdout])
	// and that child reads all of it.
	c.q.Queue(func() {
		defer close(c.reading)
		for _, p := range pipes {
			if p.r == nil {
				continue
			}
			p.started = true
			if !p.handedOff && !p.paused {
				p.r.Resume()
			}
		}
	})
}

// deliver hands a chunk of a child's output to the script, or to the
// pipe's collector (exec), which passes it on only once the script made
// the stream.
func (c *child) deliver(p *pipeEnd, data []byte) {
	col := p.col
	if col == nil {
		c.rt.Call(c.onread, goja.Undefined(), c.rt.VM().ToValue(p.fd), c.rt.WrapBytes(data))
		return
	}
	if !p.readOpen {
		return // destroyed: node's exec sees nothing more
	}
	if col.encOf != nil && !col.over {
		// Node's exec counts each chunk as the stream hands it over: in
		// the encoding the script may have set on it since.
		if v, err := col.encOf(goja.Undefined()); err == nil && col.held == 0 {
			col.enc = v.String()
		}
	}
	over := col.add(data)
	if col.streaming {
		c.rt.Call(c.onread, goja.Undefined(), c.rt.VM().ToValue(p.fd), c.rt.WrapBytes(data))
	}
	if over && col.onOver != nil {
		c.rt.Call(col.onOver, goja.Undefined(), c.rt.VM().ToValue(p.fd))
	}
}

// readersQueue is the child's queue as the readers' Sources sees it: the
// last reader's end is the readers' one Done among the child's sources,
// and marks the output drained.
type readersQueue struct{ c *child }

func (r readersQueue) Queue(fn func()) bool { return r.c.q.Queue(fn) }

func (r readersQueue) Close(fn func()) {
	c := r.c
	c.sources.Done(fn)
	close(c.drained)
	c.exitMu.Lock()
	c.drainedSeen = true
	queueExit := c.exitPending
	c.exitPending = nil
	c.exitMu.Unlock()
	if queueExit != nil {
		queueExit() // after the output's end, as its task was queued first
	}
}

// waitEnded runs on the wait's goroutine once the process ended: it queues
// 'exit' after the output already written.
func (c *child) waitEnded(e *exitState) {
	defer c.st.waits.Done()
	status, err := e.status, e.err
	c.waitExitAfter()
	// What the child wrote before it ended is already in its pipes; as
	// under node, that output (and its end) normally reaches the script
	// before 'exit'. The wait is short: a paused stream or a grandchild
	// holding a pipe only delays 'exit' by outputGrace, counted from when
	// the pipes are read.
	if c.reading != nil {
		select {
		case <-c.reading:
		case <-c.st.ending:
		}
	}
	queueExit := func() { c.sources.Done(c.exitTask(status, err)) }
	c.exitMu.Lock()
	if c.drainedSeen {
		c.exitMu.Unlock()
		queueExit()
		return
	}
	c.exitPending = queueExit
	c.exitMu.Unlock()
	t := time.NewTimer(outputGrace)
	select {
	case <-c.drained:
	case <-t.C:
	case <-c.st.stopped:
	}
	t.Stop()
	// The drain queued 'exit' unless the grace ran out or the runtime
	// stopped first.
	c.exitMu.Lock()
	queueExit = c.exitPending
	c.exitPending = nil
	c.exitMu.Unlock()
	if queueExit != nil {
		queueExit()
	}
}

// exitTask is the loop task that reports the child's end to the script.
func (c *child) exitTask(status ExitStatus, err error) func() {
	return func() {
		c.exited = true
		c.updateRef()
		code, sig := goja.Value(goja.Null()), goja.Value(goja.Null())
		switch {
		case err != nil:
			code = c.rt.VM().ToValue(-int(errnoOf(err, syscall.ECHILD)))
		case status.Signal != 0:
			sig = c.rt.VM().ToValue(signalName(status.Signal))
		default:
			code = c.rt.VM().ToValue(status.Code)
		}
		c.rt.Call(c.onexit, goja.Undefined(), code, sig)
	}
}

// outputGrace bounds how long 'exit' waits for output already written.
const outputGrace = 10 * time.Millisecond

// waitExitAfter waits, at most ExitGrace in all, for the channels that
// the child's 'exit' comes after.
func (c *child) waitExitAfter() {
	if len(c.exitAfter) == 0 {
		return
	}
	t := time.NewTimer(ExitGrace)
	defer t.Stop()
	for _, ch := range c.exitAfter {
		select {
		case <-ch:
		case <-t.C:
			return
		case <-c.st.stopped:
			return
		}
	}
}

// updateRef makes the queue hold the loop while the process handle is ref'd
// and running, or any of its ref'd pipes is open (and, for reading, not
// paused), as node's handles do.
func (c *child) updateRef() {
	want := c.procRef && !c.exited
	for _, p := range c.pipes {
		if (p.readOpen && !p.paused || p.writeOpen) && p.refd {
			want = true
		}
	}
	if want {
		c.q.Ref()
	} else {
		c.q.Unref()
	}
}

func errnoOf(err error, def syscall.Errno) syscall.Errno {
	if e, ok := runtime.Errno(err); ok {
		return e
	}
	return def
}

// ---- methods the script's ChildProcess calls on its handle ----

// Pid is the child's process id.
func (c *child) Pid() int { return c.proc.Pid() }

// Kill sends signal sig and returns 0 or a negative errno.
func (c *child) Kill(sig int) int {
	if c.exited {
		return -int(syscall.ESRCH)
	}
	if err := c.proc.Signal(syscall.Signal(sig)); err != nil {
		errno := errnoOf(err, syscall.EINVAL)
		if errno == syscall.ESRCH {
			// Reaped, but the script has not seen the exit yet: to it the
			// process is still a zombie that accepts signals, as under node.
			return 0
		}
		return -int(errno)
	}
	return 0
}

// Ref makes the running child keep the loop alive (the default).
func (c *child) Ref() {
	c.procRef = true
	c.updateRef()
}

// Unref lets the loop end while the child runs.
func (c *child) Unref() {
	c.procRef = false
	c.updateRef()
}

// HasRef reports whether the child holds the loop.
func (c *child) HasRef() bool { return c.procRef && !c.exited }
