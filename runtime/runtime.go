package runtime

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime/permission"
)

// Options configure a Runtime. The zero value runs with the host process's
// environment, working directory and standard streams, and with no modules
// beyond the built-in globals. Embedders set jsproc.Options, which the root
// package turns into these; bindings' tests set them directly.
type Options struct {
	// Args are the script's arguments: process.argv after the script path.
	Args []string
	// Env is the environment as "KEY=value" entries. Nil means os.Environ().
	Env []string
	// Dir is the initial working directory. Empty means the process's.
	Dir string
	// Stdin, Stdout and Stderr are the script's standard streams. Nil means
	// os.Stdin, os.Stdout and os.Stderr.
	//
	// A writer that is not an *os.File need not be safe for concurrent
	// use: the runtime makes every write to it (console, process.stdout,
	// the copied output of children that inherit it) under one lock per
	// writer, and Stdout and Stderr share the lock when they are the same
	// writer. A writer shared with anything else (another runtime, the
	// embedder's own goroutines) must be safe for that. Each Write holds
	// the lock, so a slow writer slows the script. The runtime stops
	// writing when Run returns: output of children that outlive the run
	// is discarded. An *os.File is used as is, and a child that inherits
	// it gets its descriptor.
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// Modules are the core modules require() can load besides the host's own
	// (events, timers). A later module of the same name replaces an earlier one.
	Modules []Module
	// Globals are set on the global object before any script runs: Go
	// values are converted as goja's Runtime.ToValue converts them (funcs
	// become callable functions, structs objects, ...), and a struct's
	// exported fields and methods appear with their first letter
	// lower-cased (goja.UncapFieldNameMapper: Name as name, Greet as greet).
	Globals map[string]any
	// ExecPath is process.execPath. Empty means the running executable.
	ExecPath string
	// ExecArgv is process.execArgv.
	ExecArgv []string
	// Argv0 is process.argv0. Empty means "jsproc".
	Argv0 string
	// Setup functions run on the loop goroutine before any script, in order;
	// bindings use them to set up per-process state. nodestd.Setup() is the
	// one the standard modules need, and only when this Go program may
	// itself have been started by fork() (NODE_CHANNEL_FD is set) and its
	// script should get process.send; jsproc.Options.ParentChannel passes
	// it. An error ends the run before any script starts, and the Run
	// method returns it as it is.
	Setup []func(rt *Runtime) error
	// Preload are modules required before the main module, like node -r.
	Preload []string
	// HandleSignals lets process.on('SIGINT', ...) and friends install OS
	// signal handlers. Signals are process-wide, so only the CLI (or one
	// embedder-chosen runtime) should set it.
	HandleSignals bool
	// Values are host values bindings can look up with Runtime.Value, keyed
	// by a type the binding owns (policy, spawn handlers, audit sinks).
	Values map[any]any
	// Permission is the policy every file, network, environment, program
	// and worker access goes through (see package permission); the
	// runtime itself checks module loads and process.env, bindings the
	// rest, and worker threads inherit it. With one set, scripts also get
	// process.permission, as under node --experimental-permission. Nil
	// allows everything and costs nothing.
	Permission *permission.Policy
	// MaxCallStackSize bounds the depth of the JS call stack. A script that
	// recurses deeper gets Node's RangeError "Maximum call stack size
	// exceeded" instead of growing memory without end. Zero means
	// DefaultMaxCallStackSize, close to Node's own limit; a negative value
	// means no limit. See the package documentation's "Stack overflow"
	// section for where the RangeError can be caught.
	MaxCallStackSize int
	// QuietUncaught keeps the report of an uncaught exception or unhandled
	// rejection (Node's "file:line, source, stack, Node.js version" lines)
	// off Stderr. The Run method still returns it as an *UncaughtError.
	QuietUncaught bool
	// ExperimentalVMModules provides the vm module's Module classes, as
	// node's --experimental-vm-modules does.
	ExperimentalVMModules bool
}

