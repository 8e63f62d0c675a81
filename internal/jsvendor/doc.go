// Package jsvendor bundles the few JavaScript libraries jsproc embeds,
// each chosen because it is a faithful, maintained extraction of Node's own
// code where fidelity matters most:
//
//   - node-inspect-extracted: Node's util.inspect and util.format, so that
//     console.log prints what node prints;
//   - readable-stream: the Node streams working group's copy of Node's
//     stream module (Readable, Writable, Duplex, Transform, pipeline, ...);
//   - web-streams-polyfill: the WHATWG streams reference implementation's
//     algorithms (ReadableStream, WritableStream, TransformStream), to which
//     bindings/web adds Node's argument checks and error codes.
//
// package.json pins the versions; package-lock.json pins the tarballs.
// `go generate ./internal/jsvendor` (needs npm) refreshes the bundles, which
// are committed so that building jsproc needs nothing but Go.
package jsvendor

//go:generate npm ci --no-audit --no-fund
//go:generate go run gen.go
