package runtime

import (
	"os"
	goruntime "runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"sync/atomic"
	"time"
)

// The host's garbage-collection policy: a heap floor. A script's live heap
// is small (a few megabytes of compiled code and objects) next to what it
// allocates and drops (each chunk of a child's output, each line, each
// compiled module's syntax tree), and Go's default pacing collects each
// time the heap doubles: every few megabytes, hundreds of times a second
// for a streaming script, each collection costing milliseconds of CPU
// however little it frees. Instead, the collector lets the heap grow to a
// floor before collecting, however small the live heap; once the live
// heap is half the floor or more it paces as Go's default (GOGC=100)
// does. The floor starts at gcFloorMin and rises with how fast the
// program allocates, measured between collections: to gcFloorMid from
// gcBusyRate on (a script splitting lines, say), to gcFloorMax from
// gcFastRate on (one streaming bulk data, whose chunks are most of what
// it allocates); a program that collects less often than every
// gcIdleInterval halves it back. Peak memory thus stays near the floor
// plus the program's own size (at or under node's resident size on the
// benchmarks in bench/), and a busy script collects a few times a second.
//
// The policy is one per process: the first New applies it, by setting the
// GC percentage after each collection from the live heap it left. It is
// not applied when the GOGC environment variable is set or the program
// has already changed the GC percentage from Go's default: a program that
// tunes the collector itself keeps its own settings. A memory limit
// (GOMEMLIMIT, debug.SetMemoryLimit) still bounds the heap, floor or not.
const (
	gcFloorMin     = 24 << 20
	gcFloorMid     = 32 << 20
	gcFloorMax     = 40 << 20
	gcBusyRate     = 128 << 20 // bytes allocated per second
	gcFastRate     = 512 << 20
	gcIdleInterval = time.Second
)

// gcDefaultPercent is Go's own GC percentage, which the policy keeps once
// the live heap is half the floor or more.
const gcDefaultPercent = 100

var gcPolicyOnce sync.Once

// applyGCPolicy starts the heap-floor policy unless the program or its
// environment has chosen GC settings of its own.
func applyGCPolicy() {
	gcPolicyOnce.Do(func() {
		if _, set := os.LookupEnv("GOGC"); set {
			return
		}
		// Setting Go's default reads the percentage in force (the first
		// metrics.Read of a process builds the runtime's whole metrics
		// table, which start-up need not pay for).
		if old := debug.SetGCPercent(gcDefaultPercent); old != gcDefaultPercent {
			debug.SetGCPercent(old)
			return
		}
		p := &gcPacer{
			sample: []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/gc/heap/allocs:bytes"}},
			floor:  gcFloorMin,
		}
		p.mu.Lock()
		p.set()
		p.mu.Unlock()
		p.arm()
		gcActive.Store(p)
	})
}

// gcActive is the policy's pacer once it applies.
var gcActive atomic.Pointer[gcPacer]

// gcPacer resets the GC percentage after each collection, and when a
// compilation starts or ends.
type gcPacer struct {
	sample []metrics.Sample // finalizer goroutine only

	mu     sync.Mutex
	floor  uint64    // the heap goal for a small live heap
	last   time.Time // when the previous collection was seen; zero before
	allocs uint64    // bytes allocated up to the previous collection
	live   uint64    // the live heap the last collection left; 0 before
	allow  uint64    // the syntax trees of compilations under way
}

// gcTreeBytes is about how much a goja compilation allocates per byte of
// source (its syntax tree and the compiler's own garbage), which stays
// live until the compilation ends.
const gcTreeBytes = 24

// gcCompiling raises the heap's goal by what compiling n bytes of source
// will hold live until it ends, and returns the function that lowers it
// again: a collection in the middle of a compilation frees none of its
// syntax tree, so it would be work for little. Small sources change
// nothing. Safe from any goroutine.
func gcCompiling(n int) (done func()) {
	p := gcActive.Load()
	if p == nil || n < 32<<10 {
		return func() {}
	}
	add := uint64(n) * gcTreeBytes
	p.mu.Lock()
	p.allow += add
	p.set()
	p.mu.Unlock()
	return func() {
		p.mu.Lock()
		p.allow -= add
		p.set()
		p.mu.Unlock()
	}
}

// set sets the GC percentage for the floor, the allowance and the live
// heap. p.mu is held.
func (p *gcPacer) set() {
	goal := p.floor + p.allow
	if p.live == 0 {
		// Before the first collection: Go's first goal is 4 MiB at
		// GOGC=100, so this percentage makes it the goal.
		debug.SetGCPercent(int(gcDefaultPercent * goal / (4 << 20)))
		return
	}
	// Go's goal is the live heap plus percent/100 of a base (the live
	// heap, the stacks and the globals, as Go counts them): the goal at
	// 100 gives the base.
	debug.SetGCPercent(gcDefaultPercent)
	sample := []metrics.Sample{{Name: "/gc/heap/goal:bytes"}}
	metrics.Read(sample)
	base := uint64(0)
	if g := sample[0].Value.Uint64(); g > p.live {
		base = g - p.live
	}
	debug.SetGCPercent(gcPercentFor(p.live, base, goal))
}

// gcSentinel is an object nothing refers to: its finalizer runs after the
// next collection.
type gcSentinel struct {
	p *gcPacer
	_ [16]byte // not a tiny object, so that it has a finalizer of its own
}

func (p *gcPacer) arm() {
	goruntime.SetFinalizer(&gcSentinel{p: p}, func(s *gcSentinel) {
		s.p.adjust(time.Now())
		s.p.arm()
	})
}

// adjust adapts the floor to how fast the program allocated since the
// previous collection, then sets the GC percentage that makes the next
// goal the floor, or Go's default when the live heap is large enough for
// that to be above it.
func (p *gcPacer) adjust(now time.Time) {
	metrics.Read(p.sample)
	live := p.sample[0].Value.Uint64()
	if live == 0 {
		live = 1
	}
	allocs := p.sample[1].Value.Uint64()
	p.mu.Lock()
	defer p.mu.Unlock()
	p.floor = nextFloor(p.floor, p.last, now, allocs-p.allocs)
	p.last, p.allocs = now, allocs
	p.live = live
	p.set()
}

// nextFloor is the floor after a collection at now, the previous one
// having been at last (zero for none), allocated bytes having been
// allocated in between.
func nextFloor(floor uint64, last, now time.Time, allocated uint64) uint64 {
	if last.IsZero() {
		// The first collection: how soon it came says how fast start-up
		// allocated, not how the program runs.
		return floor
	}
	interval := now.Sub(last)
	if interval > gcIdleInterval {
		return max(floor/2, gcFloorMin)
	}
	switch rate := float64(allocated) / interval.Seconds(); {
	case rate >= gcFastRate:
		return max(floor, gcFloorMax)
	case rate >= gcBusyRate:
		return max(floor, gcFloorMid)
	}
	return floor
}

// gcPercentFor is the GC percentage whose goal, for a live heap of live
// bytes and a goal of live+base at GC percentage 100, is floor, and never
// less than Go's default. Go's goal is live + base*percent/100, but never
// under its minimum heap, 4 MiB scaled by percent/100.
func gcPercentFor(live, base, floor uint64) int {
	if live == 0 {
		live = 1 << 20
	}
	if base < live {
		base = live
	}
	if live >= floor/2 {
		return gcDefaultPercent
	}
	return max(int(min((floor-live)*100/base, floor*100/(4<<20))), gcDefaultPercent)
}
