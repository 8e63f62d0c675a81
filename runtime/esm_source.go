package runtime

import (
	"errors"
	"strings"

	"github.com/dop251/goja"
)

// SourceModule is an ES module compiled for a binding that links and
// evaluates modules itself, as node's vm.SourceTextModule does, rather
// than through the loader (which evaluates a module as soon as it is
// loaded).
//
// Code is a generator function expression taking (dep, meta, import, ns,
// asyncGen): dep(specifier) returns the namespace of a linked dependency,
// meta is import.meta, import(specifier, options) is import(), ns(getters)
// receives the module's own exports as an object of getter functions, and
// asyncGen is the async generator helper (see UsesAsyncGenerators). The
// generator's first step declares the module's bindings (var and function
// declarations initialized, let, const and class ones not yet) and hands
// ns its getters, without running any of the body; its second step runs
// the body. For an Async module the second step returns the promise of
// the body, which runs on from its first await.
type SourceModule struct {
	Code string
	// Requests are the module's static import specifiers, each once, in
	// the order the body evaluates them.
	Requests []string
	// Imports are the names the module imports, for the link check.
	Imports []SourceModuleImport
	// Exports are the names of the module's own export clauses, and Stars
	// the specifiers of its `export * from` declarations.
	Exports []string
	Stars   []string
	// Lexical are the exports bound to let, const and class declarations
	// and to export default expressions. The code declares them with var:
	// a binding that is uninitialized until the body runs reads as
	// undefined, not as a ReferenceError.
	Lexical []string
	// Async is set when the body uses top-level await.
	Async bool
	// UsesMeta and UsesImport tell whether the body reads import.meta and
	// calls import().
	UsesMeta, UsesImport bool
	// UsesAsyncGenerators tells whether the body needs the async
	// generator helper, which only the main runtime has
	// (Runtime.AsyncGeneratorHelper).
	UsesAsyncGenerators bool
}

// SourceModuleImport is one name a module imports from a specifier.
type SourceModuleImport struct {
	Specifier, Name string
}

// ModuleSyntaxError is a syntax error in a module's source: its message,
// and its 1-based line and 0-based column when known.
type ModuleSyntaxError struct {
	Message      string
	Line, Column int
}

func (e *ModuleSyntaxError) Error() string { return e.Message }

// CompileSourceModule compiles src, the source of the module named
// filename, into a SourceModule. A syntax error is a *ModuleSyntaxError.
// Safe from any goroutine.
func CompileSourceModule(filename, src string) (*SourceModule, error) {
	code, err := esmCodeFor(filename, src)
	if err != nil {
		var se *esbuildSyntaxError
		if errors.As(err, &se) {
			return nil, &ModuleSyntaxError{Message: se.Text, Line: se.Line, Column: se.Column}
		}
		return nil, err
	}
	gen, err := generatorCode(code)
	if err != nil {
		return nil, err
	}
	m := &SourceModule{Code: gen, Requests: code.Deps, Exports: code.Exports, Stars: code.Stars, Async: code.TLA,
		UsesMeta: usesParam(code.Code, "__jsproc_meta"), UsesImport: usesParam(code.Code, dynamicImportName),
		UsesAsyncGenerators: strings.Contains(code.Code, asyncGenName+"."), Lexical: lexicalExports(src)}
	for _, ref := range code.Imports {
		m.Imports = append(m.Imports, SourceModuleImport{Specifier: ref.Spec, Name: ref.Name})
	}
	return m, nil
}

// AsyncGeneratorHelper is the value a SourceModule that
// UsesAsyncGenerators takes as its fifth argument. Only on the loop
// goroutine.
func (r *Runtime) AsyncGeneratorHelper() goja.Value { return r.asyncGenHelper() }

