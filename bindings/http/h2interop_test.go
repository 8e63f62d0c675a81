package http_test

import (
	"testing"

	"github.com/jsproc/jsproc/internal/jstest"
)

// TestHTTP2Interop runs an http2 server under one of node and jsproc and
// a client under the other, over h2c and over TLS, and checks what the
// client heard.
func TestHTTP2Interop(t *testing.T) {
	jstest.Interop(t, "testdata/h2interop", []string{"h2c", "tls"}, jstest.Env(), func(t *testing.T, r jstest.InteropRun) {
		want := "200 h2 GET /first " + r.Client + " 0\n200 h2 POST /last " + r.Client + " 200000\n"
		if r.ClientOut != want {
			t.Errorf("client heard %q, want %q", r.ClientOut, want)
		}
	})
}
