package http

import (
	"io"
	"sync"
)

var errEOF = io.EOF

// h2chunks carries bytes written on the loop to a goroutine that writes
// them to an HTTP/2 stream: the loop never blocks on the peer's flow
// control. Safe from any goroutine.
type h2chunks struct {
	mu     sync.Mutex
	cond   *sync.Cond
	queue  [][]byte
	closed bool
	err    error
}

func newH2Chunks() *h2chunks {
	c := &h2chunks{}
	c.cond = sync.NewCond(&c.mu)
	return c
}

// push queues a copy of p; it reports false once the queue is closed.
func (c *h2chunks) push(p []byte) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return false
	}
	c.queue = append(c.queue, append([]byte(nil), p...))
	c.cond.Signal()
	return true
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
}

// next waits for the next chunk; ok is false at the end.
func (c *h2chunks) next() (p []byte, ok bool, err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
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
		c.mu.Unlock()
		if n > 0 {
			return n, nil
		}
	}
}