// generatorCode turns the loader's module function (see buildESM) into
// SourceModule's generator: a yield after the call of __jsproc_ns that
// starts it. An async body instead waits, at that point, for a promise the
// generator's second step resolves.
func generatorCode(code *esmCode) (string, error) {
	const start = "(function ("
	if !strings.HasPrefix(code.Code, start) {
		return "", errors.New("jsproc: unexpected module code")
	}
	end := nsCallEnd(code.Code)
	if end < 0 {
		return "", errors.New("jsproc: unexpected module code")
	}
	head, body := code.Code[len(start):end], code.Code[end:]
	// The host resolves export * at link time (Stars): the body's own
	// copy of a dependency's names, which reads them (and throws for one
	// not initialized yet), is not run.
	body = strings.Replace(body, "var __reExport = ", "var __reExport = () => {};\nvar __jsproc_reExport = ", 1)
	if !code.TLA {
		return "(function* (" + head + "yield;" + body, nil
	}
	const asyncStart = "return (async () => {"
	const asyncEnd = "\n})();\n"
	i := strings.Index(head, asyncStart)
	j := strings.LastIndex(body, asyncEnd)
	if i < 0 || j < 0 {
		return "", errors.New("jsproc: unexpected module code")
	}
	head = head[:i] + "let __jsproc_go; const __jsproc_body = (async () => {" + head[i+len(asyncStart):]
	body = "await new Promise((resolve) => { __jsproc_go = resolve; });" + body[:j] + "\n})();\nyield; __jsproc_go(); return __jsproc_body;\n" + body[j+len(asyncEnd):]
	return "(function* (" + head + body, nil
}

// nsCallEnd returns the offset just after the statement
// `__jsproc_ns(...);` that the module code starts with, or -1.
func nsCallEnd(code string) int {
	i := strings.Index(code, "__jsproc_ns(")
	if i < 0 {
		return -1
	}
	inString := false
	for j := i; j+1 < len(code); j++ {
		c := code[j]
		switch {
		case inString && c == '\\':
			j++
		case c == '"':
			inString = !inString
		case !inString && c == ')' && code[j+1] == ';':
			return j + 2
		}
	}
	return -1
}

// lexicalExports returns the export names of src bound to let, const or
// class declarations, or to an export default expression: bindings that
// are uninitialized until the body declares them. (The compiled code
// declares every top-level binding with var.) Destructured declarations
// are not followed.
func lexicalExports(src string) []string {
	type tok struct {
		kind  byte
		text  string
		depth int
	}
	var toks []tok
	scanJS(src, func(t jsToken) bool {
		toks = append(toks, tok{t.kind, src[t.start:t.end], t.depth})
		return true
	})
	at := func(i int) tok {
		if i >= 0 && i < len(toks) {
			return toks[i]
		}
		return tok{}
	}
	lexical := map[string]bool{}
	var out []string
	var clauses [][2]string // local, exported
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.depth != 0 || t.kind != 'i' {
			continue
		}
		exported := at(i-1).kind == 'i' && at(i-1).text == "export" && at(i-1).depth == 0
		switch t.text {
		case "let", "const":
			var names []string
			if n := at(i + 1); n.kind == 'i' {
				names = append(names, n.text)
			}
			for j := i + 2; j < len(toks) && !(toks[j].text == ";" && toks[j].depth == 0); j++ {
				if toks[j].depth == 0 && toks[j].text == "," && at(j+1).kind == 'i' {
					names = append(names, at(j+1).text)
				}
				if toks[j].depth == 0 && toks[j].kind == 'i' && (toks[j].text == "export" || toks[j].text == "import") {
					break
				}
			}
			for _, n := range names {
				lexical[n] = true
				if exported {
					out = append(out, n)
				}
			}
		case "class":
			if n := at(i + 1); n.kind == 'i' && n.text != "extends" {
				lexical[n.text] = true
				if exported {
					out = append(out, n.text)
				}
			}
		case "default":
			if !exported {
				continue
			}
			n := at(i + 1)
			if n.text != "function" && !(n.text == "async" && at(i+2).text == "function") {
				out = append(out, "default")
			}
		case "export":
			if at(i+1).text != "{" {
				continue
			}
			j := i + 2
			var items [][2]string
			for ; j < len(toks) && toks[j].text != "}"; j++ {
				if toks[j].kind != 'i' && toks[j].kind != 's' {
					continue
				}
				local, name := toks[j].text, toks[j].text
				if at(j+1).text == "as" {
					name = at(j + 2).text
					j += 2
				}
				items = append(items, [2]string{local, strings.Trim(name, `"'`)})
			}
			if at(j+1).text != "from" {
				clauses = append(clauses, items...)
			}
		}
	}
	for _, c := range clauses {
		if lexical[c[0]] {
			out = append(out, c[1])
		}
	}
	return out
}
