// Package stream provides Node's stream, stream/promises and
// string_decoder modules, and the legacy _stream_readable, _stream_writable,
// _stream_duplex, _stream_transform and _stream_passthrough names.
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
	// Node's old per-class module names, still resolvable (and the very
	// same classes) for code written before the stream module had them all.
	runtime.JSModule("_stream_readable", "module.exports = require('stream').Readable;", nil),
	runtime.JSModule("_stream_writable", "module.exports = require('stream').Writable;", nil),
	runtime.JSModule("_stream_duplex", "module.exports = require('stream').Duplex;", nil),
	runtime.JSModule("_stream_transform", "module.exports = require('stream').Transform;", nil),
	runtime.JSModule("_stream_passthrough", "module.exports = require('stream').PassThrough;", nil),
}

// Modules returns the stream, stream/promises and string_decoder modules
// and the legacy per-class stream module names.
func Modules() []runtime.Module { return modules }
