package network_test

import (
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
	pki := writeTestPKI(t)
	env := jstest.Env("JSPROC_TEST_PKI=" + pki)
	jstest.Interop(t, "testdata/interop", []string{"net", "tls"}, env, func(t *testing.T, r jstest.InteropRun) {
		hello := "hello from " + r.Client + " "
		size := strconv.Itoa(len(hello) + 100000)
		want := "reply " + size + " " + strings.ToUpper((hello + "xxxxxxxxxxxxxxxx")[:16]) + "\n"
		if r.Kind == "tls" {
			want = "authorized true\n" + want
		}
		if r.ClientOut != want {
			t.Errorf("client printed %q, want %q", r.ClientOut, want)
		}
		if !strings.HasPrefix(r.ServerOut, "served "+size+" "+(hello + "xxxxxxxxxxxxxxxx")[:16]) {
			t.Errorf("server printed %q", r.ServerOut)
		}
		if r.Kind == "tls" && !strings.HasSuffix(r.ServerOut, " TLSv1.3\n") {
			t.Errorf("server printed %q, want TLSv1.3", r.ServerOut)
		}
	})
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
