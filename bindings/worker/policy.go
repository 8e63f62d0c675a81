package worker

import (
	"context"
	"strings"

	"github.com/jsproc/jsproc/runtime"
	"github.com/jsproc/jsproc/runtime/permission"
)

// StartCheck decides whether a script may start a worker thread. file is
// the worker's script as an absolute path, or "" for eval source. A
// non-nil error refuses the start: new Worker throws node's permission
// error (code ERR_ACCESS_DENIED, permission 'WorkerThreads') and nothing
// starts. It runs on the loop goroutine of the runtime starting the
// worker.
type StartCheck func(file string) error

type checkKey struct{}

// WithStartCheck makes the runtimes created from opts ask check before
// starting a worker; the workers inherit it. This is where a permission
// layer (node's --permission without --allow-worker) refuses workers.
func WithStartCheck(opts *runtime.Options, check StartCheck) {
	values := make(map[any]any, len(opts.Values)+1)
	for k, v := range opts.Values {
		values[k] = v
	}
	values[checkKey{}] = check
	opts.Values = values
}

// checkStart asks the runtime's permission policy, then its StartCheck,
// if it has one.
func (st *state) checkStart(file string) {
	if err := st.rt.CheckAccess(permission.WorkerThreads, file, "worker"); err != nil {
		e, ok := st.rt.AccessDenied(err)
		if !ok {
			panic(st.rt.VM().NewGoError(err))
		}
		e.Set("resource", "") // node 20 names none
		panic(e)
	}
	check, ok := st.rt.Value(checkKey{}).(StartCheck)
	if !ok || check == nil {
		return
	}
	if err := check(file); err != nil {
		e := st.rt.NodeError("Error", "ERR_ACCESS_DENIED", "Access to this API has been restricted")
		e.Set("permission", "WorkerThreads")
		if file != "" {
			e.Set("resource", file)
		}
		panic(e)
	}
}

// envOf is a permission handler that lets a worker see every variable of
// the environment it was given.
func envOf(env []string) permission.Handler {
	names := make(map[string]bool, len(env))
	for _, kv := range env {
		k, _, _ := strings.Cut(kv, "=")
		names[k] = true
	}
	return func(ctx context.Context, req *permission.Request, next permission.Check) error {
		if req.Scope == permission.Environment && names[req.Resource] {
			return nil
		}
		return next(ctx, req)
	}
}
