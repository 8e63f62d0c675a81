package jsproc

import (
	"context"
	"io"
	"time"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/bindings/childprocess"
	"github.com/jsproc/jsproc/runtime"
	"github.com/jsproc/jsproc/runtime/permission"
)

// Options configure a Runtime. The zero value runs a script with the Go
// process's environment, working directory and standard streams, with the
// globals and the host's own modules (see "Modules and grants") and no
// way to start programs.
type Options struct {
	// Args are the script's arguments: process.argv after the script
	// path. Nil means none.
	Args []string
	// Env is the script's environment (process.env) as "KEY=value"
	// entries. Nil means os.Environ(); an empty, non-nil slice means an
	// empty environment.
	Env []string
	// Dir is the initial working directory (process.cwd()), against which
	// relative script paths and require() resolve. Empty means the Go
	// process's.
	Dir string

	// Stdin, Stdout and Stderr are the script's standard streams. Nil
	// means os.Stdin, os.Stdout and os.Stderr. Children that inherit
	// them write to them too: see runtime.Options for how writes to a
	// writer that is not an *os.File are made.
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer

	// Modules are the modules require() can load besides the host's own.
	// Nil means none: StandardModules is Node's set without child_process.
	// A later module of the same name replaces an earlier one.
	Modules []Module
	// ChildProcess grants child_process, with the handlers every spawn
	// goes through. Nil means scripts cannot start programs, unless
	// Modules holds child_process itself (bindings/nodestd.All does):
	// then it runs without handlers.
	ChildProcess *ChildProcess
	// Permission turns on the permission model: every file access (each
	// fs call and module load), connection and listener, environment
	// variable read, program start and worker start goes through these
	// handlers in order, each wrapping the ones after it, as
	// permission.Request values (see package permission); a request the
	// chain does not refuse is allowed. permission.Grants.Handler is
	// node's deny-by-default model (the jsproc command's --permission and
	// --allow-* flags). With it set, scripts also get process.permission.
	// Nil means no checks, as under node without --permission. Spawns
	// still go through ChildProcess.Handlers after it.
	Permission []permission.Handler
	// ParentChannel connects process.send, process.on('message') and
	// process.disconnect to the IPC channel of a parent that started this
	// Go program with fork() (NODE_CHANNEL_FD is in Env). False means the
	// script has no channel, as under node without one. Only a program
	// that node or jsproc may fork needs it; the jsproc command sets it.
	ParentChannel bool

	// Globals are set on the global object before any script runs (see
	// "Go values in JS"). Nil means none.
	Globals map[string]any
	// Preload are modules required before the main module, in order, like
	// node -r. Nil means none.
	Preload []string

	// ExecPath is process.execPath, the program fork() starts. Empty
	// means the running executable.
	ExecPath string
	// ExecArgv is process.execArgv. Nil means none.
	ExecArgv []string
	// Argv0 is process.argv0. Empty means "jsproc".
	Argv0 string

	// MaxCallStackSize bounds the depth of the JS call stack: deeper
	// recursion throws Node's RangeError "Maximum call stack size
	// exceeded". Zero means DefaultMaxCallStackSize; a negative value
	// means no limit.
	MaxCallStackSize int
	// QuietUncaught keeps Node's report of an uncaught exception or
	// unhandled rejection off Stderr. False means it is written, as node
	// writes it. The Run method returns the *UncaughtError either way.
	QuietUncaught bool
	// ExperimentalVMModules provides vm.Module, vm.SourceTextModule and
	// vm.SyntheticModule, as node's --experimental-vm-modules does. False
	// means vm has none of them, as in node without the flag.
	ExperimentalVMModules bool
	// HandleSignals lets process.on('SIGINT', ...) and the other signal
	// events install OS signal handlers. False means listeners can be
	// added but no signal reaches them. Signals are process-wide: set it
	// on one Runtime at most (the jsproc command sets it).
	HandleSignals bool

	// Setup functions run on the running goroutine before any script, in
	// order; modules written in Go use them to set up per-runtime state.
	// Nil means none. A failing one ends the run before any script
	// starts, and the Run method returns its error as it is.
	Setup []func(rt *runtime.Runtime) error
	// Values are host values that modules written in Go look up with
	// runtime.Runtime.Value, keyed by a type the module owns. Nil means
	// none.
	Values map[any]any
}

// ChildProcess is the grant to start programs: with it, a Runtime has
// child_process, the IPC channel fork() opens, and the modules
// child_process is built on (stream, and the web streams its streams
// convert to), which reach nothing outside the script.
type ChildProcess struct {
	// Handlers see every spawn (async, sync, fork) in the order given,
	// each wrapping the ones after it; the chain ends by starting the
	// program (childprocess.StartProcess). Nil means every program may
	// run, as under node.
	Handlers []childprocess.SpawnHandler
	// KillGrace is how long a cancelled run waits after sending its
	// children SIGTERM before it sends SIGKILL. Zero means
	// childprocess.DefaultKillGrace (2 s).
	KillGrace time.Duration
	// ProcessGroups starts each child in a process group of its own, and
	// a cancelled run signals the whole group, so grandchildren (the
	// sleep of exec('sleep 9; true')) end with their child. The cost:
	// such children do not get the terminal's Ctrl-C. False means
	// children stay in the Go program's group, as under node, and
	// cancellation signals each direct child only. See
	// childprocess.WithProcessGroups.
	ProcessGroups bool
}

