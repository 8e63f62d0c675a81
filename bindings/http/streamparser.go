package http

import (
	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

// streamParser is the HTTP/1.1 parser for a connection that is not one of
// this package's own: a net.Socket (or any Duplex) that a request's
// createConnection returned. The script feeds it the stream's 'data'
// chunks with execute and its end with finish; it answers through the
// same onheaders, onbody, oncomplete and onerror callbacks a connection's
// handle calls. After an upgrade the bytes past the head are handed over
// with onheaders and execute takes nothing more.
type streamParser struct {
	rt  *runtime.Runtime
	obj *goja.Object
	p   parser
	// upgraded is set once the connection left HTTP.
	upgraded bool
}

// newStreamParser is the binding's newParser(response, maxHeaderSize).
func newStreamParser(rt *runtime.Runtime) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		vm := rt.VM()
		sp := &streamParser{rt: rt, obj: vm.NewObject()}
		sp.p.response = call.Argument(0).ToBoolean()
		sp.p.maxHeader = int(call.Argument(1).ToInteger())
		undef := goja.Undefined()
		sp.obj.Set("expect", func(call goja.FunctionCall) goja.Value {
			sp.p.methods = append(sp.p.methods, call.Argument(0).String())
			return undef
		})
		sp.obj.Set("execute", func(call goja.FunctionCall) goja.Value {
			data, ok := rt.Bytes(call.Argument(0))
			if !ok {
				data = []byte(call.Argument(0).String())
			}
			sp.execute(data)
			return undef
		})
		sp.obj.Set("finish", func(goja.FunctionCall) goja.Value {
			if !sp.upgraded {
				if err := sp.p.eof(sp); err != nil {
					sp.failed(err, nil)
				}
			}
			return undef
		})
		return sp.obj
	}
}

func (sp *streamParser) execute(data []byte) {
	if sp.upgraded || len(data) == 0 {
		return
	}
	// The chunk is the script's Buffer: the parser's events copy what
	// they keep.
	if _, err := sp.p.feed(data, sp, func() bool { return sp.upgraded }); err != nil {
		sp.failed(err, data)
	}
}

func (sp *streamParser) callback(name string) goja.Callable {
	fn, _ := goja.AssertFunction(sp.obj.Get(name))
	return fn
}

func (sp *streamParser) failed(err error, data []byte) {
	pe, _ := err.(*parseError)
	fn := sp.callback("onerror")
	if fn == nil || pe == nil {
		return
	}
	e := sp.rt.NodeError("Error", pe.code, "Parse Error: "+pe.reason)
	e.Set("bytesParsed", 0)
	e.Set("reason", pe.reason)
	e.Set("rawPacket", sp.rt.WrapBytes(append([]byte(nil), data...)))
	sp.rt.Call(fn, goja.Undefined(), e)
}

// headers, body and complete are the parser's events (parserEvents).
func (sp *streamParser) headers(m *message, head []byte) bool {
	var headv goja.Value = goja.Undefined()
	if m.upgrade {
		sp.upgraded = true
		headv = sp.rt.WrapBytes(append([]byte(nil), head...))
	}
	if fn := sp.callback("onheaders"); fn != nil {
		sp.rt.Call(fn, goja.Undefined(), headerArgs(sp.rt.VM(), nil, m, headv)...)
	}
	return true
}

func (sp *streamParser) body(chunk []byte) {
	if fn := sp.callback("onbody"); fn != nil {
		sp.rt.Call(fn, goja.Undefined(), sp.rt.WrapBytes(append([]byte(nil), chunk...)))
	}
}

func (sp *streamParser) complete(trailers []string) {
	fn := sp.callback("oncomplete")
	if fn == nil {
		return
	}
	var tv goja.Value = goja.Undefined()
	if trailers != nil {
		raw := make([]any, len(trailers))
		for i, s := range trailers {
			raw[i] = s
		}
		tv = sp.rt.VM().NewArray(raw...)
	}
	sp.rt.Call(fn, goja.Undefined(), tv)
}
