// Package nodestd assembles the Node core modules jsproc implements, for
// the root package (jsproc.StandardModules and the jsproc.ChildProcess
// grant, which embedders and the CLI use) and for bindings' tests.
//
// Running programs is a separate grant: Modules leaves child_process out,
// ChildProcess adds it (with the IPC channel fork needs), and All is both,
// as the CLI provides. An embedder that grants child_process decides what
// may run with spawn handlers (childprocess.WithHandlers, RunPolicy).
package nodestd

import (
	"github.com/jsproc/jsproc/bindings/assert"
	"github.com/jsproc/jsproc/bindings/atomics"
	"github.com/jsproc/jsproc/bindings/childprocess"
	"github.com/jsproc/jsproc/bindings/cluster"
	"github.com/jsproc/jsproc/bindings/crypto"
	"github.com/jsproc/jsproc/bindings/dgram"
	"github.com/jsproc/jsproc/bindings/diag"
	"github.com/jsproc/jsproc/bindings/domain"
	"github.com/jsproc/jsproc/bindings/fs"
	"github.com/jsproc/jsproc/bindings/http"
	"github.com/jsproc/jsproc/bindings/intl"
	"github.com/jsproc/jsproc/bindings/ipc"
	"github.com/jsproc/jsproc/bindings/module"
	"github.com/jsproc/jsproc/bindings/network"
	"github.com/jsproc/jsproc/bindings/os"
	"github.com/jsproc/jsproc/bindings/path"
	"github.com/jsproc/jsproc/bindings/readline"
	"github.com/jsproc/jsproc/bindings/repl"
	"github.com/jsproc/jsproc/bindings/stream"
	"github.com/jsproc/jsproc/bindings/testrunner"
	"github.com/jsproc/jsproc/bindings/timers"
	"github.com/jsproc/jsproc/bindings/tty"
	"github.com/jsproc/jsproc/bindings/url"
	"github.com/jsproc/jsproc/bindings/util"
	v8 "github.com/jsproc/jsproc/bindings/v8"
	"github.com/jsproc/jsproc/bindings/vm"
	"github.com/jsproc/jsproc/bindings/web"
	"github.com/jsproc/jsproc/bindings/worker"
	"github.com/jsproc/jsproc/bindings/zlib"
	"github.com/jsproc/jsproc/runtime"
)

// Modules returns the core modules that cannot start programs: events,
// stream, buffer, util (and sys), assert, path, os, constants, fs,
// readline, repl, timers and their promise forms, tty, module, url, querystring,
// punycode, crypto, zlib, v8, vm, domain, perf_hooks, diagnostics_channel, worker_threads,
// the web platform's streams (stream/web, stream/consumers), net, dns, tls, dgram,
// http, https, the fetch globals, SharedArrayBuffer and Atomics, Intl, and
// node:test
// (events, timers, console, process and async_hooks come with every
// runtime).
func Modules() []runtime.Module {
	return collect(assert.Modules, os.Modules, path.Modules, stream.Modules, fs.Modules,
		timers.Modules, readline.Modules, repl.Modules, util.Modules, tty.Modules,
		module.Modules, url.Modules, web.Modules, crypto.Modules, zlib.Modules,
		v8.Modules, diag.Modules, network.Modules, dgram.Modules, http.Modules, worker.Modules, atomics.Modules, vm.Modules,
		intl.Modules, domain.Modules, testrunner.Modules)
}

// ChildProcess returns child_process and the IPC channel modules that
// fork and a forked child's process.send use, and cluster, built on them.
func ChildProcess() []runtime.Module {
	cp := childprocess.ModulesWithStdio(map[string]childprocess.StdioProvider{"ipc": ipc.SpawnStdio})
	cp = append(cp, ipc.Modules()...)
	return append(cp, cluster.Modules()...)
}

// All returns Modules and ChildProcess: everything the CLI provides.
func All() []runtime.Module {
	return append(Modules(), ChildProcess()...)
}

// Setup returns the runtime set-up functions the modules of All need: a
// process forked with an IPC channel connects process.send to it, and one
// forked as a cluster worker (NODE_UNIQUE_ID) becomes cluster.worker.
func Setup() []func(*runtime.Runtime) error {
	return []func(*runtime.Runtime) error{ipc.ChildSetup, cluster.WorkerSetup}
}

func collect(sets ...func() []runtime.Module) []runtime.Module {
	var out []runtime.Module
	for _, set := range sets {
		out = append(out, set()...)
	}
	return out
}
