package os

import (
	"unsafe"

	"github.com/jsproc/jsproc/internal/sysnames"
	"github.com/jsproc/jsproc/runtime"
)

// signalNumbers are os.constants.signals: node's list, in its order.
func signalNumbers() []namedNumber {
	var out []namedNumber
	for _, s := range sysnames.Signals() {
		out = append(out, namedNumber{s.Name, int(s.Num)})
	}
	return out
}

// errnoNames are the error codes os.constants.errno lists.
var errnoNames = []string{"E2BIG", "EACCES", "EADDRINUSE", "EADDRNOTAVAIL", "EAFNOSUPPORT", "EAGAIN", "EALREADY",
	"EBADF", "EBADMSG", "EBUSY", "ECANCELED", "ECHILD", "ECONNABORTED", "ECONNREFUSED", "ECONNRESET", "EDEADLK",
	"EDESTADDRREQ", "EDOM", "EDQUOT", "EEXIST", "EFAULT", "EFBIG", "EHOSTUNREACH", "EIDRM", "EILSEQ",
	"EINPROGRESS", "EINTR", "EINVAL", "EIO", "EISCONN", "EISDIR", "ELOOP", "EMFILE", "EMLINK", "EMSGSIZE",
	"EMULTIHOP", "ENAMETOOLONG", "ENETDOWN", "ENETRESET", "ENETUNREACH", "ENFILE", "ENOBUFS", "ENODATA",
	"ENODEV", "ENOENT", "ENOEXEC", "ENOLCK", "ENOLINK", "ENOMEM", "ENOMSG", "ENOPROTOOPT", "ENOSPC", "ENOSR",
	"ENOSTR", "ENOSYS", "ENOTCONN", "ENOTDIR", "ENOTEMPTY", "ENOTSOCK", "ENOTSUP", "ENOTTY", "ENXIO",
	"EOPNOTSUPP", "EOVERFLOW", "EPERM", "EPIPE", "EPROTO", "EPROTONOSUPPORT", "EPROTOTYPE", "ERANGE", "EROFS",
	"ESPIPE", "ESRCH", "ESTALE", "ETIME", "ETIMEDOUT", "ETXTBSY", "EWOULDBLOCK", "EXDEV"}

func errnoNumbers() []namedNumber {
	var out []namedNumber
	for _, name := range errnoNames {
		if n, ok := runtime.ErrnoByName(name); ok {
			out = append(out, namedNumber{name, int(n)})
		}
	}
	return out
}

func littleEndian() bool {
	var x uint16 = 1
	return (*[2]byte)(unsafe.Pointer(&x))[0] == 1
}
