package fs

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

// copyFileExcl is fs.constants.COPYFILE_EXCL.
const copyFileExcl = 1

// copyFile(src, dst, mode, req).
func (b *binding) copyFile(call goja.FunctionCall) goja.Value {
	src, dst := argString(call, 0), argString(call, 1)
	mode := argInt(call, 2)
	absSrc, absDst := b.resolve(src), b.resolve(dst)
	return b.dispatch(call.Argument(3), "copyfile", src, func() (result, error) {
		return nil, wrap(b.copyOne(absSrc, absDst, mode&copyFileExcl != 0), "copyfile", src, dst)
	})
}

// copyOne copies a regular file's bytes and permission bits.
// Both ends go through the policy: the source is read, the destination
// written.
func (b *binding) copyOne(src, dst string, excl bool) error {
	if src == "" || dst == "" {
		return syscall.ENOENT
	}
	useSrc, release, err := b.use("copyfile", src, readObj)
	if err != nil {
		return err
	}
	defer release()
	in, err := os.Open(useSrc)
	if err != nil {
		return unwrapPathError(err)
	}
	defer in.Close()
	st, err := in.Stat()
	if err != nil {
		return unwrapPathError(err)
	}
	if st.IsDir() {
		return syscall.EISDIR
	}
	flags := unix.O_WRONLY | unix.O_CREAT | unix.O_TRUNC
	if excl {
		flags |= unix.O_EXCL
	}
	fd, err := b.openUse("copyfile", dst, flags, uint32(st.Mode().Perm()))
	if err != nil {
		return err
	}
	out := os.NewFile(uintptr(fd), dst)
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return unwrapPathError(err)
	}
	if err := out.Chmod(st.Mode().Perm()); err != nil {
		out.Close()
		return unwrapPathError(err)
	}
	return unwrapPathError(out.Close())
}

// rm(path, recursive, force, req).
func (b *binding) rm(call goja.FunctionCall) goja.Value {
	path := argString(call, 0)
	recursive, force := argBool(call, 1), argBool(call, 2)
	abs := b.resolve(path)
	return b.dispatch(call.Argument(3), "lstat", path, func() (result, error) {
		if abs == "" {
			if force {
				return nil, nil
			}
			return nil, syscall.ENOENT
		}
		use, release, err := b.use("rm", abs, writeEntry)
		if err == syscall.ENOENT && force {
			return nil, nil
		}
		if err != nil {
			return nil, err
		}
		defer release()
		var st unix.Stat_t
		err = unix.Lstat(use, &st)
		if err != nil {
			if err == syscall.ENOENT && force {
				return nil, nil
			}
			return nil, err
		}
		if st.Mode&unix.S_IFMT == unix.S_IFDIR {
			if !recursive {
				return nil, &nodeError{code: "ERR_FS_EISDIR", message: "is a directory", errno: syscall.EISDIR, syscall: "rm", path: path}
			}
			// RemoveAll walks with openat and O_NOFOLLOW below use, so a
			// link inside the tree is removed, never followed.
			if err := os.RemoveAll(use); err != nil {
				return nil, wrap(unwrapPathError(err), "rm", path, "")
			}
			return nil, nil
		}
		return nil, wrap(unix.Unlink(use), "rm", path, "")
	})
}

// cp options, in the order the JS layer passes them.
type cpOptions struct {
	recursive, force, errorOnExist, dereference, preserveTimestamps bool
}

