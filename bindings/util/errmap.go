package util

import (
	"github.com/jsproc/jsproc/runtime"
)

// uvError is one of libuv's error codes as util.getSystemErrorMap lists
// them: errno-backed codes carry code 0 and take the platform's errno
// (negated); libuv's own codes carry their fixed number.
type uvError struct {
	name string
	code int
	msg  string
}

// uvErrors is libuv's error table (name and uv_strerror text).
var uvErrors = []uvError{
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

// systemErrors returns libuv's errors keyed by their negative code on this
// platform, omitting errno names the platform lacks.
func systemErrors() map[int]uvError {
	out := make(map[int]uvError, len(uvErrors))
	for _, e := range uvErrors {
		code := e.code
		if code == 0 {
			n, ok := runtime.ErrnoByName(e.name)
			if !ok {
				continue
			}
			code = -int(n)
		}
		e.code = code
		out[code] = e
	}
	return out
}
