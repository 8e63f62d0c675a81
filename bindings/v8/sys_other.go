//go:build !linux

package v8

// systemMemory is unknown off Linux; the heap limit is then reported as 0
// unless GOMEMLIMIT is set.
func systemMemory() uint64 { return 0 }
