package cli

import (
	"sync"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc"
	"github.com/jsproc/jsproc/runtime"
	"github.com/jsproc/jsproc/runtime/permission"
)

// The permission flags. --permission (node 20 spells it
// --experimental-permission) turns on deny-by-default; the --allow-* flags
// grant. --allow-net and --allow-env are jsproc's own (node 20 cannot
// restrict either); alone they grant everything of their kind.
const (
	flagPermission     = "--permission"
	flagPermissionNode = "--experimental-permission"
	flagFSRead         = "--allow-fs-read"
	flagFSWrite        = "--allow-fs-write"
	flagChildProcess   = "--allow-child-process"
	flagWorker         = "--allow-worker"
	flagNet            = "--allow-net"
	flagEnv            = "--allow-env"
)

// permissionFlags are the permission options as given.
type permissionFlags struct {
	on           bool
	experimental bool // spelled as node 20 does: node's warning follows
	fsRead       []string
	fsWrite      []string
	childProcess bool
	worker       bool
	net, env     []string
	netAll       bool
	envAll       bool
}

// parsePermissionFlag takes one permission option, reporting whether name
// was one. next reads the option's value (from "=value" or the next
// argument); hasValue says whether it came with "=".
func (f *permissionFlags) parse(name, value string, hasValue bool, next func() (string, error)) (bool, error) {
	switch name {
	case flagPermission:
		f.on = true
	case flagPermissionNode:
		f.on, f.experimental = true, true
	case flagFSRead, flagFSWrite:
		// node: "--allow-fs-read requires an argument"; the value may be
		// the next argument.
		v, err := next()
		if err != nil {
			return true, err
		}
		if name == flagFSRead {
			f.fsRead = append(f.fsRead, splitList(v)...)
		} else {
			f.fsWrite = append(f.fsWrite, splitList(v)...)
		}
	case flagChildProcess:
		f.childProcess = true
	case flagWorker:
		f.worker = true
	case flagNet:
		if !hasValue || value == "" {
			f.netAll = true
		}
		f.net = append(f.net, splitList(value)...)
	case flagEnv:
		if !hasValue || value == "" {
			f.envAll = true
		}
		f.env = append(f.env, splitList(value)...)
	default:
		return false, nil
	}
	return true, nil
}

// missingPermission reports node's start-up failure for file grants given
// without --permission: they would silently grant nothing.
func (f *permissionFlags) missingPermission() bool {
	return !f.on && (len(f.fsRead) > 0 || len(f.fsWrite) > 0)
}

// apply turns the model on in opts: the Grants handler, and node's
// warnings at start. allowRun says --allow-run named programs, which
// grants child processes (the run policy then says which).
func (f *permissionFlags) apply(opts *jsproc.Options, allowRun bool) {
	if !f.on {
		return
	}
	g := permission.Grants{
		FSRead:       f.fsRead,
		FSWrite:      f.fsWrite,
		ChildProcess: f.childProcess || allowRun,
		Workers:      f.worker,
		Net:          f.net,
		Env:          f.env,
	}
	if f.netAll {
		g.Net = []string{"*"}
	}
	if f.envAll {
		g.Env = []string{"*"}
	}
	opts.Permission = append(opts.Permission, g.Handler())
	var warnings [][2]string
	if f.experimental {
		warnings = append(warnings, [2]string{"Permission is an experimental feature and might change at any time", "ExperimentalWarning"})
	}
	for _, w := range []struct {
		on   bool
		flag string
	}{{f.childProcess, flagChildProcess}, {f.worker, flagWorker}} {
		if w.on {
			warnings = append(warnings, [2]string{"The flag " + w.flag + " must be used with extreme caution. It could invalidate the permission model.", "SecurityWarning"})
		}
	}
	if len(warnings) == 0 {
		return
	}
	var once sync.Once // worker threads run the same set-up: warn once
	opts.Setup = append(opts.Setup, func(rt *runtime.Runtime) error {
		first := false
		once.Do(func() { first = true })
		if !first {
			return nil
		}
		vm := rt.VM()
		process := vm.Get("process").ToObject(vm)
		emit, ok := goja.AssertFunction(process.Get("emitWarning"))
		if !ok {
			return nil
		}
		for _, w := range warnings {
			if _, err := emit(process, vm.ToValue(w[0]), vm.ToValue(w[1])); err != nil {
				return err
			}
		}
		return nil
	})
}
