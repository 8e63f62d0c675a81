//go:build linux || darwin || dragonfly || freebsd || netbsd || openbsd

// Package ttymode switches a terminal in and out of raw mode as libuv's
// uv_tty_set_mode does, which Node's setRawMode uses: input is raw (no
// echo, no line editing, no signals from keys) while output processing
// stays on, so a "\n" written in raw mode still returns the carriage.
package ttymode

import "golang.org/x/sys/unix"

// MakeRaw puts the terminal fd in raw mode and returns the state to give
// Restore.
func MakeRaw(fd int) (*unix.Termios, error) {
	orig, err := unix.IoctlGetTermios(fd, ioctlGet)
	if err != nil {
		return nil, err
	}
	raw := *orig
	raw.Iflag &^= unix.BRKINT | unix.ICRNL | unix.INPCK | unix.ISTRIP | unix.IXON
	raw.Oflag |= unix.ONLCR
	raw.Cflag |= unix.CS8
	raw.Lflag &^= unix.ECHO | unix.ICANON | unix.IEXTEN | unix.ISIG
	raw.Cc[unix.VMIN] = 1
	raw.Cc[unix.VTIME] = 0
	if err := unix.IoctlSetTermios(fd, ioctlSetDrain, &raw); err != nil {
		return nil, err
	}
	return orig, nil
}

// Restore gives the terminal fd the state MakeRaw returned.
func Restore(fd int, st *unix.Termios) error {
	return unix.IoctlSetTermios(fd, ioctlSetDrain, st)
}
