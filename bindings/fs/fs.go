// Package fs provides Node's fs and fs/promises modules.
//
// The JavaScript layer (js/*.js) validates arguments, parses options and
// builds Stats, Dirent, streams and FileHandle objects; the Go binding here
// makes the system calls. Every native takes a trailing request argument:
// undefined runs the call synchronously and throws Node's error, a function
// runs the blocking part on a goroutine and calls it back on the loop (in
// the poll phase, as libuv's thread pool does) with (err, result).
//
// fs.watch reads Linux inotify on one goroutine per watcher, handing each
// event to the loop through a task queue, and names events as libuv does.
// A recursive watch follows new directories with watches of its own and
// names events relative to its root; node 20 emulates recursion in
// JavaScript instead, so the two differ in detail (node reports a file
// created and written as one 'rename', for example, where inotify also
// gives its 'change'). fs.watchFile polls stats on a timer as libuv's fs
// poll does.
package fs

import (
	_ "embed"
	"errors"
	"strings"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

var (
	//go:embed js/fs.js
	fsSource string
	//go:embed js/streams.js
	streamsSource string
	//go:embed js/promises.js
	promisesSource string
	//go:embed js/utils.js
	utilsSource string
	//go:embed js/common.js
	commonSource string
	//go:embed js/contents.js
	contentsSource string
	//go:embed js/watchers.js
	watchersSource string
)

var modules = []runtime.Module{
	runtime.JSModule("internal/fs/utils", utilsSource, bindingFor),
	runtime.JSModule("internal/fs/common", commonSource, bindingFor),
	runtime.JSModule("internal/fs/contents", contentsSource, bindingFor),
	runtime.JSModule("internal/fs/streams", streamsSource, bindingFor),
	runtime.JSModule("internal/fs/watchers", watchersSource, bindingFor),
	runtime.JSModule("fs", fsSource, bindingFor),
	runtime.JSModule("fs/promises", promisesSource, bindingFor),
}

// Modules returns the fs and fs/promises modules (and their internals).
func Modules() []runtime.Module { return modules }

// bindingFor returns the Runtime's fs binding, creating it on first use.
func bindingFor(rt *runtime.Runtime, _ string) (goja.Value, error) {
	b := bindings.get(rt)
	return b.obj, nil
}

// fsError is a failure that knows the syscall and paths Node names in its
// message, when they differ from the native's defaults.
type fsError struct {
	err     error
	syscall string
	path    string
	dest    string
}

func (e *fsError) Error() string { return e.syscall + ": " + e.err.Error() }
func (e *fsError) Unwrap() error { return e.err }

// wrap attaches a syscall name and paths to err.
func wrap(err error, syscall, path, dest string) error {
	if err == nil {
		return nil
	}
	var fe *fsError
	if errors.As(err, &fe) {
		return err
	}
	return &fsError{err: err, syscall: syscall, path: path, dest: dest}
}

// nodeError is a failure reported with a Node error code of its own
// (ERR_FS_EISDIR, ERR_FS_CP_EINVAL, ...) rather than a bare errno.
type nodeError struct {
	code    string
	message string
	errno   error
	syscall string
	path    string
}

func (e *nodeError) Error() string { return e.message }

// result builds the JS value of a successful call. It runs on the loop.
type result func() goja.Value

// op is the blocking part of a call: it runs on the calling goroutine for a
// sync call or on its own goroutine for an async one.
type op func() (result, error)

// dispatch runs o synchronously (req undefined) or asynchronously (req a
// function called back as req(err, value) on the loop).
func (b *binding) dispatch(req goja.Value, defSyscall, defPath string, o op) goja.Value {
	cb, async := goja.AssertFunction(req)
	if !async {
		res, err := o()
		if err != nil {
			panic(b.jsError(err, defSyscall, defPath))
		}
		if res == nil {
			return goja.Undefined()
		}
		return res()
	}
	enqueue := b.rt.Loop().Reserve()
	go func() {
		res, err := o()
		enqueue(func() {
			if err != nil {
				b.rt.Call(cb, goja.Undefined(), b.jsError(err, defSyscall, defPath))
				return
			}
			v := goja.Undefined()
			if res != nil {
				v = res()
			}
			b.rt.Call(cb, goja.Undefined(), goja.Null(), v)
		})
	}()
	return goja.Undefined()
}

// jsError turns a Go error into Node's error object.
func (b *binding) jsError(err error, syscall, path string) goja.Value {
	if e, ok := b.rt.AccessDenied(err); ok {
		return e
	}
	var ne *nodeError
	if errors.As(err, &ne) {
		return b.systemCodeError(ne)
	}
	dest := ""
	var fe *fsError
	if errors.As(err, &fe) {
		syscall, path, dest = fe.syscall, fe.path, fe.dest
	}
	if _, ok := runtime.Errno(err); !ok {
		return b.rt.VM().NewGoError(err)
	}
	return b.rt.SystemError(err, syscall, path, dest)
}

// systemCodeError builds Node's SystemError for codes such as
// ERR_FS_EISDIR: "Path is a directory: rm returned EISDIR (is a directory) p".
func (b *binding) systemCodeError(ne *nodeError) goja.Value {
	vm := b.rt.VM()
	errno, _ := runtime.Errno(ne.errno)
	name := runtime.ErrnoName(errno)
	f, _ := goja.AssertFunction(b.obj.Get("makeSystemError"))
	info := vm.NewObject()
	info.Set("code", name)
	info.Set("message", ne.message)
	info.Set("path", ne.path)
	info.Set("syscall", ne.syscall)
	info.Set("errno", int(errno))
	return b.rt.Call(f, goja.Undefined(), vm.ToValue(ne.code), info)
}

// resolve makes a user path absolute against the runtime's working
// directory, keeping a trailing slash (which makes the kernel insist on a
// directory) and leaving "" alone (which must fail with ENOENT).
func (b *binding) resolve(p string) string {
	if p == "" {
		return ""
	}
	abs := b.rt.ResolvePath(p)
	if strings.HasSuffix(p, "/") && !strings.HasSuffix(abs, "/") {
		abs += "/"
	}
	return abs
}
