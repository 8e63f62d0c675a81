package runtime

import (
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// This file is node's package resolution algorithm for "exports" and
// "imports" (PACKAGE_EXPORTS_RESOLVE, PACKAGE_IMPORTS_RESOLVE and
// PACKAGE_TARGET_RESOLVE of node's ES module resolution), shared by
// require() and import. Results are absolute paths not yet checked on disk
// (each caller finalizes them its own way), or "node:" names.

// Conditions node 20 applies; "node-addons" is left out because jsproc
// loads no native addons (as with node --no-addons).
var (
	cjsConditions = map[string]bool{"require": true, "node": true, "module-sync": true}
	esmConditions = map[string]bool{"import": true, "node": true, "module-sync": true}
)

// targetState is what resolving one package target gave.
type targetState int

const (
	targetUndefined targetState = iota // no condition matched
	targetNull                         // an explicit null: not exported
	targetFound
)

// pkgTargets resolves the targets of one package.json's "exports" or
// "imports".
type pkgTargets struct {
	l        *cjsLoader
	pjson    string          // the package.json file
	base     string          // the importing file for messages, "" for none
	baseURL  bool            // name the importer by URL in config errors
	conds    map[string]bool // the active conditions
	internal bool            // "imports" rather than "exports"
}

func (c *pkgTargets) pkgDir() string { return filepath.Dir(c.pjson) }

func (c *pkgTargets) importedFrom() string {
	if c.base == "" {
		return ""
	}
	return " imported from " + c.base
}

func (c *pkgTargets) configError(msg string) error {
	while := ""
	if c.base != "" && c.baseURL {
		while = " while importing " + fileURL(c.base)
	}
	return &resolveError{code: "ERR_INVALID_PACKAGE_CONFIG", msg: "Invalid package config " + c.pjson + while + ". " + msg}
}

func (c *pkgTargets) invalidTarget(match string, target *jsonNode) error {
	t := target.str
	if target.kind != 's' {
		t = target.stringify()
	}
	field := "exports"
	if c.internal {
		field = "imports"
	}
	related := ""
	if !c.internal && t != "" && !strings.HasPrefix(t, "./") {
		related = `; targets must start with "./"`
	}
	pkgPath := c.pkgDir() + string(filepath.Separator)
	var msg string
	if match == "." {
		msg = `Invalid "exports" main target ` + jsonQuote(t) + " defined in the package config " + pkgPath + "package.json" + c.importedFrom() + related
	} else {
		msg = `Invalid "` + field + `" target ` + jsonQuote(t) + " defined for '" + match + "' in the package config " + pkgPath + "package.json" + c.importedFrom() + related
	}
	return &resolveError{code: "ERR_INVALID_PACKAGE_TARGET", msg: msg}
}

func (c *pkgTargets) notExported(subpath string) error {
	pkgPath := c.pkgDir() + string(filepath.Separator)
	if subpath == "." {
		return &resolveError{code: "ERR_PACKAGE_PATH_NOT_EXPORTED", msg: `No "exports" main defined in ` + pkgPath + "package.json" + c.importedFrom()}
	}
	return &resolveError{code: "ERR_PACKAGE_PATH_NOT_EXPORTED", msg: "Package subpath '" + subpath + `' is not defined by "exports" in ` + pkgPath + "package.json" + c.importedFrom()}
}

// exportsResolve resolves subpath ("." or "./x") through exports.
func (c *pkgTargets) exportsResolve(subpath string, exports *jsonNode) (string, error) {
	sugar, err := c.isMainSugar(exports)
	if err != nil {
		return "", err
	}
	if sugar {
		exports = &jsonNode{kind: 'o', keys: []string{"."}, vals: []*jsonNode{exports}}
	}
	if exports.kind != 'o' {
		return "", c.notExported(subpath)
	}
	if t := exports.get(subpath); t != nil && !strings.Contains(subpath, "*") && !strings.HasSuffix(subpath, "/") {
		res, st, err := c.target(t, "", subpath, false)
		if err != nil {
			return "", err
		}
		if st != targetFound {
			return "", c.notExported(subpath)
		}
		return res, nil
	}
	key, star := bestPattern(exports.keys, subpath)
	if key != "" {
		res, st, err := c.target(exports.get(key), star, key, true)
		if err != nil {
			return "", err
		}
		if st == targetFound {
			return res, nil
		}
	}
	return "", c.notExported(subpath)
}

// importsResolve resolves an "#name" specifier through imports.
func (c *pkgTargets) importsResolve(name string, imports *jsonNode) (string, bool, error) {
	if imports.kind != 'o' {
		return "", false, nil
	}
	if t := imports.get(name); t != nil && !strings.Contains(name, "*") {
		res, st, err := c.target(t, "", name, false)
		return res, st == targetFound, err
	}
	key, star := bestPattern(imports.keys, name)
	if key == "" {
		return "", false, nil
	}
	res, st, err := c.target(imports.get(key), star, key, true)
	return res, st == targetFound, err
}

// bestPattern finds the "*" key that matches name best, as node orders
// them, and the text the "*" stands for.
func bestPattern(keys []string, name string) (best, star string) {
	for _, key := range keys {
		i := strings.IndexByte(key, '*')
		if i < 0 || !strings.HasPrefix(name, key[:i]) {
			continue
		}
		trailer := key[i+1:]
		if len(name) >= len(key) && strings.HasSuffix(name, trailer) && patternKeyCompare(best, key) == 1 && strings.LastIndexByte(key, '*') == i {
			best = key
			star = name[i : len(name)-len(trailer)]
		}
	}
	return best, star
}

func patternKeyCompare(a, b string) int {
	ai, bi := strings.IndexByte(a, '*'), strings.IndexByte(b, '*')
	baseA, baseB := len(a), len(b)
	if ai >= 0 {
		baseA = ai + 1
	}
	if bi >= 0 {
		baseB = bi + 1
	}
	switch {
	case baseA > baseB:
		return -1
	case baseB > baseA:
		return 1
	case ai < 0:
		return 1
	case bi < 0:
		return -1
	case len(a) > len(b):
		return -1
	case len(b) > len(a):
		return 1
	}
	return 0
}

// isMainSugar reports whether exports is the main entry alone (a string,
// an array, or an object of conditions), checking that an object does not
// mix subpath and condition keys.
func (c *pkgTargets) isMainSugar(exports *jsonNode) (bool, error) {
	switch exports.kind {
	case 's', 'a':
		return true, nil
	case 'o':
	default:
		return false, nil
	}
	sugar := false
	for i, k := range exports.keys {
		cur := k == "" || k[0] != '.'
		if i == 0 {
			sugar = cur
		} else if sugar != cur {
			return false, c.configError(`"exports" cannot contain some keys starting with '.' and some not. The exports object must either be an object of package subpath keys or an object of main entry condition name keys only.`)
		}
	}
	return sugar, nil
}

// target is PACKAGE_TARGET_RESOLVE.
func (c *pkgTargets) target(t *jsonNode, subpath, match string, pattern bool) (string, targetState, error) {
	switch t.kind {
	case 's':
		res, err := c.targetString(t, subpath, match, pattern)
		if err != nil {
			return "", targetUndefined, err
		}
		return res, targetFound, nil
	case 'a':
		if len(t.items) == 0 {
			return "", targetNull, nil
		}
		last := targetUndefined
		var lastErr error
		for _, item := range t.items {
			res, st, err := c.target(item, subpath, match, pattern)
			if err != nil {
				if re, ok := err.(*resolveError); ok && re.code == "ERR_INVALID_PACKAGE_TARGET" {
					lastErr = err
					continue
				}
				return "", targetUndefined, err
			}
			switch st {
			case targetUndefined:
				continue
			case targetNull:
				last, lastErr = targetNull, nil
				continue
			}
			return res, st, nil
		}
		if lastErr != nil {
			return "", targetUndefined, lastErr
		}
		return "", last, nil
	case 'o':
		for _, k := range t.keys {
			if isArrayIndex(k) {
				return "", targetUndefined, c.configError(`"exports" cannot contain numeric property keys.`)
			}
		}
		for i, k := range t.keys {
			if k != "default" && !c.conds[k] {
				continue
			}
			res, st, err := c.target(t.vals[i], subpath, match, pattern)
			if err != nil || st != targetUndefined {
				return res, st, err
			}
		}
		return "", targetUndefined, nil
	case 'n':
		return "", targetNull, nil
	}
	return "", targetUndefined, c.invalidTarget(match, t)
}

var urlScheme = lazyRegexp(`^[a-zA-Z][a-zA-Z0-9+.-]*:`)

// targetString resolves a string target, substituting the pattern match.
func (c *pkgTargets) targetString(t *jsonNode, subpath, match string, pattern bool) (string, error) {
	target := t.str
	if subpath != "" && !pattern && !strings.HasSuffix(target, "/") {
		return "", c.invalidTarget(match, t)
	}
	if !strings.HasPrefix(target, "./") {
		if c.internal && !strings.HasPrefix(target, "../") && !strings.HasPrefix(target, "/") && !urlScheme().MatchString(target) {
			spec := target + subpath
			if pattern {
				spec = strings.ReplaceAll(target, "*", subpath)
			}
			return c.l.esmPackageResolve(spec, c.pjson, c.conds)
		}
		return "", c.invalidTarget(match, t)
	}
	if hasInvalidSegment(target[2:]) {
		return "", c.invalidTarget(match, t)
	}
	dir := c.pkgDir()
	resolved := filepath.Join(dir, filepath.FromSlash(target))
	if resolved != dir && !strings.HasPrefix(resolved, dir+string(filepath.Separator)) {
		return "", c.invalidTarget(match, t)
	}
	if subpath == "" {
		return resolved, nil
	}
	if hasInvalidSegment(subpath) {
		request := match + subpath
		if pattern {
			request = strings.Replace(match, "*", subpath, 1)
		}
		field := "exports"
		if c.internal {
			field = "imports"
		}
		reason := `request is not a valid match in pattern "` + match + `" for the "` + field + `" resolution of ` + c.pjson
		return "", &resolveError{code: "ERR_INVALID_MODULE_SPECIFIER", ctor: "TypeError", msg: `Invalid module "` + request + `" ` + reason + c.importedFrom()}
	}
	if pattern {
		return filepath.Join(dir, filepath.FromSlash(strings.ReplaceAll(target, "*", subpath))), nil
	}
	return filepath.Join(resolved, filepath.FromSlash(subpath)), nil
}

// hasInvalidSegment reports whether a target or subpath has a ".", ".."
// or "node_modules" segment (also percent-encoded), which node refuses.
func hasInvalidSegment(p string) bool {
	for _, seg := range strings.FieldsFunc(p, func(r rune) bool { return r == '/' || r == '\\' }) {
		s := strings.ToLower(seg)
		if d, err := url.PathUnescape(s); err == nil {
			s = d
		}
		if s == "." || s == ".." || s == "node_modules" {
			return true
		}
	}
	return false
}

func isArrayIndex(k string) bool {
	n, err := strconv.ParseUint(k, 10, 32)
	return err == nil && strconv.FormatUint(n, 10) == k && n < 1<<32-1
}

// packageImportsResolve resolves "#name" from the file base, with node's
// errors.
func (l *cjsLoader) packageImportsResolve(name, base string, conds map[string]bool) (string, error) {
	if name == "#" || strings.HasPrefix(name, "#/") || strings.HasSuffix(name, "/") {
		return "", &resolveError{code: "ERR_INVALID_MODULE_SPECIFIER", ctor: "TypeError", msg: `Invalid module "` + name + `" is not a valid internal imports specifier name imported from ` + base}
	}
	in := ""
	if pkg, ok := l.packageScope(filepath.Dir(base)); ok {
		in = " in package " + pkg.dir() + string(filepath.Separator) + "package.json"
		if pkg.Imports != nil {
			c := &pkgTargets{l: l, pjson: pkg.path, base: base, conds: conds, internal: true}
			res, found, err := c.importsResolve(name, pkg.Imports)
			if err != nil {
				return "", err
			}
			if found {
				return res, nil
			}
		}
	}
	return "", &resolveError{code: "ERR_PACKAGE_IMPORT_NOT_DEFINED", ctor: "TypeError", msg: `Package import specifier "` + name + `" is not defined` + in + " imported from " + base}
}

// parsePackageName splits a bare specifier into its package name and
// subpath ("." or "./x"), refusing names node refuses.
func parsePackageName(spec, base string) (name, subpath string, err error) {
	sep := strings.IndexByte(spec, '/')
	valid := true
	if strings.HasPrefix(spec, "@") {
		if sep < 0 {
			valid = false
		} else if j := strings.IndexByte(spec[sep+1:], '/'); j >= 0 {
			sep = sep + 1 + j
		} else {
			sep = -1
		}
	}
	name = spec
	if sep >= 0 {
		name = spec[:sep]
	}
	if strings.HasPrefix(name, ".") || strings.ContainsAny(name, "%\\") {
		valid = false
	}
	if !valid {
		return "", "", &resolveError{code: "ERR_INVALID_MODULE_SPECIFIER", ctor: "TypeError", msg: `Invalid module "` + spec + `" is not a valid package name imported from ` + base}
	}
	subpath = "."
	if sep >= 0 {
		subpath = "." + spec[sep:]
	}
	return name, subpath, nil
}

// esmPackageResolve is PACKAGE_RESOLVE: a bare specifier imported from the
// file base, through the package's own name, then node_modules folders.
func (l *cjsLoader) esmPackageResolve(spec, base string, conds map[string]bool) (string, error) {
	if l.r.IsCoreModule(spec) && !strings.HasPrefix(spec, "internal/") {
		return "node:" + spec, nil
	}
	name, subpath, err := parsePackageName(spec, base)
	if err != nil {
		return "", err
	}
	if pkg, ok := l.packageScope(filepath.Dir(base)); ok && pkg.Exports != nil && pkg.Name == name {
		c := &pkgTargets{l: l, pjson: pkg.path, base: base, baseURL: true, conds: conds}
		return c.exportsResolve(subpath, pkg.Exports)
	}
	for dir := filepath.Dir(base); ; {
		pkgDir := filepath.Join(dir, "node_modules", name)
		if st, err := os.Stat(pkgDir); err == nil && st.IsDir() {
			pkg, _ := l.readPackageJSON(pkgDir)
			if pkg != nil && pkg.Exports != nil {
				c := &pkgTargets{l: l, pjson: pkg.path, base: base, baseURL: true, conds: conds}
				return c.exportsResolve(subpath, pkg.Exports)
			}
			if subpath == "." {
				return l.legacyMainResolve(pkgDir, pkg, base)
			}
			return filepath.Join(pkgDir, filepath.FromSlash(subpath)), nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	return "", &resolveError{code: "ERR_MODULE_NOT_FOUND", msg: "Cannot find package '" + name + "' imported from " + base}
}

// legacyMainResolve finds a package's entry from "main" and index files,
// as import does for packages without "exports".
func (l *cjsLoader) legacyMainResolve(pkgDir string, pkg *packageJSON, base string) (string, error) {
	var tries []string
	if pkg != nil && pkg.Main != "" {
		m := filepath.Join(pkgDir, pkg.Main)
		tries = append(tries, m, m+".js", m+".json", m+".node", filepath.Join(m, "index.js"), filepath.Join(m, "index.json"), filepath.Join(m, "index.node"))
	}
	tries = append(tries, filepath.Join(pkgDir, "index.js"), filepath.Join(pkgDir, "index.json"), filepath.Join(pkgDir, "index.node"))
	for _, f := range tries {
		if isFile(f) {
			return f, nil
		}
	}
	missing := pkgDir + string(filepath.Separator)
	if pkg != nil && pkg.Main != "" {
		missing = filepath.Join(pkgDir, pkg.Main)
	}
	return "", &resolveError{code: "ERR_MODULE_NOT_FOUND", msg: "Cannot find package '" + missing + "' imported from " + base}
}

func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}
