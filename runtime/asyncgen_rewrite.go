package runtime

import (
	"reflect"
	"sort"
	"strconv"
	"strings"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"
	"github.com/dop251/goja/parser"
)

// asyncGenName is the parameter through which lowered code reaches the
// async generator intrinsics (internal/async_generator).
const asyncGenName = "__jsproc_ag"

// asyncGenSelf names an anonymous lowered async generator function
// expression, so that its body can pass the function to create.
const asyncGenSelf = "__jsproc_self"

// esbuildAsyncGenerator is the helper esbuild calls in the body of every
// async generator function it lowers.
const esbuildAsyncGenerator = "__asyncGenerator"

// textEdit replaces code[start:end] with text.
type textEdit struct {
	start, end int
	text       string
	seq        int
}

// rewriteAsyncGenerators makes esbuild's lowered async generator functions
// look like node's: each lowered function is marked (its [[Prototype]]
// becomes AsyncGeneratorFunction.prototype, it gets its own prototype
// object, and util.types knows it), and the object each call returns
// inherits the function's prototype. A lowered function is one whose whole
// body is `return __asyncGenerator(this, ...)`. Function declarations are
// marked at the start of their scope, before any statement runs, as their
// hoisting requires; expressions where they are evaluated; class methods
// with a static key in a static block of their class; object literal
// methods with a static key become marked function expressions. Edits stay
// on their lines, so the source map keeps its lines. It reports whether
// anything changed.
func rewriteAsyncGenerators(code string) (string, bool) {
	if !strings.Contains(code, esbuildAsyncGenerator+"(this") {
		return code, false
	}
	prg, err := parser.ParseFile(nil, "", code, 0, parser.WithDisableSourceMaps)
	if err != nil {
		return code, false
	}
	w := &agWalker{code: code}
	for i := 0; ; {
		j := strings.Index(code[i:], esbuildAsyncGenerator+"(this")
		if j < 0 {
			break
		}
		w.calls = append(w.calls, i+j)
		i += j + 1
	}
	w.walk(reflect.ValueOf(prg))
	if len(w.edits) == 0 {
		return code, false
	}
	sort.SliceStable(w.edits, func(i, j int) bool {
		a, b := w.edits[i], w.edits[j]
		if a.start != b.start {
			return a.start > b.start
		}
		return a.seq > b.seq
	})
	var out = code
	for _, e := range w.edits {
		out = out[:e.start] + e.text + out[e.end:]
	}
	return out, true
}

// rewriteModuleAsyncGenerators rewrites an ES module's body; one using
// top-level await is read inside an async function, as it will run.
func rewriteModuleAsyncGenerators(body string, tla bool) string {
	if !tla {
		out, _ := rewriteAsyncGenerators(body)
		return out
	}
	const open, end = "(async () => {", "\n})"
	out, changed := rewriteAsyncGenerators(open + body + end)
	if !changed {
		return body
	}
	return out[len(open) : len(out)-len(end)]
}

type agWalker struct {
	code  string
	calls []int // offsets of the helper's calls, ascending
	stack []any // ancestors of the node being visited
	edits []textEdit
}

func (w *agWalker) edit(start, end int, text string) {
	w.edits = append(w.edits, textEdit{start: start, end: end, text: text, seq: len(w.edits)})
}

func (w *agWalker) insert(at int, text string) { w.edit(at, at, text) }

// off converts a parser index (1-based) to an offset in code.
func off(i file.Idx) int { return int(i) - 1 }

var (
	nodeType = reflect.TypeOf((*ast.Node)(nil)).Elem()
	fileType = reflect.TypeOf((*file.File)(nil)).Elem()
)

