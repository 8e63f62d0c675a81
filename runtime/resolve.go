package runtime

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// This file is module resolution: CommonJS rules for require() (extension
// and folder search, node_modules walking up) and ES module rules for
// import (exact files, no folders), both honouring package.json "exports".

// resolveError is a resolution failure carrying node's error code; the
// caller turns it into a JS error (adding the require stack or importer).
type resolveError struct {
	code string
	msg  string
}

func (e *resolveError) Error() string { return e.msg }

var errNotFound = errors.New("module not found")

// packageJSON is the part of a package.json resolution reads.
type packageJSON struct {
	Name    string          `json:"name"`
	Main    string          `json:"main"`
	Type    string          `json:"type"`
	Exports json.RawMessage `json:"exports"`
}

func readPackageJSON(dir string) (*packageJSON, bool) {
	data, err := os.ReadFile(filepath.Join(dir, "package.json"))
	if err != nil {
		return nil, false
	}
	var pkg packageJSON
	if json.Unmarshal(data, &pkg) != nil {
		return &packageJSON{}, true
	}
	return &pkg, true
}

func isRelativeSpecifier(id string) bool {
	return strings.HasPrefix(id, "./") || strings.HasPrefix(id, "../") || id == "." || id == ".." || filepath.IsAbs(id)
}

// splitPackage splits a bare specifier into package name and subpath
// ("@s/p/x" -> "@s/p", "./x").
func splitPackage(id string) (name, sub string) {
	parts := strings.SplitN(id, "/", 3)
	n := 1
	if strings.HasPrefix(id, "@") && len(parts) > 1 {
		n = 2
	}
	if len(parts) <= n {
		return id, "."
	}
	name = strings.Join(parts[:n], "/")
	return name, "./" + strings.TrimPrefix(id, name+"/")
}

// resolve finds the file a require(id) from dir loads.
func (l *cjsLoader) resolve(id, dir string) (string, error) {
	if isRelativeSpecifier(id) {
		p := id
		if !filepath.IsAbs(p) {
			p = filepath.Join(dir, id)
		}
		return l.resolveFile(p)
	}
	return l.resolvePackage(id, dir, []string{"node", "require", "default"}, false)
}

// resolvePaths is require.resolve(id, {paths}): the lookup starts from each
// of paths in turn.
func (l *cjsLoader) resolvePaths(id string, paths []string) (string, error) {
	for _, p := range paths {
		if f, err := l.resolve(id, p); err == nil {
			return f, nil
		} else if _, ok := err.(*resolveError); ok {
			return "", err
		}
	}
	return "", errNotFound
}

// resolvePackage looks a bare specifier up in the node_modules folders from
// dir upwards, applying the package's "exports" with the given conditions.
func (l *cjsLoader) resolvePackage(id, dir string, conditions []string, esm bool) (string, error) {
	name, sub := splitPackage(id)
	for _, nm := range l.nodeModulePaths(dir) {
		pkgDir := filepath.Join(nm.(string), name)
		st, err := os.Stat(pkgDir)
		if err != nil || !st.IsDir() {
			continue
		}
		pkg, ok := readPackageJSON(pkgDir)
		if ok && len(pkg.Exports) > 0 && string(pkg.Exports) != "null" {
			target, found := exportsTarget(pkg.Exports, sub, conditions)
			if !found {
				if sub == "." {
					return "", &resolveError{"ERR_PACKAGE_PATH_NOT_EXPORTED", "No \"exports\" main defined in " + filepath.Join(pkgDir, "package.json")}
				}
				return "", &resolveError{"ERR_PACKAGE_PATH_NOT_EXPORTED", "Package subpath '" + sub + "' is not defined by \"exports\" in " + filepath.Join(pkgDir, "package.json")}
			}
			f := filepath.Join(pkgDir, target)
			if st, err := os.Stat(f); err == nil && !st.IsDir() {
				return realpath(f), nil
			}
			return "", errNotFound
		}
		if esm && sub != "." {
			return l.resolveESMFile(filepath.Join(pkgDir, sub))
		}
		if f, err := l.resolveFile(filepath.Join(pkgDir, sub)); err == nil {
			return f, nil
		}
	}
	return "", errNotFound
}

// exportsTarget applies a package.json "exports" value to a subpath.
func exportsTarget(raw json.RawMessage, sub string, conditions []string) (string, bool) {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s, sub == "."
	}
	var m map[string]json.RawMessage
	if json.Unmarshal(raw, &m) != nil {
		var arr []json.RawMessage
		if json.Unmarshal(raw, &arr) == nil && sub == "." {
			for _, a := range arr {
				if t, ok := conditionTarget(a, conditions); ok {
					return t, true
				}
			}
		}
		return "", false
	}
	subpaths := false
	for k := range m {
		if strings.HasPrefix(k, ".") {
			subpaths = true
			break
		}
	}
	if !subpaths {
		if sub != "." {
			return "", false
		}
		return conditionTarget(raw, conditions)
	}
	if v, ok := m[sub]; ok {
		return conditionTarget(v, conditions)
	}
	// Patterns ("./features/*": "./src/features/*.js"), longest prefix first.
	var keys []string
	for k := range m {
		if strings.Count(k, "*") == 1 {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool { return len(keys[i]) > len(keys[j]) })
	for _, k := range keys {
		pre, post, _ := strings.Cut(k, "*")
		if strings.HasPrefix(sub, pre) && strings.HasSuffix(sub, post) && len(sub) >= len(pre)+len(post) {
			star := sub[len(pre) : len(sub)-len(post)]
			if t, ok := conditionTarget(m[k], conditions); ok {
				return strings.ReplaceAll(t, "*", star), true
			}
		}
	}
	return "", false
}

