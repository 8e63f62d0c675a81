// Package runtime is the jsproc host: a goja JavaScript runtime with a
// Node.js-style event loop, CommonJS/ESM/TypeScript module loading, and the
// process, console and timer globals that Node scripts expect.
//
// A Runtime runs one program:
//
//	rt, err := runtime.New(runtime.Options{Stdout: &out, Modules: nodestd.Modules()})
//	code, err := rt.RunFile(ctx, "build.js")
//
// Core modules beyond events and timers come from the bindings packages
// (bindings/nodestd assembles the standard set); an embedder chooses which
// modules a runtime gets, and can add its own with Module or JSModule.
//
// # Errors
//
// Run methods return the process exit code. The error is nil for an
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
// both are safe from any goroutine. Methods say when they are for the loop
// goroutine only. Many Runtimes may run at once in one Go process, each on
// its own goroutine; they share nothing but compiled programs.
//
// Cancelling the context passed to a Run method interrupts running JS,
// stops the loop, runs the bindings' OnClose cleanups (which stop child
// processes) and returns.
package runtime
