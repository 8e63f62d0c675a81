package fs

import (
	"crypto/rand"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime/permission"
	"golang.org/x/sys/unix"
)

// pathCall runs fn(abs) for a call whose first argument is a path and whose
// request is at reqIndex; it returns nothing.
// The policy checks a first, and fn gets the checked path.
func (b *binding) pathCall(call goja.FunctionCall, reqIndex int, syscallName string, a access, fn func(abs string) error) goja.Value {
	path := argString(call, 0)
	abs := b.resolve(path)
	return b.dispatch(call.Argument(reqIndex), syscallName, path, func() (result, error) {
		if abs == "" {
			return nil, syscall.ENOENT
		}
		use, release, err := b.use(syscallName, abs, a)
		if err != nil {
			return nil, err
		}
		defer release()
		return nil, retryEINTR(func() error { return fn(use) })
	})
}

// twoPathCall is pathCall for calls naming a source and a destination.
// The policy checks the source for srcAccess and the destination for
// writing (as an entry) first.
func (b *binding) twoPathCall(call goja.FunctionCall, syscallName string, srcAccess access, fn func(src, dst string) error) goja.Value {
	src, dst := argString(call, 0), argString(call, 1)
	absSrc, absDst := b.resolve(src), b.resolve(dst)
	return b.dispatch(call.Argument(2), syscallName, src, func() (result, error) {
		if absSrc == "" || absDst == "" {
			return nil, wrap(syscall.ENOENT, syscallName, src, dst)
		}
		useSrc, releaseSrc, err := b.use(syscallName, absSrc, srcAccess)
		if err != nil {
			return nil, err
		}
		defer releaseSrc()
		useDst, releaseDst, err := b.use(syscallName, absDst, writeEntry)
		if err != nil {
			return nil, err
		}
		defer releaseDst()
		return nil, wrap(retryEINTR(func() error { return fn(useSrc, useDst) }), syscallName, src, dst)
	})
}

func retryEINTR(fn func() error) error {
	for {
		err := fn()
		if err != syscall.EINTR {
			return err
		}
	}
}

func (b *binding) value(v any) result {
	return func() goja.Value { return b.rt.VM().ToValue(v) }
}

