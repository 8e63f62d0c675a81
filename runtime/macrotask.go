package runtime

import (
	"context"
	"fmt"
	goruntime "runtime"

	"github.com/dop251/goja"
)

// exitRequest is the interrupt value process.exit() uses to unwind JS.
type exitRequest struct{}

// macrotask runs fn as one macrotask: fn itself, then Node's draining of
// the process.nextTick queue and promise jobs, then unhandled rejections,
// repeated until all are empty.
func (r *Runtime) macrotask(fn func()) {
	if r.exiting {
		return
	}
	r.inTask(fn)
	r.drainTicks()
}

// inTask runs fn and then the nextTick queue inside the JS runTask, so
// that what they throw is handled before goja runs the promise jobs they
// queued (it runs them when the outermost JS call returns).
func (r *Runtime) inTask(fn func()) {
	r.asyncForgetThrow()
	r.task = fn
	r.guard(func() { r.Call(r.hooks.runTask, goja.Undefined(), r.hooks.trampoline) })
	r.task = nil
}

// runTaskBody runs the current macrotask's function and then the nextTick
// queue, called by runTask in JS. A JS exception either throws is handled
// here, while runTask is still on the stack: node runs no promise job
// before 'uncaughtException' listeners see the error, nor any when the
// error ends the process (the interrupt that ends it unwinds runTask and
// drops the job queue). After a handled throw the remaining ticks run, as
// node's next processTicksAndRejections runs them.
func (r *Runtime) runTaskBody() {
	r.taskStep(r.task)
	for !r.exiting && r.ticksPending() {
		r.taskStep(r.runTicksNow)
	}
	if r.exiting {
		r.vm.Interrupt(exitRequest{})
	}
}

// taskStep runs fn, handling a JS exception it throws.
func (r *Runtime) taskStep(fn func()) {
	defer func() {
		x := recover()
		switch x.(type) {
		case nil:
			return
		case *goja.Exception, goja.Value:
			r.handleThrow(x)
		default:
			panic(x)
		}
	}()
	fn()
}

// guard runs fn and routes what it throws: a JS exception to the uncaught
// exception handling, an interrupt to exiting.
func (r *Runtime) guard(fn func()) {
	defer func() {
		if x := recover(); x != nil {
			r.handleThrow(x)
		}
	}()
	fn()
}

func (r *Runtime) handleThrow(x any) {
	switch e := x.(type) {
	case *goja.Exception:
		r.handleUncaught(e.Value(), e, "uncaughtException")
	case *goja.InterruptedError:
		r.handleInterrupt(e)
	case goja.Value:
		r.handleUncaught(e, nil, "uncaughtException")
	case *goja.StackOverflowError:
		r.handleUncaught(r.overflowError(e), nil, "uncaughtException")
	default:
		buf := make([]byte, 8<<10)
		buf = buf[:goruntime.Stack(buf, false)]
		r.fatal(&InternalError{Value: x, Stack: string(buf)})
	}
}

func (r *Runtime) handleInterrupt(e *goja.InterruptedError) {
	switch v := e.Value().(type) {
	case exitRequest:
		r.exiting = true
	case error:
		if v == context.Canceled || v == context.DeadlineExceeded {
			r.exiting = true
			r.exitCode = 1
			r.cancelled = v
			return
		}
		r.fatal(v)
	default:
		r.fatal(fmt.Errorf("jsproc: interrupted: %v", v))
	}
}

// fatal ends the run with err (a host failure, not a script's exception).
func (r *Runtime) fatal(err error) {
	if r.uncaught == nil {
		r.uncaught = err
	}
	if !r.opts.QuietUncaught {
		fmt.Fprintln(r.stderr, err)
	}
	r.exiting = true
	r.exitCode = 1
}

