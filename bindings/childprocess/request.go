package childprocess

import (
	"context"
	"errors"
	"io"
	"os"
	"strconv"
	"syscall"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

// prepared is a SpawnRequest built from the script's options with what
// must be released after the start.
type prepared struct {
	req      *SpawnRequest
	closers  []*os.File
	attaches []func(child *goja.Object, proc Process) <-chan struct{}
	aborts   []func()
}

// release closes the files passed to the child.
func (p *prepared) release() {
	for _, f := range p.closers {
		f.Close()
	}
}

// parseRequest reads the options object the JS side normalised:
// {file, args, cwd, envPairs, stdio: [{type, fd, name}], detached, uid, gid}.
func parseRequest(rt *runtime.Runtime, spec *goja.Object, sync bool) (*prepared, error) {
	vm := rt.VM()
	req := &SpawnRequest{File: spec.Get("file").String(), Sync: sync, Runtime: rt}
	if err := vm.ExportTo(spec.Get("args"), &req.Args); err != nil {
		return nil, err
	}
	if v := spec.Get("cwd"); v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
		req.Dir = rt.ResolvePath(v.String())
	} else {
		req.Dir = rt.Cwd()
	}
	if err := vm.ExportTo(spec.Get("envPairs"), &req.Env); err != nil {
		return nil, err
	}
	req.Detached = spec.Get("detached").ToBoolean()
	req.ProcessGroup, _ = rt.Value(processGroupsKey{}).(bool)
	if v := spec.Get("uid"); v != nil && !goja.IsUndefined(v) {
		u := uint32(v.ToInteger())
		req.Uid = &u
	}
	if v := spec.Get("gid"); v != nil && !goja.IsUndefined(v) {
		g := uint32(v.ToInteger())
		req.Gid = &g
	}
	p := &prepared{req: req}
	stdio, _ := spec.Get("stdio").(*goja.Object)
	n := 0
	if stdio != nil {
		n = int(stdio.Get("length").ToInteger())
	}
	req.Stdio = make([]Stdio, n)
	for i := 0; i < n; i++ {
		e := stdio.Get(strconv.Itoa(i)).ToObject(vm)
		switch e.Get("type").String() {
		case "pipe":
			req.Stdio[i] = Stdio{Kind: StdioPipe}
		case "ignore":
			req.Stdio[i] = Stdio{Kind: StdioIgnore}
		case "inherit":
			req.Stdio[i] = Stdio{Kind: StdioInherit, FD: int(e.Get("fd").ToInteger())}
		case "fd":
			fd := int(e.Get("fd").ToInteger())
			if fd >= 0 && fd <= 2 {
				// The runtime's standard stream, which is not the host's
				// descriptor when the embedder gave its own writer.
				req.Stdio[i] = Stdio{Kind: StdioInherit, FD: fd}
				continue
			}
			f, err := FileForFD(fd)
			if err != nil {
				p.release()
				return nil, err
			}
			p.closers = append(p.closers, f)
			req.Stdio[i] = Stdio{Kind: StdioFile, File: f}
		case "wrap":
			// A handle over a descriptor (a net.Socket's): the child gets a
			// duplicate of it.
			f, err := wrapFile(rt, e.Get("handle"), i <= 2)
			if err != nil {
				p.release()
				return nil, err
			}
			p.closers = append(p.closers, f)
			req.Stdio[i] = Stdio{Kind: StdioFile, File: f}
		case "ext":
			prov := provider(rt, e.Get("name").String())
			if prov == nil {
				p.release()
				return nil, syscall.EINVAL
			}
			f, attach, abort, err := prov(rt, i)
			if err != nil {
				p.release()
				p.abort()
				return nil, err
			}
			if f != nil {
				p.closers = append(p.closers, f)
			}
			if attach != nil {
				p.attaches = append(p.attaches, attach)
			}
			if abort != nil {
				p.aborts = append(p.aborts, abort)
			}
			req.Stdio[i] = Stdio{Kind: StdioFile, File: f}
		}
	}
	return p, nil
}

func (p *prepared) abort() {
	for _, a := range p.aborts {
		a()
	}
}

// emittedErrno reports whether a start failing with errno is reported as
// the child's 'error' event; node's spawn throws any other errno (E2BIG,
// ENOTDIR, ENAMETOOLONG, EPERM...) at once, with syscall 'spawn'.
func emittedErrno(errno syscall.Errno) bool {
	switch errno {
	case syscall.EACCES, syscall.EAGAIN, syscall.EMFILE, syscall.ENFILE, syscall.ENOENT:
		return true
	}
	return false
}

