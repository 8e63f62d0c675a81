package permission

import (
	"path/filepath"
	"strconv"
	"strings"
	"syscall"

	"golang.org/x/sys/unix"
)

// Pinned is a checked path held open, so that the call that uses it
// reaches the very object that was checked, whatever the script does to
// the file system in between. Path is what the call uses instead of the
// checked path: "/proc/self/fd/N" (the object itself) or
// "/proc/self/fd/N/name" (an entry of a directory held open).
//
// Why this way: a check on a path and a later call by path can be split by
// swapping a component for a symlink. Checked paths are resolved first
// (Resolve), so they hold no symlink at all; Pin opens them with openat2
// and RESOLVE_NO_SYMLINKS (which also refuses /proc's magic links), so if
// any component became a link since the check, the open fails with ELOOP
// instead of following it. The descriptor it returns is then named through
// /proc/self/fd, which the kernel maps to the open object without walking
// any path again, and every path call of the fs binding keeps working
// unchanged on it. RESOLVE_BENEATH under a granted root was the other
// candidate; it needs one root descriptor per grant and cannot serve an
// embedder's handler, which may allow any path, while a symlink-free
// resolution serves every policy the same way. Kernels without openat2
// (before 5.6) get the same guarantee from a walk that opens one
// component at a time with O_NOFOLLOW and refuses a link.
type Pinned struct {
	Path string
	fd   int
	name string // the entry's name in fd's directory; "" when fd is the object
}

// At returns the descriptor and name for a *at system call on the pinned
// object: (fd, "") for the object itself (with AT_EMPTY_PATH), (dir,
// name) for an entry. ok is false when nothing is pinned (no policy, or
// not Linux): the caller uses Path.
func (p *Pinned) At() (fd int, name string, ok bool) {
	if p == nil || p.fd < 0 {
		return -1, "", false
	}
	return p.fd, p.name, true
}

func unpinned(path string) *Pinned { return &Pinned{Path: path, fd: -1} }

// Close releases the descriptor. Safe to call on a nil *Pinned.
func (p *Pinned) Close() {
	if p != nil && p.fd >= 0 {
		unix.Close(p.fd)
		p.fd = -1
	}
}

// Pin opens resolved, an absolute path holding no symlink (Resolve's
// result). With entry false it pins the object itself; with entry true it
// pins the directory that holds the last component, which the call then
// names (for calls that create, remove or look at a directory entry
// without following it). A trailing slash on resolved is kept in Path.
func Pin(resolved string, entry bool) (*Pinned, error) {
	slash := ""
	if len(resolved) > 1 && strings.HasSuffix(resolved, "/") {
		slash = "/"
	}
	clean := filepath.Clean(resolved)
	if entry && clean != "/" {
		fd, err := openNoLinks(filepath.Dir(clean), unix.O_DIRECTORY)
		if err != nil {
			return nil, err
		}
		return &Pinned{Path: "/proc/self/fd/" + strconv.Itoa(fd) + "/" + filepath.Base(clean) + slash, fd: fd, name: filepath.Base(clean) + slash}, nil
	}
	fd, err := openNoLinks(clean, 0)
	if err != nil {
		return nil, err
	}
	return &Pinned{Path: "/proc/self/fd/" + strconv.Itoa(fd) + slash, fd: fd}, nil
}

// pinPlain pins abs as it is when it is clean and holds no symlink (for an
// entry: none before its last component); false sends the caller to
// resolve it first.
func pinPlain(abs string, target Target) (*Pinned, bool) {
	if !filepath.IsAbs(abs) {
		return nil, false
	}
	if c := filepath.Clean(abs); c != abs && c+"/" != abs {
		return nil, false
	}
	pin, err := Pin(abs, target != Object)
	if err != nil {
		return nil, false
	}
	if target == Create {
		// The name itself must not be a link either: one would be
		// followed.
		var st unix.Stat_t
		err := unix.Fstatat(pin.fd, strings.TrimSuffix(pin.name, "/"), &st, unix.AT_SYMLINK_NOFOLLOW)
		if err == nil && st.Mode&unix.S_IFMT == unix.S_IFLNK {
			pin.Close()
			return nil, false
		}
	}
	return pin, true
}

// openNoLinks opens path with O_PATH, failing with ELOOP if any component
// is a symlink.
func openNoLinks(path string, flags int) (int, error) {
	how := unix.OpenHow{
		Flags:   uint64(unix.O_PATH | unix.O_CLOEXEC | flags),
		Resolve: unix.RESOLVE_NO_SYMLINKS | unix.RESOLVE_NO_MAGICLINKS,
	}
	for {
		fd, err := unix.Openat2(unix.AT_FDCWD, path, &how)
		switch err {
		case nil:
			return fd, nil
		case syscall.EINTR, syscall.EAGAIN:
			continue
		case syscall.ENOSYS, syscall.EPERM:
			// No openat2 (or a seccomp filter refusing it).
			return walkNoLinks(path, flags)
		}
		return -1, err
	}
}

// walkNoLinks opens path one component at a time with O_NOFOLLOW, failing
// with ELOOP at a symlink: openat2's guarantee without openat2.
func walkNoLinks(path string, flags int) (int, error) {
	fd, err := unix.Open("/", unix.O_PATH|unix.O_CLOEXEC|unix.O_DIRECTORY, 0)
	if err != nil {
		return -1, err
	}
	parts := splitPath(path)
	for i, c := range parts {
		if c == "" {
			continue
		}
		f := unix.O_PATH | unix.O_CLOEXEC | unix.O_NOFOLLOW
		if i == len(parts)-1 {
			f |= flags
		}
		next, err := unix.Openat(fd, c, f, 0)
		unix.Close(fd)
		if err != nil {
			return -1, err
		}
		var st unix.Stat_t
		if err := unix.Fstat(next, &st); err != nil {
			unix.Close(next)
			return -1, err
		}
		if st.Mode&unix.S_IFMT == unix.S_IFLNK {
			unix.Close(next)
			return -1, syscall.ELOOP
		}
		fd = next
	}
	return fd, nil
}
