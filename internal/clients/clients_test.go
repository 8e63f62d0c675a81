package clients_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/jsproc/jsproc/internal/jstest"
)

// install runs npm ci in testdata unless node_modules already holds what
// the lock file pins (a stamp records the lock file's hash).
func install(t *testing.T) {
	t.Helper()
	lock, err := os.ReadFile("testdata/package-lock.json")
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(lock)
	want := []byte(hex.EncodeToString(sum[:]))
	stamp := filepath.Join("testdata", "node_modules", ".jsproc-stamp")
	if got, err := os.ReadFile(stamp); err == nil && bytes.Equal(got, want) {
		return
	}
	npm, err := exec.LookPath("npm")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("npm is required under CI to install the client packages")
		}
		t.Skip("npm is not installed")
	}
	cmd := exec.Command(npm, "ci", "--no-audit", "--no-fund", "--loglevel=error")
	cmd.Dir = "testdata"
	cmd.Env = jstest.Env()
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("npm ci: %v\n%s", err, out)
	}
	if err := os.WriteFile(stamp, want, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestCorpus runs each client script under node and jsproc and compares
// their output.
func TestCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("installs npm packages")
	}
	install(t)
	jstest.Corpus(t, "testdata")
}
