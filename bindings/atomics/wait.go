package atomics

import (
	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/internal/sharedmem"
	"github.com/jsproc/jsproc/runtime"
)

// waitable validates Atomics.wait's, waitAsync's and notify's array and
// index; wait and waitAsync need shared memory.
func (st *state) waitable(ta, index goja.Value, needShared bool) (view, int64) {
	v := st.integerView(ta, true, "wait")
	if needShared && !v.shared() {
		st.throwType(st.describe(ta) + " is not a shared typed array.")
	}
	return v, st.index(v, index)
}

// wait is Atomics.wait: it blocks this runtime's goroutine. The end of
// the run (terminate(), process.exit() elsewhere, the embedder's context)
// ends the wait, and the interrupt that ends the run follows.
func (st *state) wait(call goja.FunctionCall) goja.Value {
	v, i := st.waitable(call.Argument(0), call.Argument(1), true)
	expected, _ := st.operand(v, call.Argument(2))
	timeout := st.timeout(call.Argument(3))
	r, err := v.block.Wait(st.rt.Context(), v.cell(i), expected, timeout)
	if err != nil {
		// The run is ending: no more of the script may run. The runtime
		// interrupts the VM for the same reason, but maybe not before
		// this call returns.
		st.vm.Interrupt(err)
	}
	return st.vm.ToValue(string(r))
}

// waitAsync is Atomics.waitAsync. Like node's, a pending wait does not
// keep the event loop alive.
func (st *state) waitAsync(call goja.FunctionCall) goja.Value {
	v, i := st.waitable(call.Argument(0), call.Argument(1), true)
	expected, _ := st.operand(v, call.Argument(2))
	timeout := st.timeout(call.Argument(3))
	out := st.vm.NewObject()
	aw := st.asyncWaits()
	promise, resolve, _ := st.vm.NewPromise()
	w := &asyncWait{}
	r, cancel := v.block.WaitAsync(v.cell(i), expected, timeout, func(r sharedmem.Result) {
		aw.queue.Queue(func() {
			delete(aw.pending, w)
			_ = resolve(string(r))
		})
	})
	if cancel == nil {
		out.Set("async", false)
		out.Set("value", string(r))
		return out
	}
	w.cancel = cancel
	aw.pending[w] = true
	out.Set("async", true)
	out.Set("value", promise)
	return out
}

// notify is Atomics.notify.
func (st *state) notify(call goja.FunctionCall) goja.Value {
	v, i := st.waitable(call.Argument(0), call.Argument(1), false)
	count := -1
	if c := call.Argument(2); !goja.IsUndefined(c) {
		f := st.toNumber(c)
		switch {
		case f != f || f <= 0:
			count = 0
		case f < 1<<31:
			count = int(f)
		}
	}
	if !v.shared() {
		return st.vm.ToValue(0)
	}
	return st.vm.ToValue(sharedmem.Notify(v.cell(i), count))
}

// asyncWaits are a runtime's pending Atomics.waitAsync calls: their
// results come back through an unref'd task queue, and the end of the
// run drops those still waiting.
type asyncWaits struct {
	queue   *runtime.TaskQueue
	pending map[*asyncWait]bool // loop goroutine
}

type asyncWait struct{ cancel func() }

func (st *state) asyncWaits() *asyncWaits {
	if st.async == nil {
		q := st.rt.Loop().NewTaskQueue()
		q.Unref()
		aw := &asyncWaits{queue: q, pending: map[*asyncWait]bool{}}
		st.async = aw
		st.rt.OnClose(func() {
			for w := range aw.pending {
				w.cancel()
			}
			aw.pending = nil
			q.Close(nil)
		})
	}
	return st.async
}
