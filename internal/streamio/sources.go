package streamio

import "sync"

// Sources counts the goroutines (readers, writers, a process waiter) that
// will still queue work for one owner. When the last one is done, the
// owner's queue is closed with that source's last task, so the loop is
// held exactly while results may still come. Safe from any goroutine.
type Sources struct {
	q       Queue
	mu      sync.Mutex
	pending int
	onLast  func() // runs on the loop before the last task; may be nil
}

// NewSources returns a counter of n sources that feed q. onLast, when not
// nil, runs on the loop once every source is done, before the last
// source's final task.
func NewSources(q Queue, n int, onLast func()) *Sources {
	return &Sources{q: q, pending: n, onLast: onLast}
}

// Add records n more sources.
func (s *Sources) Add(n int) {
	s.mu.Lock()
	s.pending += n
	s.mu.Unlock()
}

// Done records that one source has finished; fn (nil allowed) is its last
// task. The last source's Done closes the queue.
func (s *Sources) Done(fn func()) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pending--
	if s.pending > 0 {
		if fn != nil {
			s.q.Queue(fn)
		}
		return
	}
	onLast := s.onLast
	s.q.Close(func() {
		if onLast != nil {
			onLast()
		}
		if fn != nil {
			fn()
		}
	})
}
