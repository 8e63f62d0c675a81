package http

import (
	"math"
	nethttp "net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/dop251/goja"
)

// storeHeader is OutgoingMessage's _storeHeader in Go: it builds a
// message's head as node does (the script's headers in their order, then
// Date, Connection, Keep-Alive and the body's framing) and sets the
// fields the framing decides. Called as storeHeader(msg, firstLine,
// headers, fromMap); headers is a flat [name, value, ...] array, an array
// of pairs, an object of values, or (fromMap) the message's own table of
// lower-case name -> [name, value]. It returns undefined, or the name of
// a header whose value holds a character node refuses, or true when
// trailers were declared without chunked encoding; the script throws.
func storeHeader(vm *goja.Runtime, cache *headCache) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		msg := call.Argument(0).ToObject(vm)
		h := headBuilder{vm: vm, msg: msg, cache: cache}
		h.b.take(cache)
		h.b.WriteString(call.Argument(1).String())
		headers := call.Argument(2)
		fromMap := call.Argument(3).ToBoolean()
		if bad, ok := h.addAll(headers, fromMap); !ok {
			return vm.ToValue(bad)
		}
		if bad := h.finish(); bad {
			return vm.ToValue(true)
		}
		return goja.Undefined()
	}
}

// headCache is a runtime's last head, kept because heads repeat from one
// response to the next (the Date changes once a second): a head built
// again takes the script's value of the last one rather than a new
// string, and the buffer it was built in is built in again. Loop
// goroutine only.
type headCache struct {
	buf      []byte // free while no head is being built in it
	last     string
	lastV    goja.Value
	nonASCII bool
}

// headBuf is a head's bytes in the making.
type headBuf struct{ buf []byte }

// take builds in the cache's buffer, taken from it until store gives it
// back (a head built inside another's, by a value's toString, makes its
// own).
func (b *headBuf) take(c *headCache) {
	b.buf, c.buf = c.buf[:0], nil
}

func (b *headBuf) WriteString(s string) { b.buf = append(b.buf, s...) }
func (b *headBuf) writeByte(c byte)     { b.buf = append(b.buf, c) }

// value is the head built as the script's string, the cache's value when
// the same, and whether it holds a byte beyond ASCII; the buffer goes
// back to the cache.
func (b *headBuf) value(vm *goja.Runtime, c *headCache) (goja.Value, bool) {
	defer func() { c.buf = b.buf[:0] }()
	if c.lastV != nil && string(b.buf) == c.last {
		return c.lastV, c.nonASCII
	}
	head := string(b.buf)
	nonASCII := false
	for i := 0; i < len(head); i++ {
		if head[i] >= 0x80 {
			nonASCII = true
			break
		}
	}
	c.last, c.lastV, c.nonASCII = head, vm.ToValue(head), nonASCII
	return c.lastV, nonASCII
}

// headBuilder is one head in the making.
type headBuilder struct {
	vm    *goja.Runtime
	msg   *goja.Object
	cache *headCache
	b     headBuf
	// What the framing depends on.
	connection, contLen, te, date, trailer bool
	// fresh is set when the message had no head: _headerSent is false.
	fresh bool
}

func (h *headBuilder) addAll(headers goja.Value, fromMap bool) (string, bool) {
	if headers == nil || !headers.ToBoolean() {
		return "", true
	}
	o, ok := headers.(*goja.Object)
	if !ok {
		return "", true
	}
	if o.ClassName() == "Array" {
		n := int(o.Get("length").ToInteger())
		if n > 0 {
			if first, ok := o.Get("0").(*goja.Object); ok && first.ClassName() == "Array" {
				for i := 0; i < n; i++ {
					pair := o.Get(strconv.Itoa(i)).ToObject(h.vm)
					if bad, ok := h.add(pair.Get("0").String(), pair.Get("1")); !ok {
						return bad, false
					}
				}
				return "", true
			}
		}
		for i := 0; i < n; i += 2 {
			if bad, ok := h.add(o.Get(strconv.Itoa(i)).String(), o.Get(strconv.Itoa(i+1))); !ok {
				return bad, false
			}
		}
		return "", true
	}
	for _, k := range o.Keys() {
		v := o.Get(k)
		if fromMap {
			e := v.ToObject(h.vm)
			if bad, ok := h.add(e.Get("0").String(), e.Get("1")); !ok {
				return bad, false
			}
			continue
		}
		if bad, ok := h.add(k, v); !ok {
			return bad, false
		}
	}
	return "", true
}

// add writes one header's lines (one per value of an array).
func (h *headBuilder) add(name string, value goja.Value) (string, bool) {
	if value == nil {
		value = goja.Undefined()
	}
	if o, ok := value.(*goja.Object); ok && o.ClassName() == "Array" {
		n := int(o.Get("length").ToInteger())
		for i := 0; i < n; i++ {
			if bad, ok := h.add(name, o.Get(strconv.Itoa(i))); !ok {
				return bad, false
			}
		}
		return "", true
	}
	v := value.String()
	if badHeaderChar(v) {
		return name, false
	}
	switch len(name) {
	case 10:
		if strings.EqualFold(name, "connection") {
			h.connection = true
			if hasToken(v, "close", false) {
				h.msg.Set("_last", true)
			} else {
				h.msg.Set("shouldKeepAlive", true)
			}
		}
	case 14:
		if strings.EqualFold(name, "content-length") {
			h.contLen = true
		}
	case 17:
		if strings.EqualFold(name, "transfer-encoding") {
			h.te = true
			if hasToken(v, "chunked", true) {
				h.msg.Set("chunkedEncoding", true)
			}
		}
	case 4:
		if strings.EqualFold(name, "date") {
			h.date = true
		}
	case 7:
		if strings.EqualFold(name, "trailer") {
			h.trailer = true
		}
	}
	h.b.WriteString(name)
	h.b.WriteString(": ")
	h.b.WriteString(v)
	h.b.WriteString("\r\n")
	return "", true
}

