package url

import (
	"strconv"
	"strings"
)

// This file is the URL standard's basic URL parser, the
// WHATWG URL class's engine. Setters run the parser from a given state
// on an existing record, as the standard specifies.

// record is a parsed URL.
type record struct {
	scheme   string
	username string
	password string
	host     string
	hasHost  bool // host is not null
	port     int  // -1: null
	path     []string
	opaque   bool // path is an opaque string: path[0]
	query    string
	hasQuery bool
	frag     string
	hasFrag  bool
}

// parser states.
const (
	stNone = iota
	stSchemeStart
	stScheme
	stNoScheme
	stSpecialRelativeOrAuthority
	stPathOrAuthority
	stRelative
	stRelativeSlash
	stSpecialAuthoritySlashes
	stSpecialAuthorityIgnoreSlashes
	stAuthority
	stHost
	stHostname
	stPort
	stFile
	stFileSlash
	stFileHost
	stPathStart
	stPath
	stOpaquePath
	stQuery
	stFragment
)

var specialPorts = map[string]int{"ftp": 21, "file": -1, "http": 80, "https": 443, "ws": 80, "wss": 443}

func isSpecial(scheme string) bool { _, ok := specialPorts[scheme]; return ok }

func isASCIIAlpha(c rune) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }
func isASCIIDigit(c rune) bool { return c >= '0' && c <= '9' }

// isWindowsDriveLetter: "C:" or "C|"; normalized only "C:".
func isWindowsDriveLetter(s []rune, normalized bool) bool {
	return len(s) == 2 && isASCIIAlpha(s[0]) && (s[1] == ':' || (!normalized && s[1] == '|'))
}

func startsWithWindowsDriveLetter(s []rune) bool {
	if len(s) < 2 || !isWindowsDriveLetter(s[:2], false) {
		return false
	}
	if len(s) == 2 {
		return true
	}
	switch s[2] {
	case '/', '\\', '?', '#':
		return true
	}
	return false
}

func isSingleDot(s string) bool { return s == "." || strings.EqualFold(s, "%2e") }
func isDoubleDot(s string) bool {
	switch strings.ToLower(s) {
	case "..", ".%2e", "%2e.", "%2e%2e":
		return true
	}
	return false
}

func (u *record) shortenPath() {
	if u.scheme == "file" && len(u.path) == 1 && isWindowsDriveLetter([]rune(u.path[0]), true) {
		return
	}
	if len(u.path) > 0 {
		u.path = u.path[:len(u.path)-1]
	}
}

func (u *record) includesCredentials() bool { return u.username != "" || u.password != "" }

// cannotHaveCredentials: no host, an empty host, or file.
func (u *record) cannotHaveCredentials() bool {
	return !u.hasHost || u.host == "" || u.scheme == "file"
}

func (u *record) clone() *record {
	c := *u
	c.path = append([]string(nil), u.path...)
	return &c
}

// trimControls strips leading and trailing C0 controls and spaces and
// removes tabs and newlines, as the parser does with its input.
func trimControls(s string) string {
	s = strings.TrimFunc(s, func(c rune) bool { return c <= 0x20 })
	if strings.ContainsAny(s, "\t\n\r") {
		s = strings.NewReplacer("\t", "", "\n", "", "\r", "").Replace(s)
	}
	return s
}

// parseURL parses input against base (nil for none); ok is false on
// failure.
func parseURL(input string, base *record) (*record, bool) {
	u := &record{port: -1}
	return u, u.run(trimControls(input), base, stNone)
}

