package childprocess

import (
	"context"
	"io"
	"math"
	"strings"
	"sync"
	"syscall"
	"time"
	"unicode/utf8"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/internal/streamio"
	"github.com/jsproc/jsproc/runtime"
)

// syncOutput collects one output pipe of a synchronous child: the
// reader's chunks as they came (each its own), joined once at the end.
type syncOutput struct {
	chunks [][]byte
	size   int
	err    error
}

// text decodes the chunks as UTF-8, as Buffer's toString does.
func (o *syncOutput) text(vm *goja.Runtime) goja.Value {
	var sb strings.Builder
	sb.Grow(o.size)
	for _, c := range o.chunks {
		sb.Write(c)
	}
	s := sb.String()
	if !utf8.ValidString(s) {
		s, _, _ = runtime.DecodeUTF8([]byte(s), false, false)
	}
	return vm.ToValue(s)
}

// bytes joins the chunks, sharing a single one.
func (o *syncOutput) bytes() []byte {
	if len(o.chunks) == 1 {
		return o.chunks[0]
	}
	out := make([]byte, 0, o.size)
	for _, c := range o.chunks {
		out = append(out, c...)
	}
	return out
}

// spawnSync runs a child to completion on the loop goroutine, which
// blocks (no timer or I/O callback of this runtime runs meanwhile; other
// runtimes are unaffected). The spec is spawn's plus input, timeout,
// killSignal and maxBuffer. It returns {pid, status, signal, output,
// error} with output holding a Buffer per piped descriptor and error a
// negative errno.
func (s *state) spawnSync(spec *goja.Object) goja.Value {
	rt := s.rt
	vm := rt.VM()
	res := vm.NewObject()
	prep, err := parseRequest(rt, spec, true)
	if err == nil {
		var proc Process
		proc, err = Spawn(rt.Context(), rt, prep.req)
		prep.release()
		if err == nil {
			s.runSync(spec, prep.req, proc, res)
			return res
		}
		prep.abort()
	}
	res.Set("error", startError(rt, err))
	res.Set("status", goja.Null())
	res.Set("signal", goja.Null())
	res.Set("output", goja.Null())
	res.Set("pid", 0)
	return res
}

