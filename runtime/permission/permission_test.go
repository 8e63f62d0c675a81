package permission

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

func TestResolve(t *testing.T) {
	root, _ := filepath.EvalSymlinks(t.TempDir())
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.MkdirAll(filepath.Join(root, "a/b"), 0o755))
	must(os.Symlink("a/b", filepath.Join(root, "rel")))
	must(os.Symlink(filepath.Join(root, "a"), filepath.Join(root, "abs")))
	must(os.Symlink("..", filepath.Join(root, "a/up")))
	must(os.Symlink("self", filepath.Join(root, "self")))
	cases := []struct{ in, want string }{
		{root + "/a/b", root + "/a/b"},
		{root + "/rel/x", root + "/a/b/x"},
		{root + "/abs/b", root + "/a/b"},
		{root + "/a/up/a", root + "/a"},
		{root + "/a/up/../x", filepath.Dir(root) + "/x"},
		{root + "/missing/../a", root + "/a"},
		{root + "/a/b/c/d", root + "/a/b/c/d"},
		{"/proc/self/root" + root + "/rel", root + "/a/b"},
	}
	for _, c := range cases {
		got, err := Resolve(c.in)
		if err != nil || got != c.want {
			t.Errorf("Resolve(%s) = %s, %v; want %s", c.in, got, err, c.want)
		}
	}
	if got, err := ResolveEntry(root + "/rel"); err != nil || got != root+"/rel" {
		t.Errorf("ResolveEntry keeps the last link: %s %v", got, err)
	}
	if _, err := Resolve(root + "/self"); err != syscall.ELOOP {
		t.Errorf("a link loop: %v", err)
	}
}

func TestWithin(t *testing.T) {
	for _, c := range []struct {
		dir, p string
		want   bool
	}{
		{"/tmp/a", "/tmp/a", true}, {"/tmp/a", "/tmp/a/b", true}, {"/tmp/a", "/tmp/ab", false},
		{"/tmp/a", "/tmp", false}, {"/", "/x", true}, {"/tmp/a", "/tmp/a/", true},
	} {
		if got := Within(c.dir, c.p); got != c.want {
			t.Errorf("Within(%s, %s) = %v", c.dir, c.p, got)
		}
	}
}

func TestGrants(t *testing.T) {
	p := New(Grants{
		FSRead: []string{"/srv/data"}, FSWrite: []string{"*"},
		Net: []string{"localhost", "example.com:443", "[::1]:8080"}, Env: []string{"HOME"},
	}.Handler())
	ctx := context.Background()
	for _, c := range []struct {
		s    Scope
		r    string
		want bool
	}{
		{FileSystemRead, "/srv/data/x", true}, {FileSystemRead, "/srv/database", false},
		{FileSystemRead, "", true}, {FileSystemRead, "*", false}, {FileSystemWrite, "*", true},
		{Net, "127.0.0.1:99", true}, {Net, "example.com:443", true}, {Net, "EXAMPLE.com:443", true},
		{Net, "example.com:80", false}, {Net, "[::1]:8080", true}, {Net, "[::1]:8081", true} /* localhost */, {Net, "[::2]:8080", false},
		{Environment, "HOME", true}, {Environment, "PATH", false},
		{ChildProcess, "", false}, {WorkerThreads, "", false},
	} {
		if got := p.Allowed(ctx, c.s, c.r, "test"); got != c.want {
			t.Errorf("%s %q: %v, want %v", c.s, c.r, got, c.want)
		}
	}
	err := p.Check(ctx, &Request{Scope: Net, Resource: "evil:1"})
	var d *DeniedError
	if !errors.As(err, &d) || !errors.Is(err, ErrDenied) || d.Scope != Net || d.Resource != "evil:1" {
		t.Errorf("denial: %#v", err)
	}
}

func TestChainOrderAndRewrite(t *testing.T) {
	var order []string
	h := func(name string) Handler {
		return func(ctx context.Context, req *Request, next Check) error {
			order = append(order, name)
			req.Resource += name
			return next(ctx, req)
		}
	}
	req := &Request{Scope: Net, Resource: ">"}
	if err := New(h("a"), h("b")).Check(context.Background(), req); err != nil {
		t.Fatal(err)
	}
	if req.Resource != ">ab" || len(order) != 2 || order[0] != "a" {
		t.Errorf("order %v resource %q", order, req.Resource)
	}
	var nilPolicy *Policy
	if nilPolicy.Check(context.Background(), req) != nil {
		t.Error("a nil policy must allow")
	}
}
