package ipc

import (
	"os"
	"strconv"
	"strings"
)

// ForSpawn prepares the 'ipc' entry at stdio index fd of a child about to
// be spawned (fork, or spawn with 'ipc' in stdio). It returns the file to
// pass as the child's descriptor fd, the child's environment with node's
// NODE_CHANNEL_FD and NODE_CHANNEL_SERIALIZATION_MODE added, and the
// parent's end. node appends those two after the caller's env, so a value
// the caller's env already has wins; ForSpawn keeps that rule.
//
// After starting the child the caller closes childFile and, on the loop,
// calls Attach(rt, parent, childObject, serialization, false). If the start
// fails it closes childFile and parent.
func ForSpawn(fd int, serialization string, env []string) (childFile *os.File, childEnv []string, parent *Channel, err error) {
	if serialization == "" {
		serialization = "json"
	}
	childFile, parent, err = NewPair()
	if err != nil {
		return nil, nil, nil, err
	}
	childEnv = append([]string(nil), env...)
	for _, kv := range []string{"NODE_CHANNEL_FD=" + strconv.Itoa(fd), "NODE_CHANNEL_SERIALIZATION_MODE=" + serialization} {
		key := kv[:strings.IndexByte(kv, '=')+1]
		present := false
		for _, e := range env {
			if strings.HasPrefix(e, key) {
				present = true
				break
			}
		}
		if !present {
			childEnv = append(childEnv, kv)
		}
	}
	return childFile, childEnv, parent, nil
}
