// Package http provides Node's http, https and http2 modules and the
// fetch globals (fetch, Headers, Request, Response, FormData), Go-backed.
//
// # Design
//
// The wire is Go's and the objects are node's. A server's listener and a
// client's connections are Go net.Conns (crypto/tls for https) read and
// written through internal/streamio; an HTTP/1.1 parser in Go runs on the
// loop over each read and hands the script whole request or response
// heads (with the raw header names as they came, for rawHeaders), body
// chunks and completions. The script's IncomingMessage, ServerResponse,
// ClientRequest and Agent are node's classes over that connection, so
// keep-alive, pipelining, 'upgrade', 'connect' and res.socket behave as
// node's do. Go's net/http server is not used: it canonicalizes header
// names as it reads them (rawHeaders could not be kept), owns the
// connection's life (keep-alive, Expect, upgrades go through Hijack) and
// needs a goroutine hand-off per request; measured, a hand-off server is
// slower than parsing on the loop.
//
// A request costs the script what goja charges per object, property and
// call, so the server's common path is kept short: a request's raw
// headers come as one string, split into rawHeaders only when read;
// request and response keep their defaults on their prototypes;
// writeHead with a plain object of headers is one call into Go that
// validates and builds the head; and end(body) on a fresh response is one
// write of head and body (chunk-framed when chunked) built in Go. Every
// other case, and every error, takes the general path.
//
// fetch follows undici, whose headers are lower-cased anyway: it runs on
// Go's net/http client (redirects, connection reuse, TLS), with bodies
// streamed both ways through internal/streamio and gzip, deflate and br
// (andybalholm/brotli, which zlib already uses) decoded on the reading
// goroutine. Like undici over plain http, it asks for gzip and deflate only.
//
// http2 runs on golang.org/x/net/http2, whose framing, HPACK and flow
// control are used as they are: a client session is an http2.ClientConn
// over a connection dialled here (TLS with ALPN h2, or h2c by prior
// knowledge), a server hands each accepted connection to
// http2.Server.ServeConn, and every stream is a Duplex in the script whose
// bytes cross through a queue per stream (writes wait past 64 KiB, as
// node's do) and the stream's TaskQueue. Built: connect, request,
// response/data/end/close, aborted streams, close and destroy, the
// 'stream' event and respond(), the request/response compatibility API,
// setTimeout, constants and getDefaultSettings. Not built, and throwing
// ERR_METHOD_NOT_IMPLEMENTED: server push, settings frames (settings,
// updateSettings, getPackedSettings, getUnpackedSettings), ping,
// goaway, priority, trailers, respondWithFD/respondWithFile,
// performServerHandshake. Not emitted: 'goaway', the server's 'session'
// and 'sessionError'. Headers from a Go peer arrive in sorted order
// (x/net/http2 hands them over as a map), and a server session ends only
// when its client closes it or the run ends.
package http

import (
	"crypto/tls"
	_ "embed"
	nethttp "net/http"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

var (
	//go:embed js/socket.js
	socketSource string
	//go:embed js/common.js
	commonSource string
	//go:embed js/incoming.js
	incomingSource string
	//go:embed js/outgoing.js
	outgoingSource string
	//go:embed js/server.js
	serverSource string
	//go:embed js/client.js
	clientSource string
	//go:embed js/agent.js
	agentSource string
	//go:embed js/http.js
	httpSource string
	//go:embed js/https.js
	httpsSource string
	//go:embed js/https_server.js
	httpsServerSource string
	//go:embed js/http2.js
	http2Source string
	//go:embed js/fetch.js
	fetchSource string
	//go:embed js/headers.js
	headersSource string
)

var modules = []runtime.Module{
	runtime.JSModule("internal/http_common", commonSource, nil),
	runtime.JSModule("internal/http_socket", socketSource, nil),
	runtime.JSModule("internal/http_incoming", incomingSource, nil),
	runtime.JSModule("internal/http_outgoing", outgoingSource, nil),
	runtime.JSModule("internal/http_binding", "module.exports = internalBinding('http');", newBinding),
	runtime.JSModule("internal/http_server", serverSource, nil),
	runtime.JSModule("internal/http_client", clientSource, nil),
	runtime.JSModule("internal/http_agent", agentSource, nil),
	runtime.JSModule("http", httpSource, nil),
	runtime.JSModule("internal/https_server", httpsServerSource, nil),
	runtime.JSModule("https", httpsSource, nil),
	runtime.JSModule("http2", http2Source, nil),
	runtime.JSModule("internal/fetch_headers", headersSource, nil),
	runtime.JSModule("internal/fetch", fetchSource, nil),
}

// Modules returns http, https and the internal modules behind them and
// behind the fetch globals.
func Modules() []runtime.Module { return modules }

// binding is the Go side shared by one runtime's http modules.
// It is made once per runtime (internal/http_binding is loaded once) and
// closes what is still open when the runtime's run ends.
type binding struct {
	rt     *runtime.Runtime
	client *nethttp.Client
	// open are the listeners, connections and requests to close when
	// the run ends. Loop goroutine only.
	open   map[any]func()
	nextID int
}

func newBinding(rt *runtime.Runtime, _ string) (goja.Value, error) {
	b := &binding{rt: rt, open: map[any]func(){}}
	o := rt.VM().NewObject()
	o.Set("listen", b.listen)
	o.Set("adoptConn", b.adoptConn)
	o.Set("serverTLS", b.serverTLSValue)
	o.Set("secureContext", b.secureContext)
	o.Set("connect", b.connect)
	o.Set("fetchStart", b.fetchStart)
	textFuncs(rt.VM(), o)
	heads := &headCache{}
	o.Set("storeHeader", storeHeader(rt.VM(), heads))
	o.Set("validateHeaders", validateHeaders(rt.VM()))
	o.Set("writeHead", writeHead(rt.VM(), heads))
	o.Set("newParser", newStreamParser(rt))
	b.h2Funcs(o)
	rt.OnClose(func() {
		for _, fn := range b.open {
			fn()
		}
		if b.client != nil {
			b.client.CloseIdleConnections()
		}
	})
	return o, nil
}

// track records fn to run when the run ends; the returned func forgets it.
func (b *binding) track(fn func()) (forget func()) {
	b.nextID++
	id := b.nextID
	b.open[id] = fn
	return func() { delete(b.open, id) }
}

func defaultClientTLS() *tls.Config {
	return &tls.Config{RootCAs: systemRoots()}
}