func (s *state) runSync(spec *goja.Object, req *SpawnRequest, proc Process, res *goja.Object) {
	rt := s.rt
	vm := rt.VM()
	var input []byte
	if v := spec.Get("input"); v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
		input, _ = rt.Bytes(v)
	}
	timeout := time.Duration(0)
	if v := spec.Get("timeout"); v != nil && !goja.IsUndefined(v) {
		if ms := v.ToFloat(); ms > 0 {
			timeout = time.Duration(ms * float64(time.Millisecond))
		}
	}
	killSig := syscall.SIGTERM
	if v := spec.Get("killSignal"); v != nil && !goja.IsUndefined(v) {
		killSig = syscall.Signal(v.ToInteger())
	}
	maxBuffer := math.Inf(1)
	if v := spec.Get("maxBuffer"); v != nil && !goja.IsUndefined(v) {
		maxBuffer = v.ToFloat()
	}
	// UTF-8 output is decoded here, once, rather than joined into a
	// Buffer the script then decodes.
	decode := false
	if v := spec.Get("encoding"); v != nil && !goja.IsUndefined(v) {
		switch v.String() {
		case "utf8", "utf-8":
			decode = true
		}
	}

	// The runtime's loop goroutine serves this call's readers, writer and
	// wait alone, blocked, through a private queue.
	loop := streamio.NewSerialQueue()
	outputs := make([]*syncOutput, len(req.Stdio))
	var (
		pipes   []Pipe
		readers []*streamio.Reader
	)
	for fd, sd := range req.Stdio {
		if sd.Kind != StdioPipe {
			continue
		}
		if p := proc.Pipe(fd); p != nil {
			pipes = append(pipes, p)
		}
	}
	// closePipes stops the readers and closes every pipe: a killed
	// child's pipes are closed at once, as libuv's spawn_sync does, so a
	// grandchild holding them cannot hold us. Any goroutine.
	closePipes := func() {
		for _, r := range readers {
			r.Stop()
		}
		for _, p := range pipes {
			p.Close()
		}
	}
	var (
		mu       sync.Mutex
		failure  syscall.Errno // ETIMEDOUT or ENOBUFS
		killOnce sync.Once
	)
	kill := func(reason syscall.Errno, sig syscall.Signal) {
		killOnce.Do(func() {
			mu.Lock()
			failure = reason
			mu.Unlock()
			_ = proc.Signal(sig)
			closePipes()
		})
	}
	// The sources are the wait below, the input's writer and the readers.
	sources := streamio.NewSources(loop, 1, nil)
	overflowed := false // loop: maxBuffer was crossed; later output is dropped
	for fd, sd := range req.Stdio {
		if sd.Kind != StdioPipe {
			continue
		}
		p := proc.Pipe(fd)
		if p == nil {
			continue
		}
		sources.Add(1)
		if fd == 0 {
			w := streamio.NewWriter(p, loop, sources, streamio.WriterOptions{})
			loop.Queue(func() {
				if len(input) > 0 {
					if done, err := w.Write(input, nil); done && err != nil {
						w.Stop()
						p.Close()
						return
					}
				}
				w.Shutdown(nil)
			})
			continue
		}
		out := &syncOutput{}
		outputs[fd] = out
		readers = append(readers, streamio.StartReader(p, loop, sources, streamio.ReaderOptions{Size: readSize, Ahead: readAhead},
			func(data []byte) {
				if overflowed {
					return
				}
				// As node: the read that crosses maxBuffer is kept whole.
				out.chunks = append(out.chunks, data)
				out.size += len(data)
				if float64(out.size) > maxBuffer {
					overflowed = true
					kill(syscall.ENOBUFS, killSig)
				}
			},
			func(err error) {
				if err != io.EOF && !streamio.IsClosed(err) {
					out.err = err
				}
			}))
	}
	var timer *time.Timer
	if timeout > 0 {
		timer = time.AfterFunc(timeout, func() { kill(syscall.ETIMEDOUT, killSig) })
	}
	ctx := rt.Context()
	exit := startWait(proc, func(*exitState) { sources.Done(nil) })
	waited := exit.done
	// The runtime's end kills the child; no goroutine waits for it.
	stopCancel := context.AfterFunc(ctx, func() {
		s.signalTree(proc, syscall.SIGTERM)
		select {
		case <-waited:
		case <-time.After(s.grace):
			s.signalTree(proc, syscall.SIGKILL)
		}
		closePipes()
	})
	// The loop goroutine runs this call's tasks until every source is done.
	loop.Run()
	stopCancel()
	if timer != nil {
		timer.Stop()
	}
	closePipes()
	status, werr := exit.status, exit.err

	mu.Lock()
	if failure != 0 {
		res.Set("error", -int(failure))
	}
	mu.Unlock()
	output := make([]any, len(req.Stdio))
	for fd, out := range outputs {
		if out == nil {
			output[fd] = goja.Null()
			continue
		}
		if decode {
			output[fd] = out.text(vm)
		} else {
			output[fd] = rt.WrapBytes(out.bytes())
		}
		out.chunks = nil
	}
	switch {
	case werr != nil:
		res.Set("error", startError(rt, werr))
		res.Set("status", goja.Null())
		res.Set("signal", goja.Null())
	case status.Signal != 0:
		res.Set("status", goja.Null())
		res.Set("signal", signalName(status.Signal))
	default:
		res.Set("status", status.Code)
		res.Set("signal", goja.Null())
	}
	res.Set("output", vm.NewArray(output...))
	res.Set("pid", proc.Pid())
}
