package runtime

import (
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
)

// topLevelName is the name node's stacks give a CommonJS module's own code:
// V8 names the frame by its receiver (module.exports, an Object) and its
// function, which is anonymous.
const topLevelName = "Object.<anonymous>"

// nameModuleFunction gives the module function of a parsed CommonJS module
// the name its frames show, node's "Object.<anonymous>". No identifier can
// spell it, so no code sees the binding; unnameModuleFunction clears the
// name the function object itself shows, which node's is without.
func nameModuleFunction(prg *ast.Program) {
	if len(prg.Body) == 0 {
		return
	}
	st, ok := prg.Body[0].(*ast.ExpressionStatement)
	if !ok {
		return
	}
	if fl, ok := st.Expression.(*ast.FunctionLiteral); ok && fl.Name == nil {
		fl.Name = &ast.Identifier{Name: topLevelName, Idx: fl.Function}
	}
}

// unnameModuleFunction sets the name of a module function made by a
// program nameModuleFunction named back to node's empty one.
func unnameModuleFunction(vm *goja.Runtime, fn goja.Value) {
	if o, ok := fn.(*goja.Object); ok && o.Get("name").String() == topLevelName {
		_ = o.DefineDataProperty("name", vm.ToValue(""), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	}
}

// callColumn returns the column V8 gives a call whose "(" goja reports at
// col of the source line: the start of the name the call is made through
// (f in "f(", m in "o.m("), or col itself when the callee is no plain name
// ("(f)(", "o[k](", "f?.(") as V8 then reports the "(" too. Lines with
// non-ASCII text before the column are left alone.
func callColumn(line string, col int) int {
	i := col - 1
	if i <= 0 || i >= len(line) || line[i] != '(' {
		return col
	}
	for k := 0; k < i; k++ {
		if line[k] >= 0x80 {
			return col
		}
	}
	j := i
	for j > 0 && (line[j-1] == ' ' || line[j-1] == '\t') {
		j--
	}
	end := j
	for j > 0 && isIdentByte(line[j-1]) {
		j--
	}
	if j == end || line[j] >= '0' && line[j] <= '9' {
		return col
	}
	switch line[j:end] {
	case "if", "while", "for", "switch", "catch", "with", "return", "typeof", "void", "delete", "await", "yield", "in", "of", "instanceof", "new", "case", "do", "else", "throw":
		return col
	}
	return j + 1
}

// frameLocation matches a frame line in node's layout, capturing what
// precedes the location, the file, line and column, and the rest.
var frameLocation = lazyRegexp(`(?m)^(    at (?:.*? \()?)([^()\n]+?):(\d+):(\d+)(\)?)$`)

// nodeStack is NodeStack with the columns of calls in loaded modules moved
// where V8 puts them (callColumn).
func (r *Runtime) nodeStack(stack string) string {
	s := NodeStack(stack)
	if r.loader == nil || !strings.Contains(s, "(") {
		return s
	}
	return frameLocation().ReplaceAllStringFunc(s, func(m string) string {
		g := frameLocation().FindStringSubmatch(m)
		line, _ := strconv.Atoi(g[3])
		col, _ := strconv.Atoi(g[4])
		if fixed := r.callColumnAt(g[2], line, col); fixed != col {
			return g[1] + g[2] + ":" + g[3] + ":" + strconv.Itoa(fixed) + g[5]
		}
		return m
	})
}

// callColumnAt is callColumn for a position in a module the loader holds
// the source of.
func (r *Runtime) callColumnAt(file string, line, col int) int {
	src := r.sourceLineOf(file, line)
	if src == "" {
		return col
	}
	return callColumn(src, col)
}

// sourceLineOf returns line (1-based) of a module the loader holds the
// source of, or "".
func (r *Runtime) sourceLineOf(file string, line int) string {
	if r.loader == nil || line < 1 {
		return ""
	}
	src := r.loader.sourceOf(file)
	if src == "" {
		return ""
	}
	for n := 1; n < line; n++ {
		i := strings.IndexByte(src, '\n')
		if i < 0 {
			return ""
		}
		src = src[i+1:]
	}
	if i := strings.IndexByte(src, '\n'); i >= 0 {
		src = src[:i]
	}
	return strings.TrimSuffix(src, "\r")
}
