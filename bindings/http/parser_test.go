package http

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

// recorder notes a parser's events as text. With decline set it declines
// upgrades, as a server with no 'upgrade' listener does.
type recorder struct {
	out     []string
	decline bool
}

func (r *recorder) headers(m *message, head []byte) bool {
	r.out = append(r.out, fmt.Sprintf("head %s %s %d %q 1.%d %q ka=%v up=%v",
		m.method, m.url, m.status, m.reason, m.minor, m.raw, m.keepAlive, m.upgrade))
	if m.upgrade && !r.decline {
		r.raw(string(head))
		return true
	}
	return false
}

// raw notes bytes after an upgrade, however they were split.
func (r *recorder) raw(s string) {
	if n := len(r.out); n > 0 && strings.HasPrefix(r.out[n-1], "raw ") {
		r.out[n-1] += s
		return
	}
	r.out = append(r.out, "raw "+s)
}
func (r *recorder) body(chunk []byte) {
	if n := len(r.out); n > 0 && strings.HasPrefix(r.out[n-1], "body ") {
		r.out[n-1] += string(chunk)
		return
	}
	r.out = append(r.out, "body "+string(chunk))
}
func (r *recorder) complete(trailers []string) {
	r.out = append(r.out, fmt.Sprintf("done %q", trailers))
}

func parseAll(response bool, methods []string, input string, split func(int) int) ([]string, error) {
	return parseWith(&recorder{}, response, methods, input, split)
}

func parseWith(r *recorder, response bool, methods []string, input string, split func(int) int) ([]string, error) {
	p := &parser{response: response, maxHeader: 16384, methods: append([]string(nil), methods...)}
	data := []byte(input)
	for len(data) > 0 {
		n := split(len(data))
		rest, err := p.feed(data[:n], r, nil)
		if err != nil {
			return r.out, err
		}
		if len(rest) > 0 {
			r.raw(string(rest))
		}
		data = data[n:]
	}
	return r.out, p.eof(r)
}

// TestParserSplits checks that a message parses the same however its
// bytes are split across reads.
func TestParserSplits(t *testing.T) {
	cases := []struct {
		name     string
		response bool
		methods  []string
		input    string
	}{
		{"get", false, nil, "GET /a?b HTTP/1.1\r\nHost: x\r\nX-Case: V\r\n\r\n"},
		{"pipelined", false, nil, "GET /1 HTTP/1.1\r\n\r\nGET /2 HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"},
		{"length", false, nil, "POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\nhelloGET / HTTP/1.1\r\n\r\n"},
		{"chunked", false, nil, "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\nX-T: 1\r\n\r\n"},
		{"upgrade", false, nil, "GET / HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: ws\r\n\r\nrawbytes"},
		{"connect", false, nil, "CONNECT h:443 HTTP/1.1\r\n\r\ntunnel"},
		{"response", true, []string{"GET"}, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"},
		{"until close", true, []string{"GET"}, "HTTP/1.0 200 Fine Thanks\r\n\r\nall of it"},
		{"head", true, []string{"HEAD", "GET"}, "HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n"},
		{"continue", true, []string{"POST"}, "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			want, err := parseAll(c.response, c.methods, c.input, func(n int) int { return n })
			if err != nil {
				t.Fatalf("whole: %v", err)
			}
			if len(want) == 0 {
				t.Fatal("no events")
			}
			for size := 1; size < 8; size++ {
				got, err := parseAll(c.response, c.methods, c.input, func(n int) int { return min(n, size) })
				if err != nil {
					t.Fatalf("split %d: %v", size, err)
				}
				if strings.Join(got, "\n") != strings.Join(want, "\n") {
					t.Fatalf("split %d:\n%s\nwant:\n%s", size, strings.Join(got, "\n"), strings.Join(want, "\n"))
				}
			}
		})
	}
}

// TestParserDeclinedUpgrade checks that a request whose upgrade is declined
// is read on as HTTP, its body and the next request included, however its
// bytes are split.
func TestParserDeclinedUpgrade(t *testing.T) {
	input := "POST /a HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: ws\r\nContent-Length: 3\r\n\r\nabc" +
		"GET /b HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: ws\r\n\r\nGET /c HTTP/1.1\r\n\r\n"
	want := []string{
		`head POST /a 0 "" 1.1 ["Connection" "Upgrade" "Upgrade" "ws" "Content-Length" "3"] ka=true up=true`,
		`body abc`, `done []`,
		`head GET /b 0 "" 1.1 ["Connection" "Upgrade" "Upgrade" "ws"] ka=true up=true`, `done []`,
		`head GET /c 0 "" 1.1 [] ka=true up=false`, `done []`,
	}
	for size := 1; size <= len(input); size++ {
		got, err := parseWith(&recorder{decline: true}, false, nil, input, func(n int) int { return min(n, size) })
		if err != nil {
			t.Fatalf("split %d: %v", size, err)
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Fatalf("split %d:\n%s\nwant:\n%s", size, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}

// TestParserErrors checks llhttp's codes for malformed input.
func TestParserErrors(t *testing.T) {
	cases := []struct{ input, code string }{
		{"get / HTTP/1.1\r\n\r\n", "HPE_INVALID_METHOD"},
		{"GET / HTTP/2.0\r\n\r\n", "HPE_INVALID_VERSION"},
		{"GET / HTTP/1.1\r\nBad Name: x\r\n\r\n", "HPE_INVALID_HEADER_TOKEN"},
		{"GET / HTTP/1.1\r\nContent-Length: x\r\n\r\n", "HPE_INVALID_CONTENT_LENGTH"},
		{"GET / HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n", "HPE_UNEXPECTED_CONTENT_LENGTH"},
		{"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", "HPE_INVALID_CHUNK_SIZE"},
		{"GET / HTTP/1.1\r\nX: " + strings.Repeat("a", 20000) + "\r\n\r\n", "HPE_HEADER_OVERFLOW"},
	}
	for _, c := range cases {
		_, err := parseAll(false, nil, c.input, func(n int) int { return n })
		pe, ok := err.(*parseError)
		if !ok || pe.code != c.code {
			t.Errorf("%q: got %v, want %s", c.input[:min(len(c.input), 30)], err, c.code)
		}
	}
}

// TestParserRandom feeds random bytes: errors are fine, panics are not.
func TestParserRandom(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	alphabet := []byte("GET POST HTTP/1.1 \r\n:0123456789abcdefContent-Length Transfer-Encoding chunked;\x00\xff")
	for i := 0; i < 2000; i++ {
		buf := make([]byte, rng.Intn(200))
		for j := range buf {
			buf[j] = alphabet[rng.Intn(len(alphabet))]
		}
		for _, response := range []bool{false, true} {
			_, _ = parseAll(response, []string{"GET"}, string(buf), func(n int) int { return min(n, 1+rng.Intn(16)) })
		}
	}
}
