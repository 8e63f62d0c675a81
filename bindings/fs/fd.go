package fs

import (
	"io"
	"os"
	"sync"
	"syscall"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
	"github.com/jsproc/jsproc/runtime/permission"
	"golang.org/x/sys/unix"
)

// fdTable records the descriptors a Runtime opened. Scripts may only use
// those and 0, 1 and 2 (which stand for the Runtime's own stdin, stdout
// and stderr), never the host's other descriptors; whatever is still open
// when the run ends is closed.
type fdTable struct {
	rt   *runtime.Runtime
	mu   sync.Mutex
	open map[int]bool
	// readOnly holds, under a policy, the descriptors opened with read
	// access only, by the path they were opened as: changing such a file's
	// mode, owner or times through the descriptor needs the write access
	// the open was not granted.
	readOnly map[int]string
}

func newFDTable(rt *runtime.Runtime) *fdTable {
	return &fdTable{rt: rt, open: map[int]bool{}}
}

func (t *fdTable) add(fd int) {
	t.mu.Lock()
	t.open[fd] = true
	t.mu.Unlock()
}

// check reports EBADF for a descriptor this Runtime does not own.
func (t *fdTable) check(fd int) error {
	if fd >= 0 && fd <= 2 {
		return nil
	}
	t.mu.Lock()
	ok := t.open[fd]
	t.mu.Unlock()
	if !ok {
		return syscall.EBADF
	}
	return nil
}

// remove forgets fd, reporting whether it was open.
func (t *fdTable) remove(fd int) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	if !t.open[fd] {
		return false
	}
	delete(t.open, fd)
	delete(t.readOnly, fd)
	return true
}

func (t *fdTable) closeAll() {
	t.mu.Lock()
	defer t.mu.Unlock()
	for fd := range t.open {
		_ = unix.Close(fd)
	}
	t.open = map[int]bool{}
	t.readOnly = nil
}

// markReadOnly records that fd, opened as path, was granted reading only.
func (t *fdTable) markReadOnly(fd int, path string) {
	t.mu.Lock()
	if t.readOnly == nil {
		t.readOnly = map[int]string{}
	}
	t.readOnly[fd] = path
	t.mu.Unlock()
}

// checkWrite refuses a change to the file behind a descriptor opened for
// reading only under a policy.
func (t *fdTable) checkWrite(fd int) error {
	t.mu.Lock()
	path, ro := t.readOnly[fd]
	t.mu.Unlock()
	if !ro {
		return nil
	}
	if err := t.rt.CheckAccess(permission.FileSystemWrite, path, "fd"); err != nil {
		return err
	}
	return nil
}

// stdioFile returns the *os.File behind stdio descriptor fd, if any.
func (t *fdTable) stdioFile(fd int) (*os.File, bool) {
	f, ok := t.rt.Stdio(fd).(*os.File)
	return f, ok
}

// readFD reads into p at pos (-1: the current offset).
func (t *fdTable) readFD(fd int, p []byte, pos int64) (int, error) {
	if err := t.check(fd); err != nil {
		return 0, err
	}
	if fd == 0 {
		n, err := t.rt.Stdin().Read(p)
		if err == io.EOF {
			err = nil
		}
		return n, err
	}
	if fd <= 2 {
		return 0, syscall.EBADF
	}
	for {
		var n int
		var err error
		if pos < 0 {
			n, err = unix.Read(fd, p)
		} else {
			n, err = unix.Pread(fd, p, pos)
		}
		if err == syscall.EINTR {
			continue
		}
		if n < 0 {
			n = 0
		}
		return n, err
	}
}

// writeFD writes p at pos (-1: the current offset).
func (t *fdTable) writeFD(fd int, p []byte, pos int64) (int, error) {
	if err := t.check(fd); err != nil {
		return 0, err
	}
	switch fd {
	case 0:
		return 0, syscall.EBADF
	case 1:
		return t.rt.Stdout().Write(p)
	case 2:
		return t.rt.Stderr().Write(p)
	}
	for {
		var n int
		var err error
		if pos < 0 {
			n, err = unix.Write(fd, p)
		} else {
			n, err = unix.Pwrite(fd, p, pos)
		}
		if err == syscall.EINTR {
			continue
		}
		if n < 0 {
			n = 0
		}
		return n, err
	}
}

// writeAll writes all of p, advancing pos when it is not -1.
func (t *fdTable) writeAll(fd int, p []byte, pos int64) error {
	for len(p) > 0 {
		n, err := t.writeFD(fd, p, pos)
		if err != nil {
			return err
		}
		if n == 0 {
			return io.ErrShortWrite
		}
		p = p[n:]
		if pos >= 0 {
			pos += int64(n)
		}
	}
	return nil
}

// readAll reads fd to its end from pos (-1: the current offset), using
// sizeHint to size the buffer.
func (t *fdTable) readAll(fd int, sizeHint int64, pos int64) ([]byte, error) {
	n := sizeHint + 1
	if n < 512 {
		n = 512
	}
	buf := make([]byte, 0, n)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		m, err := t.readFD(fd, buf[len(buf):cap(buf)], pos)
		if err != nil {
			return nil, err
		}
		if m == 0 {
			return buf, nil
		}
		buf = buf[:len(buf)+m]
		if pos >= 0 {
			pos += int64(m)
		}
	}
}

func (b *binding) open(call goja.FunctionCall) goja.Value {
	path := argString(call, 0)
	flags := int(argInt(call, 1))
	mode := uint32(argInt(call, 2))
	abs := b.resolve(path)
	return b.dispatch(call.Argument(3), "open", path, func() (result, error) {
		fd, err := b.openUse("open", abs, flags, mode)
		if err != nil {
			return nil, err
		}
		b.fds.add(fd)
		if b.rt.Permission() != nil && !hasScope(openAccess(flags), permission.FileSystemWrite) {
			if r, err := permission.Resolve(abs); err == nil {
				b.fds.markReadOnly(fd, r)
			}
		}
		return func() goja.Value { return b.rt.VM().ToValue(fd) }, nil
	})
}

