package http

import (
	"io"
	"sync"
)

var errEOF = io.EOF

// flusher is a response writer that sends what it buffered.
type flusher interface{ Flush() }

// h2bufs are the buffers a stream's body is read into (32 KiB each).
var h2bufs = sync.Pool{New: func() any { b := make([]byte, 32*1024); return &b }}

// h2chunks carries bytes written on the loop to a goroutine that writes
// them to an HTTP/2 stream: the loop never blocks on the peer's flow
// control. Safe from any goroutine.
type h2chunks struct {
	mu     sync.Mutex
	cond   *sync.Cond
	queue  [][]byte
	closed bool
	err    error
	// size is the bytes queued; past h2HighWater the writer on the loop
	// waits for drain, called (once) when the queue empties or closes.
	size  int
	drain func()
	// head is a server stream's response head, once the script sent it.
	head *h2response
}

// h2HighWater is how many bytes a stream queues before its writes wait.
const h2HighWater = 64 * 1024

func newH2Chunks() *h2chunks {
	c := &h2chunks{}
	c.cond = sync.NewCond(&c.mu)
	return c
}

// push queues a copy of p and, if end is set, closes the queue, so that
// the writer wakes once for the chunk and the end. full reports that the
// queue is past its high-water mark (the writer should wait for drain);
// bytes pushed after close are dropped.
func (c *h2chunks) push(p []byte, end bool) (full bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return false
	}
	c.queue = append(c.queue, append([]byte(nil), p...))
	c.size += len(p)
	if !end {
		c.cond.Signal()
		return c.size >= h2HighWater
	}
	c.closed = true
	c.cond.Broadcast()
	return false
}

// setHead hands the writer a server stream's response head. It does not
// wake the writer: a write, close or wake that follows does.
func (c *h2chunks) setHead(h h2response) {
	c.mu.Lock()
	c.head = &h
	c.mu.Unlock()
}

// wake wakes the writer waiting for the head.
func (c *h2chunks) wake() {
	c.mu.Lock()
	c.cond.Broadcast()
	c.mu.Unlock()
}

// waitHead waits for the response head; ok is false if the queue closed
// first (the stream was reset or its connection lost).
func (c *h2chunks) waitHead() (h h2response, ok bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for c.head == nil && !c.closed {
		c.cond.Wait()
	}
	if c.head == nil {
		return h2response{}, false
	}
	return *c.head, true
}

// onDrain has fn called once the queue empties or closes (at once if
// it is already below the mark).
func (c *h2chunks) onDrain(fn func()) {
	c.mu.Lock()
	if c.closed || c.size < h2HighWater {
		c.mu.Unlock()
		fn()
		return
	}
	c.drain = fn
	c.mu.Unlock()
}

// drained takes the drain func if it is due. Called with mu held.
func (c *h2chunks) drained() func() {
	if c.drain == nil || (!c.closed && c.size > 0) {
		return nil
	}
	fn := c.drain
	c.drain = nil
	return fn
}

// close ends the queue: next returns what is left, then (nil, false).
// err, if not nil, tells the writer to abort instead of finishing.
func (c *h2chunks) close(err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return
	}
	c.closed, c.err = true, err
	c.cond.Broadcast()
	if fn := c.drained(); fn != nil {
		defer fn()
	}
}

// next waits for the next chunk; ok is false at the end. Before it
// waits, it flushes fl (if not nil): what was written so far goes out,
// while chunks queued together go out together.
func (c *h2chunks) next(fl flusher) (p []byte, ok bool, err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if fl != nil && len(c.queue) == 0 && !c.closed {
		c.mu.Unlock()
		fl.Flush()
		c.mu.Lock()
	}
	for len(c.queue) == 0 && !c.closed {
		c.cond.Wait()
	}
	if c.err != nil {
		return nil, false, c.err
	}
	if len(c.queue) == 0 {
		return nil, false, nil
	}
	p = c.queue[0]
	c.queue = c.queue[1:]
	c.size -= len(p)
	if fn := c.drained(); fn != nil {
		defer fn()
	}
	return p, true, nil
}

// Read makes the queue an io.Reader (a client request's body).
func (c *h2chunks) Read(p []byte) (int, error) {
	for {
		c.mu.Lock()
		for len(c.queue) == 0 && !c.closed {
			c.cond.Wait()
		}
		if c.err != nil {
			c.mu.Unlock()
			return 0, c.err
		}
		if len(c.queue) == 0 {
			c.mu.Unlock()
			return 0, errEOF
		}
		n := copy(p, c.queue[0])
		c.queue[0] = c.queue[0][n:]
		if len(c.queue[0]) == 0 {
			c.queue = c.queue[1:]
		}
		c.size -= n
		fn := c.drained()
		c.mu.Unlock()
		if fn != nil {
			fn()
		}
		if n > 0 {
			return n, nil
		}
	}
}