func (w *agWalker) walk(v reflect.Value) {
	switch v.Kind() {
	case reflect.Interface:
		if !v.IsNil() {
			w.walk(v.Elem())
		}
	case reflect.Ptr:
		if v.IsNil() {
			return
		}
		n := v.Interface()
		if fl, ok := n.(*ast.FunctionLiteral); ok {
			w.visitFunction(fl)
		}
		isNode := v.Type().Implements(nodeType)
		if isNode && !w.holdsCall(n.(ast.Node)) {
			return
		}
		if isNode {
			w.stack = append(w.stack, n)
		}
		w.walk(v.Elem())
		if isNode {
			w.stack = w.stack[:len(w.stack)-1]
		}
	case reflect.Struct:
		if v.Type() == fileType {
			return
		}
		for i := 0; i < v.NumField(); i++ {
			// DeclarationList repeats declarations found in the body.
			if f := v.Type().Field(i); f.IsExported() && f.Name != "DeclarationList" && f.Type != reflect.PointerTo(fileType) {
				w.walk(v.Field(i))
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			w.walk(v.Index(i))
		}
	}
}

// holdsCall reports whether the text of n holds a call of the helper, so
// that the walk skips the subtrees (most of a module) that cannot hold a
// lowered function.
func (w *agWalker) holdsCall(n ast.Node) (holds bool) {
	defer func() {
		if recover() != nil {
			// A node without a position of its own (an empty program):
			// look inside.
			holds = true
		}
	}()
	start, end := off(n.Idx0()), off(n.Idx1())
	i := sort.SearchInts(w.calls, start)
	return i < len(w.calls) && w.calls[i] < end
}

// loweredCall returns the __asyncGenerator(this, ...) call that is the
// whole body of fl, if fl is a lowered async generator function.
func loweredCall(fl *ast.FunctionLiteral) *ast.CallExpression {
	if fl.Async || fl.Generator || fl.Body == nil || len(fl.Body.List) != 1 {
		return nil
	}
	ret, ok := fl.Body.List[0].(*ast.ReturnStatement)
	if !ok {
		return nil
	}
	call, ok := ret.Argument.(*ast.CallExpression)
	if !ok || len(call.ArgumentList) != 3 {
		return nil
	}
	if id, ok := call.Callee.(*ast.Identifier); !ok || id.Name != esbuildAsyncGenerator {
		return nil
	}
	if _, ok := call.ArgumentList[0].(*ast.ThisExpression); !ok {
		return nil
	}
	if g, ok := call.ArgumentList[2].(*ast.FunctionLiteral); !ok || !g.Generator {
		return nil
	}
	return call
}

// paramNamed reports whether a parameter of fl binds name.
func paramNamed(fl *ast.FunctionLiteral, name string) bool {
	if fl.ParameterList == nil {
		return false
	}
	for _, b := range fl.ParameterList.List {
		if id, ok := b.Target.(*ast.Identifier); ok && string(id.Name) == name {
			return true
		}
		if _, ok := b.Target.(*ast.Identifier); !ok {
			// A destructuring pattern may bind anything: be safe.
			return true
		}
	}
	if fl.ParameterList.Rest != nil {
		if id, ok := fl.ParameterList.Rest.(*ast.Identifier); !ok || string(id.Name) == name {
			return true
		}
	}
	return false
}

func (w *agWalker) wrapCall(call *ast.CallExpression, self string) {
	w.insert(off(call.Idx0()), asyncGenName+".create("+self+", ")
	w.insert(off(call.Idx1()), ")")
}

func (w *agWalker) visitFunction(fl *ast.FunctionLiteral) {
	call := loweredCall(fl)
	if call == nil {
		return
	}
	var parent any
	if len(w.stack) > 0 {
		parent = w.stack[len(w.stack)-1]
	}
	switch p := parent.(type) {
	case *ast.FunctionDeclaration:
		name := string(fl.Name.Name)
		self := name
		if paramNamed(fl, name) {
			self = "null"
		}
		w.wrapCall(call, self)
		if at := w.scopeStart(); at >= 0 {
			w.insert(at, asyncGenName+".mark("+name+");")
		}
	case *ast.MethodDefinition:
		w.wrapCall(call, "null")
		cls := w.enclosingClass()
		if cls == nil || p.Kind != ast.PropertyKindMethod {
			return
		}
		home := "this.prototype"
		if p.Static {
			home = "this"
		}
		if p.Computed {
			site := strconv.Itoa(off(cls.Class))
			w.insert(off(p.Key.Idx0()), asyncGenName+".classKey(")
			w.insert(off(p.Key.Idx1()), ", "+strconv.FormatBool(p.Static)+", "+site+")")
			w.insert(off(cls.RightBrace), "static { "+asyncGenName+".markClassKey(this, "+site+"); }")
			return
		}
		if key, ok := staticKey(p.Key); ok {
			w.insert(off(cls.RightBrace), "static { "+asyncGenName+".markMethod("+home+", "+strconv.Quote(key)+"); }")
		}
	case *ast.PropertyKeyed:
		if p.Kind == ast.PropertyKindMethod {
			w.objectMethod(p, fl, call)
			return
		}
		w.expression(fl, call, parent)
	default:
		w.expression(fl, call, parent)
	}
}

// objectMethod turns a lowered object literal method into a marked
// function expression under the same key. A method whose text uses super
// (which a function expression cannot) or named __proto__ (which as a
// property would set the prototype) stays a method, unmarked.
func (w *agWalker) objectMethod(p *ast.PropertyKeyed, fl *ast.FunctionLiteral, call *ast.CallExpression) {
	key, static := staticKey(p.Key)
	if (!static && !p.Computed) || (static && !p.Computed && key == "__proto__") || strings.Contains(w.code[off(fl.Idx0()):off(fl.Idx1())], "super") {
		w.wrapCall(call, "null")
		return
	}
	name := strconv.Quote(key)
	if p.Computed {
		w.insert(off(p.Key.Idx0()), asyncGenName+".key(")
		w.insert(off(p.Key.Idx1()), ")")
		name = asyncGenName + ".takeKey()"
	}
	w.wrapCall(call, asyncGenSelf)
	w.insert(off(fl.ParameterList.Opening), ": "+asyncGenName+".mark(function "+asyncGenSelf)
	w.insert(off(fl.Idx1()), ", "+name+")")
}

// expression handles a lowered function expression: it is marked where it
// is evaluated, named so that its body can refer to it.
func (w *agWalker) expression(fl *ast.FunctionLiteral, call *ast.CallExpression, parent any) {
	start := off(fl.Idx0())
	if !strings.HasPrefix(w.code[start:], "function") {
		w.wrapCall(call, "null")
		return
	}
	name := ""
	if fl.Name != nil {
		name = string(fl.Name.Name)
	}
	switch {
	case name != "" && !paramNamed(fl, name):
		w.wrapCall(call, name)
		w.insert(start, asyncGenName+".mark(")
		w.insert(off(fl.Idx1()), ")")
	case name != "":
		w.wrapCall(call, asyncGenSelf)
		w.edit(off(fl.Name.Idx0()), off(fl.Name.Idx1()), asyncGenSelf)
		w.insert(start, asyncGenName+".mark(")
		w.insert(off(fl.Idx1()), ", "+strconv.Quote(name)+")")
	default:
		w.wrapCall(call, asyncGenSelf)
		w.insert(start, asyncGenName+".mark(")
		w.insert(start+len("function"), " "+asyncGenSelf)
		w.insert(off(fl.Idx1()), ", "+strconv.Quote(inferredName(parent, fl))+")")
	}
}

// inferredName is the name an anonymous function expression takes from
// where it stands (a variable, an assignment, a property).
func inferredName(parent any, fl *ast.FunctionLiteral) string {
	switch p := parent.(type) {
	case *ast.Binding:
		if id, ok := p.Target.(*ast.Identifier); ok && p.Initializer == ast.Expression(fl) {
			return string(id.Name)
		}
	case *ast.AssignExpression:
		if id, ok := p.Left.(*ast.Identifier); ok && p.Right == ast.Expression(fl) {
			return string(id.Name)
		}
	case *ast.PropertyKeyed:
		if k, ok := staticKey(p.Key); ok {
			return k
		}
	}
	return ""
}

// staticKey returns the name of a property key written as an identifier,
// a string or a number.
func staticKey(key ast.Expression) (string, bool) {
	switch k := key.(type) {
	case *ast.Identifier:
		return string(k.Name), true
	case *ast.StringLiteral:
		return string(k.Value), true
	case *ast.NumberLiteral:
		return k.Literal, true
	}
	return "", false
}

func (w *agWalker) enclosingClass() *ast.ClassLiteral {
	for i := len(w.stack) - 1; i >= 0; i-- {
		if c, ok := w.stack[i].(*ast.ClassLiteral); ok {
			return c
		}
	}
	return nil
}

// scopeStart returns where statements may be inserted at the start of the
// statement list holding the declaration being visited (after a directive
// prologue), or -1.
func (w *agWalker) scopeStart() int {
	for i := len(w.stack) - 2; i >= 0; i-- {
		var list []ast.Statement
		var open int
		switch s := w.stack[i].(type) {
		case *ast.Program:
			list, open = s.Body, 0
		case *ast.BlockStatement:
			list, open = s.List, off(s.LeftBrace)+1
		case *ast.CaseStatement:
			list = s.Consequent
			if len(list) == 0 {
				return -1
			}
			open = off(list[0].Idx0())
		default:
			continue
		}
		at := open
		for _, st := range list {
			es, ok := st.(*ast.ExpressionStatement)
			if !ok {
				break
			}
			if _, ok := es.Expression.(*ast.StringLiteral); !ok {
				break
			}
			at = off(st.Idx1())
			if at < len(w.code) && w.code[at] == ';' {
				at++
			}
		}
		return at
	}
	return -1
}
