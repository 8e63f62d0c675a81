package network_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	goruntime "runtime"
	"strings"
	"testing"
	"time"

	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/runtime"
)

// runInProcess runs a corpus script in this process (so the race
// detector sees the Go side) and checks its output against the golden
// file.
func runInProcess(t *testing.T, script string, env ...string) {
	t.Helper()
	path, _ := filepath.Abs(script)
	golden, err := os.ReadFile(path + ".golden")
	if err != nil {
		t.Fatal(err)
	}
	var out, stderr bytes.Buffer
	rt, err := runtime.New(runtime.Options{
		Stdout:  &out,
		Stderr:  &stderr,
		Env:     append(os.Environ(), env...),
		Modules: nodestd.Modules(),
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	code, err := rt.RunFile(ctx, path)
	if err != nil {
		t.Fatalf("%s: %v\n%s%s", script, err, out.String(), stderr.String())
	}
	_, want, _ := strings.Cut(string(golden), "\n")
	if got := out.String(); code != 0 || got != want {
		t.Errorf("%s: exit %d\n--- got\n%s\n--- want\n%s\n--- stderr\n%s", script, code, got, want, stderr.String())
	}
}

// TestInProcess runs net, dns and tls scripts inside the test binary and
// checks that no goroutine outlives them.
func TestInProcess(t *testing.T) {
	pki := writeTestPKI(t)
	dnsAddr := startDNSServer(t)
	before := goruntime.NumGoroutine()
	for _, s := range []string{
		"testdata/net/echo_half_open.js", "testdata/net/big_transfer.js", "testdata/net/reset_and_destroy.js",
		"testdata/net/unref.js", "testdata/net/refused.js", "testdata/net/max_connections.js",
		"testdata/net/unix_socket.js", "testdata/dns/resolve.js", "testdata/dns/lookup.js",
		"testdata/tls/connect_ca.js", "testdata/tls/verify_errors.js", "testdata/tls/client_cert.js",
		"testdata/tls/sni_callback.js", "testdata/net/auto_select_family.js",
		"testdata/tls/wrap_socket.js", "testdata/tls/wrap_socket_connecting.js",
		"testdata/tls/wrap_socket_errors.js", "testdata/tls/wrap_tlssocket.js",
	} {
		runInProcess(t, s, "JSPROC_TEST_PKI="+pki, "JSPROC_TEST_DNS="+dnsAddr)
	}
	deadline := time.Now().Add(5 * time.Second)
	for goruntime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if n := goruntime.NumGoroutine(); n > before {
		buf := make([]byte, 1<<20)
		t.Errorf("%d goroutines left running (had %d):\n%s", n, before, buf[:goruntime.Stack(buf, true)])
	}
}