// startError turns a failed start into what the script sees: a negative
// errno number, or an Error object for a handler's own error (which the
// JS side reports as UNKNOWN with the Error as its cause).
func startError(rt *runtime.Runtime, err error) goja.Value {
	if e, ok := rt.AccessDenied(err); ok {
		// node 20 names no resource for a refused spawn.
		e.Set("resource", "")
		return e
	}
	var denied *AccessDeniedError
	if errors.As(err, &denied) {
		// Node's permission-model error, which the JS side throws at once.
		e := rt.NodeError("Error", "ERR_ACCESS_DENIED", "Access to this API has been restricted")
		e.Set("permission", "ChildProcess")
		e.Set("resource", denied.Program)
		return e
	}
	if errno, ok := runtime.Errno(err); ok {
		return rt.VM().ToValue(-int(errno))
	}
	return rt.VM().NewGoError(err)
}

// spawn starts a child for ChildProcess.prototype.spawn. It returns the
// handle, a negative errno, or an Error.
func (s *state) spawn(spec *goja.Object) goja.Value {
	rt := s.rt
	prep, err := parseRequest(rt, spec, false)
	if err != nil {
		return startError(rt, err)
	}
	proc, err := Spawn(rt.Context(), rt, prep.req)
	prep.release()
	if err != nil {
		errno, isErrno := runtime.Errno(err)
		if isErrno && !emittedErrno(errno) {
			// spawn throws it: nothing is set up.
			prep.abort()
			return startError(rt, err)
		}
		// The failure is emitted as the child's 'error'. As under node,
		// the child's pipes exist, their far ends closed: output pipes
		// read end-of-file in the loop's next poll phase.
		if onread, ok := goja.AssertFunction(spec.Get("onread")); ok {
			for fd, sd := range prep.req.Stdio {
				if fd > 0 && sd.Kind == StdioPipe {
					rt.Loop().Reserve()(func() { rt.Call(onread, goja.Undefined(), rt.VM().ToValue(fd), goja.Null()) })
				}
			}
		}
		if isErrno && len(prep.attaches) > 0 {
			// node sets up the extra stdio (the IPC channel) even when the
			// start failed with an errno: the script sees it connected,
			// then disconnected when the channel reads EOF.
			if owner, ok := spec.Get("owner").(*goja.Object); ok {
				for _, a := range prep.attaches {
					a(owner, nil)
				}
				return startError(rt, err)
			}
		}
		prep.abort()
		return startError(rt, err)
	}
	c := &child{st: s, rt: rt, proc: proc, q: rt.Loop().NewTaskQueue()}
	c.onexit, _ = goja.AssertFunction(spec.Get("onexit"))
	c.onread, _ = goja.AssertFunction(spec.Get("onread"))
	if owner, ok := spec.Get("owner").(*goja.Object); ok {
		for _, a := range prep.attaches {
			if ch := a(owner, proc); ch != nil {
				c.exitAfter = append(c.exitAfter, ch)
			}
		}
	}
	pipes := map[int]*pipeEnd{}
	for fd, sd := range prep.req.Stdio {
		if sd.Kind != StdioPipe {
			continue
		}
		pp := proc.Pipe(fd)
		if pp == nil {
			// A handler's process without this pipe: an empty stream, so
			// that 'close' still comes.
			pp = nullPipe{}
		}
		pipes[fd] = &pipeEnd{fd: fd, pipe: pp, readable: fd != 0, writable: fd == 0 || fd > 2}
	}
	c.start(pipes)
	handle := c.jsHandle()
	return handle
}

var _ = context.Background

// nullPipe stands for a requested pipe a Process did not provide: reads
// see end of file at once and writes are discarded.
type nullPipe struct{}

func (nullPipe) Read([]byte) (int, error)    { return 0, io.EOF }
func (nullPipe) Write(p []byte) (int, error) { return len(p), nil }
func (nullPipe) Close() error                { return nil }

// wrapFile returns a duplicate of the descriptor under a handle, from its
// dupFd(): a descriptor, or a negative errno. For the child's stdin,
// stdout or stderr the descriptor is made blocking, as libuv makes it:
// programs expect blocking standard streams. The flag belongs to the
// socket, so the parent's handle, which stopped reading, blocks too.
func wrapFile(rt *runtime.Runtime, handle goja.Value, stdio bool) (*os.File, error) {
	vm := rt.VM()
	obj := handle.ToObject(vm)
	dup, ok := goja.AssertFunction(obj.Get("dupFd"))
	if !ok {
		return nil, syscall.EINVAL
	}
	v, err := dup(handle)
	if err != nil {
		return nil, err
	}
	fd := int(v.ToInteger())
	if fd < 0 {
		return nil, syscall.Errno(-fd)
	}
	// The parent stops reading, a read waiting for data included: the
	// child reads what comes next, and no read of the parent's may be
	// waiting when the descriptor turns blocking.
	if stop, ok := goja.AssertFunction(obj.Get("readStop")); ok {
		if _, err := stop(handle, vm.ToValue(true)); err != nil {
			syscall.Close(fd)
			return nil, err
		}
	}
	if stdio {
		if err := syscall.SetNonblock(fd, false); err != nil {
			syscall.Close(fd)
			return nil, err
		}
	}
	return os.NewFile(uintptr(fd), "wrap"), nil
}
