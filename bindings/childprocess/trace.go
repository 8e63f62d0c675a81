package childprocess

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"sync"
	"syscall"
	"time"

	"github.com/jsproc/jsproc/internal/sysnames"
)

// SpawnRecord is one line of the spawn audit trail.
type SpawnRecord struct {
	// Time is when the spawn was asked for.
	Time time.Time `json:"time"`
	// Argv is the argument vector, argv[0] included.
	Argv []string `json:"argv"`
	// File is the program that was (or would have been) started.
	File string `json:"file"`
	// Cwd is the child's working directory.
	Cwd string `json:"cwd"`
	// Sync is true for spawnSync, execSync and execFileSync.
	Sync bool `json:"sync"`
	// Pid is the child's process id; 0 when it did not start.
	Pid int `json:"pid,omitempty"`
	// Allowed is false when a policy refused the spawn.
	Allowed bool `json:"allowed"`
	// Error says why the child did not start.
	Error string `json:"error,omitempty"`
	// ExitCode is the exit code of a child that exited.
	ExitCode *int `json:"exit_code,omitempty"`
	// Signal names the signal that ended the child.
	Signal string `json:"signal,omitempty"`
	// DurationMS is how long the child ran, in milliseconds.
	DurationMS float64 `json:"duration_ms"`
}

// TraceSpawns returns a handler that writes one JSON line per spawn to w:
// when the child ends, or at once when it could not start or was refused.
// Put it first in the chain so that it sees refusals. Safe for many
// runtimes sharing one w.
func TraceSpawns(w io.Writer) SpawnHandler {
	var mu sync.Mutex
	write := func(rec *SpawnRecord) {
		line, _ := json.Marshal(rec)
		mu.Lock()
		_, _ = w.Write(append(line, '\n'))
		mu.Unlock()
	}
	return func(ctx context.Context, req *SpawnRequest, next SpawnFunc) (Process, error) {
		rec := &SpawnRecord{Time: time.Now().UTC(), Argv: append([]string(nil), req.Args...), Cwd: req.Dir, Sync: req.Sync, Allowed: true}
		proc, err := next(ctx, req)
		rec.File = req.File
		if err != nil {
			rec.Allowed = !errors.Is(err, ErrAccessDenied)
			rec.Error = err.Error()
			write(rec)
			return nil, err
		}
		rec.Pid = proc.Pid()
		return &tracedProcess{Process: proc, rec: rec, write: write}, nil
	}
}

type tracedProcess struct {
	Process
	rec   *SpawnRecord
	write func(*SpawnRecord)
}

// SignalGroup forwards to the traced process's group, if it has one.
func (t *tracedProcess) SignalGroup(sig syscall.Signal) error {
	if g, ok := t.Process.(GroupSignaler); ok {
		return g.SignalGroup(sig)
	}
	return t.Process.Signal(sig)
}

func (t *tracedProcess) Wait() (ExitStatus, error) {
	st, err := t.Process.Wait()
	t.rec.DurationMS = float64(time.Since(t.rec.Time).Microseconds()) / 1000
	if err != nil {
		t.rec.Error = err.Error()
	} else if st.Signal != 0 {
		t.rec.Signal = sysnames.SignalName(st.Signal)
	} else {
		code := st.Code
		t.rec.ExitCode = &code
	}
	t.write(t.rec)
	return st, err
}
