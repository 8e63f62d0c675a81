package runtime

import (
	"strconv"
	"strings"
)

// This file finds the names a CommonJS module exports, without running it,
// the way node decides which named imports an ES module may take from a
// CommonJS one. It follows the frozen detection rules of node's
// cjs-module-lexer: `exports.a =`, `exports['a'] =`, `module.exports.a =`,
// Object.defineProperty(exports, 'a', {value | enumerable getter}),
// `module.exports = { a, b: c, 'd': e, ...f }` (anywhere, so that the
// `0 && (module.exports = {...})` annotation esbuild prints is found), and
// the re-exports `module.exports = require('x')`, `...require('x')` in that
// literal, and top-level `__exportStar(require('x'))` and Babel's
// `Object.keys(_x).forEach(...)` over `var _x = require('x')`.

// cjsExports is what the lexer found in one module.
type cjsExports struct {
	names     []string // in the order found, without duplicates
	reexports []string // specifiers whose exports are re-exported
}

type lexTok struct {
	kind  byte // 'i', 's', 'p' as in jsToken
	text  string
	value string // a string literal's value
	depth int
	after byte // the source byte right after the token, 0 at the end
}

// jsStringValue is the value of a string literal token.
func jsStringValue(text string) string {
	if len(text) < 2 {
		return ""
	}
	body := text[1 : len(text)-1]
	if !strings.ContainsRune(body, '\\') {
		return body
	}
	if text[0] == '\'' {
		body = strings.ReplaceAll(strings.ReplaceAll(body, `\'`, `'`), `"`, `\"`)
	}
	if s, err := strconv.Unquote(`"` + body + `"`); err == nil {
		return s
	}
	return body
}

// lexCJS runs the export detection over src.
func lexCJS(src string) *cjsExports {
	var toks []lexTok
	scanJS(src, func(t jsToken) bool {
		lt := lexTok{kind: t.kind, text: src[t.start:t.end], depth: t.depth}
		if t.end < len(src) {
			lt.after = src[t.end]
		}
		if t.kind == 's' {
			lt.value = jsStringValue(lt.text)
		}
		toks = append(toks, lt)
		return true
	})
	out := &cjsExports{}
	seen := map[string]bool{}
	add := func(name string) {
		if !seen[name] {
			seen[name] = true
			out.names = append(out.names, name)
		}
	}
	var literalReexports []string // of the last module.exports = assignment
	starReexports := []string{}
	requireVars := map[string]string{} // top-level `var _x = require('x')`
	at := func(i int) lexTok {
		if i >= 0 && i < len(toks) {
			return toks[i]
		}
		return lexTok{}
	}
	is := func(i int, kind byte, text string) bool {
		t := at(i)
		return t.kind == kind && t.text == text
	}
	// requireAt matches require ( STRING ) at i and returns the specifier.
	requireAt := func(i int) (string, bool) {
		if is(i, 'i', "require") && is(i+1, 'p', "(") && at(i+2).kind == 's' && is(i+3, 'p', ")") {
			return at(i + 2).value, true
		}
		return "", false
	}
	// assignAt reports a lone `=` at i (not ==, =>).
	assignAt := func(i int) bool {
		return is(i, 'p', "=") && !is(i+1, 'p', "=") && !is(i+1, 'p', ">")
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind != 'i' || is(i-1, 'p', ".") {
			continue
		}
		switch t.text {
		case "module":
			if !(is(i+1, 'p', ".") && is(i+2, 'i', "exports")) {
				continue
			}
			j := i + 3
			if is(j, 'p', ".") || is(j, 'p', "[") {
				if name, ok := memberAssign(toks, j, assignAt); ok {
					add(name)
				}
				continue
			}
			if !assignAt(j) {
				continue
			}
			if spec, ok := requireAt(j + 1); ok {
				literalReexports = []string{spec}
				continue
			}
			if is(j+1, 'p', "{") {
				literalReexports = lexObjectLiteral(toks, j+2, add, requireAt)
			}
		case "exports":
			if name, ok := memberAssign(toks, i+1, assignAt); ok {
				add(name)
			}
		case "Object":
			if is(i+1, 'p', ".") && is(i+2, 'i', "defineProperty") && is(i+3, 'p', "(") {
				if name, ok := defineExport(toks, i+4); ok {
					add(name)
				}
			}
			if t.depth == 0 && is(i+1, 'p', ".") && is(i+2, 'i', "keys") && is(i+3, 'p', "(") && at(i+4).kind == 'i' && is(i+5, 'p', ")") &&
				is(i+6, 'p', ".") && is(i+7, 'i', "forEach") && is(i+8, 'p', "(") && is(i+9, 'i', "function") {
				if spec, ok := requireVars[at(i+4).text]; ok {
					starReexports = append(starReexports, spec)
				}
			}
		case "__export", "__exportStar":
			if t.depth == 0 && is(i+1, 'p', "(") {
				if spec, ok := requireAt(i + 2); ok {
					starReexports = append(starReexports, spec)
				}
			}
		case "var", "let", "const":
			if t.depth == 0 && at(i+1).kind == 'i' && assignAt(i+2) {
				if spec, ok := requireAt(i + 3); ok {
					requireVars[at(i+1).text] = spec
				}
			}
		}
	}
	// tslib.__exportStar(require('x'), exports) is found through its
	// member name too.
	for i := 1; i < len(toks); i++ {
		if is(i-1, 'p', ".") && (toks[i].text == "__exportStar" || toks[i].text == "__export") && toks[i].depth == 0 && is(i+1, 'p', "(") {
			if spec, ok := requireAt(i + 2); ok {
				starReexports = append(starReexports, spec)
			}
		}
	}
	out.reexports = append(literalReexports, starReexports...)
	return out
}

