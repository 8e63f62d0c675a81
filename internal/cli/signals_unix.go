//go:build unix

package cli

import (
	"os"
	"os/signal"
	"syscall"
)

// keepWritesOnBrokenPipes makes a write to a pipe whose reader is gone
// fail with EPIPE, which process.stdout and process.stderr report as
// Node does, instead of ending the process: Go's runtime kills a program
// writing to a broken pipe on descriptors 1 and 2 unless SIGPIPE is
// notified. Notify (not Ignore) leaves children the default disposition,
// since exec resets caught signals.
func keepWritesOnBrokenPipes() {
	signal.Notify(make(chan os.Signal, 1), syscall.SIGPIPE)
}
