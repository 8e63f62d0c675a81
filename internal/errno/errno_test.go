package errno_test

import (
	"errors"
	"io/fs"
	"os/exec"
	"syscall"
	"testing"

	"github.com/jsproc/jsproc/internal/errno"
)

func TestNamesAndMessages(t *testing.T) {
	for _, c := range []struct {
		n         syscall.Errno
		name, msg string
	}{
		{syscall.ENOENT, "ENOENT", "no such file or directory"},
		{syscall.EAGAIN, "EAGAIN", "resource temporarily unavailable"},
		{syscall.ENOMEM, "ENOMEM", "not enough memory"},
		{syscall.EOPNOTSUPP, "ENOTSUP", "operation not supported on socket"},
		{syscall.ECHILD, "ECHILD", syscall.ECHILD.Error()},
	} {
		if got := errno.Name(c.n); got != c.name {
			t.Errorf("Name(%d) = %q, want %q", c.n, got, c.name)
		}
		if got := errno.Message(c.n); got != c.msg {
			t.Errorf("Message(%d) = %q, want %q", c.n, got, c.msg)
		}
	}
	if got := errno.Name(0x7fff); got != "UNKNOWN" {
		t.Errorf("Name(0x7fff) = %q", got)
	}
}

func TestByName(t *testing.T) {
	for name, want := range map[string]syscall.Errno{"ENOENT": syscall.ENOENT, "EWOULDBLOCK": syscall.EAGAIN, "EAGAIN": syscall.EAGAIN, "EOPNOTSUPP": syscall.EOPNOTSUPP, "ENOTSUP": syscall.ENOTSUP} {
		if got, ok := errno.ByName(name); !ok || got != want {
			t.Errorf("ByName(%s) = %d, %v; want %d", name, got, ok, want)
		}
	}
	if _, ok := errno.ByName("ENOPE"); ok {
		t.Error("ByName(ENOPE) found")
	}
}

func TestMapAndConstants(t *testing.T) {
	seen := map[string]bool{}
	for _, e := range errno.Map() {
		if e.Code >= 0 || e.Name == "" || e.Message == "" || seen[e.Name] {
			t.Errorf("bad or repeated entry %+v", e)
		}
		seen[e.Name] = true
	}
	if !seen["EOF"] || !seen["EAI_AGAIN"] || !seen["ENOENT"] {
		t.Errorf("map lacks libuv's own or errno entries: %d entries", len(errno.Map()))
	}
	cs := errno.Constants()
	if len(cs) < 70 || cs[0].Name != "E2BIG" || cs[0].Num != syscall.E2BIG {
		t.Errorf("constants: %d, first %+v", len(cs), cs[0])
	}
}

func TestOf(t *testing.T) {
	for _, c := range []struct {
		err  error
		want syscall.Errno
	}{
		{syscall.EPIPE, syscall.EPIPE},
		{&fs.PathError{Op: "open", Path: "x", Err: syscall.EACCES}, syscall.EACCES},
		{exec.ErrNotFound, syscall.ENOENT},
		{fs.ErrExist, syscall.EEXIST},
	} {
		if got, ok := errno.Of(c.err); !ok || got != c.want {
			t.Errorf("Of(%v) = %d, %v", c.err, got, ok)
		}
	}
	if _, ok := errno.Of(errors.New("other")); ok {
		t.Error("Of(plain error) found an errno")
	}
}
