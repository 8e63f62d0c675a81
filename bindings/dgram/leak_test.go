package dgram_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/internal/leakcheck"
	"github.com/jsproc/jsproc/runtime"
)

// leakScript echoes datagrams between two sockets, leaves an unref'd one
// bound and one unbound; with CANCEL set, a socket stays bound and ref'd
// and the run is cancelled once it receives.
const leakScript = `
const dgram = require('dgram');
const cancel = process.env.CANCEL === '1';
const server = dgram.createSocket('udp4');
const idle = dgram.createSocket('udp6');
const spare = dgram.createSocket('udp4');
spare.bind(0, '127.0.0.1', () => spare.unref());
server.bind(0, '127.0.0.1', () => {
  const client = dgram.createSocket('udp4');
  let n = 0;
  client.on('message', (m) => {
    if (++n < 3) return;
    if (cancel) return arrived();
    console.log('echoed', String(m));
    client.close();
    server.close();
  });
  for (let i = 0; i < 3; i++) client.send('m' + i, server.address().port, '127.0.0.1');
});
server.on('message', (m, r) => server.send(m, r.port, r.address));
`

// TestManyRuntimesNoLeaks runs 200 runtimes (40 with -short or under
// the race detector) in this Go process, eight at a time; every fifth is
// cancelled while its sockets are open. Afterwards goroutines and
// descriptors are back where they started.
func TestManyRuntimesNoLeaks(t *testing.T) {
	runs := 200
	if testing.Short() || raceEnabled {
		runs = 40
	}
	base := leakcheck.Take()
	leakcheck.RunMany(t, runs, 8, func(i int) error { return leakRun(i%5 == 0) })
	base.Check(t)
}

func leakRun(cancel bool) error {
	ctx, stop := context.WithTimeout(context.Background(), 30*time.Second)
	defer stop()
	var out bytes.Buffer
	env := []string{"CANCEL=0"}
	if cancel {
		env = []string{"CANCEL=1"}
	}
	rt, err := runtime.New(runtime.Options{
		Stdout: &out, Stderr: &out, Env: env, Modules: nodestd.Modules(),
		Globals: map[string]any{"arrived": func() { stop() }},
	})
	if err != nil {
		return err
	}
	code, err := rt.RunSource(ctx, "leak.js", leakScript)
	switch {
	case cancel && !errors.Is(err, context.Canceled):
		return fmt.Errorf("cancelled run: code %d, err %v, out %q", code, err, out.String())
	case !cancel && (err != nil || code != 0 || out.String() != "echoed m2\n"):
		return fmt.Errorf("code %d, err %v, out %q", code, err, out.String())
	}
	return nil
}
