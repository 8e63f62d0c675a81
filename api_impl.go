package jsproc

import (
	"github.com/jsproc/jsproc/bindings/childprocess"
	"github.com/jsproc/jsproc/bindings/ipc"
	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/bindings/stream"
	"github.com/jsproc/jsproc/bindings/util"
	"github.com/jsproc/jsproc/bindings/web"
	"github.com/jsproc/jsproc/runtime"
	"github.com/jsproc/jsproc/runtime/permission"
)

func standardModules() []Module { return nodestd.Modules() }

// hostOptions turns an embedder's Options into the host's.
func hostOptions(opts Options) runtime.Options {
	h := runtime.Options{
		Args:                  opts.Args,
		Env:                   opts.Env,
		Dir:                   opts.Dir,
		Stdin:                 opts.Stdin,
		Stdout:                opts.Stdout,
		Stderr:                opts.Stderr,
		Globals:               opts.Globals,
		ExecPath:              opts.ExecPath,
		ExecArgv:              opts.ExecArgv,
		Argv0:                 opts.Argv0,
		Preload:               opts.Preload,
		HandleSignals:         opts.HandleSignals,
		MaxCallStackSize:      opts.MaxCallStackSize,
		ExperimentalVMModules: opts.ExperimentalVMModules,
		QuietUncaught:         opts.QuietUncaught,
	}
	if opts.Permission != nil {
		h.Permission = permission.New(opts.Permission...)
	}
	if len(opts.Values) > 0 {
		// The grants below add their own values: copy, so the caller's
		// map is never written to.
		h.Values = make(map[any]any, len(opts.Values))
		for k, v := range opts.Values {
			h.Values[k] = v
		}
	}
	// The grants come first, so that an embedder's own module of the same
	// name still replaces them.
	if opts.ChildProcess != nil {
		// child_process is built on stream (its stdio are streams, with
		// toWeb), and stream on util: the grant brings them, as they reach
		// nothing outside the script.
		h.Modules = append(h.Modules, util.Modules()...)
		h.Modules = append(h.Modules, stream.Modules()...)
		h.Modules = append(h.Modules, web.Modules()...)
		h.Modules = append(h.Modules, nodestd.ChildProcess()...)
		childprocess.WithHandlers(&h, opts.ChildProcess.Handlers...)
		if opts.ChildProcess.KillGrace > 0 {
			childprocess.WithKillGrace(&h, opts.ChildProcess.KillGrace)
		}
		if opts.ChildProcess.ProcessGroups {
			childprocess.WithProcessGroups(&h)
		}
	}
	if opts.ParentChannel {
		if opts.ChildProcess == nil {
			h.Modules = append(h.Modules, ipc.Modules()...)
		}
		h.Setup = append(h.Setup, nodestd.Setup()...)
	}
	h.Modules = append(h.Modules, opts.Modules...)
	h.Setup = append(h.Setup, opts.Setup...)
	return h
}

func newRuntime(opts Options) (*Runtime, error) {
	rt, err := runtime.New(hostOptions(opts))
	if err != nil {
		return nil, err
	}
	return &Runtime{rt: rt}, nil
}

// result turns the host's errors into the package's own types.
func result(code int, err error) (int, error) {
	switch e := err.(type) {
	case *runtime.UncaughtError:
		return code, &UncaughtError{Message: e.Message, Stack: e.Stack, Rejection: e.Rejection}
	case *runtime.InternalError:
		return code, &InternalError{Value: e.Value, Stack: e.Stack}
	}
	return code, err
}

// Error returns the uncaught value with its stack when it has one.
func (e *UncaughtError) Error() string {
	if e.Stack != "" {
		return "uncaught " + e.Stack
	}
	return "uncaught " + e.Message
}

// Error returns the panic value and the Go stack.
func (e *InternalError) Error() string {
	return (&runtime.InternalError{Value: e.Value, Stack: e.Stack}).Error()
}
