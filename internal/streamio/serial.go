package streamio

import "sync"

// SerialQueue is a Queue served by whichever goroutine calls Run: a
// private event loop for work that must finish before its caller goes on
// (spawnSync serves its child's pipes with one while the runtime's loop
// is blocked), and for tests.
type SerialQueue struct {
	mu     sync.Mutex
	tasks  []func()
	closed bool
	wake   chan struct{}
}

// NewSerialQueue returns an open, empty queue.
func NewSerialQueue() *SerialQueue { return &SerialQueue{wake: make(chan struct{}, 1)} }

// Queue runs fn after the tasks queued before it. Any goroutine.
func (q *SerialQueue) Queue(fn func()) bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed {
		return false
	}
	q.tasks = append(q.tasks, fn)
	q.signal()
	return true
}

// Close queues fn (nil allowed) as the last task. Any goroutine.
func (q *SerialQueue) Close(fn func()) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed {
		return
	}
	if fn != nil {
		q.tasks = append(q.tasks, fn)
	}
	q.closed = true
	q.signal()
}

func (q *SerialQueue) signal() {
	select {
	case q.wake <- struct{}{}:
	default:
	}
}

// Run runs the tasks in order until the queue is closed and they are done.
func (q *SerialQueue) Run() {
	for {
		q.mu.Lock()
		tasks, closed := q.tasks, q.closed
		q.tasks = nil
		q.mu.Unlock()
		for _, t := range tasks {
			t()
		}
		if len(tasks) == 0 {
			if closed {
				return
			}
			<-q.wake
		}
	}
}
