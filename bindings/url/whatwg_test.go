package url

import (
	"math/rand"
	"testing"
)

// TestParseNeverPanics feeds the parser and every setter random inputs
// built from the characters that steer its states: whatever the input,
// parsing ends with a URL or a failure, and a parsed URL serializes to an
// href that parses to itself.
func TestParseNeverPanics(t *testing.T) {
	alphabet := []string{"a", "Z", "0", "9", ":", "/", "\\", "?", "#", "@", "[", "]", ".", "..", "%", "%2e", "%zz",
		" ", "\t", "\n", "|", "file:", "http:", "x:", "//", "::", "1.2.3.4", "0x1", "ü", "xn--", "C:", "localhost", "\x00"}
	rng := rand.New(rand.NewSource(1))
	base, _ := parseURL("http://u:p@h.com:8/a/b?q#f", nil)
	fileBase, _ := parseURL("file:///C:/dir/x", nil)
	for i := 0; i < 4000; i++ {
		s := ""
		for n := rng.Intn(12); n > 0; n-- {
			s += alphabet[rng.Intn(len(alphabet))]
		}
		for _, b := range []*record{nil, base, fileBase} {
			u, ok := parseURL(s, b)
			if !ok {
				continue
			}
			href := u.href()
			again, ok := parseURL(href, nil)
			if !ok || again.href() != href {
				t.Fatalf("parse(%q) gave %q, which reparses to %v %q", s, href, ok, again.href())
			}
			for _, name := range []string{"protocol", "username", "password", "host", "hostname", "port", "pathname", "search", "hash", "href"} {
				c := u.clone()
				c.set(name, s)
				_ = c.href()
			}
		}
	}
}

func TestHostForms(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"http://0x7f.1/", "http://127.0.0.1/"},
		{"http://4294967295/", "http://255.255.255.255/"},
		{"http://[0:0:0:0:0:0:0:1]/", "http://[::1]/"},
		{"http://[1:0:0:2:0:0:0:3]/", "http://[1:0:0:2::3]/"},
		{"http://[::ffff:1.2.3.4]/", "http://[::ffff:102:304]/"},
		{"http://ÜBER.de/", "http://xn--ber-goa.de/"},
		{"file://localhost/x", "file:///x"},
		{"http://x/a/./b/../c/", "http://x/a/c/"},
	} {
		u, ok := parseURL(c.in, nil)
		if !ok || u.href() != c.want {
			t.Errorf("parse(%q) = %v %q, want %q", c.in, ok, u.href(), c.want)
		}
	}
	for _, bad := range []string{"http://4294967296/", "http://1.2.3.256/", "http://[::1/", "http://a b/", "http://x:65536/", "x"} {
		if _, ok := parseURL(bad, nil); ok {
			t.Errorf("parse(%q) succeeded", bad)
		}
	}
}
