package permission

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// maxLinks is how many symlinks one resolution follows before it fails
// with ELOOP, as the kernel's limit (40).
const maxLinks = 40

// Resolve returns abs (an absolute path) with every symlink in it resolved
// by reading the links one component at a time, the way the kernel walks
// a path. Components that do not exist are kept as written (cleaned), so a
// path about to be created resolves too. A link's text is followed as
// text: /proc/self/root resolves to "/", /proc/self/fd/3 to the path the
// descriptor was opened by, so the magic links of /proc are checked by
// where they lead and are never walked through later (see Pin).
func Resolve(abs string) (string, error) {
	return resolve(abs, true)
}

// ResolveEntry is Resolve for a call on a directory entry itself (lstat,
// unlink, rename, readlink...): every component but the last is resolved,
// the last is kept, since the call does not follow it.
func ResolveEntry(abs string) (string, error) {
	return resolve(abs, false)
}

func resolve(abs string, followLast bool) (string, error) {
	if !filepath.IsAbs(abs) {
		return "", syscall.EINVAL
	}
	rest := splitPath(abs)
	done := "/"
	links := 0
	for len(rest) > 0 {
		c := rest[0]
		rest = rest[1:]
		switch c {
		case "", ".":
			continue
		case "..":
			// done holds no symlink, so ".." is its lexical parent.
			done = filepath.Dir(done)
			continue
		}
		next := filepath.Join(done, c)
		if len(rest) == 0 && !followLast {
			return next, nil
		}
		fi, err := os.Lstat(next)
		if err != nil {
			if os.IsNotExist(err) || isErrno(err, syscall.ENOTDIR) {
				// Nothing below a missing component can be a link.
				return filepath.Join(append([]string{next}, rest...)...), nil
			}
			return "", unwrap(err)
		}
		if fi.Mode()&os.ModeSymlink == 0 {
			done = next
			continue
		}
		if links++; links > maxLinks {
			return "", syscall.ELOOP
		}
		target, err := os.Readlink(next)
		if isErrno(err, syscall.EINVAL) {
			// No longer a link: it changed since the lstat. Look again
			// (the link count bounds how often).
			rest = append([]string{c}, rest...)
			continue
		}
		if err != nil {
			return "", unwrap(err)
		}
		if filepath.IsAbs(target) {
			done = "/"
		}
		rest = append(splitPath(target), rest...)
	}
	return done, nil
}

func splitPath(p string) []string {
	return strings.Split(strings.Trim(p, "/"), "/")
}

func isErrno(err error, errno syscall.Errno) bool {
	return unwrap(err) == errno
}

func unwrap(err error) error {
	switch e := err.(type) {
	case *os.PathError:
		return e.Err
	case *os.LinkError:
		return e.Err
	}
	return err
}
