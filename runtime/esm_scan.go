package runtime

import (
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
)

// This file is a small JavaScript scanner, run over esbuild's output (always
// well-formed JavaScript), that finds the few constructs goja cannot parse
// and the loader rewrites: dynamic import(), and the top-level export
// clause esbuild's bundler prints at the end of an ES module.

// jsToken is one significant token: an identifier or keyword, a string
// literal, or a punctuator; other literals are skipped.
type jsToken struct {
	kind  byte // 'i' identifier/keyword, 's' string, 'p' punctuator
	start int
	end   int
	depth int // nesting of (), [], {} and template substitutions
}

// scanJS calls visit for each significant token of src. visit returns
// false to stop.
func scanJS(src string, visit func(t jsToken) bool) {
	depth := 0
	var templateDepths []int // depth at which each open ${ began
	regexOK := true          // whether a '/' here starts a regular expression
	i, n := 0, len(src)
	for i < n {
		c := src[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == '/' && i+1 < n && src[i+1] == '/':
			for i < n && src[i] != '\n' {
				i++
			}
		case c == '/' && i+1 < n && src[i+1] == '*':
			end := strings.Index(src[i+2:], "*/")
			if end < 0 {
				return
			}
			i += end + 4
		case c == '\'' || c == '"':
			start := i
			i++
			for i < n && src[i] != c {
				if src[i] == '\\' {
					i++
				}
				i++
			}
			i++
			if !visit(jsToken{'s', start, i, depth}) {
				return
			}
			regexOK = false
		case c == '`' || (c == '}' && len(templateDepths) > 0 && templateDepths[len(templateDepths)-1] == depth):
			if c == '}' {
				templateDepths = templateDepths[:len(templateDepths)-1]
				depth--
			}
			i++
			for i < n && src[i] != '`' {
				if src[i] == '\\' {
					i += 2
					continue
				}
				if src[i] == '$' && i+1 < n && src[i+1] == '{' {
					break
				}
				i++
			}
			if i < n && src[i] == '$' {
				i += 2
				depth++
				templateDepths = append(templateDepths, depth)
				regexOK = true
			} else {
				i++
				regexOK = false
			}
		case c == '/' && regexOK:
			i++
			inClass := false
			for i < n && src[i] != '\n' {
				if src[i] == '\\' {
					i += 2
					continue
				}
				if src[i] == '[' {
					inClass = true
				} else if src[i] == ']' {
					inClass = false
				} else if src[i] == '/' && !inClass {
					break
				}
				i++
			}
			i++
			for i < n && isIdentPart(src[i]) {
				i++
			}
			regexOK = false
		case isIdentStart(c):
			start := i
			for i < n && isIdentPart(src[i]) {
				i++
			}
			word := src[start:i]
			if !visit(jsToken{'i', start, i, depth}) {
				return
			}
			regexOK = keywordBeforeExpression[word]
		case c >= '0' && c <= '9' || (c == '.' && i+1 < n && src[i+1] >= '0' && src[i+1] <= '9'):
			for i < n && (isIdentPart(src[i]) || src[i] == '.' ||
				((src[i] == '+' || src[i] == '-') && (src[i-1] == 'e' || src[i-1] == 'E') && !strings.HasPrefix(src[start0(src, i):i], "0x"))) {
				i++
			}
			regexOK = false
		default:
			start := i
			i++
			switch c {
			case '(', '[', '{':
				if !visit(jsToken{'p', start, i, depth}) {
					return
				}
				depth++
				regexOK = true
				continue
			case ')', ']', '}':
				// After ) or ] a slash divides; after } (a block's end, in
				// practice) it starts a regular expression.
				depth--
				regexOK = c == '}'
			default:
				regexOK = true
				if (c == '+' || c == '-') && i < n && src[i] == c {
					i++ // ++ and -- keep the previous operand's state
					regexOK = false
				}
			}
			if !visit(jsToken{'p', start, i, depth}) {
				return
			}
		}
	}
}

// start0 finds the start of the numeric literal that contains position i.
func start0(src string, i int) int {
	for i > 0 && (isIdentPart(src[i-1]) || src[i-1] == '.') {
		i--
	}
	return i
}

var keywordBeforeExpression = map[string]bool{
	"return": true, "typeof": true, "instanceof": true, "in": true, "of": true, "new": true,
	"delete": true, "void": true, "throw": true, "case": true, "do": true, "else": true,
	"yield": true, "await": true, "extends": true,
}

func isIdentStart(c byte) bool {
	return c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 || c == '\\' || c == '#'
}

func isIdentPart(c byte) bool { return isIdentStart(c) || c >= '0' && c <= '9' }

