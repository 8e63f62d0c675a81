package runtime

import (
	"fmt"
	"math/big"
	"os"
	"os/signal"
	goruntime "runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/url"
	"github.com/jsproc/jsproc/internal/sysnames"
	"github.com/jsproc/jsproc/runtime/permission"
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
	if r.opts.Permission != nil {
		p.Set("permission", r.permissionObject())
	}
	p.Set("cwd", func() string { return r.Cwd() })
	p.Set("chdir", func(dir goja.Value) {
		if dir == nil {
			dir = goja.Undefined()
		}
		if _, ok := dir.Export().(string); !ok {
			panic(r.jsError("invalidArgType", vm.ToValue("directory"), vm.ToValue("string"), dir))
		}
		target := r.ResolvePath(dir.String())
		if p := r.opts.Permission; p != nil {
			// As node: a working directory outside the read grants is
			// refused (relative paths resolve against it later, and are
			// checked then too).
			if !p.FileOK(r.ctx, "chdir", target, permission.FileSystemRead) {
				e, _ := r.AccessDenied(&permission.DeniedError{Scope: permission.FileSystemRead, Resource: target})
				panic(e)
			}
		}
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
	p.Set("hrtime", r.hrtimeFunc())
	p.Set("uptime", func() float64 { return time.Since(processStart).Seconds() })
	r.setUsageMethods(p)
	p.Set("kill", r.processKill)
	p.Set("umask", r.processUmask)
	p.Set("getBuiltinModule", func(id goja.Value) goja.Value {
		if id == nil {
			id = goja.Undefined()
		}
		s, ok := id.Export().(string)
		if !ok {
			panic(r.jsError("invalidArgType", vm.ToValue("id"), vm.ToValue("string"), id))
		}
		if strings.HasPrefix(strings.TrimPrefix(s, "node:"), "internal/") || !r.IsCoreModule(s) {
			return goja.Undefined()
		}
		return r.RequireCore(s)
	})
	p.DefineAccessorProperty("mainModule", vm.ToValue(func() goja.Value { return r.loader.main }), nil, goja.FLAG_TRUE, goja.FLAG_TRUE)
	r.setIDMethods(p)
	p.Set("getuid", os.Getuid)
	p.Set("geteuid", os.Geteuid)
	p.Set("getgid", os.Getgid)
	p.Set("getegid", os.Getegid)
	p.Set("getgroups", func() []int {
		// As node does, the effective group is listed even when the
		// supplementary list leaves it out.
		g, _ := os.Getgroups()
		if !slices.Contains(g, os.Getegid()) {
			g = append(g, os.Getegid())
		}
		return g
	})
	return p
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
		s := sysnames.SignalNum(x)
		return s, s != 0
	}
	return 0, false
}

// processKill is process.kill(pid[, signal]), with node's checks: pid
// must equal its int32 value, a signal is a number or a known name.
func (r *Runtime) processKill(call goja.FunctionCall) goja.Value {
	vm := r.vm
	pidv := call.Argument(0)
	pid := pidv.ToFloat()
	if pid != float64(int32(pid)) {
		panic(r.jsError("invalidArgType", vm.ToValue("pid"), vm.ToValue("number"), pidv))
	}
	var sig syscall.Signal
	s := call.Argument(1)
	if n, ok := s.Export().(int64); ok && n == int64(int32(n)) {
		sig = syscall.Signal(n)
	} else {
		if !s.ToBoolean() {
			s = vm.ToValue("SIGTERM")
		}
		name, isStr := s.Export().(string)
		if isStr {
			sig = sysnames.SignalNum(name)
		}
		if !isStr || sig == 0 {
			panic(r.NodeErrorf("TypeError", "ERR_UNKNOWN_SIGNAL", "Unknown signal: %s", s.String()))
		}
	}
	if err := syscall.Kill(int(pid), sig); err != nil {
		panic(r.ErrnoException(err, "kill"))
	}
	return vm.ToValue(true)
}

// processUmask is process.umask([mask]): a number or an octal string sets
// the mask; either way the previous mask is returned.
func (r *Runtime) processUmask(call goja.FunctionCall) goja.Value {
	vm := r.vm
	m := call.Argument(0)
	if len(call.Arguments) == 0 || goja.IsUndefined(m) {
		old := unix.Umask(0)
		unix.Umask(old)
		return vm.ToValue(old)
	}
	if goja.IsNull(m) {
		m = goja.Undefined()
	}
	if s, ok := m.Export().(string); ok {
		v, err := strconv.ParseUint(s, 8, 64)
		if err != nil || strings.ContainsAny(s, "+-_") {
			panic(r.jsError("invalidArgValue", vm.ToValue("mask"), m, vm.ToValue("must be a 32-bit unsigned integer or an octal string")))
		}
		m = vm.ToValue(float64(v))
	}
	r.validateUint32(m, "mask")
	return vm.ToValue(unix.Umask(int(m.ToInteger())))
}

// validateUint32 throws node's error unless v is an integer number in
// [0, 2^32).
func (r *Runtime) validateUint32(v goja.Value, name string) {
	vm := r.vm
	switch x := v.Export().(type) {
	case int64:
		if x >= 0 && x <= 0xFFFFFFFF {
			return
		}
	case float64:
		if x != float64(int64(x)) || x != x {
			panic(r.jsError("outOfRange", vm.ToValue(name), vm.ToValue("an integer"), v))
		}
	default:
		panic(r.jsError("invalidArgType", vm.ToValue(name), vm.ToValue("number"), v))
	}
	panic(r.jsError("outOfRange", vm.ToValue(name), vm.ToValue(">= 0 && <= 4294967295"), v))
}

// hrtimeFunc builds process.hrtime and process.hrtime.bigint on the
// monotonic clock.
func (r *Runtime) hrtimeFunc() *goja.Object {
	vm := r.vm
	hr := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		ns := monotonicNs()
		sec, nsec := float64(ns/1e9), float64(ns%1e9)
		prev := call.Argument(0)
		if goja.IsUndefined(prev) {
			return vm.NewArray(sec, nsec)
		}
		obj, ok := prev.(*goja.Object)
		if !ok || obj.ClassName() != "Array" {
			panic(r.jsError("invalidArgType", vm.ToValue("time"), vm.ToValue("Array"), prev))
		}
		if n := obj.Get("length"); n.ToInteger() != 2 {
			panic(r.jsError("outOfRange", vm.ToValue("time"), vm.ToValue("2"), n))
		}
		sec -= obj.Get("0").ToFloat()
		nsec -= obj.Get("1").ToFloat()
		if nsec < 0 {
			sec--
			nsec += 1e9
		}
		return vm.NewArray(sec, nsec)
	}).ToObject(vm)
	hr.Set("bigint", func() goja.Value {
		return vm.ToValue(new(big.Int).SetInt64(monotonicNs()))
	})
	return hr
}

