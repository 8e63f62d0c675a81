package runtime

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"github.com/dop251/goja"
)

// This file is module resolution: CommonJS rules for require() (extension
// and folder search, node_modules walking up) and ES module rules for
// import (exact files, no folders), both honouring package.json "exports".

// resolveError is a resolution failure carrying node's error code; the
// caller turns it into a JS error (adding the require stack or importer).
type resolveError struct {
	code string
	msg  string
	ctor string // the error's constructor, "Error" when empty
	url  string // the "url" property node sets on some ES module errors
	path string // the "path" property node sets on some require() errors
}

func (e *resolveError) Error() string { return e.msg }

var errNotFound = errors.New("module not found")

// resolveErrorValue makes the JS error for a resolution failure.
func (r *Runtime) resolveErrorValue(re *resolveError) *goja.Object {
	ctor := re.ctor
	if ctor == "" {
		ctor = "Error"
	}
	e := r.NodeError(ctor, re.code, re.msg)
	if re.url != "" {
		e.Set("url", re.url)
	}
	if re.path != "" {
		e.Set("path", re.path)
	}
	return e
}

func isRelativeSpecifier(id string) bool {
	return strings.HasPrefix(id, "./") || strings.HasPrefix(id, "../") || id == "." || id == ".." || filepath.IsAbs(id)
}

// exportsPattern splits a bare require() id into package name and subpath
// the way node does before applying "exports".
var exportsPattern = lazyRegexp(`^((?:@[^/\\%]+/)?[^./\\%][^/\\%]*)(/.*)?$`)

// resolveCJS is node's Module._resolveFilename for a non-core id required
// from the file parent: "#" imports and the package's own name first, then
// the file or node_modules search from the folders in dirs (the parent's
// folder when dirs is nil). named says whether parent is a real file, for
// imports and self-reference, which node applies only then.
func (l *cjsLoader) resolveCJS(id, parent string, dirs []string, named bool) (string, error) {
	if dirs == nil {
		dirs = []string{filepath.Dir(parent)}
	}
	if named && strings.HasPrefix(id, "#") {
		if pkg, ok := l.packageScope(filepath.Dir(parent)); ok && pkg.Imports != nil {
			res, err := l.packageImportsResolve(id, parent, cjsConditions)
			if err != nil {
				if re, ok := err.(*resolveError); ok && re.code == "ERR_MODULE_NOT_FOUND" {
					return "", &resolveError{code: "MODULE_NOT_FOUND", msg: "Cannot find module '" + id + "'"}
				}
				return "", err
			}
			return finalizeCJS(res, pkg.dir())
		}
	}
	if named {
		if pkg, ok := l.packageScope(filepath.Dir(parent)); ok && pkg.Exports != nil && pkg.Name != "" &&
			(id == pkg.Name || strings.HasPrefix(id, pkg.Name+"/")) {
			c := &pkgTargets{l: l, pjson: pkg.path, base: parent, baseURL: true, conds: cjsConditions}
			res, err := c.exportsResolve("."+id[len(pkg.Name):], pkg.Exports)
			if err != nil {
				if re, ok := err.(*resolveError); ok && re.code == "ERR_MODULE_NOT_FOUND" {
					return "", &resolveError{code: "MODULE_NOT_FOUND", msg: "Cannot find module '" + id + "'", path: pkg.path}
				}
				return "", err
			}
			return finalizeCJS(res, pkg.dir())
		}
	}
	if filepath.IsAbs(id) {
		return l.resolveFile(id)
	}
	if isRelativeSpecifier(id) {
		for _, d := range dirs {
			if f, err := l.resolveFile(filepath.Join(d, id)); err == nil {
				return f, nil
			} else if err != errNotFound {
				return "", err
			}
		}
		return "", errNotFound
	}
	seen := map[string]bool{}
	for _, d := range dirs {
		for _, nmv := range append(l.nodeModulePaths(d), l.globalPaths()...) {
			nm := nmv.(string)
			if !filepath.IsAbs(nm) {
				nm = filepath.Join(l.r.Cwd(), nm)
			}
			if seen[nm] {
				continue
			}
			seen[nm] = true
			if f, ok, err := l.resolveExports(nm, id); ok || err != nil {
				return f, err
			}
			if f, err := l.resolveFile(filepath.Join(nm, id)); err == nil {
				return f, nil
			} else if err != errNotFound {
				return "", err
			}
		}
	}
	return "", errNotFound
}

