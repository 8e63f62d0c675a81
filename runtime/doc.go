// Package runtime is the jsproc host that bindings are written against: a
// goja JavaScript runtime with a Node.js-style event loop, CommonJS, ES
// module and TypeScript loading, and the process, console and timer
// globals that Node scripts expect.
//
// Programs that embed jsproc use the root package,
// github.com/jsproc/jsproc (jsproc.New, jsproc.Options, Runtime.RunFile):
// its name does not shadow Go's runtime package, its Options carry the
// grants (the standard modules, child_process and its spawn handlers), and
// its documentation is the embedder's manual. This package is for the
// code that implements modules:
//
//   - a Module's Load, or a JSModule's binding, gets the *Runtime and
//     reaches the host through it: VM, Loop (Reserve, TaskQueue), Call,
//     Context, OnClose, State (per-runtime state created once), Value
//     (host values an embedder configured), the script's Stdio and ReadStream, Cwd,
//     ResolvePath, Environ and ExecPath, and Node's errors (NodeError,
//     ErrnoException, SystemError) and buffers (WrapBytes, Bytes);
//   - New, Options and the Run methods exist for the root package and for
//     bindings' own tests, which run scripts without the root package's
//     grants; they are marked so in their documentation.
//
// Core modules beyond the host's own (events, timers, console, buffer,
// process, async_hooks) come from the bindings packages (bindings/nodestd
// assembles the standard set).
//
// # Errors
//
// Run methods return the process exit code (the root package documents
// them for embedders, with its own error types). The error is nil for an
// ordinary exit, whatever its code; an *UncaughtError when the script ended
// with an uncaught exception or unhandled rejection (its Stack is the JS
// stack; Node's report of it also goes to Stderr unless
// Options.QuietUncaught is set); the context's error when the context ended
// before the program did (errors.Is(err, context.Canceled) holds, whatever
// the cancellation interrupted, and nothing runs at all under a context
// that is already done); the error of a failed Options.Setup function, as
// it was returned. A nil context gives ErrNilContext, as a Run method
// reports what os/exec's CommandContext would panic on.
//
// # Stack overflow
//
// A script that recurses without end gets Node's RangeError "Maximum call
// stack size exceeded" once its call stack is Options.MaxCallStackSize
// frames deep (DefaultMaxCallStackSize, close to Node's own limit, when
// zero), instead of growing memory until the host dies. Uncaught, it is
// reported and ends the run as in Node, and 'uncaughtException' listeners
// receive it. goja cannot let a JS try/catch catch its stack overflow, so
// the RangeError surfaces at the innermost point where Go called into JS:
// a try/catch around a call into a Go function (Runtime.Call) catches it, a
// try/catch around plain JS recursion does not, and the run ends with the
// uncaught RangeError where Node would have gone on after the catch.
// Recursion through built-ins (getters, toString, Proxy traps, forEach
// callbacks) nests goja's Go frames, and unwinding those costs time that
// grows with the square of the depth: seconds at the default limit, where
// plain JS recursion takes milliseconds; a smaller MaxCallStackSize makes
// it cheaper. Memory stays bounded either way.
// JSON.stringify throws the same RangeError past Node's nesting depth
// (4,186 levels), and JSON.parse builds nested text of any depth without
// recursing (with a reviver, past 1,000 levels, it throws the RangeError
// as V8 does).
//
// # Memory and start-up
//
// The first New in a Go process sets a garbage-collection policy, a heap
// floor: the collector lets the heap reach 24 MiB before collecting however
// small the live heap (raised to 40 MiB while collections come less than
// 100 ms apart, as in a streaming script, and lowered again when they
// become rare), and paces as Go's default GOGC=100 once the live heap is
// half the floor or more. While goja compiles a large source the goal
// is raised by what the compilation holds live until it ends (about 24
// bytes per byte of source), as collecting then would free little of it.
// A script's live heap is small next to what it allocates and drops, so
// this keeps collections few at a peak memory near node's or below. The
// policy is not applied when the GOGC environment variable is set or the
// program has already changed the GC percentage (debug.SetGCPercent)
// itself; a memory limit (GOMEMLIMIT) bounds the heap floor or not.
//
// goja compiles a whole file before running any of it. While the loop
// goroutine compiles and runs a module, other processors (up to
// GOMAXPROCS-1 goroutines, which end when they run out of work) compile
// ahead the modules it requires at top level (internal JS modules, and
// CommonJS files named by a relative .js or .cjs path), and the whole
// graph of an ES module once its link check has read it (the ES modules
// and the CommonJS files it imports), largest first; the loop uses a
// program compiled ahead only when it was compiled from the very source it
// loads. Nothing else about loading changes.
//
// # Go values in JS
//
// Options.Globals and the values Go functions return reach scripts as
// goja's Runtime.ToValue converts them, with goja.UncapFieldNameMapper: a
// struct's exported fields and methods appear with their first letter
// lower-cased (Name as name, HTTPPort as hTTPPort, Greet() as greet());
// struct tags are not consulted. See the Options.Globals example.
//
// # Concurrency
//
// Exactly one goroutine, the one calling a Run method, executes JavaScript
// and touches the goja runtime (VM). Other goroutines hand results back
// with [Loop.Reserve] (one result) or a [TaskQueue] (a stream of results);
// both are safe from any goroutine. A source that answers quickly (an
// IPC channel) can instead have the loop wait for its descriptor itself
// ([TaskQueue.PollRead]), and a sink that is written in bulk (a child's
// stdin) can have the loop wait for room in it ([TaskQueue.PollWrite]):
// while a descriptor is registered the loop waits
// in epoll, holding its thread, and goroutines' results wake it through an
// eventfd. Methods say when they are for the loop goroutine only. Many Runtimes may run at once in one Go process, each on
// its own goroutine; they share nothing but compiled programs.
//
// Cancelling the context passed to a Run method interrupts running JS,
// stops the loop, runs the bindings' OnClose cleanups (which stop child
// processes) and returns.
package runtime