// openFile opens abs with Node's flags, retrying on EINTR.
func openFile(abs string, flags int, mode uint32) (int, error) {
	if abs == "" {
		return -1, syscall.ENOENT
	}
	for {
		fd, err := unix.Open(abs, flags|unix.O_CLOEXEC, mode)
		if err == syscall.EINTR {
			continue
		}
		return fd, err
	}
}

func (b *binding) close(call goja.FunctionCall) goja.Value {
	fd := int(argInt(call, 0))
	return b.dispatch(call.Argument(1), "close", "", func() (result, error) {
		if fd >= 0 && fd <= 2 {
			return nil, nil
		}
		if !b.fds.remove(fd) {
			return nil, syscall.EBADF
		}
		return nil, unix.Close(fd)
	})
}

// read(fd, buffer, offset, length, position, req) → bytesRead.
func (b *binding) read(call goja.FunctionCall) goja.Value {
	fd := int(argInt(call, 0))
	buf, _ := b.rt.Bytes(call.Argument(1))
	off, length := argInt(call, 2), argInt(call, 3)
	pos := argInt(call, 4)
	p := buf[off : off+length]
	return b.dispatch(call.Argument(5), "read", "", func() (result, error) {
		n, err := b.fds.readFD(fd, p, pos)
		if err != nil {
			return nil, err
		}
		return func() goja.Value { return b.rt.VM().ToValue(n) }, nil
	})
}

// readChunk(fd, size, position, req) → a new Buffer of what one read gave
// (empty at end of file). Read streams use it: no JS-side allocation.
func (b *binding) readChunk(call goja.FunctionCall) goja.Value {
	fd := int(argInt(call, 0))
	size := argInt(call, 1)
	pos := argInt(call, 2)
	return b.dispatch(call.Argument(3), "read", "", func() (result, error) {
		p := make([]byte, size)
		n, err := b.fds.readFD(fd, p, pos)
		if err != nil {
			return nil, err
		}
		return func() goja.Value { return b.rt.WrapBytes(p[:n:n]) }, nil
	})
}

// write(fd, buffer, offset, length, position, req) → bytesWritten. Writes
// to stdout and stderr happen at once, on the loop, so they stay ordered
// with console output.
func (b *binding) write(call goja.FunctionCall) goja.Value {
	fd := int(argInt(call, 0))
	buf, _ := b.rt.Bytes(call.Argument(1))
	off, length := argInt(call, 2), argInt(call, 3)
	pos := argInt(call, 4)
	p := buf[off : off+length]
	req := call.Argument(5)
	if fd == 1 || fd == 2 {
		n, err := b.fds.writeFD(fd, p, pos)
		return b.dispatch(req, "write", "", func() (result, error) {
			if err != nil {
				return nil, err
			}
			return func() goja.Value { return b.rt.VM().ToValue(n) }, nil
		})
	}
	return b.dispatch(req, "write", "", func() (result, error) {
		n, err := b.fds.writeFD(fd, p, pos)
		if err != nil {
			return nil, err
		}
		return func() goja.Value { return b.rt.VM().ToValue(n) }, nil
	})
}

// fdCall runs a descriptor call that returns nothing.
func (b *binding) fdCall(call goja.FunctionCall, reqIndex int, syscallName string, fn func(fd int) error) goja.Value {
	fd := int(argInt(call, 0))
	return b.dispatch(call.Argument(reqIndex), syscallName, "", func() (result, error) {
		if err := b.fds.check(fd); err != nil {
			return nil, err
		}
		if fd <= 2 {
			if f, ok := b.fds.stdioFile(fd); ok {
				return nil, fn(int(f.Fd()))
			}
			return nil, nil
		}
		return nil, fn(fd)
	})
}

func (b *binding) fsync(call goja.FunctionCall) goja.Value {
	return b.fdCall(call, 1, "fsync", unix.Fsync)
}

func (b *binding) fdatasync(call goja.FunctionCall) goja.Value {
	return b.fdCall(call, 1, "fdatasync", unix.Fdatasync)
}

func (b *binding) ftruncate(call goja.FunctionCall) goja.Value {
	n := argInt(call, 1)
	return b.fdCall(call, 2, "ftruncate", func(fd int) error { return unix.Ftruncate(fd, n) })
}

func (b *binding) fchmod(call goja.FunctionCall) goja.Value {
	mode := uint32(argInt(call, 1))
	return b.fdCall(call, 2, "fchmod", func(fd int) error {
		if err := b.fds.checkWrite(fd); err != nil {
			return err
		}
		return unix.Fchmod(fd, mode)
	})
}

func (b *binding) fchown(call goja.FunctionCall) goja.Value {
	uid, gid := int(argInt(call, 1)), int(argInt(call, 2))
	return b.fdCall(call, 3, "fchown", func(fd int) error {
		if err := b.fds.checkWrite(fd); err != nil {
			return err
		}
		return unix.Fchown(fd, uid, gid)
	})
}

func (b *binding) futimes(call goja.FunctionCall) goja.Value {
	ts := timespecs(argFloat(call, 1), argFloat(call, 2))
	tv := []unix.Timeval{unix.NsecToTimeval(unix.TimespecToNsec(ts[0])), unix.NsecToTimeval(unix.TimespecToNsec(ts[1]))}
	return b.fdCall(call, 3, "futime", func(fd int) error {
		if err := b.fds.checkWrite(fd); err != nil {
			return err
		}
		return unix.Futimes(fd, tv)
	})
}
