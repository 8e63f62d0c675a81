// Package tty provides Node's tty module: isatty, and the ReadStream and
// WriteStream classes for terminal descriptors, with Node's colour-depth
// rules (getColorDepth, hasColors) that colour libraries rely on.
//
// Node builds its tty streams on net.Socket; here they are stream.Readable
// and stream.Writable over the descriptor, which serves what scripts use
// (write, columns/rows, 'resize', raw mode, reading keys).
package tty

import (
	_ "embed"
	"errors"
	"io"
	"os"
	"syscall"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/internal/ttymode"
	"github.com/jsproc/jsproc/runtime"
	"golang.org/x/sys/unix"
	"golang.org/x/term"
)

//go:embed js/tty.js
var ttySource string

var modules = []runtime.Module{
	runtime.JSModule("tty", ttySource, binding),
}

// Modules returns the tty module. Its colour rules (internal/tty) belong to
// the host, which console and process.stdout share.
func Modules() []runtime.Module { return modules }

// errnoOf returns the negative errno Node reports for err, or 0.
func errnoOf(err error) int {
	if err == nil {
		return 0
	}
	var en syscall.Errno
	if errors.As(err, &en) {
		return -int(en)
	}
	return -int(syscall.EIO)
}

func binding(rt *runtime.Runtime, _ string) (goja.Value, error) {
	vm := rt.VM()
	o := vm.NewObject()
	o.Set("isatty", isTerminal(rt))
	o.Set("errname", func(errno int) string { return runtime.ErrnoName(syscall.Errno(-errno)) })
	o.Set("errmessage", func(errno int) string { return runtime.ErrnoMessage(syscall.Errno(-errno)) })
	// initTTY returns 0 when a tty stream can be made on fd, else -EINVAL,
	// as libuv decides: terminals, pipes and sockets serve; files, other
	// devices and closed descriptors do not. Descriptors 0-2 that an
	// embedder replaced with plain readers or writers serve like pipes.
	o.Set("initTTY", func(fd int) int {
		if isTerminal(rt)(fd) {
			return 0
		}
		if fd >= 0 && fd <= 2 {
			f, ok := rt.Stdio(fd).(*os.File)
			if !ok {
				return 0
			}
			fd = int(f.Fd())
		}
		var st unix.Stat_t
		if err := unix.Fstat(fd, &st); err == nil {
			switch st.Mode & unix.S_IFMT {
			case unix.S_IFIFO, unix.S_IFSOCK:
				return 0
			}
		}
		return -int(syscall.EINVAL)
	})
	o.Set("windowSize", func(fd int) goja.Value {
		w, h, err := term.GetSize(osFd(rt, fd))
		if err != nil {
			return vm.ToValue(errnoOf(err))
		}
		return vm.NewArray(w, h)
	})
	// Raw mode is libuv's (see ttymode), which keeps output processing on.
	raw := map[int]*unix.Termios{}
	o.Set("setRawMode", func(fd int, on bool) int {
		fd = osFd(rt, fd)
		if on {
			if raw[fd] != nil {
				return 0
			}
			st, err := ttymode.MakeRaw(fd)
			if err != nil {
				return errnoOf(err)
			}
			raw[fd] = st
			return 0
		}
		if st := raw[fd]; st != nil {
			delete(raw, fd)
			return errnoOf(ttymode.Restore(fd, st))
		}
		return 0
	})
	rt.OnClose(func() {
		for fd, st := range raw {
			_ = ttymode.Restore(fd, st)
		}
	})
	o.Set("write", func(fd int, chunk goja.Value) int {
		b, ok := rt.Bytes(chunk)
		if !ok {
			b = []byte(chunk.String())
		}
		return errnoOf(writeAll(writerFor(rt, fd), b))
	})
	o.Set("openReader", func(fd int, cb goja.Callable) *goja.Object { return openReader(rt, fd, cb) })
	return o, nil
}

// isTerminal reports whether fd is a terminal. Descriptors 0-2 are the
// runtime's own standard streams, which an embedder may have replaced.
func isTerminal(rt *runtime.Runtime) func(fd int) bool {
	return func(fd int) bool {
		if fd >= 0 && fd <= 2 {
			f, ok := rt.Stdio(fd).(*os.File)
			return ok && term.IsTerminal(int(f.Fd()))
		}
		return term.IsTerminal(fd)
	}
}

// osFd returns the descriptor behind fd: for 0-2 the runtime's own
// standard stream's, when it is a file.
func osFd(rt *runtime.Runtime, fd int) int {
	if fd >= 0 && fd <= 2 {
		if f, ok := rt.Stdio(fd).(*os.File); ok {
			return int(f.Fd())
		}
	}
	return fd
}

// writerFor returns where a write to fd goes: the runtime's stdout or
// stderr for 1 and 2, the descriptor itself otherwise.
func writerFor(rt *runtime.Runtime, fd int) io.Writer {
	if fd == 1 || fd == 2 {
		if w, ok := rt.Stdio(fd).(io.Writer); ok {
			return w
		}
	}
	return fdWriter(fd)
}

type fdWriter int

func (fd fdWriter) Write(b []byte) (int, error) {
	n, err := unix.Write(int(fd), b)
	if n < 0 {
		n = 0
	}
	return n, err
}

// fdReader reads a descriptor it does not own (an *os.File would close it
// when collected).
type fdReader int

func (fd fdReader) Read(b []byte) (int, error) {
	for {
		n, err := unix.Read(int(fd), b)
		if errors.Is(err, syscall.EINTR) {
			continue
		}
		if err != nil {
			return 0, err
		}
		if n == 0 {
			return 0, io.EOF
		}
		return n, nil
	}
}

func writeAll(w io.Writer, b []byte) error {
	for len(b) > 0 {
		n, err := w.Write(b)
		if err != nil {
			if errors.Is(err, syscall.EINTR) || errors.Is(err, syscall.EAGAIN) {
				continue
			}
			return err
		}
		b = b[n:]
	}
	return nil
}

// openReader starts reading fd (the runtime's stdin for 0); see
// runtime.ReadStream for the control object and callbacks.
func openReader(rt *runtime.Runtime, fd int, cb goja.Callable) *goja.Object {
	var r io.Reader = fdReader(fd)
	if fd == 0 {
		if in, ok := rt.Stdio(0).(io.Reader); ok {
			r = in
		}
	}
	return rt.ReadStream(r, cb)
}
