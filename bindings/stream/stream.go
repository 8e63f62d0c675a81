// Package stream provides Node's stream, stream/promises and
// string_decoder modules.
//
// stream is the Node streams working group's readable-stream (Node's own
// lib/internal/streams, packaged for other hosts), bundled by
// internal/jsvendor: it gives Node's semantics for flowing and paused
// modes, backpressure, objectMode, pipe, pipeline, finished and async
// iteration exactly, which a port written here could only approximate.
package stream

import (
	_ "embed"

	"github.com/jsproc/jsproc/runtime"
)

var (
	//go:embed js/readable_stream.js
	readableStreamSource string
	//go:embed js/stream.js
	streamSource string
	//go:embed js/string_decoder.js
	stringDecoderSource string
	//go:embed js/stream_base.js
	streamBaseSource string
)

var modules = []runtime.Module{
	runtime.JSModule("internal/readable_stream", readableStreamSource, nil),
	runtime.JSModule("stream", streamSource, nil),
	runtime.JSModule("stream/promises", "module.exports = require('stream').promises;", nil),
	runtime.JSModule("string_decoder", stringDecoderSource, nil),
	runtime.JSModule("internal/stream_base", streamBaseSource, nil),
}

// Modules returns the stream, stream/promises and string_decoder modules.
func Modules() []runtime.Module { return modules }
