package cli

import (
	"io"

	"github.com/jsproc/jsproc/runtime"
)

// configure applies the options that bindings implement (run permissions,
// spawn tracing) to opts.
func configure(opts *runtime.Options, o *options, stderr io.Writer) error {
	return nil
}
