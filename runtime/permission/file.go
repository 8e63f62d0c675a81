package permission

import (
	"context"
	"path/filepath"
	"strings"
)

// Target says what a file call acts on, which decides how its path is
// resolved and pinned.
type Target int

const (
	// Object is what the path leads to (stat, open, chmod, readdir...):
	// every link is followed and the object itself pinned.
	Object Target = iota
	// Entry is the directory entry itself (lstat, unlink, rename, mkdir,
	// readlink...): the last component is not followed, and the directory
	// holding it is pinned.
	Entry
	// Create is a file an open may create: every link is followed, as for
	// Object, and the directory of the resulting entry is pinned; the
	// caller opens the name with O_NOFOLLOW, so a link swapped in there
	// since fails with ELOOP.
	Create
)

// File checks a file access and pins what was checked. abs is the path the
// script named, made absolute; target says what the call acts on. The request (one per scope, in
// order, so a read-write open is checked for writing first, as node does)
// names the resolved path; if a handler rewrites it, the rewritten path is
// resolved and pinned instead. The caller uses the returned Path and
// closes it. A nil Policy pins nothing and returns abs itself.
func (p *Policy) File(ctx context.Context, op, abs string, target Target, scopes ...Scope) (*Pinned, error) {
	entry := target != Object
	if p == nil {
		return unpinned(abs), nil
	}
	slash := ""
	if strings.HasSuffix(abs, "/") && len(abs) > 1 {
		slash = "/"
	}
	// The common case first: a path with no link in it is its own
	// resolution, and pinning it (which refuses links) proves it has
	// none, in one system call instead of one per component.
	if pin, ok := pinPlain(abs, target); ok {
		use, err := p.checkFile(ctx, op, abs, filepath.Clean(abs), target, scopes)
		if err == nil && use == filepath.Clean(abs) {
			return pin, nil
		}
		pin.Close()
		if err != nil {
			return nil, err
		}
		return Pin(use+slash, entry)
	}
	resolved, err := resolve(abs, target != Entry)
	if err != nil {
		return nil, err
	}
	use, err := p.checkFile(ctx, op, abs, resolved, target, scopes)
	if err != nil {
		return nil, err
	}
	if use == "/" {
		slash = ""
	}
	return Pin(use+slash, entry)
}

// checkFile asks the chain about resolved for each scope and returns the
// path to use: resolved, or a handler's rewrite of it, itself resolved.
func (p *Policy) checkFile(ctx context.Context, op, abs, resolved string, target Target, scopes []Scope) (string, error) {
	use := resolved
	for _, s := range scopes {
		req := &Request{Scope: s, Resource: resolved, Op: op}
		if err := p.Check(ctx, req); err != nil {
			return "", named(err, resolved, abs)
		}
		if req.Resource != resolved {
			r := req.Resource
			if !filepath.IsAbs(r) {
				r = filepath.Join(filepath.Dir(resolved), r)
			}
			var err error
			if use, err = resolve(r, target != Entry); err != nil {
				return "", err
			}
		}
	}
	return use, nil
}

// FileOK is File for a question rather than a use: it resolves abs and
// checks it without pinning, reporting whether the access is allowed.
func (p *Policy) FileOK(ctx context.Context, op, abs string, scope Scope) bool {
	if p == nil {
		return true
	}
	resolved, err := Resolve(abs)
	if err != nil {
		return false
	}
	return p.Check(ctx, &Request{Scope: scope, Resource: resolved, Op: op}) == nil
}

// named makes a refusal of the resolved path name the path as the script
// gave it (made absolute), as node reports it; handlers saw the resolved
// one.
func named(err error, resolved, abs string) error {
	d, ok := err.(*DeniedError)
	if !ok || d.Resource != resolved {
		return err
	}
	c := *d
	c.Resource = filepath.Clean(abs)
	return &c
}