// globalPaths are the folders require() searches after the node_modules
// ones, as node sets them at start: NODE_PATH's entries, then
// $HOME/.node_modules, $HOME/.node_libraries and <prefix>/lib/node, the
// prefix being two levels above process.execPath.
func (l *cjsLoader) globalPaths() []any {
	if l.globals != nil {
		return l.globals
	}
	env := l.r.env.value
	var out []any
	for _, p := range filepath.SplitList(env["NODE_PATH"]) {
		if p != "" {
			out = append(out, p) // a relative entry stays so, as in node

		}
	}
	if home := env["HOME"]; home != "" {
		out = append(out, filepath.Join(home, ".node_modules"), filepath.Join(home, ".node_libraries"))
	}
	out = append(out, filepath.Join(filepath.Dir(filepath.Dir(l.r.ExecPath())), "lib", "node"))
	l.globals = out
	return out
}

// resolveExports applies the "exports" of the package id names in the
// node_modules folder nm, when it has one (ok).
func (l *cjsLoader) resolveExports(nm, id string) (string, bool, error) {
	m := exportsPattern().FindStringSubmatch(id)
	if m == nil {
		return "", false, nil
	}
	pkgDir := filepath.Join(nm, m[1])
	pkg, ok := l.readPackageJSON(pkgDir)
	if !ok || pkg.Exports == nil {
		return "", false, nil
	}
	c := &pkgTargets{l: l, pjson: pkg.path, conds: cjsConditions}
	res, err := c.exportsResolve("."+m[2], pkg.Exports)
	if err != nil {
		if re, ok := err.(*resolveError); ok && re.code == "ERR_MODULE_NOT_FOUND" {
			return "", true, &resolveError{code: "MODULE_NOT_FOUND", msg: "Cannot find module '" + id + "'", path: pkg.path}
		}
		return "", true, err
	}
	f, err := finalizeCJS(res, pkgDir)
	return f, true, err
}

// finalizeCJS checks a file that "exports" or "imports" named for
// require(): it must exist as it is, no extension added.
func finalizeCJS(res, pkgDir string) (string, error) {
	if strings.HasPrefix(res, "node:") {
		return res, nil
	}
	if isFile(res) {
		return realpath(res), nil
	}
	return "", &resolveError{code: "MODULE_NOT_FOUND", msg: "Cannot find module '" + res + "'", path: filepath.Join(pkgDir, "package.json")}
}

// resolvePaths is require.resolve(id, {paths}): the lookup starts from each
// of paths in turn.
func (l *cjsLoader) resolvePaths(id, parent string, paths []string) (string, error) {
	return l.resolveCJS(id, parent, paths, true)
}

// extensions are the ones require() tries, in node's order, then the
// TypeScript ones jsproc adds.
var extensions = []string{".js", ".json", ".node", ".ts", ".cts", ".mts"}

// resolveFile tries p as a file, with extensions, then as a folder.
func (l *cjsLoader) resolveFile(p string) (string, error) {
	if isFile(p) {
		return realpath(p), nil
	}
	if f, ok := tryExtensions(p); ok {
		return f, nil
	}
	if st, err := os.Stat(p); err == nil && st.IsDir() {
		return l.tryPackage(p)
	}
	return "", errNotFound
}

func tryExtensions(p string) (string, bool) {
	for _, ext := range extensions {
		if isFile(p + ext) {
			return realpath(p + ext), true
		}
	}
	return "", false
}

// tryPackage resolves a folder: its package.json "main", else its index.
func (l *cjsLoader) tryPackage(dir string) (string, error) {
	pkg, ok := l.readPackageJSON(dir)
	if !ok || pkg.Main == "" {
		if f, ok := tryExtensions(filepath.Join(dir, "index")); ok {
			return f, nil
		}
		return "", errNotFound
	}
	main := filepath.Join(dir, pkg.Main)
	if isFile(main) {
		return realpath(main), nil
	}
	for _, p := range []string{main, filepath.Join(main, "index"), filepath.Join(dir, "index")} {
		if f, ok := tryExtensions(p); ok {
			return f, nil
		}
	}
	return "", &resolveError{code: "MODULE_NOT_FOUND", msg: "Cannot find module '" + main + "'. Please verify that the package.json has a valid \"main\" entry", path: pkg.path}
}

