package worker

import (
	"sync"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

// port is one end of a message channel. It outlives any one runtime: a
// port transferred in a message leaves its sender and is adopted by the
// receiver, queue and all. Its fields are guarded by mu, which is the only
// thing two runtimes share.
type port struct {
	mu     sync.Mutex
	peer   *port
	queue  []*message
	closed bool
	owner  *portHandle // nil while in transit
}

func newChannel() (*port, *port) {
	a, b := &port{}, &port{}
	a.peer, b.peer = b, a
	return a, b
}

// post queues m on the port's peer and wakes the peer's owner. A message to
// a closed channel is dropped, as node drops it. Safe from any goroutine.
func (p *port) post(m *message) {
	p.mu.Lock()
	peer, closed := p.peer, p.closed
	p.mu.Unlock()
	if peer == nil || closed {
		return
	}
	peer.deliver(m)
}

// deliver queues m on p and wakes p's owner. Safe from any goroutine.
func (p *port) deliver(m *message) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return
	}
	p.queue = append(p.queue, m)
	if h := p.owner; h != nil && h.started {
		h.tq.Queue(h.deliverOne)
	}
}

// take removes the first queued message, if any.
func (p *port) take() *message {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.queue) == 0 {
		return nil
	}
	m := p.queue[0]
	p.queue[0] = nil
	p.queue = p.queue[1:]
	return m
}

// close closes both ends: each owner gets 'close' after the messages
// already handed to its loop. Safe from any goroutine.
func (p *port) close() {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return
	}
	p.closed = true
	peer := p.peer
	p.peer = nil
	h := p.owner
	p.mu.Unlock()
	if h != nil {
		h.closed()
	}
	if peer != nil {
		peer.close()
	}
}

// portHandle is a port's life in the runtime that owns it: the native
// object its MessagePort wraps and the task queue its messages arrive on.
// started and the queue's ref are guarded by the port's mu.
type portHandle struct {
	st      *state
	p       *port
	obj     *goja.Object // native handle: onmessage, onclose are set by JS
	js      *goja.Object // the MessagePort
	tq      *runtime.TaskQueue
	started bool
	refd    bool
	done    bool // loop: 'close' emitted or the port moved away
}

// adopt makes p owned by this runtime and returns its MessagePort. Loop
// goroutine only.
func (st *state) adopt(p *port) *goja.Object {
	h := st.newHandle(p)
	js, err := st.wrapPort(goja.Undefined(), h.obj)
	if err != nil {
		panic(err)
	}
	h.js = js.(*goja.Object)
	st.ports[h.js] = h
	st.own(h)
	return h.js
}

func (st *state) newHandle(p *port) *portHandle {
	h := &portHandle{st: st, p: p, refd: true, tq: st.rt.Loop().NewTaskQueue()}
	h.tq.Unref() // a port holds the loop only once started
	h.obj = st.portObject(h)
	return h
}

// own makes h the owner of its port; a port closed in transit closes at once.
func (st *state) own(h *portHandle) {
	p := h.p
	p.mu.Lock()
	p.owner = h
	closed := p.closed
	p.mu.Unlock()
	if closed {
		h.closed()
	}
}

func (st *state) isPort(o *goja.Object) bool {
	_, ok := st.ports[o]
	return ok
}

// deliverOne runs on the owner's loop: one message per macrotask, as node
// emits them.
func (h *portHandle) deliverOne() {
	if h.done {
		return
	}
	h.p.mu.Lock()
	started := h.started && h.p.owner == h
	h.p.mu.Unlock()
	if !started {
		return
	}
	m := h.p.take()
	if m == nil {
		return
	}
	h.dispatch(m)
}

func (h *portHandle) dispatch(m *message) {
	fn, ok := goja.AssertFunction(h.obj.Get("onmessage"))
	if !ok {
		return
	}
	vm := h.st.rt.VM()
	value, ports, err := h.st.receive(m)
	if err != nil {
		if fe, ok := goja.AssertFunction(h.obj.Get("onmessageerror")); ok {
			h.st.rt.Call(fe, h.obj, err)
		}
		return
	}
	h.st.rt.Call(fn, h.obj, value, vm.ToValue(ports))
}

// closed is called (from any goroutine) once the channel is closed: the
// owner emits 'close' after what its loop already has.
func (h *portHandle) closed() {
	h.tq.Close(func() {
		if h.done {
			return
		}
		h.done = true
		delete(h.st.ports, h.js)
		if fn, ok := goja.AssertFunction(h.obj.Get("onclose")); ok {
			h.st.rt.Call(fn, h.obj)
		}
	})
}

func (h *portHandle) setStarted(on bool) {
	h.p.mu.Lock()
	defer h.p.mu.Unlock()
	if h.started == on || h.p.owner != h {
		return
	}
	h.started = on
	if on {
		for range h.p.queue {
			h.tq.Queue(h.deliverOne)
		}
	}
	h.updateRef()
}

func (h *portHandle) setRef(on bool) {
	h.p.mu.Lock()
	defer h.p.mu.Unlock()
	h.refd = on
	h.updateRef()
}

// updateRef makes the queue hold the loop while the port is started and
// ref'd. Called with p.mu held.
func (h *portHandle) updateRef() {
	if h.started && h.refd {
		h.tq.Ref()
	} else {
		h.tq.Unref()
	}
}

// detach takes the port away from this runtime (it is being transferred):
// its MessagePort stops working here, silently.
func (h *portHandle) detach() {
	h.p.mu.Lock()
	h.p.owner = nil
	h.started = false
	h.p.mu.Unlock()
	h.done = true
	delete(h.st.ports, h.js)
	h.tq.Close(nil)
}

func (st *state) portObject(h *portHandle) *goja.Object {
	vm := st.rt.VM()
	o := vm.NewObject()
	o.Set("post", func(call goja.FunctionCall) goja.Value {
		m := st.send(call.Argument(0), call.Argument(1), h)
		if m != nil && !h.done {
			h.p.post(m)
		}
		return goja.Undefined()
	})
	o.Set("start", func() { h.setStarted(true) })
	o.Set("stop", func() { h.setStarted(false) })
	o.Set("close", func() {
		if !h.done {
			h.p.close()
		}
	})
	o.Set("ref", func() { h.setRef(true) })
	o.Set("unref", func() { h.setRef(false) })
	o.Set("hasRef", func() bool { return h.tq.HasRef() })
	// receive takes one queued message synchronously
	// (receiveMessageOnPort): {message} or undefined.
	o.Set("receive", func() goja.Value {
		if h.done {
			return goja.Undefined()
		}
		m := h.p.take()
		if m == nil {
			return goja.Undefined()
		}
		value, _, err := st.receive(m)
		if err != nil {
			panic(err)
		}
		r := vm.NewObject()
		r.Set("message", value)
		return r
	})
	return o
}
