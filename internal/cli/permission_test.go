package cli

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAllowRunRefusesBypasses tries the usual ways around an allow-list;
// every one must be refused with node's permission error, and the program
// must never start (each attempt would create a marker file).
func TestAllowRunRefusesBypasses(t *testing.T) {
	dir := t.TempDir()
	marker := filepath.Join(dir, "ran")
	// A fake "echo" that would leave a marker if it ever ran.
	fake := filepath.Join(dir, "bin", "echo")
	if err := os.MkdirAll(filepath.Dir(fake), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(fake, []byte("#!/bin/sh\ntouch "+marker+"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	// A symlink named like an allowed program, pointing at a shell.
	link := filepath.Join(dir, "link", "echo")
	if err := os.MkdirAll(filepath.Dir(link), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("/bin/sh", link); err != nil {
		t.Fatal(err)
	}
	child := filepath.Join(dir, "child.js")
	if err := os.WriteFile(child, []byte("require('fs').writeFileSync("+jsString(marker)+", 'x')"), 0o644); err != nil {
		t.Fatal(err)
	}
	script := filepath.Join(dir, "attempts.js")
	src := `
const cp = require('child_process');
const dir = ` + jsString(dir) + `;
const attempts = {
  'relative path': () => cp.spawnSync('./bin/echo', [], { cwd: dir }),
  'PATH change': () => cp.spawnSync('echo', ['x'], { env: { PATH: dir + '/bin' } }),
  'PATH change, async': () => cp.spawn('echo', ['x'], { env: { PATH: dir + '/bin' } }),
  'symlink': () => cp.spawnSync(dir + '/link/echo', ['-c', 'touch ` + marker + `']),
  'shell metacharacters': () => cp.execSync('echo hi; touch ` + marker + `'),
  'shell option': () => cp.spawnSync('echo', ['hi;', 'touch', '` + marker + `'], { shell: true }),
  'exec': () => cp.exec('echo hi', () => {}),
  'env injection': () => cp.spawnSync('echo', ['x'], { env: { PATH: process.env.PATH, LD_PRELOAD: dir + '/evil.so' } }),
  'env injection, library path': () => cp.execFileSync('echo', ['x'], { env: { PATH: process.env.PATH, LD_LIBRARY_PATH: dir } }),
  'fork': () => cp.fork(` + jsString(child) + `),
  'spawnSync other program': () => cp.spawnSync('touch', [` + jsString(marker) + `]),
  'execFileSync other program': () => cp.execFileSync('/usr/bin/touch', [` + jsString(marker) + `]),
};
for (const [name, f] of Object.entries(attempts)) {
  try {
    f();
    console.log(name + ': started');
  } catch (e) {
    console.log(name + ': ' + e.code + ' ' + e.permission);
  }
}
const ok = cp.spawnSync('/usr/bin/../bin/echo', ['allowed'], { encoding: 'utf8' });
console.log('allowed program: ' + ok.stdout.trim());
`
	if err := os.WriteFile(script, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := runCLI(t, "", "--allow-run=echo", script)
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if strings.HasPrefix(line, "allowed program: ") {
			if line != "allowed program: allowed" {
				t.Errorf("the allowed program did not run: %q", line)
			}
			continue
		}
		if !strings.HasSuffix(line, ": ERR_ACCESS_DENIED ChildProcess") {
			t.Errorf("not refused: %s", line)
		}
	}
	if _, err := os.Stat(marker); err == nil {
		t.Error("a refused program ran")
	}
}

func TestDenyRun(t *testing.T) {
	dir := t.TempDir()
	link := filepath.Join(dir, "innocent")
	if err := os.Symlink("/bin/rm", link); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := runCLI(t, "", "--deny-run=rm", "-e", `
const cp = require('child_process');
for (const f of ['rm', '/bin/rm', `+jsString(link)+`]) {
  try { cp.spawnSync(f, ['--version']); console.log(f, 'started'); } catch (e) { console.log(e.code); }
}
console.log(cp.spawnSync('true').status);`)
	want := "ERR_ACCESS_DENIED\nERR_ACCESS_DENIED\nERR_ACCESS_DENIED\n0\n"
	if code != 0 || out != want {
		t.Errorf("exit %d out %q want %q\n%s", code, out, want, errOut)
	}
}

func TestTraceSpawn(t *testing.T) {
	trace := filepath.Join(t.TempDir(), "trace.jsonl")
	_, errOut, code := runCLI(t, "", "--trace-spawn="+trace, "--allow-run=true,false", "-e", `
const cp = require('child_process');
cp.spawnSync('true');
try { cp.spawnSync('echo', ['no']); } catch (e) {}
cp.spawn('false').on('exit', () => {});`)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	f, err := os.Open(trace)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var recs []map[string]any
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var rec map[string]any
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("bad line %q: %v", sc.Text(), err)
		}
		recs = append(recs, rec)
	}
	if len(recs) != 3 {
		t.Fatalf("want 3 records, got %d: %v", len(recs), recs)
	}
	byProg := map[string]map[string]any{}
	for _, r := range recs {
		argv := r["argv"].([]any)
		byProg[argv[0].(string)] = r
		for _, k := range []string{"time", "argv", "cwd", "allowed", "duration_ms"} {
			if _, ok := r[k]; !ok {
				t.Errorf("record lacks %s: %v", k, r)
			}
		}
	}
	if r := byProg["true"]; r["allowed"] != true || r["exit_code"] != float64(0) || r["pid"] == nil {
		t.Errorf("true: %v", r)
	}
	if r := byProg["false"]; r["exit_code"] != float64(1) {
		t.Errorf("false: %v", r)
	}
	if r := byProg["echo"]; r["allowed"] != false {
		t.Errorf("echo: %v", r)
	}
}

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
