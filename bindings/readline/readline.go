// Package readline provides Node's readline and readline/promises
// modules: line splitting over any Readable, question/prompt, async
// iteration of lines, the cursor helpers, keypress decoding, and the
// terminal-mode line editor (history, kill ring, undo, tab completion).
package readline

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

var (
	//go:embed js/readline.js
	readlineSource string
	//go:embed js/promises.js
	promisesSource string
	//go:embed js/keys.js
	keysSource string
	//go:embed js/terminal.js
	terminalSource string
)

var modules = []runtime.Module{
	runtime.JSModule("readline", readlineSource, binding),
	runtime.JSModule("readline/promises", promisesSource, nil),
	runtime.JSModule("internal/readline/keys", keysSource, nil),
	runtime.JSModule("internal/readline/terminal", terminalSource, nil),
}

// Modules returns the readline and readline/promises modules.
func Modules() []runtime.Module { return modules }

// binding is internalBinding('readline'): lineReader(iface, accept,
// onLines, crlfDelay) splits a Go-backed input's lines in Go.
func binding(rt *runtime.Runtime, _ string) (goja.Value, error) {
	o := rt.VM().NewObject()
	o.Set("lineReader", func(call goja.FunctionCall) goja.Value { return newLineReader(rt, call) })
	return o, nil
}
