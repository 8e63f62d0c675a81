//go:build !linux

package runtime

import "syscall"

// RestoreSignalDefaults gives the signals node leaves at their default
// action that action, as node does at start. Only Linux is supported;
// elsewhere it does nothing. For the root package
// (jsproc.RestoreSignalDefaults).
func RestoreSignalDefaults() {}

func restoreDefaultAfterUnwatch(syscall.Signal) {}