// Runtime is one JavaScript host: a goja runtime, its event loop, its module
// cache and its process object. A Runtime runs one program and is then done.
// Many Runtimes may run side by side in one Go process. Bindings get it in
// Module.Load and their binding functions; embedders hold a jsproc.Runtime,
// which wraps one.
type Runtime struct {
	opts   Options
	vm     *goja.Runtime
	loop   *Loop
	ctx    context.Context
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	// stdioMade[fd] is set once process.stdout (1) or process.stderr (2)
	// exists; until then the global console writes natively.
	stdioMade [3]bool

	mu  sync.Mutex // guards cwd, which goroutines may read
	cwd string
	env *envMap

	modules map[string]Module
	core    map[string]*goja.Object // loaded core modules' module objects
	loader  *cjsLoader
	// errStacks attaches V8's stack to the errors scripts make.
	errStacks *errorStacks

	proxyViews []func(*goja.Object) (goja.Value, bool) // loop: see AddProxyViews

	hooks       hooks
	async       asyncState
	task        func() // the macrotask runTask is running
	batch       batchState
	ticks       tickQueue
	coreRequire goja.Value
	newBuffer   func([]byte) *goja.Object // set by the buffer binding
	signals     map[string]func()

	exiting     bool
	exitStarted bool
	// reportAtMake: the uncaught exception being handled came from a
	// queueMicrotask callback, whose report node points at where the
	// error was made, not at the throw.
	reportAtMake bool
	exitCode     int
	cancelled    error
	uncaught     error
	rejections   []*goja.Promise
	cleanups     []func()
	ran          bool
	overflow     *goja.Object // the last stack-overflow RangeError made

	state map[any]any // bindings' per-runtime values (State); loop only

	// rejectionDomains: the domain (the domain module's process.domain)
	// active when a promise in rejections was rejected, which gets its
	// 'error' instead of 'unhandledRejection', as in node.
	rejectionDomains map[*goja.Promise]*goja.Object

	ahead aheadFiles // CommonJS files compiled ahead
}

// New creates a Runtime. It does not run any JavaScript yet. It exists
// for the root package (jsproc.New, which embedders call) and for bindings'
// tests.
func New(opts Options) (*Runtime, error) {
	compileBootstrapAhead()
	applyGCPolicy()
	r := &Runtime{
		opts:    opts,
		vm:      goja.New(),
		loop:    newLoop(),
		ctx:     context.Background(),
		stdin:   opts.Stdin,
		stdout:  opts.Stdout,
		stderr:  opts.Stderr,
		modules: make(map[string]Module, len(hostModuleList)+len(opts.Modules)),
		core:    map[string]*goja.Object{},
	}
	if r.stdin == nil {
		r.stdin = os.Stdin
	}
	if r.stdout == nil {
		r.stdout = os.Stdout
	}
	if r.stderr == nil {
		r.stderr = os.Stderr
	}
	r.lockStdWriters()
	dir := opts.Dir
	if dir == "" {
		d, err := os.Getwd()
		if err != nil {
			return nil, fmt.Errorf("jsproc: working directory: %w", err)
		}
		dir = d
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("jsproc: working directory: %w", err)
	}
	r.cwd = abs
	env := opts.Env
	if env == nil {
		env = os.Environ()
	}
	r.env = newEnvMap(env)
	if p := opts.Permission; p != nil {
		r.env.allow = func(name string) bool {
			return p.Check(r.ctx, &permission.Request{Scope: permission.Environment, Resource: name, Op: "get"}) == nil
		}
	}
	for _, m := range hostModules() {
		r.modules[m.Name] = m
	}
	for _, m := range opts.Modules {
		r.modules[m.Name] = m
	}
	if limit := opts.callStackLimit(); limit > 0 {
		r.vm.SetMaxCallStackSize(limit)
	}
	r.vm.SetFieldNameMapper(goja.UncapFieldNameMapper())
	r.vm.SetPromiseRejectionTracker(r.trackRejection)
	r.loader = newCJSLoader(r)
	r.ahead.modules = r.modules
	r.OnClose(r.ahead.close)
	if err := r.installGlobals(); err != nil {
		return nil, err
	}
	r.wrapJSON()
	for name, v := range opts.Globals {
		if err := r.vm.Set(name, v); err != nil {
			return nil, fmt.Errorf("jsproc: global %s: %w", name, err)
		}
	}
	return r, nil
}