// cp(src, dst, recursive, force, errorOnExist, dereference,
// preserveTimestamps, req).
func (b *binding) cp(call goja.FunctionCall) goja.Value {
	src, dst := argString(call, 0), argString(call, 1)
	opts := cpOptions{argBool(call, 2), argBool(call, 3), argBool(call, 4), argBool(call, 5), argBool(call, 6)}
	absSrc, absDst := b.resolve(src), b.resolve(dst)
	return b.dispatch(call.Argument(7), "cp", src, func() (result, error) {
		if absSrc == "" {
			return nil, wrap(syscall.ENOENT, "lstat", src, "")
		}
		if filepath.Clean(absSrc) == filepath.Clean(absDst) {
			return nil, &nodeError{code: "ERR_FS_CP_EINVAL", message: "src and dest cannot be the same", errno: syscall.EINVAL, syscall: "cp", path: dst}
		}
		stat := b.lstatChecked
		if opts.dereference {
			stat = b.statChecked
		}
		st, err := stat(absSrc)
		if err != nil {
			return nil, wrap(unwrapPathError(err), "lstat", src, "")
		}
		if st.IsDir() {
			if !opts.recursive {
				return nil, &nodeError{code: "ERR_FS_EISDIR", message: src + " is a directory (not copied)", errno: syscall.EISDIR, syscall: "cp", path: src}
			}
			if strings.HasPrefix(filepath.Clean(absDst)+"/", filepath.Clean(absSrc)+"/") {
				return nil, &nodeError{code: "ERR_FS_CP_EINVAL", message: "cannot copy " + src + " to a subdirectory of self " + dst, errno: syscall.EINVAL, syscall: "cp", path: src}
			}
		}
		return nil, b.copyTree(absSrc, absDst, dst, st, opts, stat)
	})
}

// copyTree copies src (whose info is st) to dst; shownDst is dst as the
// caller named it, for error messages.
// Every step goes through the policy on its own.
func (b *binding) copyTree(src, dst, shownDst string, st os.FileInfo, opts cpOptions, stat func(string) (os.FileInfo, error)) error {
	switch {
	case st.IsDir():
		if err := b.usePath("mkdir", dst, writeEntry, func(use string) error { return os.Mkdir(use, st.Mode().Perm()|0o700) }); err != nil && !os.IsExist(err) {
			return wrap(unwrapPathError(err), "mkdir", dst, "")
		}
		var entries []os.DirEntry
		err := b.usePath("scandir", src, readObj, func(use string) (err error) {
			entries, err = os.ReadDir(use)
			return err
		})
		if err != nil {
			return wrap(unwrapPathError(err), "scandir", src, "")
		}
		for _, e := range entries {
			s, d := filepath.Join(src, e.Name()), filepath.Join(dst, e.Name())
			est, err := stat(s)
			if err != nil {
				return wrap(unwrapPathError(err), "lstat", s, "")
			}
			if err := b.copyTree(s, d, filepath.Join(shownDst, e.Name()), est, opts, stat); err != nil {
				return err
			}
		}
		return b.usePath("chmod", dst, writeObj, func(use string) error { return os.Chmod(use, st.Mode().Perm()) })
	case st.Mode()&os.ModeSymlink != 0:
		if err := b.checkSymlink(); err != nil {
			return err
		}
		var target string
		err := b.usePath("readlink", src, readEntry, func(use string) (err error) {
			target, err = os.Readlink(use)
			return err
		})
		if err != nil {
			return wrap(unwrapPathError(err), "readlink", src, "")
		}
		// Node's cp stores the link's target resolved against the source.
		if !filepath.IsAbs(target) {
			target = filepath.Join(filepath.Dir(src), target)
		}
		if _, err := os.Lstat(dst); err == nil {
			if !opts.force {
				return existError(shownDst, opts)
			}
			_ = os.Remove(dst)
		}
		return wrap(unwrapPathError(os.Symlink(target, dst)), "symlink", target, dst)
	default:
		if _, err := os.Lstat(dst); err == nil && !opts.force {
			return existError(shownDst, opts)
		}
		err := b.copyOne(src, dst, false)
		if err == nil && opts.preserveTimestamps {
			err = b.usePath("utime", dst, writeObj, func(use string) error { return os.Chtimes(use, st.ModTime(), st.ModTime()) })
		}
		return wrap(err, "copyfile", src, dst)
	}
}

// existError is what cp reports when the target exists and force is off:
// nothing, unless errorOnExist asks for ERR_FS_CP_EEXIST.
func existError(dst string, opts cpOptions) error {
	if opts.errorOnExist {
		return &nodeError{code: "ERR_FS_CP_EEXIST", message: dst + " already exists", errno: syscall.EEXIST, syscall: "cp", path: dst}
	}
	return nil
}
