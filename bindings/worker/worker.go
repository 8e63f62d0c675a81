package worker

import (
	"context"
	"errors"
	"io"
	"math"
	"sync"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
	"github.com/jsproc/jsproc/runtime/permission"
)

// linkKey is the Options.Values key under which a worker's runtime finds
// its link to the thread that started it.
type linkKey struct{}

// workerLink is what a worker's runtime is given by its parent.
type workerLink struct {
	group    *group
	threadID int64
	name     string
	port     *port    // the worker's end of the parentPort channel
	data     *message // workerData and the ports transferred with it
	envData  *message // the parent's environment data, as a Map
	limits   map[string]float64
	st       *state // the worker runtime's binding state, made by setup
	errVal   any    // the last uncaught error, serialized (worker goroutine)
}

// workerRun is a running worker as its parent sees it.
type workerRun struct {
	st        *state // the parent's
	link      *workerLink
	ctl       *runtime.TaskQueue // online, stdio, error and exit, in order
	ctx       context.Context
	cancel    context.CancelFunc
	opts      runtime.Options
	eval      bool
	src, file string
	stdin     *bufPipe
	callbacks *goja.Object
	exited    bool // loop
}

func (st *state) startWorker(spec *goja.Object) goja.Value {
	vm := st.rt.VM()
	w := &workerRun{st: st, callbacks: spec.Get("callbacks").(*goja.Object)}
	w.eval = spec.Get("eval").ToBoolean()
	w.src = spec.Get("src").String()
	w.file = spec.Get("filename").String()
	st.checkStart(w.file)
	data := st.send(spec.Get("workerData"), spec.Get("transferList"), nil)
	envData := st.send(spec.Get("environmentData"), nil, nil)
	a, b := newChannel()
	w.link = &workerLink{group: st.group, threadID: st.group.newThreadID(), port: b,
		data: data, envData: envData, name: spec.Get("name").String(), limits: map[string]float64{}}
	if lim, ok := spec.Get("resourceLimits").(*goja.Object); ok {
		for _, k := range lim.Keys() {
			w.link.limits[k] = lim.Get(k).ToFloat()
		}
	}

	opts := st.rt.Options()
	opts.Args = exportStrings(spec.Get("argv"))
	if e := spec.Get("env"); e != nil && !goja.IsNull(e) && !goja.IsUndefined(e) {
		opts.Env = exportStrings(e)
	} else {
		opts.Env = st.rt.Environ()
	}
	if p := opts.Permission; p != nil {
		// The worker's environment is what the parent could see (or
		// named in env): all of it is the worker's, including what the
		// parent's script set itself.
		opts.Permission = permission.New(envOf(opts.Env), p.Handler())
	}
	if x := spec.Get("execArgv"); x != nil && !goja.IsNull(x) && !goja.IsUndefined(x) {
		opts.ExecArgv = exportStrings(x)
	}
	opts.Dir = st.rt.Cwd()
	opts.HandleSignals = false
	opts.QuietUncaught = true
	if mb, ok := w.link.limits["stackSizeMb"]; ok && mb > 0 {
		// A worker's default stack is 4 MB in node: scale the frame limit.
		opts.MaxCallStackSize = int(math.Max(100, float64(runtime.DefaultMaxCallStackSize)*mb/4))
	}
	values := map[any]any{}
	for k, v := range opts.Values {
		values[k] = v
	}
	values[linkKey{}] = w.link
	opts.Values = values
	w.stdin = newBufPipe(spec.Get("stdin").ToBoolean())
	opts.Stdin = w.stdin
	opts.Stdout = &forwardWriter{w: w, event: "stdout"}
	opts.Stderr = &forwardWriter{w: w, event: "stderr"}
	opts.Setup = append(opts.Setup, w.setup)
	w.opts = opts

	w.ctx, w.cancel = context.WithCancel(st.rt.Context())
	w.ctl = st.rt.Loop().NewTaskQueue()
	parent := st.adopt(a)
	ph := st.ports[parent]
	ph.setRef(false) // the worker itself holds the loop, through ctl
	ph.setStarted(true)
	st.running[w] = true
	st.wg.Add(1)
	go w.run()

	h := vm.NewObject()
	h.Set("threadId", w.link.threadID)
	h.Set("port", parent)
	h.Set("terminate", func() { w.cancel() })
	h.Set("ref", func() { w.ctl.Ref() })
	h.Set("unref", func() { w.ctl.Unref() })
	h.Set("hasRef", func() bool { return w.ctl.HasRef() })
	h.Set("writeStdin", func(v goja.Value) {
		if b, ok := st.rt.Bytes(v); ok {
			w.stdin.write(b)
		}
	})
	h.Set("endStdin", func() { w.stdin.closeWrite() })
	return h
}

func exportStrings(v goja.Value) []string {
	var out []string
	if o, ok := v.(*goja.Object); ok {
		n := int(o.Get("length").ToInteger())
		for i := range n {
			out = append(out, o.Get(itoa(i)).String())
		}
	}
	return out
}

