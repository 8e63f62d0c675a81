package ipc

import (
	"strconv"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// decoder turns one JSON message into JS values directly, as JSON.parse
// would (own data properties, numbers as doubles), without the token
// allocations of goja's JSON.parse. It reports failure for anything it does
// not accept, and the caller then uses JSON.parse, which throws node's
// SyntaxError for bad input.
type decoder struct {
	vm  *goja.Runtime
	s   string
	pos int
	buf []byte
}

// decodeJSON parses s; ok is false if s is not JSON this decoder handles.
func decodeJSON(vm *goja.Runtime, s string) (v goja.Value, ok bool) {
	d := decoder{vm: vm, s: s}
	v, ok = d.value(0)
	if !ok {
		return nil, false
	}
	d.space()
	return v, d.pos == len(d.s)
}

const maxDepth = 1000

func (d *decoder) space() {
	for d.pos < len(d.s) {
		switch d.s[d.pos] {
		case ' ', '\t', '\n', '\r':
			d.pos++
		default:
			return
		}
	}
}

func (d *decoder) value(depth int) (goja.Value, bool) {
	d.space()
	if d.pos >= len(d.s) || depth > maxDepth {
		return nil, false
	}
	switch c := d.s[d.pos]; {
	case c == '{':
		return d.object(depth)
	case c == '[':
		return d.array(depth)
	case c == '"':
		s, ok := d.str()
		if !ok {
			return nil, false
		}
		return d.vm.ToValue(s), true
	case c == 't':
		return d.literal("true", goja.Value(d.vm.ToValue(true)))
	case c == 'f':
		return d.literal("false", goja.Value(d.vm.ToValue(false)))
	case c == 'n':
		return d.literal("null", goja.Null())
	case c == '-' || (c >= '0' && c <= '9'):
		return d.number()
	}
	return nil, false
}

func (d *decoder) literal(word string, v goja.Value) (goja.Value, bool) {
	if len(d.s)-d.pos >= len(word) && d.s[d.pos:d.pos+len(word)] == word {
		d.pos += len(word)
		return v, true
	}
	return nil, false
}

func (d *decoder) number() (goja.Value, bool) {
	start := d.pos
	if d.s[d.pos] == '-' {
		d.pos++
	}
	digits := func() int {
		n := 0
		for d.pos < len(d.s) && d.s[d.pos] >= '0' && d.s[d.pos] <= '9' {
			d.pos++
			n++
		}
		return n
	}
	intStart := d.pos
	if digits() == 0 || (d.s[intStart] == '0' && d.pos-intStart > 1) {
		return nil, false
	}
	isInt := true
	if d.pos < len(d.s) && d.s[d.pos] == '.' {
		d.pos++
		isInt = false
		if digits() == 0 {
			return nil, false
		}
	}
	if d.pos < len(d.s) && (d.s[d.pos] == 'e' || d.s[d.pos] == 'E') {
		d.pos++
		isInt = false
		if d.pos < len(d.s) && (d.s[d.pos] == '+' || d.s[d.pos] == '-') {
			d.pos++
		}
		if digits() == 0 {
			return nil, false
		}
	}
	text := d.s[start:d.pos]
	if isInt && len(text) < 16 && text != "-0" {
		n, err := strconv.ParseInt(text, 10, 64)
		if err == nil {
			return d.vm.ToValue(n), true
		}
	}
	f, err := strconv.ParseFloat(text, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
			return nil, false
		}
	}
	return d.vm.ToValue(f), true
}

