package runtime

import (
	"path/filepath"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// This file is the link check of the ES module loader: before any module
// of a graph runs, every name a module imports must be one its dependency
// exports, else node's SyntaxError. An ES module exports the names of its
// export clause and of its `export * from` modules; a CommonJS module the
// names the lexer of cjs_lexer.go finds, with "default" always.

// asPattern is what node rewrites to ": " when it turns an import clause
// into a destructuring pattern in its hint.
var asPattern = lazyRegexp(`\s+as\s+`)

// importRef is one name an ES module imports from a specifier.
type importRef struct {
	Spec string `json:"s"`
	Name string `json:"n"`
	Line string `json:"l"` // the source line naming it, for node's hint
	Row  int    `json:"r"` // its line and column, 1-based
	Col  int    `json:"c"`
}

// scanModuleSyntax finds the named imports, the `export * from`
// specifiers and the type attributes of an ES module's top level.
func scanModuleSyntax(src string) (refs []importRef, stars []string, attrs map[string]string) {
	attrs = map[string]string{}
	type tok struct {
		jsToken
		text string
	}
	var toks []tok
	scanJS(src, func(t jsToken) bool {
		toks = append(toks, tok{t, src[t.start:t.end]})
		return true
	})
	at := func(i int) tok {
		if i >= 0 && i < len(toks) {
			return toks[i]
		}
		return tok{}
	}
	is := func(i int, kind byte, text string) bool { t := at(i); return t.kind == kind && t.text == text }
	lineOf := func(pos int) string {
		start := strings.LastIndexByte(src[:pos], '\n') + 1
		end := strings.IndexByte(src[pos:], '\n')
		if end < 0 {
			return src[start:]
		}
		return strings.TrimSuffix(src[start:pos+end], "\r")
	}
	type nameAt struct {
		name string
		pos  int
	}
	ref := func(spec string, n nameAt) importRef {
		row := 1 + strings.Count(src[:n.pos], "\n")
		col := n.pos - strings.LastIndexByte(src[:n.pos], '\n')
		return importRef{Spec: spec, Name: n.name, Line: lineOf(n.pos), Row: row, Col: col}
	}
	// braceNames reads `{ a, b as c, "d" as e }` from i (at "{"), returning
	// the first word of each item and the index after "}".
	braceNames := func(i int) ([]nameAt, int) {
		var out []nameAt
		i++
		first := true
		for i < len(toks) && !is(i, 'p', "}") {
			t := at(i)
			switch {
			case t.kind == 'p' && t.text == ",":
				first = true
			case first && (t.kind == 'i' || t.kind == 's'):
				name := t.text
				if t.kind == 's' {
					name = jsStringValue(t.text)
				}
				out = append(out, nameAt{name, t.start})
				first = false
			}
			i++
		}
		return out, i + 1
	}
	// attrAt reads `with { type: 'json' }` (or assert) after the
	// specifier of spec at i.
	attrAt := func(i int, spec string) {
		if !(is(i, 'i', "with") || is(i, 'i', "assert")) || !is(i+1, 'p', "{") {
			return
		}
		for j := i + 2; j < len(toks) && !is(j, 'p', "}"); j++ {
			if (is(j, 'i', "type") || is(j, 's', `"type"`) || is(j, 's', "'type'")) && is(j+1, 'p', ":") && at(j+2).kind == 's' {
				attrs[spec] = jsStringValue(at(j + 2).text)
			}
		}
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind != 'i' || t.depth != 0 || is(i-1, 'p', ".") {
			continue
		}
		if t.text == "import" && at(i+1).kind == 's' {
			attrAt(i+2, jsStringValue(at(i+1).text))
			continue
		}
		switch t.text {
		case "import":
			j := i + 1
			var names []nameAt
			if at(j).kind == 'i' && !is(j, 'i', "from") || is(j, 'i', "from") && is(j+1, 'i', "from") {
				names = append(names, nameAt{"default", at(j).start})
				j++
				if is(j, 'p', ",") {
					j++
				}
			}
			if is(j, 'p', "*") {
				j += 3
			} else if is(j, 'p', "{") {
				var more []nameAt
				more, j = braceNames(j)
				names = append(names, more...)
			}
			if is(j, 'i', "from") && at(j+1).kind == 's' {
				spec := jsStringValue(at(j + 1).text)
				attrAt(j+2, spec)
				for _, n := range names {
					refs = append(refs, ref(spec, n))
				}
			}
		case "export":
			if is(i+1, 'p', "*") && is(i+2, 'i', "from") && at(i+3).kind == 's' {
				stars = append(stars, jsStringValue(at(i+3).text))
				attrAt(i+4, jsStringValue(at(i+3).text))
			} else if is(i+1, 'p', "{") {
				names, j := braceNames(i + 1)
				if is(j, 'i', "from") && at(j+1).kind == 's' {
					spec := jsStringValue(at(j + 1).text)
					attrAt(j+2, spec)
					for _, n := range names {
						refs = append(refs, ref(spec, n))
					}
				}
			}
		}
	}
	return refs, stars, attrs
}

// checkImports runs the link check over the graph under the ES module
// filename, whose transformed code is code, once per module.
func (l *cjsLoader) checkImports(filename string, code *esmCode) {
	if l.linked[filename] {
		return
	}
	l.linked[filename] = true
	defer l.beginLink()()
	top := !l.link.checking
	if top {
		l.link.checking = true
		defer func() { l.link.checking = false }()
	}
	ok := false
	defer func() {
		if !ok {
			// A failed check fails again on the next import, as in node.
			delete(l.linked, filename)
		}
	}()
	for _, ref := range code.Imports {
		target, err := l.linkResolve(ref.Spec, filename)
		if err != nil {
			continue // reported when the module links its dependencies
		}
		names, cjs := l.linkExportNames(target)
		if names[ref.Name] {
			continue
		}
		if cjs {
			msg := "Named export '" + ref.Name + "' not found. The requested module '" + ref.Spec +
				"' is a CommonJS module, which may not support all module.exports as named exports.\n" +
				"CommonJS modules can always be imported via the default export, for example using:\n\n" +
				"import pkg from '" + ref.Spec + "';\n"
			if i, j := strings.IndexByte(ref.Line, '{'), strings.LastIndexByte(ref.Line, '}'); i >= 0 && j > i {
				msg += "const " + asPattern().ReplaceAllString(ref.Line[i:j+1], ": ") + " = pkg;\n"
			}
			panic(l.linkError(filename, ref, msg))
		}
		panic(l.linkError(filename, ref, "The requested module '"+ref.Spec+"' does not provide an export named '"+ref.Name+"'"))
	}
	for _, ref := range code.Imports {
		if target, err := l.linkResolve(ref.Spec, filename); err == nil && !strings.HasPrefix(target, "node:") && l.formatOf(target) == "esm" && l.esm[target] == nil {
			if dep, err := l.linkCodeOf(target); err == nil {
				l.checkImports(target, dep)
			}
		}
	}
	ok = true
	if top {
		l.fetchGraph(filename, code)
	}
}

// linkError is the SyntaxError of a failed link check, its stack naming
// the import's place.
func (l *cjsLoader) linkError(filename string, ref importRef, msg string) *goja.Object {
	e := l.r.NodeError("SyntaxError", "", msg)
	if ref.Row > 0 {
		e.Set("stack", "SyntaxError: "+msg+"\n    at "+fileURL(filename)+":"+strconv.Itoa(ref.Row)+":"+strconv.Itoa(ref.Col))
	}
	return e
}

// esmCodeOf transforms the ES module file (from the transform cache when
// it was seen before).
func (l *cjsLoader) esmCodeOf(filename string) (*esmCode, error) {
	data, err := l.r.readFileChecked(filename, "import")
	if err != nil {
		return nil, err
	}
	return l.r.transformESM(filename, string(data))
}

// exportNames is the set of names the module target exports, and whether
// it is a CommonJS module.
func (l *cjsLoader) exportNames(target string, seen map[string]bool) (map[string]bool, bool) {
	names := map[string]bool{"default": true}
	if strings.HasPrefix(target, "node:") {
		if obj, ok := l.r.RequireCore(target).(*goja.Object); ok {
			for _, k := range obj.Keys() {
				names[k] = true
			}
		}
		return names, false
	}
	switch l.formatOf(target) {
	case "json":
		return names, false
	case "esm":
	default:
		for _, n := range l.cjsExportNames(target) {
			names[n] = true
		}
		return names, true
	}
	if seen[target] {
		return names, false
	}
	seen[target] = true
	code, err := l.linkCodeOf(target)
	if err != nil {
		return names, false
	}
	delete(names, "default")
	for _, n := range code.Exports {
		names[n] = true
	}
	for _, spec := range code.Stars {
		t, err := l.linkResolve(spec, target)
		if err != nil {
			continue
		}
		sub, _ := l.exportNames(t, seen)
		for n := range sub {
			if n != "default" {
				names[n] = true
			}
		}
	}
	return names, false
}

// cjsExportNames is the names the CommonJS module filename exports as
// node's lexer finds them, following its re-exports.
func (l *cjsLoader) cjsExportNames(filename string) []string {
	if names, ok := l.cjsNames[filename]; ok {
		return names
	}
	l.cjsNames[filename] = nil // for cycles
	src, ok := l.sources[filename]
	if !ok {
		data, err := l.r.readFileChecked(filename, "import")
		if err != nil {
			l.cjsNames[filename] = []string{}
			return []string{}
		}
		src = string(data)
	}
	if isTypeScript(filename) {
		if code, _, err := wrapCJS(filename, stripShebang(src)); err == nil {
			src = code
		}
	}
	found := lexCJS(stripShebang(src))
	names := append([]string{}, found.names...)
	have := map[string]bool{}
	for _, n := range names {
		have[n] = true
	}
	for _, spec := range found.reexports {
		f, err := l.resolveCJS(spec, filename, nil, true)
		if err != nil || strings.HasPrefix(f, "node:") {
			continue
		}
		switch filepath.Ext(f) {
		case ".json", ".node":
			continue
		}
		for _, n := range l.cjsExportNames(f) {
			if !have[n] {
				have[n] = true
				names = append(names, n)
			}
		}
	}
	l.cjsNames[filename] = names
	return names
}
