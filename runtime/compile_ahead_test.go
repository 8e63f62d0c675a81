package runtime

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/dop251/goja"
)

func TestTopLevelRequires(t *testing.T) {
	src := `'use strict';
const a = require('./a.js');
var b = __toESM(require("./b.cjs"), 1), c = require('events');
function f() {
  const lazy = require('./lazy.js');
}
  const indented = require('./indented.js');
// const commented = require('./commented.js');
x = require(dynamic);
__reExport(e, require("./d.cjs"), module.exports); require('./e.js')`
	var got []string
	topLevelRequires(src, func(spec string) { got = append(got, spec) })
	want := []string{"./a.js", "./b.cjs", "events", "./d.cjs", "./e.js"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestCoreRequires(t *testing.T) {
	src := `var init_node = __esm({
  "node.mjs"() {
    import_http = __toESM(require("http"), 1);
    const { MessageChannel } = require('worker_threads'), x = require("./rel.js");
    require(dynamic); require("/abs.js"); require('');
  }
});
const os = require('node:os')`
	var got []string
	coreRequires(src, func(spec string) { got = append(got, spec) })
	want := []string{"http", "worker_threads", "node:os"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestHelpUntil checks that a goroutine waiting for a compilation runs
// the queued scans and the compilations no larger than the one it waits
// for meanwhile, largest first, and returns once the compilation is done.
func TestHelpUntil(t *testing.T) {
	done := make(chan struct{})
	var order []string
	aheadPool.mu.Lock()
	aheadPool.scans = append(aheadPool.scans, func() { order = append(order, "scan") })
	aheadPool.jobs = append(aheadPool.jobs,
		aheadJob{10, func() { order = append(order, "10") }},
		aheadJob{500, func() { order = append(order, "500") }},
		aheadJob{50, func() { order = append(order, "50"); close(done) }},
		aheadJob{20, func() { order = append(order, "20") }})
	aheadPool.mu.Unlock()
	helpUntil(done, 100) // with no worker running, only this goroutine can close done
	if want := []string{"scan", "50"}; !reflect.DeepEqual(order, want) {
		t.Errorf("ran %q, want %q", order, want)
	}
	drainAhead()
	if want := []string{"scan", "50", "500", "20", "10"}; !reflect.DeepEqual(order, want) {
		t.Errorf("ran %q, want %q", order, want)
	}
}

// drainAhead runs the queued jobs on the calling goroutine.
func drainAhead() {
	for {
		aheadPool.mu.Lock()
		job := popAheadJob(-1)
		aheadPool.mu.Unlock()
		if job == nil {
			return
		}
		job()
	}
}

// TestCompileAheadFiles checks that modules compiled ahead are the ones
// that run, and that a file changed after it was compiled ahead runs as
// it is when required.
func TestCompileAheadFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("main.js", `const fs = require('fs');
fs.writeFileSync(__dirname + '/changed.js', 'module.exports = "new";');
const changed = require('./changed.js');
const chain = require('./chain.cjs');
console.log(changed, chain);
`)
	write("changed.js", `module.exports = "old";`)
	write("chain.cjs", "#!/usr/bin/env node\nconst leaf = require('./leaf.js');\nmodule.exports = 'chain>' + leaf;\n")
	write("leaf.js", `module.exports = 'leaf';`)
	var out bytes.Buffer
	rt, err := New(Options{Stdout: &out, Modules: []Module{{Name: "fs", Load: fsForTest}}})
	if err != nil {
		t.Fatal(err)
	}
	// The main module's requires are queued as soon as it compiles; give
	// them a head start as a second core would.
	rt.ahead.scan(filepath.Join(dir, "main.js"), "const changed = require('./changed.js');\nconst chain = require('./chain.cjs');\n")
	code, err := rt.RunFile(context.Background(), filepath.Join(dir, "main.js"))
	if err != nil || code != 0 {
		t.Fatalf("exit %d, %v", code, err)
	}
	if got, want := out.String(), "new chain>leaf\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	rt.ahead.mu.Lock()
	defer rt.ahead.mu.Unlock()
	for _, name := range []string{"changed.js", "chain.cjs", "leaf.js"} {
		if f := rt.ahead.files[filepath.Join(dir, name)]; f == nil || f.state != aheadTaken {
			t.Errorf("%s: not taken by the loader: %+v", name, f)
		}
	}
}

// fsForTest is the one fs function TestCompileAheadFiles needs.
func fsForTest(rt *Runtime, module *goja.Object) error {
	exports := rt.VM().NewObject()
	exports.Set("writeFileSync", func(name, data string) error {
		return os.WriteFile(name, []byte(data), 0o644)
	})
	module.Set("exports", exports)
	return nil
}
