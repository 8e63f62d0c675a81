package childprocess

import (
	_ "embed"
	"os"
	"strings"
	"syscall"
	"time"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/internal/sysnames"
	"github.com/jsproc/jsproc/runtime"
)

var (
	//go:embed js/child_process.js
	childProcessSource string
	//go:embed js/normalize.js
	normalizeSource string
	//go:embed js/sync.js
	syncSource string
)

var modules = []runtime.Module{
	runtime.JSModule("child_process", childProcessSource, binding),
	runtime.JSModule("internal/child_process/normalize", normalizeSource, binding),
	runtime.JSModule("internal/child_process/sync", syncSource, nil),
}

// Modules returns the child_process module, with the options.stdio
// entries node knows itself ('pipe', 'inherit', 'ignore', streams and
// descriptors) and no others: fork and an 'ipc' entry need
// ModulesWithStdio and bindings/ipc, as bindings/nodestd assembles them.
func Modules() []runtime.Module { return modules }

// ModulesWithStdio returns the child_process module with extra
// options.stdio entries, each name served by its provider (bindings/ipc
// serves 'ipc'). A Runtime's child_process uses the providers of the set
// it loaded first, kept per Runtime (runtime.State); the map is copied.
func ModulesWithStdio(stdio map[string]StdioProvider) []runtime.Module {
	own := make(map[string]StdioProvider, len(stdio))
	for name, p := range stdio {
		own[name] = p
	}
	out := make([]runtime.Module, len(modules))
	for i, m := range modules {
		load := m.Load
		out[i] = runtime.Module{Name: m.Name, Load: func(rt *runtime.Runtime, module *goja.Object) error {
			stdioProviders(rt, own)
			return load(rt, module)
		}}
	}
	return out
}

// StdioProvider supplies a stdio entry that child_process does not know
// itself, named by a string in options.stdio (for example 'ipc'). It runs on
// the loop goroutine while spawn prepares the child, and returns the file
// the child gets at descriptor fd. After a successful start, attach (when
// not nil) runs on the loop goroutine with the script's ChildProcess object
// and the Process, before spawn returns to the script. When the start
// fails with an errno (ENOENT, EACCES...) attach still runs, with a nil
// Process, as node sets up the channel of a child that never started;
// after any other failure abort (when not nil) runs instead.
// child_process closes file after the start either way.
//
// attach may return a channel that the child's 'exit' waits for (at most
// ExitGrace after the process ended): the IPC channel closes it once it has
// read everything the child wrote, so that, as in node, a dead child's last
// messages and the channel's disconnect come before its 'exit'.
type StdioProvider func(rt *runtime.Runtime, fd int) (file *os.File, attach func(child *goja.Object, proc Process) (exitAfter <-chan struct{}), abort func(), err error)

// ExitGrace bounds how long a child's 'exit' waits for the channels its
// stdio providers returned from attach (a grandchild may hold one open).
const ExitGrace = 100 * time.Millisecond

// stdioKey keys a Runtime's stdio providers (runtime.State).
type stdioKey struct{}

// stdioProviders returns rt's stdio providers, first set to init.
func stdioProviders(rt *runtime.Runtime, init map[string]StdioProvider) map[string]StdioProvider {
	return runtime.State(rt, stdioKey{}, func() map[string]StdioProvider { return init })
}

// provider returns rt's provider of the options.stdio entry name, or nil.
func provider(rt *runtime.Runtime, name string) StdioProvider {
	return stdioProviders(rt, nil)[name]
}

// signalName returns "SIGTERM" for SIGTERM.
func signalName(sig syscall.Signal) string {
	if n := sysnames.SignalName(sig); n != "" {
		return n
	}
	return "SIG" + sig.String()
}

// binding is internalBinding('child_process') for the JS side.
func binding(rt *runtime.Runtime, name string) (goja.Value, error) {
	vm := rt.VM()
	o := vm.NewObject()
	if name == "child_process/static" {
		// What argument checking needs; no per-runtime state.
		setStaticNatives(rt, o)
		return o, nil
	}
	st := runtime.State(rt, stateKey{}, func() *state { return newState(rt) })
	o.Set("spawn", func(spec *goja.Object) goja.Value { return st.spawn(spec) })
	o.Set("spawnSync", func(spec *goja.Object) goja.Value { return st.spawnSync(spec) })
	// queueTask runs fn as a task of the loop's next poll phase.
	o.Set("queueTask", func(fn goja.Callable) {
		rt.Loop().Reserve()(func() { rt.Call(fn, goja.Undefined()) })
	})
	o.Set("pipeWrite", func(call goja.FunctionCall) goja.Value {
		return st.pipeWrite(call.Argument(0), call.Argument(1), call.Argument(2))
	})
	setStaticNatives(rt, o)
	return o, nil
}

// setStaticNatives sets the natives that keep no state: errno errors,
// stdio providers and the signal table.
func setStaticNatives(rt *runtime.Runtime, o *goja.Object) {
	vm := rt.VM()
	o.Set("hasStdio", func(name string) bool { return provider(rt, name) != nil })
	o.Set("errnoException", func(errno int, syscallName string) *goja.Object {
		return rt.ErrnoException(syscall.Errno(-errno), syscallName)
	})
	o.Set("errname", func(errno int) string { return runtime.ErrnoName(syscall.Errno(-errno)) })
	sigs := vm.NewObject()
	for _, s := range sysnames.Signals() {
		sigs.Set(s.Name, int(s.Num))
	}
	o.Set("signals", sigs)
	o.Set("envPairs", func(env goja.Value) goja.Value { return envPairs(rt, env) })
}

// envPairs returns the "KEY=value" entries that enumerating env with
// for-in gives, when env is the runtime's own process.env and nothing is
// inherited (Object.prototype, its prototype, has no enumerable
// property): the common case, built without a property read per
// variable. Otherwise, or when a value holds a NUL (which the script's
// loop reports), it returns undefined and the script enumerates env.
func envPairs(rt *runtime.Runtime, env goja.Value) goja.Value {
	vm := rt.VM()
	o, ok := env.(*goja.Object)
	if !ok {
		return goja.Undefined()
	}
	proto := vm.NewObject().Prototype()
	if o.Prototype() != proto || len(proto.Keys()) != 0 {
		return goja.Undefined()
	}
	pairs, ok := rt.EnvironOf(o)
	if !ok {
		return goja.Undefined()
	}
	vals := make([]any, len(pairs))
	for i, kv := range pairs {
		if strings.IndexByte(kv, 0) >= 0 {
			return goja.Undefined()
		}
		vals[i] = kv
	}
	return vm.NewArray(vals...)
}
