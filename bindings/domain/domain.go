// Package domain provides Node's deprecated domain module: a Domain
// receives the errors thrown in the code it runs and in the callbacks that
// code schedules, on the runtime's async_hooks, EventEmitter and
// uncaught-exception capture.
package domain

import (
	_ "embed"

	"github.com/jsproc/jsproc/runtime"
)

//go:embed js/domain.js
var domainSource string

var modules = []runtime.Module{runtime.JSModule("domain", domainSource, nil)}

// Modules returns the domain module.
func Modules() []runtime.Module { return modules }
