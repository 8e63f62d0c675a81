package http_test

import (
	"bufio"
	"bytes"
	"context"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jsproc/jsproc/internal/jstest"
)

// TestHTTP2Interop runs an http2 server under one of node and jsproc and
// a client under the other, over h2c and over TLS, and checks what the
// client heard.
func TestHTTP2Interop(t *testing.T) {
	node := jstest.NodePath(t)
	if node == "" {
		t.Skip("node is not installed")
	}
	bin := jstest.Binary(t)
	dir, _ := filepath.Abs("testdata/h2interop")
	env := jstest.Env()
	for _, kind := range []string{"h2c", "tls"} {
		for _, pair := range [][2]string{{bin, node}, {node, bin}} {
			server, client := pair[0], pair[1]
			t.Run(kind+"/"+filepath.Base(server)+"-server", func(t *testing.T) {
				ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
				defer cancel()
				srv := exec.CommandContext(ctx, server, "server.js", kind)
				srv.Dir, srv.Env = dir, env
				var srvErr bytes.Buffer
				srv.Stderr = &srvErr
				out, err := srv.StdoutPipe()
				if err != nil {
					t.Fatal(err)
				}
				if err := srv.Start(); err != nil {
					t.Fatal(err)
				}
				defer srv.Wait()
				lines := bufio.NewScanner(out)
				if !lines.Scan() || !strings.HasPrefix(lines.Text(), "port ") {
					t.Fatalf("server did not report its port: %q %s", lines.Text(), srvErr.String())
				}
				port := strings.TrimPrefix(lines.Text(), "port ")
				name := filepath.Base(client)
				cl := exec.CommandContext(ctx, client, "client.js", kind, port, name)
				cl.Dir, cl.Env = dir, env
				got, err := cl.CombinedOutput()
				if err != nil {
					t.Fatalf("client: %v\n%s", err, got)
				}
				want := "200 h2 GET /first " + name + " 0\n200 h2 POST /last " + name + " 200000\n"
				if string(got) != want {
					t.Errorf("client heard %q, want %q", got, want)
				}
				if err := srv.Wait(); err != nil {
					t.Errorf("server: %v\n%s", err, srvErr.String())
				}
			})
		}
	}
}
