// Package path provides Node's path module: path.posix in full and
// path.win32 for Windows-style paths.
package path

import (
	_ "embed"

	"github.com/jsproc/jsproc/runtime"
)

//go:embed js/path.js
var pathSource string

var modules = []runtime.Module{
	runtime.JSModule("path", pathSource, nil),
	runtime.JSModule("path/posix", "module.exports = require('path').posix;", nil),
	runtime.JSModule("path/win32", "module.exports = require('path').win32;", nil),
}

// Modules returns path, path/posix and path/win32.
func Modules() []runtime.Module { return modules }
