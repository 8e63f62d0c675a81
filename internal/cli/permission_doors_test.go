package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPermissionGrantedDoors opens the child-process and worker doors and
// checks what still holds: children inherit only the granted variables
// (unless the script names others in an explicit env), a worker's own
// file access and module loads are checked against the same grants, and
// --allow-run alone keeps its meaning under --permission.
func TestPermissionGrantedDoors(t *testing.T) {
	root := t.TempDir()
	g, out := filepath.Join(root, "granted"), filepath.Join(root, "outside")
	for _, d := range []string{g, out} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	files := map[string]string{
		filepath.Join(g, "public.txt"):   "public",
		filepath.Join(out, "secret.txt"): secret,
		filepath.Join(out, "mod.js"):     "module.exports = 1",
	}
	for p, data := range files {
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv("JSPROC_SECRET_ENV", secret)
	t.Setenv("JSPROC_VISIBLE_ENV", "visible")
	src := `
const cp = require('child_process');
const { Worker } = require('worker_threads');
const env = cp.spawnSync('/usr/bin/env', { encoding: 'utf8' }).stdout;
console.log('child inherits hidden:', env.includes('JSPROC_SECRET_ENV'), 'visible:', env.includes('JSPROC_VISIBLE_ENV=visible'));
const named = cp.spawnSync('/usr/bin/env', { encoding: 'utf8', env: { JSPROC_SECRET_ENV: 'named' } }).stdout;
console.log('explicit env:', named.trim());
process.env.MINE = 'mine';
const w = new Worker(` + "`" + `
const fs = require('fs');
const r = [];
try { fs.readFileSync(` + jsString(filepath.Join(out, "secret.txt")) + `); r.push('read'); } catch (e) { r.push(e.code); }
r.push(fs.readFileSync(` + jsString(filepath.Join(g, "public.txt")) + `, 'utf8'));
try { require(` + jsString(filepath.Join(out, "mod.js")) + `); r.push('loaded'); } catch (e) { r.push(e.code); }
r.push(String(process.env.JSPROC_SECRET_ENV), process.env.JSPROC_VISIBLE_ENV, process.env.MINE);
require('worker_threads').parentPort.postMessage(r.join(' '));
` + "`" + `, { eval: true });
w.on('message', (m) => console.log('worker:', m));
`
	script := filepath.Join(g, "doors.js")
	if err := os.WriteFile(script, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, errOut, code := runCLI(t, "", "--permission", "--allow-fs-read="+g, "--allow-child-process", "--allow-worker",
		"--allow-env=JSPROC_VISIBLE_ENV", script)
	want := "child inherits hidden: false visible: true\n" +
		"explicit env: JSPROC_SECRET_ENV=named\n" +
		"worker: ERR_ACCESS_DENIED public ERR_ACCESS_DENIED undefined visible mine\n"
	if code != 0 || stdout != want {
		t.Errorf("exit %d\n%s\nwant\n%s\nstderr:\n%s", code, stdout, want, errOut)
	}
	for _, w := range []string{"SecurityWarning: The flag --allow-child-process", "SecurityWarning: The flag --allow-worker"} {
		if !strings.Contains(errOut, w) {
			t.Errorf("stderr lacks node's %q:\n%s", w, errOut)
		}
	}

	// --allow-run grants child processes, for the programs it names.
	stdout, errOut, code = runCLI(t, "", "--permission", "--allow-run=true", "-e", `
const cp = require('child_process');
console.log(cp.spawnSync('true').status);
try { cp.spawnSync('echo'); } catch (e) { console.log(e.code, e.permission); }`)
	if code != 0 || stdout != "0\nERR_ACCESS_DENIED ChildProcess\n" {
		t.Errorf("--allow-run under --permission: exit %d\n%s\n%s", code, stdout, errOut)
	}
}

// TestPermissionFlags covers the command line: node's bad option for an
// experimental flag jsproc does not implement, node's missing-option error
// for file grants without --permission, and process.permission only under
// --permission.
func TestPermissionFlags(t *testing.T) {
	cases := []struct {
		args     []string
		out, err string
		code     int
	}{
		{[]string{"--experimental-wasm-modules", "-e", "1"}, "", "jsproc: bad option: --experimental-wasm-modules\n", 9},
		{[]string{"--experimental-vm-modules", "-p", "typeof require('vm').SourceTextModule"}, "function\n", "", 0},
		{[]string{"-p", "typeof require('vm').SourceTextModule"}, "undefined\n", "", 0},
		{[]string{"--experimental-detect-module", "-p", "1"}, "1\n", "", 0},
		{[]string{"--allow-fs-read=/", "-e", "1"}, "", "TypeError [ERR_MISSING_OPTION]: --experimental-permission is required\n", 1},
		{[]string{"-p", "typeof process.permission"}, "undefined\n", "", 0},
		{[]string{"--permission", "-p", "process.permission.has('fs.read')"}, "false\n", "", 0},
		{[]string{"--permission", "--allow-fs-read=*", "-p", "process.permission.has('fs.read', '/etc') && !process.permission.has('fs.write')"}, "true\n", "", 0},
		{[]string{"--permission", "--allow-fs-read", "/tmp", "-p", "process.permission.has('fs.read', '/tmp/x')"}, "true\n", "", 0},
		{[]string{"--permission", "--allow-net", "-p", "process.permission.has('net', 'example.com:80')"}, "true\n", "", 0},
		{[]string{"--permission", "--allow-net=example.com", "-p", "process.permission.has('net', 'example.com:80') && !process.permission.has('net', 'example.org:80')"}, "true\n", "", 0},
		{[]string{"--permission", "--allow-env=HOME", "-p", "[process.permission.has('env', 'HOME'), process.permission.has('env', 'PATH')].join()"}, "true,false\n", "", 0},
	}
	for _, c := range cases {
		out, errOut, code := runCLI(t, "", c.args...)
		if out != c.out || code != c.code || (c.err != "" && errOut != c.err) {
			t.Errorf("%v: exit %d out %q err %q; want exit %d out %q err %q", c.args, code, out, errOut, c.code, c.out, c.err)
		}
	}
}
