package runtime

import (
	"errors"
	"net"
	"os"
	"strconv"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime/permission"
)

// Permission returns the runtime's policy (Options.Permission), nil when
// every access is allowed. Safe from any goroutine.
func (r *Runtime) Permission() *permission.Policy { return r.opts.Permission }

// CheckAccess runs one request through the runtime's policy. Safe from any
// goroutine.
func (r *Runtime) CheckAccess(scope permission.Scope, resource, op string) error {
	if r.opts.Permission == nil {
		return nil
	}
	return r.opts.Permission.Check(r.ctx, &permission.Request{Scope: scope, Resource: resource, Op: op})
}

// AccessDenied returns node's permission error for err when err is (or
// wraps) a *permission.DeniedError: an Error with code ERR_ACCESS_DENIED
// and the properties permission and resource. ok is false for any other
// error. Loop goroutine only.
func (r *Runtime) AccessDenied(err error) (e *goja.Object, ok bool) {
	var d *permission.DeniedError
	if !errors.As(err, &d) {
		return nil, false
	}
	if d.Message != "" {
		e = r.NodeErrorf("Error", "ERR_ACCESS_DENIED", "%s", d.Message)
	} else {
		e = r.NodeError("Error", "ERR_ACCESS_DENIED", "Access to this API has been restricted")
	}
	e.Set("permission", string(d.Scope))
	e.Set("resource", d.Resource)
	return e, true
}

// readFileChecked reads a file the loader is about to use (a module, a
// package.json, a source line for an error report), after the policy has
// allowed reading it; the bytes come from the object that was checked.
// Safe from any goroutine.
func (r *Runtime) readFileChecked(filename, op string) ([]byte, error) {
	p := r.opts.Permission
	if p == nil {
		return os.ReadFile(filename)
	}
	pin, err := p.File(r.ctx, op, filename, permission.Object, permission.FileSystemRead)
	if err != nil {
		return nil, err
	}
	defer pin.Close()
	return os.ReadFile(pin.Path)
}

// fileError is the error a failed module read throws: node's permission
// error or its system error.
func (r *Runtime) fileError(err error, syscallName, path string) *goja.Object {
	if e, ok := r.AccessDenied(err); ok {
		return e
	}
	return r.SystemError(err, syscallName, path, "")
}

// permissionObject is process.permission: has(scope[, reference]) as node
// 20 answers it, asking the runtime's policy. Scopes: 'fs' (read and
// write), 'fs.read', 'fs.write', 'child', 'worker', and jsproc's own 'net'
// and 'env'; an unknown scope is not granted. A file reference is made
// absolute against the working directory and its symlinks resolved, as
// every file request is.
func (r *Runtime) permissionObject() *goja.Object {
	vm := r.vm
	o := vm.NewObject()
	o.Set("has", func(call goja.FunctionCall) goja.Value {
		scope, ref := call.Argument(0), call.Argument(1)
		if _, ok := scope.Export().(string); !ok {
			panic(r.jsError("invalidArgType", vm.ToValue("scope"), vm.ToValue("string"), scope))
		}
		hasRef := !goja.IsUndefined(ref) && !goja.IsNull(ref)
		reference := ""
		if hasRef {
			s, ok := ref.Export().(string)
			if _, isBuf := r.Bytes(ref); isBuf && !ok {
				// node 20 answers false for a Buffer reference.
				return vm.ToValue(false)
			}
			if !ok {
				panic(r.jsError("invalidArgType", vm.ToValue("reference"), vm.ToValue("string"), ref))
			}
			reference = s
		}
		return vm.ToValue(r.permissionHas(scope.String(), reference, hasRef))
	})
	return o
}

func (r *Runtime) permissionHas(scope, reference string, hasRef bool) bool {
	p := r.opts.Permission
	file := func(s permission.Scope) bool {
		if !hasRef {
			return p.Check(r.ctx, &permission.Request{Scope: s, Op: "has"}) == nil
		}
		return p.FileOK(r.ctx, "has", r.ResolvePath(reference), s)
	}
	other := func(s permission.Scope) bool {
		return p.Check(r.ctx, &permission.Request{Scope: s, Resource: reference, Op: "has"}) == nil
	}
	switch scope {
	case "fs":
		return file(permission.FileSystemRead) && file(permission.FileSystemWrite)
	case "fs.read":
		return file(permission.FileSystemRead)
	case "fs.write":
		return file(permission.FileSystemWrite)
	case "child":
		return other(permission.ChildProcess)
	case "worker":
		return other(permission.WorkerThreads)
	case "net":
		return other(permission.Net)
	case "env":
		return other(permission.Environment)
	}
	return false
}

// CheckNet asks the policy about a connection to, or a listener on, host
// and port ("connect" or "listen" as op). An empty host (every address)
// is named "0.0.0.0". Safe from any goroutine.
func (r *Runtime) CheckNet(op, host string, port int) error {
	if r.opts.Permission == nil {
		return nil
	}
	if host == "" {
		host = "0.0.0.0"
	}
	return r.CheckAccess(permission.Net, net.JoinHostPort(host, strconv.Itoa(port)), op)
}

// CheckSocketPath asks the policy about a Unix socket: connecting to one
// or creating one is writing to that file.
func (r *Runtime) CheckSocketPath(op, path string) error {
	p := r.opts.Permission
	if p == nil {
		return nil
	}
	pin, err := p.File(r.ctx, op, r.ResolvePath(path), permission.Entry, permission.FileSystemWrite)
	if err != nil {
		return err
	}
	pin.Close()
	return nil
}
