package zlib

import (
	"github.com/dop251/goja"
)

// job is the asynchronous processing of one written chunk: node's write
// loop (write a step, push its output, write again while the output
// window came back full) with the loop kept in Go. Each step runs off the
// loop; its result comes back as a macrotask of its own, as node's
// threadpool callbacks do, and calls the stream's onStep with the output
// as a Buffer over the current window. onStep returns true for the next
// step at once; after false, resume starts it when the reader wants more.
// Loop goroutine only.
type job struct {
	flush int
	in    []byte // the chunk; in[used:] is not consumed yet
	used  int
	size  int // chunkSize: the length of every new window
	// The output window: the stream's _outBuffer, as bytes and as the
	// ArrayBuffer its chunks are views of.
	win    []byte
	winObj *goja.Object
	ab     goja.Value
	base   int // the window's byteOffset in ab
	off    int // the window's bytes already handed out
	active bool
}

// transform(flush, chunk, outBuffer, outOffset, chunkSize) starts the steps
// of one written chunk.
func (h *handle) transform(call goja.FunctionCall) goja.Value {
	rt := h.b.rt
	j := &h.job
	j.flush = int(call.Argument(0).ToInteger())
	j.in, _ = rt.Bytes(call.Argument(1))
	j.used = 0
	j.size = int(call.Argument(4).ToInteger())
	j.off = int(call.Argument(3).ToInteger())
	if w, ok := call.Argument(2).(*goja.Object); ok && w != j.winObj {
		win, _ := rt.Bytes(w)
		j.win, j.winObj = win, w
		j.ab = w.Get("buffer")
		j.base = int(w.Get("byteOffset").ToInteger())
	}
	if j.off < 0 || j.off > len(j.win) {
		panic(rt.NodeError("RangeError", "ERR_OUT_OF_RANGE", "zlib write out of bounds"))
	}
	j.active = true
	h.step()
	return goja.Undefined()
}

// resume() runs the next step of a job that onStep paused.
func (h *handle) resume() {
	if h.job.active {
		h.step()
	}
}

// step runs one step of the job off the loop and queues its delivery.
func (h *handle) step() {
	j := &h.job
	flush, in, out := j.flush, j.in[j.used:], j.win[j.off:]
	enqueue := h.b.rt.Loop().Reserve()
	deliver := func(availOut, availIn int, err error) {
		enqueue(func() { h.deliver(availOut, availIn, err) })
	}
	h.mu.Lock()
	if a, ok := h.eng.(asyncEngine); ok {
		// The decoder's own goroutine reports back; the lock is held
		// until it does.
		a.processAsync(flush, in, out, func(nIn, nOut int, err error) {
			h.mu.Unlock()
			deliver(len(out)-nOut, len(in)-nIn, err)
		})
		return
	}
	h.mu.Unlock()
	go func() { deliver(h.run(flush, in, out)) }()
}

// deliver hands a step's result to the stream, in a macrotask of its own.
func (h *handle) deliver(availOut, availIn int, err error) {
	j := &h.job
	rt := h.b.rt
	if h.onStep == nil {
		h.onStep, _ = goja.AssertFunction(h.obj.Get("onStep"))
	}
	onStep := h.onStep
	if err != nil {
		j.active = false
		j.in = nil
		rt.Call(onStep, h.obj, h.finish(availOut, availIn, err))
		return
	}
	h.finish(availOut, availIn, nil)
	j.used = len(j.in) - availIn
	chunk, next := goja.Undefined(), goja.Undefined()
	if n := len(j.win) - j.off - availOut; n > 0 {
		chunk = h.b.view(j.ab, j.base+j.off, n)
		j.off += n
	}
	if availOut == 0 || j.off >= len(j.win) {
		j.win = make([]byte, j.size)
		j.winObj = rt.WrapBytes(j.win)
		j.ab = j.winObj.Get("buffer")
		j.base, j.off = 0, 0
		next = j.winObj
	}
	if availOut != 0 {
		j.active = false
		j.in = nil
	}
	again := rt.Call(onStep, h.obj, goja.Undefined(), chunk, next)
	if again != nil && again.ToBoolean() && j.active && !h.closed {
		h.step()
	}
}

// view returns a Buffer over n bytes of ab from off, as Buffer's slice
// makes them. Loop goroutine only.
func (b *binding) view(ab goja.Value, off, n int) goja.Value {
	if b.u8 == nil {
		vm := b.rt.VM()
		b.u8, _ = goja.AssertConstructor(vm.Get("Uint8Array"))
		b.bufferCtor = b.rt.WrapBytes(nil).Get("constructor").ToObject(vm)
	}
	vm := b.rt.VM()
	o, err := b.u8(b.bufferCtor, ab, vm.ToValue(off), vm.ToValue(n))
	if err != nil {
		panic(err)
	}
	return o
}
