package permission

import (
	"context"
	"net"
	"path/filepath"
	"strings"
)

// Grants is node's --permission model as a Handler: everything not granted
// is denied. The zero value grants nothing. Only the scopes a Grants knows
// are decided by it; a request for another scope is passed on.
type Grants struct {
	// FSRead and FSWrite are the paths that may be read and written: a
	// path grants itself and, when it is a directory, everything inside
	// it. "*" grants every path. Relative paths are taken against the
	// working directory when Handler is called; symlinks in them are
	// resolved then too, since requests name resolved paths.
	FSRead, FSWrite []string
	// ChildProcess allows starting programs (which programs may run is
	// child_process's RunPolicy's business).
	ChildProcess bool
	// Workers allows starting worker threads.
	Workers bool
	// Net lists the hosts that may be connected to or listened on, each
	// "host" (any port) or "host:port" ("[v6]:port" for IPv6); "*" grants
	// every host. Hosts compare case-insensitively, as given.
	Net []string
	// Env lists the environment variables the script may see; "*"
	// grants every one. A variable the script sets itself is always its
	// own.
	Env []string
}

// Handler returns the deny-by-default handler for g. It copies g, so later
// changes to g do not change it.
func (g Grants) Handler() Handler {
	c := compiled{
		read:  compilePaths(g.FSRead),
		write: compilePaths(g.FSWrite),
		child: g.ChildProcess, worker: g.Workers,
		env: map[string]bool{},
	}
	for _, n := range g.Net {
		if n == "*" {
			c.netAll = true
			continue
		}
		c.net = append(c.net, parseHostPort(n))
	}
	for _, e := range g.Env {
		if e == "*" {
			c.envAll = true
		}
		c.env[e] = true
	}
	return c.handle
}

type hostPort struct{ host, port string }

type pathSet struct {
	all   bool
	paths []string // absolute, cleaned, symlinks resolved
}

type compiled struct {
	read, write    pathSet
	child, worker  bool
	net            []hostPort
	netAll, envAll bool
	env            map[string]bool
}

func (c *compiled) handle(ctx context.Context, req *Request, next Check) error {
	ok := false
	switch req.Scope {
	case FileSystemRead:
		ok = c.read.has(req.Resource)
	case FileSystemWrite:
		ok = c.write.has(req.Resource)
	case ChildProcess:
		ok = c.child
	case WorkerThreads:
		ok = c.worker
	case Net:
		ok = c.netHas(req.Resource)
	case Environment:
		ok = c.envAll || (req.Resource != "" && c.env[req.Resource])
	default:
		return next(ctx, req)
	}
	if !ok {
		return Deny(req)
	}
	return next(ctx, req)
}

func compilePaths(list []string) pathSet {
	var s pathSet
	for _, p := range list {
		if p == "*" {
			s.all = true
			continue
		}
		abs, err := filepath.Abs(p)
		if err != nil {
			continue
		}
		if r, err := Resolve(abs); err == nil {
			abs = r
		}
		s.paths = append(s.paths, abs)
	}
	return s
}

// has reports whether p (absolute, resolved) is granted; "" asks whether
// any path is.
func (s pathSet) has(p string) bool {
	if s.all {
		return true
	}
	if p == "*" {
		return false
	}
	if p == "" {
		// node's has() without a reference: is anything granted?
		return len(s.paths) > 0
	}
	for _, g := range s.paths {
		if Within(g, p) {
			return true
		}
	}
	return false
}

// Within reports whether p is dir or inside it, comparing whole path
// components ("/tmp/a" is not within "/tmp/ab"). Both are absolute and
// clean.
func Within(dir, p string) bool {
	p = strings.TrimSuffix(p, "/")
	if p == "" {
		p = "/"
	}
	if dir == "/" || p == dir {
		return true
	}
	return strings.HasPrefix(p, dir) && p[len(dir)] == '/'
}

// parseHostPort splits "host", "host:port" or "[v6]:port".
func parseHostPort(s string) hostPort {
	if h, p, err := net.SplitHostPort(s); err == nil {
		return hostPort{strings.ToLower(h), p}
	}
	return hostPort{strings.ToLower(strings.Trim(s, "[]")), ""}
}

func (c *compiled) netHas(resource string) bool {
	if c.netAll {
		return true
	}
	if resource == "" {
		return false
	}
	want := parseHostPort(resource)
	for _, g := range c.net {
		if sameHost(g.host, want.host) && (g.port == "" || g.port == want.port) {
			return true
		}
	}
	return false
}

// sameHost compares a granted host with a requested one; "localhost"
// grants the loopback addresses too, which some clients connect to in its
// place.
func sameHost(granted, host string) bool {
	if granted == host {
		return true
	}
	return granted == "localhost" && (host == "127.0.0.1" || host == "::1")
}
