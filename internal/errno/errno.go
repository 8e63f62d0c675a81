// Package errno is jsproc's one table of system errors as node reports
// them: libuv's error map (the names of uv_err_name and the messages of
// uv_strerror) on this platform's errno numbers. The runtime's system
// errors, util.getSystemErrorMap, os.constants.errno and every binding
// that names an errno take their names and messages from here.
package errno

import (
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"sync"
	"syscall"

	"golang.org/x/sys/unix"
)

// Error is one entry of libuv's error map: its name, its code as node
// reports it (a negated errno, or libuv's own negative number for the
// errors that are not errnos, such as EOF and EAI_*), and its message.
type Error struct {
	Name    string
	Code    int
	Message string
}

// uvEntry is a row of uvTable: errno-backed names carry code 0 and take
// the platform's number.
type uvEntry struct {
	name string
	code int
	msg  string
}

// uvTable is libuv's error table (uv-errno.h order, name and uv_strerror
// text).
var uvTable = []uvEntry{
	{"EOF", -4095, "end of file"},
	{"UNKNOWN", -4094, "unknown error"},
	{"ECHARSET", -4080, "invalid Unicode character"},
	{"EFTYPE", -4028, "inappropriate file type or format"},
	{"EAI_PROTOCOL", -3014, "resolved protocol is unknown"},
	{"EAI_BADHINTS", -3013, "invalid value for hints"},
	{"EAI_SOCKTYPE", -3011, "socket type not supported"},
	{"EAI_SERVICE", -3010, "service not available for socket type"},
	{"EAI_OVERFLOW", -3009, "argument buffer overflow"},
	{"EAI_NONAME", -3008, "unknown node or service"},
	{"EAI_NODATA", -3007, "no address"},
	{"EAI_MEMORY", -3006, "out of memory"},
	{"EAI_FAMILY", -3005, "ai_family not supported"},
	{"EAI_FAIL", -3004, "permanent failure"},
	{"EAI_CANCELED", -3003, "request canceled"},
	{"EAI_BADFLAGS", -3002, "bad ai_flags value"},
	{"EAI_AGAIN", -3001, "temporary failure"},
	{"EAI_ADDRFAMILY", -3000, "address family not supported"},
	{"ECANCELED", 0, "operation canceled"},
	{"EREMOTEIO", 0, "remote I/O error"},
	{"EALREADY", 0, "connection already in progress"},
	{"EHOSTUNREACH", 0, "host is unreachable"},
	{"EHOSTDOWN", 0, "host is down"},
	{"ECONNREFUSED", 0, "connection refused"},
	{"ETIMEDOUT", 0, "connection timed out"},
	{"ESHUTDOWN", 0, "cannot send after transport endpoint shutdown"},
	{"ENOTCONN", 0, "socket is not connected"},
	{"EISCONN", 0, "socket is already connected"},
	{"ENOBUFS", 0, "no buffer space available"},
	{"ECONNRESET", 0, "connection reset by peer"},
	{"ECONNABORTED", 0, "software caused connection abort"},
	{"ENETUNREACH", 0, "network is unreachable"},
	{"ENETDOWN", 0, "network is down"},
	{"EADDRNOTAVAIL", 0, "address not available"},
	{"EADDRINUSE", 0, "address already in use"},
	{"EAFNOSUPPORT", 0, "address family not supported"},
	{"ENOTSUP", 0, "operation not supported on socket"},
	{"ESOCKTNOSUPPORT", 0, "socket type not supported"},
	{"EPROTONOSUPPORT", 0, "protocol not supported"},
	{"ENOPROTOOPT", 0, "protocol not available"},
	{"EPROTOTYPE", 0, "protocol wrong type for socket"},
	{"EMSGSIZE", 0, "message too long"},
	{"EDESTADDRREQ", 0, "destination address required"},
	{"ENOTSOCK", 0, "socket operation on non-socket"},
	{"EILSEQ", 0, "illegal byte sequence"},
	{"EOVERFLOW", 0, "value too large for defined data type"},
	{"EPROTO", 0, "protocol error"},
	{"ENONET", 0, "machine is not on the network"},
	{"ENODATA", 0, "no data available"},
	{"EUNATCH", 0, "protocol driver not attached"},
	{"ELOOP", 0, "too many symbolic links encountered"},
	{"ENOTEMPTY", 0, "directory not empty"},
	{"ENOSYS", 0, "function not implemented"},
	{"ENAMETOOLONG", 0, "name too long"},
	{"ERANGE", 0, "result too large"},
	{"EPIPE", 0, "broken pipe"},
	{"EMLINK", 0, "too many links"},
	{"EROFS", 0, "read-only file system"},
	{"ESPIPE", 0, "invalid seek"},
	{"ENOSPC", 0, "no space left on device"},
	{"EFBIG", 0, "file too large"},
	{"ETXTBSY", 0, "text file is busy"},
	{"ENOTTY", 0, "inappropriate ioctl for device"},
	{"EMFILE", 0, "too many open files"},
	{"ENFILE", 0, "file table overflow"},
	{"EINVAL", 0, "invalid argument"},
	{"EISDIR", 0, "illegal operation on a directory"},
	{"ENOTDIR", 0, "not a directory"},
	{"ENODEV", 0, "no such device"},
	{"EXDEV", 0, "cross-device link not permitted"},
	{"EEXIST", 0, "file already exists"},
	{"EBUSY", 0, "resource busy or locked"},
	{"EFAULT", 0, "bad address in system call argument"},
	{"EACCES", 0, "permission denied"},
	{"ENOMEM", 0, "not enough memory"},
	{"EAGAIN", 0, "resource temporarily unavailable"},
	{"EBADF", 0, "bad file descriptor"},
	{"E2BIG", 0, "argument list too long"},
	{"ENXIO", 0, "no such device or address"},
	{"EIO", 0, "i/o error"},
	{"EINTR", 0, "interrupted system call"},
	{"ESRCH", 0, "no such process"},
	{"ENOENT", 0, "no such file or directory"},
	{"EPERM", 0, "operation not permitted"},
}

