//go:build !linux

package permission

// Pinned is a checked path for the call to use. Outside Linux there is no
// openat2 or /proc/self/fd: Path is the resolved path itself, so a check
// and its use can be split by a symlink swapped in between.
type Pinned struct {
	Path string
}

func unpinned(path string) *Pinned { return &Pinned{Path: path} }

// At reports that nothing is pinned: the caller uses Path.
func (p *Pinned) At() (fd int, name string, ok bool) { return -1, "", false }

// Close does nothing outside Linux.
func (p *Pinned) Close() {}

// Pin returns resolved as it is: see Pinned.
func Pin(resolved string, entry bool) (*Pinned, error) {
	return &Pinned{Path: resolved}, nil
}

func pinPlain(abs string, target Target) (*Pinned, bool) { return nil, false }