// readdir(path, withTypes, recursive, req) → names, or [names, types,
// parents] with types.
func (b *binding) readdir(call goja.FunctionCall) goja.Value {
	path := argString(call, 0)
	withTypes, recursive := argBool(call, 1), argBool(call, 2)
	abs := b.resolve(path)
	return b.dispatch(call.Argument(3), "scandir", path, func() (result, error) {
		if abs == "" {
			return nil, syscall.ENOENT
		}
		use, release, err := b.use("scandir", abs, readObj)
		if err != nil {
			return nil, err
		}
		entries, err := os.ReadDir(use)
		release()
		if err != nil {
			return nil, unwrapPathError(err)
		}
		type entry struct {
			rel, name, parent string
			typ               int
		}
		var list []entry
		add := func(relDir, parent string, des []os.DirEntry) {
			for _, e := range des {
				rel := e.Name()
				if relDir != "" {
					rel = relDir + "/" + rel
				}
				list = append(list, entry{rel: rel, name: e.Name(), parent: parent, typ: direntType(e.Type())})
			}
		}
		add("", path, entries)
		// Breadth first, as Node walks: each directory's entries are
		// appended after everything found so far.
		for i := 0; recursive && i < len(list); i++ {
			if list[i].typ != 2 {
				continue
			}
			use, release, err := b.use("scandir", filepath.Join(abs, list[i].rel), readObj)
			if err != nil {
				continue
			}
			sub, err := os.ReadDir(use)
			release()
			if err != nil {
				continue
			}
			add(list[i].rel, filepath.Join(path, list[i].rel), sub)
		}
		names := make([]string, len(list))
		types := make([]int, len(list))
		parents := make([]string, len(list))
		for i, e := range list {
			names[i], types[i], parents[i] = e.rel, e.typ, e.parent
			if withTypes {
				names[i] = e.name
			}
		}
		return func() goja.Value {
			vm := b.rt.VM()
			if !withTypes {
				return vm.ToValue(names)
			}
			return vm.NewArray(vm.ToValue(names), vm.ToValue(types), vm.ToValue(parents))
		}, nil
	})
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// mkdir(path, mode, recursive, req) → with recursive, the first directory
// created (as the caller spelled it) or undefined.
func (b *binding) mkdir(call goja.FunctionCall) goja.Value {
	path := argString(call, 0)
	mode := uint32(argInt(call, 1))
	recursive := argBool(call, 2)
	abs := b.resolve(path)
	return b.dispatch(call.Argument(3), "mkdir", path, func() (result, error) {
		if abs == "" {
			return nil, syscall.ENOENT
		}
		if !recursive {
			use, release, err := b.use("mkdir", abs, writeEntry)
			if err != nil {
				return nil, err
			}
			defer release()
			return nil, retryEINTR(func() error { return unix.Mkdir(use, mode) })
		}
		if b.rt.Permission() != nil {
			// Every level it creates must be granted: check the deepest.
			_, release, err := b.use("mkdir", abs, writeEntry)
			if errors.Is(err, permission.ErrDenied) {
				return nil, err
			}
			release()
		}
		first, err := b.mkdirAll(abs, mode)
		if err != nil {
			return nil, err
		}
		if first == "" {
			return nil, nil
		}
		if !filepath.IsAbs(path) {
			cwd := b.rt.Cwd()
			if rel, err := filepath.Rel(cwd, first); err == nil {
				first = rel
			}
		}
		return b.value(first), nil
	})
}

// mkdirAll creates abs and its missing parents, returning the first one it
// created ("" when abs existed already).
func (b *binding) mkdirAll(abs string, mode uint32) (string, error) {
	clean := filepath.Clean(abs)
	var missing []string
	p := clean
	for {
		var st unix.Stat_t
		// Only a probe for what exists: each level created below is
		// checked and pinned on its own.
		err := unix.Stat(p, &st)
		if err == nil {
			if st.Mode&unix.S_IFMT != unix.S_IFDIR {
				if p == clean {
					return "", syscall.EEXIST
				}
				return "", syscall.ENOTDIR
			}
			break
		}
		if err == syscall.ENOTDIR {
			return "", err
		}
		if err != syscall.ENOENT {
			return "", err
		}
		missing = append(missing, p)
		parent := filepath.Dir(p)
		if parent == p {
			break
		}
		p = parent
	}
	first := ""
	for i := len(missing) - 1; i >= 0; i-- {
		use, release, err := b.use("mkdir", missing[i], writeEntry)
		if err != nil {
			return "", err
		}
		err = unix.Mkdir(use, mode)
		release()
		if err == syscall.EEXIST {
			continue
		}
		if err != nil {
			return "", err
		}
		if first == "" {
			first = missing[i]
		}
	}
	return first, nil
}

const tempChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

// mkdtemp(prefix, req) → the created directory's path.
func (b *binding) mkdtemp(call goja.FunctionCall) goja.Value {
	prefix := argString(call, 0)
	absPrefix := b.resolve(prefix)
	if prefix == "" {
		absPrefix = b.rt.Cwd() + "/"
	}
	return b.dispatch(call.Argument(1), "mkdtemp", prefix+"XXXXXX", func() (result, error) {
		if p := b.rt.Permission(); p != nil {
			// Refused as node names it, before any name is tried.
			if _, release, err := b.use("mkdtemp", absPrefix+"XXXXXX", writeEntry); errors.Is(err, permission.ErrDenied) {
				return nil, err
			} else {
				release()
			}
		}
		for tries := 0; tries < 100; tries++ {
			var rnd [6]byte
			_, _ = rand.Read(rnd[:])
			suffix := make([]byte, 6)
			for i, c := range rnd {
				suffix[i] = tempChars[int(c)%len(tempChars)]
			}
			use, release, err := b.use("mkdtemp", absPrefix+string(suffix), writeEntry)
			if err != nil {
				return nil, err
			}
			err = retryEINTR(func() error { return unix.Mkdir(use, 0o700) })
			release()
			if err == syscall.EEXIST {
				continue
			}
			if err != nil {
				return nil, err
			}
			return b.value(prefix + string(suffix)), nil
		}
		return nil, syscall.EEXIST
	})
}

func (b *binding) rmdir(call goja.FunctionCall) goja.Value {
	return b.pathCall(call, 1, "rmdir", writeEntry, unix.Rmdir)
}

func (b *binding) unlink(call goja.FunctionCall) goja.Value {
	return b.pathCall(call, 1, "unlink", writeEntry, unix.Unlink)
}

func (b *binding) rename(call goja.FunctionCall) goja.Value {
	return b.twoPathCall(call, "rename", writeEntry, unix.Rename)
}

func (b *binding) link(call goja.FunctionCall) goja.Value {
	return b.twoPathCall(call, "link", access{permission.Entry, readThenWrite}, unix.Link)
}

// symlink(target, path, req): the target is stored as given.
func (b *binding) symlink(call goja.FunctionCall) goja.Value {
	target, path := argString(call, 0), argString(call, 1)
	abs := b.resolve(path)
	return b.dispatch(call.Argument(2), "symlink", target, func() (result, error) {
		if abs == "" || target == "" {
			return nil, wrap(syscall.ENOENT, "symlink", target, path)
		}
		if err := b.checkSymlink(); err != nil {
			return nil, err
		}
		use, release, err := b.use("symlink", abs, writeEntry)
		if err != nil {
			return nil, err
		}
		defer release()
		return nil, wrap(unix.Symlink(target, use), "symlink", target, path)
	})
}

func (b *binding) readlink(call goja.FunctionCall) goja.Value {
	path := argString(call, 0)
	abs := b.resolve(path)
	return b.dispatch(call.Argument(1), "readlink", path, func() (result, error) {
		if abs == "" {
			return nil, syscall.ENOENT
		}
		use, release, err := b.use("readlink", abs, readEntry)
		if err != nil {
			return nil, err
		}
		defer release()
		s, err := os.Readlink(use)
		if err != nil {
			return nil, unwrapPathError(err)
		}
		return b.value(s), nil
	})
}

// realpath(path, native, req): the JS realpath reports the lstat that
// failed; realpath.native reports realpath on the caller's path.
func (b *binding) realpath(call goja.FunctionCall) goja.Value {
	path := argString(call, 0)
	native := argBool(call, 1)
	abs := b.resolve(path)
	return b.dispatch(call.Argument(2), "realpath", path, func() (result, error) {
		if abs == "" {
			abs = b.rt.Cwd()
		}
		s, err := filepath.EvalSymlinks(abs)
		if err == nil {
			// The answer names a path: it must be one the script may read.
			var release func()
			if _, release, err = b.use("realpath", s, readObj); err != nil {
				return nil, err
			}
			release()
		}
		if err != nil {
			if native {
				return nil, unwrapPathError(err)
			}
			var pe *fs.PathError
			if errors.As(err, &pe) {
				return nil, wrap(pe.Err, "lstat", pe.Path, "")
			}
			return nil, err
		}
		return b.value(s), nil
	})
}

func (b *binding) chmod(call goja.FunctionCall) goja.Value {
	mode := uint32(argInt(call, 1))
	return b.pathCall(call, 2, "chmod", writeObj, func(abs string) error { return unix.Chmod(abs, mode) })
}

func (b *binding) lchmod(call goja.FunctionCall) goja.Value {
	mode := uint32(argInt(call, 1))
	return b.pathCall(call, 2, "lchmod", writeEntry, func(abs string) error {
		return unix.Fchmodat(unix.AT_FDCWD, abs, mode, unix.AT_SYMLINK_NOFOLLOW)
	})
}

func (b *binding) chown(call goja.FunctionCall) goja.Value {
	uid, gid := int(argInt(call, 1)), int(argInt(call, 2))
	return b.pathCall(call, 3, "chown", writeObj, func(abs string) error { return unix.Chown(abs, uid, gid) })
}

func (b *binding) lchown(call goja.FunctionCall) goja.Value {
	uid, gid := int(argInt(call, 1)), int(argInt(call, 2))
	return b.pathCall(call, 3, "lchown", writeEntry, func(abs string) error { return unix.Lchown(abs, uid, gid) })
}

// truncate(path, len, req): Node opens the file and truncates the
// descriptor, so a missing file is reported by open.
func (b *binding) truncate(call goja.FunctionCall) goja.Value {
	n := argInt(call, 1)
	return b.pathCall(call, 2, "open", writeObj, func(abs string) error {
		fd, err := openFile(abs, unix.O_WRONLY, 0)
		if err != nil {
			return err
		}
		defer unix.Close(fd)
		return wrap(unix.Ftruncate(fd, n), "ftruncate", "", "")
	})
}

// timespecs converts seconds (as Node's toUnixTimestamp gives) to the
// access and modification times utimensat takes.
func timespecs(atime, mtime float64) []unix.Timespec {
	return []unix.Timespec{unix.NsecToTimespec(int64(atime * 1e9)), unix.NsecToTimespec(int64(mtime * 1e9))}
}

func (b *binding) utimes(call goja.FunctionCall) goja.Value {
	ts := timespecs(argFloat(call, 1), argFloat(call, 2))
	return b.pathCall(call, 3, "utime", writeObj, func(abs string) error { return unix.UtimesNano(abs, ts) })
}

func (b *binding) lutimes(call goja.FunctionCall) goja.Value {
	ts := timespecs(argFloat(call, 1), argFloat(call, 2))
	return b.pathCall(call, 3, "lutime", writeEntry, func(abs string) error {
		return unix.UtimesNanoAt(unix.AT_FDCWD, abs, ts, unix.AT_SYMLINK_NOFOLLOW)
	})
}

func (b *binding) access(call goja.FunctionCall) goja.Value {
	mode := uint32(argInt(call, 1))
	return b.pathCall(call, 2, "access", readObj, func(abs string) error { return unix.Faccessat(unix.AT_FDCWD, abs, mode, 0) })
}

// readFile(pathOrFd, isFd, flags, req) → Buffer of the whole file.
func (b *binding) readFile(call goja.FunctionCall) goja.Value {
	isFD := argBool(call, 1)
	flags := int(argInt(call, 2))
	if isFD {
		fd := int(argInt(call, 0))
		return b.dispatch(call.Argument(3), "read", "", func() (result, error) {
			data, err := b.fds.readAll(fd, 0, -1)
			if err != nil {
				return nil, err
			}
			return func() goja.Value { return b.rt.WrapBytes(data) }, nil
		})
	}
	path := argString(call, 0)
	abs := b.resolve(path)
	return b.dispatch(call.Argument(3), "open", path, func() (result, error) {
		fd, err := b.openUse("open", abs, flags, 0o666)
		if err != nil {
			return nil, err
		}
		defer unix.Close(fd)
		var st unix.Stat_t
		if err := unix.Fstat(fd, &st); err != nil {
			return nil, wrap(err, "fstat", "", "")
		}
		hint := int64(0)
		if st.Mode&unix.S_IFMT == unix.S_IFREG {
			hint = st.Size
		}
		data, err := readAllFD(fd, hint)
		if err != nil {
			return nil, wrap(err, "read", "", "")
		}
		return func() goja.Value { return b.rt.WrapBytes(data) }, nil
	})
}

// readAllFD reads a descriptor this call opened itself to its end.
func readAllFD(fd int, hint int64) ([]byte, error) {
	buf := make([]byte, 0, hint+1)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := unix.Read(fd, buf[len(buf):cap(buf)])
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, err
		}
		if n == 0 {
			return buf, nil
		}
		buf = buf[:len(buf)+n]
	}
}

