package fs

import (
	"os"

	"github.com/jsproc/jsproc/runtime/permission"
	"golang.org/x/sys/unix"
)

// access is what a call does to a path: the scopes it needs (checked in
// order) and whether it acts on the directory entry itself (lstat,
// unlink, rename...) or on what the path leads to (stat, open...).
type access struct {
	target permission.Target
	scopes []permission.Scope
}

var (
	read      = []permission.Scope{permission.FileSystemRead}
	write     = []permission.Scope{permission.FileSystemWrite}
	readWrite = []permission.Scope{permission.FileSystemWrite, permission.FileSystemRead}
	// readThenWrite is link's source: node asks for reading first.
	readThenWrite = []permission.Scope{permission.FileSystemRead, permission.FileSystemWrite}

	readObj    = access{permission.Object, read}
	readEntry  = access{permission.Entry, read}
	writeObj   = access{permission.Object, write}
	writeEntry = access{permission.Entry, write}
)

func noRelease() {}

// use checks the call's access to abs with the runtime's policy and
// returns the path the call must use instead of abs (the checked object,
// pinned: see permission.Pin) and a function that releases it. Without a
// policy it returns abs itself at no cost. Safe from any goroutine.
func (b *binding) use(op, abs string, a access) (string, func(), error) {
	p := b.rt.Permission()
	if p == nil || abs == "" {
		return abs, noRelease, nil
	}
	pin, err := p.File(b.rt.Context(), op, abs, a.target, a.scopes...)
	if err != nil {
		return "", noRelease, err
	}
	return pin.Path, pin.Close, nil
}

// openAccess is the access open(2) with flags needs: reading, writing or
// both (node checks writing first); one that may create the file pins
// the directory it lands in.
func openAccess(flags int) access {
	a := access{target: permission.Object, scopes: read}
	if flags&unix.O_CREAT != 0 {
		a.target = permission.Create
	}
	switch {
	case flags&unix.O_ACCMODE == unix.O_RDWR:
		a.scopes = readWrite
	case flags&unix.O_ACCMODE == unix.O_WRONLY, flags&(unix.O_CREAT|unix.O_TRUNC|unix.O_APPEND) != 0:
		a.scopes = write
	}
	return a
}

// openUse opens abs with node's flags after the policy allowed it. A call
// that may create the file opens it in its pinned directory with
// O_NOFOLLOW: the checked name held no symlink, so one found there now was
// swapped in since, and the open fails with ELOOP instead of following it.
func (b *binding) openUse(op, abs string, flags int, mode uint32) (int, error) {
	a := openAccess(flags)
	path, release, err := b.use(op, abs, a)
	if err != nil {
		return -1, err
	}
	defer release()
	if a.target == permission.Create && path != abs {
		flags |= unix.O_NOFOLLOW
	}
	return openFile(path, flags, mode)
}

// symlinkDenied is node 20's answer to fs.symlink without full read and
// write access: links would let a script name paths outside its grants.
func (b *binding) checkSymlink() error {
	p := b.rt.Permission()
	if p == nil {
		return nil
	}
	ctx := b.rt.Context()
	if p.Allowed(ctx, permission.FileSystemRead, "*", "symlink") && p.Allowed(ctx, permission.FileSystemWrite, "*", "symlink") {
		return nil
	}
	return &permission.DeniedError{Message: "fs.symlink API requires full fs.read and fs.write permissions."}
}

// usePath runs fn on the checked, pinned form of abs.
func (b *binding) usePath(op, abs string, a access, fn func(use string) error) error {
	use, release, err := b.use(op, abs, a)
	if err != nil {
		return err
	}
	defer release()
	return fn(use)
}

// lstatChecked and statChecked are os.Lstat and os.Stat through the
// policy.
func (b *binding) lstatChecked(abs string) (fi os.FileInfo, err error) {
	err = b.usePath("lstat", abs, readEntry, func(use string) error {
		fi, err = os.Lstat(use)
		return err
	})
	return fi, err
}

func (b *binding) statChecked(abs string) (fi os.FileInfo, err error) {
	err = b.usePath("stat", abs, readObj, func(use string) error {
		fi, err = os.Stat(use)
		return err
	})
	return fi, err
}

func hasScope(a access, s permission.Scope) bool {
	for _, x := range a.scopes {
		if x == s {
			return true
		}
	}
	return false
}
