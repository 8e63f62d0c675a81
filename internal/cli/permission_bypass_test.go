package cli

import (
	"net"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"
	"testing"
)

// secret is what the file outside the grants holds: it must never reach
// the script's output.
const secret = "SECRET-7f3a"

// bypassTree lays out root/granted (read and write), root/readonly (read),
// root/outside (nothing) and root/scripts (read: the script and its
// node_modules), with links from the grants in every position.
func bypassTree(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	files := map[string]string{
		"outside/secret.txt":       secret,
		"outside/mod.js":           "require('fs').writeFileSync(__dirname + '/marker', 'ran'); module.exports = '" + secret + "';",
		"outside/mod.mjs":          "import fs from 'fs'; fs.writeFileSync(new URL('marker', import.meta.url), 'ran'); export default '" + secret + "';",
		"outside/pkg/index.js":     "require('fs').writeFileSync(__dirname + '/../marker', 'ran'); module.exports = '" + secret + "';",
		"outside/pkg/package.json": `{"name":"evil","main":"index.js"}`,
		"granted/public.txt":       "public",
		"granted/sub/file.txt":     "sub",
		"granted/mod.js":           "module.exports = 'granted module';",
		"granted/mod.mjs":          "export default 'granted esm';",
		"granted/holder/a.txt":     "a",
		"granted/plain/a/b.txt":    "b",
		"readonly/file.txt":        "readonly",
	}
	for name, data := range files {
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, d := range []string{"outside/emptydir", "scripts/node_modules"} {
		if err := os.MkdirAll(filepath.Join(root, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	links := map[string]string{
		"granted/link-file":         filepath.Join(root, "outside/secret.txt"),
		"granted/link-dir":          filepath.Join(root, "outside"),
		"granted/inner-link":        "public.txt",
		"granted/inner-dir-link":    ".",
		"granted/sub/rel-link":      "../../outside/secret.txt",
		"granted/chain1":            "chain2",
		"granted/chain2":            "chain3",
		"granted/chain3":            "../outside/secret.txt",
		"granted/up":                "..",
		"granted/loop":              "loop",
		"granted/link-mod.js":       filepath.Join(root, "outside/mod.js"),
		"granted/holder/out":        filepath.Join(root, "outside/secret.txt"),
		"scripts/node_modules/evil": filepath.Join(root, "outside/pkg"),
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(root, name)); err != nil {
			t.Fatal(err)
		}
	}
	src, err := os.ReadFile("testdata/bypass.js")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "scripts/bypass.js"), src, 0o644); err != nil {
		t.Fatal(err)
	}
	return root
}

// outsideState lists root/outside: names, sizes and contents.
func outsideState(t *testing.T, root string) string {
	t.Helper()
	var out []string
	err := filepath.Walk(filepath.Join(root, "outside"), func(p string, fi os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		line := strings.TrimPrefix(p, root) + " " + fi.Mode().String()
		if fi.Mode().IsRegular() {
			data, _ := os.ReadFile(p)
			line += " " + string(data)
		}
		out = append(out, line)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return strings.Join(out, "\n")
}

// countingListener accepts connections on 127.0.0.1 and counts them.
func countingListener(t *testing.T) (port string, count *atomic.Int32) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	count = new(atomic.Int32)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			count.Add(1)
			c.Close()
		}
	}()
	_, port, _ = net.SplitHostPort(ln.Addr().String())
	return port, count
}

