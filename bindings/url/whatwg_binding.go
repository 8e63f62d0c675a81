package url

import (
	"strings"

	"github.com/dop251/goja"
)

// This file hands the URL parser to the URL and URLSearchParams classes in
// js/whatwg.js: a parsed URL is an opaque *record the class keeps.

func whatwgBinding(vm *goja.Runtime) *goja.Object {
	o := vm.NewObject()
	parse := func(input string, base goja.Value) *record {
		var b *record
		if base != nil && !goja.IsUndefined(base) {
			var ok bool
			if b, ok = parseURL(base.String(), nil); !ok {
				return nil
			}
		}
		u, ok := parseURL(input, b)
		if !ok {
			return nil
		}
		return u
	}
	o.Set("parse", func(input string, base goja.Value) goja.Value {
		if u := parse(input, base); u != nil {
			return vm.ToValue(u)
		}
		return goja.Null()
	})
	o.Set("canParse", func(input string, base goja.Value) bool { return parse(input, base) != nil })
	o.Set("get", func(u *record, name string) string { return u.get(name) })
	o.Set("set", func(u *record, name, value string) bool { return u.set(name, value) })
	o.Set("setQuery", func(u *record, q goja.Value) {
		if goja.IsNull(q) {
			u.query, u.hasQuery = "", false
			return
		}
		u.query, u.hasQuery = q.String(), true
	})
	o.Set("query", func(u *record) string { return u.query })
	o.Set("formDecode", func(s string) string {
		return strings.ToValidUTF8(string(percentDecode(strings.ReplaceAll(s, "+", " "))), "\uFFFD")
	})
	o.Set("formEncode", formEncode)
	return o
}

// formEncode is the application/x-www-form-urlencoded byte serializer.
func formEncode(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			b.WriteByte('+')
		case (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '*' || c == '-' || c == '.' || c == '_':
			b.WriteByte(c)
		default:
			b.WriteByte('%')
			b.WriteByte(upperHex[c>>4])
			b.WriteByte(upperHex[c&15])
		}
	}
	return b.String()
}

// get reads one of the URL class's string attributes.
func (u *record) get(name string) string {
	switch name {
	case "href":
		return u.href()
	case "origin":
		return u.origin()
	case "protocol":
		return u.scheme + ":"
	case "username":
		return u.username
	case "password":
		return u.password
	case "host":
		if !u.hasHost {
			return ""
		}
		if u.port != -1 {
			return u.host + ":" + itoa(u.port)
		}
		return u.host
	case "hostname":
		return u.host
	case "port":
		if u.port == -1 {
			return ""
		}
		return itoa(u.port)
	case "pathname":
		return u.pathname()
	case "search":
		if !u.hasQuery || u.query == "" {
			return ""
		}
		return "?" + u.query
	case "hash":
		if !u.hasFrag || u.frag == "" {
			return ""
		}
		return "#" + u.frag
	}
	return ""
}

// set runs one of the URL class's setters; only href can fail (false).
func (u *record) set(name, value string) bool {
	if name == "href" {
		n, ok := parseURL(value, nil)
		if ok {
			*u = *n
		}
		return ok
	}
	value = strings.NewReplacer("\t", "", "\n", "", "\r", "").Replace(value)
	c := u.clone()
	apply := func(input string, state int) {
		if c.run(input, nil, state) {
			*u = *c
		}
	}
	switch name {
	case "protocol":
		apply(value+":", stSchemeStart)
	case "username", "password":
		if u.cannotHaveCredentials() {
			return true
		}
		if name == "username" {
			u.username = percentEncode(value, userinfoSet)
		} else {
			u.password = percentEncode(value, userinfoSet)
		}
	case "host", "hostname":
		if u.opaque {
			return true
		}
		state := stHost
		if name == "hostname" {
			state = stHostname
		}
		apply(value, state)
	case "port":
		if u.cannotHaveCredentials() {
			return true
		}
		if value == "" {
			u.port = -1
			return true
		}
		apply(value, stPort)
	case "pathname":
		if u.opaque {
			return true
		}
		c.path = nil
		apply(value, stPathStart)
	case "search":
		if value == "" {
			u.query, u.hasQuery = "", false
			return true
		}
		c.query, c.hasQuery = "", true
		apply(strings.TrimPrefix(value, "?"), stQuery)
	case "hash":
		if value == "" {
			u.frag, u.hasFrag = "", false
			return true
		}
		c.frag, c.hasFrag = "", true
		apply(strings.TrimPrefix(value, "#"), stFragment)
	}
	return true
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var buf [8]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	return string(buf[i:])
}