// conditionTarget picks the target of a conditional export.
func conditionTarget(raw json.RawMessage, conditions []string) (string, bool) {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s, true
	}
	var arr []json.RawMessage
	if json.Unmarshal(raw, &arr) == nil {
		for _, a := range arr {
			if t, ok := conditionTarget(a, conditions); ok {
				return t, true
			}
		}
		return "", false
	}
	// Conditions are tried in the object's own key order.
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return "", false
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return "", false
		}
		key, _ := tok.(string)
		var val json.RawMessage
		if dec.Decode(&val) != nil {
			return "", false
		}
		for _, c := range conditions {
			if c == key {
				if t, ok := conditionTarget(val, conditions); ok {
					return t, true
				}
			}
		}
	}
	return "", false
}

var extensions = []string{".js", ".json", ".cjs", ".mjs", ".ts", ".cts", ".mts"}

// resolveFile tries p as a file, with extensions, then as a folder.
func (l *cjsLoader) resolveFile(p string) (string, error) {
	if st, err := os.Stat(p); err == nil && !st.IsDir() {
		return realpath(p), nil
	}
	for _, ext := range extensions {
		if st, err := os.Stat(p + ext); err == nil && !st.IsDir() {
			return realpath(p + ext), nil
		}
	}
	if st, err := os.Stat(p); err == nil && st.IsDir() {
		if pkg, ok := readPackageJSON(p); ok && pkg.Main != "" {
			if f, err := l.resolveFile(filepath.Join(p, pkg.Main)); err == nil {
				return f, nil
			}
			if f, err := l.resolveIndex(filepath.Join(p, pkg.Main)); err == nil {
				return f, nil
			}
		}
		return l.resolveIndex(p)
	}
	return "", errNotFound
}

func (l *cjsLoader) resolveIndex(dir string) (string, error) {
	for _, ext := range extensions {
		f := filepath.Join(dir, "index"+ext)
		if st, err := os.Stat(f); err == nil && !st.IsDir() {
			return realpath(f), nil
		}
	}
	return "", errNotFound
}

// resolveESMFile is the ES module rule for a path: the exact file, no
// extension search, and no folders.
func (l *cjsLoader) resolveESMFile(p string) (string, error) {
	st, err := os.Stat(p)
	if err != nil {
		return "", errNotFound
	}
	if st.IsDir() {
		return "", &resolveError{"ERR_UNSUPPORTED_DIR_IMPORT", "Directory import '" + p + "' is not supported resolving ES modules"}
	}
	return realpath(p), nil
}

// resolveImport resolves an import specifier from the module file `from`,
// with node's ES module rules. It returns a core module's name unchanged
// (with "node:" for core modules), or an absolute file name.
func (l *cjsLoader) resolveImport(spec, from string) (string, error) {
	if strings.HasPrefix(spec, "node:") {
		if !l.r.IsCoreModule(spec) || strings.HasPrefix(spec, "node:internal/") {
			return "", &resolveError{"ERR_UNKNOWN_BUILTIN_MODULE", "No such built-in module: " + spec}
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
	if isRelativeSpecifier(spec) {
		p := spec
		if !filepath.IsAbs(p) {
			p = filepath.Join(dir, spec)
		}
		f, err := l.resolveESMFile(p)
		if err == errNotFound {
			return "", &resolveError{"ERR_MODULE_NOT_FOUND", "Cannot find module '" + p + "' imported from " + from}
		}
		if re, ok := err.(*resolveError); ok {
			re.msg += " imported from " + from
			if re.code == "ERR_UNSUPPORTED_DIR_IMPORT" {
				if f, ferr := l.resolveFile(p); ferr == nil {
					if rel, rerr := filepath.Rel(dir, f); rerr == nil {
						if !strings.HasPrefix(rel, "../") {
							rel = "./" + rel
						}
						re.msg += "\nDid you mean to import " + strconv.Quote(filepath.ToSlash(rel)) + "?"
					}
				}
			}
		}
		return f, err
	}
	f, err := l.resolvePackage(spec, dir, []string{"node", "import", "default"}, true)
	if err == errNotFound {
		name, _ := splitPackage(spec)
		return "", &resolveError{"ERR_MODULE_NOT_FOUND", "Cannot find package '" + name + "' imported from " + from}
	}
	return f, err
}

func realpath(p string) string {
	if r, err := filepath.EvalSymlinks(p); err == nil {
		if abs, err := filepath.Abs(r); err == nil {
			return abs
		}
	}
	return p
}

// packageType is the "type" of the nearest package.json above dir.
func (l *cjsLoader) packageType(dir string) string {
	if t, ok := l.pkgType[dir]; ok {
		return t
	}
	t := ""
	if pkg, ok := readPackageJSON(dir); ok {
		t = pkg.Type
		if t == "" {
			t = "commonjs"
		}
	} else if parent := filepath.Dir(dir); parent != dir && filepath.Base(dir) != "node_modules" {
		t = l.packageType(parent)
	}
	l.pkgType[dir] = t
	return t
}

// formatOf decides whether a file is CommonJS or an ES module, as node does:
// by extension, then by the nearest package.json's "type".
func (l *cjsLoader) formatOf(filename string) string {
	switch filepath.Ext(filename) {
	case ".mjs", ".mts":
		return "esm"
	case ".json":
		return "json"
	case ".cjs", ".cts":
		return "cjs"
	case ".js", ".ts", ".tsx", ".jsx":
		if l.packageType(filepath.Dir(filename)) == "module" {
			return "esm"
		}
	}
	return "cjs"
}
