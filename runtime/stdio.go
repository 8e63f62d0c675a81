package runtime

import (
	"io"
	"os"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/internal/streamio"
	"github.com/jsproc/jsproc/internal/ttymode"
	"golang.org/x/sys/unix"
	"golang.org/x/term"
)

func (r *Runtime) stdWriter(fd int) io.Writer {
	if fd == 2 {
		return r.stderr
	}
	return r.stdout
}

func consoleBinding(r *Runtime, _ string) (goja.Value, error) {
	o := r.vm.NewObject()
	// write writes s and returns true while the script has no
	// process.stdout (fd 1) or process.stderr (fd 2) yet, so nothing can
	// have replaced its write; otherwise it writes nothing and returns
	// false, and the console writes through the stream.
	yes, no := r.vm.ToValue(true), r.vm.ToValue(false)
	o.Set("write", func(call goja.FunctionCall) goja.Value {
		fd := int(call.Argument(0).ToInteger())
		if fd > 0 && fd < len(r.stdioMade) && r.stdioMade[fd] {
			return no
		}
		_, _ = io.WriteString(r.stdWriter(fd), call.Argument(1).String())
		return yes
	})

	o.Set("isTTY", func(fd int) bool {
		f, ok := fileOf(r.stdWriter(fd))
		return ok && term.IsTerminal(int(f.Fd()))
	})
	return o, nil
}

func fileOf(v any) (*os.File, bool) {
	f, ok := v.(*os.File)
	return f, ok
}

// Stdio returns the script's standard stream for descriptor 0, 1 or 2
// (Stdin, Stdout or Stderr), or nil for any other descriptor.
func (r *Runtime) Stdio(fd int) any {
	switch fd {
	case 0:
		return r.stdin
	case 1:
		return r.stdout
	case 2:
		return r.stderr
	}
	return nil
}

func stdioBinding(r *Runtime, _ string) (goja.Value, error) {
	vm := r.vm
	o := vm.NewObject()
	// write(fd, chunk, encoding) returns null, or the error a failed
	// write gets (EPIPE when the reader is gone), which the stream emits
	// as Node does. It is the per-write path of process.stdout and
	// process.stderr, so it takes its arguments without reflection.
	o.Set("write", func(call goja.FunctionCall) goja.Value {
		err := r.writeStdio(int(call.Argument(0).ToInteger()), call.Argument(1), call.Argument(2))
		if err == nil {
			return goja.Null()
		}
		return r.stdioError(err)
	})
	// writeString is the console's write to a stream it found untouched:
	// errors are ignored, as the console's are.
	o.Set("writeString", func(call goja.FunctionCall) goja.Value {
		_, _ = io.WriteString(r.stdWriter(int(call.Argument(0).ToInteger())), call.Argument(1).String())
		return goja.Undefined()
	})
	o.Set("serveWrites", func(call goja.FunctionCall) goja.Value {
		return r.newStdWritable(call)
	})
	o.Set("standIn", func(call goja.FunctionCall) goja.Value {
		return r.newStandIn(call)
	})
	o.Set("isTTY", func(fd int) bool {
		f, ok := fileOf(r.Stdio(fd))
		return ok && term.IsTerminal(int(f.Fd()))
	})
	// kind is "pipe" for a pipe or socket, "tty", "file" or "" (not a
	// descriptor, as an embedder's buffer).
	o.Set("kind", func(fd int) string {
		f, ok := fileOf(r.Stdio(fd))
		if !ok {
			return ""
		}
		if term.IsTerminal(int(f.Fd())) {
			return "tty"
		}
		st, err := f.Stat()
		if err != nil {
			return ""
		}
		if st.Mode()&(os.ModeNamedPipe|os.ModeSocket) != 0 {
			return "pipe"
		}
		return "file"
	})
	o.Set("windowSize", func(fd int) []int {
		f, ok := fileOf(r.stdWriter(fd))
		if !ok {
			return []int{80, 24}
		}
		w, h, err := term.GetSize(int(f.Fd()))
		if err != nil {
			return []int{80, 24}
		}
		return []int{w, h}
	})
	var rawState *unix.Termios
	o.Set("setRawMode", func(on bool) {
		f, ok := fileOf(r.stdin)
		if !ok {
			return
		}
		if on && rawState == nil {
			rawState, _ = ttymode.MakeRaw(int(f.Fd()))
		} else if !on && rawState != nil {
			_ = ttymode.Restore(int(f.Fd()), rawState)
			rawState = nil
		}
	})
	r.OnClose(func() {
		if rawState != nil {
			if f, ok := fileOf(r.stdin); ok {
				_ = ttymode.Restore(int(f.Fd()), rawState)
			}
		}
	})
	o.Set("openStdin", func(cb goja.Callable) *goja.Object {
		return r.openStdin(cb)
	})
	return o, nil
}

