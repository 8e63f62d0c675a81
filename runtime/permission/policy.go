// Package permission is the policy every door of a jsproc runtime goes
// through: files (every fs call and every module load), the network
// (connect and listen), the environment (process.env), programs
// (child_process) and worker threads.
//
// A Policy is a chain of Handlers, in the manner of child_process's spawn
// handlers: each sees a Request, may allow it (return nil without calling
// next), deny it (return an error, usually a *DeniedError), rewrite it
// (change Request.Resource, then call next) or log it (call next and look
// at the answer). A chain that runs off its end allows. Grants is the
// deny-by-default handler the command line's --permission and --allow-*
// flags build; an embedder puts its own handlers before it, after it, or
// uses its own instead.
//
// # What a request names
//
// File requests name an absolute path with every symlink resolved (for a
// call on a link itself, such as lstat or unlink, every symlink but the
// last component), so that a grant of a directory cannot be escaped with
// "..", a link, /proc/self/root or /proc/self/fd: the bindings resolve,
// check, then use the checked resolution through a descriptor that cannot
// be redirected (see Pin). Two file resources are questions rather than
// paths: "" asks whether any path is granted (process.permission.has(
// 'fs.read') without a reference, as node answers it), "*" whether every
// path is (fs.symlink needs that, as under node).
//
// Net requests name "host:port" as the script gave the host (a name or an
// address; a listen on every address is "0.0.0.0:port" or "[::]:port").
// Environment requests name one variable. ChildProcess requests name the
// program as the spawn will run it (or "" for a query), WorkerThreads
// requests the worker's script ("" for eval source or a query).
//
// # Concurrency
//
// Handlers run on whichever goroutine makes the access: the loop goroutine
// for synchronous calls, a worker goroutine for asynchronous file calls,
// another runtime's loop for a worker thread. They must be safe for
// concurrent use and must not touch a goja value.
package permission

import (
	"context"
	"errors"
)

// Scope is the kind of access a Request asks for; its value is the
// permission name node reports in an ERR_ACCESS_DENIED error.
type Scope string

// The scopes. Net and Environment are jsproc's own; node 20 has no
// permission for them.
const (
	FileSystemRead  Scope = "FileSystemRead"
	FileSystemWrite Scope = "FileSystemWrite"
	ChildProcess    Scope = "ChildProcess"
	WorkerThreads   Scope = "WorkerThreads"
	Net             Scope = "Net"
	Environment     Scope = "Environment"
)

// Request is one access a script attempts.
type Request struct {
	// Scope is what kind of access it is.
	Scope Scope
	// Resource is what it touches (see the package documentation). A
	// handler may change it before calling next: file and net bindings
	// use the resource as it stands when the chain returns nil.
	Resource string
	// Op names the call for logs ("open", "stat", "connect", "listen",
	// "get", "has", ...). Handlers need not look at it.
	Op string
}

// Check answers a request: nil allows it.
type Check func(ctx context.Context, req *Request) error

// Handler is one link of a Policy: it may answer req itself or pass it to
// next, before or after changing it.
type Handler func(ctx context.Context, req *Request, next Check) error

// Policy is an ordered chain of handlers. A nil *Policy allows everything
// and costs nothing: it is what a runtime without a policy has.
type Policy struct {
	check Check
}

// New builds a Policy of handlers, the first one outermost.
func New(handlers ...Handler) *Policy {
	next := Check(func(context.Context, *Request) error { return nil })
	for i := len(handlers) - 1; i >= 0; i-- {
		h, n := handlers[i], next
		next = func(ctx context.Context, req *Request) error { return h(ctx, req, n) }
	}
	return &Policy{check: next}
}

// Check runs req through the chain. A nil Policy allows every request. A
// nil ctx is taken as context.Background().
func (p *Policy) Check(ctx context.Context, req *Request) error {
	if p == nil {
		return nil
	}
	if ctx == nil {
		ctx = context.Background()
	}
	return p.check(ctx, req)
}

// Handler returns p as one handler, to build a policy on another: p's
// chain answers first, and a request it allows goes on to next. A nil
// Policy's handler passes every request on.
func (p *Policy) Handler() Handler {
	return func(ctx context.Context, req *Request, next Check) error {
		if err := p.Check(ctx, req); err != nil {
			return err
		}
		return next(ctx, req)
	}
}

// Allowed is Check for one access, reporting whether it is allowed.
func (p *Policy) Allowed(ctx context.Context, scope Scope, resource, op string) bool {
	return p.Check(ctx, &Request{Scope: scope, Resource: resource, Op: op}) == nil
}

// ErrDenied is matched (errors.Is) by every *DeniedError.
var ErrDenied = errors.New("access to this API has been restricted")

// DeniedError is a refused access. The script sees node's permission
// error: message "Access to this API has been restricted", code
// ERR_ACCESS_DENIED, and the properties permission (Scope) and resource
// (Resource).
type DeniedError struct {
	Scope    Scope
	Resource string
	// Message replaces node's usual message when set (node words a
	// refused symlink differently).
	Message string
}

// Error names the scope and resource.
func (e *DeniedError) Error() string {
	if e.Message != "" {
		return "permission: " + e.Message
	}
	return "permission: " + string(e.Scope) + " access to " + quote(e.Resource) + " denied"
}

// Is makes errors.Is(err, ErrDenied) true.
func (e *DeniedError) Is(target error) bool { return target == ErrDenied }

// Deny returns the *DeniedError for req: the usual answer of a handler
// that refuses.
func Deny(req *Request) error { return &DeniedError{Scope: req.Scope, Resource: req.Resource} }

func quote(s string) string {
	if s == "" {
		return "everything"
	}
	return `"` + s + `"`
}
