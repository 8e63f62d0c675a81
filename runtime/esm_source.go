package runtime

import (
	"errors"
	"strings"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/parser"
)

// SourceModule is an ES module compiled for a binding that links and
// evaluates modules itself, as node's vm.SourceTextModule does, rather
// than through the loader (which evaluates a module as soon as it is
// loaded).
//
// Code is a function expression taking (dep, meta, import, ns, asyncGen):
// dep(specifier) returns the namespace of a linked dependency, meta is
// import.meta, import(specifier, options) is import(), ns(getters)
// receives the module's own exports as an object of getter functions, and
// asyncGen is the async generator helper (see UsesAsyncGenerators).
// Calling it declares the module's bindings (function declarations
// initialized, the others undefined) and hands ns its getters, without
// running any of the body; it returns the body as a function, which an
// Async module's is (it returns the promise of the body, which runs on
// from its first await).
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
	// Attributes are the import attributes (with { ... }) of each
	// request that has some.
	Attributes map[string]map[string]string
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
	gen, err := splitCode(filename, code)
	if err != nil {
		return nil, err
	}
	m := &SourceModule{Code: gen, Requests: code.Deps, Exports: code.Exports, Stars: code.Stars, Async: code.TLA,
		UsesMeta: usesParam(code.Code, "__jsproc_meta"), UsesImport: usesParam(code.Code, dynamicImportName),
		UsesAsyncGenerators: strings.Contains(code.Code, asyncGenName+"."), Lexical: lexicalExports(src), Attributes: importAttributes(src)}
	for _, ref := range code.Imports {
		m.Imports = append(m.Imports, SourceModuleImport{Specifier: ref.Spec, Name: ref.Name})
	}
	return m, nil
}

// AsyncGeneratorHelper is the value a SourceModule that
// UsesAsyncGenerators takes as its fifth argument. Only on the loop
// goroutine.
func (r *Runtime) AsyncGeneratorHelper() goja.Value { return r.asyncGenHelper() }

// splitCode turns the loader's module function (see buildESM) into
// SourceModule's: the body's top-level declarations move out to the
// function, which hands over the export getters and returns the body as a
// function of its own (an async one for top-level await). A var or
// lexical declaration leaves an assignment behind; a function declaration
// moves whole, so that it is initialized before the body runs.
func splitCode(filename string, code *esmCode) (string, error) {
	bad := errors.New("jsproc: unexpected module code")
	prog, err := parser.ParseFile(nil, "", code.Code, 0, parser.WithDisableSourceMaps)
	if err != nil || len(prog.Body) != 1 {
		return "", bad
	}
	es, ok := prog.Body[0].(*ast.ExpressionStatement)
	if !ok {
		return "", bad
	}
	fn, ok := es.Expression.(*ast.FunctionLiteral)
	if !ok || fn.Body == nil || len(fn.Body.List) == 0 {
		return "", bad
	}
	list := fn.Body.List
	// The "use strict" directive stays first.
	directive, ok := list[0].(*ast.ExpressionStatement)
	if _, isStr := directive.Expression.(*ast.StringLiteral); !ok || !isStr || len(list) < 2 {
		return "", bad
	}
	list = list[1:]
	if code.TLA {
		// return (async () => { ns(...); body })();
		ret, ok := list[0].(*ast.ReturnStatement)
		if !ok || len(list) != 1 {
			return "", bad
		}
		call, ok := ret.Argument.(*ast.CallExpression)
		if !ok {
			return "", bad
		}
		arrow, ok := call.Callee.(*ast.ArrowFunctionLiteral)
		if !ok {
			return "", bad
		}
		block, ok := arrow.Body.(*ast.BlockStatement)
		if !ok {
			return "", bad
		}
		list = block.List
	}
	if len(list) == 0 {
		return "", bad
	}
	nsStmt := list[0]
	pos := func(n ast.Node) (int, int) { return int(n.Idx0()) - 1, int(n.Idx1()) - 1 }
	text := func(n ast.Node) string { a, b := pos(n); return code.Code[a:b] }
	var names []string
	var hoisted strings.Builder
	var body strings.Builder
	_, last := pos(nsStmt)
	// end returns the true end of a statement: goja's ends at its last
	// expression, without the parentheses that may close it.
	end := func(b int) int {
		for b < len(code.Code) && (code.Code[b] == ')' || code.Code[b] == ' ' || code.Code[b] == '\t') {
			b++
		}
		return b
	}
	// assign turns `var a = 1, {b} = c` into `;(a = 1, {b} = c);`.
	assign := func(keyword int, list []*ast.Binding, b int) string {
		for _, bd := range list {
			names = bindingNames(bd.Target, names)
		}
		k := keyword
		for k < len(code.Code) && code.Code[k] >= 'a' && code.Code[k] <= 'z' {
			k++
		}
		return ";(" + code.Code[k:b] + ");"
	}
	for _, st := range list[1:] {
		a, b := pos(st)
		repl, changed := "", true
		switch d := st.(type) {
		case *ast.VariableStatement:
			b = end(b)
			repl = assign(int(d.Var)-1, d.List, b)
			if id, ok := d.List[0].Target.(*ast.Identifier); ok && len(d.List) == 1 && id.Name == "__reExport" {
				// The host resolves export * at link time (Stars): the
				// body's own copy of a dependency's names, which reads
				// them (and throws for one not initialized yet), is not
				// made.
				repl = ";(__reExport = () => {});"
			}
		case *ast.LexicalDeclaration:
			b = end(b)
			repl = assign(int(d.Idx)-1, d.List, b)
		case *ast.FunctionDeclaration:
			// Moved after the body's function (declarations are hoisted),
			// leaving its lines, so that the body's keep their numbers.
			hoisted.WriteString("\n" + text(st))
			repl = ";" + strings.Repeat("\n", strings.Count(text(st), "\n"))
		case *ast.ClassDeclaration:
			names = append(names, d.Class.Name.Name.String())
			repl = ";" + d.Class.Name.Name.String() + " = " + text(d.Class) + ";"
		default:
			changed = false
		}
		if changed {
			body.WriteString(code.Code[last:a])
			body.WriteString(repl)
			last = b
		}
	}
	// The rest: what follows the last statement (the arrow's end and call
	// for an async body, then the source map comment and the function's
	// end).
	rest := code.Code[last:]
	// The source map comment moves to the end, naming the module.
	sm := ""
	if i := strings.LastIndex(rest, "\n"+sourceMapPrefix); i >= 0 {
		if j := strings.IndexByte(rest[i+1:], '\n'); j >= 0 {
			sm = renameMapSource(rest[i+1:i+1+j], fileURL(filename), filename)
			rest = rest[:i] + rest[i+1+j:]
		}
	}
	var out strings.Builder
	fa, _ := pos(fn)
	_, fb := pos(directive)
	out.WriteString("(" + code.Code[fa:fb] + ";")
	if len(names) > 0 {
		out.WriteString("var " + strings.Join(names, ", ") + ";")
	}
	out.WriteString(text(nsStmt) + ";")
	tail := "\n})"
	if code.TLA {
		out.WriteString("return async () => {")
		tail = "\n})();\n"
	} else {
		out.WriteString("return function () {")
	}
	cut := strings.LastIndex(rest, tail)
	if cut < 0 {
		return "", bad
	}
	out.WriteString(body.String() + rest[:cut] + "\n};" + hoisted.String() + "\n})\n" + sm)
	return out.String(), nil
}

