package dgram_test

import (
	"bytes"
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/runtime"
	"github.com/jsproc/jsproc/runtime/permission"
)

// permissionScript binds where it may and may not, sends to an allowed
// and a refused destination (with and without a callback) and connects
// to a refused one. The allowed receiver's port is only known once it is
// bound, so the policy below allows 127.0.0.1 on any port for "listen"
// and "connect" only to 127.0.0.1, and refuses every ::1 request.
const permissionScript = `
const dgram = require('dgram');
const show = (tag, e) => console.log(tag, e.code, e.permission, e.resource.replace(/:\d+$/, ':PORT'));
const refused = dgram.createSocket('udp6');
refused.on('error', (e) => {
  show('bind', e);
  refused.close();
  const server = dgram.createSocket('udp4');
  server.bind(0, '127.0.0.1', () => {
    const port = server.address().port;
    const client = dgram.createSocket('udp4');
    server.on('message', (m) => {
      console.log('allowed send arrived:', String(m));
      client.send('x', port, 'localhost', (err) => {
        show('send callback', err);
        client.once('error', (e) => {
          show('send error event', e);
          const c6 = dgram.createSocket('udp6');
          c6.connect(port, '::1', (err) => {
            show('connect', err);
            c6.close(); client.close(); server.close();
          });
        });
        client.send('y', port, 'localhost');
      });
    });
    client.send('hello', port, '127.0.0.1');
  });
});
refused.bind(0, '::1');
`

// TestPermission checks that binds are listen requests and sends and
// connects are connect requests, named as the script named the host,
// and that refusals reach the script as node's ERR_ACCESS_DENIED.
func TestPermission(t *testing.T) {
	var mu sync.Mutex
	var seen []string
	audit := func(ctx context.Context, req *permission.Request, next permission.Check) error {
		if req.Scope == permission.Net {
			mu.Lock()
			seen = append(seen, req.Op+" "+req.Resource)
			mu.Unlock()
			if strings.HasPrefix(req.Resource, "[::1]") || strings.HasPrefix(req.Resource, "localhost") {
				return permission.Deny(req)
			}
			if strings.HasPrefix(req.Resource, "127.0.0.1:") {
				return nil
			}
			return permission.Deny(req)
		}
		return next(ctx, req)
	}
	policy := permission.New(audit, permission.Grants{FSRead: []string{"*"}}.Handler())
	var out bytes.Buffer
	rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &out, Modules: nodestd.Modules(), Permission: policy})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	code, err := rt.RunSource(ctx, "perm.js", permissionScript)
	if err != nil || code != 0 {
		t.Fatalf("code %d, err %v, out:\n%s", code, err, out.String())
	}
	want := `bind ERR_ACCESS_DENIED Net [::1]:PORT
allowed send arrived: hello
send callback ERR_ACCESS_DENIED Net localhost:PORT
send error event ERR_ACCESS_DENIED Net localhost:PORT
connect ERR_ACCESS_DENIED Net [::1]:PORT
`
	if out.String() != want {
		t.Errorf("output:\n%s\nwant:\n%s", out.String(), want)
	}
	mu.Lock()
	defer mu.Unlock()
	var ops []string
	for _, s := range seen {
		op, res, _ := strings.Cut(s, " ")
		if i := strings.LastIndex(res, ":"); i > 0 {
			res = res[:i]
		}
		ops = append(ops, op+" "+res)
	}
	// The client's implicit bind is not asked about.
	if got := strings.Join(ops, ","); got != "listen [::1],listen 127.0.0.1,connect 127.0.0.1,connect localhost,connect localhost,connect [::1]" {
		t.Errorf("requests: %s", got)
	}
}