// VM returns the goja runtime. Use it only on the loop goroutine.
func (r *Runtime) VM() *goja.Runtime { return r.vm }

// Loop returns the runtime's event loop.
func (r *Runtime) Loop() *Loop { return r.loop }

// Context returns the context the runtime is running under. It is done when
// the run is cancelled or has ended. Safe from any goroutine once Run started.
func (r *Runtime) Context() context.Context { return r.ctx }

// Stdin returns the script's standard input.
func (r *Runtime) Stdin() io.Reader { return r.stdin }

// Stdout returns the script's standard output: Options.Stdout, behind the
// runtime's lock unless it is an *os.File (see Options.Stdout). Safe from
// any goroutine; writes after the run ended are discarded.
func (r *Runtime) Stdout() io.Writer { return r.stdout }

// Stderr returns the script's standard error, as Stdout does.
func (r *Runtime) Stderr() io.Writer { return r.stderr }

// Cwd returns the runtime's working directory (process.cwd()). Safe from
// any goroutine.
func (r *Runtime) Cwd() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.cwd
}

// ResolvePath makes p absolute against the runtime's working directory.
func (r *Runtime) ResolvePath(p string) string {
	if filepath.IsAbs(p) {
		return filepath.Clean(p)
	}
	return filepath.Join(r.Cwd(), p)
}

// Environ returns the runtime's environment (process.env) as "KEY=value"
// entries. Loop goroutine only.
func (r *Runtime) Environ() []string { return r.env.environ() }

// EnvironOf returns Environ() when v is the runtime's own process.env
// object (whatever process.env holds now), and false for any other value.
// Loop goroutine only.
func (r *Runtime) EnvironOf(v goja.Value) ([]string, bool) {
	if o, ok := v.(*goja.Object); ok {
		if e, ok := o.Export().(*envMap); ok && e == r.env {
			return e.environ(), true
		}
	}
	return nil, false
}

// Value returns the host value stored under key in Options.Values.
func (r *Runtime) Value(key any) any { return r.opts.Values[key] }

// ExecPath returns process.execPath.
func (r *Runtime) ExecPath() string {
	if r.opts.ExecPath != "" {
		return r.opts.ExecPath
	}
	p, err := executable()
	if err != nil {
		return "jsproc"
	}
	return p
}

// executable is the path of the running program, as it was when first
// asked for (node reads it once at start-up too).
var executable = sync.OnceValues(os.Executable)

// OnClose registers fn to run when the run ends, on the loop goroutine,
// after the loop stopped. Bindings use it to release what they hold (kill
// children on cancellation, close files).
func (r *Runtime) OnClose(fn func()) { r.cleanups = append(r.cleanups, fn) }

// ErrAlreadyRan is returned when a Runtime is asked to run a second program.
// The root package returns it as jsproc.ErrAlreadyRan.
var ErrAlreadyRan = errors.New("jsproc: runtime already ran a program")

// ErrNoPath is returned by RunFile when given an empty path. The root
// package returns it as jsproc.ErrNoPath.
var ErrNoPath = errors.New("jsproc: RunFile: empty script path")

// ErrNilContext is returned by the Run methods when given a nil context.
// Nothing runs, and the Runtime can still run a program. The root package
// returns it as jsproc.ErrNilContext.
var ErrNilContext = errors.New("jsproc: nil Context")

// RunFile runs the script at path as the main module, then the event loop
// until it is empty, and returns the process exit code. The error is nil for
// an ordinary exit (whatever the code); it is an *UncaughtError for an
// uncaught exception or unhandled rejection; it is the context's error
// (errors.Is(err, context.Canceled) holds) when ctx ended before the
// program did, whatever the cancellation interrupted, and nothing runs at
// all when ctx is already done; it is the error of an Options.Setup
// function that failed, as that function returned it. A nil ctx gives
// ErrNilContext and an empty path ErrNoPath; neither uses up the Runtime.
//
// The Run methods exist for the root package (jsproc.Runtime.RunFile and
// the others, which embedders call) and for bindings' tests; a binding
// never calls them on the Runtime it is given.
func (r *Runtime) RunFile(ctx context.Context, path string) (int, error) {
	if path == "" {
		return 1, ErrNoPath
	}
	return r.run(ctx, func() {
		r.loader.runMain(r.ResolvePath(path))
	})
}

