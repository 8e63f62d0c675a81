// Package cli is the jsproc command line: node's options, the script
// runner and the REPL. Run returns the exit code so tests run it in-process.
package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/jsproc/jsproc"
	"golang.org/x/term"
)

const usage = `Usage: jsproc [options] [ script.js ] [arguments]
       jsproc [options] -e "script" [arguments]
       jsproc [options] -p "script" [arguments]
       jsproc [options] - [arguments]

Options:
  -                          script read from stdin (default if no file name is
                             provided and stdin is not a terminal)
  --                         indicate the end of jsproc options
  -c, --check                syntax check script without executing
  -e, --eval=...             evaluate script
  -h, --help                 print jsproc command line options
  -p, --print [...]          evaluate script and print result
  -r, --require=...          CommonJS module to preload (option can be repeated)
  -v, --version              print jsproc version
  --allow-run=cmd,...        allow scripts to run only these programs
  --deny-run=cmd,...         refuse to run these programs
  --trace-spawn[=file]       write one JSON line per spawned process
  --permission               deny what is not granted below (also
                             --experimental-permission)
  --allow-fs-read=path,...   allow reading these paths ("*": all)
  --allow-fs-write=path,...  allow writing these paths ("*": all)
  --allow-child-process      allow starting programs
  --allow-worker             allow worker threads
  --allow-net[=host[:port],...]
                             allow these hosts (alone: all)
  --allow-env[=name,...]     allow these environment variables (alone: all)
  --experimental-vm-modules  provide vm.Module, vm.SourceTextModule and
                             vm.SyntheticModule
  --env-file=path            set environment variables from this file
  --env-file-if-exists=path  the same, when the file exists
`

// options are the parsed command line.
type options struct {
	eval      string
	hasEval   bool
	print     bool
	check     bool
	preload   []string
	script    string
	fromStdin bool
	args      []string
	execArgv  []string
	extra     map[string]string // options handled by bindings (--allow-run, ...)
	perm      permissionFlags
	vmModules bool // --experimental-vm-modules
	envFiles  []envFile
}

// accepted are node options jsproc takes and ignores: they change nothing
// a script can observe here. Any other node option jsproc does not
// implement is a bad option (exit 9), as node treats one it does not know,
// rather than a silent difference.
var accepted = map[string]bool{
	"--no-warnings": true, "--no-deprecation": true, "--trace-warnings": true,
	"--enable-source-maps": true, "--trace-uncaught": true, "--throw-deprecation": true,
	"--pending-deprecation": true, "--no-experimental-fetch": true, "--preserve-symlinks": true,
	"--expose-gc": true, "--harmony": true, "--use-strict": false,

	// Experimental flags whose feature jsproc has anyway, so taking them
	// changes nothing: syntax detection of ES modules and require() of
	// ES modules are always on here.
	"--experimental-detect-module": true, "--experimental-require-module": true,
	// Flags node 20 still takes for features it has turned on by default
	// (so they are no-ops there too): fetch, Web Crypto, JSON modules,
	// top-level await, AbortController, await in the REPL, worker threads.
	"--experimental-fetch": true, "--experimental-global-webcrypto": true,
	"--experimental-json-modules": true, "--experimental-top-level-await": true,
	"--experimental-abortcontroller": true, "--experimental-repl-await": true,
	"--experimental-worker": true,
	// A V8 flag node 20 takes for import attributes (with { type }), which
	// jsproc always parses.
	"--harmony-import-attributes": true,
}

