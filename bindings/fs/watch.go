package fs

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
	"golang.org/x/sys/unix"
)

// watchMask is what libuv asks inotify for on Linux.
const watchMask = unix.IN_ATTRIB | unix.IN_CREATE | unix.IN_MODIFY | unix.IN_DELETE |
	unix.IN_DELETE_SELF | unix.IN_MOVE_SELF | unix.IN_MOVED_FROM | unix.IN_MOVED_TO

// watcher is one fs.watch handle: an inotify descriptor read by its own
// goroutine, which hands each event to the loop through a task queue.
type watcher struct {
	b    *binding
	q    *runtime.TaskQueue
	file *os.File
	fd   int // file's descriptor, for adding watches (file.Fd would make it blocking)
	done chan struct{}
	once sync.Once

	// base names events that carry no name (the watched path itself),
	// as libuv does: the part of the given path after its last slash.
	base string
	// recursive watchers map each descriptor to its directory relative
	// to the root ("" for the root); the reading goroutine owns dirs.
	recursive bool
	root      string
	dirs      map[int32]string
}

// watch(path, recursive, persistent, cb) starts watching path and returns
// the handle's controls {close, ref, unref}. Events reach cb(eventType,
// filenameBuffer) on the loop, one macrotask each; a failed read reaches
// cb(error) and ends the watch. A path that cannot be watched throws
// node's error for syscall watch.
func (b *binding) watch(call goja.FunctionCall) goja.Value {
	path := argString(call, 0)
	recursive := argBool(call, 1)
	persistent := argBool(call, 2)
	cb, ok := goja.AssertFunction(call.Argument(3))
	if !ok {
		panic(b.rt.VM().NewTypeError("watch: callback must be a function"))
	}
	abs := b.resolve(path)
	w, err := b.startWatch(path, abs, recursive)
	if err != nil {
		panic(b.jsError(wrap(err, "watch", path, ""), "watch", path))
	}
	w.q = b.rt.Loop().NewTaskQueue()
	if !persistent {
		w.q.Unref()
	}
	go w.read(cb)
	ctl := b.rt.VM().NewObject()
	ctl.Set("close", w.close)
	ctl.Set("ref", w.q.Ref)
	ctl.Set("unref", w.q.Unref)
	ctl.Set("hasRef", w.q.HasRef)
	b.rt.OnClose(w.close)
	return ctl
}

// startWatch opens the inotify descriptor and adds the first watches.
func (b *binding) startWatch(path, abs string, recursive bool) (*watcher, error) {
	if abs == "" {
		return nil, syscall.ENOENT
	}
	use, release, err := b.use("watch", abs, readObj)
	if err != nil {
		return nil, err
	}
	defer release()
	fd, err := unix.InotifyInit1(unix.IN_NONBLOCK | unix.IN_CLOEXEC)
	if err != nil {
		return nil, err
	}
	w := &watcher{b: b, done: make(chan struct{}), base: path[strings.LastIndexByte(path, '/')+1:]}
	wd, err := unix.InotifyAddWatch(fd, use, watchMask)
	if err != nil {
		unix.Close(fd)
		return nil, err
	}
	if recursive {
		var st unix.Stat_t
		if unix.Stat(use, &st) == nil && st.Mode&unix.S_IFMT == unix.S_IFDIR {
			w.recursive, w.root = true, use
			w.dirs = map[int32]string{int32(wd): ""}
			w.addTree(fd, use, "")
		}
	}
	// A non-blocking descriptor joins Go's poller: reads park without a
	// thread, and Close wakes them.
	w.fd = fd
	w.file = os.NewFile(uintptr(fd), "inotify")
	return w, nil
}

// addTree watches every directory below dir (rel relative to the root).
func (w *watcher) addTree(fd int, dir, rel string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		sub := filepath.Join(rel, e.Name())
		abs := filepath.Join(dir, e.Name())
		wd, err := unix.InotifyAddWatch(fd, abs, watchMask|unix.IN_DONT_FOLLOW)
		if err != nil {
			continue
		}
		w.dirs[int32(wd)] = sub
		w.addTree(fd, abs, sub)
	}
}

// read is the watcher's goroutine: it reads events until close.
func (w *watcher) read(cb goja.Callable) {
	defer close(w.done)
	buf := make([]byte, 64*1024)
	for {
		n, err := w.file.Read(buf)
		if err != nil {
			if errors.Is(err, os.ErrClosed) {
				return
			}
			w.q.Queue(func() {
				w.b.rt.Call(cb, goja.Undefined(), w.b.jsError(wrap(err, "watch", "", ""), "watch", ""))
			})
			return
		}
		w.events(buf[:n], cb)
	}
}

// events decodes one read's inotify records and queues one callback each,
// named as libuv names them: 'change' for a write or attribute change
// alone, 'rename' for anything else.
func (w *watcher) events(buf []byte, cb goja.Callable) {
	for len(buf) >= unix.SizeofInotifyEvent {
		ev := (*unix.InotifyEvent)(unsafe.Pointer(&buf[0]))
		end := unix.SizeofInotifyEvent + int(ev.Len)
		if end > len(buf) {
			return
		}
		raw := buf[unix.SizeofInotifyEvent:end]
		buf = buf[end:]
		if ev.Wd < 0 {
			// A queue overflow names no watch; libuv drops it too.
			continue
		}
		if i := indexZero(raw); i >= 0 {
			raw = raw[:i]
		}
		name := w.base
		if len(raw) > 0 {
			name = string(raw)
		}
		if w.recursive {
			var ok bool
			name, ok = w.recursiveName(ev, string(raw))
			if !ok {
				continue
			}
		}
		kind := "rename"
		if ev.Mask&^(unix.IN_ATTRIB|unix.IN_MODIFY) == 0 {
			kind = "change"
		}
		data := []byte(name)
		w.q.Queue(func() {
			w.b.rt.Call(cb, goja.Undefined(), w.b.rt.VM().ToValue(kind), w.b.rt.WrapBytes(data))
		})
	}
}

// recursiveName names an event of a recursive watch relative to the root,
// following directories as they appear and go; ok is false for records
// that only concern the bookkeeping of a subdirectory's watch.
func (w *watcher) recursiveName(ev *unix.InotifyEvent, raw string) (string, bool) {
	dir, known := w.dirs[ev.Wd]
	if !known {
		return "", false
	}
	if ev.Mask&unix.IN_IGNORED != 0 {
		delete(w.dirs, ev.Wd)
		return w.base, dir == ""
	}
	if raw == "" {
		if dir != "" {
			// The subdirectory's own deletion or move is reported by
			// its parent.
			return "", false
		}
		return w.base, true
	}
	rel := filepath.Join(dir, raw)
	if ev.Mask&unix.IN_ISDIR != 0 && ev.Mask&(unix.IN_CREATE|unix.IN_MOVED_TO) != 0 {
		abs := filepath.Join(w.root, rel)
		fd := w.fd
		if wd, err := unix.InotifyAddWatch(fd, abs, watchMask|unix.IN_DONT_FOLLOW); err == nil {
			w.dirs[int32(wd)] = rel
			w.addTree(fd, abs, rel)
		}
	}
	return rel, true
}

func indexZero(b []byte) int {
	for i, c := range b {
		if c == 0 {
			return i
		}
	}
	return -1
}

// close stops the goroutine, closes the descriptor and the task queue.
// Idempotent; loop goroutine only.
func (w *watcher) close() {
	w.once.Do(func() {
		w.file.Close()
		<-w.done
		w.q.Close(nil)
	})
}
