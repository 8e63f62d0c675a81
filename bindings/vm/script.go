package vm

import (
	"context"
	"errors"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/dop251/goja"
)

// compile compiles code as a script named filename whose first line is
// line lineOffset+1 and whose first column is columnOffset+1, and returns
// its handle: run(context, timeout, displayErrors) and sourceMapURL. A
// syntax error is thrown as node reports it.
//
// A syntax error belongs to the realm of parsing, the context the code is
// compiled for (runInContext, runInNewContext), or the main one.
func (b *binding) compile(code, filename string, lineOffset, columnOffset int, parsing goja.Value, importer int) *goja.Object {
	var pc *vmContext
	if obj, ok := parsing.(*goja.Object); ok {
		pc = b.contextOf(obj)
	}
	prg, padded := b.mustCompile(pc, filename, code, lineOffset, columnOffset, importer)
	vm := b.rt.VM()
	h := vm.NewObject()
	h.Set("run", func(ctxObj goja.Value, timeout int64, displayErrors bool) goja.Value {
		var c *vmContext
		if obj, ok := ctxObj.(*goja.Object); ok {
			if c = b.contextOf(obj); c == nil {
				panic(b.rt.NodeError("TypeError", "ERR_INVALID_ARG_TYPE", "The \"contextifiedObject\" argument must be an vm.Context"))
			}
		}
		v := b.runProgram(run{c: c, prg: prg, timeout: timeout, displayErrors: displayErrors, filename: filename, src: padded})
		if c != nil {
			return c.toOuter(v)
		}
		return v
	})
	if url := sourceMapURL(code); url != "" {
		h.Set("sourceMapURL", url)
	} else {
		h.Set("sourceMapURL", goja.Undefined())
	}
	return h
}

// mustCompile compiles src with the offsets (as leading lines and columns)
// or throws node's SyntaxError.
func (b *binding) mustCompile(c *vmContext, filename, src string, lineOffset, columnOffset int, importer int) (*goja.Program, string) {
	pad := ""
	if lineOffset > 0 {
		pad = strings.Repeat("\n", lineOffset)
	}
	if columnOffset > 0 {
		pad += strings.Repeat(" ", columnOffset)
	}
	prg, compiled, err := compileScript(filename, pad+src, importer)
	if err != nil {
		panic(b.syntaxError(c, err, filename, compiled))
	}
	return prg, compiled
}

// timeoutToken is the interrupt of one run's timeout; nested runs each
// have their own, so that the one that fired is the one reported.
type timeoutToken struct{ ms int64 }

// run describes one run of a script: where, how long it may take, and
// whether its errors get node's source arrow (displayErrors).
type run struct {
	c             *vmContext // nil for the main context
	prg           *goja.Program
	call          func() (goja.Value, error) // run instead of prg when set
	timeout       int64
	displayErrors bool
	filename      string
	src           string // as compiled, offsets included
}

// runProgram runs a script. A timeout (ms, when positive) interrupts it
// and throws ERR_SCRIPT_EXECUTION_TIMEOUT; its exception is thrown to the
// caller in the main realm.
func (b *binding) runProgram(r run) goja.Value {
	target := b.outer
	if r.c != nil {
		target = r.c.inner
	}
	var (
		mu    sync.Mutex
		done  bool
		fired bool
	)
	tok := &timeoutToken{ms: r.timeout}
	var timer *time.Timer
	if r.timeout > 0 {
		timer = time.AfterFunc(time.Duration(r.timeout)*time.Millisecond, func() {
			mu.Lock()
			if !done {
				fired = true
				target.vm.Interrupt(tok)
			}
			mu.Unlock()
		})
	}
	stop := func() bool { return false }
	if r.c != nil {
		// A cancelled run interrupts the main runtime; the context's code
		// must stop too.
		ctx := b.rt.Context()
		stop = context.AfterFunc(ctx, func() { target.vm.Interrupt(ctx.Err()) })
	}
	var v goja.Value
	var err error
	if r.call != nil {
		v, err = r.call()
	} else {
		v, err = target.vm.RunProgram(r.prg)
	}
	stop()
	mu.Lock()
	done = true
	mu.Unlock()
	if timer != nil {
		timer.Stop()
	}
	var ie *goja.InterruptedError
	if fired && !(errors.As(err, &ie) && ie.Value() != tok) {
		// Our interrupt, whether it stopped the code or came too late:
		// nothing else may see it. (One that stopped a nested run's code
		// is left to unwind to the run it belongs to.)
		target.vm.ClearInterrupt()
		if r.c == nil {
			if err := b.rt.Context().Err(); err != nil {
				target.vm.Interrupt(err)
			}
		}
	}
	if err == nil {
		return v
	}
	if ex, ok := err.(*goja.Exception); ok && r.displayErrors {
		b.decorate(ex, r)
	}
	return b.rethrow(err, r.c, tok)
}

