package runtime

import (
	"path/filepath"
	"strings"

	"github.com/dop251/goja"
)

// RequireFor returns a require function that resolves and loads modules
// as require() does inside a CommonJS module at filename, an absolute path;
// a path ending in a separator names a folder (node's createRequire takes
// "<folder>/noop.js" then). It is the loader half of module.createRequire,
// whose binding validates the argument and turns a file: URL into a path.
// Only on the loop goroutine.
func (r *Runtime) RequireFor(filename string) *goja.Object {
	if strings.HasSuffix(filename, "/") || strings.HasSuffix(filename, string(filepath.Separator)) {
		filename = filepath.Join(filename, "noop.js")
	}
	l := r.loader
	m := l.newModule(filename, filename, nil)
	return l.makeRequire(m, filepath.Dir(filename))
}
