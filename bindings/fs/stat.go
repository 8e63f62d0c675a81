package fs

import (
	"encoding/binary"
	"math"
	"os"
	"syscall"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

// statFields is a stat result in the order the JS Stats constructor takes:
// dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, then
// seconds and nanoseconds of atime, mtime, ctime and birthtime.
type statFields [18]int64

func fromStatx(s *unix.Statx_t) statFields {
	return statFields{
		int64(unix.Mkdev(s.Dev_major, s.Dev_minor)), int64(s.Mode), int64(s.Nlink), int64(s.Uid), int64(s.Gid),
		int64(unix.Mkdev(s.Rdev_major, s.Rdev_minor)), int64(s.Blksize), int64(s.Ino), int64(s.Size), int64(s.Blocks),
		s.Atime.Sec, int64(s.Atime.Nsec), s.Mtime.Sec, int64(s.Mtime.Nsec),
		s.Ctime.Sec, int64(s.Ctime.Nsec), s.Btime.Sec, int64(s.Btime.Nsec),
	}
}

const statxMask = unix.STATX_BASIC_STATS | unix.STATX_BTIME

// statPath stats abs, following a final symlink unless lstat.
func statPath(abs string, lstat bool) (statFields, error) {
	if abs == "" {
		return statFields{}, syscall.ENOENT
	}
	flags := 0
	if lstat {
		flags = unix.AT_SYMLINK_NOFOLLOW
	}
	var s unix.Statx_t
	for {
		err := unix.Statx(unix.AT_FDCWD, abs, flags, statxMask, &s)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return statFields{}, err
		}
		return fromStatx(&s), nil
	}
}

// statAt stats a pinned object: the descriptor itself when name is "",
// else the entry name in the directory fd, not following it (a pinned
// entry is one a call acts on without following).
func statAt(fd int, name string) (statFields, error) {
	flags := unix.AT_SYMLINK_NOFOLLOW
	if name == "" {
		flags = unix.AT_EMPTY_PATH
	}
	var s unix.Statx_t
	for {
		err := unix.Statx(fd, name, flags, statxMask, &s)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return statFields{}, err
		}
		return fromStatx(&s), nil
	}
}

func statFD(fd int) (statFields, error) {
	var s unix.Statx_t
	if err := unix.Statx(fd, "", unix.AT_EMPTY_PATH, statxMask, &s); err != nil {
		return statFields{}, err
	}
	return fromStatx(&s), nil
}

// statValue returns f to JS: in the binding's shared Float64Array when
// shared (a sync call whose caller reads the values before the next stat,
// as node's statValues), else in a new Array of exact integers. Loop
// goroutine only.
func (b *binding) statValue(f statFields, shared bool) goja.Value {
	if shared {
		return b.sharedStat(f)
	}
	vals := make([]any, len(f))
	for i, v := range f {
		vals[i] = v
	}
	return b.rt.VM().NewArray(vals...)
}

// newStatArray makes the Float64Array sharedStat fills, with the
// constructor as it is when the binding is made.
func (b *binding) newStatArray() {
	vm := b.rt.VM()
	b.statBuf = make([]byte, 8*len(statFields{}))
	arr, err := vm.New(vm.Get("Float64Array"), vm.ToValue(vm.NewArrayBuffer(b.statBuf)))
	if err != nil {
		panic(err)
	}
	b.statArr = arr
}

// sharedStat fills the binding's Float64Array with f and returns it.
func (b *binding) sharedStat(f statFields) goja.Value {
	for i, v := range f {
		binary.NativeEndian.PutUint64(b.statBuf[8*i:], math.Float64bits(float64(v)))
	}
	return b.statArr
}

// statCall is stat and lstat: (path, req, shared). A sync call without a
// policy stats directly, with no closure or goroutine.
func (b *binding) statCall(call goja.FunctionCall, syscallName string, lstat bool) goja.Value {
	path := argString(call, 0)
	abs := b.resolve(path)
	req := call.Argument(1)
	_, async := goja.AssertFunction(req)
	shared := !async && argBool(call, 2)
	if !async && b.rt.Permission() == nil {
		f, err := statPath(abs, lstat)
		if err != nil {
			panic(b.jsError(err, syscallName, path))
		}
		return b.statValue(f, shared)
	}
	a := readObj
	if lstat {
		a = readEntry
	}
	return b.dispatch(req, syscallName, path, func() (result, error) {
		if p := b.rt.Permission(); p != nil && abs != "" {
			// The hot path of a policy: stat the pinned descriptor itself
			// rather than its /proc/self/fd name.
			pin, err := p.File(b.rt.Context(), syscallName, abs, a.target, a.scopes...)
			if err != nil {
				return nil, err
			}
			defer pin.Close()
			if fd, name, ok := pin.At(); ok {
				f, err := statAt(fd, name)
				if err != nil {
					return nil, err
				}
				return func() goja.Value { return b.statValue(f, shared) }, nil
			}
			abs = pin.Path
		}
		f, err := statPath(abs, lstat)
		if err != nil {
			return nil, err
		}
		return func() goja.Value { return b.statValue(f, shared) }, nil
	})
}

func (b *binding) stat(call goja.FunctionCall) goja.Value { return b.statCall(call, "stat", false) }

func (b *binding) lstat(call goja.FunctionCall) goja.Value { return b.statCall(call, "lstat", true) }

func (b *binding) fstat(call goja.FunctionCall) goja.Value {
	fd := int(argInt(call, 0))
	_, async := goja.AssertFunction(call.Argument(1))
	shared := !async && argBool(call, 2)
	return b.dispatch(call.Argument(1), "fstat", "", func() (result, error) {
		if err := b.fds.check(fd); err != nil {
			return nil, err
		}
		var f statFields
		var err error
		if fd <= 2 {
			file, ok := b.fds.stdioFile(fd)
			if !ok {
				// An in-memory stream: report a pipe.
				f[1] = unix.S_IFIFO | 0o600
				f[6] = 4096
			} else {
				f, err = statFD(int(file.Fd()))
			}
		} else {
			f, err = statFD(fd)
		}
		if err != nil {
			return nil, err
		}
		return func() goja.Value { return b.statValue(f, shared) }, nil
	})
}

// direntType maps a file mode to libuv's UV_DIRENT_* number.
func direntType(m os.FileMode) int {
	switch {
	case m.IsRegular():
		return 1
	case m.IsDir():
		return 2
	case m&os.ModeSymlink != 0:
		return 3
	case m&os.ModeNamedPipe != 0:
		return 4
	case m&os.ModeSocket != 0:
		return 5
	case m&os.ModeCharDevice != 0:
		return 6
	case m&os.ModeDevice != 0:
		return 7
	}
	return 0
}
