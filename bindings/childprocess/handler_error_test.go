package childprocess_test

import (
	"context"
	"errors"
	"fmt"
	"syscall"
	"testing"

	"github.com/jsproc/jsproc/bindings/childprocess"
	"github.com/jsproc/jsproc/runtime"
)

// TestHandlerErrorShape: a spawn handler's error reaches the script with a
// node-like shape: a plain Go error as code UNKNOWN (errno -4094) with the
// handler's error as cause, emitted; an error wrapping ENOENT as ENOENT,
// emitted; one wrapping EPERM thrown by spawn, as node throws EPERM.
func TestHandlerErrorShape(t *testing.T) {
	var opts runtime.Options
	childprocess.WithHandlers(&opts, func(ctx context.Context, req *childprocess.SpawnRequest, next childprocess.SpawnFunc) (childprocess.Process, error) {
		switch req.File {
		case "refused":
			return nil, errors.New("nope")
		case "missing":
			return nil, fmt.Errorf("sandbox: %w", syscall.ENOENT)
		case "forbidden":
			return nil, fmt.Errorf("sandbox: %w", syscall.EPERM)
		}
		return next(ctx, req)
	})
	src := `
const cp = require('child_process');
const show = (label, e) => console.log(label, e.message, e.code, e.errno, e.syscall, e.path,
  JSON.stringify(e.spawnargs), e.cause && e.cause.message, Object.keys(e).join(','));
const c = cp.spawn('refused', ['a', 'b']);
console.log('returned');
c.on('error', (e) => show('error', e));
c.stdin.write('x', (e) => console.log('write cb', e.code));
c.on('close', (code, sig) => console.log('close', code, sig));
cp.execFile('refused', ['c'], (e) => show('execFile', e));
cp.spawn('missing', ['m']).on('error', (e) => show('missing', e));
try { cp.spawn('forbidden'); } catch (e) { show('forbidden threw', e); }
const r = cp.spawnSync('refused', ['s']);
show('spawnSync', r.error);
console.log(r.status, r.pid, r.stdout);
try { cp.execFileSync('refused'); } catch (e) { show('execFileSync', e); }
`
	out, code, err := runScript(t, context.Background(), opts, src)
	if err != nil || code != 0 {
		t.Fatalf("code %d err %v\n%s", code, err, out)
	}
	want := `returned
forbidden threw spawn EPERM EPERM -1 spawn undefined undefined undefined errno,code,syscall
spawnSync spawnSync refused UNKNOWN UNKNOWN -4094 spawnSync refused refused ["s"] nope errno,code,syscall,path,spawnargs
null 0 null
execFileSync spawnSync refused UNKNOWN UNKNOWN -4094 spawnSync refused refused [] nope errno,code,syscall,path,spawnargs,error,status,signal,output,pid,stdout,stderr
error spawn refused UNKNOWN UNKNOWN -4094 spawn refused refused ["a","b"] nope errno,code,syscall,path,spawnargs
write cb EPIPE
execFile spawn refused UNKNOWN UNKNOWN -4094 spawn refused refused ["c"] nope errno,code,syscall,path,spawnargs,cmd
missing spawn missing ENOENT ENOENT -2 spawn missing missing ["m"] undefined errno,code,syscall,path,spawnargs
close -4094 null
`
	if out != want {
		t.Errorf("got:\n%s\nwant:\n%s", out, want)
	}
}
