package runtime

import (
	"github.com/dop251/goja"
)

// An async scope is what AsyncLocalStorage and async_hooks see as one
// asynchronous resource: its id, the id of the scope that created it, and
// the AsyncLocalStorage stores it carries. Every callback the host runs
// later (timers, immediates, process.nextTick, promise reactions, results
// that come back through Reserve or a TaskQueue) runs in the scope that was
// current when it was scheduled, as in Node. Nothing is tracked until a
// script first loads async_hooks: until then scheduling costs nothing more.
type asyncScope struct {
	id, trigger int64
	typ         string
	stores      goja.Value // AsyncLocalStorage's stores (a JS Map), or nil
	resource    *goja.Object
}

// asyncState is the runtime's async-context bookkeeping. Loop goroutine
// only.
type asyncState struct {
	enabled bool
	current *asyncScope
	// saved is the scope a promise reaction replaced: goja never nests
	// reactions, so one slot is enough.
	saved  *asyncScope
	nextID int64
	// emit calls async_hooks' createHook callbacks; nil while none is
	// enabled.
	emit goja.Callable
	// unwound are the scopes a throw left, innermost first: as in node,
	// their 'after' hooks run once the uncaught exception was handled, so
	// the handler (a domain's, say) still sees the scope it came from.
	unwound []unwoundScope
	// thrownIn is the innermost scope the last throw left and thrownAt
	// the scope it left current: 'uncaughtException' listeners run in
	// thrownIn, as node runs them before it pops the thrower's context.
	thrownIn, thrownAt *asyncScope
	// rejectedIn are the scopes promises with no handler were rejected
	// in, where 'unhandledRejection' listeners run.
	rejectedIn map[*goja.Promise]*asyncScope
}

type unwoundScope struct {
	s       *asyncScope
	oneShot bool
}

// enableAsyncContext starts tracking scopes. The code running now becomes
// the root scope (id 1, as Node's main script).
func (r *Runtime) enableAsyncContext() {
	a := &r.async
	if a.enabled {
		return
	}
	a.enabled = true
	a.nextID = 1
	a.current = &asyncScope{id: 1, typ: "ROOT"}
	r.vm.SetAsyncContextTracker(promiseTracker{r})
	r.loop.capture = func() any { return r.asyncCapture("HOSTREQUEST") }
	r.loop.runIn = func(scope any, oneShot bool, fn func()) {
		s, _ := scope.(*asyncScope)
		r.asyncRun(s, oneShot, fn)
	}
}

// asyncCapture records a new resource of type typ created in the current
// scope and returns its scope (nil while tracking is off).
func (r *Runtime) asyncCapture(typ string) *asyncScope {
	return r.asyncCaptureAs(typ, goja.Undefined(), nil)
}

// asyncCaptureAs is asyncCapture for an AsyncResource: trigger, unless
// undefined, is the triggering id, and resource, unless nil, is the object
// createHook's init and executionAsyncResource see (the AsyncResource).
func (r *Runtime) asyncCaptureAs(typ string, trigger goja.Value, resource *goja.Object) *asyncScope {
	a := &r.async
	if !a.enabled {
		return nil
	}
	cur := a.current
	a.nextID++
	s := &asyncScope{id: a.nextID, trigger: cur.id, typ: typ, stores: cur.stores, resource: resource}
	if !goja.IsUndefined(trigger) {
		s.trigger = trigger.ToInteger()
	}
	if a.emit != nil {
		r.emitAsyncHook("init", s)
	}
	return s
}

// asyncEnter makes s current and returns the scope it replaced.
func (r *Runtime) asyncEnter(s *asyncScope) *asyncScope {
	a := &r.async
	prev := a.current
	a.current = s
	if a.emit != nil {
		r.emitAsyncHook("before", s)
	}
	return prev
}

// asyncLeave ends a run of s begun by asyncEnter; a one-shot resource is
// destroyed.
func (r *Runtime) asyncLeave(s, prev *asyncScope, oneShot bool) {
	a := &r.async
	if a.emit != nil {
		r.emitAsyncHook("after", s)
		if oneShot {
			r.emitAsyncHook("destroy", s)
		}
	}
	a.current = prev
}