// tables are uvTable and constantNames on this platform, built on first
// use rather than at start-up.
type tables struct {
	uvMap     []Error                 // uvTable on this platform
	byNumber  map[syscall.Errno]Error // errno-backed entries
	byName    map[string]syscall.Errno
	constants []Constant // constantNames on this platform
}

var platform = sync.OnceValue(func() *tables {
	t := &tables{byNumber: map[syscall.Errno]Error{}, byName: map[string]syscall.Errno{}}
	byName := t.byName
	for n := syscall.Errno(1); n < 256; n++ {
		if name := unix.ErrnoName(n); name != "" {
			if _, dup := byName[name]; !dup {
				byName[name] = n
			}
		}
	}
	// Names the system table lists under another name of the same number.
	for name, n := range map[string]syscall.Errno{
		"EAGAIN": unix.EAGAIN, "EWOULDBLOCK": unix.EWOULDBLOCK, "ENOTSUP": unix.ENOTSUP,
		"EOPNOTSUPP": unix.EOPNOTSUPP, "EDEADLK": unix.EDEADLK,
	} {
		if _, ok := byName[name]; !ok {
			byName[name] = n
		}
	}
	for _, e := range uvTable {
		code := e.code
		if code == 0 {
			n, ok := byName[e.name]
			if !ok {
				continue
			}
			code = -int(n)
			t.byNumber[n] = Error{e.name, code, e.msg}
		}
		t.uvMap = append(t.uvMap, Error{e.name, code, e.msg})
	}
	for _, name := range constantNames {
		if n, ok := byName[name]; ok {
			t.constants = append(t.constants, Constant{name, n})
		}
	}
	return t
})

// constantNames are the errno names os.constants.errno lists, in node's
// order.
var constantNames = []string{"E2BIG", "EACCES", "EADDRINUSE", "EADDRNOTAVAIL", "EAFNOSUPPORT", "EAGAIN", "EALREADY",
	"EBADF", "EBADMSG", "EBUSY", "ECANCELED", "ECHILD", "ECONNABORTED", "ECONNREFUSED", "ECONNRESET", "EDEADLK",
	"EDESTADDRREQ", "EDOM", "EDQUOT", "EEXIST", "EFAULT", "EFBIG", "EHOSTUNREACH", "EIDRM", "EILSEQ",
	"EINPROGRESS", "EINTR", "EINVAL", "EIO", "EISCONN", "EISDIR", "ELOOP", "EMFILE", "EMLINK", "EMSGSIZE",
	"EMULTIHOP", "ENAMETOOLONG", "ENETDOWN", "ENETRESET", "ENETUNREACH", "ENFILE", "ENOBUFS", "ENODATA",
	"ENODEV", "ENOENT", "ENOEXEC", "ENOLCK", "ENOLINK", "ENOMEM", "ENOMSG", "ENOPROTOOPT", "ENOSPC", "ENOSR",
	"ENOSTR", "ENOSYS", "ENOTCONN", "ENOTDIR", "ENOTEMPTY", "ENOTSOCK", "ENOTSUP", "ENOTTY", "ENXIO",
	"EOPNOTSUPP", "EOVERFLOW", "EPERM", "EPIPE", "EPROTO", "EPROTONOSUPPORT", "EPROTOTYPE", "ERANGE", "EROFS",
	"ESPIPE", "ESRCH", "ESTALE", "ETIME", "ETIMEDOUT", "ETXTBSY", "EWOULDBLOCK", "EXDEV"}

// Constant is an errno name and its number on this platform.
type Constant struct {
	Name string
	Num  syscall.Errno
}

// Constants returns os.constants.errno: node's names, in its order, with
// this platform's numbers (names it lacks left out). The caller must not
// change the slice.
func Constants() []Constant { return platform().constants }

// Map returns libuv's error map on this platform, in libuv's order, as
// util.getSystemErrorMap lists it (names the platform lacks left out).
// The caller must not change the slice.
func Map() []Error { return platform().uvMap }

// Name returns the name node gives errno: libuv's name ("ENOTSUP" for
// EOPNOTSUPP's number on Linux), else the system's, else "UNKNOWN".
func Name(n syscall.Errno) string {
	if e, ok := platform().byNumber[n]; ok {
		return e.Name
	}
	if name := unix.ErrnoName(n); name != "" {
		return name
	}
	return "UNKNOWN"
}

// Message returns libuv's description of errno, else the system's.
func Message(n syscall.Errno) string {
	if e, ok := platform().byNumber[n]; ok {
		return e.Message
	}
	return n.Error()
}

// ByName returns the errno a name ("ENOENT", "EWOULDBLOCK") stands for on
// this platform. Names that share a number all resolve.
func ByName(name string) (syscall.Errno, bool) {
	n, ok := platform().byName[name]
	return n, ok
}

// Of extracts the errno from err, mapping Go's own errors
// (exec.ErrNotFound, fs.ErrNotExist, ...) to the errno node reports.
func Of(err error) (syscall.Errno, bool) {
	var n syscall.Errno
	if errors.As(err, &n) {
		return n, true
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
