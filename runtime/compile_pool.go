package runtime

import (
	goruntime "runtime"
	"sync"
)

// The compile-ahead pool: at most GOMAXPROCS-1 goroutines, which end when
// there is nothing left to do, run two kinds of job. Scans (reading a file
// and finding what it requires) are cheap and find more work, so they run
// first, in the order they were queued. Compilations run largest first:
// the loop goroutine compiles any module it needs before a worker got to
// it, so the work a worker takes on is best the longest, which the loop
// goroutine would otherwise wait for longest (zx's 700 KB bundle), found
// as early as the scans can find it.

// aheadPool holds the queued jobs.
var aheadPool struct {
	mu      sync.Mutex
	scans   []func()
	jobs    []aheadJob
	workers int
}

// aheadJob is a queued compilation of size bytes of source.
type aheadJob struct {
	size int
	run  func()
}

// canCompileAhead reports whether there is a processor to compile ahead
// on.
func canCompileAhead() bool { return goruntime.GOMAXPROCS(0) > 1 }

// compileAheadGo queues a scan; it does nothing when there is a single
// processor to run it on.
func compileAheadGo(scan func()) {
	queueAhead(func() { aheadPool.scans = append(aheadPool.scans, scan) })
}

// compileAheadSized queues the compilation of size bytes of source.
func compileAheadSized(size int, job func()) {
	queueAhead(func() { aheadPool.jobs = append(aheadPool.jobs, aheadJob{size, job}) })
}

// queueAhead calls add with aheadPool.mu held and starts a worker if
// there are fewer than the processors allow.
func queueAhead(add func()) {
	max := goruntime.GOMAXPROCS(0) - 1
	if max <= 0 {
		return
	}
	aheadPool.mu.Lock()
	defer aheadPool.mu.Unlock()
	add()
	if aheadPool.workers < max {
		aheadPool.workers++
		go aheadWork()
	}
}

func aheadWork() {
	for {
		aheadPool.mu.Lock()
		job := popAheadJob(-1)
		if job == nil {
			aheadPool.workers--
			aheadPool.mu.Unlock()
			return
		}
		aheadPool.mu.Unlock()
		job()
	}
}

// popAheadJob takes the next scan, else the largest compilation of at
// most maxSize bytes (any size when maxSize is negative), or returns nil.
// aheadPool.mu is held.
func popAheadJob(maxSize int) func() {
	if len(aheadPool.scans) > 0 {
		job := aheadPool.scans[0]
		aheadPool.scans[0] = nil
		aheadPool.scans = aheadPool.scans[1:]
		return job
	}
	best := -1
	for i, j := range aheadPool.jobs {
		if (maxSize < 0 || j.size <= maxSize) && (best < 0 || j.size > aheadPool.jobs[best].size) {
			best = i
		}
	}
	if best < 0 {
		return nil
	}
	job := aheadPool.jobs[best].run
	last := len(aheadPool.jobs) - 1
	aheadPool.jobs[best] = aheadPool.jobs[last]
	aheadPool.jobs[last] = aheadJob{}
	aheadPool.jobs = aheadPool.jobs[:last]
	return job
}

// helpUntil runs queued jobs on the calling goroutine until done is
// closed, then returns: a goroutine that needs a compilation another has
// under way, of size bytes, works instead of idling, on scans and on
// compilations no larger than the one it waits for, which should end
// about as soon.
func helpUntil(done <-chan struct{}, size int) {
	for {
		select {
		case <-done:
			return
		default:
		}
		aheadPool.mu.Lock()
		job := popAheadJob(size)
		aheadPool.mu.Unlock()
		if job == nil {
			<-done
			return
		}
		job()
	}
}
