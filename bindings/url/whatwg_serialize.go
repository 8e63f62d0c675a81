package url

import (
	"strconv"
	"strings"
)

// This file is the URL standard's percent-encode sets and the URL
// serializer.

// Percent-encode sets: each reports whether an ASCII byte is in the set
// (every non-ASCII byte is).
type encodeSet func(c byte) bool

func c0Set(c byte) bool { return c < 0x20 || c > 0x7E }
func fragmentSet(c byte) bool {
	return c0Set(c) || c == ' ' || c == '"' || c == '<' || c == '>' || c == '`'
}
func querySet(c byte) bool {
	return c0Set(c) || c == ' ' || c == '"' || c == '#' || c == '<' || c == '>'
}
func specialQuerySet(c byte) bool { return querySet(c) || c == '\'' }
func pathSet(c byte) bool         { return querySet(c) || c == '?' || c == '`' || c == '{' || c == '}' }
func userinfoSet(c byte) bool {
	return pathSet(c) || c == '/' || c == ':' || c == ';' || c == '=' || c == '@' || (c >= '[' && c <= '^') || c == '|'
}

const upperHex = "0123456789ABCDEF"

// percentEncode encodes s's UTF-8 bytes that are in set; lone surrogates
// have already become U+FFFD on the way in from JS.
func percentEncode(s string, set encodeSet) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || set(c) {
			b.WriteByte('%')
			b.WriteByte(upperHex[c>>4])
			b.WriteByte(upperHex[c&15])
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}

// href serializes u.
func (u *record) href() string {
	var b strings.Builder
	b.WriteString(u.scheme)
	b.WriteByte(':')
	if u.hasHost {
		b.WriteString("//")
		if u.includesCredentials() {
			b.WriteString(u.username)
			if u.password != "" {
				b.WriteString(":" + u.password)
			}
			b.WriteByte('@')
		}
		b.WriteString(u.host)
		if u.port != -1 {
			b.WriteString(":" + strconv.Itoa(u.port))
		}
	} else if !u.opaque && len(u.path) > 1 && u.path[0] == "" {
		b.WriteString("/.")
	}
	b.WriteString(u.pathname())
	if u.hasQuery {
		b.WriteString("?" + u.query)
	}
	if u.hasFrag {
		b.WriteString("#" + u.frag)
	}
	return b.String()
}

func (u *record) pathname() string {
	if u.opaque {
		return u.path[0]
	}
	var b strings.Builder
	for _, s := range u.path {
		b.WriteByte('/')
		b.WriteString(s)
	}
	return b.String()
}

// origin is the URL's origin, serialized ("null" when opaque).
func (u *record) origin() string {
	switch u.scheme {
	case "http", "https", "ws", "wss", "ftp":
		s := u.scheme + "://" + u.host
		if u.port != -1 {
			s += ":" + strconv.Itoa(u.port)
		}
		return s
	case "blob":
		if inner, ok := parseURL(u.pathname(), nil); ok && (inner.scheme == "http" || inner.scheme == "https") {
			return inner.origin()
		}
	}
	return "null"
}
