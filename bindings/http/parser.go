package http

import (
	"bytes"
	"strconv"
	"strings"
	"time"
)

// parseError is a malformed message, named with llhttp's codes as node
// reports them (HPE_INVALID_METHOD, HPE_HEADER_OVERFLOW, ...).
type parseError struct {
	code   string
	reason string
}

func (e *parseError) Error() string { return e.reason }

// message is one parsed request or response head.
type message struct {
	method     string
	url        string
	status     int
	reason     string
	minor      int // HTTP/1.minor
	raw        []string
	keepAlive  bool
	upgrade    bool
	chunked    bool
	length     int64 // -1: none given
	noBody     bool  // a response that has no body whatever it says
	untilClose bool  // a response body that ends at the end of input
}

// parserEvents receive what a parser finds, in order.
type parserEvents interface {
	// headers takes a message's head; for an upgrade, head holds the
	// bytes after it and the result says whether the upgrade is taken: a
	// server whose script declines one (node's server does when no one
	// listens for 'upgrade') goes on reading the message as HTTP.
	headers(m *message, head []byte) bool
	body(chunk []byte)
	complete(trailers []string)
}

const (
	stHead = iota
	stBody
	stChunkSize
	stChunkData
	stChunkEnd
	stTrailers
	stUntilClose
	stUpgraded
)

// parser is an incremental HTTP/1.x parser for requests (a server) or
// responses (a client). It keeps raw header names as they came, as node's
// rawHeaders shows them.
type parser struct {
	response  bool
	maxHeader int
	state     int
	buf       []byte // an incomplete head, chunk-size line or trailer block
	remaining int64
	cur       *message
	// methods are the methods of the requests sent and not yet answered
	// (a client): HEAD and CONNECT responses are read differently.
	methods []string
	// begun is when the message being read began (zero between
	// messages), headersDone whether its head is in: what a server's
	// headersTimeout and requestTimeout are measured by.
	begun       time.Time
	headersDone bool
	// lastHead and last are a server's last request head as it came and
	// as parsed: a kept-alive client most often sends the same head again,
	// which is then a copy of the last message rather than parsed anew.
	lastHead []byte
	last     *message
}

// feed parses data, calling ev for what it completes. It returns the bytes
// it did not take (after an upgrade, or when stop says to pause) and an
// error for malformed input. stop is asked after each event.
func (p *parser) feed(data []byte, ev parserEvents, stop func() bool) ([]byte, error) {
	for len(data) > 0 {
		switch p.state {
		case stHead:
			if len(p.buf) == 0 {
				// Skip the empty lines allowed before a message.
				for len(data) > 0 && (data[0] == '\r' || data[0] == '\n') {
					data = data[1:]
				}
				if len(data) == 0 {
					return nil, nil
				}
				if p.begun.IsZero() {
					p.begun = time.Now()
				}
			}
			start := len(p.buf)
			p.buf = append(p.buf, data...)
			i := bytes.Index(p.buf, []byte("\r\n\r\n"))
			if i < 0 {
				if len(p.buf) > p.maxHeader {
					return nil, &parseError{"HPE_HEADER_OVERFLOW", "Header overflow"}
				}
				return nil, nil
			}
			if i+4 > p.maxHeader {
				return nil, &parseError{"HPE_HEADER_OVERFLOW", "Header overflow"}
			}
			head := p.buf[:i]
			data = data[i+4-start:]
			m, err := p.request(head)
			p.buf = p.buf[:0]
			if err != nil {
				return nil, err
			}
			p.cur = m
			p.headersDone = true
			if m.upgrade {
				if ev.headers(m, data) {
					p.begun = time.Time{}
					p.state = stUpgraded
					return nil, nil
				}
				m.upgrade = false
			} else {
				ev.headers(m, nil)
			}
			switch {
			case m.noBody:
				p.done(ev)
			case m.chunked:
				p.state = stChunkSize
			case m.length > 0:
				p.state, p.remaining = stBody, m.length
			case m.untilClose:
				p.state = stUntilClose
			default:
				p.done(ev)
			}
		case stBody:
			n := int64(len(data))
			if n > p.remaining {
				n = p.remaining
			}
			ev.body(data[:n])
			data = data[n:]
			p.remaining -= n
			if p.remaining == 0 {
				p.done(ev)
			}
		case stChunkSize:
			line, rest, ok := p.line(data)
			data = rest
			if !ok {
				if len(p.buf) > 1024 {
					return nil, &parseError{"HPE_INVALID_CHUNK_SIZE", "Invalid character in chunk size"}
				}
				return nil, nil
			}
			if i := strings.IndexByte(line, ';'); i >= 0 {
				line = line[:i]
			}
			n, err := strconv.ParseInt(strings.TrimSpace(line), 16, 64)
			if err != nil || n < 0 {
				return nil, &parseError{"HPE_INVALID_CHUNK_SIZE", "Invalid character in chunk size"}
			}
			if n == 0 {
				p.state = stTrailers
			} else {
				p.state, p.remaining = stChunkData, n
			}
		case stChunkData:
			n := int64(len(data))
			if n > p.remaining {
				n = p.remaining
			}
			ev.body(data[:n])
			data = data[n:]
			p.remaining -= n
			if p.remaining == 0 {
				p.state = stChunkEnd
			}
		case stChunkEnd:
			line, rest, ok := p.line(data)
			data = rest
			if !ok {
				return nil, nil
			}
			if line != "" {
				return nil, &parseError{"HPE_STRICT", "Expected LF after chunk data"}
			}
			p.state = stChunkSize
		case stTrailers:
			p.buf = append(p.buf, data...)
			if bytes.HasPrefix(p.buf, []byte("\r\n")) {
				data = p.buf[2:]
				p.buf = p.buf[:0]
				data = append([]byte(nil), data...)
				p.doneTrailers(ev, nil)
				break
			}
			i := bytes.Index(p.buf, []byte("\r\n\r\n"))
			if i < 0 {
				if len(p.buf) > p.maxHeader {
					return nil, &parseError{"HPE_HEADER_OVERFLOW", "Header overflow"}
				}
				return nil, nil
			}
			raw, err := parseFields(string(p.buf[:i]))
			data = append([]byte(nil), p.buf[i+4:]...)
			p.buf = p.buf[:0]
			if err != nil {
				return nil, err
			}
			p.doneTrailers(ev, raw)
		case stUntilClose:
			ev.body(data)
			data = nil
		case stUpgraded:
			return data, nil
		}
		if stop != nil && stop() {
			return data, nil
		}
	}
	return nil, nil
}

