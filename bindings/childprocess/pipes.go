package childprocess

import (
	"io"
	"sync"
	"syscall"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/internal/streamio"
)

// pipeEnd is the parent's side of one piped descriptor. Its reader and
// writer are streamio's: the reader delivers the child's output to the
// script with credits and pause, the writer never blocks the loop on a
// child that does not read.
type pipeEnd struct {
	fd        int
	pipe      Pipe
	readable  bool // the child writes it (fds 1, 2 and extras)
	writable  bool // the child reads it (fd 0 and extras)
	readOpen  bool // loop: no EOF, error or destroy yet
	writeOpen bool // loop: not ended or destroyed yet
	refd      bool // loop

	r         *streamio.Reader // when readable
	tap       streamio.Tap     // loop: a consumer reading the output in Go
	deliver   func([]byte)     // hands a chunk to the script
	ended     func(error)      // hands the end of output to the script
	w         *streamio.Writer // when writable
	closeOnce sync.Once
}

// readEnded reports the end of a pipe's output to the script: null for EOF,
// an errno for a read error. A pipe the script destroyed ends silently.
func (c *child) readEnded(p *pipeEnd, err error) {
	if !p.writable {
		p.close() // nothing more can come through a read-only pipe
	}
	wasOpen := p.readOpen
	p.readOpen = false
	c.updateRef()
	if !wasOpen || streamio.IsClosed(err) {
		return
	}
	vm := c.rt.VM()
	if err == io.EOF {
		c.rt.Call(c.onread, goja.Undefined(), vm.ToValue(p.fd), goja.Null())
		return
	}
	c.rt.Call(c.onread, goja.Undefined(), vm.ToValue(p.fd), goja.Null(), vm.ToValue(-int(errnoOf(err, syscall.EIO))))
}

// closePipes stops every reader and writer and closes every parent end.
// It runs on the loop, or once the loop has stopped.
func (c *child) closePipes() {
	for _, p := range c.pipes {
		if p.r != nil {
			p.r.Stop()
		}
		if p.w != nil {
			p.w.Stop()
		}
		p.close()
	}
}

func (p *pipeEnd) close() {
	p.closeOnce.Do(func() { p.pipe.Close() })
}

// endWrites closes the writing side of a pipe: the whole pipe for fd 0,
// a half-close for a two-way pipe the child may still write to.
func (p *pipeEnd) endWrites() error {
	if !p.readable {
		p.close()
		return nil
	}
	if sc, ok := p.pipe.(syscall.Conn); ok {
		if raw, err := sc.SyscallConn(); err == nil {
			_ = raw.Control(func(fd uintptr) { _ = syscall.Shutdown(int(fd), syscall.SHUT_WR) })
		}
	}
	return nil
}

// PipeRef refs or unrefs one pipe (child.stdout.ref()/unref()).
func (c *child) PipeRef(fd int, on bool) {
	if p := c.pipes[fd]; p != nil {
		p.refd = on
		c.updateRef()
	}
}

// ReadStart resumes reading a pipe the script paused.
func (c *child) ReadStart(fd int) {
	if p := c.pipes[fd]; p != nil && p.r != nil {
		p.r.Resume()
	}
}

// Divert hands a pipe's output to d (readline splitting lines in Go) in
// place of the script's stream; it reports false when the pipe is not
// read, has ended or is diverted already.
func (c *child) Divert(fd int, d streamio.Diverter) bool {
	p := c.pipes[fd]
	if p == nil || p.r == nil || !p.readOpen || p.tap.Diverted() {
		return false
	}
	p.tap.Set(d, streamio.Source{Pause: p.r.Pause, Resume: p.r.Resume, Deliver: p.deliver, End: p.ended})
	return true
}

// ReadStop pauses reading a pipe: the stream's buffer is full.
func (c *child) ReadStop(fd int) {
	if p := c.pipes[fd]; p != nil && p.r != nil {
		p.r.Pause()
	}
}

// ClosePipe destroys a pipe: queued writes are dropped, reading stops and
// the parent's end is closed at once.
func (c *child) ClosePipe(fd int) {
	p := c.pipes[fd]
	if p == nil || (!p.readOpen && !p.writeOpen) {
		return
	}
	p.readOpen = false
	if p.writeOpen {
		p.writeOpen = false
		p.w.Stop()
	}
	if p.r != nil {
		p.r.Stop()
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
	if p.w.Pending() == 0 {
		// Nothing queued: end now, whether or not a writer goroutine ran.
		p.endWrites()
		p.w.Stop()
		return true
	}
	fn, _ := goja.AssertFunction(cb)
	p.w.Shutdown(func(error) { c.callback(fn, nil) })
	return false
}

// Write writes chunk (a Buffer or string) to a pipe. It returns 0 when
// the child has it already, 1 when the writer completes it later and
// calls cb(err), or a negative errno. Pending bytes are shared with the
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
	fn, _ := goja.AssertFunction(cb)
	done, err := p.w.Write(data, func(err error) { c.callback(fn, err) })
	if !done {
		return 1
	}
	if err != nil {
		return -int(errnoOf(err, syscall.EIO))
	}
	return 0
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
