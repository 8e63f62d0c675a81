package runtime

import (
	"os/signal"
	"syscall"
	"unsafe"

	"golang.org/x/sys/unix"
)

// nodeDefaultSignals are the asynchronous signals a node process leaves at
// their default action (it resets inherited dispositions at start), but
// Go's runtime would not: it keeps an inherited "ignore" of SIGHUP and
// SIGINT, dumps goroutines on SIGQUIT and SIGABRT, and ignores SIGUSR2,
// SIGALRM and the rest when nothing is notified. Signals Go needs for
// itself (SIGURG, the synchronous faults) are not here; SIGPIPE, SIGXFSZ
// (ignored by node) and SIGUSR1 (node's inspector) are not either.
// SIGCHLD, SIGCONT and SIGWINCH need nothing: Go catches them even when
// they were ignored, so exec gives children their default.
var nodeDefaultSignals = []syscall.Signal{
	unix.SIGHUP, unix.SIGINT, unix.SIGQUIT, unix.SIGABRT, unix.SIGUSR2,
	unix.SIGALRM, unix.SIGTERM, unix.SIGSTKFLT, unix.SIGTSTP, unix.SIGTTIN,
	unix.SIGTTOU, unix.SIGXCPU, unix.SIGVTALRM, unix.SIGPROF, unix.SIGIO,
	unix.SIGPWR,
}

// RestoreSignalDefaults gives the signals node leaves at their default
// action that action, as node does at start: a SIGINT ignored by the
// parent (a background job of a shell, nohup) ends the process again,
// SIGUSR2 or SIGQUIT end it as they end node, and children inherit the
// defaults. A process.on('SIGxxx') listener still catches the signal, and
// removing the last listener restores the default again. It changes
// process-wide state: the jsproc command calls it once at start; an
// embedding program would not. For the root package
// (jsproc.RestoreSignalDefaults).
func RestoreSignalDefaults() {
	defaultSignalsRestored = true
	for _, sig := range nodeDefaultSignals {
		restoreDefault(sig)
	}
}

var defaultSignalsRestored bool

// restoreDefault sets sig's disposition to SIG_DFL with Go's runtime no
// longer handling it. os/signal has no call for that: Ignore makes the
// runtime drop its handler (so a later Notify installs it again), then
// the kernel disposition goes from "ignore" to "default".
func restoreDefault(sig syscall.Signal) {
	signal.Ignore(sig)
	var act [4]uintptr // struct sigaction: handler SIG_DFL, no flags, empty mask
	_, _, _ = unix.RawSyscall6(unix.SYS_RT_SIGACTION, uintptr(sig), uintptr(unsafe.Pointer(&act)), 0, 8, 0, 0)
}

// restoreDefaultAfterUnwatch gives sig back its default action once no
// listener watches it, when the process took node's dispositions.
func restoreDefaultAfterUnwatch(sig syscall.Signal) {
	if !defaultSignalsRestored {
		return
	}
	for _, s := range nodeDefaultSignals {
		if s == sig {
			restoreDefault(sig)
			return
		}
	}
}
