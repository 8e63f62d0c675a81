package runtime

import (
	"syscall"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/internal/errno"
)

// Errno extracts the system error number from err, mapping Go's own
// errors (exec.ErrNotFound, fs.ErrNotExist, ...) to the errno Node reports.
func Errno(err error) (syscall.Errno, bool) { return errno.Of(err) }

// ErrnoName returns the name Node gives errno ("ENOENT").
func ErrnoName(n syscall.Errno) string { return errno.Name(n) }

// ErrnoMessage returns libuv's description of errno.
func ErrnoMessage(n syscall.Errno) string { return errno.Message(n) }

// SystemError builds Node's error for a failed file-system call:
// "ENOENT: no such file or directory, open 'x'" with errno (negative, as
// libuv's), code, syscall and path (and dest when given).
func (r *Runtime) SystemError(err error, syscallName, path, dest string) *goja.Object {
	n, ok := Errno(err)
	if !ok {
		return r.vm.NewGoError(err)
	}
	code := ErrnoName(n)
	msg := code + ": " + ErrnoMessage(n) + ", " + syscallName
	if path != "" {
		msg += " '" + path + "'"
	}
	if dest != "" {
		msg += " -> '" + dest + "'"
	}
	e := r.NodeError("Error", "", msg)
	e.Set("errno", -int(n))
	e.Set("code", code)
	e.Set("syscall", syscallName)
	if path != "" {
		e.Set("path", path)
	}
	if dest != "" {
		e.Set("dest", dest)
	}
	return e
}

// ErrnoException builds Node's error for a failed process or socket call:
// message "<syscall> <CODE>" (for example "spawn ls ENOENT", "kill ESRCH"),
// with errno, code and syscall.
func (r *Runtime) ErrnoException(err error, syscallName string) *goja.Object {
	n, ok := Errno(err)
	if !ok {
		return r.vm.NewGoError(err)
	}
	code := ErrnoName(n)
	e := r.NodeError("Error", "", syscallName+" "+code)
	e.Set("errno", -int(n))
	e.Set("code", code)
	e.Set("syscall", syscallName)
	return e
}

// ErrnoByName returns the errno a symbolic name ("ENOENT", "EAGAIN",
// "EWOULDBLOCK") stands for on this platform. Names that share a number
// (EAGAIN and EWOULDBLOCK) all resolve.
func ErrnoByName(name string) (syscall.Errno, bool) { return errno.ByName(name) }
