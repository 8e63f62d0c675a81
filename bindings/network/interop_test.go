package network_test

import (
	"bufio"
	"bytes"
	"context"
	"crypto/tls"
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

// TestExtraCACerts: node and jsproc both trust a server whose CA is given
// only through NODE_EXTRA_CA_CERTS, and stop trusting it when the ca
// option replaces the default roots.
func TestExtraCACerts(t *testing.T) {
	pki := writeTestPKI(t)
	pair, err := tls.LoadX509KeyPair(filepath.Join(pki, "server.pem"), filepath.Join(pki, "server-key.pem"))
	if err != nil {
		t.Fatal(err)
	}
	ln, err := tls.Listen("tcp4", "127.0.0.1:0", &tls.Config{Certificates: []tls.Certificate{pair}})
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				c.(*tls.Conn).Handshake()
				c.SetReadDeadline(time.Now().Add(10 * time.Second))
				var b [1]byte
				c.Read(b[:])
			}()
		}
	}()
	_, port, _ := strings.Cut(ln.Addr().String(), ":")
	dir, _ := filepath.Abs("testdata/interop")
	env := append(jstest.Env("JSPROC_TEST_PKI="+pki), "NODE_EXTRA_CA_CERTS="+filepath.Join(pki, "ca.pem"))
	want := "extra CA true null\nother ca UNABLE_TO_VERIFY_LEAF_SIGNATURE\n"
	bins := []string{jstest.Binary(t)}
	if node := jstest.NodePath(t); node != "" {
		bins = append(bins, node)
	}
	for _, bin := range bins {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		cmd := exec.CommandContext(ctx, bin, "extra_ca.js", port)
		cmd.Dir, cmd.Env = dir, env
		out, err := cmd.CombinedOutput()
		cancel()
		if err != nil || string(out) != want {
			t.Errorf("%s: %v\n%s\nwant\n%s", filepath.Base(bin), err, out, want)
		}
	}
}
