package cli

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/jsproc/jsproc"
	"github.com/jsproc/jsproc/bindings/childprocess"
)

// configure applies the options bindings implement to opts: the spawn
// audit trail (--trace-spawn) and the run permissions (--allow-run,
// --deny-run), as handlers of the child_process grant opts holds. The trail is first in the handler chain, so it records the
// spawns the policy refuses too. It returns a function that releases what
// it opened.
func configure(opts *jsproc.Options, o *options, stderr io.Writer) (func(), error) {
	release := func() {}
	if path, ok := o.extra["--trace-spawn"]; ok {
		w := stderr
		if path != "" {
			f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
			if err != nil {
				return release, fmt.Errorf("--trace-spawn: %w", err)
			}
			w, release = f, func() { f.Close() }
		}
		opts.ChildProcess.Handlers = append(opts.ChildProcess.Handlers, childprocess.TraceSpawns(w))
	}
	allow, hasAllow := o.extra["--allow-run"]
	o.perm.apply(opts, hasAllow)
	deny, hasDeny := o.extra["--deny-run"]
	if (hasAllow && allow != "") || hasDeny {
		var allowList []string
		if hasAllow && allow != "" {
			allowList = splitList(allow)
		}
		policy := childprocess.NewRunPolicy(allowList, splitList(deny))
		opts.ChildProcess.Handlers = append(opts.ChildProcess.Handlers, policy.Handler())
	}
	return release, nil
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
