//go:build !(linux && (amd64 || arm64))

package childprocess

// exitPeek is the Linux peek at a child's end (peek_linux.go); elsewhere
// there is none and 'exit' waits for the child's Wait.
type exitPeek struct{}

func openExitPeek(int) *exitPeek { return nil }

func (e *exitPeek) peek() (ExitStatus, bool) { return ExitStatus{}, false }

func (e *exitPeek) release() {}