// finish adds what node adds after the script's headers and stores the
// head; it reports trailers declared without chunked encoding.
func (h *headBuilder) finish() (badTrailer bool) {
	m := h.msg
	get := func(name string) goja.Value { return m.Get(name) }
	truthy := func(name string) bool { v := get(name); return v != nil && v.ToBoolean() }
	if truthy("sendDate") && !h.date {
		h.b.WriteString("Date: ")
		h.b.WriteString(utcDate())
		h.b.WriteString("\r\n")
	}
	if truthy("chunkedEncoding") {
		if status := get("statusCode"); status != nil && goja.IsNumber(status) && (status.ToFloat() == 204 || status.ToFloat() == 304) {
			m.Set("_hasBody", false)
		}
	}
	// useChunkedEncodingByDefault, read once when both steps need it.
	chunkedDefault, haveChunkedDefault := false, false
	if !h.connection && !truthy("_removedConnection") {
		haveChunkedDefault = true
		chunkedDefault = truthy("useChunkedEncodingByDefault")
		keepAlive := truthy("shouldKeepAlive") && (h.contLen || chunkedDefault || truthy("agent"))
		switch {
		case keepAlive && truthy("maxRequestsOnConnectionReached"):
			h.b.WriteString("Connection: close\r\n")
		case keepAlive:
			h.b.WriteString("Connection: keep-alive\r\n")
			if t := get("_keepAliveTimeout"); t != nil && t.ToBoolean() && truthy("_defaultKeepAlive") {
				h.b.WriteString("Keep-Alive: timeout=")
				h.b.buf = strconv.AppendFloat(h.b.buf, math.Floor(t.ToFloat()/1000), 'f', -1, 64)
				h.b.WriteString("\r\n")
			}
		default:
			m.Set("_last", true)
			h.b.WriteString("Connection: close\r\n")
		}
	}
	if !h.contLen && !h.te {
		cl := get("_contentLength")
		switch {
		case !truthy("_hasBody"):
			m.Set("chunkedEncoding", false)
		case !chunkedDefault && haveChunkedDefault || !haveChunkedDefault && !truthy("useChunkedEncodingByDefault"):
			m.Set("_last", true)
		case !h.trailer && cl != nil && goja.IsNumber(cl) && !truthy("_removedContLen"):
			h.b.WriteString("Content-Length: ")
			h.b.WriteString(cl.String())
			h.b.WriteString("\r\n")
		case !truthy("_removedTE"):
			h.b.WriteString("Transfer-Encoding: chunked\r\n")
			m.Set("chunkedEncoding", true)
		default:
			m.Set("_last", true)
		}
	}
	if h.trailer && !get("chunkedEncoding").StrictEquals(h.vm.ToValue(true)) {
		return true
	}
	h.b.WriteString("\r\n")
	head, nonASCII := h.b.value(h.vm, h.cache)
	m.Set("_header", head)
	if nonASCII {
		// The head goes out in latin1, not with a utf8 body.
		m.Set("_headerNonASCII", true)
	}
	if !h.fresh && truthy("_headerSent") {
		m.Set("_headerSent", false)
	}
	return false
}

// hasToken reports whether the comma-separated list v holds tok (any
// case, blanks around it ignored); last limits the search to the last
// element, as node's test for chunked encoding does.
func hasToken(v, tok string, last bool) bool {
	if last {
		if i := strings.LastIndexByte(v, ','); i >= 0 {
			v = v[i+1:]
		}
		return strings.EqualFold(strings.TrimFunc(v, jsSpace), tok)
	}
	for _, part := range strings.Split(v, ",") {
		if strings.EqualFold(strings.TrimFunc(part, jsSpace), tok) {
			return true
		}
	}
	return false
}

// jsSpace is a regular expression's \s over the characters a header
// value may hold.
func jsSpace(r rune) bool {
	return r == ' ' || r >= '\t' && r <= '\r' || r == 0xa0
}

// dateCache holds the Date header's value for the current second.
var dateCache atomic.Pointer[cachedDate]

type cachedDate struct {
	sec  int64
	text string
}

// utcDate is the Date header's value, as Date.prototype.toUTCString
// writes it.
func utcDate() string {
	now := time.Now()
	if d := dateCache.Load(); d != nil && d.sec == now.Unix() {
		return d.text
	}
	d := &cachedDate{sec: now.Unix(), text: now.UTC().Format(nethttp.TimeFormat)}
	dateCache.Store(d)
	return d.text
}

// validateHeaders checks an object of headers as writeHead does before
// it stores them: each name a token, each value defined and free of
// characters node refuses. It returns undefined, or [code, name] for the
// first bad header (code "token", "undefined" or "char"); the script
// throws node's error for it.
func validateHeaders(vm *goja.Runtime) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		o, ok := call.Argument(0).(*goja.Object)
		if !ok {
			return goja.Undefined()
		}
		for _, k := range o.Keys() {
			code := ""
			if !isToken(k) {
				code = "token"
			} else if v := o.Get(k); v == nil || goja.IsUndefined(v) {
				code = "undefined"
			} else if badHeaderChar(v.String()) {
				code = "char"
			}
			if code != "" {
				return vm.NewArray(code, k)
			}
		}
		return goja.Undefined()
	}
}