func parseArgs(args []string) (*options, error) {
	o := &options{extra: map[string]string{}}
	i := 0
	for ; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			i++
			break
		}
		if a == "-" {
			o.fromStdin = true
			i++
			break
		}
		if !strings.HasPrefix(a, "-") {
			break
		}
		name, value, hasValue := strings.Cut(a, "=")
		next := func() (string, error) {
			if hasValue {
				return value, nil
			}
			if i+1 >= len(args) {
				return "", fmt.Errorf("%s requires an argument", name)
			}
			i++
			o.execArgv = append(o.execArgv, args[i])
			return args[i], nil
		}
		o.execArgv = append(o.execArgv, a)
		switch name {
		case "-e", "--eval":
			v, err := next()
			if err != nil {
				return nil, err
			}
			o.eval, o.hasEval = v, true
		case "-p", "--print":
			o.print = true
			if hasValue || (i+1 < len(args) && !o.hasEval) {
				v, err := next()
				if err != nil {
					return nil, err
				}
				o.eval, o.hasEval = v, true
			}
		case "-pe", "-ep":
			v, err := next()
			if err != nil {
				return nil, err
			}
			o.eval, o.hasEval, o.print = v, true, true
		case "-c", "--check":
			o.check = true
		case "-r", "--require":
			v, err := next()
			if err != nil {
				return nil, err
			}
			o.preload = append(o.preload, v)
		case "-h", "--help":
			o.extra["help"] = "1"
		case "-v", "--version":
			o.extra["version"] = "1"
		case "--allow-run", "--deny-run":
			// --allow-run alone allows every program, as in Deno.
			o.extra[name] = value
		case "--trace-spawn":
			o.extra[name] = value
		case "--experimental-vm-modules":
			o.vmModules = true
		case "--env-file", "--env-file-if-exists":
			v, err := next()
			if err != nil {
				return nil, err
			}
			o.envFiles = append(o.envFiles, envFile{path: v, optional: name == "--env-file-if-exists"})
		case "--input-type", "--stack-size", "--max-old-space-size", "--title", "--unhandled-rejections":
			if _, err := next(); err != nil {
				return nil, err
			}
		default:
			if ok, err := o.perm.parse(name, value, hasValue, next); ok {
				if err != nil {
					return nil, err
				}
				continue
			}
			if accepted[name] {
				continue
			}
			return nil, fmt.Errorf("bad option: %s", a)
		}
	}
	rest := args[i:]
	if o.hasEval || o.fromStdin {
		o.args = rest
	} else if len(rest) > 0 {
		o.script, o.args = rest[0], rest[1:]
	}
	return o, nil
}

// Run runs the jsproc command line with args (without the program name) and
// returns the process exit code.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	o, err := parseArgs(args)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", exeName(), err)
		return 9
	}
	if o.extra["help"] != "" {
		fmt.Fprint(stdout, usage)
		return 0
	}
	if o.extra["version"] != "" {
		fmt.Fprintln(stdout, jsproc.NodeVersion)
		return 0
	}
	if o.perm.missingPermission() {
		// node throws this at start-up rather than grant nothing.
		fmt.Fprintln(stderr, "TypeError [ERR_MISSING_OPTION]: --experimental-permission is required")
		return 1
	}
	env, err := loadEnvFiles(o.envFiles, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", exeName(), err)
		return 9
	}
	keepWritesOnBrokenPipes()
	opts := jsproc.Options{
		Env:   env,
		Stdin: stdin, Stdout: stdout, Stderr: stderr,
		ExecArgv:      o.execArgv,
		Modules:       jsproc.StandardModules(),
		ChildProcess:  &jsproc.ChildProcess{},
		HandleSignals: true,
		Argv0:         argv0(),
		Preload:       o.preload,
		// A forked child (NODE_CHANNEL_FD set) gets its IPC channel.
		ParentChannel:         true,
		ExperimentalVMModules: o.vmModules,
	}
	ctx := context.Background()
	release, err := configure(&opts, o, stderr)
	defer release()
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", exeName(), err)
		return 9
	}
	opts.Args = o.args
	// run creates the runtime and runs one program in it.
	run := func(program func(rt *jsproc.Runtime) (int, error)) int {
		rt, err := jsproc.New(opts)
		if err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
		code, _ := program(rt)
		return code
	}
	switch {
	case o.hasEval:
		return run(func(rt *jsproc.Runtime) (int, error) { return rt.RunEval(ctx, o.eval, o.print) })
	case o.script != "":
		if o.check {
			data, err := os.ReadFile(o.script)
			if err != nil {
				fmt.Fprintf(stderr, "%s: %v\n", exeName(), err)
				return 1
			}
			abs, _ := filepath.Abs(o.script)
			return checkSyntax(stderr, abs, string(data))
		}
		return run(func(rt *jsproc.Runtime) (int, error) { return rt.RunFile(ctx, o.script) })
	case o.fromStdin || !isTerminal(stdin):
		src, err := io.ReadAll(stdin)
		if err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
		if o.check {
			return checkSyntax(stderr, "[stdin]", string(src))
		}
		return run(func(rt *jsproc.Runtime) (int, error) { return rt.RunSource(ctx, "[stdin]", string(src)) })
	default:
		return run(func(rt *jsproc.Runtime) (int, error) { return rt.RunREPL(ctx) })
	}
}

func checkSyntax(stderr io.Writer, name, src string) int {
	if err := jsproc.CheckSyntax(name, src); err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	return 0
}

func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

func exeName() string {
	return "jsproc"
}

func argv0() string {
	if len(os.Args) > 0 {
		return os.Args[0]
	}
	return "jsproc"
}
