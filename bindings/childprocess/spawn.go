// Package childprocess provides Node's child_process module backed by Go.
//
// Every process a script starts, asynchronously (spawn, exec, execFile) or
// synchronously (spawnSync, execSync, execFileSync), goes through one
// start-up layer: the module builds a [SpawnRequest] and passes it down a
// chain of [SpawnHandler]s configured per Runtime with [WithHandlers]. The
// last link is [StartProcess], which starts a real process. A handler may
// inspect or rewrite the request (allow and deny lists, auditing, sandbox
// wrappers), refuse it with an error (the script sees a spawn error as
// node reports it), or return its own [Process] (a fake in tests): the
// script cannot tell the difference.
package childprocess

import (
	"context"
	"io"
	"os"
	"syscall"

	"github.com/jsproc/jsproc/runtime"
	"github.com/jsproc/jsproc/runtime/permission"
)

// StdioKind says what a child's file descriptor is connected to.
type StdioKind int

const (
	// StdioPipe connects the descriptor to a pipe whose other end the
	// parent reads (fds 1, 2), writes (fd 0) or both (fds past 2).
	StdioPipe StdioKind = iota
	// StdioIgnore connects the descriptor to /dev/null.
	StdioIgnore
	// StdioInherit passes the parent's descriptor FD. For 0, 1 and 2 that
	// is the runtime's standard stream ([runtime.Runtime.Stdio]): an
	// *os.File is passed as is; another writer (an embedder's
	// Options.Stdout, say) gets the child's output through a pipe that a
	// goroutine copies into it; another reader gives the child /dev/null.
	// A script's 'inherit', a descriptor number and a stream with an fd
	// (process.stdout) all become StdioInherit.
	StdioInherit
	// StdioFile passes File (one of the parent's descriptors, or the child
	// end of a channel another package set up).
	StdioFile
)

// Stdio is one entry of a child's descriptor table.
type Stdio struct {
	Kind StdioKind
	// FD is the parent's descriptor the child gets, for StdioInherit
	// (0 is the parent's stdin whatever the child's descriptor).
	FD int
	// File is the descriptor given to the child for StdioFile. The
	// request does not own it: whoever put it there closes it.
	File *os.File
}

// SpawnRequest describes a process to start. Handlers may change any field
// before passing the request on.
type SpawnRequest struct {
	// File is the program as the script named it (child.spawnfile); a name
	// without a slash is looked up in the PATH of Env.
	File string
	// Args is the full argument vector, Args[0] included (argv0).
	Args []string
	// Dir is the working directory (absolute).
	Dir string
	// Env is the complete environment, "KEY=value" entries.
	Env []string
	// Stdio has one entry per child descriptor, 0, 1, 2 and beyond.
	Stdio []Stdio
	// Detached puts the child in a new session and process group.
	Detached bool
	// ProcessGroup puts the child in a new process group of its own (see
	// WithProcessGroups, which sets it on every request of a runtime).
	ProcessGroup bool
	// Uid and Gid, when set, are the child's credentials.
	Uid, Gid *uint32
	// Sync is true for spawnSync, execSync and execFileSync.
	Sync bool
	// Runtime is the runtime that asked; nil when started outside one.
	Runtime *runtime.Runtime
}

// ExitStatus is how a process ended: Signal is non-zero when a signal
// killed it, otherwise Code is its exit code.
type ExitStatus struct {
	Code   int
	Signal syscall.Signal
}

// Pipe is the parent's end of a piped descriptor. For fd 0 the parent only
// writes, for fds 1 and 2 it only reads; extra pipes go both ways.
type Pipe = io.ReadWriteCloser

// Process is a started process, real or not.
type Process interface {
	// Pid is the process id (any positive number for a fake).
	Pid() int
	// Pipe returns the parent's end of descriptor fd when the request asked
	// for StdioPipe there, nil otherwise. The caller closes it.
	Pipe(fd int) Pipe
	// Signal sends sig; a process that already ended reports syscall.ESRCH.
	Signal(sig syscall.Signal) error
	// Wait blocks until the process ends and reaps it. It is called once.
	Wait() (ExitStatus, error)
}

// SpawnFunc starts the process a request describes.
type SpawnFunc func(ctx context.Context, req *SpawnRequest) (Process, error)

// SpawnHandler is one link of the start-up chain: it may change req, call
// next (or not), and wrap or replace the Process it returns.
//
// A handler's error reaches the script as a failed start would under
// node:
//   - An error carrying a syscall.Errno (errors.As) is that system error.
//     EACCES, EAGAIN, EMFILE, ENFILE and ENOENT are emitted as the child's
//     'error' (code, errno, syscall 'spawn <file>', path, spawnargs; exec
//     and execFile pass it to their callback); any other errno (EPERM,
//     E2BIG...) is thrown by spawn, exec and execFile, syscall 'spawn'.
//   - An *AccessDeniedError is thrown: code ERR_ACCESS_DENIED.
//   - Any other error is emitted like ENOENT but with code 'UNKNOWN' and
//     errno -4094 (libuv's UV_UNKNOWN), message "spawn <file> UNKNOWN",
//     and the handler's error (its message) as the error's cause.
//
// The sync forms report each of these in result.error (syscall
// 'spawnSync <file>'), and execSync and execFileSync throw it, except an
// *AccessDeniedError, which spawnSync throws as well.
type SpawnHandler func(ctx context.Context, req *SpawnRequest, next SpawnFunc) (Process, error)

type handlersKey struct{}

// WithHandlers adds spawn handlers to a Runtime's options. Handlers run in
// the order given, each before the ones added after it; the chain ends with
// StartProcess.
func WithHandlers(opts *runtime.Options, h ...SpawnHandler) {
	if opts.Values == nil {
		opts.Values = map[any]any{}
	}
	prev, _ := opts.Values[handlersKey{}].([]SpawnHandler)
	opts.Values[handlersKey{}] = append(append([]SpawnHandler(nil), prev...), h...)
}

// Handlers returns the spawn handlers configured for rt.
func Handlers(rt *runtime.Runtime) []SpawnHandler {
	h, _ := rt.Value(handlersKey{}).([]SpawnHandler)
	return h
}

// Chain composes handlers into one SpawnFunc ending with last.
func Chain(last SpawnFunc, handlers ...SpawnHandler) SpawnFunc {
	next := last
	for i := len(handlers) - 1; i >= 0; i-- {
		h, n := handlers[i], next
		next = func(ctx context.Context, req *SpawnRequest) (Process, error) {
			return h(ctx, req, n)
		}
	}
	return next
}

// Spawn starts req through rt's handler chain, after rt's permission
// policy (runtime.Runtime.Permission) allowed starting a program: a
// *permission.DeniedError reaches the script as node's ERR_ACCESS_DENIED.
func Spawn(ctx context.Context, rt *runtime.Runtime, req *SpawnRequest) (Process, error) {
	var hs []SpawnHandler
	if rt != nil {
		if err := rt.CheckAccess(permission.ChildProcess, req.File, "spawn"); err != nil {
			return nil, err
		}
		hs = Handlers(rt)
	}
	if len(hs) == 0 {
		return StartProcess(ctx, req)
	}
	return Chain(StartProcess, hs...)(ctx, req)
}
