package runtime

import (
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"sync"
	"syscall"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

// uvMessages are libuv's descriptions where they differ from strerror's.
var uvMessages = map[syscall.Errno]string{
	syscall.EEXIST:       "file already exists",
	syscall.ENOTEMPTY:    "directory not empty",
	syscall.EPIPE:        "broken pipe",
	syscall.EBADF:        "bad file descriptor",
	syscall.EISDIR:       "illegal operation on a directory",
	syscall.ENAMETOOLONG: "name too long",
	syscall.ELOOP:        "too many symbolic links encountered",
	syscall.EAGAIN:       "resource temporarily unavailable",
	syscall.ENOTCONN:     "socket is not connected",
	syscall.ECONNRESET:   "connection reset by peer",
	syscall.ECONNREFUSED: "connection refused",
	syscall.EXDEV:        "cross-device link not permitted",
	syscall.ETIMEDOUT:    "connection timed out",
	syscall.ENOSYS:       "function not implemented",
	syscall.EMFILE:       "too many open files",
	syscall.ESRCH:        "no such process",
	syscall.EINVAL:       "invalid argument",
	syscall.EPERM:        "operation not permitted",
	syscall.ENOEXEC:      "exec format error",
	syscall.E2BIG:        "argument list too long",
	syscall.ETXTBSY:      "text file is busy",
	syscall.EROFS:        "read-only file system",
	syscall.ENOSPC:       "no space left on device",
	syscall.ENOTDIR:      "not a directory",
	syscall.EACCES:       "permission denied",
	syscall.ENOENT:       "no such file or directory",
	syscall.EIO:          "i/o error",
}

// Errno extracts the system error number from err, mapping Go's own
// errors (exec.ErrNotFound, fs.ErrNotExist, ...) to the errno Node reports.
func Errno(err error) (syscall.Errno, bool) {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return errno, true
	}
	switch {
	case errors.Is(err, exec.ErrNotFound), errors.Is(err, fs.ErrNotExist):
		return syscall.ENOENT, true
	case errors.Is(err, fs.ErrPermission):
		return syscall.EACCES, true
	case errors.Is(err, fs.ErrExist):
		return syscall.EEXIST, true
	case errors.Is(err, os.ErrClosed):
		return syscall.EBADF, true
	}
	return 0, false
}

// ErrnoName returns the symbolic name of errno ("ENOENT").
func ErrnoName(errno syscall.Errno) string {
	if n := unix.ErrnoName(errno); n != "" {
		return n
	}
	return "UNKNOWN"
}

// ErrnoMessage returns libuv's description of errno.
func ErrnoMessage(errno syscall.Errno) string {
	if m, ok := uvMessages[errno]; ok {
		return m
	}
	return errno.Error()
}

// SystemError builds Node's error for a failed file-system call:
// "ENOENT: no such file or directory, open 'x'" with errno (negative, as
// libuv's), code, syscall and path (and dest when given).
func (r *Runtime) SystemError(err error, syscallName, path, dest string) *goja.Object {
	errno, ok := Errno(err)
	if !ok {
		return r.vm.NewGoError(err)
	}
	code := ErrnoName(errno)
	msg := code + ": " + ErrnoMessage(errno) + ", " + syscallName
	if path != "" {
		msg += " '" + path + "'"
	}
	if dest != "" {
		msg += " -> '" + dest + "'"
	}
	e := r.NodeError("Error", "", msg)
	e.Set("errno", -int(errno))
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
	errno, ok := Errno(err)
	if !ok {
		return r.vm.NewGoError(err)
	}
	code := ErrnoName(errno)
	e := r.NodeError("Error", "", syscallName+" "+code)
	e.Set("errno", -int(errno))
	e.Set("code", code)
	e.Set("syscall", syscallName)
	return e
}

var (
	errnoNamesOnce sync.Once
	errnoByName    map[string]syscall.Errno
)

// ErrnoByName returns the errno a symbolic name ("ENOENT", "EAGAIN",
// "EWOULDBLOCK") stands for on this platform. Names that share a number
// (EAGAIN and EWOULDBLOCK) all resolve.
func ErrnoByName(name string) (syscall.Errno, bool) {
	errnoNamesOnce.Do(func() {
		errnoByName = map[string]syscall.Errno{}
		for e := syscall.Errno(1); e < 256; e++ {
			if n := unix.ErrnoName(e); n != "" {
				if _, dup := errnoByName[n]; !dup {
					errnoByName[n] = e
				}
			}
		}
		for n, e := range map[string]syscall.Errno{
			"EAGAIN": unix.EAGAIN, "EWOULDBLOCK": unix.EWOULDBLOCK, "ENOTSUP": unix.ENOTSUP,
			"EOPNOTSUPP": unix.EOPNOTSUPP, "EDEADLK": unix.EDEADLK,
		} {
			if _, ok := errnoByName[n]; !ok {
				errnoByName[n] = e
			}
		}
	})
	e, ok := errnoByName[name]
	return e, ok
}
