package runtime

import (
	"strings"
)

// This file is node's module syntax detection: a .js (or extensionless)
// file whose package does not set "type" runs as an ES module when it does
// not compile as CommonJS and uses ES module syntax (import and export
// declarations, import.meta, top-level await).

// detectModule reports whether filename is an ES module by its syntax,
// once per file.
func (l *cjsLoader) detectModule(filename string) bool {
	if v, ok := l.detected[filename]; ok {
		return v
	}
	src, ok := l.sources[filename]
	if !ok {
		data, err := l.r.readFileChecked(filename, "require")
		if err != nil {
			return false
		}
		src = string(data)
		l.detectedSrc = namedSource{filename, src}
	}
	src = stripShebang(src)
	esm := false
	if decl, await := hasModuleSyntax(src); decl || await {
		// Not CommonJS even once lowered: goja lacks some syntax
		// (for await) that a CommonJS file may use.
		_, err := l.r.compileCJS(filename, src)
		esm = err != nil
		if esm && !decl {
			// Only await: an ES module if it compiles as one.
			_, err := l.r.transformESM(filename, src)
			esm = err == nil
		}
	}
	l.detected[filename] = esm
	return esm
}

// sourceIsModule is detectModule for source given as a string (-e,
// standard input, RunSource): module syntax, and not CommonJS.
func (l *cjsLoader) sourceIsModule(name, src string) bool {
	src = stripShebang(src)
	decl, await := hasModuleSyntax(src)
	if !decl && !await {
		return false
	}
	if _, err := l.r.compileCJS(name, src); err == nil {
		return false
	}
	_, err := l.r.transformESM(name, src)
	return err == nil
}

// hasModuleSyntax reports whether src has an import or export declaration
// or uses import.meta (decl), and whether it uses await outside braces and
// member names (which may be a top-level await).
func hasModuleSyntax(src string) (decl, await bool) {
	found := false
	var prev, prev2 jsToken
	var prevText string
	braces := 0 // open { }: an await inside a function body is never top-level
	scanJS(src, func(t jsToken) bool {
		text := src[t.start:t.end]
		if t.kind == 'p' && text == "{" {
			braces++
		} else if t.kind == 'p' && text == "}" {
			braces--
		}
		afterDot := prev.kind == 'p' && prevText == "."
		switch {
		case prev.kind == 'i' && prevText == "import" && prev.depth == 0 && !(prev2.kind == 'p' && src[prev2.start:prev2.end] == "."):
			// import x / import { / import * / import "x"
			found = t.kind == 'i' || t.kind == 's' || text == "{" || text == "*"
		case prev.kind == 'i' && prevText == "export" && prev.depth == 0 && !(prev2.kind == 'p' && src[prev2.start:prev2.end] == "."):
			found = t.kind == 'i' || text == "{" || text == "*"
		case t.kind == 'i' && text == "meta" && afterDot && prev2.kind == 'i' && src[prev2.start:prev2.end] == "import":
			found = true
		case t.kind == 'i' && text == "await" && !afterDot && braces == 0:
			await = true
		}
		prev2, prev, prevText = prev, t, text
		return !found
	})
	return found, await
}

// moduleSyntaxError is V8's SyntaxError for ES module syntax in a file
// compiled as CommonJS, and its line, or "" when src has none.
func moduleSyntaxError(src string) (msg string, line int) {
	var prev jsToken
	var prevText string
	scanJS(src, func(t jsToken) bool {
		text := src[t.start:t.end]
		if prev.kind == 'i' && prev.depth == 0 && (prevText == "import" || prevText == "export") {
			switch {
			case prevText == "import" && (t.kind == 'i' || t.kind == 's' || text == "{" || text == "*"):
				msg = "Cannot use import statement outside a module"
			case prevText == "export" && (t.kind == 'i' || text == "{" || text == "*"):
				msg = "Unexpected token 'export'"
			case prevText == "import" && text == ".":
				msg = "Cannot use 'import.meta' outside a module"
			}
			if msg != "" {
				line = 1 + strings.Count(src[:prev.start], "\n")
				return false
			}
		}
		prev, prevText = t, text
		return true
	})
	return msg, line
}
