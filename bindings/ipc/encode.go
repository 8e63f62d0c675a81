package ipc

import (
	"math"
	"reflect"
	"strconv"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// encoder writes a JS value as JSON.stringify would, for plain data only:
// primitives, and objects of class Object or Array with no toJSON, no
// proxy, and nesting under maxEncodeDepth. For anything else it reports
// failure and the caller uses JSON.stringify itself (which also gives
// node's errors for cycles and BigInts). Property getters run, once each,
// in JSON.stringify's order.
type encoder struct {
	vm  *goja.Runtime
	buf []byte
}

const maxEncodeDepth = 64

var (
	proxyType = reflect.TypeOf(goja.Proxy{})
	funcType  = reflect.TypeOf(func(goja.FunctionCall) goja.Value { return nil })
)

// encodeJSON appends v's JSON text and "\n" to buf; ok is false when v is
// not plain data (buf is then unspecified).
func encodeJSON(vm *goja.Runtime, buf []byte, v goja.Value) ([]byte, bool) {
	e := encoder{vm: vm, buf: buf}
	if isSkipped(v) {
		return nil, false // JSON.stringify gives undefined: left to the JS path
	}
	if !e.value(v, 0) {
		return nil, false
	}
	return append(e.buf, '\n'), true
}

// isSkipped reports the values JSON.stringify leaves out of objects:
// undefined, functions and symbols.
func isSkipped(v goja.Value) bool {
	if v == nil || goja.IsUndefined(v) {
		return true
	}
	if _, ok := v.(*goja.Symbol); ok {
		return true
	}
	if o, ok := v.(*goja.Object); ok {
		_, isFn := goja.AssertFunction(o)
		return isFn
	}
	return false
}

func (e *encoder) value(v goja.Value, depth int) bool {
	switch {
	case goja.IsNull(v):
		e.buf = append(e.buf, "null"...)
		return true
	case depth > maxEncodeDepth:
		return false
	}
	if o, ok := v.(*goja.Object); ok {
		return e.object(o, depth)
	}
	switch x := v.Export().(type) {
	case bool:
		e.buf = strconv.AppendBool(e.buf, x)
	case int64:
		e.buf = strconv.AppendInt(e.buf, x, 10)
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			e.buf = append(e.buf, "null"...)
		} else {
			e.buf = append(e.buf, v.String()...) // JS number formatting
		}
	case string:
		return e.str(x)
	default:
		return false // BigInt and anything unforeseen
	}
	return true
}

func (e *encoder) object(o *goja.Object, depth int) bool {
	t := o.ExportType()
	if t == proxyType || t == funcType {
		return false
	}
	class := o.ClassName()
	if class != "Object" && class != "Array" {
		return false
	}
	if _, ok := goja.AssertFunction(o.Get("toJSON")); ok {
		return false
	}
	if class == "Array" {
		n := o.Get("length").ToInteger()
		e.buf = append(e.buf, '[')
		for i := int64(0); i < n; i++ {
			if i > 0 {
				e.buf = append(e.buf, ',')
			}
			item := o.Get(strconv.FormatInt(i, 10))
			if isSkipped(item) {
				if item != nil && !goja.IsUndefined(item) {
					if _, isSym := item.(*goja.Symbol); !isSym {
						// A function: JSON.stringify checks its toJSON first.
						return false
					}
				}
				e.buf = append(e.buf, "null"...)
				continue
			}
			if !e.value(item, depth+1) {
				return false
			}
		}
		e.buf = append(e.buf, ']')
		return true
	}
	e.buf = append(e.buf, '{')
	first := true
	for _, k := range o.Keys() {
		item := o.Get(k)
		if isSkipped(item) {
			if _, isFn := item.(*goja.Object); isFn {
				return false // a function may have a toJSON of its own
			}
			continue
		}
		if !first {
			e.buf = append(e.buf, ',')
		}
		first = false
		if !e.str(k) {
			return false
		}
		e.buf = append(e.buf, ':')
		if !e.value(item, depth+1) {
			return false
		}
	}
	e.buf = append(e.buf, '}')
	return true
}

const hexDigits = "0123456789abcdef"

// str appends s quoted as JSON.stringify quotes it. A string that goja
// could not give as valid UTF-8 (a lone surrogate comes out as U+FFFD) is
// refused, so JSON.stringify escapes it.
func (e *encoder) str(s string) bool {
	e.buf = append(e.buf, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x80 {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError {
				return false
			}
			i += size
			continue
		}
		if c >= 0x20 && c != '"' && c != '\\' {
			i++
			continue
		}
		e.buf = append(e.buf, s[start:i]...)
		switch c {
		case '"':
			e.buf = append(e.buf, '\\', '"')
		case '\\':
			e.buf = append(e.buf, '\\', '\\')
		case '\b':
			e.buf = append(e.buf, '\\', 'b')
		case '\f':
			e.buf = append(e.buf, '\\', 'f')
		case '\n':
			e.buf = append(e.buf, '\\', 'n')
		case '\r':
			e.buf = append(e.buf, '\\', 'r')
		case '\t':
			e.buf = append(e.buf, '\\', 't')
		default:
			e.buf = append(e.buf, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
		}
		i++
		start = i
	}
	e.buf = append(e.buf, s[start:]...)
	e.buf = append(e.buf, '"')
	return true
}
