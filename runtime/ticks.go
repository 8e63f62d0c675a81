package runtime

import "github.com/dop251/goja"

// process.nextTick's queue, kept in Go: a tick is a callback and its
// arguments, taken as the call passed them, with no array or object made
// for it in the script (a stream queues one per chunk, a server one per
// response). The prelude supplies what stays in JavaScript: the argument
// check's error, and async_hooks' scope around a tick once a script
// tracks them.

// tick is one queued process.nextTick call.
type tick struct {
	fn    goja.Callable
	fnv   goja.Value
	args  []goja.Value // the arguments, but a lone one (arg)
	arg   goja.Value   // the one argument, when there is one
	scope goja.Value   // the async scope it was queued in; nil untracked
}

// tickQueue is the loop's ticks, run from head on; loop goroutine.
type tickQueue struct {
	q    []tick
	head int
	// scoped is set once async_hooks tracks ticks' scopes.
	scoped bool
	// lastFnv is the function the last tick was queued with and lastFn
	// its callable: a function queued again and again (a stream's or a
	// server's step) is checked and wrapped once.
	lastFnv goja.Value
	lastFn  goja.Callable
	// one passes a lone argument to a tick's call; the call copies it
	// before anything can queue or run another tick.
	one [1]goja.Value
}

// nextTickFunc is process.nextTick as a function named as node's.
func (r *Runtime) nextTickFunc() goja.Value {
	f := r.namedFunc("nextTick", r.nextTick).(*goja.Object)
	_ = f.DefineDataProperty("length", r.vm.ToValue(1), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return f
}

// nextTick is process.nextTick(fn, ...args).
func (r *Runtime) nextTick(call goja.FunctionCall) goja.Value {
	undef := goja.Undefined()
	fnv := call.Argument(0)
	var fn goja.Callable
	if o, ok := fnv.(*goja.Object); ok && r.ticks.lastFnv == goja.Value(o) {
		fn = r.ticks.lastFn
	} else {
		fn, ok = goja.AssertFunction(fnv)
		if !ok {
			// The prelude's check throws node's error.
			r.Call(r.hooks.validateTick, undef, fnv)
			return undef
		}
		r.ticks.lastFnv, r.ticks.lastFn = fnv, fn
	}
	if v := r.hooks.process.Get("_exiting"); v != nil && v.ToBoolean() {
		return undef
	}
	t := tick{fn: fn, fnv: fnv}
	switch n := len(call.Arguments); {
	case n == 2:
		t.arg = call.Arguments[1]
	case n > 2:
		t.args = append([]goja.Value(nil), call.Arguments[1:]...)
	}
	if r.ticks.scoped {
		t.scope = r.Call(r.hooks.tickScope, undef)
	}
	r.ticks.q = append(r.ticks.q, t)
	return undef
}

// ticksPending reports whether a tick is queued.
func (r *Runtime) ticksPending() bool { return r.ticks.head < len(r.ticks.q) }

// runTicksNow runs the queued ticks, and those they queue, in order. A
// tick that throws leaves the rest queued: the caller handles the throw
// and calls again, as node's next processTicksAndRejections goes on.
func (r *Runtime) runTicksNow() {
	undef := goja.Undefined()
	for r.ticks.head < len(r.ticks.q) {
		t := r.ticks.q[r.ticks.head]
		r.ticks.q[r.ticks.head] = tick{}
		r.ticks.head++
		if r.ticks.head == len(r.ticks.q) {
			r.ticks.q = r.ticks.q[:0]
			r.ticks.head = 0
		}
		if t.arg != nil {
			if t.scope != nil {
				t.args = []goja.Value{t.arg}
			} else {
				r.ticks.one[0] = t.arg
				r.Call(t.fn, undef, r.ticks.one[:]...)
				r.ticks.one[0] = nil
				continue
			}
		}
		if t.scope != nil {
			r.Call(r.hooks.runScopedTick, undef, t.scope, t.fnv, r.vm.NewArray(valuesAny(t.args)...))
			continue
		}
		r.Call(t.fn, undef, t.args...)
	}
}

func valuesAny(vs []goja.Value) []any {
	out := make([]any, len(vs))
	for i, v := range vs {
		out[i] = v
	}
	return out
}
