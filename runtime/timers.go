package runtime

import (
	"container/heap"
	"time"
)

// timer is one setTimeout/setInterval. Loop goroutine only.
type timer struct {
	id       int64
	when     time.Time
	seq      uint64
	interval time.Duration // 0 for a one-shot timer
	delay    time.Duration
	fn       func()
	refd     bool
	active   bool // in the heap
	index    int
}

type timerHeap []*timer

func (h timerHeap) Len() int { return len(h) }
func (h timerHeap) Less(i, j int) bool {
	if h[i].when.Equal(h[j].when) {
		return h[i].seq < h[j].seq
	}
	return h[i].when.Before(h[j].when)
}
func (h timerHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index = i
	h[j].index = j
}
func (h *timerHeap) Push(x any) {
	t := x.(*timer)
	t.index = len(*h)
	*h = append(*h, t)
}
func (h *timerHeap) Pop() any {
	old := *h
	t := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	t.index = -1
	return t
}

// addTimer schedules fn after delay (repeating if interval). Loop goroutine only.
func (l *Loop) addTimer(t *timer) {
	l.timerSeq++
	t.seq = l.timerSeq
	t.when = time.Now().Add(t.delay)
	t.active = true
	heap.Push(&l.timers, t)
	if t.refd {
		l.refTimers++
	}
}

// removeTimer cancels t. Loop goroutine only.
func (l *Loop) removeTimer(t *timer) {
	if !t.active {
		return
	}
	heap.Remove(&l.timers, t.index)
	t.active = false
	if t.refd {
		l.refTimers--
	}
}

// setTimerRef changes whether t keeps the loop alive. Loop goroutine only.
func (l *Loop) setTimerRef(t *timer, refd bool) {
	if t.refd == refd {
		return
	}
	t.refd = refd
	if t.active {
		if refd {
			l.refTimers++
		} else {
			l.refTimers--
		}
	}
}

// nextTimerDelay reports how long until the earliest timer fires.
func (l *Loop) nextTimerDelay() (time.Duration, bool) {
	if len(l.timers) == 0 {
		return 0, false
	}
	return time.Until(l.timers[0].when), true
}

// runTimers fires every timer due now, in deadline order.
func (l *Loop) runTimers(macrotask func(func()), exiting func() bool) {
	if len(l.timers) == 0 {
		return
	}
	now := time.Now()
	for len(l.timers) > 0 && !l.timers[0].when.After(now) {
		t := heap.Pop(&l.timers).(*timer)
		t.active = false
		if t.refd {
			l.refTimers--
		}
		if t.interval > 0 {
			// Re-armed before the callback so clearInterval inside it works.
			t.delay = t.interval
			l.timerSeq++
			t.seq = l.timerSeq
			t.when = time.Now().Add(t.interval)
			t.active = true
			heap.Push(&l.timers, t)
			if t.refd {
				l.refTimers++
			}
		}
		macrotask(t.fn)
		if exiting() {
			return
		}
	}
}

// immediate is one setImmediate. Loop goroutine only.
type immediate struct {
	fn        func()
	refd      bool
	cancelled bool
}

func (l *Loop) addImmediate(im *immediate) {
	l.immediates = append(l.immediates, im)
	if im.refd {
		l.refTimers++
	}
}

func (l *Loop) cancelImmediate(im *immediate) {
	if im.cancelled {
		return
	}
	im.cancelled = true
	if im.refd {
		l.refTimers--
	}
}

func (l *Loop) setImmediateRef(im *immediate, refd bool) {
	if im.refd == refd || im.cancelled {
		im.refd = refd
		return
	}
	im.refd = refd
	if refd {
		l.refTimers++
	} else {
		l.refTimers--
	}
}

// runImmediates runs the immediates queued before this check phase began.
func (l *Loop) runImmediates(macrotask func(func()), exiting func() bool) {
	n := len(l.immediates)
	if n == 0 {
		return
	}
	batch := l.immediates[:n:n]
	for i, im := range batch {
		if im.cancelled {
			continue
		}
		im.cancelled = true
		if im.refd {
			l.refTimers--
		}
		macrotask(im.fn)
		if exiting() {
			// Keep the rest for a loop that never resumes; drop references.
			l.immediates = append([]*immediate(nil), batch[i+1:]...)
			return
		}
	}
	rest := l.immediates[n:]
	l.immediates = append(make([]*immediate, 0, len(rest)), rest...)
}
