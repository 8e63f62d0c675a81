// Package web provides the web platform pieces of Node's core: the WHATWG
// streams of stream/web (ReadableStream, WritableStream, TransformStream,
// their readers, writers and controllers, the queuing strategies,
// TextEncoderStream and TextDecoderStream), stream/consumers, and Blob and
// File with blob: object URLs.
//
// The streams are the WHATWG reference implementation's algorithms as
// web-streams-polyfill packages them, bundled by internal/jsvendor, with
// Node's argument checks and error codes layered on: the spec's steps
// decide queueing, backpressure, tee and pipeTo, which a port written here
// could only approximate. The runtime makes the classes globals, loaded on
// first use, when these modules are present.
package web

import (
	_ "embed"

	"github.com/jsproc/jsproc/runtime"
)

var (
	//go:embed js/web_streams.js
	webStreamsSource string
	//go:embed js/hooks.js
	hooksSource string
	//go:embed js/webstreams.js
	streamWebSource string
	//go:embed js/consumers.js
	consumersSource string
	//go:embed js/blob.js
	blobSource string
	//go:embed js/adapters.js
	adaptersSource string
)

var modules = []runtime.Module{
	runtime.JSModule("internal/web_streams", webStreamsSource, nil),
	runtime.JSModule("internal/webstreams_hooks", hooksSource, hooksBinding),
	runtime.JSModule("stream/web", streamWebSource, nil),
	runtime.JSModule("stream/consumers", consumersSource, nil),
	runtime.JSModule("internal/blob", blobSource, nil),
	runtime.JSModule("internal/webstreams_adapters", adaptersSource, nil),
}

// Modules returns stream/web, stream/consumers and the internal modules
// behind them, behind Blob and File, and behind the toWeb and fromWeb
// methods of the stream module's classes.
func Modules() []runtime.Module { return modules }