// Module is a core module a Runtime's require() loads by name ("name" or
// "node:name"): a binding written in Go against the host package, whose
// Load gets the *runtime.Runtime. It costs nothing until first required.
type Module = runtime.Module

// JSModule returns a Module written in JavaScript (a CommonJS module body
// that may call internalBinding(name) for what binding returns), compiled
// once per Go process. binding may be nil.
func JSModule(name, src string, binding func(rt *runtime.Runtime, name string) (goja.Value, error)) Module {
	return runtime.JSModule(name, src, binding)
}

// StandardModules returns Node's core modules that cannot start programs
// (see "Modules and grants"), new on each call, for Options.Modules.
func StandardModules() []Module { return standardModules() }

// Runtime is one JavaScript host: an engine, its event loop, its module
// cache and its process object. It runs one program, then is done.
type Runtime struct {
	rt *runtime.Runtime
}

// New creates a Runtime from opts. It runs no JavaScript yet; it fails
// only when the working directory or a global cannot be set up.
func New(opts Options) (*Runtime, error) { return newRuntime(opts) }

// RunFile runs the script at path (relative to Options.Dir) as the main
// module, CommonJS, ES module or TypeScript as node would decide, then the
// event loop until it is empty, and returns the exit code. See "Errors"
// for the error; an empty path gives ErrNoPath.
func (r *Runtime) RunFile(ctx context.Context, path string) (int, error) {
	return result(r.rt.RunFile(ctx, path))
}

// RunSource runs src as a CommonJS main module named name: a path
// (relative to Options.Dir) that require() resolves from and stack traces
// show. Its results are RunFile's.
func (r *Runtime) RunSource(ctx context.Context, name, src string) (int, error) {
	return result(r.rt.RunSource(ctx, name, src))
}

// RunEval evaluates src as a script in the global scope, like node -e;
// with print set it then prints the completion value, like node -p. Its
// results are RunFile's.
func (r *Runtime) RunEval(ctx context.Context, src string, print bool) (int, error) {
	return result(r.rt.RunEval(ctx, src, print))
}

// RunREPL runs Node's read-eval-print loop on Stdin and Stdout (a
// terminal gets line editing and history) until .exit, the end of input
// or process.exit(). Its results are RunFile's.
func (r *Runtime) RunREPL(ctx context.Context) (int, error) {
	return result(r.rt.RunREPL(ctx))
}

// CheckSyntax compiles src as the module file filename would be, without
// running it, as node --check does, and describes the first syntax error.
func CheckSyntax(filename, src string) error { return runtime.CheckSyntax(filename, src) }

// UncaughtError is a Run method's error when the script ended with an
// uncaught exception or an unhandled promise rejection.
type UncaughtError struct {
	// Message is String(value) of the thrown value ("Error: boom").
	Message string
	// Stack is the thrown error's stack in Node's "    at ..." layout;
	// empty when the value was not an Error.
	Stack string
	// Rejection is true when the value came from an unhandled rejection.
	Rejection bool
}

// InternalError is a Run method's error when the host itself failed (a
// Go panic in a module written in Go): a bug, with the Go stack to report.
type InternalError struct {
	// Value is what the Go code panicked with.
	Value any
	// Stack is the Go stack of the panic.
	Stack string
}

var (
	// ErrAlreadyRan is returned when a Runtime is asked to run a second
	// program.
	ErrAlreadyRan = runtime.ErrAlreadyRan
	// ErrNoPath is returned by RunFile for an empty path. The Runtime
	// stays unused.
	ErrNoPath = runtime.ErrNoPath
	// ErrNilContext is returned by a Run method given a nil context. The
	// Runtime stays unused.
	ErrNilContext = runtime.ErrNilContext
)

// Version is jsproc's own version (process.versions.jsproc).
const Version = runtime.Version

// DefaultMaxCallStackSize is the call stack depth, in frames, a Runtime
// allows when Options.MaxCallStackSize is zero: close to Node's own limit.
const DefaultMaxCallStackSize = runtime.DefaultMaxCallStackSize

// NodeVersion is the Node.js version whose API jsproc follows
// (process.version).
const NodeVersion = runtime.NodeVersion

// RestoreSignalDefaults gives the signals node leaves at their default
// action that action, as node does at start (an ignored SIGINT inherited
// from a shell ends the process again). It changes process-wide state: a
// command that runs scripts as node does calls it once at start; a
// program that embeds scripts in its own work would not.
func RestoreSignalDefaults() { runtime.RestoreSignalDefaults() }