// RunSource runs src as a CommonJS main module named name (a path used for
// require resolution and stack traces; relative to the working directory).
// Its results are those of RunFile. For the root package and bindings'
// tests, as RunFile.
func (r *Runtime) RunSource(ctx context.Context, name, src string) (int, error) {
	return r.run(ctx, func() {
		r.loader.runMainSource(r.ResolvePath(name), src)
	})
}

// RunEval evaluates src as a script in the global scope, like node -e. With
// print set it prints the completion value, like node -p. Its results are
// those of RunFile. For the root package and bindings' tests, as RunFile.
func (r *Runtime) RunEval(ctx context.Context, src string, print bool) (int, error) {
	return r.run(ctx, func() {
		r.loader.runEval(src, print)
	})
}

func (r *Runtime) run(ctx context.Context, start func()) (code int, err error) {
	if ctx == nil {
		return 1, ErrNilContext
	}
	if r.ran {
		return 1, ErrAlreadyRan
	}
	r.ran = true
	if err := ctx.Err(); err != nil {
		// Nothing starts under a context that is already done.
		return 1, err
	}
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	r.ctx = ctx
	stopInterrupt := context.AfterFunc(ctx, func() {
		r.vm.Interrupt(ctx.Err())
	})
	defer stopInterrupt()
	defer r.close()

	var setupErr error
	r.macrotask(func() {
		for _, setup := range r.opts.Setup {
			if err := setup(r); err != nil {
				setupErr = err
				r.exiting = true
				return
			}
		}
		if ctx.Err() != nil {
			return // cancelled during set-up: the interrupt ends the run
		}
		for _, m := range r.opts.Preload {
			r.loader.require(m, r.Cwd(), nil)
		}
		start()
	})
	if setupErr != nil {
		return 1, setupErr
	}
	code, err = r.runLoop(ctx)
	if perr := parent.Err(); perr != nil {
		// Whatever the cancellation broke on its way out (an interrupted
		// module load, a binding's "context canceled"), the run was
		// cancelled: say so.
		return 1, perr
	}
	return code, err
}

// runLoop runs the event loop and 'beforeExit' until the program ends.
func (r *Runtime) runLoop(ctx context.Context) (int, error) {
	for !r.exiting {
		if lerr := r.loop.run(ctx, r.macrotask, r.runBatch, func() bool { return r.exiting }); lerr != nil {
			return 1, lerr
		}
		if r.exiting {
			break
		}
		if ctx.Err() != nil {
			return 1, ctx.Err()
		}
		// The loop is empty: 'beforeExit' may schedule more work.
		r.macrotask(func() { r.emitProcess("beforeExit", r.vm.ToValue(r.currentExitCode())) })
		if !r.loop.hasWork() {
			break
		}
	}
	if ctx.Err() != nil && r.uncaught == nil && !r.exiting {
		return 1, ctx.Err()
	}
	if !r.exiting {
		unsettled := r.loader.unsettledMain()
		r.exitProcess(r.currentExitCode())
		if unsettled && r.exitCode == 0 {
			// The main ES module's top-level await never settled.
			r.exitCode = 13
		}
	}
	if r.uncaught != nil {
		return r.exitCode, r.uncaught
	}
	if r.cancelled != nil {
		return r.exitCode, r.cancelled
	}
	return r.exitCode, nil
}

// close stops the loop and runs the bindings' cleanups.
func (r *Runtime) close() {
	r.loop.stop()
	for i := len(r.cleanups) - 1; i >= 0; i-- {
		r.cleanups[i]()
	}
	r.cleanups = nil
	r.vm.ClearInterrupt()
}