// writeFile(pathOrFd, isFd, data, flags, mode, req).
func (b *binding) writeFile(call goja.FunctionCall) goja.Value {
	isFD := argBool(call, 1)
	data, _ := b.rt.Bytes(call.Argument(2))
	flags := int(argInt(call, 3))
	mode := uint32(argInt(call, 4))
	req := call.Argument(5)
	if isFD {
		fd := int(argInt(call, 0))
		if fd == 1 || fd == 2 {
			err := b.fds.writeAll(fd, data, -1)
			return b.dispatch(req, "write", "", func() (result, error) { return nil, err })
		}
		return b.dispatch(req, "write", "", func() (result, error) {
			return nil, b.fds.writeAll(fd, data, -1)
		})
	}
	path := argString(call, 0)
	abs := b.resolve(path)
	return b.dispatch(req, "open", path, func() (result, error) {
		fd, err := b.openUse("open", abs, flags, mode)
		if err != nil {
			return nil, err
		}
		for len(data) > 0 {
			n, err := unix.Write(fd, data)
			if err == syscall.EINTR {
				continue
			}
			if err != nil {
				unix.Close(fd)
				return nil, wrap(err, "write", "", "")
			}
			data = data[n:]
		}
		return nil, wrap(unix.Close(fd), "close", "", "")
	})
}
