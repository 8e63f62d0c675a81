// Package worker provides Node's worker_threads module: Worker threads
// that really run in parallel, MessageChannel and MessagePort,
// BroadcastChannel, receiveMessageOnPort, markAsUntransferable and the
// environment data.
//
// A Worker is another runtime.Runtime, made from the parent's options
// (modules, set-up functions, policy values), with its own event loop on
// its own goroutine. Messages cross as Go trees made by structured clone
// on the sender's loop goroutine and turned back into JS on the
// receiver's; nothing of one goja VM is ever touched from another
// goroutine. A SharedArrayBuffer crosses as its memory (bindings/atomics),
// which both sides then share. A worker's stdout and stderr reach the
// parent's loop in order with its messages. terminate() interrupts the worker's VM; a
// runtime that ends stops the workers it started and waits for their
// goroutines.
//
// # Differences from node
//
//   - SHARE_ENV gives the worker a copy of the parent's environment, as
//     the default does: changes do not cross between threads.
//   - resourceLimits: only stackSizeMb has an effect (it scales the
//     call-stack limit); the heap limits are reported but goja has no
//     separate heaps to bound.
//   - moveMessagePortToContext is absent: there are no vm contexts.
//
// Workers are granted like any other module in nodestd.Modules; a
// permission layer (node's --permission without --allow-worker) refuses
// them with WithStartCheck.
package worker

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

//go:embed js/worker_threads.js
var source string

var modules = []runtime.Module{
	runtime.JSModule("worker_threads", source, binding),
}

// Modules returns the worker_threads module. Worker needs stream and path
// too (nodestd.Modules has them); the channels need nothing else.
func Modules() []runtime.Module { return modules }

func binding(rt *runtime.Runtime, _ string) (goja.Value, error) {
	var st *state
	if link, ok := rt.Value(linkKey{}).(*workerLink); ok && link.st != nil && link.st.rt == rt {
		st = link.st
	} else {
		st = newState(rt, nil)
	}
	vm := rt.VM()
	o := vm.NewObject()
	link := st.link
	o.Set("isMainThread", link == nil)
	if link != nil {
		o.Set("threadId", link.threadID)
		o.Set("name", link.name)
		limits := vm.NewObject()
		for k, v := range link.limits {
			limits.Set(k, v)
		}
		o.Set("resourceLimits", limits)
	} else {
		o.Set("threadId", 0)
	}
	o.Set("setPortFactory", func(fn goja.Callable) { st.wrapPort = fn })
	// parentPort, workerData and the environment data are made once, on
	// first use: they adopt ports and need the factory.
	o.Set("parentPort", func() goja.Value {
		if link == nil {
			return goja.Null()
		}
		return st.adopt(link.port)
	})
	o.Set("workerData", func() goja.Value {
		if link == nil {
			return goja.Undefined()
		}
		v, _, err := st.receive(link.data)
		if err != nil {
			panic(err)
		}
		return v
	})
	o.Set("environmentData", func() goja.Value {
		if link == nil {
			return goja.Undefined()
		}
		v, _, err := st.receive(link.envData)
		if err != nil {
			panic(err)
		}
		return v
	})
	o.Set("channel", func() goja.Value {
		a, b := newChannel()
		return vm.NewArray(st.adopt(a), st.adopt(b))
	})
	o.Set("markUntransferable", func(v goja.Value) {
		if obj, ok := v.(*goja.Object); ok {
			st.untransferable[obj] = true
		}
	})
	o.Set("start", func(spec *goja.Object) goja.Value { return st.startWorker(spec) })
	o.Set("broadcast", func(name string) goja.Value { return st.openBroadcast(name) })
	return o, nil
}

// openBroadcast joins the BroadcastChannel name of the thread group and
// returns its native handle: post sends to every other member.
func (st *state) openBroadcast(name string) *goja.Object {
	p := &port{}
	h := st.newHandle(p)
	st.own(h)
	g := st.group
	g.mu.Lock()
	g.channels[name] = append(g.channels[name], p)
	g.mu.Unlock()
	h.obj.Set("post", func(call goja.FunctionCall) goja.Value {
		if h.done {
			return goja.Undefined()
		}
		g.mu.Lock()
		var members []*port
		for _, q := range g.channels[name] {
			if q != p {
				members = append(members, q)
			}
		}
		g.mu.Unlock()
		// One clone per receiver: each gets its own buffers.
		m := st.send(call.Argument(0), nil, nil)
		for i, q := range members {
			if i > 0 {
				m = st.send(call.Argument(0), nil, nil)
			}
			q.deliver(m)
		}
		return goja.Undefined()
	})
	h.obj.Set("close", func() {
		g.mu.Lock()
		var kept []*port
		for _, q := range g.channels[name] {
			if q != p {
				kept = append(kept, q)
			}
		}
		g.channels[name] = kept
		if len(kept) == 0 {
			delete(g.channels, name)
		}
		g.mu.Unlock()
		p.close()
	})
	return h.obj
}
