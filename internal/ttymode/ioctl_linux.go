package ttymode

import "golang.org/x/sys/unix"

const (
	ioctlGet      = unix.TCGETS
	ioctlSetDrain = unix.TCSETSW // tcsetattr(TCSADRAIN)
)