// resolveImport resolves an import specifier from the module file `from`,
// with node's ES module rules. It returns a core module's name unchanged
// (with "node:" for core modules), or an absolute file name.
func (l *cjsLoader) resolveImport(spec, from string) (string, error) {
	if strings.HasPrefix(spec, "node:") {
		if !l.r.IsCoreModule(spec) || strings.HasPrefix(spec, "node:internal/") {
			return "", &resolveError{code: "ERR_UNKNOWN_BUILTIN_MODULE", msg: "No such built-in module: " + spec}
		}
		return spec, nil
	}
	if l.r.IsCoreModule(spec) && !strings.HasPrefix(spec, "internal/") {
		return "node:" + spec, nil
	}
	dir := filepath.Dir(from)
	if strings.HasPrefix(spec, "file://") {
		p, err := fileURLToPath(spec)
		if err != nil {
			return "", err
		}
		spec = p
	}
	var p string
	var err error
	switch {
	case isRelativeSpecifier(spec):
		p = spec
		if !filepath.IsAbs(p) {
			p = filepath.Join(dir, spec)
		}
	case strings.HasPrefix(spec, "#"):
		p, err = l.packageImportsResolve(spec, from, esmConditions)
	default:
		p, err = l.esmPackageResolve(spec, from, esmConditions)
	}
	if err == nil {
		if strings.HasPrefix(p, "node:") {
			return p, nil
		}
		p, err = l.finalizeESM(p, from)
	}
	if re, ok := err.(*resolveError); ok && (re.code == "ERR_MODULE_NOT_FOUND" || re.code == "ERR_UNSUPPORTED_DIR_IMPORT") {
		l.addCJSHint(re, spec, from)
	}
	return p, err
}

// finalizeESM checks a resolved file for import: it must exist and not be
// a folder. Its real path is looked up once per file, as node caches it.
func (l *cjsLoader) finalizeESM(p, from string) (string, error) {
	st, err := os.Stat(p)
	if err == nil && st.IsDir() {
		return "", &resolveError{code: "ERR_UNSUPPORTED_DIR_IMPORT", msg: "Directory import '" + p + "' is not supported resolving ES modules imported from " + from, url: fileURL(p)}
	}
	if err != nil {
		return "", &resolveError{code: "ERR_MODULE_NOT_FOUND", msg: "Cannot find module '" + p + "' imported from " + from, url: fileURL(p)}
	}
	if r, ok := l.realpaths[p]; ok {
		return r, nil
	}
	r := realpath(p)
	l.realpaths[p] = r
	return r, nil
}

// addCJSHint adds node's "Did you mean to import" line when require()
// would have found what import did not.
func (l *cjsLoader) addCJSHint(re *resolveError, spec, from string) {
	found, err := l.resolveCJS(spec, from, nil, true)
	if err != nil {
		return
	}
	switch {
	case isRelativeSpecifier(spec):
		rel, rerr := filepath.Rel(filepath.Dir(from), found)
		if rerr != nil {
			return
		}
		if !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			rel = "." + string(filepath.Separator) + rel
		}
		found = rel
	case !strings.HasPrefix(spec, "#"):
		pkg, _, _ := strings.Cut(spec, "/")
		if i := strings.Index(found, pkg); i >= 0 {
			found = found[i:]
		}
	}
	found = filepath.ToSlash(found)
	if found != spec {
		re.msg += "\nDid you mean to import " + jsonQuote(found) + "?"
	}
}

func realpath(p string) string {
	if r, err := filepath.EvalSymlinks(p); err == nil {
		if abs, err := filepath.Abs(r); err == nil {
			return abs
		}
	}
	return p
}

// packageType is the "type" of the nearest package.json above dir: "module",
// "commonjs", or "" when that package.json has none (or there is none).
func (l *cjsLoader) packageType(dir string) string {
	if t, ok := l.pkgType[dir]; ok {
		return t
	}
	t := ""
	if pkg, ok := l.readPackageJSON(dir); ok {
		t = pkg.Type
	} else if parent := filepath.Dir(dir); parent != dir && filepath.Base(dir) != "node_modules" {
		t = l.packageType(parent)
	}
	l.pkgType[dir] = t
	return t
}

// formatOf decides whether a file is CommonJS or an ES module, as node does:
// by extension, then by the nearest package.json's "type", and for
// JavaScript files of a package without one, by the syntax the file uses.
func (l *cjsLoader) formatOf(filename string) string {
	l.detectedSrc = namedSource{}
	ext := filepath.Ext(filename)
	switch ext {
	case ".mjs", ".mts":
		return "esm"
	case ".json":
		return "json"
	case ".cjs", ".cts":
		return "cjs"
	case ".js", ".ts", ".tsx", ".jsx", "":
		switch l.packageType(filepath.Dir(filename)) {
		case "module":
			return "esm"
		case "":
			if (ext == ".js" || ext == "") && l.detectModule(filename) {
				return "esm"
			}
		}
	}
	return "cjs"
}
