package childprocess

import (
	"sync"
	"syscall"
	"time"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

// DefaultKillGrace is how long a cancelled runtime waits after SIGTERM
// before it sends SIGKILL to children still running and closes the pipes
// that grandchildren may hold open.
const DefaultKillGrace = 2 * time.Second

type killGraceKey struct{}

// WithKillGrace sets the grace between SIGTERM and SIGKILL when a runtime's
// context is cancelled while children run.
func WithKillGrace(opts *runtime.Options, d time.Duration) {
	if opts.Values == nil {
		opts.Values = map[any]any{}
	}
	opts.Values[killGraceKey{}] = d
}

// stateKey keys a Runtime's state (runtime.State).
type stateKey struct{}

// state is the module's per-Runtime bookkeeping, made once per Runtime:
// the children still running or still delivering output, and the
// goroutines serving them.
type state struct {
	rt     *runtime.Runtime
	grace  time.Duration
	groups bool // WithProcessGroups: children lead their own groups

	mu   sync.Mutex
	live map[*child]struct{}
	// waits counts wait goroutines. Readers and writers (internal/streamio)
	// end when the pipes closed below close.
	waits sync.WaitGroup
	// stopped is closed when the run ends: goroutines waiting for the loop
	// give up.
	stopped chan struct{}
	// ending is closed when close begins: the loop runs no more tasks, so
	// nothing waits for one (a child's first read turn).
	ending chan struct{}
	// handleProto holds the methods of the children's handles, which
	// find their child under handleKey (loop goroutine; made on first use).
	handleProto *goja.Object
	handleKey   *goja.Symbol
}

func newState(rt *runtime.Runtime) *state {
	s := &state{rt: rt, grace: DefaultKillGrace, live: map[*child]struct{}{}, stopped: make(chan struct{}), ending: make(chan struct{})}
	if d, ok := rt.Value(killGraceKey{}).(time.Duration); ok && d > 0 {
		s.grace = d
	}
	s.groups, _ = rt.Value(processGroupsKey{}).(bool)
	rt.OnClose(s.close)
	return s
}

func (s *state) add(c *child) {
	s.mu.Lock()
	s.live[c] = struct{}{}
	s.mu.Unlock()
}

func (s *state) remove(c *child) {
	s.mu.Lock()
	delete(s.live, c)
	s.mu.Unlock()
}

// close runs when the run ends. A cancelled run kills its children (SIGTERM,
// then SIGKILL after the grace; to their process groups with
// WithProcessGroups) and returns once every one of them is reaped. A run
// that simply ended leaves running children alone, as node does when it
// exits: their pipes are closed and a goroutine reaps each one when it
// ends.
func (s *state) close() {
	close(s.ending)
	cancelled := s.rt.Context().Err() != nil
	s.mu.Lock()
	live := make([]*child, 0, len(s.live))
	for c := range s.live {
		live = append(live, c)
	}
	s.mu.Unlock()
	if cancelled {
		var wg sync.WaitGroup
		for _, c := range live {
			// Pipes the loop did not get to start reading (a run cancelled
			// in the spawn's turn) are read now, so their end is seen.
			for _, p := range c.pipes {
				if p.r != nil && !p.started && !p.handedOff {
					p.r.Resume()
				}
			}
		}
		for _, c := range live {
			wg.Add(1)
			go func() {
				defer wg.Done()
				c.terminate(s.grace)
			}()
		}
		wg.Wait()
		s.waits.Wait()
	}
	close(s.stopped)
	for _, c := range live {
		c.closePipes()
	}
}

// terminate sends SIGTERM now and SIGKILL after grace unless the process
// ended; pipes still open then are closed (a grandchild may hold them).
// With process groups the signals go to the child's group, and SIGKILL
// also to a group whose member still holds the pipes after the child
// ended.
func (c *child) terminate(grace time.Duration) {
	s := c.st
	s.signalTree(c.proc, syscall.SIGTERM)
	t := time.NewTimer(grace)
	defer t.Stop()
	select {
	case <-c.waited:
		select {
		case <-c.drained:
		case <-t.C:
			if s.groups {
				s.signalTree(c.proc, syscall.SIGKILL)
			}
			c.closePipes()
		}
	case <-t.C:
		s.signalTree(c.proc, syscall.SIGKILL)
		c.closePipes()
	}
}