// Call calls fn with this and args on the loop goroutine. A JS exception
// thrown by fn is re-thrown as a Go panic that the loop (or an enclosing JS
// call) handles as a JS throw, so callers need no error plumbing. A stack
// overflow inside fn is re-thrown as Node's RangeError, which the JS that
// called the Go caller can catch.
func (r *Runtime) Call(fn goja.Callable, this goja.Value, args ...goja.Value) goja.Value {
	v, err := fn(this, args...)
	if err != nil {
		panic(r.catchable(err))
	}
	return v
}

// drainTicks runs the nextTick queue and promise jobs until both are empty,
// then processes unhandled rejections, as Node's processTicksAndRejections.
//
// runTask already ran the ticks a macrotask queued before its promise jobs
// ran; only ticks queued by those jobs remain, so JS is called again only
// when the queue is not empty.
func (r *Runtime) drainTicks() {
	for !r.exiting {
		if r.ticksPending() {
			r.inTask(func() {})
			continue
		}
		if !r.processRejections() {
			return
		}
	}
}

// trackRejection is goja's promise rejection tracker.
func (r *Runtime) trackRejection(p *goja.Promise, op goja.PromiseRejectionOperation) {
	switch op {
	case goja.PromiseRejectionReject:
		r.rejections = append(r.rejections, p)
		r.asyncTrackRejection(p, true)
		if d, ok := r.hooks.process.Get("domain").(*goja.Object); ok {
			if r.rejectionDomains == nil {
				r.rejectionDomains = make(map[*goja.Promise]*goja.Object)
			}
			r.rejectionDomains[p] = d
		}
	case goja.PromiseRejectionHandle:
		delete(r.rejectionDomains, p)
		r.asyncTrackRejection(p, false)
		for i, q := range r.rejections {
			if q == p {
				r.rejections = append(r.rejections[:i], r.rejections[i+1:]...)
				return
			}
		}
	}
}

// emitRejection reports an unhandled rejection: to the domain it happened
// in, or as process 'unhandledRejection'. It reports whether a listener
// took it.
func (r *Runtime) emitRejection(p *goja.Promise, reason, promise goja.Value) bool {
	d, ok := r.rejectionDomains[p]
	if !ok {
		return r.emitProcess("unhandledRejection", reason, promise)
	}
	delete(r.rejectionDomains, p)
	emit, ok := goja.AssertFunction(d.Get("emit"))
	if !ok {
		return false
	}
	return r.Call(emit, d, r.vm.ToValue("error"), reason).ToBoolean()
}

// processRejections deals with promises rejected with no handler after the
// microtask queue drained. It reports whether it ran any JS.
func (r *Runtime) processRejections() bool {
	if len(r.rejections) == 0 {
		return false
	}
	pending := r.rejections
	r.rejections = nil
	for _, p := range pending {
		if r.exiting {
			return false
		}
		reason := p.Result()
		promise := r.vm.ToValue(p)
		handled := false
		// As node, the report runs in the rejected promise's context.
		restore := r.asyncRejectionScope(p)
		r.asyncForgetThrow()
		r.guard(func() {
			handled = r.emitRejection(p, reason, promise)
		})
		if !handled && !r.exiting {
			// Node's default mode, 'throw': the reason becomes an uncaught exception.
			r.asyncForgetThrow()
			r.handleUncaught(r.unhandledRejectionError(reason), nil, "unhandledRejection")
		}
		restore()
	}
	return true
}

