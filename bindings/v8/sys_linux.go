package v8

import "syscall"

// systemMemory is the machine's RAM, the heap limit when GOMEMLIMIT is unset.
func systemMemory() uint64 {
	var info syscall.Sysinfo_t
	if syscall.Sysinfo(&info) != nil {
		return 0
	}
	return uint64(info.Totalram) * uint64(info.Unit)
}
