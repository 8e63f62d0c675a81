package network_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/runtime"
)

// TestWrapRefused: tls.connect({socket}) over what cannot carry the TLS
// connection here (a stream that is not a net.Socket, a socket the
// script has read from) fails with ERR_FEATURE_UNAVAILABLE_ON_PLATFORM,
// thrown or emitted, and nothing is left running.
func TestWrapRefused(t *testing.T) {
	pki := writeTestPKI(t)
	dir := t.TempDir()
	script := filepath.Join(dir, "refused.js")
	src := `
const net = require('net');
const tls = require('tls');
const { PassThrough } = require('stream');
const fs = require('fs');
const pem = (n) => fs.readFileSync(process.env.JSPROC_TEST_PKI + '/' + n);
try {
  tls.connect({ socket: new PassThrough() });
} catch (e) {
  console.log('duplex', e.code);
}
const server = tls.createServer({ key: pem('server-key.pem'), cert: pem('server.pem') }, (s) => s.end());
server.on('tlsClientError', () => {});
server.listen(0, '127.0.0.1', () => {
  const plain = net.connect(server.address().port, '127.0.0.1', () => {
    plain.once('readable', () => {});
    setTimeout(() => {
      const c = tls.connect({ socket: plain, rejectUnauthorized: false });
      c.on('error', (e) => console.log('read from', e.code));
      c.on('close', () => { plain.destroy(); server.close(); });
    }, 10);
  });
});
`
	if err := os.WriteFile(script, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, stderr bytes.Buffer
	rt, err := runtime.New(runtime.Options{
		Stdout:  &out,
		Stderr:  &stderr,
		Env:     append(os.Environ(), "JSPROC_TEST_PKI="+pki),
		Modules: nodestd.Modules(),
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	code, err := rt.RunFile(ctx, script)
	if err != nil {
		t.Fatal(err)
	}
	want := "duplex ERR_FEATURE_UNAVAILABLE_ON_PLATFORM\nread from ERR_FEATURE_UNAVAILABLE_ON_PLATFORM\n"
	if code != 0 || out.String() != want {
		t.Errorf("exit %d\n--- got\n%s--- want\n%s--- stderr\n%s", code, out.String(), want, stderr.String())
	}
}
