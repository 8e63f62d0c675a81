package childprocess

import (
	"errors"
	"io"
	"os"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

const (
	// readSize is the size of each read from a child's output pipe: larger
	// than node's 64 KiB, since each chunk costs a trip through the stream
	// machinery in JS.
	readSize = 256 << 10
	// smallRead is the size under which a chunk is copied out so that the
	// 64 KiB read buffer can be reused; larger chunks hand the buffer over.
	smallRead = 64 << 10
	// readAhead is how many chunks a reader may have queued on the loop
	// before it waits for the script to take them.
	readAhead = 4
)

// child is a running process as the loop sees it. Fields without a
// comment saying otherwise belong to the loop goroutine.
type child struct {
	st   *state
	rt   *runtime.Runtime
	proc Process
	q    *runtime.TaskQueue

	onexit, onread goja.Callable

	// pending counts the sources (wait goroutine, readers, writers) that
	// will still queue work; the last one to finish closes the queue.
	pendingMu sync.Mutex
	pending   int
	waited    chan struct{} // closed when Wait returned (any goroutine)
	drained   chan struct{} // closed when every reader ended (any goroutine)
	readers   sync.WaitGroup

	// exitAfter are the stdio providers' channels that 'exit' waits for.
	exitAfter []<-chan struct{}

	pipes   map[int]*pipeEnd
	procRef bool
	exited  bool
}

// pipeEnd is the parent's side of one piped descriptor.
type pipeEnd struct {
	fd        int
	pipe      Pipe
	readable  bool // the child writes it (fds 1, 2 and extras)
	writable  bool // the child reads it (fd 0 and extras)
	readOpen  bool // loop: no EOF, error or destroy yet
	writeOpen bool // loop: not ended or destroyed yet
	refd      bool // loop

	paused    atomic.Bool
	wake      chan struct{}
	credits   chan struct{}
	closeOnce sync.Once

	w        *writer // writer goroutine, started when a write would block
	inflight int     // loop: writes handed to w and not yet reported
}

func (c *child) start(pipes map[int]*pipeEnd) {
	c.pipes = pipes
	c.procRef = true
	c.waited = make(chan struct{})
	c.drained = make(chan struct{})
	sources := int32(1)
	for _, p := range pipes {
		p.readOpen, p.writeOpen, p.refd = p.readable, p.writable, true
		p.wake = make(chan struct{}, 1)
		p.credits = make(chan struct{}, readAhead)
		if p.writable {
			sources++
		}
		if p.readable {
			sources++
		}
	}
	c.pending = int(sources)
	c.st.add(c)
	c.st.waits.Add(1)
	go c.waitLoop()
	for _, p := range pipes {
		if p.readable {
			c.readers.Add(1)
			c.st.io.Add(1)
			go c.readLoop(p)
		}
	}
	go func() {
		c.readers.Wait()
		close(c.drained)
	}()
}

// finish queues fn as a source's last task; the last source closes the
// queue with it, releasing the loop.
func (c *child) finish(fn func()) {
	c.pendingMu.Lock()
	defer c.pendingMu.Unlock()
	c.pending--
	if c.pending == 0 {
		// Every source is done: no pipe is needed any more.
		c.closePipes()
		c.q.Close(func() {
			c.st.remove(c)
			if fn != nil {
				fn()
			}
		})
		return
	}
	if fn != nil {
		c.q.Queue(fn)
	}
}

func (c *child) waitLoop() {
	defer c.st.waits.Done()
	status, err := c.proc.Wait()
	close(c.waited)
	c.waitExitAfter()
	// What the child wrote before it ended is already in its pipes; as
	// under node, that output (and its end) normally reaches the script
	// before 'exit'. The wait is short: a paused stream or a grandchild
	// holding a pipe only delays 'exit' by outputGrace.
	t := time.NewTimer(outputGrace)
	select {
	case <-c.drained:
	case <-t.C:
	case <-c.st.stopped:
	}
	t.Stop()
	c.finish(func() {
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
	})
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

func (c *child) readLoop(p *pipeEnd) {
	defer c.st.io.Done()
	defer c.readers.Done()
	buf := make([]byte, readSize)
	for {
		for p.paused.Load() {
			select {
			case <-p.wake:
			case <-c.st.stopped:
				c.finish(nil)
				return
			}
		}
		select {
		case p.credits <- struct{}{}:
		case <-c.st.stopped:
			c.finish(nil)
			return
		}
		n, err := p.pipe.Read(buf)
		if n > 0 {
			var data []byte
			if n < smallRead {
				data = append([]byte(nil), buf[:n]...)
			} else {
				data = buf[:n:n]
				buf = make([]byte, readSize)
			}
			c.q.Queue(func() {
				<-p.credits
				c.rt.Call(c.onread, goja.Undefined(), c.rt.VM().ToValue(p.fd), c.rt.WrapBytes(data))
			})
		} else {
			<-p.credits
		}
		if err != nil {
			if !p.writable {
				p.close() // nothing more can come through a read-only pipe
			}
			c.finish(func() { c.readEnded(p, err) })
			return
		}
	}
}

// readEnded reports the end of a pipe's output to the script: null for EOF,
// an errno for a read error. A pipe the script destroyed ends silently.
func (c *child) readEnded(p *pipeEnd, err error) {
	wasOpen := p.readOpen
	p.readOpen = false
	c.updateRef()
	if !wasOpen || errors.Is(err, os.ErrClosed) {
		return
	}
	vm := c.rt.VM()
	if err == io.EOF {
		c.rt.Call(c.onread, goja.Undefined(), vm.ToValue(p.fd), goja.Null())
		return
	}
	c.rt.Call(c.onread, goja.Undefined(), vm.ToValue(p.fd), goja.Null(), vm.ToValue(-int(errnoOf(err, syscall.EIO))))
}

// updateRef makes the queue hold the loop while the process handle is ref'd
// and running, or any of its ref'd pipes is open, as node's handles do.
func (c *child) updateRef() {
	want := c.procRef && !c.exited
	for _, p := range c.pipes {
		if (p.readOpen || p.writeOpen) && p.refd {
			want = true
		}
	}
	if want {
		c.q.Ref()
	} else {
		c.q.Unref()
	}
}

// closePipes closes every parent end, unblocking readers and writers. Safe
// from any goroutine.
func (c *child) closePipes() {
	for _, p := range c.pipes {
		p.close()
	}
}

func (p *pipeEnd) close() {
	p.closeOnce.Do(func() { p.pipe.Close() })
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

// PipeRef refs or unrefs one pipe (child.stdout.ref()/unref()).
func (c *child) PipeRef(fd int, on bool) {
	if p := c.pipes[fd]; p != nil {
		p.refd = on
		c.updateRef()
	}
}

// ReadStart resumes reading a pipe the script paused.
func (c *child) ReadStart(fd int) {
	if p := c.pipes[fd]; p != nil && p.paused.Load() {
		p.paused.Store(false)
		select {
		case p.wake <- struct{}{}:
		default:
		}
	}
}

// ReadStop pauses reading a pipe: the stream's buffer is full.
func (c *child) ReadStop(fd int) {
	if p := c.pipes[fd]; p != nil {
		p.paused.Store(true)
	}
}

// ClosePipe destroys a pipe: the parent's end is closed at once.
func (c *child) ClosePipe(fd int) {
	p := c.pipes[fd]
	if p == nil || (!p.readOpen && !p.writeOpen) {
		return
	}
	p.readOpen = false
	if p.writeOpen {
		p.writeOpen = false
		if p.w != nil {
			p.w.stop()
		} else {
			c.finish(nil)
		}
	}
	p.close()
	c.updateRef()
}

// Shutdown ends a pipe's input: queued writes go out, then the parent's end
// is closed (shut for writing, for a two-way pipe) so the child sees EOF.
// It returns true when that is done at once (no write was pending); else
// cb runs once it is.
func (c *child) Shutdown(fd int, cb goja.Value) bool {
	p := c.pipes[fd]
	if p == nil || !p.writeOpen {
		return true
	}
	p.writeOpen = false
	defer c.updateRef()
	if p.inflight == 0 {
		p.endWrites()
		if p.w != nil {
			p.w.stop()
		} else {
			c.finish(nil)
		}
		return true
	}
	fn, _ := goja.AssertFunction(cb)
	p.w.shutdown(fn)
	return false
}

// endWrites closes the writing side of a pipe: the whole pipe for fd 0,
// a shutdown for a two-way pipe the child may still write to.
func (p *pipeEnd) endWrites() {
	if !p.readable {
		p.close()
		return
	}
	if sc, ok := p.pipe.(syscall.Conn); ok {
		if raw, err := sc.SyscallConn(); err == nil {
			_ = raw.Control(func(fd uintptr) { _ = syscall.Shutdown(int(fd), syscall.SHUT_WR) })
		}
	}
}

// Write writes chunk (a Buffer or string) to a pipe. It returns 0 when
// the child has it already, 1 when a writer goroutine completes it later
// and calls cb(err), or a negative errno. Pending bytes are shared with the
// script until then, as node shares a Buffer with a pending write.
func (c *child) Write(fd int, chunk goja.Value, cb goja.Value) int {
	p := c.pipes[fd]
	if p == nil || !p.writeOpen {
		return -int(syscall.EPIPE)
	}
	data, ok := c.rt.Bytes(chunk)
	if !ok {
		data = []byte(chunk.String())
	}
	if p.inflight == 0 {
		n, err := tryWrite(p.pipe, data)
		if err != nil {
			return -int(errnoOf(err, syscall.EIO))
		}
		if n == len(data) {
			return 0
		}
		data = data[n:]
	}
	if p.w == nil {
		p.w = c.newWriter(p)
	}
	fn, _ := goja.AssertFunction(cb)
	p.inflight++
	p.w.ch <- writeReq{data: data, cb: fn}
	return 1
}

// tryWrite writes what the pipe takes now without blocking. EAGAIN is
// not an error: the caller hands the rest to the writer goroutine.
func tryWrite(pipe Pipe, data []byte) (int, error) {
	sc, ok := pipe.(syscall.Conn)
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
			if err == syscall.EAGAIN {
				break
			}
			if err != nil {
				werr = err
				break
			}
		}
		return true
	})
	if werr == nil {
		werr = cerr
	}
	return total, werr
}

func (c *child) callback(fn goja.Callable, err error) {
	if fn == nil {
		return
	}
	if err == nil {
		c.rt.Call(fn, goja.Undefined())
		return
	}
	c.rt.Call(fn, goja.Undefined(), c.rt.ErrnoException(err, "write"))
}
