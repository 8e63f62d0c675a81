//go:build !linux

package runtime

import "errors"

// pollSys is not available here: sources read on goroutines.
type pollSys struct{}

func newPollSys() (pollSys, error)                      { return pollSys{}, errors.ErrUnsupported }
func (pollSys) add(fd int, id uint64, write bool) error { return errors.ErrUnsupported }
func (pollSys) remove(fd int)                           {}
func (pollSys) wait(timeoutMs int) []uint64             { return nil }
func (pollSys) wake()                                   {}
func (pollSys) close()                                  {}
