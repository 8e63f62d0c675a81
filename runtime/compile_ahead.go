package runtime

import (
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/dop251/goja"
)

// Compiling ahead: goja compiles a whole file before any of it runs, and
// for a script that loads big bundles (zx's 700 KB of vendored packages)
// compiling is most of its start-up. While the loop goroutine compiles and
// runs one module, otherwise idle cores compile the modules it requires at
// its top level, found by a scan of its source: a `require('x')` on a line
// that starts at column 0 (top-level code, in the way bundlers and people
// format it). A guess only ever costs work: the loop goroutine takes a
// program compiled ahead only if it is the one it would compile itself
// (same file, same source), and compiles any module nobody got to first.
//
// Two kinds of module are compiled ahead: internal modules written in JS
// (once per process, as they are compiled anyway), and CommonJS files
// named by a relative path with a .js or .cjs extension (.cjs only when an
// ES module imports it), which resolve to that file without any lookup. Nothing a script can observe differs: no
// JS runs, no module is loaded, and only files are read.

// coreRequires calls fn with the specifier of each require('x') or
// require("x") in src whose specifier is not a path, wherever it is: the
// core modules a bundle requires inside its wrapped modules.
func coreRequires(src string, fn func(spec string)) {
	for {
		i := strings.Index(src, "require(")
		if i < 0 {
			return
		}
		src = src[i+len("require("):]
		if len(src) < 2 || (src[0] != '\'' && src[0] != '"') {
			continue
		}
		q := src[0]
		end := strings.IndexByte(src[1:], q)
		if end <= 0 {
			continue
		}
		spec := src[1 : 1+end]
		src = src[end+2:]
		if spec[0] != '.' && spec[0] != '/' && len(spec) < 64 {
			fn(spec)
		}
	}
}

// topLevelRequires calls fn with the specifier of each require('x') or
// require("x") on a line of src that starts at column 0.
func topLevelRequires(src string, fn func(spec string)) {
	for len(src) > 0 {
		line := src
		if i := strings.IndexByte(src, '\n'); i >= 0 {
			line, src = src[:i], src[i+1:]
		} else {
			src = ""
		}
		if line == "" || line[0] == ' ' || line[0] == '\t' || line[0] == '/' || line[0] == '*' {
			continue
		}
		for {
			i := strings.Index(line, "require(")
			if i < 0 {
				break
			}
			line = line[i+len("require("):]
			if len(line) < 2 || (line[0] != '\'' && line[0] != '"') {
				continue
			}
			q := line[0]
			end := strings.IndexByte(line[1:], q)
			if end <= 0 {
				break
			}
			fn(line[1 : 1+end])
			line = line[end+2:]
		}
	}
}

// compileCoreAhead queues the compilation of the internal JS modules that
// c requires at its top level, and of theirs in turn. modules must not
// change any more (a Runtime's are set in New).
func compileCoreAhead(c *compiledSource, modules map[string]Module) {
	if !c.claimScan() {
		return
	}
	compileAheadGo(func() {
		topLevelRequires(c.src, func(spec string) {
			m, ok := modules[strings.TrimPrefix(spec, "node:")]
			if !ok || m.js == nil || m.js.compiled() {
				return
			}
			compileCoreModuleAhead(m.js, modules)
		})
	})
}

// compileCoreModuleAhead queues the compilation of the internal JS module
// c, and the scan of what it requires.
func compileCoreModuleAhead(c *compiledSource, modules map[string]Module) {
	compileCoreAhead(c, modules)
	compileAheadSized(len(c.src), func() { _, _ = c.program() })
}

// aheadFiles holds a Runtime's CommonJS files compiled ahead.
type aheadFiles struct {
	modules map[string]Module // the Runtime's, which do not change any more

	mu       sync.Mutex
	files    map[string]*aheadFile
	fetched  map[string]string // ES module sources read ahead, by file
	fetchGen int               // the link check they are for
	closed   bool
}

// aheadFile is one file's compilation ahead. Its fields are guarded by
// aheadFiles.mu until done is closed.
type aheadFile struct {
	state int           // aheadQueued, aheadRunning, aheadTaken
	size  int           // the source's size, once known
	done  chan struct{} // closed when a running compilation ends
	src   string
	prg   *goja.Program
}

const (
	aheadQueued = iota
	aheadRunning
	aheadTaken
)

// take returns the program compiled ahead for filename if it was compiled
// from src, waiting for a compilation under way; nil means the caller
// compiles it. Either way no one compiles filename ahead afterwards.
func (a *aheadFiles) take(filename, src string) *goja.Program {
	a.mu.Lock()
	if a.files == nil {
		a.files = map[string]*aheadFile{}
	}
	f := a.files[filename]
	if f == nil {
		a.files[filename] = &aheadFile{state: aheadTaken}
		a.mu.Unlock()
		return nil
	}
	state, size := f.state, f.size
	f.state = aheadTaken
	a.mu.Unlock()
	if state == aheadQueued || state == aheadTaken {
		return nil
	}
	helpUntil(f.done, size)
	prg, fsrc := f.prg, f.src
	f.src, f.prg = "", nil
	if prg == nil || fsrc != src {
		return nil
	}
	return prg
}

// close stops the compilations that have not started.
func (a *aheadFiles) close() {
	a.mu.Lock()
	a.closed = true
	a.mu.Unlock()
}