// stdioError is the error a failed write to stdout or stderr reports.
func (r *Runtime) stdioError(err error) goja.Value {
	if _, ok := Errno(err); ok {
		return r.ErrnoException(err, "write")
	}
	return r.vm.NewGoError(err)
}

// writeStdio writes chunk (a string in encoding enc, UTF-8 when enc is
// not a string, or a Uint8Array) to the runtime's stdout or stderr.
func (r *Runtime) writeStdio(fd int, chunk, enc goja.Value) error {
	w := r.stdWriter(fd)
	if s, ok := chunk.(goja.String); ok {
		if e, ok := enc.(goja.String); ok {
			switch e.String() {
			case "", "utf8", "utf-8", "buffer":
			default:
				b, _ := r.Bytes(r.callBufferFrom(chunk, e.String()))
				_, err := w.Write(b)
				return err
			}
		}
		_, err := io.WriteString(w, s.String())
		return err
	}
	if b, ok := r.Bytes(chunk); ok {
		_, err := w.Write(b)
		return err
	}
	return nil
}

// callBufferFrom is Buffer.from(v, enc).
func (r *Runtime) callBufferFrom(v goja.Value, enc string) goja.Value {
	buf := r.RequireCore("buffer").ToObject(r.vm).Get("Buffer").ToObject(r.vm)
	from, _ := goja.AssertFunction(buf.Get("from"))
	return r.Call(from, buf, v, r.vm.ToValue(enc))
}

// openStdin starts reading the runtime's stdin; see ReadStream.
func (r *Runtime) openStdin(cb goja.Callable) *goja.Object {
	return r.ReadStream(r.stdin, cb)
}

// ReadStream starts reading src on its own goroutine (streamio's Reader)
// and returns the JS object that controls it: pause(release) stops
// reading (and with release lets the loop end meanwhile), resume, ref,
// unref, close, and divert(diverter), which hands the bytes to a Go
// consumer (a streamio.Diverter: readline splitting lines) in place of cb
// until it gives them back. Chunks reach cb(buffer) on the loop, then
// cb(null) at the end of input or cb(null, error) with Node's errno error
// for a failed read. Closing does not close src. Loop goroutine only.
func (r *Runtime) ReadStream(src io.Reader, cb goja.Callable) *goja.Object {
	q := r.loop.NewTaskQueue()
	sources := streamio.NewSources(q, 1, nil)
	undef := goja.Undefined()
	deliver := func(chunk []byte) { r.Call(cb, undef, r.WrapBytes(chunk)) }
	ended := func(err error) {
		switch {
		case err == io.EOF:
			r.Call(cb, undef, goja.Null())
		case !streamio.IsClosed(err):
			r.Call(cb, undef, goja.Null(), r.ErrnoException(err, "read"))
		}
	}
	var tap streamio.Tap
	done := false
	rd := streamio.StartReader(src, q, sources, streamio.ReaderOptions{}, func(chunk []byte) {
		if !tap.Chunk(chunk) {
			deliver(chunk)
		}
	}, func(err error) {
		done = true
		if !tap.End(err) {
			ended(err)
		}
	})
	ctl := r.vm.NewObject()
	ctl.Set("pause", func(release bool) {
		rd.Pause()
		if release {
			q.Unref()
		}
	})
	ctl.Set("resume", func() {
		rd.Resume()
		q.Ref()
	})
	ctl.Set("divert", func(call goja.FunctionCall) goja.Value {
		d, ok := call.Argument(0).Export().(streamio.Diverter)
		if !ok || done || tap.Diverted() {
			return r.vm.ToValue(false)
		}
		tap.Set(d, streamio.Source{
			Pause: rd.Pause,
			Resume: func() {
				rd.Resume()
				q.Ref()
			},
			Deliver: deliver,
			End:     ended,
		})
		return r.vm.ToValue(true)
	})
	ctl.Set("ref", q.Ref)
	ctl.Set("unref", q.Unref)
	closeFn := func() {
		rd.Stop()
		q.Close(nil)
	}
	ctl.Set("close", closeFn)
	r.OnClose(closeFn)
	return ctl
}
