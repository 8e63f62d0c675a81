package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCLI(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Run(args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

func TestCLI(t *testing.T) {
	dir := t.TempDir()
	script := filepath.Join(dir, "s.js")
	if err := os.WriteFile(script, []byte("console.log(process.argv.slice(2).join(','))"), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad.js")
	if err := os.WriteFile(bad, []byte("let x = ;\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	pre := filepath.Join(dir, "pre.js")
	if err := os.WriteFile(pre, []byte("globalThis.preloaded = 'yes'"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name   string
		stdin  string
		args   []string
		out    string
		errHas string
		code   int
	}{
		{"eval", "", []string{"-e", "console.log(1)"}, "1\n", "", 0},
		{"eval with args", "", []string{"-e", "console.log(process.argv.slice(1))", "a", "b"}, "[ 'a', 'b' ]\n", "", 0},
		{"print", "", []string{"-p", "6*7"}, "42\n", "", 0},
		{"print string", "", []string{"-p", "'s'"}, "s\n", "", 0},
		{"stdin script", "console.log(2)", nil, "2\n", "", 0},
		{"stdin dash", "console.log(process.argv.length)", []string{"-", "x"}, "3\n", "", 0},
		{"script args", "", []string{script, "a", "--b"}, "a,--b\n", "", 0},
		{"double dash", "", []string{"--", script, "c"}, "c\n", "", 0},
		{"version", "", []string{"--version"}, "v20.20.2\n", "", 0},
		{"bad option", "", []string{"--frobnicate", script}, "", "bad option: --frobnicate", 9},
		{"check ok", "", []string{"-c", script}, "", "", 0},
		{"check bad", "", []string{"--check", bad}, "", "bad.js:1", 1},
		{"syntax error at run", "", []string{bad}, "", "bad.js:1", 1},
		{"missing script", "", []string{filepath.Join(dir, "nope.js")}, "", "Cannot find module", 1},
		{"preload", "", []string{"-r", pre, "-e", "console.log(preloaded)"}, "yes\n", "", 0},
		{"exit code", "", []string{"-e", "process.exitCode = 4"}, "", "", 4},
		{"ignored node flag", "", []string{"--no-warnings", "-e", "console.log('ok')"}, "ok\n", "", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, errOut, code := runCLI(t, c.stdin, c.args...)
			if out != c.out || code != c.code || (c.errHas != "" && !strings.Contains(errOut, c.errHas)) {
				t.Errorf("got out %q code %d stderr %q; want out %q code %d stderr containing %q", out, code, errOut, c.out, c.code, c.errHas)
			}
		})
	}
}

func TestHelp(t *testing.T) {
	out, _, code := runCLI(t, "", "--help")
	if code != 0 || !strings.Contains(out, "Usage: jsproc") {
		t.Errorf("help: %q %d", out, code)
	}
}
