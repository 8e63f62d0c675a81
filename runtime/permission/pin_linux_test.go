package permission

import (
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestPinRefusesSwappedLink is the guarantee a check and its use rest on:
// a path that held no link when it was resolved fails with ELOOP if a
// component became a link since.
func TestPinRefusesSwappedLink(t *testing.T) {
	root, _ := filepath.EvalSymlinks(t.TempDir())
	dir := filepath.Join(root, "d")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "f"), []byte("in"), 0o644)
	resolved, err := Resolve(filepath.Join(dir, "f"))
	if err != nil {
		t.Fatal(err)
	}
	pin, err := Pin(resolved, false)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(pin.Path)
	pin.Close()
	if string(data) != "in" || err != nil {
		t.Fatalf("pinned read: %q %v", data, err)
	}
	os.Rename(dir, filepath.Join(root, "moved"))
	os.Symlink(filepath.Join(root, "moved"), dir)
	for _, entry := range []bool{false, true} {
		if _, err := Pin(resolved, entry); err != syscall.ELOOP {
			t.Errorf("entry %v: pin through a swapped link: %v", entry, err)
		}
	}
	if fd, err := walkNoLinks(resolved, 0); err != syscall.ELOOP {
		t.Errorf("the walk without openat2: %d %v", fd, err)
	}
}

// BenchmarkFile is the cost of one checked, pinned file access on a path
// without links: the per-call price of the permission model.
func BenchmarkFile(b *testing.B) {
	dir, _ := filepath.EvalSymlinks(b.TempDir())
	f := filepath.Join(dir, "f")
	os.WriteFile(f, nil, 0o644)
	p := New(Grants{FSRead: []string{dir}}.Handler())
	ctx := context.Background()
	for b.Loop() {
		pin, err := p.File(ctx, "stat", f, Object, FileSystemRead)
		if err != nil {
			b.Fatal(err)
		}
		pin.Close()
	}
}

// BenchmarkStat is a plain stat of the same path, for comparison.
func BenchmarkStat(b *testing.B) {
	dir := b.TempDir()
	f := filepath.Join(dir, "f")
	os.WriteFile(f, nil, 0o644)
	for b.Loop() {
		if _, err := os.Stat(f); err != nil {
			b.Fatal(err)
		}
	}
}
