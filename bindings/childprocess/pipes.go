package childprocess

import (
	"io"
	"strconv"
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
	// paused is the loop's: reading is stopped (readStop, or a diverter's
	// backpressure). A paused pipe does not hold the loop, as a libuv
	// stream that is not reading is no active handle: a script that stops
	// reading a child's output does not wait for an end it will never read.
	paused bool

	r         *streamio.Reader // when readable
	tap       streamio.Tap     // loop: a consumer reading the output in Go
	deliver   func([]byte)     // hands a chunk to the script
	ended     func(error)      // hands the end of output to the script
	w         *streamio.Writer // when writable
	col       *collector       // loop: exec's collector of this output
	fast      fastWrite        // loop: the script's write in flight (pipe_fastwrite.go)
	cancelled []func(error)    // loop: the writes ClosePipe dropped, for CancelWrites
	handedOff bool             // loop: given to another child as its stdio
	started   bool             // loop: read from (the turn after the spawn on)
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
	if err == io.EOF && p.col != nil && p.col.finish() && p.col.onOver != nil {
		// The decoder's last characters crossed maxBuffer: exec kills the
		// child and destroys its pipes, this one included.
		c.rt.Call(p.col.onOver, goja.Undefined(), vm.ToValue(p.fd))
		return
	}
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

// Collect makes exec's collector gather a pipe's output (see collector):
// maxBuffer as node counts it in enc ("" for Buffers), onOver(fd) called
// when it is crossed. Chunks reach the script's stream only after
// CollectStream.
func (c *child) Collect(fd int, maxBuffer float64, enc string, onOver goja.Value) {
	p := c.pipes[fd]
	if p == nil || p.r == nil {
		return
	}
	fn, _ := goja.AssertFunction(onOver)
	p.col = &collector{max: maxBuffer, enc: enc, onOver: fn}
}

// CollectStream passes a collected pipe's chunks on to the script's
// stream too, once the script has made it. From then on maxBuffer counts
// in the stream's encoding as each chunk arrives, which encOf returns
// (node's name, "" for Buffers): the script may set one on the stream.
func (c *child) CollectStream(fd int, encOf goja.Callable) {
	if p := c.pipes[fd]; p != nil && p.col != nil {
		p.col.streaming = true
		p.col.encOf = encOf
	}
}

// Collected returns a collected pipe's output (see collector.result) and
// forgets it; undefined when the pipe was not collected.
func (c *child) Collected(fd int, enc string) goja.Value {
	p := c.pipes[fd]
	if p == nil || p.col == nil {
		return goja.Undefined()
	}
	return p.col.result(c.rt, enc)
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
		if p.started {
			p.r.Resume()
		}
		if p.paused {
			p.paused = false
			c.updateRef()
		}
	}
}

// Divert hands a pipe's output to d (readline splitting lines in Go) in
// place of the script's stream; it reports false when the pipe is not
// read, has ended, is diverted already or is collected in Go for exec.
func (c *child) Divert(fd int, d streamio.Diverter) bool {
	p := c.pipes[fd]
	if p == nil || p.r == nil || !p.readOpen || p.tap.Diverted() || p.col != nil {
		return false
	}
	p.tap.Set(d, streamio.Source{Pause: func() { c.ReadStop(fd) }, Resume: func() { c.ReadStart(fd) }, Deliver: p.deliver, End: p.ended})
	return true
}

// ReadStop pauses reading a pipe: the stream's buffer is full. Until
// ReadStart the pipe no longer holds the loop.
func (c *child) ReadStop(fd int) {
	if p := c.pipes[fd]; p != nil && p.r != nil {
		p.r.Pause()
		if !p.paused {
			p.paused = true
			c.updateRef()
		}
	}
}