// asyncUnwind ends a run of s that threw: s's 'after' (and 'destroy')
// hooks wait for asyncFlushUnwound.
func (r *Runtime) asyncUnwind(s, prev *asyncScope, oneShot bool) {
	a := &r.async
	if a.emit != nil {
		a.unwound = append(a.unwound, unwoundScope{s, oneShot})
	}
	if a.thrownIn == nil {
		a.thrownIn = s
	}
	a.thrownAt = prev
	a.current = prev
}

// asyncForgetThrow drops the scope of a throw that was caught or is past.
func (r *Runtime) asyncForgetThrow() {
	r.async.thrownIn, r.async.thrownAt = nil, nil
}

// asyncOutsideReaction makes the scope outside the promise reaction
// running now current, for the report of what a queueMicrotask callback
// threw (node reports it outside the callback's context), and returns
// what restores the current scope.
func (r *Runtime) asyncOutsideReaction() func() {
	if s := r.async.saved; s != nil {
		return r.asyncSwitch(s)
	}
	return func() {}
}

// asyncThrowScope makes the scope the uncaught exception being handled
// was thrown in current again, for its listeners, and returns what
// restores the current scope.
func (r *Runtime) asyncThrowScope() func() {
	a := &r.async
	s, at := a.thrownIn, a.thrownAt
	a.thrownIn, a.thrownAt = nil, nil
	if s == nil || a.current != at {
		return func() {}
	}
	return r.asyncSwitch(s)
}

// asyncSwitch makes s current, with no hook (node pushes the context of a
// rejected promise or of a throw's callback so), and returns what undoes
// that.
func (r *Runtime) asyncSwitch(s *asyncScope) func() {
	a := &r.async
	prev := a.current
	a.current = s
	return func() { a.current = prev }
}

// asyncTrackRejection records the scope promise p is rejected in (or, on
// handle, forgets it).
func (r *Runtime) asyncTrackRejection(p *goja.Promise, rejected bool) {
	a := &r.async
	if !a.enabled {
		return
	}
	if !rejected {
		delete(a.rejectedIn, p)
		return
	}
	if a.rejectedIn == nil {
		a.rejectedIn = make(map[*goja.Promise]*asyncScope)
	}
	// A copy: AsyncLocalStorage.run sets and restores the stores of the
	// scope it runs in, and the report needs them as they are now.
	cur := *a.current
	a.rejectedIn[p] = &cur
}

// asyncRejectionScope makes the scope p was rejected in current, for the
// report of its rejection, and returns what restores the current scope.
func (r *Runtime) asyncRejectionScope(p *goja.Promise) func() {
	a := &r.async
	s, ok := a.rejectedIn[p]
	if !ok {
		return func() {}
	}
	delete(a.rejectedIn, p)
	return r.asyncSwitch(s)
}

// asyncFlushUnwound emits the hooks of the scopes a throw left, once the
// error was handled.
func (r *Runtime) asyncFlushUnwound() {
	a := &r.async
	for len(a.unwound) > 0 && a.emit != nil && !r.exiting {
		u := a.unwound[0]
		a.unwound = a.unwound[1:]
		r.emitAsyncHook("after", u.s)
		if u.oneShot {
			r.emitAsyncHook("destroy", u.s)
		}
	}
	a.unwound = nil
}

// asyncRun runs fn in scope s (fn alone when s is nil).
func (r *Runtime) asyncRun(s *asyncScope, oneShot bool, fn func()) {
	if s == nil {
		fn()
		return
	}
	prev := r.asyncEnter(s)
	done := false
	defer func() {
		if done {
			r.asyncLeave(s, prev, oneShot)
		} else {
			r.asyncUnwind(s, prev, oneShot)
		}
	}()
	fn()
	done = true
}

