package http

import (
	"strconv"

	"github.com/dop251/goja"
)

// writeHead is ServerResponse.writeHead's common case in one native
// call: writeHead(res, statusCode, reason, headers, statusCodes) with a
// response that has no head yet and no headers set one by one, an
// integer status, a string or no reason, and no headers or a plain
// object of string and number values. It validates all of it first and
// returns false, having changed nothing, for anything else (an error to
// throw, arrays of values, an object to stringify), so that the script's
// general path does it, or throws, as node does. Otherwise it sets
// statusCode and statusMessage, decides the body and keep-alive as
// writeHead does, and stores the head as storeHeader does.
func writeHead(vm *goja.Runtime, cache *headCache) func(goja.FunctionCall) goja.Value {
	no := vm.ToValue(false)
	yes := vm.ToValue(true)
	return func(call goja.FunctionCall) goja.Value {
		res, ok := call.Argument(0).(*goja.Object)
		if !ok {
			return no
		}
		sv := call.Argument(1)
		if !goja.IsNumber(sv) {
			return no
		}
		f := sv.ToFloat()
		status := int(f)
		if float64(status) != f || status < 100 || status > 999 {
			return no
		}
		reasonv, headersv := call.Argument(2), call.Argument(3)
		var msg string
		haveMsg := false
		if goja.IsString(reasonv) {
			msg, haveMsg = reasonv.String(), true
		} else if goja.IsUndefined(headersv) || goja.IsNull(headersv) {
			// writeHead(status, headers), or (status, undefined, headers).
			headersv = reasonv
		}
		if !haveMsg {
			if cur := res.Get("statusMessage"); cur != nil && cur.ToBoolean() {
				if !goja.IsString(cur) {
					return no
				}
				msg = cur.String()
			} else if codes, ok := call.Argument(4).(*goja.Object); ok {
				if t := codes.Get(statusKey(status)); t != nil && goja.IsString(t) {
					msg = t.String()
				} else {
					msg = "unknown"
				}
			} else {
				return no
			}
		}
		if badHeaderChar(msg) {
			return no
		}
		var keys []string
		// Each value is read once, checked, then written.
		var valuesBuf [8]goja.Value
		values := valuesBuf[:0]
		if headersv != nil && !goja.IsUndefined(headersv) && !goja.IsNull(headersv) {
			o, ok := headersv.(*goja.Object)
			if !ok || o.ClassName() != "Object" {
				return no
			}
			keys = o.Keys()
			for _, k := range keys {
				if !isToken(k) {
					return no
				}
				v := o.Get(k)
				if v == nil || !goja.IsString(v) && !goja.IsNumber(v) || badHeaderChar(v.String()) {
					return no
				}
				values = append(values, v)
			}
		}
		// Valid: from here on, writeHead's effects.
		res.Set("statusMessage", msg)
		// A status the response already reads (the prototype's 200) is
		// not set again: a response's own fields are kept to seven, as
		// goja's table of an object's properties grows, at the next
		// write to any of them, once it holds eight.
		if cur := res.Get("statusCode"); cur == nil || !goja.IsNumber(cur) || cur.ToFloat() != f {
			res.Set("statusCode", status)
		}
		if status == 204 || status == 304 || status < 200 {
			res.Set("_hasBody", false)
		}
		if truthy(res.Get("_expect_continue")) && !truthy(res.Get("_sent100")) {
			res.Set("shouldKeepAlive", false)
		}
		h := headBuilder{vm: vm, msg: res, cache: cache}
		h.b.take(cache)
		h.b.WriteString("HTTP/1.1 ")
		h.b.buf = strconv.AppendInt(h.b.buf, int64(status), 10)
		h.b.writeByte(' ')
		h.b.WriteString(msg)
		h.b.WriteString("\r\n")
		for i, k := range keys {
			h.add(k, values[i])
		}
		// A response without a head has not sent one: finish need not
		// read _headerSent.
		h.fresh = true
		if h.finish() {
			// Trailers declared without chunked encoding: the general
			// path throws storeHeader's error.
			return no
		}
		return yes
	}
}

func truthy(v goja.Value) bool { return v != nil && v.ToBoolean() }

// statusKeys are the status codes' names as STATUS_CODES' keys, made once.
var statusKeys [900]string

func init() {
	for i := range statusKeys {
		statusKeys[i] = strconv.Itoa(i + 100)
	}
}

// statusKey is status (100 to 999) as a key.
func statusKey(status int) string { return statusKeys[status-100] }
