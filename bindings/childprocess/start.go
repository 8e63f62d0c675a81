package childprocess

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/jsproc/jsproc/internal/streamio"
)

// defaultPath is the search path used when the child's environment has no
// PATH, as libuv does.
const defaultPath = "/usr/local/bin:/usr/bin:/bin"

// StartProcess is the last link of every handler chain: it starts req as a
// real operating-system process with os.StartProcess, connecting its
// descriptors as req.Stdio says. The context is not used to kill the
// process; the caller owns its lifetime.
func StartProcess(_ context.Context, req *SpawnRequest) (Process, error) {
	path, err := LookPath(req.File, req.Env)
	if err != nil {
		return nil, err
	}
	p := &osProcess{pipes: make([]Pipe, len(req.Stdio))}
	files := make([]*os.File, len(req.Stdio))
	var childEnds []*os.File // closed once the child has them
	fail := func(err error) (Process, error) {
		for _, f := range childEnds {
			f.Close()
		}
		for _, pp := range p.pipes {
			if pp != nil {
				pp.Close()
			}
		}
		return nil, err
	}
	for fd, s := range req.Stdio {
		switch s.Kind {
		case StdioPipe:
			parent, child, err := makePipe(fd)
			if err != nil {
				return fail(err)
			}
			p.pipes[fd] = parent
			files[fd] = child
			childEnds = append(childEnds, child)
		case StdioIgnore:
			f, err := os.OpenFile(os.DevNull, os.O_RDWR, 0)
			if err != nil {
				return fail(err)
			}
			files[fd] = f
			childEnds = append(childEnds, f)
		case StdioInherit:
			f, extra, err := p.inherit(req, s.FD)
			if err != nil {
				return fail(err)
			}
			files[fd] = f
			if extra != nil {
				childEnds = append(childEnds, extra)
			}
		case StdioFile:
			files[fd] = s.File
		}
	}
	// A new session is a new process group too (and setpgid would fail
	// on a session leader).
	sys := &syscall.SysProcAttr{Setsid: req.Detached, Setpgid: req.ProcessGroup && !req.Detached}
	if req.Uid != nil || req.Gid != nil {
		cred := &syscall.Credential{Uid: uint32(os.Getuid()), Gid: uint32(os.Getgid())}
		if req.Uid != nil {
			cred.Uid = *req.Uid
		}
		if req.Gid != nil {
			cred.Gid = *req.Gid
		}
		sys.Credential = cred
	}
	args := req.Args
	if len(args) == 0 {
		args = []string{req.File}
	}
	proc, err := os.StartProcess(path, args, &os.ProcAttr{Dir: req.Dir, Env: req.Env, Files: files, Sys: sys})
	if err != nil {
		return fail(unwrapStartError(err))
	}
	for _, f := range childEnds {
		f.Close()
	}
	p.proc = proc
	p.group = req.ProcessGroup || req.Detached
	return p, nil
}

// unwrapStartError turns os.StartProcess's *PathError into its errno.
func unwrapStartError(err error) error {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return errno
	}
	return err
}

// makePipe returns the parent's and the child's ends of a stdio pipe. As
// libuv does, it is a Unix socket pair (streamio.SocketPair): a child
// writing to a pipe the parent destroyed sees ECONNRESET or EPIPE as it
// would under node.
//
// The child's end of an output pipe (fds 1 and 2) gets a send buffer of
// outputBuffer: a Unix socket's capacity is its sender's buffer, and the
// default (about 200 KiB, of which each small write takes far more than
// its bytes) cuts a child's output into many small reads, each a trip
// through the script's stream. The script's own writes keep the default,
// so that its write() returns false where node's does.
func makePipe(fd int) (Pipe, *os.File, error) {
	parent, child, err := streamio.SocketPair("pipe")
	if err != nil {
		return nil, nil, unwrapStartError(err)
	}
	if fd == 1 || fd == 2 {
		streamio.SetSendBuffer(child, outputBuffer)
	}
	return parent, child, nil
}

// outputBuffer is the send buffer of a child's output pipes (the kernel
// may give less: net.core.wmem_max bounds it).
const outputBuffer = 1 << 20

// inherit returns what the child gets for the parent's descriptor fd: the
// runtime's own stream when it is a file, otherwise a pipe copied to it.
func (p *osProcess) inherit(req *SpawnRequest, fd int) (child, closeAfter *os.File, err error) {
	var target any
	if req.Runtime != nil {
		target = req.Runtime.Stdio(fd)
	} else if fd <= 2 {
		target = []*os.File{os.Stdin, os.Stdout, os.Stderr}[fd]
	}
	if f, ok := target.(*os.File); ok {
		return f, nil, nil
	}
	if fd > 2 {
		nfd, err := dupCloexec(fd)
		if err != nil {
			return nil, nil, err
		}
		f := os.NewFile(uintptr(nfd), "inherited")
		return f, f, nil
	}
	w, ok := target.(io.Writer)
	if fd == 0 || !ok {
		f, err := os.OpenFile(os.DevNull, os.O_RDWR, 0)
		return f, f, err
	}
	// An embedder's writer: copy a pipe into it until the child's end
	// closes. Descriptors inheriting the same writer share one pipe, so
	// the child's interleaving of stdout and stderr is kept.
	for _, c := range p.copies {
		if sameWriter(c.w, w) {
			return c.child, nil, nil
		}
	}
	r, cw, err := os.Pipe()
	if err != nil {
		return nil, nil, err
	}
	p.copies = append(p.copies, inheritCopy{w: w, child: cw})
	p.copiers.Add(1)
	go func() {
		defer p.copiers.Done()
		defer r.Close()
		buf := make([]byte, 32<<10)
		for {
			n, err := r.Read(buf)
			if n > 0 {
				_, _ = w.Write(buf[:n])
				p.copied.Add(int64(n))
			}
			if err != nil {
				return
			}
		}
	}()
	return cw, cw, nil
}