// scan queues the compilation of the modules src (the source of
// filename) requires at its top level, and of the core modules it
// requires anywhere.
func (a *aheadFiles) scan(filename, src string) {
	dir := filepath.Dir(filename)
	topLevelRequires(src, func(spec string) { a.want(dir, spec, ".js") })
	coreRequires(src, func(spec string) { a.want(dir, spec, "") })
}

// want queues the compilation of what spec, imported or required from a
// module in dir, names when that needs no lookup: an internal JS module,
// or a CommonJS file named by a relative path ending in .cjs or in
// alsoExt.
func (a *aheadFiles) want(dir, spec, alsoExt string) {
	if !strings.HasPrefix(spec, "./") && !strings.HasPrefix(spec, "../") {
		if m, ok := a.modules[strings.TrimPrefix(spec, "node:")]; ok && m.js != nil && !m.js.compiled() {
			compileCoreModuleAhead(m.js, a.modules)
		}
		return
	}
	if ext := filepath.Ext(spec); ext == ".cjs" || (ext == alsoExt && alsoExt != "") {
		a.queue(filepath.Join(dir, spec))
	}
}

// queue queues the compilation of the CommonJS file filename unless it is
// known already: first the file's read and scan, then its compilation.
func (a *aheadFiles) queue(filename string) {
	f := a.register(filename)
	if f == nil {
		return
	}
	compileAheadGo(func() {
		if !a.queued(f) {
			return
		}
		data, err := os.ReadFile(filename)
		if err != nil {
			return
		}
		src := stripShebang(string(data))
		a.scan(filename, src)
		a.compileLater(f, src, func() *goja.Program {
			defer gcCompiling(len(src))()
			ast, err := parseCJS(filename, src)
			if err != nil {
				return nil
			}
			prg, err := goja.CompileAST(ast, false)
			if err != nil {
				return nil
			}
			return prg
		})
	})
}

// esmAheadKey is the key of an ES module's compilation ahead: not a
// file's name, which is a CommonJS file's key.
func esmAheadKey(filename string) string { return "esm:" + filename }

// queueESM queues the compilation of the transformed code of the ES
// module filename, as the loader compiles it, unless it is known already.
func (a *aheadFiles) queueESM(filename, code string) {
	f := a.register(esmAheadKey(filename))
	if f == nil {
		return
	}
	a.compileLater(f, code, func() *goja.Program {
		defer gcCompiling(len(code))()
		prg, err := goja.Compile(fileURL(filename), code, false)
		if err != nil {
			return nil
		}
		return prg
	})
}

// fetchESM queues the read and transform of the ES module filename, and
// then its compilation, unless it is known already: the link check
// under way finds its source read (endFetch drops what it did not use).
func (a *aheadFiles) fetchESM(filename string) {
	f := a.register("fetch:" + filename)
	if f == nil {
		return
	}
	a.mu.Lock()
	gen := a.fetchGen
	a.mu.Unlock()
	compileAheadGo(func() {
		if !a.queued(f) {
			return
		}
		data, err := os.ReadFile(filename)
		if err != nil {
			return
		}
		src, real := string(data), realpath(filename)
		code, err := esmCodeFor(real, src)
		if err != nil {
			return
		}
		a.mu.Lock()
		if a.fetchGen == gen {
			if a.fetched == nil {
				a.fetched = map[string]string{}
			}
			a.fetched[real] = src
		}
		a.mu.Unlock()
		a.queueESM(real, code.Code)
	})
}

// fetchedSource returns, once, the source of the ES module filename that
// fetchESM read.
func (a *aheadFiles) fetchedSource(filename string) (string, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	src, ok := a.fetched[filename]
	delete(a.fetched, filename)
	return src, ok
}

// endFetch drops the sources read ahead for a link check that ended, and
// those still being read for it.
func (a *aheadFiles) endFetch() {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.fetched = nil
	a.fetchGen++
}

// takeESM is take for the ES module filename, whose transformed code is
// code.
func (a *aheadFiles) takeESM(filename, code string) *goja.Program {
	return a.take(esmAheadKey(filename), code)
}

// register records key's compilation ahead as queued, and returns it; nil
// when key is known already or a is closed.
func (a *aheadFiles) register(key string) *aheadFile {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.files == nil {
		a.files = map[string]*aheadFile{}
	}
	if a.closed || a.files[key] != nil {
		return nil
	}
	f := &aheadFile{done: make(chan struct{})}
	a.files[key] = f
	return f
}

// queued reports whether f is still to be compiled.
func (a *aheadFiles) queued(f *aheadFile) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return !a.closed && f.state == aheadQueued
}

// compileLater queues compile, the compilation of src (nil when it
// fails), as f's, to run unless f was taken or a closed meanwhile.
func (a *aheadFiles) compileLater(f *aheadFile, src string, compile func() *goja.Program) {
	a.mu.Lock()
	f.size = len(src)
	a.mu.Unlock()
	compileAheadSized(len(src), func() {
		a.mu.Lock()
		if a.closed || f.state != aheadQueued {
			a.mu.Unlock()
			return
		}
		f.state = aheadRunning
		a.mu.Unlock()
		defer close(f.done)
		if prg := compile(); prg != nil {
			f.src, f.prg = src, prg
		}
	})
}
