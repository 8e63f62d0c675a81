package ipc

import (
	"fmt"
	"strconv"

	"github.com/jsproc/jsproc/runtime"
)

// ChildSetup is a runtime.Options.Setup function: when the environment has
// NODE_CHANNEL_FD (the runtime was started by fork() or a spawn with an
// 'ipc' stdio entry, from jsproc or from node), it opens that descriptor as
// the IPC channel and gives process send(), disconnect(), connected,
// channel and the 'message' and 'disconnect' events. As node does, it
// removes NODE_CHANNEL_FD and NODE_CHANNEL_SERIALIZATION_MODE from
// process.env. Without NODE_CHANNEL_FD, or when it names no socket, the
// script runs without a channel.
func ChildSetup(rt *runtime.Runtime) error {
	fdText, mode, ok := channelEnv(rt.Environ())
	if !ok {
		return nil
	}
	vm := rt.VM()
	env := vm.Get("process").ToObject(vm).Get("env").ToObject(vm)
	env.Delete("NODE_CHANNEL_FD")
	env.Delete("NODE_CHANNEL_SERIALIZATION_MODE")
	fd, err := strconv.Atoi(fdText)
	if err != nil || fd < 0 {
		return fmt.Errorf("jsproc: NODE_CHANNEL_FD is not a descriptor number: %q", fdText)
	}
	if mode == "" {
		mode = "json"
	}
	ch, err := FromFD(fd)
	if err != nil {
		// node does not fail start-up over an unusable channel descriptor
		// either; the script runs without a channel.
		return nil
	}
	process := vm.Get("process").ToObject(vm)
	_, err = Attach(rt, ch, process, mode, true)
	return err
}

func channelEnv(environ []string) (fd, mode string, ok bool) {
	for _, kv := range environ {
		switch {
		case len(kv) > 16 && kv[:16] == "NODE_CHANNEL_FD=":
			fd, ok = kv[16:], true
		case len(kv) > 32 && kv[:32] == "NODE_CHANNEL_SERIALIZATION_MODE=":
			mode = kv[32:]
		}
	}
	return fd, mode, ok
}
