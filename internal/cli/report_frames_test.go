package cli

import (
	"bytes"
	"context"
	"os/exec"
	"regexp"
	"testing"
	"time"

	"github.com/jsproc/jsproc/internal/jstest"
)

// hostFrame matches a stack frame of jsproc's own machinery: a Go function
// or the bootstrap that runs macrotasks and ticks. Node's reports and
// inspected errors show neither.
var hostFrame = regexp.MustCompile(`(?m)^\s+at .*(node:internal/bootstrap|[\w.-]+/\S+ \(native\))`)

// TestReportHostFrames: uncaught-error reports and inspected errors show
// the script's frames and never the host's, wherever the error was thrown
// (a macrotask, a tick, a promise job, a require) or however it is shown.
func TestReportHostFrames(t *testing.T) {
	bin := jstest.Binary(t)
	cases := map[string]string{
		"require": "function f() {\n  require('nope');\n}\nf();\n",
		"timer":   "setTimeout(function tm() { throw new Error('in a timer'); }, 1);\n",
		"tick":    "process.nextTick(() => { throw new Error('in a tick'); });\n",
		"job":     "Promise.resolve().then(() => { null.x; });\n",
		"call":    "[1].forEach(() => { throw Error('as a function'); });\n",
		"inspect": "const util = require('util');\nconsole.log(util.inspect(new Error('shown')));\nconsole.log(new TypeError('logged'));\nsetTimeout(() => console.error(new Error('in a timer')));\n",
		"event":   "const EventEmitter = require('events');\nsetTimeout(() => new EventEmitter().emit('error', new Error('unhandled')));\n",
	}
	for name, src := range cases {
		t.Run(name, func(t *testing.T) {
			script := writeScript(t, name+".js", src)
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			cmd := exec.CommandContext(ctx, bin, script)
			cmd.Env = jstest.Env()
			var out bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &out
			_ = cmd.Run()
			if !bytes.Contains(out.Bytes(), []byte("    at ")) {
				t.Fatalf("no stack frame shown:\n%s", out.String())
			}
			if m := hostFrame.Find(out.Bytes()); m != nil {
				t.Errorf("host frame %q shown:\n%s", m, out.String())
			}
		})
	}
}
