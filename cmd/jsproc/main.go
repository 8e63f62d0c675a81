// Command jsproc runs Node.js-style scripts on the jsproc host:
//
//	jsproc [options] [script | -e code | -p code | -] [args...]
//
// See `jsproc --help` for the options.
package main

import (
	"os"

	"github.com/jsproc/jsproc"
	"github.com/jsproc/jsproc/internal/cli"
)

func main() {
	// As node: signals get their default action whatever the parent left
	// ignored, for jsproc and the programs it runs.
	jsproc.RestoreSignalDefaults()
	os.Exit(cli.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