// sameWriter is a == b without the panic == gives on incomparable types.
func sameWriter(a, b io.Writer) bool {
	ta, tb := reflect.TypeOf(a), reflect.TypeOf(b)
	return ta == tb && ta.Comparable() && a == b
}

// inheritCopy is a pipe whose output a goroutine copies into w.
type inheritCopy struct {
	w     io.Writer
	child *os.File
}

// dupCloexec duplicates fd with close-on-exec set.
func dupCloexec(fd int) (int, error) {
	nfd, _, errno := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_DUPFD_CLOEXEC, 0)
	if errno != 0 {
		return -1, errno
	}
	return int(nfd), nil
}

// FileForFD returns a private duplicate of the parent's descriptor fd,
// for passing an integer stdio entry to a child. The caller closes it.
func FileForFD(fd int) (*os.File, error) {
	nfd, err := dupCloexec(fd)
	if err != nil {
		return nil, err
	}
	return os.NewFile(uintptr(nfd), "fd"), nil
}

// LookPath finds file as execvp would with env's PATH: a name containing a
// slash is used as is; otherwise the first executable match in PATH wins,
// and a match that is not executable gives EACCES when nothing else fits.
func LookPath(file string, env []string) (string, error) {
	if file == "" {
		return "", syscall.ENOENT
	}
	if strings.Contains(file, "/") {
		return file, nil
	}
	path, found := "", false
	for i := len(env) - 1; i >= 0; i-- {
		if v, ok := strings.CutPrefix(env[i], "PATH="); ok {
			path, found = v, true
			break
		}
	}
	if !found {
		path = defaultPath
	}
	denied := false
	for _, dir := range filepath.SplitList(path) {
		if dir == "" {
			dir = "."
		}
		cand := dir + "/" + file
		var st syscall.Stat_t
		if err := syscall.Stat(cand, &st); err != nil {
			switch err {
			case syscall.ENOENT, syscall.ENOTDIR, syscall.ESTALE, syscall.ENODEV, syscall.ETIMEDOUT:
				continue
			case syscall.EACCES:
				denied = true
				continue
			}
			return "", err // ENAMETOOLONG, ELOOP...: execvp gives up, as here
		}
		if st.Mode&syscall.S_IFMT == syscall.S_IFDIR {
			continue
		}
		if syscall.Access(cand, 1) == nil {
			return cand, nil
		}
		denied = true
	}
	if denied {
		return "", syscall.EACCES
	}
	return "", syscall.ENOENT
}

// osProcess is a real child process.
type osProcess struct {
	proc    *os.Process
	pipes   []Pipe
	copies  []inheritCopy // start-up only
	copiers sync.WaitGroup
	group   bool         // leads its own process group
	copied  atomic.Int64 // bytes the copiers wrote
}

func (p *osProcess) Pid() int { return p.proc.Pid }

// copyGrace bounds how long Wait waits, after the process ended, for the
// copies of its inherited output once they make no progress (a grandchild
// may hold the pipe open; copying goes on in the background until it
// closes it). copyLimit bounds the wait however much still comes.
const (
	copyGrace = 100 * time.Millisecond
	copyLimit = time.Second
)

// waitCopiers waits for the inherited-output copies to end, so that what
// the child wrote comes before its exit, within copyGrace and copyLimit.
func (p *osProcess) waitCopiers() {
	if len(p.copies) == 0 {
		return // nothing to wait for (and no goroutine or timer to start)
	}
	done := make(chan struct{})
	go func() {
		p.copiers.Wait()
		close(done)
	}()
	t := time.NewTimer(copyGrace)
	defer t.Stop()
	limit := time.Now().Add(copyLimit)
	last := p.copied.Load()
	for {
		select {
		case <-done:
			return
		case <-t.C:
		}
		n := p.copied.Load()
		if n == last || time.Now().After(limit) {
			return
		}
		last = n
		t.Reset(copyGrace)
	}
}

func (p *osProcess) Pipe(fd int) Pipe {
	if fd < 0 || fd >= len(p.pipes) {
		return nil
	}
	return p.pipes[fd]
}

func (p *osProcess) Signal(sig syscall.Signal) error {
	err := p.proc.Signal(sig)
	if errors.Is(err, os.ErrProcessDone) {
		return syscall.ESRCH
	}
	return unwrapStartError(err)
}

// SignalGroup sends sig to the process group the process leads, or to the
// process alone when it does not lead one.
func (p *osProcess) SignalGroup(sig syscall.Signal) error {
	if !p.group {
		return p.Signal(sig)
	}
	return syscall.Kill(-p.proc.Pid, sig)
}

func (p *osProcess) Wait() (ExitStatus, error) {
	st, err := p.proc.Wait()
	p.waitCopiers()
	if err != nil {
		return ExitStatus{}, err
	}
	ws, ok := st.Sys().(syscall.WaitStatus)
	if !ok {
		return ExitStatus{Code: st.ExitCode()}, nil
	}
	if ws.Signaled() {
		return ExitStatus{Signal: ws.Signal()}, nil
	}
	return ExitStatus{Code: ws.ExitStatus()}, nil
}
