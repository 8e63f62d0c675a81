// Package sysnames is jsproc's one table of signal names: which names a
// script may use for a signal (process.kill, child.kill, killSignal,
// process.on), their numbers on this system, and the name a number is
// reported by (a child's 'exit', spawnSync's signal). Node's list is
// os.constants.signals; its order is kept.
package sysnames

import (
	"sync"
	"syscall"

	"golang.org/x/sys/unix"
)

// Signal is a signal's name and number.
type Signal struct {
	Name string
	Num  syscall.Signal
}

// nodeSignals are the signals node knows, in os.constants.signals order.
var nodeSignals = []string{"SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGIOT", "SIGBUS",
	"SIGFPE", "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM", "SIGCHLD",
	"SIGSTKFLT", "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG", "SIGXCPU", "SIGXFSZ",
	"SIGVTALRM", "SIGPROF", "SIGWINCH", "SIGIO", "SIGPOLL", "SIGPWR", "SIGSYS"}

// aliases name signals that the system table knows by another name.
var aliases = map[string]string{"SIGIOT": "SIGABRT", "SIGPOLL": "SIGIO"}

// signalTable is the system's numbers for node's signal names, looked up
// on first use rather than at start-up.
var signalTable = sync.OnceValues(func() ([]Signal, map[string]syscall.Signal) {
	var signals []Signal
	byName := map[string]syscall.Signal{}
	for _, name := range nodeSignals {
		look := name
		if a, ok := aliases[name]; ok {
			look = a
		}
		if s := unix.SignalNum(look); s != 0 {
			signals = append(signals, Signal{name, s})
			byName[name] = s
		}
	}
	return signals, byName
})

// Signals returns the signals this system has of node's list, in node's
// order, aliases (SIGIOT, SIGPOLL) included. The caller must not change
// the slice.
func Signals() []Signal {
	signals, _ := signalTable()
	return signals
}

// SignalNum returns the signal named name ("SIGTERM"), or 0 when there is
// none.
func SignalNum(name string) syscall.Signal {
	_, byName := signalTable()
	return byName[name]
}

// SignalName returns the name a signal is reported by ("SIGABRT", not its
// alias SIGIOT), or "" for a number with no name.
func SignalName(sig syscall.Signal) string { return unix.SignalName(sig) }