// str reads a string literal. Strings with lone surrogate escapes are left
// to JSON.parse.
func (d *decoder) str() (string, bool) {
	d.pos++ // opening quote
	start := d.pos
	for d.pos < len(d.s) {
		c := d.s[d.pos]
		if c == '"' {
			s := d.s[start:d.pos]
			d.pos++
			return s, true
		}
		if c == '\\' {
			break
		}
		if c < 0x20 {
			return "", false
		}
		d.pos++
	}
	// Slow path: escapes.
	d.buf = append(d.buf[:0], d.s[start:d.pos]...)
	for d.pos < len(d.s) {
		c := d.s[d.pos]
		switch {
		case c == '"':
			d.pos++
			return string(d.buf), true
		case c < 0x20:
			return "", false
		case c != '\\':
			d.buf = append(d.buf, c)
			d.pos++
			continue
		}
		d.pos++
		if d.pos >= len(d.s) {
			return "", false
		}
		e := d.s[d.pos]
		d.pos++
		switch e {
		case '"', '\\', '/':
			d.buf = append(d.buf, e)
		case 'b':
			d.buf = append(d.buf, '\b')
		case 'f':
			d.buf = append(d.buf, '\f')
		case 'n':
			d.buf = append(d.buf, '\n')
		case 'r':
			d.buf = append(d.buf, '\r')
		case 't':
			d.buf = append(d.buf, '\t')
		case 'u':
			r, ok := d.hex4()
			if !ok {
				return "", false
			}
			if utf16.IsSurrogate(r) {
				if r >= 0xDC00 || d.pos+6 > len(d.s) || d.s[d.pos] != '\\' || d.s[d.pos+1] != 'u' {
					return "", false
				}
				d.pos += 2
				r2, ok := d.hex4()
				if !ok || r2 < 0xDC00 || r2 > 0xDFFF {
					return "", false
				}
				r = utf16.DecodeRune(r, r2)
			}
			d.buf = utf8.AppendRune(d.buf, r)
		default:
			return "", false
		}
	}
	return "", false
}

func (d *decoder) hex4() (rune, bool) {
	if d.pos+4 > len(d.s) {
		return 0, false
	}
	var r rune
	for _, c := range []byte(d.s[d.pos : d.pos+4]) {
		r <<= 4
		switch {
		case c >= '0' && c <= '9':
			r |= rune(c - '0')
		case c >= 'a' && c <= 'f':
			r |= rune(c - 'a' + 10)
		case c >= 'A' && c <= 'F':
			r |= rune(c - 'A' + 10)
		default:
			return 0, false
		}
	}
	d.pos += 4
	return r, true
}

func (d *decoder) object(depth int) (goja.Value, bool) {
	d.pos++ // {
	obj := d.vm.NewObject()
	d.space()
	if d.pos < len(d.s) && d.s[d.pos] == '}' {
		d.pos++
		return obj, true
	}
	for {
		d.space()
		if d.pos >= len(d.s) || d.s[d.pos] != '"' {
			return nil, false
		}
		key, ok := d.str()
		if !ok {
			return nil, false
		}
		d.space()
		if d.pos >= len(d.s) || d.s[d.pos] != ':' {
			return nil, false
		}
		d.pos++
		v, ok := d.value(depth + 1)
		if !ok {
			return nil, false
		}
		if err := obj.DefineDataProperty(key, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE); err != nil {
			return nil, false
		}
		d.space()
		if d.pos >= len(d.s) {
			return nil, false
		}
		switch d.s[d.pos] {
		case ',':
			d.pos++
		case '}':
			d.pos++
			return obj, true
		default:
			return nil, false
		}
	}
}

func (d *decoder) array(depth int) (goja.Value, bool) {
	d.pos++ // [
	var items []any
	d.space()
	if d.pos < len(d.s) && d.s[d.pos] == ']' {
		d.pos++
		return d.vm.NewArray(), true
	}
	for {
		v, ok := d.value(depth + 1)
		if !ok {
			return nil, false
		}
		items = append(items, v)
		d.space()
		if d.pos >= len(d.s) {
			return nil, false
		}
		switch d.s[d.pos] {
		case ',':
			d.pos++
		case ']':
			d.pos++
			return d.vm.NewArray(items...), true
		default:
			return nil, false
		}
	}
}
