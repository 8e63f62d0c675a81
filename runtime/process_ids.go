package runtime

import (
	"fmt"
	"os/user"
	"strconv"
	"syscall"

	"github.com/dop251/goja"
)

// This file is process.setuid and its family: changing the process's
// user and group ids, by number or by name, with node's checks.

// setIDMethods adds setuid, seteuid, setgid, setegid, setgroups and
// initgroups to process.
func (r *Runtime) setIDMethods(p *goja.Object) {
	for _, m := range []struct {
		name  string
		group bool
		set   func(int) error
	}{
		{"setuid", false, syscall.Setuid},
		{"seteuid", false, syscall.Seteuid},
		{"setgid", true, syscall.Setgid},
		{"setegid", true, syscall.Setegid},
	} {
		p.Set(m.name, func(id goja.Value) {
			n := r.credential(id, "id", m.group)
			if err := m.set(n); err != nil {
				panic(r.ErrnoException(err, m.name))
			}
		})
	}
	p.Set("setgroups", func(groups goja.Value) {
		if groups == nil {
			groups = goja.Undefined()
		}
		obj, ok := groups.(*goja.Object)
		if !ok || obj.ClassName() != "Array" {
			panic(r.jsError("invalidArgType", r.vm.ToValue("groups"), r.vm.ToValue("Array"), groups))
		}
		n := int(obj.Get("length").ToInteger())
		ids := make([]int, n)
		for i := range ids {
			ids[i] = r.credential(obj.Get(strconv.Itoa(i)), fmt.Sprintf("groups[%d]", i), true)
		}
		if err := syscall.Setgroups(ids); err != nil {
			panic(r.ErrnoException(err, "setgroups"))
		}
	})
	p.Set("initgroups", func(userv, extra goja.Value) {
		r.checkCredentialType(userv, "user")
		r.checkCredentialType(extra, "extraGroup")
		var u *user.User
		var err error
		if s, ok := userv.Export().(string); ok {
			u, err = user.Lookup(s)
		} else {
			u, err = user.LookupId(strconv.FormatInt(userv.ToInteger(), 10))
		}
		gid := r.credential(extra, "extraGroup", true)
		if err != nil {
			// As node does, an unknown user changes nothing.
			return
		}
		ids := []int{gid}
		if list, err := u.GroupIds(); err == nil {
			for _, g := range list {
				if n, err := strconv.Atoi(g); err == nil && n != gid {
					ids = append(ids, n)
				}
			}
		}
		if err := syscall.Setgroups(ids); err != nil {
			panic(r.ErrnoException(err, "initgroups"))
		}
	})
}

func (r *Runtime) checkCredentialType(v goja.Value, name string) {
	if v == nil {
		v = goja.Undefined()
	}
	switch v.Export().(type) {
	case string, int64, float64:
		return
	}
	panic(r.jsError("invalidArgType", r.vm.ToValue(name), r.vm.ToValue([]any{"number", "string"}), v))
}

// credential turns a uid or gid argument (a number, or a user or group
// name) into an id, throwing node's errors.
func (r *Runtime) credential(v goja.Value, name string, group bool) int {
	r.checkCredentialType(v, name)
	s, isName := v.Export().(string)
	if !isName {
		r.validateUint32(v, name)
		return int(v.ToInteger())
	}
	if group {
		if g, err := user.LookupGroup(s); err == nil {
			if n, err := strconv.Atoi(g.Gid); err == nil {
				return n
			}
		}
		panic(r.NodeErrorf("Error", "ERR_UNKNOWN_CREDENTIAL", "Group identifier does not exist: %s", s))
	}
	if u, err := user.Lookup(s); err == nil {
		if n, err := strconv.Atoi(u.Uid); err == nil {
			return n
		}
	}
	panic(r.NodeErrorf("Error", "ERR_UNKNOWN_CREDENTIAL", "User identifier does not exist: %s", s))
}