// allowedAttempts are the twins that must succeed, with the result they
// must give where it proves something; every other attempt must be
// refused.
var allowedAttempts = map[string]string{
	"read granted": "public", "read dotdot inside": "public", "read relative inside": "public",
	"read link last inside": "public", "read link middle inside": "public",
	"read proc root inside": "public", "read proc cwd": "", "read proc fd dir inside": "sub",
	"lstat link itself": "true", "readlink link itself": "public.txt", "readdir granted": "file.txt|rel-link",
	"realpath inside": "", "chdir then relative inside": "public", "read callback inside": "public",
	"read promise inside": "public", "read stream inside": "public", "write granted": "", "write through file link inside": "",
	"mkdir recursive inside": "", "copy inside": "", "cp inside": "", "rename inside": "",
	"hard link inside": "", "fd read-only read": "readonly", "write callback inside": "",
	"write promise inside": "", "write stream inside": "written", "require inside": "granted module",
	"import inside": "granted esm", "env hidden": "undefined false false",
	"env granted": "visible JSPROC_VISIBLE_ENV", "env own": "m", "connect granted": "connected",
	"permission has": "false false true false false false true false", "rm recursive link": "",
	"exists through link": "", // existsSync throws ERR_ACCESS_DENIED as under node: checked below
}

// TestPermissionBypasses runs the attempts of testdata/bypass.js under
// --permission: every way around the grants is refused, its twin inside
// the grants works, nothing outside was read (the secret never shows) or
// written (root/outside is as it was, no marker), no module outside ran,
// and no refused connection reached its listener.
func TestPermissionBypasses(t *testing.T) {
	root := bypassTree(t)
	t.Setenv("JSPROC_SECRET_ENV", secret)
	t.Setenv("JSPROC_VISIBLE_ENV", "visible")
	t.Chdir(filepath.Join(root, "granted"))
	okPort, okCount := countingListener(t)
	deniedPort, deniedCount := countingListener(t)
	before := outsideState(t, root)
	g := filepath.Join(root, "granted")
	out, errOut, code := runCLI(t, "", "--permission",
		"--allow-fs-read="+g+","+filepath.Join(root, "readonly")+","+filepath.Join(root, "scripts"),
		"--allow-fs-write="+g, "--allow-env=JSPROC_VISIBLE_ENV", "--allow-net=127.0.0.1:"+okPort,
		filepath.Join(root, "scripts/bypass.js"), root, okPort, deniedPort)
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	if strings.Contains(out, secret) || strings.Contains(errOut, secret) {
		t.Errorf("the secret reached the script:\n%s", out)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	refused, allowed := 0, 0
	seen := map[string]bool{}
	for _, line := range lines {
		name, how, _ := strings.Cut(line, ": ")
		seen[name] = true
		want, shouldAllow := allowedAttempts[name]
		if name == "exists through link" {
			shouldAllow = false
		}
		switch {
		case shouldAllow && !strings.HasPrefix(how, "allowed"):
			t.Errorf("%s: want allowed, got %s", name, how)
		case shouldAllow && want != "" && how != "allowed "+want:
			t.Errorf("%s: got %q, want %q", name, how, "allowed "+want)
		case !shouldAllow && !strings.HasPrefix(how, "refused"):
			t.Errorf("%s: not refused: %s", name, how)
		case !shouldAllow && how != "refused ERR_ACCESS_DENIED" && how != "refused ELOOP" && how != "refused EBADF":
			// Refused, but for a reason that proves nothing.
			t.Errorf("%s: refused for the wrong reason: %s", name, how)
		case shouldAllow:
			allowed++
		default:
			refused++
		}
	}
	for name := range allowedAttempts {
		if !seen[name] {
			t.Errorf("%s: no result", name)
		}
	}
	if refused < 30 {
		t.Errorf("only %d attempts refused", refused)
	}
	t.Logf("%d refused, %d allowed", refused, allowed)
	if after := outsideState(t, root); after != before {
		t.Errorf("outside changed:\n--- before\n%s\n--- after\n%s", before, after)
	}
	if n := deniedCount.Load(); n != 0 {
		t.Errorf("%d refused connections reached the listener", n)
	}
	if n := okCount.Load(); n != 1 {
		t.Errorf("granted listener saw %d connections, want 1", n)
	}
	if t.Failed() {
		t.Logf("output:\n%s\nstderr:\n%s", out, errOut)
	}
}
