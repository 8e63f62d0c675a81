// Package jsproc runs Node.js-style JavaScript from a Go program: a script
// file, a source string, an -e style snippet or a REPL, on the goja engine,
// with Node's event loop, module loading (CommonJS, ES modules, TypeScript)
// and the core modules process scripts use, including a Go-backed
// child_process.
//
// A Runtime runs one program, with its own arguments, environment,
// working directory and standard streams:
//
//	rt, err := jsproc.New(jsproc.Options{
//		Stdout:  &out,
//		Modules: jsproc.StandardModules(),
//	})
//	if err != nil { ... }
//	code, err := rt.RunFile(ctx, "build.js")
//
// The jsproc command is written on this package (see cmd/jsproc). Modules
// written in Go, and the bindings that implement the core modules, are
// written against the host package, github.com/jsproc/jsproc/runtime; an
// embedder needs it only to write such a module.
//
// # Modules and grants
//
// A Runtime can load what Options gives it and nothing else. With the
// zero Options a script has the globals (process, console, timers, Buffer,
// URL, the web streams...) and the modules events, timers, buffer, console,
// process and async_hooks;
// StandardModules adds the rest of Node's core modules that jsproc
// implements and that cannot start programs: fs, path, os, stream, util,
// assert, readline, url, crypto, zlib, module, tty and the others listed
// by bindings/nodestd.Modules, with their node: names and variants
// (fs/promises, path/posix, stream/web...). Options.Modules may also hold the
// embedder's own modules ([Module], [JSModule]); a later module of the
// same name replaces an earlier one.
//
// Starting programs is a separate grant: child_process (spawn, exec,
// execFile, fork and the sync forms) exists only when Options.ChildProcess
// is set. Every spawn then goes through its Handlers (see
// [github.com/jsproc/jsproc/bindings/childprocess.SpawnHandler]), which
// allow, refuse, rewrite, record, or fake it: a refused spawn throws Node's
// ERR_ACCESS_DENIED and nothing starts; a fake Process is, to the script,
// a real child. childprocess.NewRunPolicy gives the allow/deny lists of
// the command's --allow-run and --deny-run, childprocess.TraceSpawns its
// --trace-spawn audit trail.
//
// # Permissions
//
// Options.Permission puts every door a script has through one chain of
// [github.com/jsproc/jsproc/runtime/permission.Handler]s: each file access (every
// fs call, sync, callback, promise or stream, and every module load),
// connection and listener, environment variable, program start and worker
// start is a permission.Request the handlers allow, refuse, rewrite or
// log. A refusal reaches the script as node's permission error (code
// ERR_ACCESS_DENIED, with permission and resource), thrown, passed to the
// callback, rejected or emitted as the call would fail; a hidden
// environment variable reads as unset and is not inherited by children.
// File requests name the path with its symlinks resolved, and the call
// then uses what was checked, pinned so that no link swapped in between
// can redirect it (see package permission). permission.Grants is node's
// deny-by-default model, the one the command's --permission and --allow-*
// flags build.
//
// # Errors
//
// The Run methods return the process exit code and an error. The error is
//   - nil for an ordinary exit, whatever its code (process.exit(3),
//     process.exitCode);
//   - an *[UncaughtError] when the script ended with an uncaught exception
//     or an unhandled rejection; Node's report of it also goes to Stderr
//     unless Options.QuietUncaught is set;
//   - the context's error when the context ended before the program did
//     (errors.Is(err, context.Canceled) or context.DeadlineExceeded holds,
//     whatever the cancellation interrupted);
//   - the error of a failed Options.Setup function, as it was returned;
//   - an *[InternalError] when the host itself failed (a bug in a module
//     written in Go);
//   - [ErrNilContext], [ErrNoPath] or [ErrAlreadyRan] for a call that could
//     not start; the first two leave the Runtime unused.
//
// A script that recurses without end gets Node's RangeError "Maximum call
// stack size exceeded" at Options.MaxCallStackSize frames, instead of
// growing memory until the Go program dies. goja cannot let a JS
// try/catch catch its own stack overflow: uncaught it behaves as in Node
// ('uncaughtException' listeners get it), but a script that catches its
// own overflow ends there where Node would go on. See the runtime
// package's "Stack overflow" section for the details.
//
// The first New in a Go process sets a garbage-collection policy (a heap
// floor of a few tens of megabytes, Go's default pacing above it) unless
// the GOGC environment variable is set or the program has changed the GC
// percentage itself; see the runtime package's "Memory and start-up"
// section.
//
// # Concurrency
//
// A Runtime runs its program on the goroutine that called the Run method,
// which returns when the program has ended; its Run methods must not be
// called concurrently. Many Runtimes may run at once in one Go process,
// each on its own goroutine: they share nothing but compiled code. Values
// in Options.Globals are called on the running goroutine; a Go function a
// script calls must not block for long, as the event loop waits for it.
// Options.HandleSignals changes process-wide state; set it on one Runtime
// at most.
//
// # Cancellation
//
// Cancelling the context passed to a Run method interrupts running
// JavaScript, stops the event loop, sends the runtime's children SIGTERM
// and, after a grace (ChildProcess.KillGrace), SIGKILL, and returns once
// they are reaped and the runtime's goroutines have ended; with
// ChildProcess.ProcessGroups the signals go to each child's process group,
// grandchildren included. A context that is already done starts nothing. A program that ends by itself leaves its
// children running, as node does.
//
// # Go values in JS
//
// Options.Globals are set on the global object before any script runs,
// converted as goja's Runtime.ToValue converts them: funcs become callable
// functions, maps and slices objects and arrays, structs objects whose
// exported fields and methods appear with their first letter lower-cased
// (Name as name, HTTPPort as hTTPPort, Greet() as greet()); struct tags
// are not consulted. A module written in Go ([Module]) returns values the
// same way.
package jsproc
