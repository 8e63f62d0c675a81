package runtime

import (
	"reflect"

	"github.com/dop251/goja"
)

// Several macrotasks in one call into JavaScript.
//
// goja drops its value stack each time the outermost call into the
// script returns (that return is also where it runs the promise jobs
// queued), so a macrotask made of one outermost call regrows the stack
// from nothing: a few kilobytes of allocation for every request a server
// answers. runBatch runs the tasks the loop took together inside one
// outermost call, each as the trampoline runs a single macrotask (the
// task, then the nextTick queue, with runTask as the script's bottom
// frame, so a stack trace reads the same), for as long as a task leaves
// nothing that must run before the next: no promise job, no tick, no
// unhandled rejection, no exit. The first task that leaves something ends
// the call, whose return runs the jobs as a lone task's would, and the
// loop goes on with the rest.

// batchState is the batch the trampoline is running; loop goroutine.
type batchState struct {
	fns  []func()
	done int // tasks taken from fns
	// jobs is goja's queue of promise jobs (an unexported field, read by
	// reflection for its length only); invalid when this goja has none by
	// that name, and then nothing is batched.
	jobs reflect.Value
}

func (r *Runtime) initBatch() {
	v := reflect.ValueOf(r.vm).Elem().FieldByName("jobQueue")
	if v.IsValid() && v.Kind() == reflect.Slice {
		r.batch.jobs = v
	}
}

// jobsPending reports whether promise jobs wait for the outermost call's
// return.
func (r *Runtime) jobsPending() bool { return r.batch.jobs.Len() > 0 }

// runBatch runs tasks from fns in order, each as one macrotask, and
// returns how many it took: at least one, all of them unless one left
// work for between tasks (above). The loop checks for the end of the run
// after each call, as after each macrotask.
func (r *Runtime) runBatch(fns []func()) int {
	if len(fns) == 1 || !r.batch.jobs.IsValid() || r.exiting {
		r.macrotask(fns[0])
		return 1
	}
	r.batch.fns, r.batch.done = fns, 0
	r.guard(func() { r.Call(r.hooks.runTask, goja.Undefined(), r.hooks.trampoline) })
	n := r.batch.done
	r.batch.fns, r.task = nil, nil
	if n == 0 {
		// Nothing ran (the run was ending).
		n = 1
	}
	r.drainTicks()
	return n
}

// runBatchBody is the trampoline's work for a batch.
func (r *Runtime) runBatchBody() {
	// Taken at once: a runTask nested in a task runs that task alone.
	fns := r.batch.fns
	r.batch.fns = nil
	for i, fn := range fns {
		r.batch.done = i + 1
		r.task = fn
		r.runTaskBody()
		if r.exiting || r.jobsPending() || len(r.rejections) > 0 || r.ticksPending() {
			return
		}
	}
}
