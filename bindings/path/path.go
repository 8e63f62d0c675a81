// Package path provides Node's path module: path.posix in full and
// path.win32 for Windows-style paths.
package path

import (
	_ "embed"

	"github.com/jsproc/jsproc/runtime"
)

var (
	//go:embed js/path.js
	pathSource string
	//go:embed js/win32.js
	win32Source string
	//go:embed js/scan.js
	scanSource string
)

var modules = []runtime.Module{
	runtime.JSModule("path", pathSource, nil),
	runtime.JSModule("internal/path/win32", win32Source, nil),
	runtime.JSModule("internal/path/scan", scanSource, nil),
	runtime.JSModule("path/posix", "module.exports = require('path').posix;", nil),
	runtime.JSModule("path/win32", "module.exports = require('path').win32;", nil),
}

// Modules returns path, path/posix and path/win32, and the internal
// modules they are built from.
func Modules() []runtime.Module { return modules }