// ClosePipe destroys a pipe: queued writes are dropped, reading stops and
// the parent's end is closed at once. It reports whether writes were
// pending: CancelWrites then completes them, with no error, as libuv
// cancels a closed pipe's writes and node completes them.
func (c *child) ClosePipe(fd int) bool {
	p := c.pipes[fd]
	if p == nil || (!p.readOpen && !p.writeOpen) {
		return false
	}
	p.readOpen = false
	if p.writeOpen {
		p.writeOpen = false
		p.cancelled = p.w.TakeUnreported()
		p.w.Stop()
	}
	if p.r != nil {
		p.r.Stop()
	}
	p.close()
	c.updateRef()
	return len(p.cancelled) > 0
}

// CancelWrites completes, with no error, the writes a ClosePipe dropped.
func (c *child) CancelWrites(fd int) {
	p := c.pipes[fd]
	if p == nil {
		return
	}
	dones := p.cancelled
	p.cancelled = nil
	for _, done := range dones {
		done(nil)
	}
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

// Write writes chunk (a Buffer or a string, written in UTF-8) to a
// pipe. It returns 0 when the child has it already, 1 when the writer
// completes it later and calls cb(err), or a negative errno. Pending
// bytes are shared with the script until then, as node shares a Buffer
// with a pending write.
func (c *child) Write(fd int, chunk goja.Value, cb goja.Value) int {
	p := c.pipes[fd]
	if p == nil || !p.writeOpen {
		return -int(syscall.EPIPE)
	}
	fn, _ := goja.AssertFunction(cb)
	complete := func(err error) { c.callback(fn, err) }
	var done bool
	var err error
	if s, ok := chunk.(goja.String); ok {
		done, err = p.w.WriteString(s.String(), complete)
	} else {
		data, _ := c.rt.Bytes(chunk)
		done, err = p.w.Write(data, complete)
	}
	return writeResult(done, err)
}

// Append adds chunk to the write in flight on a pipe, which completes
// once chunk is written too (see streamio.Writer.Append): the script's
// stream passes writes made while one is in flight, and have no
// callback, this way instead of queuing each. It reports false when no
// write is in flight.
func (c *child) Append(fd int, chunk goja.Value) bool {
	p := c.pipes[fd]
	if p == nil || !p.writeOpen {
		return false
	}
	var ok bool
	if s, isStr := chunk.(goja.String); isStr {
		ok = p.w.AppendString(s.String())
		if ok && p.fast.on {
			p.fast.len += s.Length()
		}
		return ok
	}
	data, _ := c.rt.Bytes(chunk)
	ok = p.w.Append(data)
	if ok && p.fast.on {
		p.fast.len += len(data)
	}
	return ok
}

// Writev writes the chunks of a Writable's _writev ({chunk, encoding}
// objects) as one write, like Write. A string in an encoding other than
// UTF-8 makes it return errWritevEncoding, writing nothing: the script
// converts those first.
func (c *child) Writev(fd int, chunks goja.Value, cb goja.Value) int {
	p := c.pipes[fd]
	if p == nil || !p.writeOpen {
		return -int(syscall.EPIPE)
	}
	vm := c.rt.VM()
	arr, ok := chunks.(*goja.Object)
	if !ok {
		return -int(syscall.EINVAL)
	}
	n := int(arr.Get("length").ToInteger())
	parts := make([][]byte, 0, n)
	for i := 0; i < n; i++ {
		e := arr.Get(strconv.Itoa(i)).ToObject(vm)
		v := e.Get("chunk")
		if s, ok := v.(goja.String); ok {
			switch enc := e.Get("encoding").String(); enc {
			case "utf8", "utf-8", "buffer":
			default:
				return errWritevEncoding
			}
			parts = append(parts, []byte(s.String()))
			continue
		}
		data, _ := c.rt.Bytes(v)
		parts = append(parts, data)
	}
	fn, _ := goja.AssertFunction(cb)
	done, err := p.w.Writev(parts, func(err error) { c.callback(fn, err) })
	return writeResult(done, err)
}

// errWritevEncoding is Writev's answer to a chunk it cannot encode.
const errWritevEncoding = -100000

func writeResult(done bool, err error) int {
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