// memberAssign matches `.name =` or `['name'] =` at i.
func memberAssign(toks []lexTok, i int, assignAt func(int) bool) (string, bool) {
	if i+2 >= len(toks) {
		return "", false
	}
	if toks[i].kind == 'p' && toks[i].text == "." && toks[i+1].kind == 'i' && assignAt(i+2) {
		return toks[i+1].text, true
	}
	if i+3 < len(toks) && toks[i].kind == 'p' && toks[i].text == "[" && toks[i+1].kind == 's' &&
		toks[i+2].kind == 'p' && toks[i+2].text == "]" && assignAt(i+3) {
		return toks[i+1].value, true
	}
	return "", false
}

// defineExport matches the arguments of Object.defineProperty(exports,
// 'name', { value: ... }) or ({ enumerable: true, get ... return a.b }).
func defineExport(toks []lexTok, i int) (string, bool) {
	tok := func(j int) lexTok {
		if j >= 0 && j < len(toks) {
			return toks[j]
		}
		return lexTok{}
	}
	is := func(j int, text string) bool { return tok(j).text == text && tok(j).kind != 's' }
	j := i
	if is(j, "module") && is(j+1, ".") && is(j+2, "exports") {
		j += 3
	} else if is(j, "exports") {
		j++
	} else {
		return "", false
	}
	if !is(j, ",") || tok(j+1).kind != 's' || !is(j+2, ",") || !is(j+3, "{") {
		return "", false
	}
	name := tok(j + 1).value
	j += 4
	if is(j, "value") && is(j+1, ":") {
		return name, true
	}
	if !(is(j, "enumerable") && is(j+1, ":") && is(j+2, "true") && is(j+3, ",")) {
		return "", false
	}
	j += 4
	if is(j, "value") && is(j+1, ":") {
		return name, true
	}
	if !is(j, "get") {
		return "", false
	}
	j++
	if is(j, ":") && is(j+1, "function") {
		j += 2
		if tok(j).kind == 'i' && !is(j, "(") {
			j++
		}
	}
	if !(is(j, "(") && is(j+1, ")") && is(j+2, "{") && is(j+3, "return") && tok(j+4).kind == 'i') {
		return "", false
	}
	j += 5
	if is(j, ".") && tok(j+1).kind == 'i' {
		j += 2
	} else if is(j, "[") && tok(j+1).kind == 's' && is(j+2, "]") {
		j += 3
	}
	if is(j, ";") {
		j++
	}
	if !is(j, "}") {
		return "", false
	}
	return name, true
}

// lexObjectLiteral reads the properties of `module.exports = {` from i,
// adding names until a property it cannot read, and returns the
// specifiers of spread require() calls.
func lexObjectLiteral(toks []lexTok, i int, add func(string), requireAt func(int) (string, bool)) []string {
	reexports := []string{}
	tok := func(j int) lexTok {
		if j >= 0 && j < len(toks) {
			return toks[j]
		}
		return lexTok{}
	}
	punct := func(j int, text string) bool { return tok(j).kind == 'p' && tok(j).text == text }
	for i < len(toks) {
		switch {
		case punct(i, "}"):
			return reexports
		case punct(i, ".") && punct(i+1, ".") && punct(i+2, "."):
			if spec, ok := requireAt(i + 3); ok {
				reexports = append(reexports, spec)
				i += 7
			} else if tok(i+3).kind == 'i' {
				i += 4
			} else {
				return reexports
			}
		case (tok(i).kind == 'i' || tok(i).kind == 's') && punct(i+1, ":"):
			// A property with a value: node's lexer takes the name when the
			// value starts with an identifier, then goes on only if a comma
			// or the closing brace comes right after that identifier.
			if tok(i+2).kind != 'i' {
				return reexports
			}
			if tok(i).kind == 's' {
				add(tok(i).value)
			} else {
				add(tok(i).text)
			}
			if c := tok(i + 2).after; c != ',' && c != '}' {
				return reexports
			}
			i += 3
		case tok(i).kind == 'i' && (punct(i+1, ",") || punct(i+1, "}")):
			add(tok(i).text)
			i++
		default:
			return reexports
		}
		if punct(i, ",") {
			i++
		}
	}
	return reexports
}
