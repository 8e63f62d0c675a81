//go:build darwin || dragonfly || freebsd || netbsd || openbsd

package ttymode

import "golang.org/x/sys/unix"

const (
	ioctlGet      = unix.TIOCGETA
	ioctlSetDrain = unix.TIOCSETAW // tcsetattr(TCSADRAIN)
)
