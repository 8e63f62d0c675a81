package crypto_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/runtime"
)

// TestAsyncInProcess runs many async derivations, random fills and digests
// at once in one Runtime (run it with -race): their work runs off the loop
// and every callback comes back on it, with the same bytes as the sync
// forms give.
func TestAsyncInProcess(t *testing.T) {
	var out bytes.Buffer
	rt, err := runtime.New(runtime.Options{Modules: nodestd.Modules(), Stdout: &out})
	if err != nil {
		t.Fatal(err)
	}
	src := `
const crypto = require('crypto');
let pending = 0, ok = 0;
function done(good, what) { if (good) ok++; else console.log('bad', what); if (--pending === 0) console.log('ok ' + ok); }
for (let i = 0; i < 20; i++) {
  pending += 5;
  const want = crypto.pbkdf2Sync('pw' + i, 'salt', 10, 16, 'sha256').toString('hex');
  crypto.pbkdf2('pw' + i, 'salt', 10, 16, 'sha256', (err, k) => done(!err && k.toString('hex') === want));
  const s = crypto.scryptSync('pw', 's' + i, 8, { N: 16 }).toString('hex');
  crypto.scrypt('pw', 's' + i, 8, { N: 16 }, (err, k) => done(!err && k.toString('hex') === s));
  const h = Buffer.from(crypto.hkdfSync('sha1', 'k', 's', 'i' + i, 10)).toString('hex');
  crypto.hkdf('sha1', 'k', 's', 'i' + i, 10, (err, k) => done(!err && Buffer.from(k).toString('hex') === h));
  const buf = Buffer.alloc(64);
  crypto.randomFill(buf, 8, 32, (err, b) => done(!err && b === buf && buf.subarray(0, 8).every((x) => x === 0)));
  const d = crypto.createHash('sha256').update('x' + i).digest('hex');
  crypto.subtle.digest('SHA-256', Buffer.from('x' + i)).then((r) => done(Buffer.from(r).toString('hex') === d));
}
// Changing a chunk after update, copying and digesting mid-stream must
// not matter.
pending++;
const chunk = Buffer.alloc(100000, 1);
const h = crypto.createHash('sha256'), m = crypto.createHmac('sha1', 'k');
h.update(chunk); m.update(chunk);
chunk.fill(2);
const c = h.copy();
h.update(chunk); m.update(chunk);
const whole = Buffer.concat([Buffer.alloc(100000, 1), Buffer.alloc(100000, 2)]);
done(h.digest('hex') === crypto.createHash('sha256').update(whole).digest('hex') &&
  c.digest('hex') === crypto.createHash('sha256').update(Buffer.alloc(100000, 1)).digest('hex') &&
  m.digest('hex') === crypto.createHmac('sha1', 'k').update(whole).digest('hex'), 'large');
`
	code, err := rt.RunSource(context.Background(), "main.js", src)
	if err != nil || code != 0 {
		t.Fatalf("exit %d, %v; output %q", code, err, out.String())
	}
	if got := out.String(); !strings.Contains(got, "ok 101\n") {
		t.Fatalf("output %q", got)
	}
}

// TestNoCryptoModule checks that a runtime without the crypto module has
// no crypto global (and that touching it does not throw).
func TestNoCryptoModule(t *testing.T) {
	var out bytes.Buffer
	rt, err := runtime.New(runtime.Options{Stdout: &out})
	if err != nil {
		t.Fatal(err)
	}
	code, err := rt.RunSource(context.Background(), "main.js", "console.log(typeof crypto, 'crypto' in globalThis)")
	if err != nil || code != 0 {
		t.Fatalf("exit %d, %v", code, err)
	}
	if got := out.String(); got != "undefined false\n" {
		t.Fatalf("output %q", got)
	}
}
