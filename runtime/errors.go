package runtime

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/dop251/goja"
)

// UncaughtError is returned by a Runtime's Run methods when the script ended
// with an uncaught exception or an unhandled promise rejection.
type UncaughtError struct {
	// Message is String(error) of the thrown value ("Error: boom").
	Message string
	// Stack is the thrown error's stack, in Node's "    at ..." layout.
	Stack string
	// Rejection is true when the value came from an unhandled rejection.
	Rejection bool
}

// Error returns the uncaught value with its stack when it has one.
func (e *UncaughtError) Error() string {
	if e.Stack != "" {
		return "uncaught " + e.Stack
	}
	return "uncaught " + e.Message
}

// InternalError reports a failure of the host itself (a Go panic inside a
// binding); it carries the Go stack for the bug report.
type InternalError struct {
	Value any
	Stack string
}

// Error returns the panic value and the Go stack.
func (e *InternalError) Error() string {
	return fmt.Sprintf("jsproc: internal error: %v\n%s", e.Value, e.Stack)
}

// gojaGoFrame matches the host's own frames, which node's stacks never
// show: Go functions ("github.com/...(native)") and the bootstrap that
// runs every macrotask and tick.
var gojaGoFrame = lazyRegexp(`(?m)^\tat ([\w.-]+/\S+ \(native\)|(?:\S+ \()?node:internal/bootstrap:[^\n]*)(\n|$)`)

// gojaErrorCtorFrame matches the frame of an error constructor called as a
// function (Error('x')), which V8 leaves out.
var gojaErrorCtorFrame = lazyRegexp(`(?m)^\tat (?:Aggregate|Eval|Range|Reference|Syntax|Type|URI)?Error \(native\)(\n|$)`)
var gojaFrame = lazyRegexp(`(?m)^\tat (.*?)\(\d+\)(\)?)$`)
var gojaNative = lazyRegexp(`(?m)^\tat (.*)$`)

// NodeStack rewrites a goja stack string into Node's layout.
func NodeStack(stack string) string {
	s := gojaGoFrame().ReplaceAllString(stack, "")
	s = gojaErrorCtorFrame().ReplaceAllString(s, "")
	s = gojaFrame().ReplaceAllString(s, "    at $1$2")
	s = gojaNative().ReplaceAllString(s, "    at $1")
	return strings.TrimRight(s, "\n")
}

func (r *Runtime) newUncaughtError(val goja.Value, origin string) *UncaughtError {
	e := &UncaughtError{Message: safeString(val), Rejection: origin == "unhandledRejection"}
	if obj, ok := val.(*goja.Object); ok {
		if st := safeStack(obj); st != "" {
			e.Stack = r.nodeStack(st)
		}
	}
	return e
}

// safeStack returns obj.stack as a string, or "" when there is none or
// reading it throws (an Error.prepareStackTrace that throws, a getter).
func safeStack(obj *goja.Object) (s string) {
	defer func() {
		if recover() != nil {
			s = ""
		}
	}()
	if st := obj.Get("stack"); st != nil && !goja.IsUndefined(st) {
		return st.String()
	}
	return ""
}

func safeString(v goja.Value) (s string) {
	defer func() {
		if recover() != nil {
			s = "[object]"
		}
	}()
	if v == nil {
		return "undefined"
	}
	return v.String()
}

var stackLocation = lazyRegexp(`\(?((?:/|node:|file:)[^():]*(?:\.[a-zA-Z]+)?):(\d+):(\d+)`)

