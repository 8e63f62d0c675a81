package os

import (
	"unsafe"

	"github.com/jsproc/jsproc/internal/errno"
	"github.com/jsproc/jsproc/internal/sysnames"
)

// signalNumbers are os.constants.signals: node's list, in its order.
func signalNumbers() []namedNumber {
	var out []namedNumber
	for _, s := range sysnames.Signals() {
		out = append(out, namedNumber{s.Name, int(s.Num)})
	}
	return out
}

func errnoNumbers() []namedNumber {
	var out []namedNumber
	for _, c := range errno.Constants() {
		out = append(out, namedNumber{c.Name, int(c.Num)})
	}
	return out
}

func littleEndian() bool {
	var x uint16 = 1
	return (*[2]byte)(unsafe.Pointer(&x))[0] == 1
}
