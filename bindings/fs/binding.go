package fs

import (
	"sync"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

// binding is one Runtime's fs natives and its table of open descriptors.
type binding struct {
	rt  *runtime.Runtime
	obj *goja.Object
	fds *fdTable
	// statArr is the Float64Array over statBuf that sync stats without
	// bigint fill and return (see statValue).
	statArr goja.Value
	statBuf []byte
}

// registry maps each Runtime to its binding for the life of its run.
type registry struct {
	mu sync.Mutex
	m  map[*runtime.Runtime]*binding
}

var bindings = &registry{m: map[*runtime.Runtime]*binding{}}

// get returns rt's binding, creating it (and its cleanup) on first use.
// Loop goroutine only.
func (g *registry) get(rt *runtime.Runtime) *binding {
	g.mu.Lock()
	b, ok := g.m[rt]
	g.mu.Unlock()
	if ok {
		return b
	}
	b = &binding{rt: rt, fds: newFDTable(rt)}
	b.obj = b.natives()
	b.newStatArray()
	g.mu.Lock()
	g.m[rt] = b
	g.mu.Unlock()
	rt.OnClose(func() {
		b.fds.closeAll()
		g.mu.Lock()
		delete(g.m, rt)
		g.mu.Unlock()
	})
	return b
}

// natives builds the object internalBinding('fs') returns.
func (b *binding) natives() *goja.Object {
	o := b.rt.VM().NewObject()
	set := func(name string, fn func(goja.FunctionCall) goja.Value) {
		o.Set(name, fn)
	}
	// Path operations.
	set("stat", b.stat)
	set("lstat", b.lstat)
	set("fstat", b.fstat)
	set("readdir", b.readdir)
	set("mkdir", b.mkdir)
	set("mkdtemp", b.mkdtemp)
	set("rmdir", b.rmdir)
	set("unlink", b.unlink)
	set("rename", b.rename)
	set("link", b.link)
	set("symlink", b.symlink)
	set("readlink", b.readlink)
	set("realpath", b.realpath)
	set("chmod", b.chmod)
	set("lchmod", b.lchmod)
	set("chown", b.chown)
	set("lchown", b.lchown)
	set("truncate", b.truncate)
	set("utimes", b.utimes)
	set("lutimes", b.lutimes)
	set("access", b.access)
	set("copyFile", b.copyFile)
	set("rm", b.rm)
	set("cp", b.cp)
	set("readFile", b.readFile)
	set("writeFile", b.writeFile)
	// Descriptor operations.
	set("open", b.open)
	set("close", b.close)
	set("read", b.read)
	set("readChunk", b.readChunk)
	set("write", b.write)
	set("fsync", b.fsync)
	set("fdatasync", b.fdatasync)
	set("ftruncate", b.ftruncate)
	set("fchmod", b.fchmod)
	set("fchown", b.fchown)
	set("futimes", b.futimes)
	// A ReadStream read by a Go consumer (readline).
	set("divert", b.divert)
	// fs.watch over inotify.
	set("watch", b.watch)
	return o
}

// Argument helpers: the JS layer has validated types already.

func argString(call goja.FunctionCall, i int) string { return call.Argument(i).String() }

func argInt(call goja.FunctionCall, i int) int64 { return call.Argument(i).ToInteger() }

func argBool(call goja.FunctionCall, i int) bool { return call.Argument(i).ToBoolean() }

func argFloat(call goja.FunctionCall, i int) float64 { return call.Argument(i).ToFloat() }
