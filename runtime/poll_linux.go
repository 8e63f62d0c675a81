package runtime

import (
	"encoding/binary"

	"golang.org/x/sys/unix"
)

// pollSys is an epoll set and an eventfd that wakes its waiter.
type pollSys struct {
	epfd, evfd int
	events     []unix.EpollEvent // loop goroutine
	ids        []uint64          // loop goroutine
}

// wakeID is the eventfd's key in the set; registrations count from 1.
const wakeID = 0

func newPollSys() (pollSys, error) {
	epfd, err := unix.EpollCreate1(unix.EPOLL_CLOEXEC)
	if err != nil {
		return pollSys{}, err
	}
	evfd, err := unix.Eventfd(0, unix.EFD_CLOEXEC|unix.EFD_NONBLOCK)
	if err != nil {
		unix.Close(epfd)
		return pollSys{}, err
	}
	ev := unix.EpollEvent{Events: unix.EPOLLIN}
	setID(&ev, wakeID)
	if err := unix.EpollCtl(epfd, unix.EPOLL_CTL_ADD, evfd, &ev); err != nil {
		unix.Close(epfd)
		unix.Close(evfd)
		return pollSys{}, err
	}
	return pollSys{epfd: epfd, evfd: evfd, events: make([]unix.EpollEvent, 64)}, nil
}

// setID stores a registration's id in the event's user data.
func setID(ev *unix.EpollEvent, id uint64) {
	ev.Fd = int32(uint32(id))
	ev.Pad = int32(uint32(id >> 32))
}

func getID(ev *unix.EpollEvent) uint64 {
	return uint64(uint32(ev.Fd)) | uint64(uint32(ev.Pad))<<32
}

// add watches fd for input (for room to write, when write is set),
// edge-triggered: an arrival is reported once, and a registration left
// behind by a descriptor closed while a duplicate lives on reports no
// more than arrivals.
func (s *pollSys) add(fd int, id uint64, write bool) error {
	ev := unix.EpollEvent{Events: unix.EPOLLIN | unix.EPOLLRDHUP | unix.EPOLLET}
	if write {
		ev.Events = unix.EPOLLOUT | unix.EPOLLET
	}
	setID(&ev, id)
	return unix.EpollCtl(s.epfd, unix.EPOLL_CTL_ADD, fd, &ev)
}

func (s *pollSys) remove(fd int) {
	_ = unix.EpollCtl(s.epfd, unix.EPOLL_CTL_DEL, fd, nil)
}

// wait returns the ids of the registrations with activity, waiting up to
// timeoutMs, each with endedID set when its descriptor reported its end,
// a hang-up or an error; a wake-up through the eventfd is consumed, not
// returned.
func (s *pollSys) wait(timeoutMs int) []uint64 {
	n, err := unix.EpollWait(s.epfd, s.events, timeoutMs)
	if err != nil || n <= 0 {
		return nil
	}
	ids := s.ids[:0]
	for i := range s.events[:n] {
		id := getID(&s.events[i])
		if id == wakeID {
			var buf [8]byte
			_, _ = unix.Read(s.evfd, buf[:])
			continue
		}
		if s.events[i].Events&(unix.EPOLLRDHUP|unix.EPOLLHUP|unix.EPOLLERR) != 0 {
			id |= endedID
		}
		ids = append(ids, id)
	}
	s.ids = ids
	return ids
}

// wake makes a wait return. Any goroutine, while the set is open.
func (s *pollSys) wake() {
	var buf [8]byte
	binary.NativeEndian.PutUint64(buf[:], 1)
	_, _ = unix.Write(s.evfd, buf[:])
}

func (s *pollSys) close() {
	unix.Close(s.epfd)
	unix.Close(s.evfd)
}