// handleUncaught gives an uncaught exception to 'uncaughtException'
// listeners, or prints it Node's way and exits with code 1.
func (r *Runtime) handleUncaught(val goja.Value, ex *goja.Exception, origin string) {
	if r.exiting {
		return
	}
	defer r.asyncFlushUnwound()
	if err := r.ctx.Err(); err != nil {
		// The run is being cancelled: what broke on the way (a binding's
		// "context canceled", an interrupted load) is not the script's error.
		r.exiting = true
		r.exitCode = 1
		r.cancelled = err
		return
	}
	handled := false
	var inner *goja.Exception
	restore := r.asyncThrowScope()
	func() {
		defer restore()
		defer func() {
			if x := recover(); x != nil {
				if e, ok := x.(*goja.Exception); ok {
					inner = e
					return
				}
				r.handleThrow(x)
			}
		}()
		r.emitProcess("uncaughtExceptionMonitor", val, r.vm.ToValue(origin))
		handled = r.emitProcess("uncaughtException", val, r.vm.ToValue(origin))
	}()
	if r.exiting {
		return
	}
	if handled && inner == nil {
		return
	}
	r.uncaught = r.newUncaughtError(val, origin)
	if inner != nil {
		// A listener that throws ends the process with code 7 and that
		// error's report, running no 'exit' listener.
		r.uncaught = r.newUncaughtError(inner.Value(), origin)
		if !r.opts.QuietUncaught {
			r.printUncaught(inner.Value(), inner, origin)
		}
		r.exitStarted = true
		r.setExitCode(7)
		r.exiting = true
		r.exitCode = 7
		return
	}
	// As node, the 'exit' listeners run before the report is printed.
	if r.exitForUncaught() && !r.opts.QuietUncaught {
		r.printUncaught(val, ex, origin)
	}
}

// exitForUncaught runs the 'exit' listeners for an uncaught exception as
// node does: with process.exitCode 1 unless they change it, and what they
// throw dropped. It reports whether the report is still to be printed:
// not when a listener called process.exit(), which ends the process there.
func (r *Runtime) exitForUncaught() (report bool) {
	r.setExitCode(1)
	report = true
	if !r.exitStarted {
		r.exitStarted = true
		r.hooks.process.Set("_exiting", true)
		func() {
			defer func() {
				switch e := recover().(type) {
				case *goja.InterruptedError:
					r.handleInterrupt(e)
					report = false
				case nil, *goja.Exception, goja.Value, *goja.StackOverflowError:
				default:
					panic(e)
				}
			}()
			r.emitProcess("exit", r.vm.ToValue(1))
		}()
	}
	r.exiting = true
	if report {
		r.exitCode = r.currentExitCode()
	}
	return report
}

// emitProcess emits event on process and reports whether it had listeners.
func (r *Runtime) emitProcess(event string, args ...goja.Value) bool {
	emit, ok := goja.AssertFunction(r.hooks.object.Get("emit"))
	if !ok {
		return false // process never became an emitter: nobody listens
	}
	all := append([]goja.Value{r.vm.ToValue(event)}, args...)
	return r.Call(emit, r.hooks.process, all...).ToBoolean()
}

// exitProcess runs the 'exit' listeners once and fixes the exit code.
func (r *Runtime) exitProcess(code int) {
	if r.exitStarted {
		return
	}
	r.exitStarted = true
	r.setExitCode(code)
	r.hooks.process.Set("_exiting", true)
	r.guard(func() { r.emitExit(code) })
	r.exiting = true
	r.exitCode = r.currentExitCode()
}

// emitExit emits 'exit' as node does, through process.emit as it is now,
// which a library may wrap (signal-exit hears 'exit' that way).
func (r *Runtime) emitExit(code int) {
	if _, ok := goja.AssertFunction(r.hooks.object.Get("emit")); !ok {
		return // process never became an emitter: nobody listens
	}
	if emit, ok := goja.AssertFunction(r.hooks.process.Get("emit")); ok {
		r.Call(emit, r.hooks.process, r.vm.ToValue("exit"), r.vm.ToValue(code))
		return
	}
	r.emitProcess("exit", r.vm.ToValue(code))
}

func (r *Runtime) setExitCode(code int) {
	r.hooks.process.Set("exitCode", code)
}

// currentExitCode reads process.exitCode (0 when unset).
func (r *Runtime) currentExitCode() int {
	v := r.hooks.process.Get("exitCode")
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return 0
	}
	return int(v.ToInteger())
}

// hasWork reports whether the loop would run anything more.
func (l *Loop) hasWork() bool {
	l.mu.Lock()
	busy := len(l.queue) > 0 || l.refs > 0
	l.mu.Unlock()
	return busy || l.refTimers > 0
}