// eof ends the input: a body read until the connection closes completes;
// an incomplete message is an error.
func (p *parser) eof(ev parserEvents) error {
	switch p.state {
	case stUntilClose:
		p.done(ev)
		return nil
	case stHead:
		if len(p.buf) == 0 {
			return nil
		}
	case stUpgraded:
		return nil
	}
	return &parseError{"HPE_INVALID_EOF_STATE", "Invalid EOF state"}
}

func (p *parser) done(ev parserEvents) { p.doneTrailers(ev, nil) }

func (p *parser) doneTrailers(ev parserEvents, trailers []string) {
	p.state = stHead
	p.cur = nil
	p.begun, p.headersDone = time.Time{}, false
	ev.complete(trailers)
}

// line takes one CRLF-terminated line, buffering a partial one.
func (p *parser) line(data []byte) (string, []byte, bool) {
	i := bytes.IndexByte(data, '\n')
	if i < 0 {
		p.buf = append(p.buf, data...)
		return "", nil, false
	}
	l := append(p.buf, data[:i]...)
	p.buf = p.buf[:0]
	return strings.TrimSuffix(string(l), "\r"), data[i+1:], true
}

// request is parseHead, for a request head the same as the last one a
// copy of the last one's message (its raw headers shared: no one changes
// them).
func (p *parser) request(head []byte) (*message, error) {
	if p.response {
		return p.parseHead(head)
	}
	if p.last != nil && bytes.Equal(head, p.lastHead) {
		m := *p.last
		return &m, nil
	}
	m, err := p.parseHead(head)
	if err != nil {
		return nil, err
	}
	if len(head) <= maxCachedHead {
		p.lastHead = append(p.lastHead[:0], head...)
		last := *m
		p.last = &last
	} else {
		p.lastHead, p.last = nil, nil
	}
	return m, nil
}

// maxCachedHead bounds the request head a parser keeps to compare.
const maxCachedHead = 2048