// rethrow throws err, which running code in c (nil: the main context)
// gave, in the main realm.
func (b *binding) rethrow(err error, c *vmContext, tok *timeoutToken) goja.Value {
	switch e := err.(type) {
	case *goja.Exception:
		if c == nil {
			panic(e)
		}
		panic(c.toOuter(e.Value()))
	case *goja.InterruptedError:
		if e.Value() == tok {
			panic(b.rt.NodeError("Error", "ERR_SCRIPT_EXECUTION_TIMEOUT", "Script execution timed out after "+strconv.FormatInt(tok.ms, 10)+"ms"))
		}
		panic(e)
	case *goja.StackOverflowError:
		if c != nil {
			panic(b.rt.NodeError("RangeError", "", "Maximum call stack size exceeded"))
		}
		panic(e)
	}
	panic(err)
}

// decorate puts node's source arrow (file:line, the line, a caret) before
// the stack of an error thrown from the script's own code, as node does
// with displayErrors, once.
func (b *binding) decorate(ex *goja.Exception, r run) {
	obj, ok := ex.Value().(*goja.Object)
	if !ok {
		return
	}
	frames := ex.Stack()
	if len(frames) == 0 {
		return
	}
	pos := frames[0].Position()
	if pos.Filename != r.filename || pos.Line < 1 {
		return
	}
	realm := b.outer
	if r.c != nil {
		realm = r.c.inner
	}
	if v := obj.GetSymbol(b.kDecorated); v != nil && v.ToBoolean() {
		return
	}
	st := obj.Get("stack")
	if st == nil || goja.IsUndefined(st) {
		return
	}
	lines := strings.Split(r.src, "\n")
	text := ""
	if pos.Line <= len(lines) {
		text = strings.TrimRight(lines[pos.Line-1], "\r")
	}
	arrow := pos.Filename + ":" + strconv.Itoa(pos.Line) + "\n" + text + "\n" + strings.Repeat(" ", max(pos.Column-1, 0)) + "^\n"
	_ = obj.DefineDataProperty("stack", realm.vm.ToValue(arrow+"\n"+st.String()), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = obj.DefineDataPropertySymbol(b.kDecorated, realm.vm.ToValue(true), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	if r.c == nil {
		// The uncaught report prints the stack, arrow included.
		b.setArrow(obj, "")
	}
}

// compileFunction compiles code as the body of a function with params,
// with the properties of each context extension in scope, in the main
// realm or in parsingContext's.
func (b *binding) compileFunction(code, filename string, lineOffset, columnOffset int, parsing goja.Value,
	extensions []goja.Value, params []string, importer int) goja.Value {
	var c *vmContext
	if obj, ok := parsing.(*goja.Object); ok {
		c = b.contextOf(obj)
	}
	var head strings.Builder
	head.WriteString("(function (")
	for i := range extensions {
		if i > 0 {
			head.WriteString(", ")
		}
		head.WriteString("$" + strconv.Itoa(i))
	}
	head.WriteString(") { ")
	for i, ext := range extensions {
		if goja.IsNull(ext) {
			continue
		}
		head.WriteString("with ($" + strconv.Itoa(i) + ") ")
	}
	head.WriteString("return function (" + strings.Join(params, ", ") + ") {")
	src := head.String() + code + "\n} })"
	// Check the body alone first, so that its syntax errors name its own
	// positions.
	body := "(function (" + strings.Join(params, ", ") + ") {" + code + "\n})"
	if _, compiled, err := compileScript(filename, body, importer); err != nil {
		panic(b.syntaxError(c, err, filename, compiled))
	}
	prg, _ := b.mustCompile(c, filename, src, lineOffset, columnOffset, importer)
	maker := b.runProgram(run{c: c, prg: prg})
	fn, _ := goja.AssertFunction(maker)
	args := make([]goja.Value, len(extensions))
	for i, ext := range extensions {
		args[i] = ext
		if c != nil {
			args[i] = c.toInner(ext)
		}
	}
	v, err := fn(goja.Undefined(), args...)
	if err != nil {
		return b.rethrow(err, c, nil)
	}
	if c != nil {
		return c.toOuter(v)
	}
	return v
}

var sourceMapComment = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?m)^[ \t]*//[#@][ \t]+sourceMappingURL=([^\s'"]+)[ \t]*$`)
})

