package childprocess

import (
	"syscall"

	"github.com/jsproc/jsproc/runtime"
)

type processGroupsKey struct{}

// WithProcessGroups makes a runtime start each child in a process group of
// its own (SpawnRequest.ProcessGroup), and makes cancellation signal the
// whole group rather than the child alone: SIGTERM, then SIGKILL after the
// kill grace to a group whose output pipes are still held. A cancelled run
// then ends the grandchildren too (the sleep of exec('sleep 9; true')),
// unless they left the group, and returns as soon as they are gone instead
// of waiting out the grace.
//
// The cost is the terminal: a child in its own process group is not in
// the terminal's foreground group, so it does not get the SIGINT of
// Ctrl-C (nor SIGQUIT or SIGTSTP). A host that wants Ctrl-C to reach the
// children must catch it and cancel the run (or signal the children)
// itself. Without this option children stay in the host's group, as under
// node, and cancellation signals each direct child only.
func WithProcessGroups(opts *runtime.Options) {
	if opts.Values == nil {
		opts.Values = map[any]any{}
	}
	opts.Values[processGroupsKey{}] = true
}

// GroupSignaler is implemented by a Process that leads its own process
// group: SignalGroup sends sig to every process of the group, and a
// group that no longer exists reports syscall.ESRCH. The processes of
// [StartProcess] implement it, signalling the process alone when the
// request did not ask for a group. A handler that wraps a Process should
// forward it; a cancelled runtime falls back to Signal otherwise.
type GroupSignaler interface {
	SignalGroup(sig syscall.Signal) error
}

// signalTree sends sig to proc's process group when the runtime starts
// children in groups and proc can signal its group, else to proc alone.
func (s *state) signalTree(proc Process, sig syscall.Signal) {
	if s.groups {
		if g, ok := proc.(GroupSignaler); ok {
			_ = g.SignalGroup(sig)
			return
		}
	}
	_ = proc.Signal(sig)
}
