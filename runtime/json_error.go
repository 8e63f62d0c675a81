package runtime

import (
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// This file words JSON syntax errors the way V8 (node 20) does, for
// require() of a .json file: goja's own JSON.parse messages differ.

// jsonSyntaxMessage returns V8's message for the first syntax error in
// src, or "" when src is valid JSON.
func jsonSyntaxMessage(src string) (msg string) {
	p := &jsonChecker{s: src}
	defer func() {
		if r := recover(); r != nil {
			m, ok := r.(jsonFailure)
			if !ok {
				panic(r)
			}
			msg = string(m)
		}
	}()
	p.value()
	p.space()
	if p.i < len(p.s) {
		panic(jsonFailure("Unexpected non-whitespace character after JSON at position " + strconv.Itoa(p.pos())))
	}
	return ""
}

type jsonFailure string

type jsonChecker struct {
	s string
	i int
}

// pos is the current position in UTF-16 code units, as V8 counts.
func (p *jsonChecker) pos() int {
	n := 0
	for _, r := range p.s[:p.i] {
		n += len(utf16.Encode([]rune{r}))
	}
	return n
}

func (p *jsonChecker) failAt(msg string) {
	panic(jsonFailure(msg + " in JSON at position " + strconv.Itoa(p.pos())))
}

// unexpected reports the character at the cursor as V8's generic
// "Unexpected token" error, with the source or context around it.
func (p *jsonChecker) unexpected() {
	if p.i >= len(p.s) {
		panic(jsonFailure("Unexpected end of JSON input"))
	}
	switch p.s {
	case "[object Object]", "undefined", "Infinity", "NaN":
		panic(jsonFailure(`"` + p.s + `" is not valid JSON`))
	}
	r, _ := utf8.DecodeRuneInString(p.s[p.i:])
	units := utf16.Encode([]rune(p.s))
	pos := p.pos()
	const context = 10
	tok := "Unexpected token '" + string(r) + "', "
	switch {
	case len(units) < 2*context+1:
		panic(jsonFailure(tok + `"` + p.s + `" is not valid JSON`))
	case pos < context:
		panic(jsonFailure(tok + `"` + string(utf16.Decode(units[:pos+context])) + `"... is not valid JSON`))
	case pos < len(units)-context:
		panic(jsonFailure(tok + `..."` + string(utf16.Decode(units[pos-context:pos+context])) + `"... is not valid JSON`))
	}
	panic(jsonFailure(tok + `..."` + string(utf16.Decode(units[pos-context:])) + `" is not valid JSON`))
}

func (p *jsonChecker) space() {
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

func (p *jsonChecker) peek() byte {
	if p.i < len(p.s) {
		return p.s[p.i]
	}
	return 0
}

func (p *jsonChecker) value() {
	p.space()
	switch c := p.peek(); {
	case c == '{':
		p.object()
	case c == '[':
		p.array()
	case c == '"':
		p.str()
	case c == '-' || c >= '0' && c <= '9':
		p.number()
	case c == 't':
		p.literal("true")
	case c == 'f':
		p.literal("false")
	case c == 'n':
		p.literal("null")
	default:
		p.unexpected()
	}
}

func (p *jsonChecker) object() {
	p.i++
	p.space()
	if p.peek() == '}' {
		p.i++
		return
	}
	for first := true; ; first = false {
		p.space()
		if p.peek() != '"' {
			if first {
				p.failAt("Expected property name or '}'")
			}
			p.failAt("Expected double-quoted property name")
		}
		p.str()
		p.space()
		if p.peek() != ':' {
			p.failAt("Expected ':' after property name")
		}
		p.i++
		p.value()
		p.space()
		switch p.peek() {
		case ',':
			p.i++
		case '}':
			p.i++
			return
		default:
			p.failAt("Expected ',' or '}' after property value")
		}
	}
}

func (p *jsonChecker) array() {
	p.i++
	p.space()
	if p.peek() == ']' {
		p.i++
		return
	}
	for {
		p.value()
		p.space()
		switch p.peek() {
		case ',':
			p.i++
		case ']':
			p.i++
			return
		default:
			p.failAt("Expected ',' or ']' after array element")
		}
	}
}

func (p *jsonChecker) str() {
	p.i++
	for {
		if p.i >= len(p.s) {
			p.failAt("Unterminated string")
		}
		c := p.s[p.i]
		switch {
		case c == '"':
			p.i++
			return
		case c < 0x20:
			p.failAt("Bad control character in string literal")
		case c == '\\':
			p.i++
			switch p.peek() {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				p.i++
			case 'u':
				p.i++
				for k := 0; k < 4; k++ {
					if !isHex(p.peek()) {
						p.failAt("Bad Unicode escape")
					}
					p.i++
				}
			default:
				p.failAt("Bad escaped character")
			}
		default:
			p.i++
		}
	}
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func (p *jsonChecker) number() {
	if p.peek() == '-' {
		p.i++
		if !isDigit(p.peek()) {
			p.failAt("No number after minus sign")
		}
	}
	if p.peek() == '0' {
		p.i++
		if isDigit(p.peek()) {
			p.failAt("Unexpected number")
		}
	} else {
		for isDigit(p.peek()) {
			p.i++
		}
	}
	if p.peek() == '.' {
		p.i++
		if !isDigit(p.peek()) {
			p.failAt("Unterminated fractional number")
		}
		for isDigit(p.peek()) {
			p.i++
		}
	}
	if c := p.peek(); c == 'e' || c == 'E' {
		p.i++
		if c := p.peek(); c == '+' || c == '-' {
			p.i++
		}
		if !isDigit(p.peek()) {
			p.failAt("Exponent part is missing a number")
		}
		for isDigit(p.peek()) {
			p.i++
		}
	}
}

func (p *jsonChecker) literal(word string) {
	for k := 0; k < len(word); k++ {
		if p.peek() != word[k] {
			p.unexpected()
		}
		p.i++
	}
}
