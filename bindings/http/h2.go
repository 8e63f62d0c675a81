package http

import (
	"context"
	"sync"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

//go:generate node gen_h2constants.js

// h2constant is one entry of node's http2.constants: a name and a number
// or a string.
type h2constant struct {
	name  string
	value any
}

// h2 is the http2 module's Go side: the script's streams are ids into
// refs, and Go calls back into the script through hooks, each with the
// stream object as this, so that a stream costs no handle object and no
// functions of its own.
type h2 struct {
	*binding
	hooks h2hooks
	// refs are the streams by id, until their Go side is done. Loop only.
	refs   map[int64]*h2ref
	nextID int64
	// wakes are the writers of the server streams that responded in this
	// turn of the loop, woken together on the next turn. Loop only.
	wakes []*h2chunks
}

// h2hooks are the script's functions Go calls for a stream's events:
// data(buf), end(), drain(), closed(aborted) (a server stream is done:
// aborted if it was reset by the peer before its response was),
// response(headers) and error(err, rstName) (a client stream).
type h2hooks struct {
	data, end, drain, closed, response, error goja.Callable
}

// h2ref is the Go side of one stream.
type h2ref struct {
	obj  *goja.Object
	body *h2chunks
	// responded says a server stream's head was handed to body.
	responded bool
	// unread, closed by h2unread, lets a server stream close without
	// reading the rest of its request.
	unread chan struct{}
	// cancel resets a client stream.
	cancel func()
	// draining says the drain hook is due (once) when the writer catches
	// up.
	draining bool
}

// h2Funcs adds the http2 module's Go side to the http binding.
func (b *binding) h2Funcs(o *goja.Object) {
	vm := b.rt.VM()
	c := vm.NewObject()
	for _, k := range h2constants {
		c.Set(k.name, k.value)
	}
	h := &h2{binding: b, refs: map[int64]*h2ref{}}
	o.Set("h2constants", c)
	o.Set("h2init", h.init)
	o.Set("h2listen", h.listen)
	o.Set("h2connect", h.connect)
	o.Set("h2respond", h.respond)
	o.Set("h2write", h.write)
	o.Set("h2end", h.end)
	o.Set("h2close", h.close)
	o.Set("h2unread", h.unread)
}

// init takes the script's hooks (see h2hooks).
func (h *h2) init(call goja.FunctionCall) goja.Value {
	o := call.Argument(0).ToObject(h.rt.VM())
	fn := func(name string) goja.Callable {
		f, _ := goja.AssertFunction(o.Get(name))
		return f
	}
	h.hooks = h2hooks{data: fn("data"), end: fn("end"), drain: fn("drain"), closed: fn("closed"),
		response: fn("response"), error: fn("error")}
	return goja.Undefined()
}

// add registers a stream's Go side and returns its id.
func (h *h2) add(r *h2ref) int64 {
	h.nextID++
	h.refs[h.nextID] = r
	return h.nextID
}

// ref is the stream call's first argument names, or nil once it is done.
func (h *h2) ref(call goja.FunctionCall) *h2ref {
	return h.refs[call.Argument(0).ToInteger()]
}

// emit calls hook with the stream as this, if the stream is bound.
func (h *h2) emit(r *h2ref, hook goja.Callable, args ...goja.Value) {
	if r.obj != nil && hook != nil {
		h.rt.Call(hook, r.obj, args...)
	}
}

// write is h2write(id, chunk, end): it queues the bytes for the
// stream's writer goroutine (and, with end, ends the body after them)
// and returns true, or, past the high-water mark, false, and calls the
// drain hook once the writer has caught up. Writes to a stream that is
// done are dropped.
func (h *h2) write(call goja.FunctionCall) goja.Value {
	r := h.ref(call)
	if r == nil {
		return h.rt.VM().ToValue(true)
	}
	p, ok := h.rt.Bytes(call.Argument(1))
	if !ok {
		p = []byte(call.Argument(1).String())
	}
	if !r.body.push(p, call.Argument(2).ToBoolean()) {
		return h.rt.VM().ToValue(true)
	}
	if !r.draining {
		r.draining = true
		enqueue := h.rt.Loop().Reserve()
		r.body.onDrain(func() {
			enqueue(func() {
				r.draining = false
				h.emit(r, h.hooks.drain)
			})
		})
	}
	return h.rt.VM().ToValue(false)
}

// wakeLater has the writer of body woken on the loop's next turn, with
// the others woken then, in one loop task.
func (h *h2) wakeLater(body *h2chunks) {
	if len(h.wakes) == 0 {
		h.rt.Loop().Reserve()(h.wakeAll)
	}
	h.wakes = append(h.wakes, body)
}

// wakeAll wakes the writers wakeLater listed.
func (h *h2) wakeAll() {
	for i, c := range h.wakes {
		c.wake()
		h.wakes[i] = nil
	}
	h.wakes = h.wakes[:0]
}

// end is h2end(id): the stream's body is complete.
func (h *h2) end(call goja.FunctionCall) goja.Value {
	if r := h.ref(call); r != nil {
		r.body.close(nil)
	}
	return goja.Undefined()
}

// close is h2close(id): a client stream is cancelled; a server stream
// sends what it has, then is reset.
func (h *h2) close(call goja.FunctionCall) goja.Value {
	r := h.ref(call)
	switch {
	case r == nil:
	case r.cancel != nil:
		r.cancel()
		// A body read waiting for the script's next write would hold the
		// request, and the reset, back.
		r.body.close(context.Canceled)
	default:
		if !r.responded {
			r.responded = true
			r.body.setHead(h2response{status: -1})
		}
		r.body.close(errH2Reset)
	}
	return goja.Undefined()
}

// h2batch runs a goroutine's calls on the loop, in order, as few loop
// tasks as the loop's pace allows: calls posted while an earlier one
// waits for the loop run in the same task, as node runs the frames of
// one read from the socket in one callback. Safe from any goroutine.
type h2batch struct {
	q      *runtime.TaskQueue
	mu     sync.Mutex
	fns    []func()
	queued bool
	run    func()
}

func newH2Batch(q *runtime.TaskQueue) *h2batch {
	e := &h2batch{q: q}
	e.run = e.runAll
	return e
}

// post has fn run on the loop after the calls posted before it. It
// reports false if the queue is closed.
func (e *h2batch) post(fn func()) bool {
	e.mu.Lock()
	e.fns = append(e.fns, fn)
	if e.queued {
		e.mu.Unlock()
		return true
	}
	e.queued = true
	e.mu.Unlock()
	if !e.q.Queue(e.run) {
		e.mu.Lock()
		e.fns, e.queued = nil, false
		e.mu.Unlock()
		return false
	}
	return true
}

// runAll runs the calls posted so far. One that throws leaves the rest
// to a task of their own, so that none is lost.
func (e *h2batch) runAll() {
	e.mu.Lock()
	fns := e.fns
	e.fns, e.queued = nil, false
	e.mu.Unlock()
	i := 0
	defer func() {
		if i < len(fns)-1 {
			rest := fns[i+1:]
			e.mu.Lock()
			e.fns = append(rest[:len(rest):len(rest)], e.fns...)
			if !e.queued {
				e.queued = true
				e.q.Queue(e.run)
			}
			e.mu.Unlock()
		}
	}()
	for ; i < len(fns); i++ {
		fns[i]()
	}
}
