// Package util provides Node's util module.
package util

import (
	_ "embed"

	"github.com/jsproc/jsproc/runtime"
)

//go:embed js/util.js
var utilSource string

var modules = []runtime.Module{
	runtime.JSModule("util", utilSource, nil),
}

// Modules returns the util module.
func Modules() []runtime.Module { return modules }