// dynamicImportName replaces import() in rewritten code.
const dynamicImportName = "__jsproc_import"

// rewriteDynamicImport replaces every import( call in src with
// __jsproc_import( and reports whether there was any.
func rewriteDynamicImport(src string) (string, bool) {
	var b strings.Builder
	last := 0
	prevDot := false
	var pending int = -1
	scanJS(src, func(t jsToken) bool {
		if pending >= 0 {
			if t.kind == 'p' && src[t.start] == '(' {
				b.WriteString(src[last:pending])
				b.WriteString(dynamicImportName)
				last = pending + len("import")
			}
			pending = -1
		}
		if t.kind == 'i' && !prevDot && src[t.start:t.end] == "import" {
			pending = t.start
		}
		prevDot = t.kind == 'p' && src[t.start] == '.'
		return true
	})
	if last == 0 {
		return src, false
	}
	b.WriteString(src[last:])
	return b.String(), true
}

// exportBinding is one name of an export clause: exported as Name, bound
// to the local variable Local.
type exportBinding struct {
	Name  string
	Local string
}

// cutExportClauses removes the top-level `export { a, b as c };` clauses
// esbuild's bundler emits and returns the code without them and their
// bindings.
func cutExportClauses(src string) (string, []exportBinding) {
	var out []exportBinding
	type span struct{ start, end int }
	var cuts []span
	state := 0 // 0 idle, 1 after export, 2 in clause
	var clauseStart int
	var names []string
	scanJS(src, func(t jsToken) bool {
		text := src[t.start:t.end]
		switch state {
		case 0:
			if t.kind == 'i' && t.depth == 0 && text == "export" {
				state, clauseStart, names = 1, t.start, nil
			}
		case 1:
			if t.kind == 'p' && text == "{" {
				state = 2
			} else {
				state = 0
			}
		case 2:
			switch {
			case t.kind == 'p' && text == "}":
				end := t.end
				if rest := strings.TrimLeft(src[end:], " \t"); strings.HasPrefix(rest, ";") {
					end = len(src) - len(rest) + 1
				}
				cuts = append(cuts, span{clauseStart, end})
				out = append(out, clauseBindings(names)...)
				state = 0
			case t.kind == 'p' && text == ",":
				names = append(names, ",")
			case t.kind == 's':
				s, err := strconv.Unquote(strings.ReplaceAll(text, "'", "\""))
				if err != nil {
					s = text[1 : len(text)-1]
				}
				names = append(names, s)
			default:
				names = append(names, text)
			}
		}
		return true
	})
	if len(cuts) == 0 {
		return src, nil
	}
	var b strings.Builder
	last := 0
	for _, c := range cuts {
		b.WriteString(src[last:c.start])
		// Keep the line count so source map lines stay right.
		b.WriteString(strings.Repeat("\n", strings.Count(src[c.start:c.end], "\n")))
		last = c.end
	}
	b.WriteString(src[last:])
	return b.String(), out
}

// clauseBindings parses the words of an export clause: "a , b as c".
func clauseBindings(words []string) []exportBinding {
	var out []exportBinding
	var cur []string
	flush := func() {
		switch {
		case len(cur) == 1:
			out = append(out, exportBinding{Name: cur[0], Local: cur[0]})
		case len(cur) == 3 && cur[1] == "as":
			out = append(out, exportBinding{Name: cur[2], Local: cur[0]})
		}
		cur = nil
	}
	for _, w := range words {
		if w == "," {
			flush()
			continue
		}
		cur = append(cur, w)
	}
	flush()
	return out
}

// fileURL is the file: URL of an absolute path, percent-encoded as node's
// pathToFileURL does. The module node makes of -e or standard input code,
// "[eval1]", keeps its brackets, as in node.
func fileURL(p string) string {
	if filepath.Base(p) == "[eval1]" {
		return fileURL(filepath.Dir(p)) + "/[eval1]"
	}
	var b strings.Builder
	b.WriteString("file://")
	const hex = "0123456789ABCDEF"
	for _, c := range []byte(filepath.ToSlash(p)) {
		if c <= ' ' || c >= 0x7f || strings.IndexByte("\"#%<>?[\\]^`{|}~", c) >= 0 {
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// fileURLToPath is the path of a file: URL.
func fileURLToPath(s string) (string, error) {
	u, err := url.Parse(s)
	if err != nil || u.Scheme != "file" {
		return "", &resolveError{code: "ERR_INVALID_URL", ctor: "TypeError", msg: "Invalid URL"}
	}
	return filepath.FromSlash(u.Path), nil
}