// run is the worker's goroutine: a whole Runtime, start to end.
func (w *workerRun) run() {
	defer w.st.wg.Done()
	var code int
	child, err := runtime.New(w.opts)
	if err == nil {
		if w.eval {
			code, err = child.RunSource(w.ctx, "[worker eval]", w.src)
		} else {
			code, err = child.RunFile(w.ctx, w.file)
		}
	} else {
		code = 1
	}
	w.stdin.close()
	w.link.port.close()
	var errTree any
	var ue *runtime.UncaughtError
	switch {
	case errors.As(err, &ue):
		errTree = w.link.errVal
		if errTree == nil {
			errTree = &cError{name: "Error", message: ue.Message, hasMessage: true}
		}
	case err != nil && w.ctx.Err() == nil:
		errTree = &cError{name: "Error", message: err.Error(), hasMessage: true}
	}
	w.ctl.Close(func() { w.exit(code, errTree) })
}

// setup runs first on the worker's own loop: it makes the binding state,
// watches for the uncaught error the parent must hear of, and says the
// worker is online.
func (w *workerRun) setup(rt *runtime.Runtime) error {
	st := newState(rt, w.link)
	w.link.st = st
	vm := rt.VM()
	process, ok := vm.GlobalObject().Get("process").(*goja.Object)
	if !ok {
		return errors.New("jsproc: worker: no process object")
	}
	on, ok := goja.AssertFunction(process.Get("on"))
	if !ok {
		return errors.New("jsproc: worker: process.on is missing")
	}
	monitor := func(call goja.FunctionCall) goja.Value {
		w.link.errVal = st.serializeError(call.Argument(0))
		return goja.Undefined()
	}
	if _, err := on(process, vm.ToValue("uncaughtExceptionMonitor"), vm.ToValue(monitor)); err != nil {
		return err
	}
	// A thread shares its process's working directory and umask: node
	// lets only the main thread change them.
	process.Set("chdir", func(goja.FunctionCall) goja.Value {
		panic(rt.NodeError("TypeError", "ERR_WORKER_UNSUPPORTED_OPERATION", "process.chdir() is not supported in workers"))
	})
	if umask, ok := goja.AssertFunction(process.Get("umask")); ok {
		process.Set("umask", func(call goja.FunctionCall) goja.Value {
			if len(call.Arguments) > 0 && !goja.IsUndefined(call.Argument(0)) {
				panic(rt.NodeError("TypeError", "ERR_WORKER_UNSUPPORTED_OPERATION", "Setting process.umask() is not supported in workers"))
			}
			v, err := umask(process)
			if err != nil {
				panic(err)
			}
			return v
		})
	}
	w.ctl.Queue(func() { w.emit("online") })
	return nil
}

// serializeError clones an uncaught error for the parent, own properties
// included; what cannot be cloned goes as its string.
func (st *state) serializeError(v goja.Value) (tree any) {
	defer func() {
		if recover() != nil {
			tree = &cError{name: "Error", message: v.String(), hasMessage: true}
		}
	}()
	s := st.newSerializer()
	s.errorMode = true
	return s.value(v)
}

func (w *workerRun) emit(name string, args ...goja.Value) {
	if fn, ok := goja.AssertFunction(w.callbacks.Get(name)); ok {
		w.st.rt.Call(fn, w.callbacks, args...)
	}
}

// exit runs on the parent's loop after everything the worker sent.
func (w *workerRun) exit(code int, errTree any) {
	w.exited = true
	delete(w.st.running, w)
	w.cancel()
	if errTree != nil {
		d := w.st.newDeserializer()
		w.emit("error", d.value(errTree))
	}
	w.emit("exit", w.st.rt.VM().ToValue(code))
}

// forwardWriter is a worker's stdout or stderr: bytes written on the
// worker's goroutine are handed, in order, to the parent's loop.
type forwardWriter struct {
	w     *workerRun
	event string
}

// Write copies p and queues it for the parent. It never blocks.
func (f *forwardWriter) Write(p []byte) (int, error) {
	b := append([]byte(nil), p...)
	f.w.ctl.Queue(func() { f.w.emit(f.event, f.w.st.rt.WrapBytes(b)) })
	return len(p), nil
}

// bufPipe is a worker's stdin: the parent's writes never block; the
// worker's reads wait for data or the end.
type bufPipe struct {
	mu     sync.Mutex
	cond   *sync.Cond
	buf    []byte
	eof    bool // no more writes
	closed bool // the worker ended: reads fail
}

func newBufPipe(open bool) *bufPipe {
	p := &bufPipe{eof: !open}
	p.cond = sync.NewCond(&p.mu)
	return p
}

func (p *bufPipe) write(b []byte) {
	p.mu.Lock()
	if !p.eof {
		p.buf = append(p.buf, b...)
	}
	p.mu.Unlock()
	p.cond.Broadcast()
}

func (p *bufPipe) closeWrite() {
	p.mu.Lock()
	p.eof = true
	p.mu.Unlock()
	p.cond.Broadcast()
}

func (p *bufPipe) close() {
	p.mu.Lock()
	p.eof, p.closed = true, true
	p.mu.Unlock()
	p.cond.Broadcast()
}

// Read implements io.Reader.
func (p *bufPipe) Read(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for len(p.buf) == 0 && !p.eof {
		p.cond.Wait()
	}
	if p.closed {
		return 0, io.ErrClosedPipe
	}
	if len(p.buf) == 0 {
		return 0, io.EOF
	}
	n := copy(b, p.buf)
	p.buf = p.buf[n:]
	return n, nil
}
