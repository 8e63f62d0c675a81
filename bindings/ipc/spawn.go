package ipc

import (
	_ "embed"
	"os"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/bindings/childprocess"
	"github.com/jsproc/jsproc/runtime"
)

//go:embed js/fork.js
var forkSource string

// ForkModule is the name of the internal module child_process.fork
// delegates to.
const ForkModule = "internal/child_process/fork"

// SpawnStdio serves an 'ipc' entry of spawn's stdio (fork always has one):
// the child gets one end of a socket pair at descriptor fd (child_process
// adds NODE_CHANNEL_FD and NODE_CHANNEL_SERIALIZATION_MODE to its
// environment), and the ChildProcess object becomes the parent's end.
// The serialization ('json' or 'advanced') is the ChildProcess's
// non-enumerable _serialization, which child_process sets before the spawn.
// It is a childprocess.StdioProvider; bindings/nodestd hands it to
// childprocess.ModulesWithStdio.
func SpawnStdio(rt *runtime.Runtime, fd int) (*os.File, func(*goja.Object, childprocess.Process) <-chan struct{}, func(), error) {
	childEnd, parent, err := NewPair()
	if err != nil {
		return nil, nil, nil, err
	}
	attach := func(child *goja.Object, _ childprocess.Process) <-chan struct{} {
		// The child's 'exit' waits until the channel has read the child's
		// last messages and its EOF (the kernel closes a dead process's
		// socket before it reports the exit; node reads them first too).
		mode := "json"
		if v := child.Get("_serialization"); v != nil && !goja.IsUndefined(v) {
			mode = v.String()
		}
		_, h := attach(rt, parent, child, mode, false)
		return h.readDone
	}
	return childEnd, attach, parent.Close, nil
}
