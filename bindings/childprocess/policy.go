package childprocess

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// ErrAccessDenied is matched (errors.Is) by every *AccessDeniedError.
var ErrAccessDenied = errors.New("access to this API has been restricted")

// AccessDeniedError reports a spawn that a RunPolicy refused. The script
// sees Node's permission-model error: thrown synchronously, message
// "Access to this API has been restricted", code ERR_ACCESS_DENIED,
// permission "ChildProcess" and resource naming the program.
type AccessDeniedError struct {
	// Program is the program as resolved when it was checked.
	Program string
	// Reason says which rule refused it.
	Reason string
}

// Error says which program was refused and why.
func (e *AccessDeniedError) Error() string {
	return fmt.Sprintf("jsproc: running %s is not allowed: %s", e.Program, e.Reason)
}

// Is makes errors.Is(err, ErrAccessDenied) true.
func (e *AccessDeniedError) Is(target error) bool { return target == ErrAccessDenied }

// RunPolicy decides which programs scripts may start, in the manner of
// Deno's --allow-run: programs are compared by their real path, so a
// relative path, a changed PATH or a symlink cannot get around the lists.
// The zero value allows everything.
type RunPolicy struct {
	allowAll bool
	allow    map[string]bool // real paths
	deny     map[string]bool // real paths
}

// NewRunPolicy builds a policy. allow lists the programs that may run (nil
// means every program not denied); deny lists programs that never run. A
// name without a slash is looked up in the host's PATH, a path is made
// absolute against the host's working directory, and both are resolved
// through symlinks. Entries that do not resolve match nothing.
func NewRunPolicy(allow, deny []string) *RunPolicy {
	p := &RunPolicy{allowAll: allow == nil, allow: map[string]bool{}, deny: map[string]bool{}}
	for _, a := range allow {
		if real, ok := resolveHostProgram(a); ok {
			p.allow[real] = true
		}
	}
	for _, d := range deny {
		if real, ok := resolveHostProgram(d); ok {
			p.deny[real] = true
		}
	}
	return p
}

// Unrestricted reports whether the policy allows every program.
func (p *RunPolicy) Unrestricted() bool {
	return p == nil || (p.allowAll && len(p.deny) == 0)
}

func resolveHostProgram(name string) (string, bool) {
	path, err := LookPath(name, os.Environ())
	if err != nil {
		return "", false
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", false
	}
	real, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return "", false
	}
	return real, true
}

// loaderVariables are environment variables that make the dynamic loader
// run code of the caller's choosing inside any program.
var loaderPrefixes = []string{"LD_", "DYLD_"}

// Check decides one request: the program req.File names (looked up in the
// PATH of req.Env, as the start will) and the environment it gets. It
// returns the absolute path that was checked.
func (p *RunPolicy) Check(req *SpawnRequest) (string, error) {
	path, err := LookPath(req.File, req.Env)
	if err != nil {
		return "", err // cannot start anyway: the start reports it
	}
	if !filepath.IsAbs(path) {
		path = filepath.Join(req.Dir, path)
	}
	if p.Unrestricted() {
		return path, nil
	}
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return "", err
	}
	if p.deny[real] {
		return "", &AccessDeniedError{Program: req.File, Reason: real + " is denied"}
	}
	if !p.allowAll && !p.allow[real] {
		return "", &AccessDeniedError{Program: req.File, Reason: real + " is not in the allow list"}
	}
	for _, kv := range req.Env {
		k, v, _ := strings.Cut(kv, "=")
		for _, pre := range loaderPrefixes {
			if strings.HasPrefix(k, pre) {
				if host, ok := os.LookupEnv(k); !ok || host != v {
					return "", &AccessDeniedError{Program: req.File, Reason: "environment variable " + k + " is refused unless all programs may run"}
				}
			}
		}
	}
	return path, nil
}

// Handler returns the spawn handler that enforces p. An allowed request
// continues with req.File pinned to the absolute path that was checked, so
// what runs is what was checked.
func (p *RunPolicy) Handler() SpawnHandler {
	return func(ctx context.Context, req *SpawnRequest, next SpawnFunc) (Process, error) {
		path, err := p.Check(req)
		var denied *AccessDeniedError
		if errors.As(err, &denied) {
			return nil, err
		}
		if err == nil && !p.Unrestricted() {
			req.File = path
		}
		return next(ctx, req)
	}
}
