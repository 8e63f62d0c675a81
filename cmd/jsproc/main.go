// Command jsproc runs Node.js-style scripts on the jsproc host:
//
//	jsproc [options] [script | -e code | -p code | -] [args...]
//
// See `jsproc --help` for the options.
package main

import (
	"os"
	"runtime/debug"

	"github.com/jsproc/jsproc/internal/cli"
)

// ballast is never touched (so it costs no memory): it only raises the
// heap size the collector paces against, so a small script that streams
// data is not collected every few megabytes.
var ballast []byte

const ballastSize = 16 << 20

func main() {
	if os.Getenv("GOGC") == "" {
		// A script's live heap is small next to the data it streams (a
		// child's output arrives as fresh 256 KiB buffers): collecting at
		// 5x the live heap rather than 2x makes data-heavy scripts about
		// 1.5x faster for a modest amount of memory.
		debug.SetGCPercent(400)
		ballast = make([]byte, ballastSize)
	}
	os.Exit(cli.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
