// Package timers provides Node's timers/promises module: promise forms of
// setTimeout and setImmediate, setInterval as an async iterator, and the
// scheduler, all cancellable with an AbortSignal. It is written in
// JavaScript over the core timers module.
package timers

import (
	_ "embed"

	"github.com/jsproc/jsproc/runtime"
)

//go:embed js/promises.js
var promisesSource string

var modules = []runtime.Module{
	runtime.JSModule("timers/promises", promisesSource, nil),
}

// Modules returns the timers/promises module.
func Modules() []runtime.Module { return modules }
