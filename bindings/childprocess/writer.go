package childprocess

import (
	"github.com/dop251/goja"
)

// writeReq is one write to a child's input, or (end set) the request to
// close it once the writes before it are done.
type writeReq struct {
	data []byte
	cb   goja.Callable
	end  bool
}

// writer is the goroutine that writes a pipe's input, so that a child
// that does not read never blocks the loop.
type writer struct {
	c    *child
	p    *pipeEnd
	ch   chan writeReq
	done chan struct{}
}

func (c *child) newWriter(p *pipeEnd) *writer {
	w := &writer{c: c, p: p, ch: make(chan writeReq, 16), done: make(chan struct{})}
	c.st.io.Add(1)
	go w.run()
	return w
}

func (w *writer) run() {
	defer w.c.st.io.Done()
	var failed error
	for {
		var req writeReq
		select {
		case req = <-w.ch:
		case <-w.done:
			w.c.finish(nil)
			return
		case <-w.c.st.stopped:
			w.c.finish(nil)
			return
		}
		if req.end {
			if failed == nil {
				w.p.endWrites()
			}
			cb := req.cb
			w.c.finish(func() { w.c.callback(cb, nil) })
			return
		}
		err := failed
		if err == nil {
			_, err = w.p.pipe.Write(req.data)
			if err != nil {
				failed = err
			}
		}
		cb := req.cb
		w.c.q.Queue(func() {
			w.p.inflight--
			w.c.callback(cb, err)
		})
	}
}

// shutdown queues the end of input after the pending writes.
func (w *writer) shutdown(cb goja.Callable) {
	w.ch <- writeReq{end: true, cb: cb}
}

// stop ends the writer now; a write in progress fails.
func (w *writer) stop() {
	close(w.done)
}
