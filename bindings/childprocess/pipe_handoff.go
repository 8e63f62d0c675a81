package childprocess

import (
	"syscall"

	"github.com/jsproc/jsproc/internal/streamio"
)

// A child's pipe as another child's stdio (spawn's stdio: [a.stdout]):
// the second child gets a duplicate of the parent's end, as node hands the
// pipe's handle over, and the parent stops reading it, so that
// `a | b` moves data from process to process with no copy through the
// script.

// DupPipe returns a close-on-exec duplicate of the parent's end of a
// pipe, or a negative errno (EBADF once the pipe is closed).
func (c *child) DupPipe(fd int) int {
	p := c.pipes[fd]
	if p == nil || (!p.readOpen && !p.writeOpen) {
		return -int(syscall.EBADF)
	}
	sc, ok := p.pipe.(syscall.Conn)
	if !ok {
		return -int(syscall.EBADF)
	}
	dup, err := streamio.DupFd(sc)
	if err != nil {
		return -int(errnoOf(err, syscall.EBADF))
	}
	return dup
}

// ReadStopNow pauses reading a pipe and ends a read waiting for data, so
// that what the child writes next is left for the process the pipe was
// handed to.
func (c *child) ReadStopNow(fd int) {
	if p := c.pipes[fd]; p != nil && p.r != nil {
		p.handedOff = true
		p.r.PauseNow()
		if !p.paused {
			p.paused = true
			c.updateRef()
		}
	}
}
