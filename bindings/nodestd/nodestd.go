// Package nodestd assembles the standard set of Node core modules that the
// jsproc CLI provides, for embedders who want the same set.
package nodestd

import (
	"github.com/jsproc/jsproc/bindings/assert"
	"github.com/jsproc/jsproc/bindings/childprocess"
	"github.com/jsproc/jsproc/bindings/fs"
	"github.com/jsproc/jsproc/bindings/ipc"
	"github.com/jsproc/jsproc/bindings/os"
	"github.com/jsproc/jsproc/bindings/path"
	"github.com/jsproc/jsproc/bindings/readline"
	"github.com/jsproc/jsproc/bindings/stream"
	"github.com/jsproc/jsproc/bindings/timers"
	"github.com/jsproc/jsproc/bindings/util"
	"github.com/jsproc/jsproc/runtime"
)

// Modules returns every core module jsproc implements, child_process
// included. Embedders that must not let scripts run programs can use
// ModulesWithout("child_process").
func Modules() []runtime.Module {
	var out []runtime.Module
	for _, set := range registry {
		out = append(out, set()...)
	}
	return out
}

// ModulesWithout returns Modules minus the named ones.
func ModulesWithout(names ...string) []runtime.Module {
	drop := map[string]bool{}
	for _, n := range names {
		drop[n] = true
	}
	var out []runtime.Module
	for _, m := range Modules() {
		if !drop[m.Name] {
			out = append(out, m)
		}
	}
	return out
}

// registry lists each binding package's module set.
var registry = []func() []runtime.Module{
	ipc.Modules,
	assert.Modules,
	os.Modules,
	path.Modules,
	childprocess.Modules,
	stream.Modules,
	fs.Modules,
	timers.Modules,
	readline.Modules,
	util.Modules,
}