// printUncaught writes Node's report of an uncaught exception to stderr:
// the throw location, its source line with a caret, the inspected error,
// and the Node.js version line.
func (r *Runtime) printUncaught(val goja.Value, ex *goja.Exception, origin string) {
	var b strings.Builder
	if arrow, ok := r.nodeThrowSite(val); ok {
		b.WriteString(arrow + "\n")
		b.WriteString(r.inspectError(val, origin))
		b.WriteString("\n\nNode.js " + NodeVersion + "\n")
		_, _ = r.stderr.Write([]byte(b.String()))
		return
	}
	file, line, col := "", 0, 0
	// A stack overflow's location is the top of its stack, not the Go
	// boundary that re-threw it.
	if ex != nil && val != r.overflow {
		for _, f := range ex.Stack() {
			p := f.Position()
			// A subclass's error is made in its constructors' super()
			// calls, which node's report does not name.
			if p.Filename != "" && !strings.HasPrefix(p.Filename, "node:") && !r.atSuperCall(p.Filename, p.Line, p.Column) {
				file, line, col = p.Filename, p.Line, p.Column
				break
			}
		}
	}
	if file == "" {
		if obj, ok := val.(*goja.Object); ok {
			if st := obj.Get("stack"); st != nil {
				for _, m := range stackLocation().FindAllStringSubmatch(st.String(), -1) {
					if strings.HasPrefix(m[1], "node:") {
						continue
					}
					file = m[1]
					line, _ = strconv.Atoi(m[2])
					col, _ = strconv.Atoi(m[3])
					break
				}
			}
		}
	}
	// Node sets the report of a value that is no error object (a thrown
	// string, a plain object) off by a blank line before it, not after.
	native := nativeError(val)
	if origin == "unhandledRejection" && (!native || file == "" || line <= 0) {
		// A rejection's reason is thrown from node's promises module: an
		// error keeps the place it was made, anything else names that
		// module.
		file, line = "", 0
		if !native {
			b.WriteString("\n")
		}
		b.WriteString(rejectionThrowSite + "\n")
		if native {
			b.WriteString("\n")
		}
	}
	if file != "" && line > 0 {
		if !native {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%s:%d\n", file, line)
		if src := r.sourceLine(file, line); src != "" {
			b.WriteString(src + "\n")
			if origin == "uncaughtException" && !r.reportAtMake {
				col = throwColumn(src, col)
			}
			if col > 0 {
				b.WriteString(strings.Repeat(" ", col-1) + "^\n")
			}
		}
		if native {
			b.WriteString("\n")
		}
	}
	b.WriteString(r.inspectError(val, origin))
	b.WriteString("\n\nNode.js " + NodeVersion + "\n")
	_, _ = r.stderr.Write([]byte(b.String()))
}

// throwColumn returns the column of the throw statement whose operand
// starts at col on the source line src ("throw new Error(...)"), where
// node's caret points for an uncaught exception, or col itself. goja
// reports an error thrown where it was made at the place it was made; an
// error made in one statement and thrown in another keeps that place.
func throwColumn(src string, col int) int {
	if col < 1 || col-1 > len(src) {
		return col
	}
	before := src[:col-1]
	at := strings.LastIndex(before, "throw")
	if at < 0 || (at > 0 && isIdentByte(before[at-1])) {
		return col
	}
	operand := before[at+len("throw"):]
	if operand != "" && isIdentByte(operand[0]) {
		return col
	}
	// The statement must still be open where the error was made: no ";"
	// outside brackets, no bracket closed that the throw did not open.
	depth := 0
	for i := 0; i < len(operand); i++ {
		switch operand[i] {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			if depth--; depth < 0 {
				return col
			}
		case ';':
			if depth == 0 {
				return col
			}
		}
	}
	return at + 1
}

func isIdentByte(c byte) bool {
	return c == '_' || c == '$' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// nodeThrowSite returns the report header of an error thrown by what is
// Node's own code there (an unhandled 'error' event, a module not found):
// Node's throw site, its source line and a caret. An error emitted as an
// unhandled 'error' event gets its stack extended with where it was
// emitted, as Node's report shows it.
func (r *Runtime) nodeThrowSite(val goja.Value) (header string, ok bool) {
	defer func() {
		if recover() != nil {
			header, ok = "", false
		}
	}()
	obj, isObj := val.(*goja.Object)
	if !isObj {
		return "", false
	}
	errs := r.RequireCore("internal/errors").ToObject(r.vm)
	arrowKey, _ := errs.Get("kArrow").(*goja.Symbol)
	enhanceKey, _ := errs.Get("kEnhanceStack").(*goja.Symbol)
	if arrowKey == nil || enhanceKey == nil {
		return "", false
	}
	arrow := obj.GetSymbol(arrowKey)
	if arrow == nil || goja.IsUndefined(arrow) {
		return "", false
	}
	if enhance, isFn := goja.AssertFunction(obj.GetSymbol(enhanceKey)); isFn {
		if stack, err := enhance(goja.Undefined()); err == nil {
			_ = obj.DefineDataProperty("stack", stack, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		}
	}
	return arrow.String(), true
}

// inspectError renders a thrown value as Node prints it when uncaught.
func (r *Runtime) inspectError(val goja.Value, origin string) (out string) {
	defer func() {
		if recover() != nil {
			out = safeString(val)
		}
	}()
	if nativeError(val) {
		// As node, an error is shown as util.inspect shows it: its stack
		// and its own properties ("[Error: x]" when the stack has no frame).
		ins := r.RequireCore("internal/inspect").ToObject(r.vm)
		f, _ := goja.AssertFunction(ins.Get("inspect"))
		return r.nodeStack(r.Call(f, goja.Undefined(), val).String())
	}
	if _, isObj := val.(*goja.Object); !isObj && origin == "uncaughtException" {
		// A primitive is written as its string (a symbol as nothing), with
		// node's hint.
		s := ""
		if _, isSym := val.(*goja.Symbol); !isSym {
			s = safeString(val)
		}
		return s + "\n(Use `node --trace-uncaught ...` to show where the exception was thrown)"
	}
	ins := r.RequireCore("internal/inspect").ToObject(r.vm)
	f, _ := goja.AssertFunction(ins.Get("inspect"))
	return r.Call(f, goja.Undefined(), val).String()
}

// nativeError reports whether v is an error object an Error constructor
// made (V8's IsNativeError), which node reports apart from other values.
func nativeError(v goja.Value) bool {
	o, ok := v.(*goja.Object)
	return ok && o.ClassName() == "Error"
}

func (r *Runtime) sourceLine(file string, line int) string {
	src := r.loader.sourceOf(file)
	if src == "" {
		data, err := r.readFileChecked(file, "source")
		if err != nil {
			return ""
		}
		src = string(data)
	}
	lines := strings.Split(src, "\n")
	if line-1 < len(lines) {
		return strings.TrimRight(lines[line-1], "\r")
	}
	return ""
}

// unhandledRejectionError is what Node throws for a rejection no handler
// took: the reason itself when it looks like an error (an object with an
// own "stack", whatever its prototype), otherwise an
// ERR_UNHANDLED_REJECTION error naming the reason as V8 does without
// running any of its code.
func (r *Runtime) unhandledRejectionError(reason goja.Value) goja.Value {
	errs := r.RequireCore("internal/errors").ToObject(r.vm)
	if f, ok := goja.AssertFunction(errs.Get("isErrorLike")); ok {
		if v, err := f(goja.Undefined(), reason); err == nil && v.ToBoolean() {
			return reason
		}
	}
	shown := ""
	if f, ok := goja.AssertFunction(errs.Get("noSideEffectsToString")); ok {
		if v, err := f(goja.Undefined(), reason); err == nil {
			shown = v.String()
		}
	}
	msg := "This error originated either by throwing inside of an async function without a catch block, " +
		"or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason \"" + shown + "\"."
	e := r.NodeError("Error", "ERR_UNHANDLED_REJECTION", msg)
	e.Set("name", "UnhandledPromiseRejection")
	// Node's error is made inside its promises module, and its report
	// names that place.
	_ = e.DefineDataProperty("stack", r.vm.ToValue("UnhandledPromiseRejection: "+msg+unhandledRejectionFrames), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	if key, ok := errs.Get("kArrow").(*goja.Symbol); ok {
		_ = e.DefineDataPropertySymbol(key, r.vm.ToValue("node:internal/process/promises:389\n      new UnhandledPromiseRejection(reason);\n      ^\n"), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	return e
}

// unhandledRejectionFrames are the frames of node's stack for the error
// it makes of a rejection reason that is no error.
const unhandledRejectionFrames = "\n    at throwUnhandledRejectionsMode (node:internal/process/promises:389:7)" +
	"\n    at processPromiseRejections (node:internal/process/promises:470:17)" +
	"\n    at process.processTicksAndRejections (node:internal/process/task_queues:96:32)"

// rejectionThrowSite is the place node's report names when it throws a
// rejection's reason that carries no place of its own.
const rejectionThrowSite = "node:internal/process/promises:391\n    triggerUncaughtException(err, true /* fromPromise */);\n    ^"

var parseErrorText = lazyRegexp(`^(.*): Line (\d+):(\d+) (.*)$`)

// syntaxErrorPosition extracts file, line, column and message from a goja
// compile error (parse errors carry them only in the message text).
func syntaxErrorPosition(err error) (file string, line, col int, msg string, ok bool) {
	var se *goja.CompilerSyntaxError
	if !errors.As(err, &se) {
		return "", 0, 0, "", false
	}
	if se.File != nil {
		p := se.File.Position(se.Offset)
		return p.Filename, p.Line, p.Column, se.Message, true
	}
	first, _, _ := strings.Cut(se.Message, " (and ")
	if m := parseErrorText().FindStringSubmatch(first); m != nil {
		line, _ = strconv.Atoi(m[2])
		col, _ = strconv.Atoi(m[3])
		return m[1], line, col, m[4], true
	}
	return "", 0, 0, se.Message, true
}

// callSites returns the JS call stack of the caller of
// Error.captureStackTrace, innermost first, without the host's own frames,
// as [function name, file, line, column] arrays, positions as node gives
// them. When skip is set (constructorOpt was given) the frames down to the
// last call of a function named skipName go, as Node drops the frames
// above constructorOpt; goja does not name class constructors, so without
// a match only the direct caller is dropped.
func (r *Runtime) callSites(call goja.FunctionCall) goja.Value {
	skip := call.Argument(0).ToBoolean()
	skipName := call.Argument(1).String()
	limit := int(call.Argument(2).ToInteger())
	frames := r.vm.CaptureCallStack(0, nil)
	// Start below captureStackTrace itself.
	for i, f := range frames {
		if f.FuncName() == "captureStackTrace" {
			frames = frames[i+1:]
			break
		}
	}
	if skip {
		last := -1
		for i, f := range frames {
			if skipName != "" && f.FuncName() == skipName {
				last = i
			}
		}
		if last < 0 && len(frames) > 0 {
			last = 0
		}
		frames = frames[last+1:]
	}
	var sites []any
	for _, f := range frames {
		if limit >= 0 && len(sites) >= limit {
			break
		}
		p := f.Position()
		if p.Filename == "" || strings.HasPrefix(p.Filename, "node:") {
			continue // natives and the host's own modules
		}
		name := f.FuncName()
		if name == "<anonymous>" {
			name = ""
		}
		sites = append(sites, r.vm.NewArray(name, p.Filename, p.Line, r.callColumnAt(p.Filename, p.Line, p.Column)))
	}
	return r.vm.NewArray(sites...)
}

// lazyRegexp returns a regexp compiled on first use, so that the
// expressions only some scripts need cost nothing at start-up.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
