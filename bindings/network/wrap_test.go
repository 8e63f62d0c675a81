package network_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/internal/jstest"
	"github.com/jsproc/jsproc/internal/leakcheck"
	"github.com/jsproc/jsproc/runtime"
)

// wrapLeakScript runs TLS over JS streams and over a socket read from
// already, each left as a script leaves it: a handshake over a stream
// nobody answers (which, as in node, does not keep the process alive), a
// finished connection over a Duplex pair, and a STARTTLS connection over
// a socket, open (HANG) or closed when the run ends.
const wrapLeakScript = `
const net = require('net');
const tls = require('tls');
const { Duplex } = require('stream');
const fs = require('fs');
const pem = (n) => fs.readFileSync(process.env.JSPROC_TEST_PKI + '/' + n);
const silent = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
tls.connect({ socket: silent }).on('error', () => {});

let a, b;
const make = (other) => new Duplex({ read() {}, write(c, e, cb) { other().push(c); cb(); }, final(cb) { other().push(null); cb(); } });
a = make(() => b);
b = make(() => a);
const s = new tls.TLSSocket(b, { isServer: true, key: pem('server-key.pem'), cert: pem('server.pem') });
s.on('data', (d) => s.write(d));
const c = tls.connect({ socket: a, ca: pem('ca.pem'), servername: 'localhost' }, () => c.write('x'));
let done = 0;
let finish = () => {};
c.on('data', () => {
  console.log('pair');
  if (++done === 2) finish();
});

const server = net.createServer((sock) => {
  sock.once('data', () => {
    sock.write('go');
    const t = new tls.TLSSocket(sock, { isServer: true, key: pem('server-key.pem'), cert: pem('server.pem') });
    t.on('data', (d) => t.write(d));
    t.on('error', () => {});
  });
});
server.listen(0, '127.0.0.1', () => {
  const plain = net.connect(server.address().port, '127.0.0.1', () => plain.write('STARTTLS'));
  plain.once('data', () => {
    const t = tls.connect({ socket: plain, ca: pem('ca.pem'), servername: 'localhost' }, () => t.write('y'));
    t.on('data', () => {
      console.log('starttls');
      if (process.env.HANG) return;
      finish = () => {
        t.destroy();
        server.close();
      };
      if (++done === 2) finish();
    });
    t.on('error', () => {});
  });
});
`

// TestWrapNoLeaks runs wrapLeakScript in this process many times, ending
// on its own and cancelled while connections are open; afterwards
// goroutines and descriptors are back where they started.
func TestWrapNoLeaks(t *testing.T) {
	pki := writeTestPKI(t)
	script := filepath.Join(t.TempDir(), "wrap.js")
	if err := os.WriteFile(script, []byte(wrapLeakScript), 0o644); err != nil {
		t.Fatal(err)
	}
	base := leakcheck.Take()
	leakcheck.RunMany(t, 12, 3, func(i int) error {
		hang := i%2 == 1
		env := append(os.Environ(), "JSPROC_TEST_PKI="+pki)
		if hang {
			env = append(env, "HANG=1")
		}
		var out jstest.LockedBuffer
		var stderr bytes.Buffer
		rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &stderr, Env: env, Modules: nodestd.Modules()})
		if err != nil {
			return err
		}
		ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
		defer cancel()
		if hang {
			// Cancel once both connections have echoed, whatever the
			// machine's load, while they are still open.
			go func() {
				for ctx.Err() == nil && strings.Count(out.String(), "\n") < 2 {
					time.Sleep(10 * time.Millisecond)
				}
				cancel()
			}()
		}
		code, err := rt.RunFile(ctx, script)
		if !hang && (err != nil || code != 0) {
			return fmt.Errorf("run %d: exit %d, %v\n%s%s", i, code, err, stderr.String(), out.String())
		}
		if got := out.String(); got != "pair\nstarttls\n" && got != "starttls\npair\n" {
			return fmt.Errorf("run %d: output %q, stderr %s", i, got, stderr.String())
		}
		return nil
	})
	base.Check(t)
}