// monotonicNs is the monotonic clock in nanoseconds, as uv_hrtime reads it.
func monotonicNs() int64 {
	var ts unix.Timespec
	if unix.ClockGettime(unix.CLOCK_MONOTONIC, &ts) != nil {
		return time.Since(processStart).Nanoseconds()
	}
	return ts.Nano()
}

// watchSignal starts delivering a signal to process listeners; as in Node
// a signal listener does not keep the loop alive.
func (r *Runtime) watchSignal(name string) {
	sig := sysnames.SignalNum(name)
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
	// loop: a signal caught while these listeners were installed is
	// dropped if they go before it is delivered (as node's signal handle
	// closes), even when new listeners come: it is not theirs.
	watching := true
	signal.Notify(ch, sig)
	go func() {
		for {
			select {
			case <-ch:
				q.Queue(func() {
					if watching {
						r.emitProcess(name, r.vm.ToValue(name), r.vm.ToValue(int(sig)))
					}
				})
			case <-done:
				return
			}
		}
	}()
	stop := func() {
		watching = false
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
		restoreDefaultAfterUnwatch(sysnames.SignalNum(name))
	}
}

// processModule is require('process'): the process object itself.
var processModule = Module{Name: "process", Load: func(r *Runtime, module *goja.Object) error {
	module.Set("exports", r.hooks.process)
	return nil
}}

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
