package runtime

import (
	"context"
	"errors"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"golang.org/x/term"
)

// CheckSyntax compiles src without running it, as node --check does, and
// returns a description of the first syntax error. For the root package
// (jsproc.CheckSyntax).
func CheckSyntax(filename, src string) error {
	code := src
	if strings.HasSuffix(filename, ".ts") || strings.HasSuffix(filename, ".mjs") || strings.HasSuffix(filename, ".mts") || needsLowering(src) {
		r := &Runtime{}
		format := "cjs"
		if strings.HasSuffix(filename, ".mjs") || strings.HasSuffix(filename, ".mts") {
			format = "esm"
		}
		out, err := r.transformCheck(filename, src, format)
		if err != nil {
			return err
		}
		code = out
	}
	_, err := goja.Compile(filename, "(function (exports, require, module, __filename, __dirname) { "+stripShebang(code)+"\n})", false)
	if file, line, _, msg, ok := syntaxErrorPosition(err); ok {
		return errors.New(file + ":" + strconv.Itoa(line) + "\n\nSyntaxError: " + msg)
	}
	return err
}

// RunREPL runs an interactive read-eval-print loop on the runtime's
// terminal (stdin and stdout), with history and multi-line input, until
// .exit, end of input, or process.exit(). For the root package, as
// RunFile.
func (r *Runtime) RunREPL(ctx context.Context) (int, error) {
	return r.run(ctx, func() { r.startREPL() })
}

func (r *Runtime) startREPL() {
	var rw io.ReadWriter = struct {
		io.Reader
		io.Writer
	}{r.stdin, r.stdout}
	var restore func()
	if f, ok := r.stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		if st, err := term.MakeRaw(int(f.Fd())); err == nil {
			restore = func() { _ = term.Restore(int(f.Fd()), st) }
			r.OnClose(restore)
		}
	}
	t := term.NewTerminal(rw, "> ")
	if restore != nil {
		// Output goes through the terminal, which redraws the prompt and
		// turns "\n" into "\r\n" (the terminal is in raw mode).
		r.stdout, r.stderr = t, t
	}
	_, _ = io.WriteString(r.stdout, "Welcome to jsproc "+Version+" (Node.js "+NodeVersion+" API).\r\nType \".exit\" or press Ctrl+D to exit.\r\n")
	q := r.loop.NewTaskQueue()
	lines := make(chan struct{}, 1)
	var pending strings.Builder
	g := r.vm.GlobalObject()
	g.Set("require", r.loader.makeRequire(r.loader.newModule("<repl>", r.ResolvePath("<repl>"), nil), r.Cwd()))
	r.installEvalLibs(func(name string) goja.Value { return r.RequireCore(name) })
	go func() {
		for {
			line, err := t.ReadLine()
			if err != nil {
				q.Close(func() { _, _ = io.WriteString(r.stdout, "\r\n") })
				return
			}
			q.Queue(func() {
				defer func() { lines <- struct{}{} }()
				if pending.Len() == 0 && strings.TrimSpace(line) == ".exit" {
					r.exitProcess(0)
					return
				}
				pending.WriteString(line + "\n")
				src := pending.String()
				prg, err := goja.Compile("REPL", src, false)
				if err != nil {
					if strings.Contains(err.Error(), "Unexpected end of input") {
						t.SetPrompt("... ")
						return
					}
					pending.Reset()
					t.SetPrompt("> ")
					_, _ = io.WriteString(t, "Uncaught "+err.Error()+"\n")
					return
				}
				pending.Reset()
				t.SetPrompt("> ")
				v, err := r.vm.RunProgram(prg)
				if err != nil {
					var ex *goja.Exception
					if errors.As(err, &ex) {
						_, _ = io.WriteString(t, "Uncaught "+r.inspect(ex.Value())+"\n")
						return
					}
					r.throwErr(err)
				}
				_, _ = io.WriteString(t, r.inspect(v)+"\n")
			})
			<-lines
		}
	}()
}

// inspect is util.inspect(v).
func (r *Runtime) inspect(v goja.Value) string {
	ins := r.RequireCore("internal/inspect").ToObject(r.vm)
	f, _ := goja.AssertFunction(ins.Get("inspect"))
	return r.Call(f, goja.Undefined(), v).String()
}
