package runtime

import (
	"fmt"
	"os"
	"os/signal"
	goruntime "runtime"
	"syscall"
	"time"

	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/url"
	"golang.org/x/sys/unix"
)

// NodeVersion is the Node.js version whose API jsproc follows; it is what
// process.version reports, so that scripts gating on it take Node 20's path.
const NodeVersion = "v20.20.2"

// Version is jsproc's own version, reported as process.versions.jsproc.
const Version = "0.1.0"

var processStart = time.Now()

// newProcessObject builds the Go-backed part of process; the prelude makes
// it an EventEmitter and adds nextTick, emitWarning and the stdio streams.
func (r *Runtime) newProcessObject() *goja.Object {
	vm := r.vm
	p := vm.NewObject()
	script := ""
	argv := []any{r.ExecPath()}
	_ = script
	for _, a := range r.opts.Args {
		argv = append(argv, a)
	}
	p.Set("argv", vm.NewArray(argv...))
	argv0 := r.opts.Argv0
	if argv0 == "" {
		argv0 = "jsproc"
	}
	p.Set("argv0", argv0)
	p.Set("execPath", r.ExecPath())
	execArgv := make([]any, len(r.opts.ExecArgv))
	for i, a := range r.opts.ExecArgv {
		execArgv[i] = a
	}
	p.Set("execArgv", vm.NewArray(execArgv...))
	p.Set("pid", os.Getpid())
	p.Set("ppid", os.Getppid())
	p.Set("platform", goruntime.GOOS)
	arch := goruntime.GOARCH
	switch arch {
	case "amd64":
		arch = "x64"
	case "386":
		arch = "ia32"
	}
	p.Set("arch", arch)
	p.Set("version", NodeVersion)
	p.Set("versions", map[string]any{
		"node":   NodeVersion[1:],
		"jsproc": Version,
		"goja":   "0",
		"go":     goruntime.Version(),
	})
	r.env.vm = vm
	p.Set("env", vm.NewDynamicObject(r.env))
	p.Set("cwd", func() string { return r.Cwd() })
	p.Set("chdir", func(dir goja.Value) {
		if _, ok := dir.Export().(string); !ok {
			panic(r.jsError("invalidArgType", vm.ToValue("directory"), vm.ToValue("string"), dir))
		}
		target := r.ResolvePath(dir.String())
		st, err := os.Stat(target)
		if err == nil && !st.IsDir() {
			err = syscall.ENOTDIR
		}
		if err != nil {
			e := r.SystemError(err, "chdir", r.Cwd(), dir.String())
			if errno, ok := Errno(err); ok {
				e.Set("message", ErrnoName(errno)+": process.chdir failed: "+ErrnoMessage(errno)+", chdir "+r.Cwd()+" -> '"+dir.String()+"'")
			}
			panic(e)
		}
		r.mu.Lock()
		r.cwd = target
		r.mu.Unlock()
	})
	p.Set("exit", func(call goja.FunctionCall) goja.Value {
		if code := call.Argument(0); !goja.IsUndefined(code) {
			r.setExitCode(int(code.ToInteger()))
		}
		if !r.exitStarted {
			r.exitProcess(r.currentExitCode())
		}
		r.exitCode = r.currentExitCode()
		r.exiting = true
		vm.Interrupt(exitRequest{})
		return goja.Undefined()
	})
	p.Set("reallyExit", p.Get("exit"))
	p.Set("abort", func() {
		r.exitCode = 134
		r.exiting = true
		vm.Interrupt(exitRequest{})
	})
	hr := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		ns := time.Since(processStart).Nanoseconds() + processStartNs
		sec, nsec := ns/1e9, ns%1e9
		if prev, ok := call.Argument(0).(*goja.Object); ok {
			ps, pn := prev.Get("0").ToInteger(), prev.Get("1").ToInteger()
			sec, nsec = sec-ps, nsec-pn
			if nsec < 0 {
				sec--
				nsec += 1e9
			}
		}
		return vm.NewArray(sec, nsec)
	}).ToObject(vm)
	bigint, _ := goja.AssertFunction(vm.Get("BigInt"))
	hr.Set("bigint", func() goja.Value {
		ns := time.Since(processStart).Nanoseconds() + processStartNs
		return r.Call(bigint, goja.Undefined(), vm.ToValue(ns))
	})
	p.Set("hrtime", hr)
	p.Set("uptime", func() float64 { return time.Since(processStart).Seconds() })
	mem := vm.ToValue(func() map[string]any {
		var ms goruntime.MemStats
		goruntime.ReadMemStats(&ms)
		return map[string]any{
			"rss": rss(), "heapTotal": ms.HeapSys, "heapUsed": ms.HeapAlloc,
			"external": 0, "arrayBuffers": 0,
		}
	}).ToObject(vm)
	mem.Set("rss", rss)
	p.Set("memoryUsage", mem)
	p.Set("cpuUsage", func() map[string]any {
		var ru unix.Rusage
		_ = unix.Getrusage(unix.RUSAGE_SELF, &ru)
		return map[string]any{
			"user":   ru.Utime.Sec*1e6 + ru.Utime.Usec,
			"system": ru.Stime.Sec*1e6 + ru.Stime.Usec,
		}
	})
	p.Set("kill", r.processKill)
	p.Set("umask", func(call goja.FunctionCall) goja.Value {
		if m := call.Argument(0); !goja.IsUndefined(m) {
			var mask int
			if s, ok := m.Export().(string); ok {
				v, err := parseOctal(s)
				if err != nil {
					panic(r.jsError("invalidArgValue", vm.ToValue("mask"), m, vm.ToValue("must be a 32-bit unsigned integer or an octal string")))
				}
				mask = v
			} else {
				mask = int(m.ToInteger())
			}
			return vm.ToValue(unix.Umask(mask))
		}
		old := unix.Umask(0)
		unix.Umask(old)
		return vm.ToValue(old)
	})
	p.Set("getuid", os.Getuid)
	p.Set("geteuid", os.Geteuid)
	p.Set("getgid", os.Getgid)
	p.Set("getegid", os.Getegid)
	p.Set("getgroups", func() []int { g, _ := os.Getgroups(); return g })
	return p
}

