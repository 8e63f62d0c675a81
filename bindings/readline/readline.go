// Package readline provides Node's readline and readline/promises
// modules: line splitting over any Readable, question/prompt, async
// iteration of lines, the cursor helpers, keypress decoding, and the
// terminal-mode line editor (history, kill ring, undo, tab completion).
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
	//go:embed js/keys.js
	keysSource string
	//go:embed js/terminal.js
	terminalSource string
)

var modules = []runtime.Module{
	runtime.JSModule("readline", readlineSource, nil),
	runtime.JSModule("readline/promises", promisesSource, nil),
	runtime.JSModule("internal/readline/keys", keysSource, nil),
	runtime.JSModule("internal/readline/terminal", terminalSource, nil),
}

// Modules returns the readline and readline/promises modules.
func Modules() []runtime.Module { return modules }
