package childprocess

import (
	"io"
	"math"
	"sync"
	"syscall"
	"time"

	"github.com/dop251/goja"
)

// syncOutput collects one output pipe of a synchronous child.
type syncOutput struct {
	data []byte
	err  error
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

	var wg sync.WaitGroup
	outputs := make([]*syncOutput, len(req.Stdio))
	var pipes []Pipe
	closePipes := func() {
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
			// As libuv's spawn_sync: a killed child's pipes are closed at
			// once, so a grandchild holding them cannot hold us.
			closePipes()
		})
	}
	fds := []int{}
	for fd, sd := range req.Stdio {
		if sd.Kind != StdioPipe {
			continue
		}
		if p := proc.Pipe(fd); p != nil {
			pipes = append(pipes, p)
			fds = append(fds, fd)
		}
	}
	for i, fd := range fds {
		p := pipes[i]
		if fd == 0 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if len(input) > 0 {
					_, _ = p.Write(input)
				}
				p.Close()
			}()
			continue
		}
		out := &syncOutput{}
		outputs[fd] = out
		wg.Add(1)
		go func() {
			defer wg.Done()
			buf := make([]byte, readSize)
			for {
				n, err := p.Read(buf)
				if n > 0 {
					// As node: the read that crosses maxBuffer is kept whole.
					out.data = append(out.data, buf[:n]...)
					if float64(len(out.data)) > maxBuffer {
						kill(syscall.ENOBUFS, killSig)
					}
				}
				if err != nil {
					if err != io.EOF {
						out.err = err
					}
					return
				}
			}
		}()
	}
	var timer *time.Timer
	if timeout > 0 {
		timer = time.AfterFunc(timeout, func() { kill(syscall.ETIMEDOUT, killSig) })
	}
	ctx := rt.Context()
	waited := make(chan struct{})
	stopCancel := make(chan struct{})
	go func() {
		select {
		case <-ctx.Done():
			s.signalTree(proc, syscall.SIGTERM)
			select {
			case <-waited:
			case <-time.After(s.grace):
				s.signalTree(proc, syscall.SIGKILL)
			}
			closePipes()
		case <-stopCancel:
		}
	}()
	status, werr := proc.Wait()
	close(waited)
	wg.Wait()
	close(stopCancel)
	if timer != nil {
		timer.Stop()
	}
	closePipes()

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
		output[fd] = rt.WrapBytes(out.data)
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