var processStartNs = int64(time.Now().UnixNano() % 1e12)

func parseOctal(s string) (int, error) {
	v := 0
	if s == "" {
		return 0, syscall.EINVAL
	}
	for _, c := range s {
		if c < '0' || c > '7' {
			return 0, syscall.EINVAL
		}
		v = v*8 + int(c-'0')
	}
	return v, nil
}

func rss() int64 {
	var ru unix.Rusage
	if unix.Getrusage(unix.RUSAGE_SELF, &ru) == nil {
		return ru.Maxrss * 1024
	}
	return 0
}

// jsError calls a helper of internal/errors (invalidArgType, ...) and
// returns the error object it builds.
func (r *Runtime) jsError(helper string, args ...goja.Value) *goja.Object {
	errs := r.RequireCore("internal/errors").ToObject(r.vm)
	f, _ := goja.AssertFunction(errs.Get(helper))
	return r.Call(f, goja.Undefined(), args...).ToObject(r.vm)
}

// SignalByName maps "SIGTERM" or a signal number to a signal.
func SignalByName(v goja.Value) (syscall.Signal, bool) {
	switch x := v.Export().(type) {
	case int64:
		return syscall.Signal(x), x >= 0 && x < 65
	case float64:
		return syscall.Signal(int(x)), x >= 0 && x < 65 && x == float64(int(x))
	case string:
		s := unix.SignalNum(x)
		return s, s != 0
	}
	return 0, false
}

