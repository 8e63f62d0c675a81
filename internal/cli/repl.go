package cli

import (
	"context"
	"fmt"
	"io"

	"github.com/jsproc/jsproc/runtime"
)

// repl runs the interactive loop on a terminal.
func repl(opts runtime.Options, stdin io.Reader, stdout, stderr io.Writer) int {
	rt, err := runtime.New(opts)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	code, _ := rt.RunREPL(context.Background())
	return code
}
