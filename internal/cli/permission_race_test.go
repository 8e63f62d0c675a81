package cli

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// TestPermissionLinkSwapRace swaps root/granted/race between a directory
// inside the grant and a symlink to root/outside, atomically and in a
// loop, while the script reads and writes through it: a check and its use
// must never be split, so no read returns the secret and no write lands
// outside, whatever the timing.
func TestPermissionLinkSwapRace(t *testing.T) {
	root := t.TempDir()
	g, out := filepath.Join(root, "granted"), filepath.Join(root, "outside")
	for _, d := range []string{filepath.Join(g, "race"), out} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(g, "race", "secret.txt"), []byte("public"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(out, "secret.txt"), []byte(secret), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(out, filepath.Join(g, "swap")); err != nil {
		t.Fatal(err)
	}
	script := filepath.Join(root, "race.js")
	src := `
const fs = require('fs');
const p = ` + jsString(filepath.Join(g, "race")) + `;
const seen = {};
const note = (k) => { seen[k] = (seen[k] || 0) + 1; };
const deadline = Date.now() + 1500;
let pending = 0;
function round() {
  for (let i = 0; i < 50; i++) {
    try { note(fs.readFileSync(p + '/secret.txt', 'utf8')); } catch (e) { note(e.code); }
    try { fs.writeFileSync(p + '/w.txt', 'x'); note('wrote'); } catch (e) { note('w ' + e.code); }
    try { note('stat ' + fs.statSync(p + '/secret.txt').size); } catch (e) { note('stat ' + e.code); }
    pending++;
    fs.readFile(p + '/secret.txt', 'utf8', (err, data) => { pending--; note(err ? 'cb ' + err.code : 'cb ' + data); });
  }
  if (Date.now() < deadline) setImmediate(round);
}
round();
process.on('exit', () => console.log(JSON.stringify(seen)));
`
	if err := os.WriteFile(script, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	swaps := 0
	go func() {
		defer wg.Done()
		a, b := filepath.Join(g, "race"), filepath.Join(g, "swap")
		for {
			select {
			case <-stop:
				return
			default:
			}
			if err := unix.Renameat2(unix.AT_FDCWD, a, unix.AT_FDCWD, b, unix.RENAME_EXCHANGE); err != nil {
				t.Errorf("swap: %v", err)
				return
			}
			swaps++
			if swaps%64 == 0 {
				time.Sleep(time.Microsecond)
			}
		}
	}()
	stdout, errOut, code := runCLI(t, "", "--permission", "--allow-fs-read="+g+","+script, "--allow-fs-write="+g, script)
	close(stop)
	wg.Wait()
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, stdout, errOut)
	}
	if strings.Contains(stdout, secret) {
		t.Errorf("a read reached the file outside: %s", stdout)
	}
	if strings.Contains(stdout, `"stat `+"11") {
		t.Errorf("a stat reached the file outside: %s", stdout)
	}
	if _, err := os.Stat(filepath.Join(out, "w.txt")); err == nil {
		t.Error("a write landed outside the grant")
	}
	if !strings.Contains(stdout, `"public"`) || !strings.Contains(stdout, `"wrote"`) {
		t.Errorf("no access through the directory succeeded, so the race proved nothing: %s", stdout)
	}
	t.Logf("%d swaps: %s", swaps, stdout)
}