// processKill is process.kill(pid[, signal]).
func (r *Runtime) processKill(call goja.FunctionCall) goja.Value {
	vm := r.vm
	pidv := call.Argument(0)
	pidf := pidv.ToFloat()
	if _, ok := pidv.Export().(string); ok || goja.IsUndefined(pidv) || pidf != pidf || pidf != float64(int64(pidf)) {
		if _, isNum := pidv.Export().(int64); !isNum {
			if _, isF := pidv.Export().(float64); !isF {
				panic(r.jsError("invalidArgType", vm.ToValue("pid"), vm.ToValue("number"), pidv))
			}
		}
	}
	sig := syscall.SIGTERM
	if s := call.Argument(1); !goja.IsUndefined(s) && !goja.IsNull(s) {
		var ok bool
		sig, ok = SignalByName(s)
		if !ok {
			if _, isStr := s.Export().(string); isStr {
				panic(r.NodeErrorf("TypeError", "ERR_UNKNOWN_SIGNAL", "Unknown signal: %s", s.String()))
			}
			panic(r.ErrnoException(syscall.EINVAL, "kill"))
		}
	}
	if err := syscall.Kill(int(pidf), sig); err != nil {
		panic(r.ErrnoException(err, "kill"))
	}
	return vm.ToValue(true)
}

// watchSignal starts delivering a signal to process listeners; as in Node
// a signal listener does not keep the loop alive.
func (r *Runtime) watchSignal(name string) {
	sig := unix.SignalNum(name)
	if sig == 0 || !r.opts.HandleSignals {
		return
	}
	if r.signals == nil {
		r.signals = map[string]func(){}
	}
	if _, ok := r.signals[name]; ok {
		return
	}
	ch := make(chan os.Signal, 4)
	q := r.loop.NewTaskQueue()
	q.Unref()
	done := make(chan struct{})
	signal.Notify(ch, sig)
	go func() {
		for {
			select {
			case <-ch:
				q.Queue(func() { r.emitProcess(name, r.vm.ToValue(name), r.vm.ToValue(int(sig))) })
			case <-done:
				return
			}
		}
	}()
	stop := func() {
		signal.Stop(ch)
		close(done)
		q.Close(nil)
	}
	r.signals[name] = stop
	r.OnClose(func() {
		if s, ok := r.signals[name]; ok {
			delete(r.signals, name)
			s()
		}
	})
}

func (r *Runtime) unwatchSignal(name string) {
	if stop, ok := r.signals[name]; ok {
		delete(r.signals, name)
		stop()
	}
}

func loadURL(r *Runtime, module *goja.Object) error {
	url.Require(r.vm, module)
	r.addObjectURLs(module)
	return nil
}

// WrapBytes returns a Buffer over data without copying. Loop goroutine only.
func (r *Runtime) WrapBytes(data []byte) *goja.Object {
	if r.newBuffer == nil {
		r.RequireCore("buffer")
	}
	return r.newBuffer(data)
}

// Bytes returns the bytes of a Buffer, TypedArray, ArrayBuffer or DataView
// (shared, not copied), or of a string in utf8.
func (r *Runtime) Bytes(v goja.Value) ([]byte, bool) {
	switch x := v.Export().(type) {
	case []byte:
		return x, true
	case goja.ArrayBuffer:
		return x.Bytes(), true
	case string:
		return []byte(x), true
	}
	if o, ok := v.(*goja.Object); ok {
		if buf := o.Get("buffer"); buf != nil {
			if ab, ok := buf.Export().(goja.ArrayBuffer); ok {
				off := int(o.Get("byteOffset").ToInteger())
				n := int(o.Get("byteLength").ToInteger())
				b := ab.Bytes()
				if off+n <= len(b) {
					return b[off : off+n], true
				}
			}
		}
	}
	return nil, false
}

// NodeErrorf is NodeError with a formatted message.
func (r *Runtime) NodeErrorf(ctor, code, format string, args ...any) *goja.Object {
	return r.jsError("makeNodeError", r.vm.Get(ctor), r.vm.ToValue(code), r.vm.ToValue(fmt.Sprintf(format, args...)))
}
