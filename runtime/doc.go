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
// stack); the context's error when the context ended first.
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
