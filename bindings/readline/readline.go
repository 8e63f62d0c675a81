// Package readline provides Node's readline and readline/promises
// modules: line splitting over any Readable, question/prompt, async
// iteration of lines, and the minimal cursor helpers.
package readline

import (
	_ "embed"

	"github.com/jsproc/jsproc/runtime"
)

var (
	//go:embed js/readline.js
	readlineSource string
	//go:embed js/promises.js
	promisesSource string
)

var modules = []runtime.Module{
	runtime.JSModule("readline", readlineSource, nil),
	runtime.JSModule("readline/promises", promisesSource, nil),
}

// Modules returns the readline and readline/promises modules.
func Modules() []runtime.Module { return modules }