// run is the basic URL parser on u. With override set it changes u in
// place from that state, as the setters do, and false means "leave u".
func (u *record) run(input string, base *record, override int) bool {
	in := []rune(input)
	state := override
	if state == stNone {
		state = stSchemeStart
	}
	var buf []rune
	atSign, insideBrackets, passwordToken := false, false, false
	const eof = rune(-1)
	for p := 0; ; p++ {
		c := eof
		if p < len(in) {
			c = in[p]
		}
		rest := func() []rune {
			if p+1 <= len(in) {
				return in[p+1:]
			}
			return nil
		}
		switch state {
		case stSchemeStart:
			if c != eof && isASCIIAlpha(c) {
				buf = append(buf, c|0x20)
				state = stScheme
			} else if override == stNone {
				state = stNoScheme
				p--
			} else {
				return false
			}
		case stScheme:
			if c != eof && (isASCIIAlpha(c) || isASCIIDigit(c) || c == '+' || c == '-' || c == '.') {
				if c < 0x80 && c >= 'A' && c <= 'Z' {
					c |= 0x20
				}
				buf = append(buf, c)
			} else if c == ':' {
				scheme := string(buf)
				if override != stNone {
					if isSpecial(u.scheme) != isSpecial(scheme) {
						return false
					}
					if (u.includesCredentials() || u.port != -1) && scheme == "file" {
						return false
					}
					if u.scheme == "file" && u.hasHost && u.host == "" {
						return false
					}
				}
				u.scheme = scheme
				if override != stNone {
					if def, ok := specialPorts[u.scheme]; ok && def == u.port {
						u.port = -1
					}
					return true
				}
				buf = buf[:0]
				r := rest()
				switch {
				case u.scheme == "file":
					state = stFile
				case isSpecial(u.scheme) && base != nil && base.scheme == u.scheme:
					state = stSpecialRelativeOrAuthority
				case isSpecial(u.scheme):
					state = stSpecialAuthoritySlashes
				case len(r) > 0 && r[0] == '/':
					state = stPathOrAuthority
					p++
				default:
					u.opaque = true
					u.path = []string{""}
					state = stOpaquePath
				}
			} else if override == stNone {
				buf = buf[:0]
				state = stNoScheme
				p = -1
			} else {
				return false
			}
		case stNoScheme:
			if base == nil || (base.opaque && c != '#') {
				return false
			} else if base.opaque && c == '#' {
				u.scheme = base.scheme
				u.path = append([]string(nil), base.path...)
				u.opaque = true
				u.query, u.hasQuery = base.query, base.hasQuery
				u.frag, u.hasFrag = "", true
				state = stFragment
			} else if base.scheme != "file" {
				state = stRelative
				p--
			} else {
				state = stFile
				p--
			}
		case stSpecialRelativeOrAuthority:
			if r := rest(); c == '/' && len(r) > 0 && r[0] == '/' {
				state = stSpecialAuthorityIgnoreSlashes
				p++
			} else {
				state = stRelative
				p--
			}
		case stPathOrAuthority:
			if c == '/' {
				state = stAuthority
			} else {
				state = stPath
				p--
			}
		case stRelative:
			u.scheme = base.scheme
			if c == '/' {
				state = stRelativeSlash
			} else if isSpecial(u.scheme) && c == '\\' {
				state = stRelativeSlash
			} else {
				u.username, u.password = base.username, base.password
				u.host, u.hasHost, u.port = base.host, base.hasHost, base.port
				u.path = append([]string(nil), base.path...)
				u.query, u.hasQuery = base.query, base.hasQuery
				if c == '?' {
					u.query, u.hasQuery = "", true
					state = stQuery
				} else if c == '#' {
					u.frag, u.hasFrag = "", true
					state = stFragment
				} else if c != eof {
					u.query, u.hasQuery = "", false
					u.shortenPath()
					state = stPath
					p--
				}
			}
		case stRelativeSlash:
			if isSpecial(u.scheme) && (c == '/' || c == '\\') {
				state = stSpecialAuthorityIgnoreSlashes
			} else if c == '/' {
				state = stAuthority
			} else {
				u.username, u.password = base.username, base.password
				u.host, u.hasHost, u.port = base.host, base.hasHost, base.port
				state = stPath
				p--
			}
		case stSpecialAuthoritySlashes:
			if r := rest(); c == '/' && len(r) > 0 && r[0] == '/' {
				state = stSpecialAuthorityIgnoreSlashes
				p++
			} else {
				state = stSpecialAuthorityIgnoreSlashes
				p--
			}
		case stSpecialAuthorityIgnoreSlashes:
			if c != '/' && c != '\\' {
				state = stAuthority
				p--
			}
		case stAuthority:
			if c == '@' {
				if atSign {
					buf = append([]rune("%40"), buf...)
				}
				atSign = true
				for _, bc := range buf {
					if bc == ':' && !passwordToken {
						passwordToken = true
						continue
					}
					enc := percentEncode(string(bc), userinfoSet)
					if passwordToken {
						u.password += enc
					} else {
						u.username += enc
					}
				}
				buf = buf[:0]
			} else if c == eof || c == '/' || c == '?' || c == '#' || (isSpecial(u.scheme) && c == '\\') {
				if atSign && len(buf) == 0 {
					return false
				}
				p -= len(buf) + 1
				buf = buf[:0]
				state = stHost
			} else {
				buf = append(buf, c)
			}
		case stHost, stHostname:
			if override != stNone && u.scheme == "file" {
				p--
				state = stFileHost
			} else if c == ':' && !insideBrackets {
				if len(buf) == 0 {
					return false
				}
				if override == stHostname {
					return false
				}
				h, ok := parseHost(string(buf), !isSpecial(u.scheme))
				if !ok {
					return false
				}
				u.host, u.hasHost = h, true
				buf = buf[:0]
				state = stPort
			} else if c == eof || c == '/' || c == '?' || c == '#' || (isSpecial(u.scheme) && c == '\\') {
				p--
				if isSpecial(u.scheme) && len(buf) == 0 {
					return false
				} else if override != stNone && len(buf) == 0 && (u.includesCredentials() || u.port != -1) {
					return false
				}
				h, ok := parseHost(string(buf), !isSpecial(u.scheme))
				if !ok {
					return false
				}
				u.host, u.hasHost = h, true
				buf = buf[:0]
				state = stPathStart
				if override != stNone {
					return true
				}
			} else {
				if c == '[' {
					insideBrackets = true
				}
				if c == ']' {
					insideBrackets = false
				}
				buf = append(buf, c)
			}
		case stPort:
			if c != eof && isASCIIDigit(c) {
				buf = append(buf, c)
			} else if c == eof || c == '/' || c == '?' || c == '#' || (isSpecial(u.scheme) && c == '\\') || override != stNone {
				if len(buf) != 0 {
					digits := strings.TrimLeft(string(buf), "0")
					port := 0
					if digits != "" {
						n, err := strconv.Atoi(digits)
						if err != nil || len(digits) > 5 || n > 65535 {
							return false
						}
						port = n
					}
					if def, ok := specialPorts[u.scheme]; ok && def == port {
						u.port = -1
					} else {
						u.port = port
					}
					buf = buf[:0]
				}
				if override != stNone {
					return true
				}
				state = stPathStart
				p--
			} else {
				return false
			}
		case stFile:
			u.scheme = "file"
			u.host, u.hasHost = "", true
			if c == '/' || c == '\\' {
				state = stFileSlash
			} else if base != nil && base.scheme == "file" {
				u.host, u.hasHost = base.host, base.hasHost
				u.path = append([]string(nil), base.path...)
				u.query, u.hasQuery = base.query, base.hasQuery
				if c == '?' {
					u.query, u.hasQuery = "", true
					state = stQuery
				} else if c == '#' {
					u.frag, u.hasFrag = "", true
					state = stFragment
				} else if c != eof {
					u.query, u.hasQuery = "", false
					if !startsWithWindowsDriveLetter(in[p:]) {
						u.shortenPath()
					} else {
						u.path = nil
					}
					state = stPath
					p--
				}
			} else {
				state = stPath
				p--
			}
		case stFileSlash:
			if c == '/' || c == '\\' {
				state = stFileHost
			} else {
				if base != nil && base.scheme == "file" {
					u.host, u.hasHost = base.host, base.hasHost
					if !startsWithWindowsDriveLetter(in[p:]) && len(base.path) > 0 && isWindowsDriveLetter([]rune(base.path[0]), true) {
						u.path = append(u.path, base.path[0])
					}
				}
				state = stPath
				p--
			}
		case stFileHost:
			if c == eof || c == '/' || c == '\\' || c == '?' || c == '#' {
				p--
				if override == stNone && isWindowsDriveLetter(buf, false) {
					state = stPath
				} else if len(buf) == 0 {
					u.host, u.hasHost = "", true
					if override != stNone {
						return true
					}
					state = stPathStart
				} else {
					h, ok := parseHost(string(buf), false)
					if !ok {
						return false
					}
					if h == "localhost" {
						h = ""
					}
					u.host, u.hasHost = h, true
					if override != stNone {
						return true
					}
					buf = buf[:0]
					state = stPathStart
				}
			} else {
				buf = append(buf, c)
			}
		case stPathStart:
			if isSpecial(u.scheme) {
				state = stPath
				if c != '/' && c != '\\' {
					p--
				}
			} else if override == stNone && c == '?' {
				u.query, u.hasQuery = "", true
				state = stQuery
			} else if override == stNone && c == '#' {
				u.frag, u.hasFrag = "", true
				state = stFragment
			} else if c != eof {
				state = stPath
				if c != '/' {
					p--
				}
			} else if override != stNone && !u.hasHost {
				u.path = append(u.path, "")
			}
		case stPath:
			slash := c == '/' || (isSpecial(u.scheme) && c == '\\')
			if c == eof || slash || (override == stNone && (c == '?' || c == '#')) {
				seg := string(buf)
				switch {
				case isDoubleDot(seg):
					u.shortenPath()
					if !slash {
						u.path = append(u.path, "")
					}
				case isSingleDot(seg) && !slash:
					u.path = append(u.path, "")
				case !isSingleDot(seg):
					if u.scheme == "file" && len(u.path) == 0 && isWindowsDriveLetter(buf, false) {
						seg = string(buf[0]) + ":"
					}
					u.path = append(u.path, seg)
				}
				buf = buf[:0]
				if c == '?' {
					u.query, u.hasQuery = "", true
					state = stQuery
				}
				if c == '#' {
					u.frag, u.hasFrag = "", true
					state = stFragment
				}
			} else {
				buf = append(buf, []rune(percentEncode(string(c), pathSet))...)
			}
		case stOpaquePath:
			if c == '?' {
				u.query, u.hasQuery = "", true
				state = stQuery
			} else if c == '#' {
				u.frag, u.hasFrag = "", true
				state = stFragment
			} else if c != eof {
				u.path[0] += percentEncode(string(c), c0Set)
			}
		case stQuery:
			if (override == stNone && c == '#') || c == eof {
				set := querySet
				if isSpecial(u.scheme) {
					set = specialQuerySet
				}
				u.query += percentEncode(string(buf), set)
				buf = buf[:0]
				if c == '#' {
					u.frag, u.hasFrag = "", true
					state = stFragment
				}
			} else {
				buf = append(buf, c)
			}
		case stFragment:
			if c != eof {
				u.frag += percentEncode(string(c), fragmentSet)
			}
		}
		if c == eof && p >= len(in) {
			break
		}
	}
	return true
}
