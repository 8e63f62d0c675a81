package sharedmem

import (
	"context"
	"sync"
	"time"
	"unsafe"
)

// Result is how a wait ended, named as Atomics.wait names it.
type Result string

// The results of a wait.
const (
	OK       Result = "ok"
	NotEqual Result = "not-equal"
	TimedOut Result = "timed-out"
)

// waiter is one agent waiting on an address: a blocked goroutine (done is
// closed when it is woken) or an asynchronous wait (wake is called).
type waiter struct {
	done  chan struct{}
	wake  func(Result)
	timer *time.Timer
	mem   []byte // keeps the block (and so the address) alive
	woken bool   // waitMu
}

// waitMu guards waitLists, the waiters of every address, oldest first.
// One lock for all addresses keeps the check of the value and the joining
// of the list one step for notify.
var (
	waitMu    sync.Mutex
	waitLists = map[uintptr][]*waiter{}
)

// Wait blocks until the cell (4 or 8 bytes, shared) is notified, timeout
// passes (a negative timeout never does) or ctx ends, if the cell holds
// expected; it returns NotEqual at once if it does not. A wait that ctx
// ends returns TimedOut and ctx's error.
func (b Block) Wait(ctx context.Context, c Cell, expected uint64, timeout time.Duration) (Result, error) {
	addr := uintptr(c.P)
	expected = c.truncate(expected)
	waitMu.Lock()
	if c.Load() != expected {
		waitMu.Unlock()
		return NotEqual, nil
	}
	if timeout == 0 {
		waitMu.Unlock()
		return TimedOut, nil
	}
	w := &waiter{done: make(chan struct{}), mem: b.data}
	waitLists[addr] = append(waitLists[addr], w)
	waitMu.Unlock()

	var expired <-chan time.Time
	if timeout > 0 {
		t := time.NewTimer(timeout)
		defer t.Stop()
		expired = t.C
	}
	var err error
	select {
	case <-w.done:
		return OK, nil
	case <-expired:
	case <-ctx.Done():
		err = ctx.Err()
	}
	if !leave(addr, w) {
		return OK, nil // notified as the wait ended
	}
	return TimedOut, err
}

// WaitAsync starts an asynchronous wait on the cell (4 or 8 bytes,
// shared): if the cell holds expected, wake is called later, from any
// goroutine, with OK when notified or TimedOut when timeout passes (a
// negative timeout never does), and WaitAsync returns "" and a cancel
// function that drops the wait (wake is then not called). Otherwise it
// returns NotEqual, or TimedOut for a zero timeout, and no cancel.
func (b Block) WaitAsync(c Cell, expected uint64, timeout time.Duration, wake func(Result)) (Result, func()) {
	addr := uintptr(c.P)
	expected = c.truncate(expected)
	waitMu.Lock()
	defer waitMu.Unlock()
	if c.Load() != expected {
		return NotEqual, nil
	}
	if timeout == 0 {
		return TimedOut, nil
	}
	w := &waiter{wake: wake, mem: b.data}
	waitLists[addr] = append(waitLists[addr], w)
	if timeout > 0 {
		w.timer = time.AfterFunc(timeout, func() {
			if leave(addr, w) {
				wake(TimedOut)
			}
		})
	}
	return "", func() {
		if w.timer != nil {
			w.timer.Stop()
		}
		leave(addr, w)
	}
}

// leave takes w off addr's list and reports whether it was still there
// (not yet woken).
func leave(addr uintptr, w *waiter) bool {
	waitMu.Lock()
	defer waitMu.Unlock()
	if w.woken {
		return false
	}
	list := waitLists[addr]
	for i, x := range list {
		if x == w {
			list = append(list[:i:i], list[i+1:]...)
			break
		}
	}
	if len(list) == 0 {
		delete(waitLists, addr)
	} else {
		waitLists[addr] = list
	}
	w.woken = true
	return true
}

// Notify wakes up to count of the cell's waiters (all of them for a
// negative count), oldest first, and returns how many it woke.
func Notify(c Cell, count int) int {
	addr := uintptr(c.P)
	waitMu.Lock()
	list := waitLists[addr]
	n := len(list)
	if count >= 0 && count < n {
		n = count
	}
	woken := list[:n:n]
	if n == len(list) {
		delete(waitLists, addr)
	} else {
		waitLists[addr] = append([]*waiter(nil), list[n:]...)
	}
	for _, w := range woken {
		w.woken = true
		if w.done != nil {
			close(w.done)
		}
	}
	waitMu.Unlock()
	for _, w := range woken {
		if w.wake != nil {
			if w.timer != nil {
				w.timer.Stop()
			}
			w.wake(OK)
		}
	}
	return n
}

// Waiters returns how many agents wait on the cell (for tests).
func Waiters(c Cell) int {
	waitMu.Lock()
	defer waitMu.Unlock()
	return len(waitLists[uintptr(c.P)])
}

// CellAt returns the shared cell of size bytes at byte offset off of the
// block. off must be a multiple of size inside the block.
func (b Block) CellAt(off, size int) Cell {
	return Cell{P: unsafe.Pointer(&b.data[off]), Size: size, Shared: true}
}
