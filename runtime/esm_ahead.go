package runtime

import (
	"path/filepath"
	"strings"
)

// Loading an ES module graph reads all of it before any of it runs: the
// link check resolves every import, reads and transforms every module.
// This file is what the load remembers meanwhile, so that a module
// imported from many places, or a name imported many times from one
// module, is looked up once, and a module is read once, as node fetches
// it once (its evaluation runs the source the link check read); and the
// compilation ahead of the graph the check has read: each module's
// transformed code is compiled on an otherwise idle core while the loop
// goroutine links and evaluates the graph. The memo lasts one load of a
// graph (its static imports), so a later import sees the files as they
// are then.

// linkSession is what one load of a graph has looked up.
type linkSession struct {
	resolved map[[2]string]resolvedImport // by (specifier, importing file)
	codes    map[string]esmCodeResult     // by file
	names    map[string]exportSet         // exportNames(file, {}), by file
	checking bool                         // a link check is under way
}

type resolvedImport struct {
	target string
	err    error
}

type esmCodeResult struct {
	src  string // the file's source, read once
	code *esmCode
	err  error
}

type exportSet struct {
	names map[string]bool
	cjs   bool
}

// beginLink starts a session unless one is under way, and returns the
// function that ends it.
func (l *cjsLoader) beginLink() (end func()) {
	if l.link != nil {
		return func() {}
	}
	l.link = &linkSession{
		resolved: map[[2]string]resolvedImport{},
		codes:    map[string]esmCodeResult{},
		names:    map[string]exportSet{},
	}
	return func() {
		l.link = nil
		l.r.ahead.endFetch()
	}
}

// linkResolve is resolveImport, remembered for the link session.
func (l *cjsLoader) linkResolve(spec, from string) (string, error) {
	if l.link == nil {
		return l.resolveImport(spec, from)
	}
	k := [2]string{spec, from}
	if r, ok := l.link.resolved[k]; ok {
		return r.target, r.err
	}
	target, err := l.resolveImport(spec, from)
	l.link.resolved[k] = resolvedImport{target, err}
	return target, err
}

// linkCodeOf is esmCodeOf, remembered for the session with the source it
// read.
func (l *cjsLoader) linkCodeOf(filename string) (*esmCode, error) {
	if l.link == nil {
		return l.esmCodeOf(filename)
	}
	if r, ok := l.link.codes[filename]; ok {
		return r.code, r.err
	}
	var r esmCodeResult
	if src, ok := l.r.ahead.fetchedSource(filename); ok {
		r.src = src
		r.code, r.err = l.r.transformESM(filename, r.src)
	} else if data, err := l.r.readFileChecked(filename, "import"); err != nil {
		r.err = err
	} else {
		r.src = string(data)
		r.code, r.err = l.r.transformESM(filename, r.src)
	}
	l.link.codes[filename] = r
	if r.err == nil && !l.isLoaded(filename) {
		// Compiling can start while the check reads the rest, and
		// reading what it imports.
		l.r.ahead.queueESM(filename, r.code.Code)
		l.fetchImportsAhead(filename, r.code)
	}
	return r.code, r.err
}

// fetchImportsAhead queues the read, transform and compilation of the ES
// modules that the ES module filename (whose transformed code is code)
// imports by a relative path ending in .mjs, or .js in a package whose
// type is "module": files whose name and format need no lookup but the
// package.json the loader reads anyway. Not when a permission policy
// checks reads.
func (l *cjsLoader) fetchImportsAhead(filename string, code *esmCode) {
	if l.r.opts.Permission != nil || !canCompileAhead() {
		return
	}
	dir := filepath.Dir(filename)
	for _, spec := range code.Deps {
		if !strings.HasPrefix(spec, "./") && !strings.HasPrefix(spec, "../") {
			continue
		}
		p := filepath.Join(dir, spec)
		switch filepath.Ext(p) {
		case ".mjs":
		case ".js":
			if l.packageType(filepath.Dir(p)) != "module" {
				continue
			}
		default:
			continue
		}
		if l.esm[p] == nil {
			l.r.ahead.fetchESM(p)
		}
	}
}

// linkedSource returns the source of filename the session read, if it
// did.
func (l *cjsLoader) linkedSource(filename string) (string, bool) {
	if l.link == nil {
		return "", false
	}
	r, ok := l.link.codes[filename]
	return r.src, ok && r.err == nil
}

// linkExportNames is exportNames(target, {}), remembered for the link
// session.
func (l *cjsLoader) linkExportNames(target string) (map[string]bool, bool) {
	if l.link == nil {
		return l.exportNames(target, map[string]bool{})
	}
	if r, ok := l.link.names[target]; ok {
		return r.names, r.cjs
	}
	names, cjs := l.exportNames(target, map[string]bool{})
	l.link.names[target] = exportSet{names, cjs}
	return names, cjs
}

// fetchGraph reads the rest of the graph under the ES module filename
// (whose transformed code is code) once its link check has passed: the
// ES modules it imports, in turn, that are not loaded yet, so that the
// load runs them as they are now, as node fetches a whole graph before
// it runs any of it. Each is queued to compile ahead as it is read (by
// linkCodeOf), and so are the CommonJS files the graph imports. A module
// that cannot be resolved or read is left to the load, which reports it.
func (l *cjsLoader) fetchGraph(filename string, code *esmCode) {
	seen := map[string]bool{}
	var walk func(filename string, code *esmCode)
	walk = func(filename string, code *esmCode) {
		seen[filename] = true
		for _, spec := range code.Deps {
			target, err := l.linkResolve(spec, filename)
			if err != nil || strings.HasPrefix(target, "node:") || seen[target] || l.isLoaded(target) || !importableExtension(target) {
				continue
			}
			switch l.formatOf(target) {
			case "esm":
				if dep, err := l.linkCodeOf(target); err == nil {
					walk(target, dep)
				}
			case "cjs":
				// Compiled ahead from the file as it is read then: not
				// under a permission policy, which checks the loader's
				// reads.
				seen[target] = true
				if ext := filepath.Ext(target); l.r.opts.Permission == nil && (ext == ".js" || ext == ".cjs") {
					l.r.ahead.queue(target)
				}
			}
		}
	}
	walk(filename, code)
	l.r.ahead.queueESM(filename, code.Code)
}
