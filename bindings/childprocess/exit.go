package childprocess

// exitState is a child's end as its one wait saw it: a code or a signal
// (ExitStatus), or the wait's error. The wait sets it once, before done
// is closed; readers look only after done.
type exitState struct {
	done   chan struct{}
	status ExitStatus
	err    error
}

// startWait starts the one wait of proc. then (nil allowed) runs on the
// wait's goroutine once the state is set and done closed.
func startWait(proc Process, then func(e *exitState)) *exitState {
	e := &exitState{done: make(chan struct{})}
	go func() {
		e.status, e.err = proc.Wait()
		close(e.done)
		if then != nil {
			then(e)
		}
	}()
	return e
}
