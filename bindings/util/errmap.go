package util

import "github.com/jsproc/jsproc/internal/errno"

// systemErrors returns libuv's errors keyed by their negative code on this
// platform, omitting errno names the platform lacks.
func systemErrors() map[int]errno.Error {
	out := make(map[int]errno.Error, len(errno.Map()))
	for _, e := range errno.Map() {
		out[e.Code] = e
	}
	return out
}
