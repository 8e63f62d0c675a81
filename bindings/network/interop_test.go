package network_test

import (
	"bufio"
	"bytes"
	"context"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jsproc/jsproc/internal/jstest"
)

// TestInterop runs a server under one of node and jsproc and a client
// under the other, over TCP and over TLS, and checks both ends.
func TestInterop(t *testing.T) {
	node := jstest.NodePath(t)
	if node == "" {
		t.Skip("node is not installed")
	}
	bin := jstest.Binary(t)
	pki := writeTestPKI(t)
	dir, _ := filepath.Abs("testdata/interop")
	env := jstest.Env("JSPROC_TEST_PKI=" + pki)
	for _, kind := range []string{"net", "tls"} {
		for _, pair := range [][2]string{{bin, node}, {node, bin}} {
			server, client := pair[0], pair[1]
			name := kind + "/" + filepath.Base(server) + "-server/" + filepath.Base(client) + "-client"
			t.Run(name, func(t *testing.T) {
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
				cl := exec.CommandContext(ctx, client, "client.js", kind, port, filepath.Base(client))
				cl.Dir, cl.Env = dir, env
				got, err := cl.CombinedOutput()
				if err != nil {
					t.Fatalf("client: %v\n%s", err, got)
				}
				name := filepath.Base(client)
				size := strconv.Itoa(len("hello from "+name+" ") + 100000)
				want := "reply " + size + " " + strings.ToUpper(("hello from " + name + " xxxxxxxxxxxxxxxx")[:16]) + "\n"
				if kind == "tls" {
					want = "authorized true\n" + want
				}
				if string(got) != want {
					t.Errorf("client printed %q, want %q", got, want)
				}
				var rest strings.Builder
				for lines.Scan() {
					rest.WriteString(lines.Text() + "\n")
				}
				if err := srv.Wait(); err != nil {
					t.Fatalf("server: %v\n%s", err, srvErr.String())
				}
				if !strings.HasPrefix(rest.String(), "served "+size+" "+("hello from " + name + " xxxxxxxxxxxxxxxx")[:16]) {
					t.Errorf("server printed %q", rest.String())
				}
				if kind == "tls" && !strings.HasSuffix(rest.String(), " TLSv1.3\n") {
					t.Errorf("server printed %q, want TLSv1.3", rest.String())
				}
			})
		}
	}
}
