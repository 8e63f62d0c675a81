//go:build !linux

package os

import (
	"runtime"

	"golang.org/x/sys/unix"
)

type unameInfo struct{ sysname, release, version, machine string }

type cpuInfo struct {
	model                      string
	speed                      int
	user, nice, sys, idle, irq float64
}

func cstr(b []byte) string {
	for i, c := range b {
		if c == 0 {
			return string(b[:i])
		}
	}
	return string(b)
}

func uname() unameInfo {
	var u unix.Utsname
	if err := unix.Uname(&u); err != nil {
		return unameInfo{sysname: runtime.GOOS}
	}
	return unameInfo{cstr(u.Sysname[:]), cstr(u.Release[:]), cstr(u.Version[:]), cstr(u.Machine[:])}
}

// readCPUs reports one entry per CPU without times where the platform
// offers no /proc.
func readCPUs() []cpuInfo {
	out := make([]cpuInfo, runtime.NumCPU())
	for i := range out {
		out[i].model = "unknown"
	}
	return out
}

func memory() (total, free float64) { return 0, 0 }

func uptime() float64 { return 0 }

func loadavg() [3]float64 { return [3]float64{} }

func getPriority(pid int) (int, error) { return unix.Getpriority(unix.PRIO_PROCESS, pid) }

func setPriority(pid, prio int) error { return unix.Setpriority(unix.PRIO_PROCESS, pid, prio) }