// bindingNames appends the names a binding target declares.
func bindingNames(t ast.Expression, names []string) []string {
	switch t := t.(type) {
	case *ast.Identifier:
		names = append(names, t.Name.String())
	case *ast.ObjectPattern:
		for _, p := range t.Properties {
			switch p := p.(type) {
			case *ast.PropertyShort:
				names = append(names, p.Name.Name.String())
			case *ast.PropertyKeyed:
				names = bindingNames(p.Value, names)
			}
		}
		if t.Rest != nil {
			names = bindingNames(t.Rest, names)
		}
	case *ast.ArrayPattern:
		for _, e := range t.Elements {
			if e != nil {
				names = bindingNames(e, names)
			}
		}
		if t.Rest != nil {
			names = bindingNames(t.Rest, names)
		}
	case *ast.AssignExpression:
		names = bindingNames(t.Left, names)
	}
	return names
}

// lexicalExports returns the export names of src bound to let, const or
// class declarations, or to an export default expression: bindings that
// are uninitialized until the body declares them. (The compiled code
// declares every top-level binding with var.) Destructured declarations
// are not followed.
func lexicalExports(src string) []string {
	toks := sourceTokens(src)
	at := func(i int) srcToken {
		if i >= 0 && i < len(toks) {
			return toks[i]
		}
		return srcToken{}
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

// importAttributes reads the attributes (`with { k: 'v' }`, or assert) of
// each static import and re-export of src, by specifier.
func importAttributes(src string) map[string]map[string]string {
	toks := sourceTokens(src)
	out := map[string]map[string]string{}
	for i := 1; i+2 < len(toks); i++ {
		t, prev := toks[i], toks[i-1]
		if t.kind != 's' || t.depth != 0 || prev.kind != 'i' || (prev.text != "from" && prev.text != "import") {
			continue
		}
		if kw := toks[i+1]; kw.kind != 'i' || (kw.text != "with" && kw.text != "assert") || toks[i+2].text != "{" {
			continue
		}
		spec := jsStringValue(t.text)
		attrs := out[spec]
		if attrs == nil {
			attrs = map[string]string{}
			out[spec] = attrs
		}
		for j := i + 3; j+2 < len(toks) && toks[j].text != "}"; j++ {
			k := toks[j]
			if (k.kind == 'i' || k.kind == 's') && toks[j+1].text == ":" && toks[j+2].kind == 's' {
				key := k.text
				if k.kind == 's' {
					key = jsStringValue(key)
				}
				attrs[key] = jsStringValue(toks[j+2].text)
				j += 2
			}
		}
	}
	return out
}

// srcToken is one token of a module's source: its kind, its text and its
// bracket depth, as scanJS reports them.
type srcToken struct {
	kind  byte
	text  string
	depth int
}

// sourceTokens returns every token of src in order.
func sourceTokens(src string) []srcToken {
	var toks []srcToken
	scanJS(src, func(t jsToken) bool {
		toks = append(toks, srcToken{t.kind, src[t.start:t.end], t.depth})
		return true
	})
	return toks
}