// bindAsync returns fn bound to a new resource of type typ in the current
// scope, for callbacks the loop runs later.
func (r *Runtime) bindAsync(typ string, oneShot bool, fn func()) func() {
	s := r.asyncCapture(typ)
	if s == nil {
		return fn
	}
	return func() { r.asyncRun(s, oneShot, fn) }
}

func (r *Runtime) emitAsyncHook(event string, s *asyncScope) {
	emit := r.async.emit
	r.Call(emit, goja.Undefined(), r.vm.ToValue(event), r.vm.ToValue(s.id), r.vm.ToValue(s.typ),
		r.vm.ToValue(s.trigger), r.asyncResource(s))
}

// asyncResource returns the object that stands for s in JS
// (executionAsyncResource, createHook's init).
func (r *Runtime) asyncResource(s *asyncScope) *goja.Object {
	if s.resource == nil {
		s.resource = r.vm.NewObject()
	}
	return s.resource
}

// promiseTracker is goja's hook into promise reactions: a reaction runs in
// the scope current when then() (or await) was called.
type promiseTracker struct{ r *Runtime }

func (t promiseTracker) Grab() any { return t.r.asyncCapture("PROMISE") }

func (t promiseTracker) Resumed(v any) {
	a := &t.r.async
	s, _ := v.(*asyncScope)
	if s == nil {
		s = a.current
	}
	a.saved = t.r.asyncEnter(s)
}

func (t promiseTracker) Exited() {
	a := &t.r.async
	if a.saved == nil {
		// Tracking began inside this reaction: it was never resumed.
		return
	}
	t.r.asyncLeave(a.current, a.saved, true)
	a.saved = nil
}

// asyncHooksBinding is internalBinding('async_hooks').
func asyncHooksBinding(r *Runtime, _ string) (goja.Value, error) {
	vm := r.vm
	r.enableAsyncContext()
	scopeOf := func(v goja.Value) *asyncScope {
		s, _ := v.Export().(*asyncScope)
		if s == nil {
			panic(vm.NewTypeError("not an async scope"))
		}
		return s
	}
	o := vm.NewObject()
	o.Set("getStores", func() goja.Value {
		if st := r.async.current.stores; st != nil {
			return st
		}
		return goja.Undefined()
	})
	o.Set("setStores", func(m goja.Value) {
		if goja.IsUndefined(m) || goja.IsNull(m) {
			m = nil
		}
		r.async.current.stores = m
	})
	o.Set("executionAsyncId", func() int64 { return r.async.current.id })
	o.Set("triggerAsyncId", func() int64 { return r.async.current.trigger })
	o.Set("executionAsyncResource", func() *goja.Object { return r.asyncResource(r.async.current) })
	o.Set("capture", func(call goja.FunctionCall) goja.Value {
		resource, _ := call.Argument(2).(*goja.Object)
		s := r.asyncCaptureAs(call.Argument(0).String(), call.Argument(1), resource)
		if s == nil {
			panic("async capture with tracking off")
		}
		return vm.ToValue(s)
	})
	o.Set("enter", func(v goja.Value) goja.Value { return vm.ToValue(r.asyncEnter(scopeOf(v))) })
	o.Set("leave", func(v, prev goja.Value, oneShot bool) { r.asyncLeave(scopeOf(v), scopeOf(prev), oneShot) })
	o.Set("unwind", func(v, prev goja.Value, oneShot bool) { r.asyncUnwind(scopeOf(v), scopeOf(prev), oneShot) })
	o.Set("destroy", func(v goja.Value) {
		if r.async.emit != nil {
			r.emitAsyncHook("destroy", scopeOf(v))
		}
	})
	o.Set("scopeIds", func(v goja.Value) goja.Value {
		s := scopeOf(v)
		return vm.NewArray(s.id, s.trigger)
	})
	o.Set("setEmit", func(fn goja.Value) {
		r.async.emit, _ = goja.AssertFunction(fn)
	})
	if set, ok := goja.AssertFunction(r.hooks.object.Get("setAsyncTicks")); ok {
		r.Call(set, goja.Undefined(), o)
		r.ticks.scoped = true
	}
	return o, nil
}
