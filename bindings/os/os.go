// Package os provides Node's os module, backed by Go: the kernel's uname,
// /proc and sysinfo on Linux, and Go's net package for interfaces.
package os

import (
	_ "embed"
	"net"
	goos "os"
	"os/user"
	"runtime"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	jsrt "github.com/jsproc/jsproc/runtime"
)

//go:embed js/os.js
var osSource string

var modules = []jsrt.Module{
	jsrt.JSModule("os", osSource, binding),
	jsrt.JSModule("constants", constantsSource, nil),
}

// constantsSource is node's constants module: one frozen object merging
// os.constants (dlopen, errno, priority, signals), fs.constants and, when
// the runtime has crypto, crypto.constants, in that order.
const constantsSource = `'use strict';
const os = require('os').constants;
let crypto;
try {
  crypto = require('crypto').constants;
} catch (e) {
  crypto = {};
}
module.exports = Object.freeze(Object.assign({}, os.dlopen, os.errno, os.priority, os.signals,
  require('fs').constants, crypto));
`

// Modules returns the os module and the constants module built on it.
func Modules() []jsrt.Module { return modules }

func binding(r *jsrt.Runtime, _ string) (goja.Value, error) {
	vm := r.VM()
	o := vm.NewObject()
	o.Set("uname", func() goja.Value {
		u := uname()
		return vm.NewArray(u.sysname, u.release, u.version, u.machine)
	})
	o.Set("hostname", func() string {
		h, _ := goos.Hostname()
		return h
	})
	o.Set("cpus", func() goja.Value {
		cpus := readCPUs()
		list := make([]interface{}, len(cpus))
		for i, c := range cpus {
			list[i] = vm.NewArray(c.model, c.speed, c.user, c.nice, c.sys, c.idle, c.irq)
		}
		return vm.NewArray(list...)
	})
	o.Set("memory", func() goja.Value {
		total, free := memory()
		return vm.NewArray(total, free)
	})
	o.Set("uptime", uptime)
	o.Set("loadavg", func() goja.Value {
		l := loadavg()
		return vm.NewArray(l[0], l[1], l[2])
	})
	o.Set("parallelism", func() int { return runtime.GOMAXPROCS(0) })
	o.Set("homedir", func() string {
		if h := goos.Getenv("HOME"); h != "" {
			return h
		}
		if u, err := user.Current(); err == nil {
			return u.HomeDir
		}
		return ""
	})
	o.Set("userInfo", func() goja.Value {
		u, err := user.Current()
		if err != nil {
			panic(r.SystemError(err, "uv_os_get_passwd", "", ""))
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		return vm.NewArray(uid, gid, u.Username, u.HomeDir, loginShell(u.Uid))
	})
	o.Set("interfaces", func() goja.Value { return interfaces(vm) })
	o.Set("getPriority", func(pid int) goja.Value {
		p, err := getPriority(pid)
		if err != nil {
			return systemErrorInfo(vm, err, "uv_os_getpriority")
		}
		return vm.ToValue(p)
	})
	o.Set("setPriority", func(pid, prio int) goja.Value {
		if err := setPriority(pid, prio); err != nil {
			return systemErrorInfo(vm, err, "uv_os_setpriority")
		}
		return goja.Undefined()
	})
	o.Set("signals", func() goja.Value { return pairs(vm, signalNumbers()) })
	o.Set("errnos", func() goja.Value { return pairs(vm, errnoNumbers()) })
	o.Set("littleEndian", littleEndian())
	return o, nil
}

// systemErrorInfo describes a failed call for Node's ERR_SYSTEM_ERROR as
// [errno, code, message, syscall].
func systemErrorInfo(vm *goja.Runtime, err error, syscall string) goja.Value {
	errno, ok := jsrt.Errno(err)
	if !ok {
		return vm.NewArray(0, "UNKNOWN", err.Error(), syscall)
	}
	return vm.NewArray(-int(errno), jsrt.ErrnoName(errno), jsrt.ErrnoMessage(errno), syscall)
}

type namedNumber struct {
	name string
	num  int
}

func pairs(vm *goja.Runtime, list []namedNumber) goja.Value {
	out := make([]interface{}, len(list))
	for i, p := range list {
		out[i] = vm.NewArray(p.name, p.num)
	}
	return vm.NewArray(out...)
}

// loginShell returns the shell /etc/passwd lists for uid.
func loginShell(uid string) string {
	data, err := goos.ReadFile("/etc/passwd")
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Split(line, ":")
		if len(f) >= 7 && f[2] == uid {
			return f[6]
		}
	}
	return ""
}

// interfaces returns, per interface name, [address, netmask, family, mac,
// internal, cidr, scopeid] for each address, as networkInterfaces lists.
func interfaces(vm *goja.Runtime) goja.Value {
	ifs, err := net.Interfaces()
	out := vm.NewObject()
	if err != nil {
		return out
	}
	for _, ifc := range ifs {
		addrs, err := ifc.Addrs()
		if err != nil || len(addrs) == 0 {
			continue
		}
		mac := ifc.HardwareAddr.String()
		if len(ifc.HardwareAddr) == 0 {
			mac = "00:00:00:00:00:00"
		}
		internal := ifc.Flags&net.FlagLoopback != 0
		var list []interface{}
		for _, a := range addrs {
			ipn, ok := a.(*net.IPNet)
			if !ok {
				continue
			}
			ones, _ := ipn.Mask.Size()
			family := "IPv6"
			ip := ipn.IP
			mask := net.IP(ipn.Mask)
			if v4 := ip.To4(); v4 != nil && len(ipn.Mask) == net.IPv4len {
				family = "IPv4"
				ip = v4
			}
			scope := -1
			if family == "IPv6" {
				scope = 0
				if ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() {
					scope = ifc.Index
				}
			}
			list = append(list, vm.NewArray(ip.String(), mask.String(), family, mac, internal,
				ip.String()+"/"+strconv.Itoa(ones), scope))
		}
		if len(list) > 0 {
			out.Set(ifc.Name, vm.NewArray(list...))
		}
	}
	return out
}
