// Command jsproc runs Node.js-style scripts on the jsproc host:
//
//	jsproc [options] [script | -e code | -p code | -] [args...]
//
// See `jsproc --help` for the options.
package main

import (
	"os"
	"runtime"
	"runtime/debug"

	"github.com/jsproc/jsproc"
	"github.com/jsproc/jsproc/internal/cli"
)

// ballast is never touched (so it costs no memory): it only raises the
// heap size the collector paces against, so that a script streaming data
// is not collected every few megabytes.
//
//lint:ignore U1000 the ballast is written and never read, by design.
var ballast []byte

const ballastSize = 16 << 20

// gcSentinel's finalizer runs after the first collection.
type gcSentinel struct{ _ *int }

func main() {
	if os.Getenv("GOGC") == "" {
		// A script's live heap is small next to the data it streams (a
		// child's output arrives as fresh 256 KiB buffers): collecting at
		// 5x the live heap rather than 2x, with the ballast, makes
		// data-heavy scripts about 1.5-2x faster for a modest amount of
		// memory. The ballast comes with the first collection, so a short
		// script (which never collects) does not pay for a collection the
		// ballast itself would trigger.
		debug.SetGCPercent(400)
		runtime.SetFinalizer(&gcSentinel{}, func(*gcSentinel) { ballast = make([]byte, ballastSize) })
	}
	// As node: signals get their default action whatever the parent left
	// ignored, for jsproc and the programs it runs.
	jsproc.RestoreSignalDefaults()
	os.Exit(cli.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
