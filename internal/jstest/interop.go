package jstest

import (
	"bufio"
	"bytes"
	"context"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// InteropRun is what one pairing of Interop printed: the client's
// combined output and the server's standard output after its port line.
type InteropRun struct {
	Kind           string // the kind both scripts were given
	Server, Client string // base names of their runtimes ("node", "jsproc")
	ClientOut      string
	ServerOut      string
}

// Interop runs dir/server.js under one of node and jsproc and
// dir/client.js under the other, both ways round, for each kind, and
// hands what they printed to check. The server gets the argument kind and
// prints "port N" first; the client gets kind, N and its runtime's base
// name. A client or server that fails, or a server that reports no port,
// fails the subtest. It skips when node is not installed.
func Interop(t *testing.T, dir string, kinds []string, env []string, check func(t *testing.T, r InteropRun)) {
	t.Helper()
	node := NodePath(t)
	if node == "" {
		t.Skip("node is not installed")
	}
	bin := Binary(t)
	dir, _ = filepath.Abs(dir)
	for _, kind := range kinds {
		for _, pair := range [][2]string{{bin, node}, {node, bin}} {
			server, client := pair[0], pair[1]
			r := InteropRun{Kind: kind, Server: filepath.Base(server), Client: filepath.Base(client)}
			t.Run(kind+"/"+r.Server+"-server/"+r.Client+"-client", func(t *testing.T) {
				interopPair(t, dir, env, server, client, r, check)
			})
		}
	}
}

func interopPair(t *testing.T, dir string, env []string, server, client string, r InteropRun, check func(t *testing.T, r InteropRun)) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	srv := exec.CommandContext(ctx, server, "server.js", r.Kind)
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
	cl := exec.CommandContext(ctx, client, "client.js", r.Kind, port, r.Client)
	cl.Dir, cl.Env = dir, env
	got, err := cl.CombinedOutput()
	if err != nil {
		t.Fatalf("client: %v\n%s", err, got)
	}
	r.ClientOut = string(got)
	var rest strings.Builder
	for lines.Scan() {
		rest.WriteString(lines.Text() + "\n")
	}
	if err := srv.Wait(); err != nil {
		t.Fatalf("server: %v\n%s", err, srvErr.String())
	}
	r.ServerOut = rest.String()
	check(t, r)
}
