// Package cluster provides Node's cluster module on child_process.fork
// and the IPC channel's handle passing (bindings/ipc): a primary forks
// workers and shares its servers with them, round-robin (SCHED_RR, the
// default: the primary accepts and hands each connection to a worker) or
// by handing over the listening socket (SCHED_NONE). The messages between
// primary and workers are internal IPC messages ({cmd: 'NODE_CLUSTER'}),
// as in node.
//
// A worker is a process started with NODE_UNIQUE_ID in its environment;
// WorkerSetup, run at start-up after the IPC channel is open, makes it one.
package cluster

import (
	_ "embed"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

var (
	//go:embed js/cluster.js
	clusterSource string
	//go:embed js/mode.js
	modeSource string
	//go:embed js/worker.js
	workerSource string
	//go:embed js/utils.js
	utilsSource string
	//go:embed js/handles.js
	handlesSource string
	//go:embed js/primary.js
	primarySource string
	//go:embed js/child.js
	childSource string
)

var modules = []runtime.Module{
	runtime.JSModule("cluster", clusterSource, nil),
	runtime.JSModule("internal/cluster/mode", modeSource, nil),
	runtime.JSModule("internal/cluster/worker", workerSource, nil),
	runtime.JSModule("internal/cluster/utils", utilsSource, nil),
	runtime.JSModule("internal/cluster/handles", handlesSource, nil),
	runtime.JSModule("internal/cluster/primary", primarySource, nil),
	runtime.JSModule("internal/cluster/child", childSource, nil),
}

// Modules returns the cluster module and its internal parts. It needs
// child_process and the IPC modules (nodestd.ChildProcess) and net.
func Modules() []runtime.Module { return modules }

// WorkerSetup is a runtime.Options.Setup function, to run after
// ipc.ChildSetup: when the environment has NODE_UNIQUE_ID and the process
// has an IPC channel, the process is cluster worker number NODE_UNIQUE_ID:
// require('cluster').isWorker is true, cluster.worker stands for it and it
// tells the primary it is online. As node does, it removes NODE_UNIQUE_ID
// from process.env.
func WorkerSetup(rt *runtime.Runtime) error {
	id, ok := uniqueID(rt.Environ())
	if !ok || !rt.IsCoreModule("cluster") {
		return nil
	}
	vm := rt.VM()
	process := vm.Get("process").ToObject(vm)
	process.Get("env").ToObject(vm).Delete("NODE_UNIQUE_ID")
	if ch := process.Get("channel"); ch == nil || goja.IsUndefined(ch) || goja.IsNull(ch) {
		return nil
	}
	rt.RequireCore("internal/cluster/mode").ToObject(vm).Set("worker", true)
	child := rt.RequireCore("internal/cluster/child").ToObject(vm)
	setup, _ := goja.AssertFunction(child.Get("_setupWorker"))
	n, _ := strconv.Atoi(id)
	_, err := setup(child, vm.ToValue(n))
	return err
}

func uniqueID(environ []string) (string, bool) {
	for _, kv := range environ {
		if v, ok := strings.CutPrefix(kv, "NODE_UNIQUE_ID="); ok {
			return v, true
		}
	}
	return "", false
}
