package runtime

import (
	"io"
	"os"
	"reflect"
	"sync"
)

// stdWriter serialises the writes a runtime makes to one of the embedder's
// writers: console and process.stdout on the loop goroutine, and the
// goroutines that copy an inheriting child's output. Once the run is over
// it discards what still comes (a child that outlives the run), so the
// embedder may read its writer as soon as Run returns.
type stdWriter struct {
	mu     sync.Mutex
	w      io.Writer
	closed bool // mu: the run is over
}

// Write writes p whole under the writer's lock.
func (s *stdWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return len(p), nil
	}
	return s.w.Write(p)
}

func (s *stdWriter) close() {
	s.mu.Lock()
	s.closed = true
	s.mu.Unlock()
}

// lockStdWriters wraps Stdout and Stderr unless they are files (a file's
// writes need no lock, and a child inherits its descriptor directly). The
// same writer given as both is wrapped once: one lock, and Stdio(1) ==
// Stdio(2), so a child inheriting both writes them through one pipe.
func (r *Runtime) lockStdWriters() {
	_, outFile := r.stdout.(*os.File)
	_, errFile := r.stderr.(*os.File)
	var out, errw *stdWriter
	if !outFile {
		out = &stdWriter{w: r.stdout}
		r.stdout = out
	}
	if !errFile {
		if out != nil && sameWriter(out.w, r.stderr) {
			r.stderr = out
		} else {
			errw = &stdWriter{w: r.stderr}
			r.stderr = errw
		}
	}
	// Registered first, so it runs after every binding's cleanup: children
	// killed on cancellation have had their output copied by then.
	r.OnClose(func() {
		if out != nil {
			out.close()
		}
		if errw != nil {
			errw.close()
		}
	})
}

// sameWriter reports whether a and b are the same writer, without the
// panic that == gives on values of incomparable types.
func sameWriter(a, b io.Writer) bool {
	ta, tb := reflect.TypeOf(a), reflect.TypeOf(b)
	return ta == tb && ta.Comparable() && a == b
}