// sourceMapURL returns the URL of the last sourceMappingURL comment of
// code, as V8 finds it.
func sourceMapURL(code string) string {
	m := sourceMapComment().FindAllStringSubmatch(code, -1)
	if len(m) == 0 {
		return ""
	}
	return m[len(m)-1][1]
}

// syntaxError turns goja's compile error into node's SyntaxError: V8's
// wording, and the report header (file:line, the line, a caret) that node
// prints when it goes uncaught.
func (b *binding) syntaxError(c *vmContext, err error, filename, src string) goja.Value {
	msg := err.Error()
	line, col := 0, 0
	var se *goja.CompilerSyntaxError
	if errors.As(err, &se) {
		msg = se.Message
		if se.File != nil {
			p := se.File.Position(se.Offset)
			line, col = p.Line, p.Column
		}
	}
	msg, _, _ = strings.Cut(msg, " (and ")
	if m := parseErrorText().FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		col, _ = strconv.Atoi(m[2])
		msg = m[3]
	}
	msg = strings.TrimPrefix(msg, "SyntaxError: ")
	lines := strings.Split(src, "\n")
	var text string
	if line >= 1 && line <= len(lines) {
		text = strings.TrimRight(lines[line-1], "\r")
	}
	tok := tokenAt(text, col-1)
	switch {
	case msg == "Unexpected identifier" && tok != "":
		msg = "Unexpected identifier '" + tok + "'"
	case strings.HasPrefix(msg, "Unexpected token ") && !strings.Contains(msg, "'"):
		msg = "Unexpected token '" + strings.TrimPrefix(msg, "Unexpected token ") + "'"
	}
	// The stack has the frames of the call that compiled, as node's has: an
	// error with none is shown as "[SyntaxError: ...]".
	e := b.rt.NodeError("SyntaxError", "", msg)
	if c != nil {
		stack := e.Get("stack")
		e = c.newError("SyntaxError", msg)
		_ = e.Set("stack", stack)
	}
	if line > 0 {
		width := len(tok)
		if width == 0 {
			width = 1
		}
		pad := ""
		if col > 1 {
			pad = strings.Repeat(" ", col-1)
		}
		b.setArrow(e, filename+":"+strconv.Itoa(line)+"\n"+text+"\n"+pad+strings.Repeat("^", width)+"\n")
	}
	return e
}

var parseErrorText = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^.*?: Line (\d+):(\d+) (.*)$`) })

// tokenAt returns the identifier or punctuator starting at byte col of
// text.
func tokenAt(text string, col int) string {
	if col < 0 || col >= len(text) {
		return ""
	}
	rest := text[col:]
	end := strings.IndexFunc(rest, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '$')
	})
	if end == 0 {
		return rest[:1]
	}
	if end < 0 {
		return rest
	}
	return rest[:end]
}

// setArrow gives an error the header node's uncaught report prints.
func (b *binding) setArrow(e *goja.Object, arrow string) {
	errs := b.rt.RequireCore("internal/errors").ToObject(b.rt.VM())
	if key, ok := errs.Get("kArrow").(*goja.Symbol); ok {
		_ = e.DefineDataPropertySymbol(key, b.rt.VM().ToValue(arrow), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
}
