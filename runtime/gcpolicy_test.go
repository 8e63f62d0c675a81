package runtime

import (
	"testing"
	"time"
)

func TestGCPercentFor(t *testing.T) {
	for _, c := range []struct {
		live, base, floor uint64
		want              int
	}{
		{0, 0, gcFloorMin, 600},              // unknown: Go's minimum heap, scaled
		{4 << 20, 0, gcFloorMin, 500},        // 4 MiB live: collect at 24
		{8 << 20, 0, gcFloorMin, 200},        // 8 MiB live: collect at 24
		{2 << 20, 6 << 20, gcFloorMin, 366},  // stacks and globals count too
		{12 << 20, 0, gcFloorMin, 100},       // half the floor: Go's default
		{200 << 20, 0, gcFloorMin, 100},      // large heaps: Go's default
		{4 << 20, 0, gcFloorMax, 900},        // a raised floor
		{gcFloorMax / 2, 0, gcFloorMax, 100}, // half the raised floor
	} {
		if got := gcPercentFor(c.live, c.base, c.floor); got != c.want {
			t.Errorf("gcPercentFor(%d MiB, %d MiB) = %d, want %d", c.live>>20, c.floor>>20, got, c.want)
		}
	}
}

// TestGCFloorAdapts checks that the floor rises with the rate of
// allocation between collections, up to its maximum, and that rare
// collections lower it back.
func TestGCFloorAdapts(t *testing.T) {
	now := time.Now()
	if got := nextFloor(gcFloorMin, time.Time{}, now, 1<<30); got != gcFloorMin {
		t.Errorf("the first collection moved the floor to %d MiB", got>>20)
	}
	p := &gcPacer{floor: gcFloorMin, last: now}
	var floors []uint64
	step := func(d time.Duration, allocated uint64) {
		now = now.Add(d)
		p.floor, p.last = nextFloor(p.floor, p.last, now, allocated), now
		floors = append(floors, p.floor>>20)
	}
	step(100*time.Millisecond, 8<<20)  // 80 MiB/s: not busy
	step(100*time.Millisecond, 20<<20) // 200 MiB/s: busy
	step(100*time.Millisecond, 8<<20)  // a slower spell keeps the floor
	step(20*time.Millisecond, 20<<20)  // 1000 MiB/s: fast
	step(100*time.Millisecond, 20<<20) // busy keeps the higher floor
	step(0, 1<<20)                     // no time at all: fast
	step(2*time.Second, 20<<20)        // idle: halved
	step(2*time.Second, 20<<20)        // down to the minimum
	want := []uint64{24, 32, 32, 40, 40, 40, 24, 24}
	for i := range want {
		if floors[i] != want[i] {
			t.Fatalf("floors %v, want %v", floors, want)
		}
	}
}

// TestGCCompiling checks that a compilation raises the goal by its
// allowance and gives it back when it ends.
func TestGCCompiling(t *testing.T) {
	applyGCPolicy()
	p := gcActive.Load()
	if p == nil {
		t.Skip("the GC policy does not apply here (GOGC is set)")
	}
	allow := func() uint64 {
		p.mu.Lock()
		defer p.mu.Unlock()
		return p.allow
	}
	before := allow()
	done := gcCompiling(100 << 10)
	if got := allow() - before; got != 100<<10*gcTreeBytes {
		t.Errorf("allowance while compiling: %d", got)
	}
	gcCompiling(1 << 10)() // small sources change nothing
	done()
	if got := allow(); got != before {
		t.Errorf("allowance after: %d, want %d", got, before)
	}
}
