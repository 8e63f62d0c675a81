// Package repl provides Node's repl module: repl.start and the REPLServer
// class, a readline Interface that evaluates each complete line of its
// input in the global scope and writes the result to its output, with
// multi-line input, the dot commands, history and custom eval functions.
//
// Code is evaluated as a script in the runtime's global scope, as node's
// REPL does with useGlobal: top-level var, let and const persist between
// lines and are seen by the script that started the REPL.
package repl

import (
	_ "embed"
	"errors"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

var (
	//go:embed js/repl.js
	replSource string
	//go:embed js/commands.js
	commandsSource string
	//go:embed js/eval.js
	evalSource string
)

var modules = []runtime.Module{
	runtime.JSModule("repl", replSource, nil),
	runtime.JSModule("internal/repl/eval", evalSource, binding),
	runtime.JSModule("internal/repl/commands", commandsSource, nil),
}

// Modules returns the repl module.
func Modules() []runtime.Module { return modules }

func binding(rt *runtime.Runtime, _ string) (goja.Value, error) {
	vm := rt.VM()
	o := vm.NewObject()
	// check compiles code without running it and returns "" when it is
	// valid, "incomplete" when more input could complete it, else the
	// syntax error's message.
	o.Set("check", func(code string) string {
		_, err := goja.Compile("REPL", code, false)
		return syntaxState(err)
	})
	// run compiles and runs code as a global script named filename. It
	// returns {value}, {error} for a thrown value, or {syntax, incomplete}
	// for code that does not compile.
	o.Set("run", func(code, filename string) goja.Value {
		res := vm.NewObject()
		prg, err := goja.Compile(filename, code, false)
		if err != nil {
			st := syntaxState(err)
			res.Set("incomplete", st == "incomplete")
			msg, line, col := syntaxMessage(err)
			res.Set("syntax", msg)
			res.Set("line", line)
			res.Set("column", col)
			return res
		}
		v, err := vm.RunProgram(prg)
		if err != nil {
			var ex *goja.Exception
			if errors.As(err, &ex) {
				res.Set("error", ex.Value())
				return res
			}
			panic(err)
		}
		res.Set("value", v)
		return res
	})
	return o, nil
}

// syntaxState classifies a compile error: "" for none, "incomplete" when
// the source ended inside a construct, else the message.
func syntaxState(err error) string {
	if err == nil {
		return ""
	}
	msg := err.Error()
	if strings.Contains(msg, "Unexpected end of input") || strings.Contains(msg, "Unterminated template") {
		return "incomplete"
	}
	msg, _, _ = syntaxMessage(err)
	return msg
}

var parseErrorText = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^.*?: Line (\d+):(\d+) (.*)$`) })

// syntaxMessage returns the compiler's message and its 1-based line and
// column ("REPL1: Line 1:4 Unexpected token *" gives 1, 4 and
// "Unexpected token *").
func syntaxMessage(err error) (string, int, int) {
	msg := err.Error()
	var se *goja.CompilerSyntaxError
	if errors.As(err, &se) {
		if se.File != nil {
			p := se.File.Position(se.Offset)
			return se.Message, p.Line, p.Column
		}
		msg = se.Message
	}
	msg, _, _ = strings.Cut(msg, " (and ")
	if m := parseErrorText().FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		col, _ := strconv.Atoi(m[2])
		return m[3], line, col
	}
	return strings.TrimPrefix(msg, "SyntaxError: "), 0, 0
}
