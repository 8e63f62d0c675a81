// Package streamio is jsproc's one I/O layer: how bytes move between an
// operating-system source or sink (a pipe, a socket, a terminal, a file)
// and the event loop. Every Go-backed stream uses it: children's stdio,
// process.stdin, tty streams, IPC channels, and sockets.
//
// A [Reader] reads on its own goroutine and hands chunks to the loop
// through a [Queue], never more than a few ahead of what the loop has
// taken (credits), and stops reading while paused: backpressure reaches
// the OS; what it reads while the loop is behind joins the chunk still
// waiting (ReaderOptions.Merge), so a slow consumer gets fewer, larger
// chunks. With ReaderOptions.OnLoop, and a Queue that is a [Poller], the
// loop reads the source itself when data arrives, with no goroutine: for
// request-and-answer traffic, where the hand-off would cost more than
// the read. A [Writer] writes at once what the sink takes without waiting
// and hands the rest to a goroutine, which writes whatever queued
// meanwhile in one system call, reporting each write's completion on the
// loop in order; [Writer.Shutdown] ends the sink after the writes before
// it. With WriterOptions.OnLoop, and a Queue that is a [WritePoller],
// the loop itself writes the rest once the sink has room, with no
// goroutine. [Sources] counts the goroutines that will still queue work
// for one owner and closes the owner's queue with the last one's task, so
// that the loop is held exactly as long as results may come.
//
// The package knows nothing of JavaScript: callbacks are plain Go
// functions that run on the loop goroutine (they are queued through the
// Queue), and a jsproc TaskQueue is a Queue.
//
// # Concurrency
//
// Methods say which goroutine may call them. "Loop" means the goroutine
// that runs the Queue's tasks; such methods must not be called from
// elsewhere. Callbacks given to a Reader or Writer always run on the loop.
package streamio

// Queue hands tasks to the event loop in order. jsproc's TaskQueue
// implements it. Queue and Close are safe from any goroutine.
type Queue interface {
	// Queue runs fn on the loop after the tasks queued before it. It
	// reports false when the queue is closed or the loop stopped.
	Queue(fn func()) bool
	// Close queues fn (nil allowed) as the last task and stops holding
	// the loop.
	Close(fn func())
}