func (p *parser) parseHead(head []byte) (*message, error) {
	s := string(head)
	first, rest, _ := strings.Cut(s, "\r\n")
	m := &message{length: -1}
	if p.response {
		if !strings.HasPrefix(first, "HTTP/1.") || len(first) < 12 || first[8] != ' ' {
			return nil, &parseError{"HPE_INVALID_CONSTANT", "Expected HTTP/"}
		}
		m.minor = int(first[7] - '0')
		code, reason, _ := strings.Cut(first[9:], " ")
		st, err := strconv.Atoi(code)
		if err != nil || len(code) != 3 {
			return nil, &parseError{"HPE_INVALID_STATUS", "Invalid status code"}
		}
		m.status, m.reason = st, reason
	} else {
		method, tail, ok := strings.Cut(first, " ")
		if !ok || !validMethod(method) {
			return nil, &parseError{"HPE_INVALID_METHOD", "Invalid method encountered"}
		}
		url, version, ok := strings.Cut(tail, " ")
		if !ok || url == "" {
			return nil, &parseError{"HPE_INVALID_CONSTANT", "Expected HTTP/"}
		}
		if len(version) != 8 || !strings.HasPrefix(version, "HTTP/1.") || version[7] < '0' || version[7] > '9' {
			return nil, &parseError{"HPE_INVALID_VERSION", "Invalid HTTP version"}
		}
		m.method, m.url, m.minor = method, url, int(version[7]-'0')
	}
	raw, err := parseFields(rest)
	if err != nil {
		return nil, err
	}
	m.raw = raw
	connClose, connKeep, connUpgrade, hasUpgrade, hasTE := false, false, false, false, false
	for i := 0; i < len(raw); i += 2 {
		k, v := raw[i], raw[i+1]
		switch {
		case strings.EqualFold(k, "content-length"):
			n, err := strconv.ParseInt(v, 10, 64)
			if err != nil || n < 0 || (m.length >= 0 && m.length != n) {
				return nil, &parseError{"HPE_INVALID_CONTENT_LENGTH", "Invalid character in Content-Length"}
			}
			m.length = n
		case strings.EqualFold(k, "transfer-encoding"):
			hasTE = true
			parts := strings.Split(v, ",")
			m.chunked = strings.EqualFold(strings.TrimSpace(parts[len(parts)-1]), "chunked")
		case strings.EqualFold(k, "connection"):
			for _, t := range strings.Split(v, ",") {
				t = strings.TrimSpace(t)
				switch {
				case strings.EqualFold(t, "close"):
					connClose = true
				case strings.EqualFold(t, "keep-alive"):
					connKeep = true
				case strings.EqualFold(t, "upgrade"):
					connUpgrade = true
				}
			}
		case strings.EqualFold(k, "upgrade"):
			hasUpgrade = true
		}
	}
	if hasTE && m.length >= 0 {
		return nil, &parseError{"HPE_UNEXPECTED_CONTENT_LENGTH", "Content-Length can't be present with Transfer-Encoding"}
	}
	if m.minor >= 1 {
		m.keepAlive = !connClose
	} else {
		m.keepAlive = connKeep
	}
	if p.response {
		method := ""
		if len(p.methods) > 0 {
			method = p.methods[0]
			p.methods = p.methods[1:]
		}
		m.upgrade = m.status == 101 || (method == "CONNECT" && m.status/100 == 2)
		m.noBody = method == "HEAD" || m.status/100 == 1 || m.status == 204 || m.status == 304
		if m.status/100 == 1 && m.status != 101 {
			// An interim response: the real one follows for the same request.
			p.methods = append([]string{method}, p.methods...)
		}
		if !m.noBody && !m.chunked && m.length < 0 {
			m.untilClose = true
			m.keepAlive = false
		}
	} else {
		m.upgrade = m.method == "CONNECT" || (hasUpgrade && connUpgrade)
		if hasTE && !m.chunked {
			return nil, &parseError{"HPE_INVALID_TRANSFER_ENCODING", "Request has invalid `Transfer-Encoding`"}
		}
	}
	return m, nil
}

// parseFields splits header lines into name, value pairs.
func parseFields(s string) ([]string, error) {
	if s == "" {
		return nil, nil
	}
	lines := strings.Split(s, "\r\n")
	raw := make([]string, 0, 2*len(lines))
	for _, l := range lines {
		k, v, ok := strings.Cut(l, ":")
		if !ok || k == "" || !isToken(k) {
			return nil, &parseError{"HPE_INVALID_HEADER_TOKEN", "Invalid header token"}
		}
		v = strings.Trim(v, " \t")
		for i := 0; i < len(v); i++ {
			if c := v[i]; (c < 0x20 && c != '\t') || c == 0x7f {
				return nil, &parseError{"HPE_INVALID_HEADER_TOKEN", "Invalid header value char"}
			}
		}
		raw = append(raw, k, v)
	}
	return raw, nil
}

func validMethod(m string) bool {
	if m == "" {
		return false
	}
	for i := 0; i < len(m); i++ {
		if c := m[i]; c < 'A' || c > 'Z' {
			if c != '-' && c != '_' {
				return false
			}
		}
	}
	return true
}

// isToken reports whether s is an RFC 7230 token.
func isToken(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || !tokenChars[c] {
			return false
		}
	}
	return s != ""
}

var tokenChars = func() (t [128]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = true
		t[c-32] = true
	}
	for _, c := range "!#$%&'*+-.^_`|~" {
		t[c] = true
	}
	return
}()
